import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixLength } from '../../src/inventory/build.js';
import { pushUnique, withKey } from '../../src/inventory/relations.js';
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
