import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildInventory, prefixLength, type RawResource } from '../../src/inventory/build.js';
import type { AnyResource, Circuit, Gateway } from '../../src/inventory/model.js';
import { linkRelations, withKey } from '../../src/inventory/relations.js';
import { scrubSecretsInPlace, scrubSecretsInPlaceWithin } from '../../src/inventory/secrets.js';
import { loadInputs } from '../../src/sources/index.js';
import { nestedDeeper, parseJson } from '../../src/util/json.js';
import { lowerCased } from '../../src/inventory/spelling.js';

/** Helpers of the load and inventory stages taken for speed give what the plain code gives. */
describe('load and inventory helpers', () => {
  it('lowerCased is toLowerCase', () => {
    for (const s of ['Microsoft.Network/expressRouteCircuits', 'microsoft.network/connections', 'İstanbul', 'ΣΑΣ', '', 'x'.repeat(300)]) {
      expect(lowerCased(s)).toBe(s.toLowerCase());
      expect(lowerCased(s)).toBe(s.toLowerCase());
    }
  });
});

describe('prefixLength', () => {
  const pattern = (cidr: string | undefined): number | undefined => {
    if (!cidr) return undefined;
    const m = /^[0-9a-f:.]+\/(\d{1,3})$/i.exec(cidr.trim());
    return m ? Number(m[1]) : undefined;
  };
  it('reads a CIDR as the pattern with its match did', () => {
    const text = fc.string({ unit: fc.constantFrom(...'09afAFgG:./ \t\u00a0\ufeff\n-x1'.split('')), maxLength: 14 });
    fc.assert(
      fc.property(text, (s) => {
        expect(prefixLength(s)).toBe(pattern(s));
      }),
      { numRuns: 5000 },
    );
    for (const s of ['10.0.0.0/30', ' 10.0.0.4/30 ', '2001:db8::/126', 'FE80::/064', '/30', '10.0.0.0/', '10.0.0.0/1234', '10.0.0.0/3a', '10.0.0.0//30', '', undefined, '١٠/30', '10/３0'])
      expect(prefixLength(s)).toBe(pattern(s));
  });
});

describe('withKey', () => {
  /** The reference: a key appended to the list in place, once. */
  const pushUnique = (list: string[], v: string) => {
    if (!list.includes(v)) list.push(v);
  };
  it('appends a key once, as pushUnique does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 8 }), (keys) => {
        let list: string[] = [];
        const plain: string[] = [];
        for (const k of keys) {
          list = withKey(list, k);
          pushUnique(plain, k);
        }
        expect(list).toEqual(plain);
      }),
    );
  });
});

describe('the nesting of Resource Graph rows, checked while the rows are read', () => {
  const nest = (n: number, leaf: unknown): unknown => {
    let v = leaf;
    for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
    return v;
  };
  const circuit = (extra: Record<string, unknown> = {}) => ({
    id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er1',
    type: 'Microsoft.Network/expressRouteCircuits',
    name: 'er1',
    properties: { serviceKey: 'abc' },
    ...extra,
  });
  const docs: Record<string, (n: number) => unknown> = {
    'a read row': (n) => [circuit(), circuit({ x: nest(n, 1) })],
    'a secret of a read row': (n) => [circuit({ properties: { sharedKey: nest(n, 1) } })],
    'a secret in a list': (n) => [circuit({ properties: { authorizations: [{ name: 'a', properties: { authorizationKey: nest(n, 'z') } }] } })],
    'a row of another type': (n) => [circuit(), { id: 'x', type: 'Microsoft.Storage/storageAccounts', x: nest(n, 1) }],
    'a row with a problem': (n) => [circuit({ name: 5, x: nest(n, 1) })],
    'not a row': (n) => [circuit(), nest(n, 1)],
    'an ARM list': (n) => ({ value: [circuit({ x: nest(n, 1) })] }),
    'beside an ARM list': (n) => ({ value: [circuit()], other: nest(n, 1) }),
    'az graph query rows': (n) => ({ count: 1, data: [circuit({ x: nest(n, 1) })], skip_token: null }),
    'az graph query table': (n) => ({ count: 1, data: { columns: [{ name: 'id' }, { name: 'type' }, { name: 'x' }], rows: [[circuit().id, circuit().type, nest(n, 1)]] }, skip_token: null }),
    'az graph query data of no known shape': (n) => ({ count: 1, data: nest(n, 1), total_records: 1 }),
    'an ARM resource': (n) => circuit({ x: nest(n, 1) }),
  };

  it('refuses a file as parsing with the check does, and reads the same rows otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'erscan-nesting-'));
    try {
      for (const [where, doc] of Object.entries(docs)) {
        for (const n of [250, 252, 253, 254, 255, 256, 257, 300]) {
          const file = join(dir, 'input.json');
          const text = JSON.stringify(doc(n));
          writeFileSync(file, text);
          let expected: string | undefined;
          try {
            parseJson(file, text);
          } catch (e) {
            expected = (e as Error).message;
          }
          const loaded = loadInputs([file]);
          const nesting = loaded.errors.filter((e) => e.message.includes('nested at most'));
          expect(nesting.map((e) => e.message), `${where}, ${n} levels`).toEqual(expected ? [expected] : []);
          if (expected) expect(loaded.errors.length, `${where}, ${n} levels`).toBe(1);
          // Read rows are scrubbed (the service key's value never kept).
          else expect(JSON.stringify(loaded.output.raws.map((r) => r.row)), `${where}, ${n} levels`).not.toContain('"abc"');
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('scrubSecretsInPlaceWithin scrubs as scrubSecretsInPlace and counts as nestedDeeper', () => {
    for (let n = 1; n < 12; n++) {
      for (const levels of [n - 1, n, n + 1, n + 2]) {
        const make = () => [{ sharedKey: nest(n, 's'), b: nest(n, { password: 'p', c: [nest(n - 1, 1)] }) }];
        const a = make();
        const b = make();
        const within = scrubSecretsInPlaceWithin(a, levels);
        expect(within).toBe(!nestedDeeper(b, levels));
        if (within) expect(a).toEqual(scrubSecretsInPlace(b));
      }
    }
  });
});

describe('relations linked as the builder resolves their keys', () => {
  const ID = (type: string, name: string) => `/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Network/${type}/${name}`;
  /** An id as a reference may spell it: as the resource does, in other letter cases, or naming nothing read. */
  const spelled = (id: string, how: number) => (how === 0 ? id : how === 1 ? id.toUpperCase() : how === 2 ? id.toLowerCase() : `${id}-missing`);
  interface Estate {
    /** Each circuit's port, as [port, spelling]. */
    circuits: { port?: [number, number] }[];
    gateways: number;
    /** Each port's circuits, as [circuit, spelling]. */
    ports: [number, number][][];
    /** Each connection's circuit and gateway, as [resource, spelling]; `twice`: its row read twice. */
    connections: { circuit?: [number, number]; gateway?: [number, number]; twice: boolean }[];
  }
  const ref = (n: number) => fc.option(fc.tuple(fc.nat(n), fc.nat(3)), { nil: undefined });
  const estate: fc.Arbitrary<Estate> = fc.record({
    circuits: fc.array(fc.record({ port: ref(2) }), { maxLength: 6 }),
    gateways: fc.nat(4),
    ports: fc.array(fc.array(fc.tuple(fc.nat(7), fc.nat(3)), { maxLength: 3 }), { maxLength: 3 }),
    connections: fc.array(fc.record({ circuit: ref(7), gateway: ref(5), twice: fc.boolean() }), { maxLength: 12 }),
  });
  const rows = (e: Estate): RawResource[] => {
    const out: RawResource[] = [];
    const row = (r: Record<string, unknown>) => out.push({ row: r });
    e.connections.forEach((c, i) => {
      const r = {
        id: ID('connections', `x${i}`),
        type: 'Microsoft.Network/connections',
        properties: {
          connectionType: 'ExpressRoute',
          ...(c.circuit ? { peer: { id: spelled(ID('expressRouteCircuits', `c${c.circuit[0]}`), c.circuit[1]) } } : {}),
          ...(c.gateway ? { virtualNetworkGateway1: { id: spelled(ID('virtualNetworkGateways', `g${c.gateway[0]}`), c.gateway[1]) } } : {}),
        },
      };
      row(r);
      if (c.twice) row({ ...r, id: r.id.toUpperCase() }); // a duplicate: merged, never linked twice
    });
    e.circuits.forEach((c, i) =>
      row({ id: ID('expressRouteCircuits', `c${i}`), type: 'Microsoft.Network/expressRouteCircuits', properties: c.port ? { expressRoutePort: { id: spelled(ID('expressRoutePorts', `p${c.port[0]}`), c.port[1]) } } : {} }),
    );
    for (let i = 0; i < e.gateways; i++) row({ id: ID('virtualNetworkGateways', `g${i}`), type: 'Microsoft.Network/virtualNetworkGateways', properties: { gatewayType: 'ExpressRoute' } });
    e.ports.forEach((circuits, i) =>
      row({ id: ID('expressRoutePorts', `p${i}`), type: 'Microsoft.Network/expressRoutePorts', properties: { circuits: circuits.map(([c, how]) => ({ id: spelled(ID('expressRouteCircuits', `c${c}`), how) })) } }),
    );
    return out;
  };

  it('gives the lists linkRelations gives from the resolved keys', () => {
    fc.assert(
      fc.property(estate, (e) => {
        const { inventory: inv } = buildInventory(rows(e));
        // linkRelations over copies with empty lists (as a template world relinks), from the builder's resolved keys.
        const byKey = new Map<string, AnyResource>(inv.byKey);
        const circuits: Circuit[] = inv.circuits.map((c) => ({ ...c, connectionKeys: [], gatewayKeys: [] }));
        const gateways: Gateway[] = inv.gateways.map((g) => ({ ...g, connectionKeys: [], circuitKeys: [] }));
        for (const r of [...circuits, ...gateways]) byKey.set(r.key, r);
        linkRelations(inv.connections, circuits, byKey);
        expect(circuits.map((c) => [c.connectionKeys, c.gatewayKeys])).toEqual(inv.circuits.map((c) => [c.connectionKeys, c.gatewayKeys]));
        expect(gateways.map((g) => [g.connectionKeys, g.circuitKeys])).toEqual(inv.gateways.map((g) => [g.connectionKeys, g.circuitKeys]));
        // Every reference is the lower-cased id it spells, held as the very key of the resource it names.
        for (const x of inv.connections) {
          for (const k of [x.circuitKey, x.gatewayKey]) {
            if (k === undefined) continue;
            expect(k).toBe(k.toLowerCase());
            const r = inv.byKey.get(k);
            if (r) expect(r.key).toBe(k);
          }
        }
        for (const c of inv.circuits) if (c.portKey && inv.byKey.get(c.portKey)?.kind === 'port') expect(inv.ports.find((p) => p.key === c.portKey)!.circuitKeys).toContain(c.key);
      }),
      { numRuns: 300 },
    );
  });
});
