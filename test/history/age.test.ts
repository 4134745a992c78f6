import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyBaseline, daysBetween, loadBaseline } from '../../src/findings/baseline.js';
import type { Finding } from '../../src/findings/model.js';
import { renderHtmlReport } from '../../src/reporters/html.js';
import { toJsonReport } from '../../src/reporters/json.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { InputError } from '../../src/util/errors.js';
import { fixtureFindings, fixtureResult } from '../reporters/fixture.js';

/** Finding age: firstSeen carried through baselines, openDays, and how the reports show it. */

const dir = mkdtempSync(join(tmpdir(), 'erscan-age-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeReport(name: string, doc: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return file;
}

const plain = (f: Finding): Finding => {
  const { baselineState: _b, ...rest } = f;
  return rest as Finding;
};

describe('loadBaseline resolves when each finding was first and last seen', () => {
  const [a, b] = fixtureFindings().map(plain);

  it("takes the finding's firstSeen, else the report's generatedAt", () => {
    const file = writeReport('r.json', { schemaVersion: 1, generatedAt: '2026-03-01T06:00:00.000Z', findings: [{ ...a, firstSeen: '2025-12-01T06:00:00.000Z' }, b] });
    const [fa, fb] = loadBaseline(file);
    expect(fa.firstSeen).toBe('2025-12-01T06:00:00.000Z');
    expect(fb.firstSeen).toBe('2026-03-01T06:00:00.000Z');
    expect(fa.lastSeen).toBe('2026-03-01T06:00:00.000Z');
    expect(fb.lastSeen).toBe('2026-03-01T06:00:00.000Z');
  });

  it('never lets firstSeen be later than the report that saw the finding', () => {
    const file = writeReport('late.json', { schemaVersion: 1, generatedAt: '2026-03-01T06:00:00.000Z', findings: [{ ...a, firstSeen: '2026-04-01T06:00:00.000Z' }] });
    expect(loadBaseline(file)[0].firstSeen).toBe('2026-03-01T06:00:00.000Z');
  });

  it('refuses a finding the report schema would refuse when it is written back as fixed (a severity erscan has not, a missing message)', () => {
    const sev = writeReport('bad-sev.json', { schemaVersion: 1, generatedAt: '2026-03-01T06:00:00.000Z', findings: [a, { ...b, severity: 'catastrophic' }] });
    expect(() => loadBaseline(sev)).toThrow(`${sev}: at $.findings[1].severity: expected one of critical, high, medium, low, info, found "catastrophic"`);
    const { message: _m, ...noMessage } = b;
    const msg = writeReport('no-message.json', { schemaVersion: 1, generatedAt: '2026-03-01T06:00:00.000Z', findings: [noMessage] });
    expect(() => loadBaseline(msg)).toThrow(`${msg}: at $.findings[0].message: expected a message string, found nothing`);
  });

  it('refuses a bad firstSeen or a report without its time, naming the path', () => {
    const bad = writeReport('bad-first.json', { schemaVersion: 1, generatedAt: '2026-03-01T06:00:00.000Z', findings: [a, { ...b, firstSeen: 'last Tuesday' }] });
    expect(() => loadBaseline(bad)).toThrow(InputError);
    expect(() => loadBaseline(bad)).toThrow(`${bad}: at $.findings[1].firstSeen: expected an ISO-8601 date-time, found "last Tuesday"`);
    const undated = writeReport('undated.json', { schemaVersion: 1, findings: [a] });
    expect(() => loadBaseline(undated)).toThrow(`${undated}: at $.generatedAt: expected the time of the report (an ISO-8601 date-time), found nothing`);
  });
});

describe('applyBaseline with the scan time', () => {
  const [a, b, c] = fixtureFindings().map(plain);
  const baseline: Finding[] = [
    { ...a, firstSeen: '2025-11-27T06:00:00.000Z', lastSeen: '2026-02-22T06:00:00.000Z' },
    { ...b, firstSeen: '2026-02-22T06:00:00.000Z', lastSeen: '2026-02-22T06:00:00.000Z' },
  ];
  const out = applyBaseline([a, c], baseline, undefined, '2026-03-01T06:00:00.000Z');

  it('carries firstSeen forward and counts whole days', () => {
    const still = out.findings.find((f) => f.fingerprint === a.fingerprint)!;
    expect(still).toMatchObject({ baselineState: 'unchanged', firstSeen: '2025-11-27T06:00:00.000Z', openDays: 94 });
  });

  it('starts a new finding at the scan time', () => {
    const fresh = out.findings.find((f) => f.fingerprint === c.fingerprint)!;
    expect(fresh).toMatchObject({ baselineState: 'new', firstSeen: '2026-03-01T06:00:00.000Z', openDays: 0 });
  });

  it('says how long a fixed finding was open', () => {
    expect(out.fixed).toHaveLength(1);
    expect(out.fixed[0]).toMatchObject({ fingerprint: b.fingerprint, firstSeen: '2026-02-22T06:00:00.000Z', lastSeen: '2026-02-22T06:00:00.000Z', openDays: 7 });
    expect(out.fixed[0].baselineState).toBeUndefined();
  });

  it('leaves findings without ages when the scan time is not given', () => {
    const bare = applyBaseline([a, c], baseline);
    expect(bare.findings.every((f) => f.openDays === undefined && f.firstSeen === undefined)).toBe(true);
  });

  it('counts days, never negative', () => {
    expect(daysBetween('2026-01-01T00:00:00Z', '2026-01-08T00:00:00Z')).toBe(7);
    expect(daysBetween('2026-01-01T00:00:00Z', '2026-01-07T23:59:59Z')).toBe(6);
    expect(daysBetween('2026-01-08T00:00:00Z', '2026-01-01T00:00:00Z')).toBe(0);
  });
});

/** The fixture's scan result with ages, as a scan with --baseline writes them. */
function agedResult() {
  const r = fixtureResult();
  const days = [94, 0, 0, 35, 0, 200, 0];
  r.findings = r.findings.map((f, i) => ({ ...f, openDays: days[i], firstSeen: new Date(Date.parse(r.generatedAt) - days[i] * 86_400_000).toISOString() }));
  r.fixed = r.fixed!.map((f) => ({ ...f, firstSeen: '2026-01-04T06:00:00.000Z', lastSeen: '2026-02-22T06:00:00.000Z', openDays: 56 }));
  return r;
}

describe('reports show the age', () => {
  it('JSON carries firstSeen, lastSeen and openDays', () => {
    const json = toJsonReport(agedResult()) as { findings: Finding[]; fixed: Finding[] };
    expect(json.findings[0]).toMatchObject({ firstSeen: '2025-11-27T06:00:00.000Z', openDays: 94 });
    expect(json.fixed[0]).toMatchObject({ firstSeen: '2026-01-04T06:00:00.000Z', lastSeen: '2026-02-22T06:00:00.000Z', openDays: 56 });
    // without a baseline there is no age
    expect(JSON.stringify(toJsonReport(fixtureResult({ baseline: false })))).not.toMatch(/firstSeen|openDays/);
  });

  it('Markdown shows "open N days", the oldest finding, how long fixed ones were open, and sorts by age on request', () => {
    const md = renderMarkdown(agedResult(), {});
    expect(md).toContain('| Severity | Rule | Resource | Finding | Baseline | Age |');
    expect(md).toMatch(/\| ERS-ENC-001 direct-port-macsec \| erdirect-ams2 \| [^\n]* \| unchanged \| open 94 days \|/);
    expect(md).toContain('Oldest open finding: ERS-ENC-001 on erdirect-ams2, open 94 days (since 2025-11-27).');
    expect(md).toContain('| Severity | Rule | Resource | Was open |');
    expect(md).toMatch(/\| ergw-gwc-dr \| 56 days \|/);
    // default order: severity (the critical finding first); by age: oldest first, the suppressed one left out
    const top = (text: string) => [...text.split('### ')[text.split('### ').findIndex((s) => /^(Top|Oldest) findings/.test(s))].matchAll(/\| (open [^|]+) \|\n/g)].map((m) => m[1]);
    expect(top(md)).toEqual(['open 94 days', 'open < 1 day', 'open < 1 day', 'open 35 days', 'open < 1 day', 'open < 1 day']);
    const byAge = renderMarkdown(agedResult(), { sortBy: 'age' });
    expect(byAge).toContain('### Oldest findings');
    expect(top(byAge)).toEqual(['open 94 days', 'open 35 days', 'open < 1 day', 'open < 1 day', 'open < 1 day', 'open < 1 day']);
  });

  it('Markdown without ages is unchanged (no Age column)', () => {
    expect(renderMarkdown(fixtureResult(), { sortBy: 'age' })).not.toContain('| Age |');
  });

  it('HTML has a sortable Age column; --sort age orders the rows oldest first', () => {
    const html = renderHtmlReport(agedResult());
    expect(html).toContain('<th scope="col" data-key="age"><button type="button">Age</button></th>');
    expect(html).toContain('<th scope="col" data-key="sev" aria-sort="descending">');
    expect(html).toContain('<td class="age"><span title="first seen 2025-11-27">open 94 days</span></td>');
    expect(html).toContain('<th>Was open</th>');
    expect(html).toContain('<td class="age"><span title="first seen 2026-01-04">56 days</span></td>');
    const ages = (h: string) => [...h.matchAll(/<tr data-sev="\d"[^>]* data-age="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ages(html)).toEqual([94, 0, 0, 35, 0, 200, 0]);
    const sorted = renderHtmlReport(agedResult(), { sortBy: 'age' });
    expect(ages(sorted)).toEqual([200, 94, 35, 0, 0, 0, 0]);
    expect(sorted).toContain('<th scope="col" data-key="age" aria-sort="descending">');
    expect(sorted).toContain('<th scope="col" data-key="sev">');
  });

  it('HTML without ages has no Age column', () => {
    const html = renderHtmlReport(fixtureResult(), { sortBy: 'age' });
    expect(html).not.toContain('data-key="age"');
    expect(html).not.toContain('data-age=');
  });
});
