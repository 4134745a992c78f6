import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, writeJson } from '../helpers/cli.js';
import { validateReport } from '../helpers/report-schema.js';


const legacyGateway = {
  id: '/subscriptions/00000000-0000-0000-0000-0000000000aa/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw-legacy',
  name: 'gw-legacy',
  type: 'microsoft.network/virtualnetworkgateways',
  tenantId: 'tenant-a',
  properties: { gatewayType: 'ExpressRoute', sku: { name: 'Standard' } },
};

describe('erscan scan on the example estate', () => {
  const out = tempDir();
  const run = runCli(['scan', 'examples/estate', '--usage', 'examples/usage.json', '--out', out, '--format', 'json', '--fail-on', 'none']);

  it('exits 0 with --fail-on none and writes the JSON report', () => {
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(existsSync(join(out, 'report.json'))).toBe(true);
  });

  it('matches the JSON report contract of design.md', () => {
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const valid = validateReport(report);
    expect(validateReport.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(report.inventory).toEqual({ circuits: 16, peerings: 17, ports: 2, gateways: 10, connections: 15, subscriptions: 5, tenants: 3 });
    expect(report.coverage).toEqual({ complete: true, gaps: [] });
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('leaves no temporary files behind', () => {
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

describe('exit codes', () => {
  it('1 when a finding is at or above --fail-on, 0 when below', () => {
    const dir = tempDir();
    const file = writeJson(dir, 'estate.json', [legacyGateway]);
    expect(runCli(['scan', file, '--fail-on', 'high']).code).toBe(1);
    expect(runCli(['scan', file, '--fail-on', 'critical']).code).toBe(0);
    expect(runCli(['scan', file]).code).toBe(1); // default threshold: high
  });

  it('2 for a missing file, with a one-line message naming it', () => {
    const r = runCli(['scan', 'no-such-estate.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('erscan: error: no-such-estate.json: expected a readable file, found no such file');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('2 when the inputs hold no ExpressRoute resource: reading nothing is never a pass, and the report says so', () => {
    const dir = tempDir();
    const out = tempDir();
    for (const doc of [[], { value: [] }, { count: 0, data: [], total_records: 0, skip_token: null }]) {
      const r = runCli(['scan', writeJson(dir, 'empty.json', doc), '--out', out, '--format', 'json', '--fail-on', 'none']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('erscan: error: the inputs hold no ExpressRoute resources: nothing was checked (expected at least one circuit, ExpressRoute Direct port, ExpressRoute gateway or connection)');
      expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).notices).toContain('the inputs hold no ExpressRoute resources: nothing was checked');
    }
  });

  it('2 when a template\'s ExpressRoute resources are all left out by false conditions: the error and the notes name them, never just "no ExpressRoute resources"', () => {
    const dir = tempDir();
    const out = tempDir();
    // Shaped like the Azure landing zone connectivity templates: the gateways are switched off by default.
    const gateway = (name: string, gatewayType: string) => ({
      condition: "[equals(parameters('enableGateways'), 'Yes')]",
      type: 'Microsoft.Network/virtualNetworkGateways',
      apiVersion: '2024-05-01',
      name,
      location: 'westeurope',
      properties: { gatewayType, sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } },
    });
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { enableGateways: { type: 'string', allowedValues: ['Yes', 'No'], defaultValue: 'No' } },
      resources: [gateway('ergw-hub', 'ExpressRoute'), gateway('vpngw-hub', 'Vpn')],
    };
    const r = runCli(['scan', writeJson(dir, 'hub.json', template), '--out', out, '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the templates declare some that are not deployed with the values scanned (their conditions are false): see the notes in the report');
    const notices: string[] = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).notices;
    // The ExpressRoute gateway is named; the VPN gateway is not an ExpressRoute declaration.
    expect(notices.filter((n) => n.includes('not deployed with the values scanned (its condition is false), so not checked'))).toEqual([
      expect.stringMatching(/hub\.json: 1 ExpressRoute declaration is not deployed .*: virtualNetworkGateways ergw-hub at \$\.resources\[0\]/),
    ]);
    expect(notices).toContain('the inputs hold no ExpressRoute resources: nothing was checked (the templates declare some that are not deployed with the values scanned, named in the notes: scan with the parameter values that deploy them)');
  });

  it('never says the inputs hold no ExpressRoute resource when some could not be read (every gateway row refused)', () => {
    const dir = tempDir();
    const out = tempDir();
    // An ExpressRoute gateway written with PowerShell's keys (Get-AzResource | ConvertTo-Json): refused, named.
    const refused = { ResourceId: legacyGateway.id, Name: 'gw', ResourceType: 'Microsoft.Network/virtualNetworkGateways', Properties: { gatewayType: 'ExpressRoute' } };
    const r = runCli(['scan', writeJson(dir, 'ps.json', [refused]), '--out', out, '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(2);
    const notices = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).notices as string[];
    expect(notices).toContain('no ExpressRoute resource could be read from the inputs (what could not be read is listed as coverage gaps): nothing was checked');
    expect(notices.join('\n')).not.toMatch(/hold no ExpressRoute resources/);
  });

  it('2 for bad usage', () => {
    expect(runCli(['scan', 'examples/estate', '--format', 'pdf', '--out', tempDir()]).code).toBe(2);
    expect(runCli(['scan', 'examples/estate', '--format', 'json']).stderr).toMatch(/--out/);
    expect(runCli(['frobnicate']).code).toBe(2);
    expect(runCli(['scan', 'examples/estate', '--fail-on-new']).stderr).toMatch(/--fail-on-new needs --baseline/);
  });

  it('2 for a bad file beside a good one, with the good one scanned and the bad one a coverage gap', () => {
    const dir = tempDir();
    const good = writeJson(dir, 'good.json', [legacyGateway]);
    const bad = writeJson(dir, 'bad.json', '{"value": [');
    const out = tempDir();
    const r = runCli(['scan', good, bad, '--out', out, '--format', 'json,console']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json:1:\d+: expected valid JSON/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.coverage.complete).toBe(false);
    expect(report.coverage.gaps[0].scope).toBe(bad);
    expect(report.findings.map((f: { resourceId: string }) => f.resourceId)).toContain(legacyGateway.id);
  });

  it('3 with --require-complete when coverage is incomplete; otherwise the gap is reported', () => {
    const dir = tempDir();
    const partial = writeJson(dir, 'page1.json', { count: 1, data: [legacyGateway], skip_token: 'ew0KICAiJGlkIjogIjEiLA0K', total_records: 2400 });
    expect(runCli(['scan', partial, '--require-complete', '--fail-on', 'none']).code).toBe(3);
    const r = runCli(['scan', partial, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Coverage incomplete/);
  });

  it('2 for a rule folder whose rule breaks the schema, naming the file and path', () => {
    const dir = tempDir();
    writeJson(dir, 'MY-001.json', { id: 'MY-001', name: 'Bad Name', title: 'x' });
    const r = runCli(['scan', 'examples/estate', '--rules', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/MY-001\.json: at \$: expected a property "(category|severity|pillar|resource|message|remediation|links)"|MY-001\.json: at \$\.name: expected a string matching/);
  });
});

describe('a folder that holds nothing erscan reads is exit 2, never a clean, empty estate', () => {
  it('every file of no known format (a package.json, a tsconfig.json)', () => {
    const dir = tempDir();
    writeJson(dir, 'package.json', { name: 'infra', version: '1.0.0' });
    writeJson(dir, 'tsconfig.json', { compilerOptions: {} });
    const r = runCli(['scan', dir, '--fail-on', 'none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(': expected a directory containing inputs erscan reads (snapshots, Resource Graph output, ARM responses, templates, plans), found only files of no known format (2)');
    // one file erscan reads beside them is enough: the others are skipped with a note
    writeJson(dir, 'rows.json', [legacyGateway]);
    const ok = runCli(['scan', dir, '--fail-on', 'none']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/skipped 2 files of no known format/);
  });
});

describe('Terraform configuration instead of a plan', () => {
  it('named on its own: exit 2, saying erscan reads plans; in a folder beside a plan: a coverage gap (exit 3 with --require-complete)', () => {
    const dir = tempDir();
    const tf = join(dir, 'hub', 'main.tf');
    mkdirSync(join(dir, 'hub'));
    writeFileSync(tf, 'resource "azurerm_express_route_circuit" "er" {\n  name = "er-1"\n}\n');
    const named = runCli(['scan', tf, '--fail-on', 'none']);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('main.tf: expected a Terraform plan in JSON (terraform plan -out plan.out, then terraform show -json plan.out > plan.json), found Terraform configuration, which erscan does not read (it reads plans)');
    writeJson(dir, 'rows.json', [legacyGateway]);
    const folder = runCli(['scan', dir, '--fail-on', 'none']);
    expect(folder.code).toBe(0);
    expect(folder.stderr).toMatch(/coverage gap: .*hub: Terraform configuration \(main\.tf\) not read, so the ExpressRoute resources it declares are not scanned/);
    expect(runCli(['scan', dir, '--fail-on', 'none', '--require-complete']).code).toBe(3);
  });
});

describe('rule folders that add nothing are refused (exit 2), never run as if they had', () => {
  it('a folder with no rule file in it (a wrong path)', () => {
    const dir = tempDir();
    const r = runCli(['scan', 'examples/estate', '--rules', dir, '--fail-on', 'none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`expected a folder of rules (<ID>.yaml files), found no rule files`);
  });

  it("a user rule under an ERS- id the catalogue does not have (ERS- is erscan's prefix)", () => {
    const dir = tempDir();
    const rule = readFileSync(join(ROOT, 'rules', 'hygiene', 'ERS-HYG-001.yaml'), 'utf8').replace('id: ERS-HYG-001', 'id: ERS-HYG-901').replace('name: classic-operations-disabled', 'name: my-classic-check');
    writeFileSync(join(dir, 'ERS-HYG-901.yaml'), rule);
    const r = runCli(['scan', 'examples/estate', '--rules', dir, '--fail-on', 'none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ERS-HYG-901\.yaml: at \$\.id: expected an id with a prefix of your own \(for example ACME-ER-001\): ERS- ids belong to erscan's catalogue, found "ERS-HYG-901", which the catalogue does not have/);
  });
});

describe('determinism', () => {
  it('same input, same bytes (apart from generatedAt)', () => {
    const a = tempDir();
    const b = tempDir();
    runCli(['scan', 'examples/estate', '--usage', 'examples/usage.json', '--out', a, '--format', 'json', '--fail-on', 'none']);
    runCli(['scan', 'examples/estate/northwind-rows.json', 'examples/estate/fabrikam-resource-graph.json', 'examples/estate/contoso-lab-arm-list.json', 'examples/estate/contoso-snapshot.json', '--usage', 'examples/usage.json', '--out', b, '--format', 'json', '--fail-on', 'none', '--category', 'erscan/examples/estate']);
    const strip = (f: string) => {
      const r = JSON.parse(readFileSync(f, 'utf8'));
      delete r.generatedAt;
      delete r.inputs;
      return r;
    };
    expect(strip(join(b, 'report.json'))).toEqual(strip(join(a, 'report.json')));
  });
});
