import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { applyRequirements } from '../../src/rules/requires.js';
import { loadInputs } from '../../src/sources/index.js';
import { tempDir, writeJson } from '../helpers/cli.js';

// A customer-controlled maintenance configuration is assigned to a gateway with a
// Microsoft.Maintenance/configurationAssignments extension resource (learn.microsoft.com/azure/templates/microsoft.maintenance/configurationassignments;
// PSRule for Azure's Azure.VNG.MaintenanceConfig passes a template that declares one). erscan said "not evaluated" for every template gateway.
const gateway = (name: string, resources?: unknown[]) => ({
  type: 'Microsoft.Network/virtualNetworkGateways',
  apiVersion: '2024-05-01',
  name,
  location: 'westeurope',
  properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } },
  ...(resources ? { resources } : {}),
});
const config = "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc-gateways')]";
const assignment = (name: string, extra: Record<string, unknown>) => ({ type: 'Microsoft.Maintenance/configurationAssignments', apiVersion: '2023-04-01', name, location: 'westeurope', ...extra });

function scan(template: unknown) {
  const file = writeJson(tempDir(), 'main.json', template);
  const { output, errors } = loadInputs([file]);
  expect(errors.map((e) => e.message)).toEqual([]);
  const { inventory, notices } = buildInventory(output.raws, output.subscriptions);
  const required = applyRequirements(inventory, loadRules().filter((r) => r.id === 'ERS-RED-011'));
  return { inventory, notices, required, findings: runRules(inventory, required.rules).findings };
}

describe('maintenance configuration assignments declared in templates (ERS-RED-011)', () => {
  const { inventory, notices, required, findings } = scan({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { assign: { type: 'bool' } },
    resources: [
      gateway('gw-scope'),
      assignment('assign-scope', { scope: "[format('Microsoft.Network/virtualNetworkGateways/{0}', 'gw-scope')]", properties: { maintenanceConfigurationId: config } }),
      gateway('gw-nested', [assignment('assign-nested', { properties: { maintenanceConfigurationId: config } })]),
      gateway('gw-name-form'),
      { type: 'Microsoft.Network/virtualNetworkGateways/providers/configurationAssignments', apiVersion: '2023-04-01', name: 'gw-name-form/Microsoft.Maintenance/assign', location: 'westeurope', properties: { maintenanceConfigurationId: config } },
      gateway('gw-maybe'),
      assignment('assign-maybe', { scope: "[format('Microsoft.Network/virtualNetworkGateways/{0}', 'gw-maybe')]", condition: "[parameters('assign')]", properties: { maintenanceConfigurationId: config } }),
      gateway('gw-empty', [assignment('assign-empty', { properties: {} })]),
      gateway('gw-none'),
    ],
  });
  const ids = (name: string) => inventory.gateways.find((g) => g.name === name)!.maintenanceConfigurationIds;

  it('assign their configuration to the gateway: by scope, nested, and by the providers/ name form', () => {
    for (const name of ['gw-scope', 'gw-nested', 'gw-name-form']) expect(ids(name), name).toEqual(['/subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/Microsoft.Maintenance/maintenanceConfigurations/mc-gateways']);
    expect(notices.filter((n) => /maintenance configuration assignment/.test(n))).toEqual([]);
  });

  it('pass the rule where one is declared, leave it undecided where one may be deployed, and not evaluated where none is declared', () => {
    expect(findings.map((f) => [f.resourceName, f.status])).toEqual([['gw-maybe', 'unknown']]);
    expect(findings[0].message).toMatch(/whether it is deployed depends on parameter `assign`/);
    // An assignment without a configuration assigns nothing: as a gateway with none, another deployment may assign one.
    expect([ids('gw-empty'), ids('gw-none')]).toEqual([undefined, undefined]);
    expect(required.notices).toEqual([expect.stringMatching(/^partly evaluated: ERS-RED-011 skipped 2 gateways of 6, for which the input does not carry maintenance configuration assignments \(the scanned templates assign none to them/)]);
  });
});
