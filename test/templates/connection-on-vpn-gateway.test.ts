import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { loadInputs } from '../../src/sources/index.js';
import { tempDir, writeJson } from '../helpers/cli.js';

// PSRule for Azure's docs/examples/resources/vng.json declares a VPN gateway (gatewayType Vpn, VpnGw1AZ) with an
// ExpressRoute connection on it. "A virtual network gateway for ExpressRoute uses the GatewayType ExpressRoute, not VPN"
// (learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm). erscan said of that connection
// "its gateway is not in these files" (ERS-SKU-011, undecided), though the gateway is in the file.
const connection = (name: string, gateway: string, fastPath: boolean) => ({
  type: 'Microsoft.Network/connections',
  apiVersion: '2024-05-01',
  name,
  location: 'westeurope',
  properties: {
    connectionType: 'ExpressRoute',
    routingWeight: 0,
    expressRouteGatewayBypass: fastPath,
    virtualNetworkGateway1: { id: `[resourceId('Microsoft.Network/virtualNetworkGateways', '${gateway}')]` },
    peer: { id: "[resourceId('Microsoft.Network/expressRouteCircuits', 'er-elsewhere')]" },
  },
});

describe('an ExpressRoute connection on a gateway the files declare as a VPN gateway', () => {
  const file = writeJson(tempDir(), 'vng.json', {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    resources: [
      { type: 'Microsoft.Network/virtualNetworkGateways', apiVersion: '2024-05-01', name: 'vng-vpn', location: 'westeurope', properties: { gatewayType: 'Vpn', vpnType: 'RouteBased', sku: { name: 'VpnGw1AZ', tier: 'VpnGw1AZ' } } },
      connection('cn-off', 'vng-vpn', false),
      connection('cn-on', 'vng-vpn', true),
      connection('cn-elsewhere', 'gw-elsewhere', false),
    ],
  });
  const { output, errors } = loadInputs([file]);
  const { inventory, notices } = buildInventory(output.raws, output.subscriptions);
  const findings = runRules(inventory, loadRules()).findings.filter((f) => f.ruleId === 'ERS-SKU-011' || f.ruleId === 'ERS-SKU-007');

  it('is never said to have its gateway outside these files: the FastPath rules say nothing, a notice says what is wrong', () => {
    expect(errors).toEqual([]);
    expect(findings.filter((f) => f.resourceName !== 'cn-elsewhere')).toEqual([]);
    expect(notices.filter((n) => /needs a gateway of type ExpressRoute/.test(n)).sort()).toEqual(
      ['cn-off', 'cn-on'].map((c) => `ExpressRoute connection ${c} names gateway vng-vpn, which the inputs hold as a gateway of type Vpn: an ExpressRoute connection needs a gateway of type ExpressRoute (learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm), so no rule on its gateway applies`),
    );
  });

  it('a connection whose gateway is truly not in the files stays undecided, as before', () => {
    expect(findings.map((f) => [f.ruleId, f.resourceName, f.status, f.message.includes('its gateway is not in these files')])).toEqual([['ERS-SKU-011', 'cn-elsewhere', 'unknown', true]]);
  });
});
