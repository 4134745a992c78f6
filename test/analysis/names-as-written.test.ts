/**
 * A message names a resource outside the inventory as its id writes it (`ErPort-AMS`), never by the
 * lower-cased join key erscan files it under (`erport-ams`).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/index.js';
import { buildInventory } from '../../src/inventory/build.js';
import { circuitRow, connectionRow, findingsOf, gatewayRow, ids, portRow, scan } from './helpers.js';

describe('resources outside the inventory are named as written', () => {
  it('a Direct circuit whose port is not in the inventory names the port as its expressRoutePort.id writes it', () => {
    const s = scan([circuitRow('er-direct', { port: 'ErPort-AMS', tier: 'Premium' })]);
    const named = s.findings.flatMap((f) => [...f.message.matchAll(/ExpressRoute Direct port (\S+), which is not in the inventory/g)].map((m) => m[1]));
    expect(named.length).toBeGreaterThan(0);
    expect(new Set(named)).toEqual(new Set(['ErPort-AMS']));
    expect(s.findings.filter((f) => f.message.includes('erport-ams'))).toEqual([]);
  });

  it('two circuits of a gateway on one port that is not in the inventory: ERS-RED-002 names the port as written, not by its lower-cased id', () => {
    const s = scan([
      circuitRow('er-1', { port: 'ErPort-AMS' }),
      circuitRow('er-2', { port: 'ErPort-AMS' }),
      gatewayRow('gw'),
      connectionRow('c1', 'gw', 'er-1'),
      connectionRow('c2', 'gw', 'er-2'),
    ]);
    const [f] = findingsOf(s, 'ERS-RED-002');
    expect(f.message).toContain('2 circuits on Direct port ErPort-AMS: er-1, er-2');
  });

  it('a Global Reach peer circuit that is not in the inventory is named as the peering id writes it, on either side of the link', () => {
    const s = scan([circuitRow('er-a', { tier: 'Premium', globalReachTo: ['ER-Remote'], peeredFrom: ['ER-Other'] })]);
    const text = s.findings.map((f) => f.message).join('\n');
    expect(text).toContain('Global Reach peer circuit ER-Remote is not in the inventory');
    expect(text).toContain('Global Reach peer circuit ER-Other (peered connection from-ER-Other, which it initiated) is not in the inventory');
    expect(text).not.toMatch(/er-remote|er-other/);
    const reasons = analyse(s.inventory).circuits()[0].needs.premium.reasons.join('\n');
    expect(reasons).toContain('ER-Remote');
    expect(reasons).not.toMatch(/er-remote|er-other/);
  });

  it('a port whose circuits list names a circuit outside the inventory names it as the list writes it', () => {
    const port = portRow('ErPort-AMS');
    (port.properties as Record<string, unknown>).circuits = [{ id: ids.circuit('er-in') }, { id: ids.circuit('ER-Away') }];
    const s = scan([port, circuitRow('er-in', { port: 'ErPort-AMS', bandwidthGbps: 5 })]);
    const text = s.findings.map((f) => f.message).join('\n');
    expect(text).toContain('1 circuit(s) outside the inventory (ER-Away)');
    expect(text).not.toMatch(/er-away/);
  });

  it('two reads of a circuit that write its port id in different case do not disagree (the id as written is no fact)', () => {
    const a = circuitRow('er-direct', { port: 'ErPort-AMS' });
    const b = circuitRow('er-direct', { port: 'ERPORT-AMS' });
    const inv = buildInventory([{ row: a, source: { kind: 'graph', file: 'a.json' } }, { row: b, source: { kind: 'graph', file: 'b.json' } }, { row: portRow('erport-ams'), source: { kind: 'graph', file: 'a.json' } }]).inventory;
    const c = inv.circuits.find((x) => x.name === 'er-direct')!;
    expect(Object.keys(c.unknown ?? {}).filter((k) => /port|direct/i.test(k) && k !== 'enableDirectPortRateLimit')).toEqual([]);
    expect(c.portId).toBeDefined();
  });

  it('two reads that disagree on a Global Reach peer name both peers as the reads write them', () => {
    const a = circuitRow('er-a', { tier: 'Premium', globalReachTo: ['ER-Remote'] });
    const b = circuitRow('er-a', { tier: 'Premium', globalReachTo: ['ER-Other'] });
    const { inventory } = buildInventory([{ row: a, source: { kind: 'graph', file: 'a.json' } }, { row: b, source: { kind: 'graph', file: 'b.json' } }]);
    const text = JSON.stringify(inventory.circuits[0].peerings[0].unknown);
    expect(text).toContain('circuit ER-Other in b.json, circuit ER-Remote in a.json');
    expect(text).not.toMatch(/er-remote|er-other/);
  });

  it('a Global Reach peer only a second read names is named as that read writes it', () => {
    const a = circuitRow('er-a', { tier: 'Premium', globalReachTo: ['ER-Remote'] });
    const b = structuredClone(a);
    const gr = (b.properties as any).peerings[0].properties.connections[0];
    delete gr.properties.peerExpressRouteCircuitPeering;
    const { inventory } = buildInventory([{ row: b, source: { kind: 'graph', file: 'b.json' } }, { row: a, source: { kind: 'graph', file: 'a.json' } }]);
    const reasons = analyse(inventory).circuits()[0].needs.premium.reasons.join('\n');
    expect(reasons).toContain('Global Reach peer circuit ER-Remote is not in the inventory');
  });
});
