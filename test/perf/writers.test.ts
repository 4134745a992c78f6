import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/cli/output.js';
import { emitReports } from '../../src/cli/pipeline.js';
import { emptyConfig } from '../../src/config/load.js';
import { costEstimatorFor } from '../../src/pricing/setup.js';
import { reportChunksFor, reporterFor } from '../../src/reporters/index.js';
import { SARIF_FAST_GZIP_LEVEL } from '../../src/reporters/sarif.js';
import { FORMATS } from '../../src/reporters/types.js';
import { scanSources } from '../../src/scan/run.js';
import { loadInputs } from '../../src/sources/index.js';
import { chunkRows, generateEstate } from '../../src/testing/synthetic.js';
import { fixtureResult } from '../reporters/fixture.js';

// The streaming writers: each file report, written in pieces, is the reporter's string byte for byte.

const tmp = mkdtempSync(join(tmpdir(), 'erscan-writers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A scan of a synthetic estate of `circuits` circuits (Resource Graph rows), as the CLI runs it. */
function syntheticScan(circuits: number) {
  const dir = mkdtempSync(join(tmp, `estate-${circuits}-`));
  const estate = generateEstate({ circuits, seed: 7 });
  chunkRows(estate.rows, 1000).forEach((rows, i) => writeFileSync(join(dir, `rows-${i}.json`), JSON.stringify(rows)));
  const { output } = loadInputs([dir]);
  return scanSources(output, {
    config: emptyConfig(),
    now: new Date('2026-03-01T06:00:00.000Z'),
    inputs: [dir],
    scanCategory: 'erscan/writers',
    estimateCosts: costEstimatorFor({}, undefined, output),
  });
}

describe('streamed reports', () => {
  const results = [
    ['the reporters fixture', () => fixtureResult()],
    ['the fixture without cost or baseline', () => fixtureResult({ baseline: false, cost: false })],
    ['a 300-circuit estate', () => syntheticScan(300)],
  ] as const;

  for (const [label, make] of results) {
    it(`${label}: every file format, written in pieces, is the reporter's output byte for byte`, () => {
      const result = make();
      for (const format of FORMATS.filter((f) => f !== 'console')) {
        const whole = reporterFor(format)(result, { color: false, sourceRoot: '/repo' });
        const pieces = [...reportChunksFor(format)(result, { color: false, sourceRoot: '/repo' })];
        expect(pieces.join('')).toBe(whole);
        const out = join(tmp, label.replace(/\W+/g, '-'));
        writeReport(out, `report.${format}`, reportChunksFor(format)(result, { color: false, sourceRoot: '/repo' }));
        expect(readFileSync(join(out, `report.${format}`), 'utf8')).toBe(whole);
      }
    });
  }

  it('JSON and SARIF of a large estate come in many pieces, none near the size of the report', () => {
    const result = syntheticScan(2000);
    for (const format of ['json', 'sarif'] as const) {
      const pieces = [...reportChunksFor(format)(result, {})];
      const total = pieces.reduce((n, p) => n + p.length, 0);
      expect(pieces.length).toBeGreaterThan(2);
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(total / 2);
    }
  }, 60_000);

  it('a report whose pieces fail midway leaves the old report in place and no temporary file', () => {
    const out = join(tmp, 'failing');
    writeReport(out, 'report.json', 'old');
    function* failing() {
      yield '{"partial": ';
      throw new Error('serialisation failed');
    }
    expect(() => writeReport(out, 'report.json', failing())).toThrow(/serialisation failed/);
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('old');
    expect(readdirSync(out)).toEqual(['report.json']);
  });

  /** Where two long texts first differ (-1: they are equal): a failure names a place, not a diff of megabytes. */
  const firstDifference = (a: string, b: string) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return i;
    return -1;
  };

  describe('a large scan written by the report thread (compact on this thread, indented on the other)', () => {
    const result = syntheticScan(2000);
    const opts = { sourceRoot: '/repo' };
    const reportOpts = (extra = {}) => ({ ...opts, ...extra }) as Parameters<typeof emitReports>[4];

    it('JSON and SARIF are the reporters\' output byte for byte, written over older reports, with no temporary file left', async () => {
      expect(result.findings.length + (result.cost?.costs.length ?? 0)).toBeGreaterThanOrEqual(2000);
      const out = join(tmp, 'thread');
      writeReport(out, 'report.json', 'old');
      writeReport(out, 'report.sarif', 'old');
      for (let round = 0; round < 2; round++) {
        const written = await emitReports(result, ['json', 'sarif'], out, false, reportOpts());
        expect(written).toEqual([join(out, 'report.json'), join(out, 'report.sarif')]);
        expect(firstDifference(readFileSync(join(out, 'report.json'), 'utf8'), reporterFor('json')(result, { ...opts, color: false }))).toBe(-1);
        expect(firstDifference(readFileSync(join(out, 'report.sarif'), 'utf8'), reporterFor('sarif')(result, { ...opts, color: false }))).toBe(-1);
        expect(readdirSync(out).sort()).toEqual(['report.json', 'report.sarif']);
      }
    }, 120_000);

    it('a SARIF log over the gzipped size limit is not moved into place: it is written again with the least severe results left out', async () => {
      const out = join(tmp, 'thread-over-limit');
      const maxGzipBytes = 20_000;
      await emitReports(result, ['sarif', 'json'], out, false, reportOpts({ maxGzipBytes }));
      const sarif = readFileSync(join(out, 'report.sarif'), 'utf8');
      expect(firstDifference(sarif, reporterFor('sarif')(result, { ...opts, color: false, maxGzipBytes } as Parameters<ReturnType<typeof reporterFor>>[1]))).toBe(-1);
      expect(sarif).toContain('"sarif-truncated"');
      expect(JSON.parse(sarif).runs[0].results.length).toBeLessThan(result.findings.length);
      expect(firstDifference(readFileSync(join(out, 'report.json'), 'utf8'), reporterFor('json')(result, { ...opts, color: false }))).toBe(-1);
      expect(readdirSync(out).sort()).toEqual(['report.json', 'report.sarif']);
    }, 120_000);

    it('a SARIF log over the limit at gzip\'s fast level but within it at the default level keeps every result', async () => {
      const out = join(tmp, 'thread-between-levels');
      const full = reporterFor('sarif')(result, { ...opts, color: false });
      const compact = JSON.stringify(JSON.parse(full));
      const maxGzipBytes = gzipSync(compact).length;
      expect(gzipSync(compact, { level: SARIF_FAST_GZIP_LEVEL }).length).toBeGreaterThan(maxGzipBytes);
      await emitReports(result, ['sarif'], out, false, reportOpts({ maxGzipBytes }));
      expect(firstDifference(readFileSync(join(out, 'report.sarif'), 'utf8'), full)).toBe(-1);
      expect(readdirSync(out)).toEqual(['report.sarif']);
    }, 120_000);
  });
});
