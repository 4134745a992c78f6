/**
 * Two ExpressRoute gateways in one virtual network: the guided gateway migration deploys "a second virtual network
 * gateway in the same GatewaySubnet", and "during the migration process, there will be two virtual network gateways in
 * operation within the same GatewaySubnet" (About migrating to an availability zone-enabled ExpressRoute virtual network
 * gateway, https://learn.microsoft.com/azure/expressroute/gateway-migration), each connected to the VNet's circuits, the
 * new one's `adminState` Disabled until traffic moves ("Property to indicate if the Express Route Gateway serves traffic
 * when there are multiple Express Route Gateways in the vnet", VirtualNetworkGateway.adminState). Traffic between them
 * is no VNet-to-VNet traffic: ERS-BGP-013 does not count one as the other VNet's gateway. Rows written by hand to the
 * documented shape (the GatewaySubnet in `properties.ipConfigurations[].properties.subnet.id`).
 */
import { describe, expect, it } from 'vitest';
import { circuitRow, connectionRow, findingsOf, gatewayRow, scan, SUB } from './helpers.js';

const subnet = (vnet: string) => ({ ipConfigurations: [{ name: 'default', properties: { subnet: { id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/${vnet}/subnets/GatewaySubnet` } } }] });

describe('two ExpressRoute gateways in one VNet (gateway migration)', () => {
  it('ERS-BGP-013: the other gateway of the same VNet is not another VNet sharing the circuit', () => {
    const s = scan([
      circuitRow('er-a'),
      gatewayRow('gw-old', 'westeurope', 'Standard', { allowRemoteVnetTraffic: true, adminState: 'Enabled', ...subnet('vnet-hub') }),
      gatewayRow('gw-new', 'westeurope', 'ErGw1AZ', { allowRemoteVnetTraffic: true, adminState: 'Disabled', ...subnet('vnet-hub') }),
      connectionRow('c-old', 'gw-old', 'er-a'),
      connectionRow('c-new', 'gw-new', 'er-a'),
    ]);
    expect(findingsOf(s, 'ERS-BGP-013')).toEqual([]);
  });

  it('a gateway of another VNet on the circuit still fails it, beside the same-VNet pair', () => {
    const s = scan([
      circuitRow('er-a'),
      gatewayRow('gw-old', 'westeurope', 'Standard', { allowRemoteVnetTraffic: true, ...subnet('vnet-hub') }),
      gatewayRow('gw-new', 'westeurope', 'ErGw1AZ', { allowRemoteVnetTraffic: true, adminState: 'Disabled', ...subnet('vnet-hub') }),
      gatewayRow('gw-spoke', 'westeurope', 'ErGw1AZ', { allowRemoteVnetTraffic: false, ...subnet('vnet-spoke') }),
      connectionRow('c-old', 'gw-old', 'er-a'),
      connectionRow('c-new', 'gw-new', 'er-a'),
      connectionRow('c-spoke', 'gw-spoke', 'er-a'),
    ]);
    const f = findingsOf(s, 'ERS-BGP-013');
    expect(f.map((x) => x.resourceName).sort()).toEqual(['gw-new', 'gw-old']);
    for (const x of f) expect(x.message).toMatch(/gw-spoke/);
    for (const x of f) expect(x.message).not.toMatch(/also serve gw-(old|new)/);
  });

  it('gateways whose VNet is not known (no ipConfigurations) are still taken as other VNets', () => {
    const s = scan([
      circuitRow('er-a'),
      gatewayRow('gw-1', 'westeurope', 'ErGw1AZ', { allowRemoteVnetTraffic: true }),
      gatewayRow('gw-2', 'westeurope', 'ErGw1AZ', { allowRemoteVnetTraffic: false }),
      connectionRow('c1', 'gw-1', 'er-a'),
      connectionRow('c2', 'gw-2', 'er-a'),
    ]);
    expect(findingsOf(s, 'ERS-BGP-013', 'gw-1')).toHaveLength(1);
  });
});
