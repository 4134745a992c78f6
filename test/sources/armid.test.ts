import { describe, expect, it } from 'vitest';
import { armIdType, checkRow, isArmResourceId, isIdOfType, READ_TYPES } from '../../src/sources/validate.js';

// The definitions the fast paths in src/sources/validate.ts must agree with.
const ARM_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+(\/[^/]+\/[^/]+)+$/i;
const isArmIdByDefinition = (id: string) =>
  id.length <= 4096 && ARM_ID.test(id) && !(id.includes('//') || id.includes('/./') || id.includes('/../') || id.endsWith('/.') || id.endsWith('/..'));

/** A small deterministic generator (no test depends on Math.random). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const PIECES = ['providers', 'Providers', 'PROVIDERS', 'Microsoft.Network', 'microsoft.network', 'MICROSOFT.NETWORK', 'Microsoft..Network', 'expressRouteCircuits', 'expressroutecircuits', 'peerings', 'Peerings', 'authorizations', 'expressRoutePorts', 'virtualNetworkGateways', 'expressRouteGateways', 'expressRouteConnections', 'connections', 'x', 'İ', 'K', 'ſ', 'x.y', '', '.', '..', '...', 'subscriptions', 's', 'resourceGroups', 'g', 'İd', 'Mİcrosoft.Network'];

function randomIds(n: number): string[] {
  const r = rng(15);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const segs = r() < 0.6 ? ['', 'subscriptions', 's', 'resourceGroups', 'g', 'providers', 'Microsoft.Network'] : [''];
    const k = 1 + Math.floor(r() * 6);
    for (let j = 0; j < k; j++) segs.push(PIECES[Math.floor(r() * PIECES.length)]);
    out.push(segs.join('/') + (r() < 0.05 ? '/' : ''));
  }
  return out;
}

const GW = '/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworkGateways/gw';
const VWAN_GW = '/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/expressRouteGateways/gw';
const CONN = '/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/connections/c';

describe('ARM id checks', () => {
  it('isArmResourceId agrees with its definition', () => {
    for (const id of randomIds(50_000)) expect(isArmResourceId(id), id).toBe(isArmIdByDefinition(id));
  });

  it('isIdOfType agrees with armIdType, including names that read "providers" and letters whose lower case is longer', () => {
    let matches = 0;
    for (const id of randomIds(50_000)) {
      const type = armIdType(id);
      for (const t of READ_TYPES) {
        const r = isIdOfType(id, t);
        if (r) matches++;
        expect(r, `${id} ${t}`).toBe(type === t);
      }
    }
    expect(matches).toBeGreaterThan(100);
    const base = '/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/expressRouteCircuits';
    expect(isIdOfType(`${base}/providers/peerings/p`, 'microsoft.network/expressroutecircuits/peerings')).toBe(armIdType(`${base}/providers/peerings/p`) === 'microsoft.network/expressroutecircuits/peerings');
    expect(isIdOfType(`/subscriptions/s/resourceGroups/İ/providers/Microsoft.Network/expressRouteCircuits/c`, 'microsoft.network/expressroutecircuits')).toBe(
      armIdType(`/subscriptions/s/resourceGroups/İ/providers/Microsoft.Network/expressRouteCircuits/c`) === 'microsoft.network/expressroutecircuits',
    );
  });

  it('a row id and a reference of each kind are read as ARM_ID and armIdType say (one pattern per type, else both checks)', () => {
    const r = rng(16);
    const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)];
    const names = ['s', 'g', 'x', 'İ', 'K', 'ſ', '.', '..', '', 'providers', 'x.y', 'subnets'];
    const spaces = ['Microsoft.Network', 'microsoft.network', 'MICROSOFT.NETWORK', 'Microsoft..Network', 'Microsoft', 'Mİcrosoft.Network'];
    const types = ['virtualNetworks', 'VirtualNetworks', 'virtualHubs', 'expressRouteCircuits', 'expressroutecircuits', 'subnets', 'providers'];
    const children = ['subnets', 'Subnets', 'peerings', 'providers'];
    const kinds = [
      { type: 'microsoft.network/virtualnetworks/subnets', row: (id: string) => ({ id: GW, type: 'Microsoft.Network/virtualNetworkGateways', properties: { ipConfigurations: [{ properties: { subnet: { id } } }] } }) },
      { type: 'microsoft.network/virtualhubs', row: (id: string) => ({ id: VWAN_GW, type: 'Microsoft.Network/expressRouteGateways', properties: { virtualHub: { id } } }) },
      { type: 'microsoft.network/expressroutecircuits', row: (id: string) => ({ id, type: 'Microsoft.Network/expressRouteCircuits', properties: {} }) },
      { type: 'microsoft.network/expressroutecircuits', row: (id: string) => ({ id: CONN, type: 'Microsoft.Network/connections', properties: { peer: { id } } }) },
    ];
    let read = 0;
    for (let i = 0; i < 20_000; i++) {
      let id = `/${pick(['subscriptions', 'Subscriptions', 's'])}/${pick(names)}/${pick(['resourceGroups', 'resourcegroups', 'g'])}/${pick(names)}/${pick(['providers', 'Providers', 'x'])}/${pick(spaces)}/${pick(types)}/${pick(names)}`;
      if (r() < 0.5) id += `/${pick(children)}/${pick(names)}`;
      if (r() < 0.05) id += '/';
      const kind = kinds[i % kinds.length];
      const c = checkRow(kind.row(id));
      const ok = isArmIdByDefinition(id) && armIdType(id) === kind.type;
      if (ok) read++;
      expect(c.kind === 'read' && c.problems.length === 0, `${id} as ${kind.type}`).toBe(ok);
    }
    expect(read).toBeGreaterThan(50);
  });

  it('a row whose id names another type is named as before', () => {
    const c = checkRow({ id: '/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/connections/x', type: 'Microsoft.Network/expressRouteCircuits', properties: {} });
    expect(c.kind === 'read' && c.problems).toEqual([
      { path: ['id'], expected: 'the id of a Microsoft.Network/expressRouteCircuits resource (the id and the type must name the same kind of resource)', found: 'an id of a microsoft.network/connections' },
    ]);
  });
});
