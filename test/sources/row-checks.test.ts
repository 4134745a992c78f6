import { describe, expect, it } from 'vitest';
import { checkRow, fieldProblems, fieldsOk, READ_TYPES } from '../../src/sources/validate.js';
import { generateEstate } from '../../src/testing/synthetic.js';

// checkRow asks the yes/no form of the field checks first and names problems only for a row that has
// one (src/sources/validate.ts): the two forms, compiled from the same specs, must agree on every row,
// or a row with a wrong-typed field would be read as if it had none.

/** A small deterministic generator (no test depends on Math.random). */
function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => Math.floor(((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * n);
}

const RG = '/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
// (References to a resource of one kind and another: each reference names the types it may point at.)
const VALUES: unknown[] = [null, 0, -1, 1.5, 2 ** 60, Number.NaN, '', 'x', '/subscriptions/s', true, false, [], [1], ['a'], [null], {}, { a: 1 }, { id: 7 }, { id: '/bad' }, { id: `${RG}/expressRouteGateways/gw` }, { id: `${RG}/expressRouteCircuits/c` }];

/** Every path of a value (objects and arrays, down to the leaves). */
function pathsOf(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return out;
  for (const [k, x] of Object.entries(v)) {
    const p = [...at, Array.isArray(v) ? Number(k) : k];
    out.push(p);
    pathsOf(x, p, out);
  }
  return out;
}

/** Sets the value at a path (nothing when an earlier change left no object on the way). */
function setAt(row: unknown, path: (string | number)[], value: unknown): void {
  let cur: unknown = row;
  for (const seg of path.slice(0, -1)) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[seg] : undefined;
  if (cur !== null && typeof cur === 'object') (cur as Record<string | number, unknown>)[path[path.length - 1]] = value;
}

describe('row field checks', () => {
  it('the yes/no form and the form that names problems agree on rows with wrong-typed fields anywhere', () => {
    const rows = generateEstate({ circuits: 60, seed: 3 }).rows;
    const random = rng(11);
    let read = 0;
    let withProblems = 0;
    for (const original of rows) {
      const type = String(original.type).toLowerCase();
      if (!READ_TYPES.includes(type)) continue;
      const paths = pathsOf(original).filter((p) => p[0] !== 'id' && p[0] !== 'type');
      for (let m = 0; m < 12; m++) {
        const row = structuredClone(original);
        // One to three fields given a value of another type (or a field added where none was).
        for (let k = 1 + random(3); k > 0; k--) {
          const p = random(5) === 0 ? ['properties', `x${random(3)}`] : paths[random(paths.length)];
          if (p) setAt(row, p, structuredClone(VALUES[random(VALUES.length)]));
        }
        const problems = fieldProblems(row, type);
        expect(fieldsOk(row, type), JSON.stringify(problems)).toBe(problems.length === 0);
        read++;
        if (problems.length > 0) withProblems++;
      }
      expect(fieldsOk(original, type)).toBe(true);
      expect(fieldProblems(original, type)).toEqual([]);
    }
    // The mutations reach both answers many times.
    expect(read).toBeGreaterThan(1000);
    expect(withProblems).toBeGreaterThan(200);
    expect(read - withProblems).toBeGreaterThan(200);
  });

  it('a reference to a resource of another kind is named, and the row is not read', () => {
    // A circuit whose expressRoutePort names a circuit would be joined to it as to its port (the HTML report
    // drew that "port" and failed on its links); a connection whose peer names a gateway, likewise.
    const circuit = { id: `${RG}/expressRouteCircuits/a`, type: 'Microsoft.Network/expressRouteCircuits', properties: { expressRoutePort: { id: `${RG}/expressRouteCircuits/b` } } };
    expect(checkRow(circuit)).toEqual({
      kind: 'read',
      type: 'microsoft.network/expressroutecircuits',
      problems: [{ path: ['properties', 'expressRoutePort', 'id'], expected: 'the id of a Microsoft.Network/expressRoutePorts resource', found: 'an id of a Microsoft.Network/expressRouteCircuits' }],
    });
    const connection = { id: `${RG}/connections/x`, type: 'Microsoft.Network/connections', properties: { connectionType: 'ExpressRoute', peer: { id: `${RG}/expressRouteGateways/gw` }, virtualNetworkGateway1: { id: `${RG}/virtualNetworkGateways/g` } } };
    expect(checkRow(connection)).toMatchObject({ problems: [{ path: ['properties', 'peer', 'id'], expected: 'the id of a Microsoft.Network/expressRouteCircuits resource' }] });
    // The right kinds, in any letter case, pass; a peering's own reference to its vWAN connection, too.
    connection.properties.peer.id = `${RG.toLowerCase()}/EXPRESSROUTECIRCUITS/c`;
    expect(checkRow(connection)).toMatchObject({ problems: [] });
    expect(fieldsOk(connection, 'microsoft.network/connections')).toBe(true);
    const peering = { id: `${RG}/expressRouteCircuits/c/peerings/AzurePrivatePeering`, type: 'Microsoft.Network/expressRouteCircuits/peerings', properties: { expressRouteConnection: { id: `${RG}/expressRouteGateways/gw/expressRouteConnections/conn` } } };
    expect(checkRow(peering)).toMatchObject({ problems: [] });
  });
});
