import fc from 'fast-check';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { isIsoDateTime } from '../../src/findings/baseline.js';

/**
 * isIsoDateTime (baselines, trend and diff reports) takes exactly what the schemas' `format: date-time`
 * takes (ajv-formats), within what JavaScript dates can hold: no 2026-02-30, no hour 24, no missing seconds.
 */

const RUNS = Number(process.env.ERSCAN_PROPERTY_RUNS ?? 2000);
const ajvDateTime = (fullFormats['date-time'] as { validate: (s: string) => boolean }).validate;
const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
const candidate = fc
  .tuple(
    fc.integer({ min: 1900, max: 2400 }),
    two(13),
    two(32),
    fc.constantFrom('T', 't', ' ', '_'),
    two(25),
    two(61),
    fc.option(two(61), { nil: undefined }),
    fc.constantFrom('', '.5', '.123456'),
    fc.constantFrom('Z', 'z', '', '+02:00', '-05:30', '+24:00', '+0200', '+02'),
  )
  .map(([y, mo, d, sep, h, mi, s, frac, zone]) => `${y}-${mo}-${d}${sep}${h}:${mi}${s === undefined ? '' : `:${s}${frac}`}${zone}`);

describe('isIsoDateTime', () => {
  it('agrees with the schema format date-time', () => {
    fc.assert(
      fc.property(candidate, (s) => {
        expect([s, isIsoDateTime(s)]).toEqual([s, ajvDateTime(s) && !Number.isNaN(Date.parse(s))]);
      }),
      { numRuns: RUNS, examples: [['2026-02-30T06:00:00Z'], ['2026-10-05T24:00:00Z'], ['2026-10-05T06:00Z'], ['2024-02-29T00:00:00Z'], ['2026-12-31T23:59:60Z']] },
    );
  });

  it('refuses what Date.parse alone took', () => {
    for (const s of ['2026-02-30T06:00:00Z', '2026-10-05T24:00:00Z', '2026-10-05T06:00Z', '2026-10-05T06:00:00']) expect([s, isIsoDateTime(s)]).toEqual([s, false]);
    for (const s of ['2026-10-05T06:00:00Z', '2026-10-05T06:00:00.123+02:00', '2024-02-29T00:00:00Z']) expect([s, isIsoDateTime(s)]).toEqual([s, true]);
  });
});
