import { describe, expect, it } from 'vitest';
import { sortById } from '../../src/pricing/sort-ids.js';
import { compareText } from '../../src/util/collate.js';

type Item = { resourceId: string; n: number };

/** The order sortById must give: English collation of the lower-cased ids, stable. */
const reference = (items: Item[]) => items.slice().sort((a, b) => compareText(a.resourceId.toLowerCase(), b.resourceId.toLowerCase()));
const referenceUnique = (sorted: Item[]) => sorted.every((x, i) => i === 0 || compareText(sorted[i - 1].resourceId.toLowerCase(), x.resourceId.toLowerCase()) !== 0);

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ids sharing prefixes, from `alphabet`, some repeated in another case. */
function ids(rnd: () => number, alphabet: string, count: number): Item[] {
  const pick = (s: string) => s[Math.floor(rnd() * s.length)];
  const prefixes = ['/subscriptions/0a1b/resourceGroups/RG-1/providers/Microsoft.Network/expressRouteCircuits/', '/subscriptions/0a1b/resourcegroups/rg_1/', '/x/', ''];
  const out: Item[] = [];
  for (let i = 0; i < count; i++) {
    if (out.length > 0 && rnd() < 0.1) {
      const again = out[Math.floor(rnd() * out.length)].resourceId;
      out.push({ resourceId: rnd() < 0.5 ? again.toUpperCase() : again, n: i });
      continue;
    }
    let id = prefixes[Math.floor(rnd() * prefixes.length)];
    const len = Math.floor(rnd() * 6);
    for (let j = 0; j < len; j++) id += pick(alphabet);
    out.push({ resourceId: id, n: i });
  }
  return out;
}

describe('sortById', () => {
  it('orders ARM-like ids as the English collation of their lower-cased text, stably, and says whether two are equal', () => {
    const rnd = random(15);
    for (let round = 0; round < 300; round++) {
      const items = ids(rnd, 'aZz09./_-', 1 + Math.floor(rnd() * 40));
      const got = sortById(items);
      const want = reference(items);
      expect(got.sorted.map((x) => x.n)).toEqual(want.map((x) => x.n));
      expect(got.unique).toBe(referenceUnique(want));
      expect(got.order.map((at) => items[at])).toEqual(got.sorted);
      // The lower-cased ids given (a record's key) sort as the ids themselves.
      expect(sortById(items, items.map((x) => x.resourceId.toLowerCase()))).toEqual(got);
    }
  });

  it('falls back to the collation for any other character (spaces, accents, other punctuation)', () => {
    const rnd = random(16);
    for (let round = 0; round < 300; round++) {
      const items = ids(rnd, 'aA_-. é+(,\u0301', 1 + Math.floor(rnd() * 40));
      const got = sortById(items);
      const want = reference(items);
      expect(got.sorted.map((x) => x.n)).toEqual(want.map((x) => x.n));
      expect(got.unique).toBe(referenceUnique(want));
    }
  });

  it('compares every pair of the plain characters as the collation does', () => {
    const chars = 'abcdefghijklmnopqrstuvwxyz0123456789./_-';
    for (const a of chars)
      for (const b of chars) {
        const items = [
          { resourceId: `x${a}y`, n: 0 },
          { resourceId: `x${b}`, n: 1 },
        ];
        expect(sortById(items).sorted.map((x) => x.n)).toEqual(reference(items).map((x) => x.n));
      }
  });
});
