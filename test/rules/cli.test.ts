import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeJson } from '../helpers/cli.js';

// End to end through the built CLI: a user-written rule folder, a config and a suppressions file.
const dir = tempDir();
const rulesDir = join(dir, 'my-rules');
mkdirSync(rulesDir);
writeFileSync(
  join(rulesDir, 'ACME-ER-001.yaml'),
  `id: ACME-ER-001
name: circuit-owner-tag
title: Circuits carry an owner tag
category: hygiene
severity: medium
pillar: operational-excellence
tags: [acme]
resource: circuit
assert:
  field: tags.owner
  exists: true
message: "Circuit {name} has owner tag {actual}; expected an owner tag."
remediation: Tag every circuit with its owning team.
links: [https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources]
`,
);
writeFileSync(join(rulesDir, 'ACME-ER-001.md'), '# ACME-ER-001 circuit-owner-tag\n\nCircuits carry an owner tag.\n');
writeFileSync(
  join(rulesDir, 'ACME-ER-001.fixtures.yaml'),
  `pass:
  - name: tagged
    resources:
      - { id: /subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er-a, type: Microsoft.Network/expressRouteCircuits, tags: { owner: netops } }
fail:
  - name: untagged
    resources:
      - { id: /subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er-b, type: Microsoft.Network/expressRouteCircuits }
    expect: [er-b]
`,
);
const circuit = (name: string, tags?: Record<string, string>) => ({
  id: `/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/${name}`,
  name,
  type: 'microsoft.network/expressroutecircuits',
  sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
  tags,
  properties: { serviceProviderProvisioningState: 'NotProvisioned', serviceProviderProperties: { peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } },
});
const input = writeJson(dir, 'rows.json', [circuit('er-untagged'), circuit('er-tagged', { owner: 'netops' }), circuit('er-old')]);
const supp = join(dir, 'suppressions.yaml');
writeFileSync(
  supp,
  `suppressions:
  - { ruleId: ACME-ER-001, resource: "**/er-untagged", justification: Being tagged in CHG-1, expires: "2999-01-01" }
  - { ruleId: ERS-COST-001, resource: "**/er-old", justification: Expired acceptance, expires: "2000-01-01" }
`,
);

describe('user rules and suppressions from the CLI', () => {
  it('rules test runs a user rule folder against its fixtures', () => {
    const r = runCli(['rules', 'test', rulesDir]);
    expect(r.stdout).toMatch(/ok\s+ACME-ER-001 \(2 cases\)/);
    expect(r.code).toBe(0);
  });
  it('rules list and show include the user rule', () => {
    expect(runCli(['rules', 'list', '--rules', rulesDir, '--tag', 'acme']).stdout).toMatch(/ACME-ER-001\s+medium\s+hygiene/);
    expect(runCli(['rules', 'show', 'ACME-ER-001', '--rules', rulesDir]).stdout).toMatch(/Circuits carry an owner tag/);
  });
  it('scan applies the user rule and the suppressions; suppressed findings stay in JSON', () => {
    const out = join(dir, 'out');
    const r = runCli(['scan', input, '--rules', rulesDir, '--suppressions', supp, '--format', 'json,console', '--out', out, '--fail-on', 'high']);
    expect(r.stderr).not.toMatch(/error/i);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const acme = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'ACME-ER-001');
    expect(acme.map((f: { resourceId: string }) => f.resourceId.split('/').pop()).sort()).toEqual(['er-old', 'er-untagged']);
    expect(acme.find((f: { resourceId: string }) => f.resourceId.endsWith('er-untagged')).suppression).toEqual({ justification: 'Being tagged in CHG-1', expires: '2999-01-01' });
    const old = report.findings.find((f: { ruleId: string; resourceId: string }) => f.ruleId === 'ERS-COST-001' && f.resourceId.endsWith('er-old'));
    expect(old.suppression).toBeUndefined();
    expect(old.message).toMatch(/suppression expired on 2000-01-01/);
    expect(report.notices.join('\n')).toMatch(/expired suppression: ERS-COST-001/);
    expect(r.stdout).toMatch(/suppressed/);
  });
  it('the suppressions file a config names, given again with --suppressions, is read once', () => {
    const out = join(dir, 'out-twice');
    const cfg = writeJson(dir, 'with-suppressions.json', { suppressionsFile: 'suppressions.yaml' });
    const r = runCli(['scan', input, '--rules', rulesDir, '--config', cfg, '--suppressions', supp, '--format', 'json', '--out', out, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.suppressions.map((s: { ruleId: string; matched: number }) => `${s.ruleId} ${s.matched}`)).toEqual(['ACME-ER-001 1', 'ERS-COST-001 1']);
    expect(report.notices.filter((n: string) => n.startsWith('expired suppression: ERS-COST-001'))).toHaveLength(1);
  });
  it('a rule operand that reads a parameter the rule does not declare is bad input (it held everywhere: the rule passed silently)', () => {
    const bad = join(dir, 'param-typo');
    mkdirSync(bad, { recursive: true });
    const rule = (operand: string, params: string) =>
      `id: ACME-ER-002\nname: min-bandwidth\ntitle: Circuits of at least some bandwidth\ncategory: sku\nseverity: high\npillar: reliability\nresource: circuit\nparameters: ${params}\nassert: { field: bandwidthMbps, ${operand} }\nmessage: "Circuit {name} has {actual} Mbps; expected {expected}."\nremediation: Use a larger circuit.\nlinks: [https://learn.microsoft.com/azure/expressroute/expressroute-faqs]\n`;
    writeFileSync(join(bad, 'ACME-ER-002.yaml'), rule('greaterOrEquals: "{params.minBandwith}"', '{ minBandwidth: 2000 }'));
    let r = runCli(['scan', input, '--rules', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(bad, 'ACME-ER-002.yaml')}: at $.assert.greaterOrEquals: expected a parameter the rule declares under \`parameters\` (minBandwidth), found "{params.minBandwith}"`);
    writeFileSync(join(bad, 'ACME-ER-002.yaml'), rule('in: "{params.minBandwidth}"', '{ minBandwidth: 2000 }'));
    r = runCli(['rules', 'test', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('at $.parameters.minBandwidth: expected a list, since $.assert.in reads it, found number 2000');
    writeFileSync(join(bad, 'ACME-ER-002.yaml'), rule('greaterOrEquals: "{params.minBandwidth}"', '{ minBandwidth: 2000 }'));
    r = runCli(['scan', input, '--rules', bad, '--format', 'json', '--out', join(dir, 'param-out'), '--fail-on', 'high']);
    expect(r.code).toBe(1);
  });
  it('a fixture case whose expect is not a list is named (a single name was checked letter by letter)', () => {
    const bad = join(dir, 'expect-text');
    mkdirSync(bad, { recursive: true });
    for (const ext of ['yaml', 'md']) writeFileSync(join(bad, `ACME-ER-001.${ext}`), readFileSync(join(rulesDir, `ACME-ER-001.${ext}`)));
    writeFileSync(join(bad, 'ACME-ER-001.fixtures.yaml'), readFileSync(join(rulesDir, 'ACME-ER-001.fixtures.yaml'), 'utf8').replace('expect: [er-b]', 'expect: er-b'));
    const r = runCli(['rules', 'test', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(bad, 'ACME-ER-001.fixtures.yaml')}: at $.fail[0].expect: expected a list of the names or ids of the resources that must be flagged, found "er-b"`);
  });
  it('a fixture mistake is bad input naming the file and the path, and a fail case that is only undecided does not pass', () => {
    const copy = (name: string, fixtures: (text: string) => string, rule: (text: string) => string = (t) => t) => {
      const bad = join(dir, name);
      mkdirSync(bad, { recursive: true });
      writeFileSync(join(bad, 'ACME-ER-001.yaml'), rule(readFileSync(join(rulesDir, 'ACME-ER-001.yaml'), 'utf8')));
      writeFileSync(join(bad, 'ACME-ER-001.md'), readFileSync(join(rulesDir, 'ACME-ER-001.md')));
      writeFileSync(join(bad, 'ACME-ER-001.fixtures.yaml'), fixtures(readFileSync(join(rulesDir, 'ACME-ER-001.fixtures.yaml'), 'utf8')));
      return bad;
    };
    // A misspelt key was ignored: the case checked less than it said.
    let bad = copy('stray-key', (t) => t.replace('expect: [er-b]', 'expects: [er-b]'));
    let r = runCli(['rules', 'test', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(bad, 'ACME-ER-001.fixtures.yaml')}: at $.fail[0].expects: expected one of the keys of a case (name, resources, template, parameters, params, expect, status, message, usage), found "expects"`);
    bad = copy('stray-list', (t) => t.replace('fail:', 'fails:'));
    r = runCli(['rules', 'test', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('at $.fails: expected only `pass` and `fail` lists of cases, found "fails"');
    // A misspelt parameter left the case testing the default.
    bad = copy('params-typo', (t) => t.replace('  - name: untagged', '  - name: untagged\n    params: { minOwners: 2 }'));
    r = runCli(['rules', 'test', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('at $.fail[0].params.minOwners: expected no parameters (ACME-ER-001 takes none), found minOwners');
    // An id the scan refuses is refused by rules test too.
    bad = copy('ers-id', (t) => t, (t) => t.replace('id: ACME-ER-001', 'id: ERS-HYG-001'));
    r = runCli(['rules', 'test', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(bad, 'ACME-ER-001.yaml')}: at $.id: expected a rule id not already used (ERS-HYG-001 is defined in`);
    // A fail case whose only finding is undecided (a template tag from a parameter without a value) says so.
    const template = JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', parameters: { owner: { type: 'string' } }, resources: [{ type: 'Microsoft.Network/expressRouteCircuits', apiVersion: '2024-05-01', name: 'er-t', location: 'westeurope', tags: { owner: "[parameters('owner')]" }, sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' }, properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } } }] });
    bad = copy('undecided', (t) => `${t}  - name: owner from a parameter\n    template: ${template}\n    expect: [er-t]\n`);
    r = runCli(['rules', 'test', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('fail case "owner from a parameter": expected status fail (a fail case without `status: unknown`), got unknown for er-t');
    writeFileSync(join(bad, 'ACME-ER-001.fixtures.yaml'), `${readFileSync(join(bad, 'ACME-ER-001.fixtures.yaml'), 'utf8')}    status: unknown\n`);
    expect(runCli(['rules', 'test', bad]).code).toBe(0);
  });
  it('an assert rule on resource estate is bad input (it ran on no resource: the rule passed every estate silently)', () => {
    const bad = join(dir, 'estate-assert');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'ACME-ER-001.yaml'), readFileSync(join(rulesDir, 'ACME-ER-001.yaml'), 'utf8').replace('resource: circuit', 'resource: estate'));
    const r = runCli(['scan', input, '--rules', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(bad, 'ACME-ER-001.yaml')}: at $.resource: expected the kind of resource the assert checks (circuit, peering, port, link, gateway or connection): \`estate\` is for rules with a built-in \`function\`, found "estate"`);
  });
  it('a config parameter with a wrong name is bad input (exit 2) naming file and path', () => {
    const cfg = writeJson(dir, 'bad.json', { rules: { parameters: { 'ERS-ENC-002': { cipher: ['GcmAes256'] } } } });
    const r = runCli(['scan', input, '--config', cfg]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json/);
    expect(r.stderr).toMatch(/ERS-ENC-002/);
  });
});
