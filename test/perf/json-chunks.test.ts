import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks, MappedList } from '../../src/util/json-chunks.js';

// The streaming writers' serialiser must give JSON.stringify(value, null, 2) + '\n' byte for byte.

const expected = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
const joined = (v: unknown, chunkChars?: number) => [...jsonChunks(v, chunkChars)].join('');

describe('jsonChunks', () => {
  it('equals JSON.stringify(value, null, 2) + "\\n" for any JSON value, whatever the chunk size', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 1, max: 4096 }), (v, size) => {
        expect(joined(v, size)).toBe(expected(v));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps JSON.stringify\'s rules for values JSON has no form for, toJSON, boxed primitives, sparse and long arrays', () => {
    const fn = () => 1;
    const cases: unknown[] = [
      { a: undefined, b: fn, c: Symbol('x'), d: 1 },
      { only: undefined },
      [undefined, fn, Symbol('y'), null],
      Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? undefined : i % 3 === 1 ? { x: i, y: [i, { z: 'a\nb' }] } : fn)),
      { when: new Date(Date.UTC(2026, 0, 2)), custom: { toJSON: (k: string) => `key:${k}` }, list: [{ toJSON: (k: string) => ({ at: k }) }] },
      { n: new Number(3), s: new String('x'), b: new Boolean(false) },
      // eslint-disable-next-line no-sparse-arrays
      [1, , 3],
      { nested: { deeper: { deepest: Array.from({ length: 10 }, (_, i) => ({ i, tags: ['a', 'b'], empty: {}, none: [] })) } } },
      { '': 1, 'quo"te': 2, '\u2028': 3, '10': 'numeric keys first', b: 4 },
      [[], {}, [[]], [{}]],
      { negZero: -0, nan: NaN, inf: -Infinity, big: 1e21, tiny: 5e-324 },
      // Long arrays (serialised in native batches): toJSON gets each element's own index; holes print null.
      { list: Array.from({ length: 600 }, (_, i) => (i % 50 === 0 ? { toJSON: (k: string) => `at ${k}` } : { i })) },
      { deep: [[{ sparse: Object.assign(new Array(300), { 7: 'x', 299: { y: [1, 2] } }) }]] },
      'top-level string',
      42,
      null,
    ];
    for (const c of cases) for (const size of [1, 7, 1 << 20]) expect(joined(c, size)).toBe(expected(c));
  });

  it('refuses what JSON.stringify refuses: cycles, BigInt, a value with no JSON form at the top', () => {
    const cyclic: Record<string, unknown> = { a: [1, 2] };
    (cyclic.a as unknown[]).push(cyclic);
    expect(() => joined(cyclic)).toThrow(TypeError);
    const deepCycle: Record<string, unknown> = { list: Array.from({ length: 10 }, () => ({})) };
    (deepCycle.list as Record<string, unknown>[])[4].back = deepCycle;
    expect(() => joined(deepCycle)).toThrow(TypeError);
    expect(() => joined({ n: 1n })).toThrow(TypeError);
    expect(() => joined(undefined)).toThrow(TypeError);
  });

  it('serialises a MappedList as the array it stands for, its elements made batch by batch', () => {
    const made: number[] = [];
    const list = (n: number) => new MappedList(Array.from({ length: n }, (_, i) => i), (i) => (made.push(i), i % 5 === 0 ? { toJSON: (k: string) => `at ${k}` } : { i, nested: [i, { s: `x${i}` }] }));
    for (const n of [0, 1, 7, 8, 300, 700]) {
      const value = { before: 1, list: list(n), deep: [{ more: list(n) }], after: [list(3)] };
      const plain = JSON.parse(JSON.stringify(value));
      for (const size of [1, 64, 1 << 20]) expect(joined(value, size)).toBe(expected(plain));
      expect(JSON.stringify(value)).toBe(JSON.stringify(plain)); // toJSON: the array it stands for
    }
    expect(joined(list(10))).toBe(expected(JSON.parse(JSON.stringify(list(10)))));
    expect(made.length).toBeGreaterThan(0);
  });

  it('yields the output in pieces of about the chunk size (a large report is never one string)', () => {
    const big = { findings: Array.from({ length: 5000 }, (_, i) => ({ id: `finding-${i}`, message: 'x'.repeat(100) })) };
    const chunks = [...jsonChunks(big, 64 * 1024)];
    expect(chunks.length).toBeGreaterThan(5);
    // A chunk overshoots its size by at most one batch of elements.
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(2 * 64 * 1024);
    expect(chunks.join('')).toBe(expected(big));
  });
});
