import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSides, loadSide } from '../../src/history/diff.js';
import { RECORDED_SINCE_V2 } from '../../src/history/state.js';
import { runCli, tempDir, writeJson } from '../helpers/cli.js';

/**
 * Drift in what the rules of issue 18 read: a gateway's traffic settings, its maintenance configuration,
 * the NSG on its GatewaySubnet and metric alerts. A report recorded before those were (recordedInventory
 * version 1) is still read, and they are then not called changed.
 */
const SUB = '00000000-0000-0000-0000-0000000000bb';
const N = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network`;
const MC = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Maintenance/maintenanceConfigurations/mc-sat`;
const NSG = `${N}/networkSecurityGroups/nsg-gw`;
const gateway = (remote: boolean, extras: Record<string, unknown>) => ({
  id: `${N}/virtualNetworkGateways/gw-hub`,
  name: 'gw-hub',
  type: 'microsoft.network/virtualnetworkgateways',
  subscriptionId: SUB,
  location: 'westeurope',
  zones: ['1', '2', '3'],
  properties: {
    gatewayType: 'ExpressRoute',
    sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' },
    allowRemoteVnetTraffic: remote,
    allowVirtualWanTraffic: false,
    ipConfigurations: [{ name: 'default', properties: { subnet: { id: `${N}/virtualNetworks/vnet-hub/subnets/GatewaySubnet` } } }],
  },
  erscan: { diagnosticSettingsCount: 1, metricAlertCount: 0, ...extras },
});
const snapshot = (date: string, resources: unknown[]) => ({
  erscanSnapshot: 1,
  tool: { name: 'erscan', version: '0.1.0' },
  generatedAt: `${date}T02:00:00.000Z`,
  cloud: 'AzureCloud',
  scope: { subscriptions: [SUB] },
  coverage: { complete: true, gaps: [] },
  subscriptions: [{ subscriptionId: SUB, name: 'hub' }],
  resources,
});

const EXPECTED = [
  { property: 'allowRemoteVnetTraffic', before: false, after: true },
  { property: 'gatewaySubnet.networkSecurityGroup', before: 'none', after: NSG.toLowerCase() },
  { property: 'maintenanceConfigurations', before: '', after: MC.toLowerCase() },
  { property: 'metricAlerts', before: 0, after: 2 },
];

describe('erscan diff: gateway traffic settings, maintenance, GatewaySubnet NSG and metric alerts', () => {
  const dir = tempDir('erscan-diff-settings-');
  const before = writeJson(dir, 'before.json', snapshot('2026-10-05', [gateway(false, { maintenanceConfigurationIds: [], gatewaySubnet: { networkSecurityGroupId: null } })]));
  const after = writeJson(dir, 'after.json', snapshot('2026-11-02', [gateway(true, { metricAlertCount: 2, maintenanceConfigurationIds: [MC], gatewaySubnet: { networkSecurityGroupId: NSG } })]));

  it('between two snapshots', () => {
    const d = diffSides(loadSide(before), loadSide(after), '0.1.0');
    expect(d.changed.map((c) => c.name)).toEqual(['gw-hub']);
    expect(d.changed[0].changes).toEqual(EXPECTED);
  });

  it('between two reports that recorded their inventory, on the command line', () => {
    for (const [name, file] of [['r1', before], ['r2', after]]) {
      const r = runCli(['scan', file, '--out', join(dir, name), '--format', 'json', '--record-inventory', '--fail-on', 'none']);
      expect(r.code, r.stderr).toBe(0);
    }
    const d = diffSides(loadSide(join(dir, 'r1', 'report.json')), loadSide(join(dir, 'r2', 'report.json')), '0.1.0');
    expect(d.changed[0].changes).toEqual(EXPECTED);
    const cli = runCli(['diff', join(dir, 'r1', 'report.json'), join(dir, 'r2', 'report.json')]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('allowRemoteVnetTraffic: false → true');
  });

  it('against a report of recordedInventory version 1: those properties are not compared, and a note says so', () => {
    const file = join(dir, 'r1', 'report.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    // what an erscan of version 1 recorded: no column of the properties added since
    doc.recordedInventory.version = 1;
    for (const [kind, table] of Object.entries(doc.recordedInventory.kinds) as [string, { columns: string[]; rows: unknown[][] }][]) {
      const drop = table.columns.map((c, i) => (RECORDED_SINCE_V2.has(`${kind}:${c}`) ? i : -1)).filter((i) => i >= 0);
      table.columns = table.columns.filter((_, i) => !drop.includes(i));
      table.rows = table.rows.map((row) => row.filter((_, i) => !drop.includes(i)));
    }
    const v1 = join(dir, 'v1.json');
    writeFileSync(v1, JSON.stringify(doc));
    const d = diffSides(loadSide(v1), loadSide(join(dir, 'r2', 'report.json')), '0.1.0');
    expect(d.summary).toMatchObject({ changed: 0, unchanged: 1 });
    expect(d.notes.join('\n')).toMatch(/recordedInventory version 1 does not hold gateway traffic settings/);
  });
});

describe('erscan diff: values Azure reads alike are no drift', () => {
  const dir = tempDir('erscan-diff-case-');
  const gw = (sku: string, location: string, owner: string) => ({
    ...gateway(false, { maintenanceConfigurationIds: [], gatewaySubnet: { networkSecurityGroupId: null } }),
    location,
    tags: { owner },
    properties: { ...gateway(false, {}).properties, gatewayType: sku === 'ErGw1AZ' ? 'ExpressRoute' : 'expressroute', sku: { name: sku, tier: sku } },
  });

  it('case-only differences of names, enums and SKUs, and a region as display or programmatic name, are the same; a tag value is compared as written', () => {
    const a = writeJson(dir, 'a.json', snapshot('2026-10-05', [gw('ErGw1AZ', 'westeurope', 'Network team')]));
    const b = writeJson(dir, 'b.json', snapshot('2026-11-02', [gw('ergw1az', 'West Europe', 'network team')]));
    const d = diffSides(loadSide(a), loadSide(b), '0.1.0');
    expect(d.changed.map((c) => c.name)).toEqual(['gw-hub']);
    expect(d.changed[0].changes).toEqual([{ property: 'tags.owner', before: 'Network team', after: 'network team' }]);
    const same = writeJson(dir, 'c.json', snapshot('2026-11-02', [gw('ergw1az', 'West Europe', 'Network team')]));
    expect(diffSides(loadSide(a), loadSide(same), '0.1.0').changed).toEqual([]);
  });
});
