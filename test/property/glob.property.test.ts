import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/util/glob.js';

/**
 * Suppression globs are matched by src/util/glob.ts (no backtracking RegExp). On the syntax the
 * docs promise (`*` within a segment, `**` across segments, `?`, classes, `{a,b}`), it answers as
 * picomatch did, over ids and patterns built from a small alphabet so that matches are frequent,
 * with one difference: a `**` segment always may match no segment at all (picomatch: `/a/**` matches
 * `/a`, but `/*\/**` does not match `/a`, nor `/**\/a` match `/a`).
 */

const RUNS = Number(process.env.ERSCAN_PROPERTY_RUNS ?? 300);

const segment = fc.stringMatching(/^[ab0-]{1,4}$/);
const id = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => `/${s.join('/')}`);
const patternSegment = fc.oneof(
  { weight: 1, arbitrary: fc.constant('**') },
  { weight: 4, arbitrary: fc.array(fc.constantFrom('a', 'b', '0', '-', '*', '?', '[ab]', '[^a]', '[0-b]', '{a,b0}'), { minLength: 1, maxLength: 4 }).map((t) => t.join('')) },
);
const pattern = fc.array(patternSegment, { minLength: 1, maxLength: 5 }).map((s) => `/${s.join('/')}`);

describe('compileGlob', () => {
  it('agrees with picomatch on ARM-id-like paths', () => {
    fc.assert(
      fc.property(pattern, fc.array(id, { minLength: 1, maxLength: 5 }), (p, ids) => {
        const ours = compileGlob(p, true);
        const theirs = picomatch(p, { nocase: true, dot: true });
        for (const s of ids) {
          if (theirs(s)) expect([p, s, ours(s)]).toEqual([p, s, true]);
          else if (ours(s)) {
            // Only by a `**` that matches no segment: the pattern without one of its `**` matches too.
            const segs = p.split('/');
            const without = segs.flatMap((x, i) => (x === '**' ? [[...segs.slice(0, i), ...segs.slice(i + 1)].join('/')] : []));
            expect([p, s, without.some((w) => compileGlob(w, true)(s))]).toEqual([p, s, true]);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('matches rule ids as picomatch did', () => {
    for (const [p, s, want] of [
      ['ers-cost-*', 'ers-cost-001', true],
      ['ers-cost-00[12]', 'ers-cost-002', true],
      ['ers-cost-00[12]', 'ers-cost-003', false],
      ['*', 'ers-red-001', true],
      ['ers-{cost,red}-00?', 'ers-red-001', true],
    ] as const) expect([p, s, compileGlob(p, false)(s)]).toEqual([p, s, want]);
  });
});
