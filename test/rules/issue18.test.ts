import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { applyRequirements } from '../../src/rules/requires.js';
import { selectRules } from '../../src/rules/select.js';

// Issue 18: rules that say what Microsoft's documentation says, and say "not evaluated" where the
// input does not carry their data. The fixtures beside each rule reproduce the verdicts; these
// tests pin what users read: the rendered messages, the notices and the undecided cases.
const rules = loadRules();
const rule = (id: string) => rules.find((r) => r.id === id)!;
const S = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
const circuit = (name: string, extra: Record<string, unknown> = {}, peerings: unknown[] = []) => ({
  id: `${S}/expressRouteCircuits/${name}`,
  name,
  type: 'Microsoft.Network/expressRouteCircuits',
  sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
  properties: { serviceProviderProvisioningState: 'Provisioned', serviceProviderProperties: { peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 }, peerings },
  ...extra,
});
const gateway = (name: string, extra: Record<string, unknown> = {}) => ({ id: `${S}/virtualNetworkGateways/${name}`, name, type: 'Microsoft.Network/virtualNetworkGateways', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ' } }, ...extra });
const port = (name: string, extra: Record<string, unknown> = {}) => ({ id: `${S}/expressRoutePorts/${name}`, name, type: 'Microsoft.Network/expressRoutePorts', properties: { peeringLocation: 'Amsterdam', bandwidthInGbps: 10, links: [] }, ...extra });

function run(ids: string[], raws: RawResource[]) {
  const { inventory } = buildInventory(raws);
  return runRules(inventory, ids.map(rule)).findings;
}

describe('rendered messages name the resource and leave no template braces', () => {
  it.each([
    ['ERS-HYG-002', circuit('er-nodiag', { erscan: { diagnosticSettingsCount: 0 } }), 'Circuit er-nodiag has 0 diagnostic settings;'],
    ['ERS-HYG-003', gateway('gw-nodiag', { erscan: { diagnosticSettingsCount: 0 } }), 'Gateway gw-nodiag has 0 diagnostic settings;'],
    ['ERS-HYG-007', port('erd-nodiag', { erscan: { diagnosticSettingsCount: 0 } }), 'ExpressRoute Direct port erd-nodiag has 0 diagnostic settings;'],
  ])('%s', (id, row, start) => {
    const [f] = run([id], [{ row }]);
    expect(f.message.startsWith(start)).toBe(true);
    expect(f.message).not.toMatch(/[{}]/);
  });

  it('ERS-BGP-005 says what a missing route filter does for peerings configured before and after 1 August 2017', () => {
    const ms = { name: 'MicrosoftPeering', properties: { peeringType: 'MicrosoftPeering', state: 'Enabled', peerASN: 64495, vlanId: 200 } };
    const [f] = run(['ERS-BGP-005'], [{ row: circuit('er-ms', {}, [ms]) }]);
    expect(f.message).toMatch(/configured on or after 1 August 2017 receives no prefixes until one is attached/);
    expect(f.message).toMatch(/before that date receives all Microsoft 365 service prefixes without one/);
    expect(f.message).not.toMatch(/[{}]/);
  });
});

describe('three-valued verdicts on values a template leaves open', () => {
  it('ERS-BGP-006: a private ASN in a template is undecided (validation happens after deployment), not failed', () => {
    const ms = { name: 'MicrosoftPeering', properties: { peeringType: 'MicrosoftPeering', peerASN: 65010, vlanId: 200 } };
    const findings = run(['ERS-BGP-006'], [{ row: circuit('er-t', {}, [ms]), source: { kind: 'arm', file: 't.json', line: 1, column: 1 } }]);
    expect(findings.map((f) => f.status)).toEqual(['unknown']);
    expect(findings[0].message).toMatch(/only known once deployed/);
  });
  it('ERS-SKU-011: FastPath set by an unresolved expression is undecided', () => {
    const conn = { id: `${S}/connections/c`, name: 'c', type: 'Microsoft.Network/connections', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${S}/virtualNetworkGateways/gw3` }, peer: { id: `${S}/expressRouteCircuits/er` } } };
    const src = { kind: 'arm' as const, file: 't.json', line: 1, column: 1 };
    const findings = run(['ERS-SKU-011'], [{ row: circuit('er'), source: src }, { row: gateway('gw3', { properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw3AZ' } } }), source: src }, { row: conn, source: src, unresolved: ['properties.expressRouteGatewayBypass'] }]);
    expect(findings.map((f) => [f.resourceName, f.status])).toEqual([['c', 'unknown']]);
  });
});

describe('rules whose data the input does not carry are reported as not evaluated', () => {
  it('names the rules, the data, the resources and why; leaves them out of the run', () => {
    const { inventory } = buildInventory([{ row: circuit('a') }, { row: gateway('g') }]);
    const out = applyRequirements(inventory, selectRules(rules, {}));
    expect(out.notEvaluated).toEqual(expect.arrayContaining(['ERS-HYG-002', 'ERS-HYG-003', 'ERS-HYG-008', 'ERS-RED-011', 'ERS-RED-012']));
    expect(out.rules.some((r) => r.id === 'ERS-HYG-002')).toBe(false);
    const notes = out.notices.join('\n');
    expect(notes).toMatch(/not evaluated: ERS-HYG-002 \(needs diagnostic settings, which the input does not carry for its 1 circuit; erscan does not read them from resource rows \(Resource Graph results, ARM list or GET responses\), and ARM templates and Terraform plans carry only those they declare/);
    // An ARM list file is read as rows too: the notice names no one kind of row file as the input.
    expect(notes).not.toMatch(/from Resource Graph rows/);
    expect(notes).toMatch(/not evaluated: ERS-RED-012 \(needs the network security group of the GatewaySubnet/);
  });
  it('runs a rule on the resources that carry its data and says how many were left out', () => {
    const { inventory } = buildInventory([{ row: circuit('a', { erscan: { diagnosticSettingsCount: 0 } }) }, { row: circuit('b') }]);
    const out = applyRequirements(inventory, [rule('ERS-HYG-002')]);
    expect(out.rules.map((r) => r.id)).toEqual(['ERS-HYG-002']);
    expect(out.notices).toEqual([expect.stringMatching(/^partly evaluated: ERS-HYG-002 skipped 1 circuit of 2, for which the input does not carry diagnostic settings/)]);
  });
  it('ERS-HYG-006: connections without connectionStatus are named instead of skipped silently', () => {
    const conn = { id: `${S}/connections/c`, name: 'c', type: 'Microsoft.Network/connections', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${S}/virtualNetworkGateways/g` }, peer: { id: `${S}/expressRouteCircuits/a` } } };
    const { inventory } = buildInventory([{ row: circuit('a') }, { row: gateway('g') }, { row: conn, source: { kind: 'snapshot', file: 'rows.json' } }]);
    const out = applyRequirements(inventory, [rule('ERS-HYG-006')]);
    expect(out.notices).toEqual([expect.stringMatching(/^not evaluated: ERS-HYG-006 \(needs the connection status, which the input does not carry for its 1 connection;/)]);
  });
  it('nothing to say when the data is there', () => {
    const { inventory } = buildInventory([{ row: circuit('a', { erscan: { diagnosticSettingsCount: 1, metricAlertCount: 2 } }) }]);
    expect(applyRequirements(inventory, [rule('ERS-HYG-002'), rule('ERS-HYG-008')]).notices).toEqual([]);
  });
});

describe('defaults that follow the sources', () => {
  it('ERS-RED-005 (ErGwScale minimum scale units) is a policy choice: off by default and low (no Microsoft page says one unit is not zone-redundant)', () => {
    expect(rule('ERS-RED-005').enabledByDefault).toBe(false);
    expect(rule('ERS-RED-005').severity).toBe('low');
    expect(selectRules(rules, {}).some((r) => r.id === 'ERS-RED-005')).toBe(false);
  });
  it('every rule of this stream cites the Microsoft pages it relies on, with the azure-docs path and date', () => {
    const owned = rules.filter((r) => /^ERS-(BGP|ENC|HYG)-|^ERS-RED-0(0[4-79]|1\d)$|^ERS-SKU-0(05|11)$/.test(r.id));
    expect(owned.length).toBeGreaterThan(30);
    for (const r of owned) {
      expect(r.doc, `${r.id} has a Sources section`).toMatch(/## Sources/);
      expect(r.doc, `${r.id} cites learn.microsoft.com`).toMatch(/https:\/\/learn\.microsoft\.com\//);
      expect(r.doc, `${r.id} names the azure-docs path and date`).toMatch(/(articles|includes)\/[a-z0-9/-]+\.md[^\n]*ms\.date \d\d\/\d\d\/\d{4}/);
    }
  });
});

describe('docs/rules.md coverage table', () => {
  const doc = readFileSync(join(import.meta.dirname, '../../docs/rules.md'), 'utf8');
  const section = (title: string) => {
    const start = doc.indexOf(`### ${title}\n`);
    const end = doc.indexOf('\n### ', start + 1);
    return doc.slice(start, end).split('\n').filter((l) => /^\| /.test(l) && !/^\| (---|aprlGuid|pillar|id) /.test(l));
  };
  const tally = (rows: string[]) => {
    const t = { covered: 0, partial: 0, missing: 0, not: 0 };
    for (const r of rows) {
      const status = r.replace(/\s*\|\s*$/, '').split('|').pop()!.trim().split(' ')[0] as keyof typeof t;
      t[status]++;
    }
    return t;
  };
  const counts = (anchor: string) => {
    const row = doc.split('\n').find((l) => l.startsWith(`| ${anchor}`))!;
    const [items, covered, partial, missing, not] = row.split('|').slice(2, 7).map((x) => Number(x.trim()));
    return { items, covered, partial, missing, not };
  };
  it.each([
    ['APRL v2', 'APRL v2 (active ExpressRoute items)'],
    ['Well-Architected service guide', 'Well-Architected service guide (configuration recommendations)'],
    ['Azure Policy built-ins', 'Azure Policy built-ins (gateways)'],
  ])('the counts of %s match its table', (title, anchor) => {
    const rows = section(title);
    expect({ items: rows.length, ...tally(rows) }).toEqual(counts(anchor));
  });
  it('cites no APRL id that APRL removed, and every rule it names exists', () => {
    for (const gone of ['f902cf86', 'c0f23a92', 'a5f3a4bd']) expect(doc).not.toMatch(new RegExp(`${gone}-`));
    for (const id of new Set(doc.match(/ERS-[A-Z]+-\d{3}/g))) expect(rules.some((r) => r.id === id), id).toBe(true);
    for (const r of rules) expect(JSON.stringify(r.references?.APRL ?? []), `${r.id}: Well-Architected text belongs under references.WellArchitected`).not.toMatch(/Well-Architected/);
  });
});
