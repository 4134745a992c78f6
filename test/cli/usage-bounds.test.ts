import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, writeJson } from '../helpers/cli.js';
import { ensureBuilt } from '../robustness/support.js';
import { validateReport } from '../helpers/report-schema.js';

/**
 * Usage figures out of range are refused by the usage schema (and measured egress in a snapshot by
 * its loader), so no report ever prints `$∞` or fails its own schema.
 */
const dir = tempDir('erscan-usage-bounds-');
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('erscan: error: '));

beforeAll(() => ensureBuilt());

describe('usage figures out of range', () => {
  it.each([
    [{ circuits: { 'er-ams-prod-01': { egressGbPerMonth: 1e308 } } }, 'at $.circuits["er-ams-prod-01"].egressGbPerMonth: expected a number of at most 133920000, found number 1e+308'],
    [{ circuits: { 'er-ams-prod-01': { globalReachGbPerMonth: 2e8 } } }, 'at $.circuits["er-ams-prod-01"].globalReachGbPerMonth: expected a number of at most 133920000, found number 200000000'],
    [{ circuits: {}, gateways: { gw: { scaleUnits: 0 } } }, 'at $.gateways.gw.scaleUnits: expected a number of at least 1, found number 0'],
    [{ circuits: {}, gateways: { gw: { scaleUnits: 41 } } }, 'at $.gateways.gw.scaleUnits: expected a number of at most 40, found number 41'],
    [{ circuits: {}, gateways: { gw: { scaleUnits: 2.5 } } }, 'at $.gateways.gw.scaleUnits: expected a value of type integer, found number 2.5'],
  ])('%j is exit 2, one line', (usage, message) => {
    const file = writeJson(dir, 'usage.json', usage);
    const r = runCli(['cost', 'examples/estate', '--usage', file]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([`erscan: error: ${file}: ${message}`]);
    expect(r.stdout).not.toMatch(/∞|Infinity/);
  });

  it('measured egress beyond any port in a snapshot is refused', () => {
    const file = writeJson(dir, 'snapshot.json', { erscanSnapshot: 1, resources: [], metrics: { '/subscriptions/s/resourcegroups/r/providers/microsoft.network/expressroutecircuits/c': { egressGbPerMonth: 1e308 } } });
    const r = runCli(['scan', file]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)[0]).toMatch(/snapshot\.json: at \$\.metrics\["\/subscriptions\/s\/.*\/c"\]\.egressGbPerMonth: expected a number of at most 133920000 \(a 400 Gbps port for 31 days\), found the number 1e\+308/);
  });

  it('the largest usage the schema allows, on every circuit: every report renders finite figures and the JSON report passes its schema', () => {
    const estate = JSON.parse(readFileSync(join(ROOT, 'examples/usage.json'), 'utf8')) as { circuits: Record<string, unknown> };
    const usage = { circuits: Object.fromEntries(Object.keys(estate.circuits).map((k) => [k, { egressGbPerMonth: 133920000, globalReachGbPerMonth: 133920000 }])) };
    const file = writeJson(dir, 'max-usage.json', usage);
    const out = tempDir('erscan-usage-max-');
    const r = runCli(['scan', 'examples/estate', '--usage', file, '--out', out, '--format', 'console,json,sarif,html,markdown', '--fail-on', 'none']);
    expect(errorLines(r.stderr)).toEqual([]);
    expect(r.code).toBe(0);
    // (the HTML report's own script uses Infinity as a value: only what it shows is checked)
    for (const text of [r.stdout, ...readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8').replace(/<script[\s\S]*?<\/script>/g, ''))]) expect(text).not.toMatch(/\$∞|Infinity|NaN/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const cost = runCli(['cost', 'examples/estate', '--usage', file]);
    expect(cost.code).toBe(0);
    expect(cost.stdout).not.toMatch(/∞|Infinity|NaN/);
  });
});
