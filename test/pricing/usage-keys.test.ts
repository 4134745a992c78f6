import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, writeJson } from '../helpers/cli.js';
import { ensureBuilt } from '../robustness/support.js';

/**
 * Usage keys are ARM ids, compared case-insensitively (as Azure compares them), or names. Two keys
 * that differ only in case name the same resource: one of them was applied silently (for ids the
 * one sorting later, for names the one sorting first) and the other ignored. They are refused.
 */

const dir = tempDir('erscan-usage-keys-');
const ESTATE = join(ROOT, 'examples', 'estate');
const AMS = '/subscriptions/11111111-2222-3333-4444-000000000101/resourceGroups/rg-connectivity-prod/providers/Microsoft.Network/expressRouteCircuits/er-ams-prod-01';
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('erscan: error: '));

beforeAll(() => ensureBuilt());

function costWith(usage: unknown, name: string) {
  const file = writeJson(dir, name, usage);
  const out = join(dir, `out-${name}`);
  const r = runCli(['cost', ESTATE, '--usage', file, '--format', 'json', '--out', out]);
  return { ...r, file, out };
}

describe('usage keys that differ only in case', () => {
  it.each([
    ['two ARM ids', { circuits: { [AMS]: { egressGbPerMonth: 100 }, [AMS.toUpperCase()]: { egressGbPerMonth: 900000 } } }, `$.circuits["${AMS.toUpperCase()}"]`, AMS],
    ['two names', { circuits: { 'er-lon-prod-01': { egressGbPerMonth: 100 }, 'ER-LON-PROD-01': { egressGbPerMonth: 900000 } } }, '$.circuits["ER-LON-PROD-01"]', 'er-lon-prod-01'],
    ['two gateway names', { circuits: {}, gateways: { 'gw-a': { scaleUnits: 2 }, 'GW-A': { scaleUnits: 3 } } }, '$.gateways["GW-A"]', 'gw-a'],
  ])('%s: exit 2 naming the file and both keys', (_what, usage, at, other) => {
    const r = costWith(usage, 'case.json');
    expect(r.code).toBe(2);
    const lines = errorLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${r.file}: at ${at}: expected one entry per resource (ARM ids and names are compared case-insensitively)`);
    expect(lines[0]).toContain(`the same key as ${JSON.stringify(other)}`);
  });

  it('one ARM id in another case than the inventory is applied (ids are case-insensitive)', () => {
    const r = costWith({ circuits: { [AMS.toUpperCase()]: { egressGbPerMonth: 100 } } }, 'upper.json');
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(r.out, 'report.json'), 'utf8'));
    expect(report.costs.find((c: { resourceId: string }) => c.resourceId.toLowerCase() === AMS.toLowerCase())).toMatchObject({ egressGbPerMonth: 100, egressSource: 'usage' });
  });

  it('an ARM id and a name for the same circuit: the id is used and a notice names the name key', () => {
    const r = costWith({ circuits: { [AMS]: { egressGbPerMonth: 100 }, 'er-ams-prod-01': { egressGbPerMonth: 900000 } } }, 'id-and-name.json');
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(r.out, 'report.json'), 'utf8'));
    expect(report.costs.find((c: { resourceId: string }) => c.resourceId.toLowerCase() === AMS.toLowerCase())).toMatchObject({ egressGbPerMonth: 100 });
    expect(report.notices.join('\n')).toContain('"er-ams-prod-01" names the circuit the ARM id key');
  });
});
