import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/sources/index.js';
import { ROOT, tempDir, writeJson } from '../helpers/cli.js';

// `erscan scan estate/ --out estate/reports` (or a folder with a report kept beside the snapshot) ran once; the
// second run found its own report.json in the folder and refused it as "a document of no known format": exit 2
// and a coverage gap, for a file erscan wrote itself. A report names ExpressRoute resource types, so it was not
// skipped as other unknown files are. erscan's own reports, trends and diffs are now recognised: in a folder,
// skipped with a note naming them; named on their own, an error saying what the file is and what to give instead.

const report = { schemaVersion: 1, tool: { name: 'erscan', version: '0.1.0' }, generatedAt: '2026-11-01T00:00:00Z', coverage: { complete: true, gaps: [] }, findings: [{ ruleId: 'ERS-COST-003', resourceType: 'Microsoft.Network/expressRouteCircuits', resourceId: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er' }] };
const trend = { trendVersion: 1, tool: { name: 'erscan', version: '0.1.0' }, runs: [] };
const diff = { diffVersion: 1, tool: { name: 'erscan', version: '0.1.0' }, added: [{ type: 'Microsoft.Network/expressRouteCircuits' }] };

describe("erscan's own outputs among the inputs", () => {
  it('in a folder: skipped with a note naming them; the snapshot beside them is read, no error', () => {
    const dir = tempDir('erscan-own-outputs-');
    copyFileSync(join(ROOT, 'examples/estate/contoso-snapshot.json'), join(dir, 'estate.json'));
    mkdirSync(join(dir, 'reports'));
    writeJson(join(dir, 'reports'), 'report.json', report);
    writeJson(join(dir, 'reports'), 'trend.json', trend);
    writeJson(join(dir, 'reports'), 'diff.json', diff);
    const r = loadInputs([dir]);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output.raws.length).toBeGreaterThan(0);
    expect(r.output.notices.join('\n')).toMatch(/skipped 3 files erscan wrote \(its reports, trends or diffs: not inputs of a scan\): .*diff\.json, .*report\.json, .*trend\.json/);
  });

  it('a folder holding only such files is an error, as a folder of nothing erscan reads', () => {
    const dir = tempDir('erscan-only-outputs-');
    writeJson(dir, 'report.json', report);
    expect(loadInputs([dir]).errors.map((e) => e.message)).toEqual([expect.stringMatching(/expected a directory containing inputs erscan reads .*, found only files erscan does not read \(1 erscan report/)]);
  });

  it('named on its own: an error saying what the file is', () => {
    const dir = tempDir('erscan-own-output-named-');
    const file = writeJson(dir, 'report.json', report);
    expect(loadInputs([file]).errors.map((e) => e.message)).toEqual([
      `${file}: at $: expected an erscan snapshot, Resource Graph output (az graph query JSON or an array of rows), an ARM GET/list response ({"value": [...]}), an ARM template or parameter file, or a Terraform plan or state (terraform show -json), found an erscan JSON report, which erscan scan does not read (scan the snapshot or export it was made from; give an earlier report with --baseline)`,
    ]);
  });
});
