import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuns } from '../../src/history/reports.js';
import { computeTrend, orderRuns, type Trend } from '../../src/history/trend.js';
import { tempDir } from '../helpers/cli.js';
import { buildHistory, IDS, PLANTED, weekTime, type History } from './history.js';
import { validateTrend } from './schemas.js';

/**
 * A dozen weekly audits of an estate that changes (test/history/history.ts): the ages the scans
 * write, and the trend of their reports, checked against the events of the history and against the
 * scans' own baseline comparisons (two independent computations of new and fixed).
 */

interface ReportFinding {
  ruleId: string;
  resourceId: string;
  severity: string;
  fingerprint: string;
  baselineState?: string;
  firstSeen?: string;
  lastSeen?: string;
  openDays?: number;
  suppression?: unknown;
}
interface Report {
  generatedAt: string;
  findings: ReportFinding[];
  fixed?: ReportFinding[];
  summary: { bySeverity: Record<string, number>; new?: number; fixed?: number };
  costTotals: { monthlyUsd: number; potentialSavingsUsd: number };
}

let h: History;
let reports: Report[];
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Report;
const day = (w: number) => weekTime(w).toISOString();
const one = (list: ReportFinding[] | undefined, ruleId: string, resourceId: string) => {
  const hits = (list ?? []).filter((f) => f.ruleId === ruleId && f.resourceId.toLowerCase() === resourceId.toLowerCase());
  expect(hits, `${ruleId} on ${resourceId}`).toHaveLength(1);
  return hits[0];
};

beforeAll(async () => {
  h = await buildHistory(tempDir('erscan-history-'));
  reports = h.reports.map(read);
}, 120_000);
afterAll(() => rmSync(h.dir, { recursive: true, force: true }));

describe('finding age across a dozen weekly scans', () => {
  it('a finding open since the first week is 77 days old in the twelfth', () => {
    const last = reports[11];
    const old = one(last.findings, 'ERS-BGP-001', IDS.lon.replace('er-lon-prod-01', 'er-fra-dr-01').replace('000000000101', '000000000102').replace('rg-connectivity-prod', 'rg-connectivity-dr') + '/peerings/AzurePrivatePeering');
    expect(old).toMatchObject({ baselineState: 'unchanged', firstSeen: day(0), openDays: 77 });
    // every finding of the last week carries an age, and no age is older than the history
    expect(last.findings.every((f) => f.firstSeen && f.openDays !== undefined && f.openDays <= 77)).toBe(true);
  });

  it('findings that appear later are aged from the week they appeared', () => {
    expect(one(reports[11].findings, 'ERS-COST-003', IDS.paris)).toMatchObject({ firstSeen: day(3), openDays: 56 }); // the circuit added in week 3
    expect(one(reports[11].findings, 'ERS-SKU-002', IDS.lon)).toMatchObject({ firstSeen: day(5), openDays: 42 }); // Standard → Premium in week 5
    expect(one(reports[11].findings, 'ERS-BGP-004', IDS.amsPrivate)).toMatchObject({ firstSeen: day(7), openDays: 28 }); // peering disabled in week 7
    expect(one(reports[6].findings, 'ERS-ENC-001', IDS.amsLink1)).toMatchObject({ baselineState: 'new', firstSeen: day(6), openDays: 0 });
  });

  it('fixed findings say how long they were open', () => {
    expect(one(reports[2].fixed, 'ERS-RED-004', IDS.gwNeu)).toMatchObject({ firstSeen: day(0), lastSeen: day(1), openDays: 14 });
    expect(one(reports[4].fixed, 'ERS-RED-006', IDS.amsLink2)).toMatchObject({ firstSeen: day(0), lastSeen: day(3), openDays: 28 });
    expect(one(reports[8].fixed, 'ERS-COST-001', IDS.ams02)).toMatchObject({ firstSeen: day(0), openDays: 56 }); // deleted circuit
    expect(one(reports[9].fixed, 'ERS-ENC-001', IDS.amsLink1)).toMatchObject({ firstSeen: day(6), lastSeen: day(8), openDays: 21 }); // MACsec back
    expect(reports[11].fixed!.filter((f) => f.ruleId === 'ERS-ENC-001').map((f) => f.openDays)).toEqual([77, 77]);
  });

  it('the last week’s Markdown and HTML show the ages, oldest first', () => {
    const out = join(h.dir, 'reports', 'week-11');
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain('### Oldest findings');
    expect(md).toMatch(/Oldest open finding: [^\n]*, open 77 days \(since 2026-01-05\)\./);
    expect(md).toMatch(/\| ERS-ENC-001 direct-link-macsec-enabled \| erdirect-lon2\/link1 \| 77 days \|/);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const ages = [...html.matchAll(/<tr data-sev="\d"[^>]* data-age="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ages.length).toBe(reports[11].findings.length);
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
    expect(ages[0]).toBe(77);
    expect(html).toContain('open 77 days');
  });
});

describe('the trend of the twelve reports', () => {
  let trend: Trend;
  beforeAll(() => {
    // in an order that is not the order of time
    const r = h.reports;
    const loaded = loadRuns([r[5], r[11], r[0], r[3], r[9], r[1], r[10], r[2], r[8], r[4], r[7], r[6]]);
    const ordered = orderRuns(loaded.runs);
    trend = computeTrend(ordered.runs, loaded.details.get('erscan/contoso-weekly')!, { now: '2026-03-24T00:00:00.000Z', toolVersion: '0.1.0' });
  });

  it('has every run, in time order', () => {
    expect(trend.period).toEqual({ from: day(0), to: day(11), runs: 12, days: 77 });
    expect(trend.runs.map((r) => r.generatedAt)).toEqual(reports.map((r) => r.generatedAt));
  });

  it('counts findings by severity as each report does', () => {
    expect(trend.runs.map((r) => r.findings.bySeverity)).toEqual(reports.map((r) => r.summary.bySeverity));
  });

  it("counts new and fixed as each scan's own baseline comparison did", () => {
    expect(trend.runs.slice(1).map((r) => r.new)).toEqual(reports.slice(1).map((r) => r.summary.new));
    expect(trend.runs.slice(1).map((r) => r.fixed)).toEqual(reports.slice(1).map((r) => r.summary.fixed));
    // and the events of the history are there: week 2 fixes the gateway, week 3 adds findings of the new circuit
    expect(trend.runs[2].fixed).toBe(1);
    expect(trend.runs[3].new).toBeGreaterThanOrEqual(1);
    expect(trend.runs[11].fixed).toBe(2);
  });

  it('follows the cost and potential savings of each report', () => {
    expect(trend.runs.map((r) => r.cost.monthlyUsd)).toEqual(reports.map((r) => r.costTotals.monthlyUsd));
    expect(trend.runs.map((r) => r.cost.potentialSavingsUsd)).toEqual(reports.map((r) => r.costTotals.potentialSavingsUsd));
    // the tier change of week 5 moves the bill
    expect(trend.runs[5].cost.monthlyUsd).not.toBe(trend.runs[4].cost.monthlyUsd);
    // the circuit added in week 3 shows in the inventory counts
    expect(trend.runs[3].inventory!.circuits).toBe(trend.runs[2].inventory!.circuits + 1);
  });

  it('lists the oldest open findings with the ages the last report gives them', () => {
    const last = new Map(reports[11].findings.filter((f) => !f.suppression).map((f) => [f.fingerprint, f]));
    expect(trend.oldestOpen.length).toBe(last.size);
    for (const f of trend.oldestOpen) expect([f.firstSeen, f.openDays]).toEqual([last.get(f.fingerprint)!.firstSeen, last.get(f.fingerprint)!.openDays]);
    expect(trend.oldestOpen[0].openDays).toBe(77);
    expect(trend.oldestOpen.map((f) => f.openDays)).toEqual([...trend.oldestOpen.map((f) => f.openDays)].sort((a, b) => b - a));
  });

  it('measures time to fix per severity as the fixed findings of the reports say', () => {
    const fixedDays = (sev: string) =>
      reports
        .flatMap((r) => r.fixed ?? [])
        .filter((f) => f.severity === sev)
        .map((f) => f.openDays!)
        .sort((a, b) => a - b);
    const high = trend.timeToFix.find((x) => x.severity === 'high')!;
    expect(fixedDays('high')).toEqual([14, 21, 28, 77, 77]);
    expect(high).toMatchObject({ fixed: 5, medianDays: 28, meanDays: 43.4, maxDays: 77 });
    expect(trend.timeToFix.find((x) => x.severity === 'medium')).toMatchObject({ fixed: fixedDays('medium').length, medianDays: 56 });
  });

  it('validates against the trend schema and carries no secret', () => {
    const doc = JSON.parse(JSON.stringify(trend));
    expect(validateTrend(doc), JSON.stringify(validateTrend.errors)).toBe(true);
    for (const s of PLANTED) expect(JSON.stringify(doc)).not.toContain(s);
  });
});
