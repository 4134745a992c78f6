import { describe, expect, it } from 'vitest';
import { compileCondition, compilePath, evaluate, getPath } from '../../src/rules/conditions.js';
import type { Condition } from '../../src/rules/model.js';

/** Values a field may be read from: plain records, lists, inherited names, null and primitives. */
const values: unknown[] = [
  undefined,
  null,
  0,
  'text',
  true,
  [],
  ['a', 'b'],
  {},
  { state: 'Enabled', ipv6: { primaryPeerAddressPrefix: '2001:db8::/126' }, links: [{ state: 'Up' }] },
  { state: undefined, ipv6: null, links: 'none' },
  { state: null, ipv6: { primaryPeerAddressPrefix: undefined } },
  Object.create({ state: 'inherited', ipv6: { primaryPeerAddressPrefix: 'inherited' } }),
  Object.assign(Object.create(null), { state: 'Disabled', ipv6: { primaryPeerAddressPrefix: '10.0.0.0/30' } }),
  { toString: 'own', constructor: 'own' },
  { tags: { Owner: 'netops', owner: 'exact' } },
  { tags: { CostCenter: 'CC-1' } },
];

const paths = ['state', 'constructor', 'toString', 'length', '0', 'ipv6.primaryPeerAddressPrefix', 'ipv6.toString', 'links.0.state', 'links.length', '__proto__', 'tags.owner', 'tags.costCenter', 'tags.COSTCENTER'];

describe('compiled field reads (one- and two-segment fast paths)', () => {
  it('compilePath reads what getPath reads', () => {
    for (const path of paths) {
      const read = compilePath(path);
      for (const v of values) expect(read(v), `${path} of ${JSON.stringify(v)}`).toBe(getPath(v, path));
    }
  });

  it('a compiled leaf decides as evaluate does', () => {
    for (const field of paths) {
      const conds: Condition[] = [{ field, exists: true }, { field, exists: false }, { field, equals: 'Enabled' }, { not: { field, in: ['own', 'inherited'] } }];
      for (const c of conds) {
        const test = compileCondition(c);
        for (const v of values) expect(test(v), `${JSON.stringify(c)} on ${JSON.stringify(v)}`).toBe(evaluate(c, v).ok);
      }
    }
  });
});
