import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/sources/index.js';
import { buildInventory } from '../../src/inventory/build.js';
import { tempDir, writeJson } from '../helpers/cli.js';

/**
 * PSRule for Azure's in-flight export (`Export-AzRuleData`, its ResourceDataPipeline and ResourceExportVisitor): one
 * JSON file per subscription holding an array of resources in ARM's shape as the REST API returns them (`id`, `type` as
 * ARM spells it, `properties`), with `tenantId`, `subscriptionId` and `resourceGroupName` added, sub-resources in
 * `resources`, and a connection's `sharedKey` masked. PSRule users scan those files as they are.
 */
const SUB = '6a1b2c3d-0000-4000-8000-00000000beef';
const TENANT = '6a1b2c3d-0000-4000-8000-00000000cafe';
const rg = `/subscriptions/${SUB}/resourceGroups/rg-hub`;
const circuitId = `${rg}/providers/Microsoft.Network/expressRouteCircuits/er-ams`;
const gatewayId = `${rg}/providers/Microsoft.Network/virtualNetworkGateways/ergw-hub`;
const exported = [
  {
    id: circuitId,
    name: 'er-ams',
    type: 'Microsoft.Network/expressRouteCircuits',
    location: 'westeurope',
    tenantId: TENANT,
    sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
    properties: {
      provisioningState: 'Succeeded',
      serviceProviderProvisioningState: 'Provisioned',
      circuitProvisioningState: 'Enabled',
      serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 },
      peerings: [{ id: `${circuitId}/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', azureASN: 12076, peerASN: 65010, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30', vlanId: 100 } }],
      authorizations: [],
      globalReachEnabled: false,
      allowClassicOperations: false,
    },
    resourceGroupName: 'rg-hub',
    subscriptionId: SUB,
  },
  {
    id: gatewayId,
    name: 'ergw-hub',
    type: 'Microsoft.Network/virtualNetworkGateways',
    location: 'westeurope',
    tenantId: TENANT,
    properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' }, provisioningState: 'Succeeded' },
    resourceGroupName: 'rg-hub',
    subscriptionId: SUB,
  },
  {
    id: `${rg}/providers/Microsoft.Network/connections/ergw-hub-er-ams`,
    name: 'ergw-hub-er-ams',
    type: 'Microsoft.Network/connections',
    location: 'westeurope',
    tenantId: TENANT,
    properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: gatewayId }, peer: { id: circuitId }, sharedKey: '*** MASKED ***', provisioningState: 'Succeeded' },
    resourceGroupName: 'rg-hub',
    subscriptionId: SUB,
    resources: [],
  },
  // Everything else in the subscription is exported too: skipped as a type erscan does not scan.
  { id: `/subscriptions/${SUB}/resourceGroups/rg-hub`, name: 'rg-hub', type: 'Microsoft.Resources/resourceGroups', location: 'westeurope', tenantId: TENANT, properties: { provisioningState: 'Succeeded' }, subscriptionId: SUB },
];

describe("PSRule for Azure's Export-AzRuleData files", () => {
  it('are read as they are: resources, relations, tenant and subscription', () => {
    const dir = tempDir();
    writeJson(dir, `${SUB}.json`, exported);
    const { output, errors } = loadInputs([dir]);
    expect(errors).toEqual([]);
    const { inventory } = buildInventory(output.raws, output.subscriptions);
    expect(inventory.circuits.map((c) => c.name)).toEqual(['er-ams']);
    expect(inventory.circuits[0].tenantId).toBe(TENANT);
    expect(inventory.circuits[0].subscriptionId).toBe(SUB);
    expect(inventory.circuits[0].peerings.map((p) => p.name)).toEqual(['AzurePrivatePeering']);
    expect(inventory.gateways.map((g) => g.name)).toEqual(['ergw-hub']);
    expect(inventory.connections).toHaveLength(1);
    expect(inventory.connections[0].circuitKey).toBe(inventory.circuits[0].key);
    expect(inventory.connections[0].gatewayKey).toBe(inventory.gateways[0].key);
  });
});
