import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { loadRules } from '../../src/rules/loader.js';
import { applyRequirements } from '../../src/rules/requires.js';
import { loadInputs } from '../../src/sources/index.js';
import { tempDir, writeJson } from '../helpers/cli.js';

// The notice for a rule left unevaluated on Terraform-planned gateways said what the scanned files declare, as if erscan
// read it from a plan: for examples/iac/terraform/plan.json, whose main.tf declares `azurerm_subnet "gateway"`
// (GatewaySubnet), "the scanned templates do not declare the gateway's GatewaySubnet", and for a plan that assigns a
// maintenance configuration to the gateway (an azapi_resource of Microsoft.Maintenance/configurationAssignments),
// "the scanned templates assign none to them". erscan reads neither from Terraform plans: the notice says so.
function notices(plan: unknown, ruleIds: string[]): string[] {
  const file = writeJson(tempDir(), 'plan.json', plan);
  const { output, errors } = loadInputs([file]);
  expect(errors.map((e) => e.message)).toEqual([]);
  const { inventory } = buildInventory(output.raws, output.subscriptions);
  return applyRequirements(inventory, loadRules().filter((r) => ruleIds.includes(r.id))).notices;
}

const examplePlan = () => JSON.parse(readFileSync(new URL('../../examples/iac/terraform/plan.json', import.meta.url), 'utf8')) as { resource_changes: unknown[] };

describe('requirement notices for resources from Terraform plans', () => {
  it('ERS-RED-012: never says the plan does not declare the GatewaySubnet it declares', () => {
    const [notice] = notices(examplePlan(), ['ERS-RED-012']);
    expect(notice).toMatch(/^not evaluated: ERS-RED-012/);
    expect(notice).not.toContain("do not declare the gateway's GatewaySubnet");
    expect(notice).toContain('Terraform plans');
  });

  it('ERS-RED-011: never says the plan assigns no maintenance configuration when it declares one', () => {
    const plan = examplePlan();
    plan.resource_changes.push({
      address: 'azapi_resource.gw_maintenance',
      mode: 'managed',
      type: 'azapi_resource',
      name: 'gw_maintenance',
      provider_name: 'registry.terraform.io/azure/azapi',
      change: {
        actions: ['create'],
        before: null,
        after: {
          type: 'Microsoft.Maintenance/configurationAssignments@2023-04-01',
          name: 'gw-window',
          location: 'southeastasia',
          body: { properties: { maintenanceConfigurationId: '/subscriptions/1111/resourceGroups/rg/providers/Microsoft.Maintenance/maintenanceConfigurations/mc-sat' } },
        },
        after_unknown: { id: true, parent_id: true, output: true },
        before_sensitive: false,
        after_sensitive: {},
      },
    });
    const [notice] = notices(plan, ['ERS-RED-011']);
    expect(notice).toMatch(/^not evaluated: ERS-RED-011/);
    expect(notice).not.toContain('the scanned templates assign none');
    expect(notice).toContain('Terraform plans');
  });
});
