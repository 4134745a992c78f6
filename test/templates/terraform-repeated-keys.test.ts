import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';
import { ROOT, cli, ensureBuilt, tempDir, type Run } from '../robustness/support.js';

/**
 * A key written twice in one object of a Terraform plan: `terraform show -json` writes each key once,
 * and JSON.parse keeps the last of two in silence (`"bandwidth_in_mbps": 50, "bandwidth_in_mbps": 1000`
 * was judged 1000), so which value the plan holds is not known. Refused as in an ARM template or a
 * parameter file: the file, line and column, the path and what was expected (exit 2, a coverage gap),
 * while the other inputs are scanned.
 */
const PLAN = readFileSync(join(ROOT, 'examples/iac/terraform/plan.json'), 'utf8');
const plan = (file: string, text: string) => loadTemplates([{ file, parsed: parseJson(file, text, true), format: 'terraform-plan' }]);

/**
 * The plan with the first line holding `match` after the `nth` line holding `after` (0: in planned_values,
 * 1: in resource_changes, which come next, then the configuration) written twice, the second time as `again`.
 */
function twice(after: string, match: string, again: string, nth = 1): { text: string; line: number; column: number } {
  const lines = PLAN.split('\n');
  const from = lines.map((l, i) => (l.includes(after) ? i : -1)).filter((i) => i >= 0)[nth] ?? -1;
  const at = lines.findIndex((l, i) => i > from && l.includes(match));
  expect(from).toBeGreaterThanOrEqual(0);
  expect(at).toBeGreaterThan(from);
  const indent = /^\s*/.exec(lines[at])![0];
  lines.splice(at + 1, 0, `${indent}${again}`);
  return { text: lines.join('\n'), line: at + 2, column: indent.length + 1 };
}

const EXPECTED = 'expected each key once in its object (terraform show -json writes each key once; of a key written twice, which value the plan holds is not known)';

describe('a key written twice in one object of a Terraform plan', () => {
  it('the example plan as it is: read, no error (the check finds nothing in a plan Terraform wrote)', () => {
    const { output, errors } = plan('plan.json', PLAN);
    expect(errors).toEqual([]);
    expect(output.raws.length).toBeGreaterThan(0);
  });

  it('in a resource change (two bandwidth_in_mbps in change.after): the plan is refused, naming file, line, column and path', () => {
    const { text, line, column } = twice('"address": "azurerm_express_route_circuit.primary"', '"bandwidth_in_mbps": 1000,', '"bandwidth_in_mbps": 50,');
    const doc = JSON.parse(text);
    const i = doc.resource_changes.findIndex((r: { address: string }) => r.address === 'azurerm_express_route_circuit.primary');
    const { output, errors } = plan('plan.json', text);
    expect(errors.map((e) => e.message)).toEqual([`plan.json:${line}:${column}: at $.resource_changes[${i}].change.after.bandwidth_in_mbps: ${EXPECTED}, found "bandwidth_in_mbps" a second time`]);
    expect(output.raws).toEqual([]);
  });

  it("in planned_values (two sku in a resource's values): refused", () => {
    const { text, line, column } = twice('"address": "azurerm_public_ip.', '"sku": "Standard",', '"sku": "Basic",', 0);
    const { output, errors } = plan('plan.json', text);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(new RegExp(`^plan\\.json:${line}:${column}: at \\$\\.planned_values\\.root_module\\.resources\\[\\d+\\]\\.values\\.sku: expected each key once in its object .*found "sku" a second time$`))]);
    expect(output.raws).toEqual([]);
  });

  it('anywhere else in the plan (the configuration erscan reads references from): refused', () => {
    const text = PLAN.replace(/^(\s*)"format_version": "([^"]+)",/m, '$1"format_version": "$2",\n$1"format_version": "$2",');
    expect(text).not.toBe(PLAN);
    expect(plan('plan.json', text).errors.map((e) => e.message)).toEqual([expect.stringMatching(/^plan\.json:3:3: at \$\.format_version: expected each key once in its object .*found "format_version" a second time$/)]);
  });

  it('each repeat is named, in text order', () => {
    const a = twice('"address": "azurerm_express_route_circuit.primary"', '"bandwidth_in_mbps": 1000,', '"bandwidth_in_mbps": 50,');
    const text = a.text.replace(/("location": "southeastasia",)/, '$1 "location": "westeurope",');
    expect(plan('plan.json', text).errors.map((e) => /found "(\w+)"/.exec(e.message)?.[1])).toEqual(['location', 'bandwidth_in_mbps']);
  });

  it('in a plan that declares no ExpressRoute resource: a notice, not a gap (as for an ARM template)', () => {
    const doc = {
      format_version: '1.2',
      resource_changes: [{ address: 'azurerm_storage_account.sa', mode: 'managed', type: 'azurerm_storage_account', name: 'sa', change: { actions: ['create'], before: null, after: { name: 'sa1', account_tier: 'STANDARDMARK' }, after_unknown: {} } }],
    };
    const text = JSON.stringify(doc, null, 2).replace('"account_tier": "STANDARDMARK"', '"account_tier": "Standard",\n          "account_tier": "Premium"');
    const { output, errors } = plan('storage-plan.json', text);
    expect(errors).toEqual([]);
    expect(output.notices.join('\n')).toMatch(/storage-plan\.json:\d+:\d+: at \$\.resource_changes\[0\]\.change\.after\.account_tier: expected each key once in its object .*\(not scanned; the plan declares no ExpressRoute resource\)/);
  });
});

describe('end to end: a plan with a repeated key among good inputs', () => {
  const dir = tempDir('erscan-tf-repeat-');
  let run: Run;
  let report: { coverage: { gaps: { scope: string; reason: string }[] }; inventory: { circuits: number } };
  let line = 0;
  beforeAll(async () => {
    ensureBuilt();
    const inputs = join(dir, 'inputs');
    mkdirSync(inputs, { recursive: true });
    const t = twice('"address": "azurerm_express_route_circuit.primary"', '"bandwidth_in_mbps": 1000,', '"bandwidth_in_mbps": 50,');
    line = t.line;
    writeFileSync(join(inputs, 'plan.json'), t.text);
    writeFileSync(join(inputs, 'rows.json'), readFileSync(join(ROOT, 'test/robustness/corpus/valid-rows.json')));
    run = await cli(['scan', inputs, '--out', join(dir, 'out'), '--format', 'json', '--fail-on', 'none']);
    report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
  }, 60_000);

  it('exits 2, names the plan (file:line:column, the path, what was expected) and scans the rest', () => {
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`plan\\.json:${line}:\\d+: at \\$\\.resource_changes\\[\\d+\\]\\.change\\.after\\.bandwidth_in_mbps: expected each key once in its object`));
    expect(report.coverage.gaps).toEqual([expect.objectContaining({ scope: expect.stringMatching(/plan\.json$/), reason: expect.stringMatching(/found "bandwidth_in_mbps" a second time/) })]);
    expect(report.inventory.circuits).toBe(1);
  });
});
