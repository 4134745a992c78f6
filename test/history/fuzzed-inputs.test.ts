import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorLines, ROOT, runCli, tempDir, writeJson } from '../helpers/cli.js';
import { ensureBuilt } from '../robustness/support.js';

/** Baselines, reports and diffs found by fuzzing: each bad one is exit 2 naming the file and the path. */

const dir = tempDir('erscan-fuzzed-history-');
const ESTATE = join(ROOT, 'examples', 'estate');
const BASELINE = join(ROOT, 'examples', 'history', '2026-10-05', 'report.json');
type Doc = Record<string, unknown> & { findings: Record<string, unknown>[] };
const baseline = (): Doc => JSON.parse(readFileSync(BASELINE, 'utf8'));

beforeAll(() => ensureBuilt());

function scanAgainst(doc: unknown, name: string) {
  const file = writeJson(dir, name, doc);
  return { ...runCli(['scan', ESTATE, '--baseline', file, '--fail-on', 'none', '--format', 'json', '--out', join(dir, `out-${name}`)]), file };
}

describe('a baseline whose findings are malformed', () => {
  // Only fingerprint, ruleId, resourceId, severity and a few strings were checked: the rest of a
  // finding was taken as it came, and a fixed finding was written back into the new report as it was.
  it.each([
    ['location', 'x', '$.findings[0].location', 'a value of type object'],
    ['costImpactUsd', 'abc', '$.findings[0].costImpactUsd', 'a value of type number,null'],
    ['status', 'maybe', '$.findings[0].status', 'one of "fail", "unknown"'],
    ['suppression', 5, '$.findings[0].suppression', 'a value of type object'],
    ['category', 'nope', '$.findings[0].category', 'one of "redundancy"'],
    ['openDays', -1, '$.findings[0].openDays', 'a number of at least 0'],
    ['baselineState', 'old', '$.findings[0].baselineState', 'one of "new", "unchanged"'],
  ])('%s: %j is exit 2 naming the file and the path', (key, value, at, expected) => {
    const doc = baseline();
    doc.findings[0][key] = value;
    const r = scanAgainst(doc, `bad-${key}.json`);
    expect(r.code).toBe(2);
    const lines = errorLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${r.file}: at ${at}: expected ${expected}`);
  });

  it('a well-formed baseline is still taken', () => {
    const r = scanAgainst(baseline(), 'good.json');
    expect(errorLines(r.stderr)).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('erscan diff with an empty side', () => {
  // `[]` or `{"value": []}` on either side read as an estate of nothing: "0 added, 0 removed" (a false
  // "no change") or every resource "removed".
  const SNAPSHOT = join(ROOT, 'examples', 'estate', 'contoso-snapshot.json');
  it.each([
    ['an empty array (old)', '[]', 'old'],
    ['an empty ARM list (new)', '{"value": []}', 'new'],
    ['both empty', '[]', 'both'],
  ])('%s is exit 2 naming the file', (_what, text, which) => {
    const empty = writeJson(dir, `empty-${which}.json`, text);
    const [a, b] = which === 'old' ? [empty, SNAPSHOT] : which === 'new' ? [SNAPSHOT, empty] : [empty, empty];
    const r = runCli(['diff', a, b]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = errorLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`erscan: error: ${empty}: expected a state holding at least one ExpressRoute resource (circuit, Direct port, gateway or connection) to compare, found none`);
  });

  it('an empty file is exit 2 (as before)', () => {
    const r = runCli(['diff', writeJson(dir, 'zero.json', ''), SNAPSHOT]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)[0]).toMatch(/zero\.json: expected JSON, found an empty file/);
  });

  it('two real sides still diff', () => {
    const r = runCli(['diff', SNAPSHOT, SNAPSHOT]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 added, 0 removed, 0 changed, \d+ unchanged/);
  });
});

describe('date-times as the schemas state them (format date-time, RFC 3339)', () => {
  // isIsoDateTime took whatever Date.parse took: 2026-02-30 (read as 2 March), hour 24, no seconds.
  const OLDER = join(ROOT, 'examples', 'history', '2026-08-03', 'report.json');
  const BAD = [
    ['a day that does not exist', '2026-02-30T06:00:00Z'],
    ['hour 24', '2026-10-05T24:00:00Z'],
    ['no seconds', '2026-10-05T06:00Z'],
  ];

  it.each(BAD)('a baseline generatedAt with %s (%s) is exit 2 naming the file and $.generatedAt', (_what, value) => {
    const doc = baseline();
    doc.generatedAt = value;
    const r = scanAgainst(doc, 'bad-time.json');
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([expect.stringContaining(`${r.file}: at $.generatedAt: expected `)]);
  });

  it.each(BAD)('erscan trend: a report generatedAt with %s (%s) is exit 2', (_what, value) => {
    const doc = baseline();
    doc.generatedAt = value;
    const file = writeJson(dir, 'trend-bad-time.json', doc);
    const r = runCli(['trend', OLDER, file, '--out', join(dir, 'trend-out')]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([expect.stringContaining(`${file}: at $.generatedAt: expected `)]);
  });

  it('erscan trend: a finding firstSeen that is no date-time is exit 2 (it was dropped silently)', () => {
    const doc = baseline();
    doc.findings[0].firstSeen = '2026-01-01T24:00:00Z';
    const file = writeJson(dir, 'trend-bad-first.json', doc);
    const r = runCli(['trend', OLDER, file, '--out', join(dir, 'trend-out2')]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([expect.stringContaining(`${file}: at $.findings[0].firstSeen: expected `)]);
  });

  it.each(BAD)('erscan diff: a report side whose generatedAt has %s (%s) is exit 2 (it was shown as it came, or dropped)', (_what, value) => {
    const doc = baseline();
    doc.generatedAt = value;
    const file = writeJson(dir, 'diff-bad-time.json', doc);
    const r = runCli(['diff', file, BASELINE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(errorLines(r.stderr)).toEqual([expect.stringContaining(`${file}: at $.generatedAt: expected `)]);
  });

  it('the forms the schema allows are still taken: fractions, offsets', () => {
    for (const value of ['2026-10-05T06:00:00.123Z', '2026-10-05T08:00:00+02:00']) {
      const doc = baseline();
      doc.generatedAt = value;
      const r = scanAgainst(doc, 'ok-time.json');
      expect([value, r.code, errorLines(r.stderr)]).toEqual([value, 0, []]);
    }
  });
});
