import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/model.js';
import { buildInventory } from '../../src/inventory/build.js';
import type { Inventory } from '../../src/inventory/model.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { loadInputs } from '../../src/sources/index.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

// Each numbered case of issue 12, reproduced on templates written for erscan (test/fixtures/iac/issue-12),
// with the pass cases beside them: the verdict, the status and the message.

const FIX = 'test/fixtures/iac/issue-12';
const rules = loadRules();

function scan(...inputs: string[]): { inventory: Inventory; findings: Finding[]; notices: string[] } {
  const { output, errors } = loadInputs(inputs.map((i) => join(ROOT, FIX, i)));
  expect(errors.map((e) => e.message)).toEqual([]);
  const { inventory, notices } = buildInventory(output.raws, output.subscriptions);
  return { inventory, findings: runRules(inventory, rules).findings, notices: [...output.notices, ...notices] };
}
const on = (findings: Finding[], ruleId: string, name: string) => findings.filter((f) => f.ruleId === ruleId && f.resourceName === name);
const one = (findings: Finding[], ruleId: string, name: string) => {
  const found = on(findings, ruleId, name);
  expect(found, `${ruleId} on ${name}`).toHaveLength(1);
  return found[0];
};
/** An unknown verdict never asserts a value it does not know. */
const assertsNoValue = (f: Finding) => {
  expect(f.message).not.toMatch(/\(not set\)|undefined/);
};

describe('1. applicability is decided before anything is unknown', () => {
  const { findings } = scan('01-applicability');

  it('does not apply rules whose where is false: Standard by default, ErGw1AZ, a port without MACsec', () => {
    expect(on(findings, 'ERS-SKU-005', 'er-standard-by-default')).toEqual([]);
    expect(on(findings, 'ERS-RED-005', 'ergw-1az')).toEqual([]);
    expect(on(findings, 'ERS-ENC-004', 'erport-no-macsec')).toEqual([]);
  });

  it('reports unknown only where the verdict depends on the missing value, saying why and never a value', () => {
    const f = one(findings, 'ERS-SKU-010', 'er-standard-by-default');
    expect(f.status).toBe('unknown');
    expect(f.message).toContain('`bandwidthMbps` comes from parameter `bandwidthInMbps`, which has no value here');
    assertsNoValue(f);
  });

  it('keeps a rule undecided when where holds and the assertion reads the missing value', () => {
    const { findings: u } = scan('01-applicability-unknown');
    const local = one(u, 'ERS-SKU-005', 'er-local');
    expect(local.status).toBe('unknown');
    expect(local.message).toBe('Circuit er-local: cannot decide "Local circuits are Unlimited, 1 to 10 Gbps, and without Global Reach": `bandwidthMbps` comes from parameter `bandwidthInMbps`, which has no value here.');
    const scale = one(u, 'ERS-RED-005', 'ergw-scale');
    expect(scale.status).toBe('unknown');
    expect(scale.message).toContain('`minScaleUnits` comes from parameter `minScaleUnits`');
    assertsNoValue(scale);
  });
});

describe('2. allowedValues, bool and ternaries are small sets of possible values', () => {
  const { findings, inventory } = scan('02-allowed-values');

  it('passes when the rule does not apply for any allowed value', () => {
    expect(on(findings, 'ERS-SKU-005', 'er-never-local')).toEqual([]);
  });

  it('is unknown when some allowed values fail, naming them', () => {
    const f = one(findings, 'ERS-SKU-005', 'er-maybe-local');
    expect(f.status).toBe('unknown');
    expect(f.message).toContain('fails when parameter `tierAny` is Local and holds otherwise');
    const gr = one(findings, 'ERS-SKU-005', 'er-local-gr');
    expect(gr.status).toBe('unknown');
    expect(gr.message).toContain('fails when parameter `globalReach` is true');
  });

  it('fails when every allowed value fails, and says so', () => {
    const f = one(findings, 'ERS-SKU-005', 'er-local-small');
    expect(f.status ?? 'fail').toBe('fail');
    expect(f.message).toContain('for every allowed value of parameter `smallBandwidth` (200, 500)');
  });

  it('keeps values from one parameter together (a module that forces UnlimitedData for Local never fails)', () => {
    expect(on(findings, 'ERS-SKU-005', 'er-module')).toEqual([]);
    const c = inventory.circuits.find((x) => x.name === 'er-module')!;
    expect(c.possible?.tier).toEqual({ values: ['Local', 'Standard'], from: 'parameter `tierAny`' });
    expect(c.tier).toBeUndefined();
    // Every combination the template can produce, and none it cannot.
    const combos = c.variants!.cases.map((x) => `${x.set.tier}/${x.set.billingModel ?? 'same'}`);
    expect(combos.filter((x) => x.startsWith('Local/'))).toEqual(['Local/UnlimitedData', 'Local/UnlimitedData']);
  });
});

describe('3. Bicep nullable parameters a parameter file leaves out are null', () => {
  it('reads them as null: no unknown values, no unresolved copy counts, no findings', () => {
    const { findings, inventory, notices } = scan('03-nullable');
    expect(notices.filter((n) => /could not be resolved|copy count/.test(n))).toEqual([]);
    const c = inventory.circuits[0];
    expect([c.name, c.tags, c.peerings, c.unknown, c.diagnosticSettingsCount]).toEqual(['er-nullable', {}, [], undefined, undefined]);
    expect(findings).toEqual([]);
  });

  it('scanned without a parameter file, leaves them to the deployment: unknown, never read as left out', () => {
    const { findings, inventory } = scan('03-nullable/main.json');
    const c = inventory.circuits[0];
    const why = (p: string) => `comes from parameter \`${p}\`, which has no value here (it is supplied at deployment; null if omitted)`;
    expect([c.name, c.unknown?.tags, c.unknown?.peerings]).toEqual(['er-nullable', `\`tags\` ${why('tags')}`, `\`peerings\` ${why('peerings')}`]);
    expect(c.partial?.diagnosticSettingsCount).toContain(why('diagnosticSettings'));
    expect(findings.filter((f) => f.status !== 'unknown')).toEqual([]);
  });
});

describe('4. Global Reach declared as child resources', () => {
  const { findings, inventory } = scan('04-global-reach');

  it('reads the connection declared at top level, under the peering and under the circuit', () => {
    for (const name of ['er-gr-top', 'er-gr-under-peering', 'er-gr-under-circuit']) {
      const c = inventory.circuits.find((x) => x.name === name)!;
      expect(c.peerings[0].globalReach.map((g) => [g.name, g.peerCircuitKey?.split('/').pop(), g.addressPrefix]), name).toEqual([['to-remote', 'er-remote', '192.168.8.0/29']]);
    }
  });

  it('no longer says "0 Global Reach connections" where one is declared', () => {
    expect(findings.filter((f) => f.ruleId === 'ERS-COST-004').map((f) => f.resourceName)).toEqual(['er-gr-none']);
  });
});

describe('5. diagnostic settings declared in templates', () => {
  const { findings, inventory } = scan('05-diagnostics');

  it('count for the resource they are attached to: by scope, by the providers/ name form, nested', () => {
    const counts = [...inventory.byKey.values()].filter((r) => 'diagnosticSettingsCount' in r && r.diagnosticSettingsCount !== undefined).map((r) => [r.name, (r as { diagnosticSettingsCount?: number }).diagnosticSettingsCount]);
    expect(counts.sort()).toEqual([
      ['er-diag-maybe', 0],
      ['er-diag-scope', 1],
      ['ergw-diag-name-form', 1],
      ['erport-diag-nested', 1],
    ]);
    expect(findings.filter((f) => /^ERS-HYG-00[237]$/.test(f.ruleId)).map((f) => [f.ruleId, f.resourceName, f.status])).toEqual([['ERS-HYG-002', 'er-diag-maybe', 'unknown']]);
  });

  it('say why a conditional setting leaves the verdict open', () => {
    expect(one(findings, 'ERS-HYG-002', 'er-diag-maybe').message).toContain('whether it is deployed depends on parameter `enableDiagnostics`');
  });
});

describe('6. a Direct port whose template declares no links', () => {
  const { findings, inventory } = scan('06-direct-port-links');

  it('gets the two links Azure creates: admin state Disabled, MACsec off', () => {
    const port = inventory.ports.find((p) => p.name === 'erport-bare')!;
    expect(port.links.map((l) => [l.name, l.adminState, l.macsec.cknSecretConfigured, l.macsec.cakSecretConfigured])).toEqual([
      ['link1', 'Disabled', false, false],
      ['link2', 'Disabled', false, false],
    ]);
  });

  it('is checked by the MACsec and link rules; declared MACsec links pass', () => {
    const onPorts = findings.filter((f) => ['ERS-ENC-001', 'ERS-RED-006', 'ERS-ENC-004'].includes(f.ruleId)).map((f) => `${f.ruleId} ${f.resourceName} ${f.status ?? 'fail'}`);
    expect(onPorts.sort()).toEqual(['ERS-ENC-001 erport-bare/link1 fail', 'ERS-ENC-001 erport-bare/link2 fail', 'ERS-RED-006 erport-bare/link1 fail', 'ERS-RED-006 erport-bare/link2 fail']);
  });
});

describe('6. a Direct port whose links come from a parameter without a value', () => {
  const { findings, inventory } = scan('06-direct-port-links-open');

  it('still has the two links Azure creates, with what the parameter would give them unknown', () => {
    const port = inventory.ports.find((p) => p.name === 'erport-open-links')!;
    expect(port.links.map((l) => [l.name, l.adminState, l.unknown?.adminState, l.unknown?.['macsec.cknSecretConfigured']])).toEqual([
      ['link1', undefined, '`adminState` comes from parameter `portLinks`, which has no value here', '`macsec.cknSecretConfigured` comes from parameter `portLinks`, which has no value here'],
      ['link2', undefined, '`adminState` comes from parameter `portLinks`, which has no value here', '`macsec.cknSecretConfigured` comes from parameter `portLinks`, which has no value here'],
    ]);
  });

  it('leaves the MACsec and link rules undecided on each link, never silent', () => {
    const onLinks = findings.filter((f) => ['ERS-ENC-001', 'ERS-RED-006'].includes(f.ruleId)).map((f) => `${f.ruleId} ${f.resourceName} ${f.status ?? 'fail'}`);
    expect(onLinks.sort()).toEqual(['ERS-ENC-001 erport-open-links/link1 unknown', 'ERS-ENC-001 erport-open-links/link2 unknown', 'ERS-RED-006 erport-open-links/link1 unknown', 'ERS-RED-006 erport-open-links/link2 unknown']);
    expect(one(findings, 'ERS-RED-006', 'erport-open-links/link1').message).toBe(
      'Link link1 of ExpressRoute Direct port erport-open-links: cannot decide "Both links of an ExpressRoute Direct port are admin-enabled": `adminState` comes from parameter `portLinks`, which has no value here.',
    );
  });
});

describe('7. a VNet gateway whose type the template does not settle', () => {
  const { findings } = scan('07-gateway-type');

  it('is not an ExpressRoute gateway for certain: its findings are unknown, saying why', () => {
    const free = one(findings, 'ERS-RED-004', 'gw-type-unknown');
    expect(free.status).toBe('unknown');
    expect(free.message).toContain('whether it is an ExpressRoute gateway is not known: `gatewayType` comes from parameter `gatewayTypeFree`');
    const allowed = one(findings, 'ERS-RED-004', 'gw-type-allowed');
    expect(allowed.status).toBe('unknown');
    expect(allowed.message).toContain('fails when parameter `gatewayTypeAllowed` is ExpressRoute');
    expect(findings.every((f) => f.status === 'unknown')).toBe(true);
  });

  it('is not scanned with a parameter file that makes it a VPN gateway', () => {
    const { inventory, findings: vpn } = scan('07-gateway-type-vpn');
    expect([inventory.gateways.length, vpn.length]).toEqual([0, 0]);
  });
});

describe('8. unresolved names', () => {
  it('never collide across files', () => {
    const { inventory, notices } = scan('08-unresolved-names');
    expect(inventory.circuits).toHaveLength(2);
    expect(new Set(inventory.circuits.map((c) => c.key)).size).toBe(2);
    // Ids keep a stand-in unique to each deployment; users see the parameter's label, never the stand-in.
    expect(inventory.circuits.every((c) => /\/unresolved:name:[0-9a-f]{8}$/.test(c.id) && c.name === '‹name›')).toBe(true);
    expect(notices.join('\n')).not.toMatch(/duplicate/);
  });
});

describe('9. one template with several parameter files', () => {
  it('is one deployment per parameter file: both are scanned, findings name their parameter file, ids and fingerprints differ', () => {
    const { inventory, findings } = scan('09-deployments');
    expect(inventory.gateways.map((g) => [g.name, g.skuName, g.source?.parameterFile?.split('/').pop(), g.source?.deployment?.endsWith('parameters.json')])).toEqual([
      ['ergw', 'Standard', 'main.dev.parameters.json', true],
      ['ergw', 'ErGw1AZ', 'main.prod.parameters.json', true],
    ]);
    expect(inventory.gateways.map((g) => g.id.split('/')[4])).toEqual(['{resourceGroup:main.dev}', '{resourceGroup:main.prod}']);
    const red004 = findings.filter((f) => f.ruleId === 'ERS-RED-004');
    expect(red004.map((f) => f.message)).toEqual([expect.stringMatching(/Gateway ergw uses SKU Standard.*\(parameters: .*main\.dev\.parameters\.json\)$/)]);
    const fingerprints = findings.filter((f) => f.ruleId === 'ERS-COST-005').map((f) => f.fingerprint);
    expect(new Set(fingerprints).size).toBe(2);
    // Stable from run to run (baselines keep working).
    expect(scan('09-deployments').findings.map((f) => f.fingerprint)).toEqual(findings.map((f) => f.fingerprint));
  });
});

describe('9b. parameter files that deploy a module to the same named resource group', () => {
  it('keeps each deployment: its ids are qualified by the parameter file, and its own connection still joins its gateway', () => {
    const { inventory, findings, notices } = scan('09-deployments-same-rg');
    expect(notices.join('\n')).not.toMatch(/duplicate/);
    expect(inventory.gateways.map((g) => [g.skuName, g.id.split('/')[4], g.source?.parameterFile?.split('/').pop()])).toEqual([
      ['Standard', 'rg-hub{main.regional}', 'main.regional.parameters.json'],
      ['ErGw1AZ', 'rg-hub{main.zonal}', 'main.zonal.parameters.json'],
    ]);
    // Each deployment's connection names its own deployment's gateway (a concat-built id), not the other's.
    for (const g of inventory.gateways) {
      expect(g.connectionKeys).toHaveLength(1);
      expect(inventory.byKey.get(g.connectionKeys[0])?.source?.parameterFile).toBe(g.source?.parameterFile);
    }
    // The regional SKU is judged (it was merged into the zone-redundant one and never checked).
    expect(findings.filter((f) => f.ruleId === 'ERS-RED-004').map((f) => f.message)).toEqual([expect.stringMatching(/uses SKU Standard.*main\.regional\.parameters\.json\)$/)]);
    // The circuit outside the files is referred to by its own id, in both deployments.
    expect(inventory.connections.map((c) => c.circuitId)).toEqual([expect.stringMatching(/resourceGroups\/rg-er\/.*\/er1$/), expect.stringMatching(/resourceGroups\/rg-er\/.*\/er1$/)]);
  });
});

describe('9c. those deployments beside the live estate', () => {
  it('both stand for the live resource of their plain id, and the values they disagree on are unknown', () => {
    const { inventory, findings, notices } = scan('09-deployments-same-rg', '09-deployments-same-rg-live/estate.json');
    expect(inventory.gateways.map((g) => g.id)).toEqual(['/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworkGateways/ergw-hub']);
    expect(notices.join('\n')).toMatch(/2 template resources stand for live ones and replace them/);
    expect(inventory.gateways[0].unknown?.skuName).toMatch(/the inputs disagree \("Standard" in .*main\.regional\.parameters\.json, "ErGw1AZ" in .*main\.zonal\.parameters\.json\), so which deploys last is not known/);
    expect(findings.filter((f) => f.ruleId === 'ERS-RED-004').map((f) => f.status)).toEqual(['unknown']);
    // Each deployment's connection still names the (one) gateway.
    expect(inventory.gateways[0].connectionKeys).toHaveLength(2);
  });
});

describe('templates in the context of the live estate', () => {
  const dir = '11-live-context';
  const red001 = (...inputs: string[]) => on(scan(...inputs.map((i) => `${dir}/${i}`)).findings, 'ERS-RED-001', 'ergw-hub').map((f) => f.status ?? 'fail');

  it('a PR that adds a second connection to a live gateway clears its redundancy finding', () => {
    expect(red001('estate-one-connection.json')).toEqual(['fail']);
    expect(red001('estate-one-connection.json', 'add-connection')).toEqual([]);
  });

  it('a PR that moves a live connection to a circuit in the same location raises it', () => {
    expect(red001('estate-two-connections.json')).toEqual([]);
    expect(red001('estate-two-connections.json', 'repoint-connection')).toEqual(['fail']);
  });

  it('says which resources come from templates and which from the live estate', () => {
    const { notices, inventory } = scan(`${dir}/estate-two-connections.json`, `${dir}/repoint-connection`);
    expect(notices.join('\n')).toMatch(/1 resource from templates and 6 from the live estate; 1 template resource stands for a live one and replaces it .*ergw-hub-er-second/);
    const conn = inventory.connections.find((c) => c.name === 'ergw-hub-er-second')!;
    expect([conn.source?.kind, conn.circuitKey?.split('/').pop(), conn.gatewayKey?.split('/').pop()]).toEqual(['arm', 'er-ams-2', 'ergw-hub']);
  });
});

describe('end to end through the CLI', () => {
  let out: string;
  beforeAll(() => {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    out = tempDir('erscan-issue12-');
  }, 120_000);

  it('10. reads templates and parameter files with comments and trailing commas, with the right line', () => {
    const r = runCli(['scan', `${FIX}/10-jsonc`, '--format', 'json', '--out', join(out, 'jsonc'), '--fail-on', 'high']);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(out, 'jsonc', 'report.json'), 'utf8')) as { findings: (Finding & { parameterFile?: string })[] };
    const f = report.findings.find((x) => x.ruleId === 'ERS-RED-004')!;
    const lines = readFileSync(join(ROOT, FIX, '10-jsonc', 'main.json'), 'utf8').split('\n');
    expect(lines[f.location!.line]).toMatch(/"type": "Microsoft\.Network\/virtualNetworkGateways"/);
    // One deployment of the template: the finding names its parameter file in its source, not in its message.
    expect(f.parameterFile).toBe(`${FIX}/10-jsonc/main.parameters.json`);
    expect(f.message).not.toContain('parameters.json');
  });

  it('12. reads a template with ARM multi-line strings (a nested deployment whose SKU expression spans lines), with the right line', () => {
    const r = runCli(['scan', `${FIX}/12-multiline`, '--format', 'json', '--out', join(out, 'multiline'), '--fail-on', 'high']);
    expect(r.stderr).not.toMatch(/error|coverage gap/i);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(out, 'multiline', 'report.json'), 'utf8')) as { findings: Finding[]; coverage: { complete: boolean } };
    expect(report.coverage.complete).toBe(true);
    // The SKU is `if(empty(parameters('erAzSku')), parameters('erRegionalSku'), …)` over four lines: Standard.
    const f = report.findings.find((x) => x.ruleId === 'ERS-RED-004')!;
    expect(f.message).toContain('uses SKU Standard');
    expect(f.status).not.toBe('unknown'); // a failure (the JSON report names only unknown verdicts)
    const lines = readFileSync(join(ROOT, FIX, '12-multiline', 'main.json'), 'utf8').split('\n');
    expect(lines[f.location!.line]).toMatch(/"type": "Microsoft\.Network\/virtualNetworkGateways"/);
  });

  it('gates on failures only; unknown findings gate with --fail-on-unknown or failOnUnknown, and are SARIF warnings', () => {
    const config = join(out, 'sku005.json');
    writeFileSync(config, JSON.stringify({ rules: { include: ['ERS-SKU-005'] } }));
    const base = ['scan', `${FIX}/01-applicability-unknown`, '--config', config, '--fail-on', 'high'];
    const plain = runCli([...base, '--format', 'sarif', '--out', join(out, 'gate')]);
    expect(plain.code).toBe(0);
    const sarif = JSON.parse(readFileSync(join(out, 'gate', 'report.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { ruleId: string; level: string; properties: { status?: string } }) => [x.ruleId, x.level, x.properties.status])).toEqual([['ERS-SKU-005', 'warning', 'unknown']]);
    expect(runCli([...base, '--fail-on-unknown']).code).toBe(1);
    const strict = join(out, 'strict.json');
    writeFileSync(strict, JSON.stringify({ rules: { include: ['ERS-SKU-005'] }, failOnUnknown: true }));
    expect(runCli(['scan', `${FIX}/01-applicability-unknown`, '--config', strict, '--fail-on', 'high']).code).toBe(1);
  });
});
