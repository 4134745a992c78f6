import { describe, expect, it } from 'vitest';
import { NET, live, ruleFindings } from '../helpers/live-rows.js';

// ERS-HYG-008's message gave the same examples for every kind: "for example on BGP and ARP availability, throughput
// and, for gateways, CPU and packets per second". BGP and ARP availability are circuit metrics: an ExpressRoute Direct
// port has AdminState, LineProtocol, Rx/TxLightLevel and bits in/out, a gateway CPU, packets and bits per second
// (monitor-expressroute-reference.md). examples/estate's erdirect-lon2 and ergw-gwc-dr were told to alert on metrics
// they do not have. Each kind now gets its own examples.
const circuit = live({ id: `${NET}/expressRouteCircuits/er-x`, name: 'er-x', type: 'Microsoft.Network/expressRouteCircuits', location: 'westeurope', sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' }, properties: { authorizations: [], serviceProviderProvisioningState: 'Provisioned', peerings: [], serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } }, erscan: { metricAlertCount: 0 } });
const port = live({ id: `${NET}/expressRoutePorts/erd-x`, name: 'erd-x', type: 'Microsoft.Network/expressRoutePorts', location: 'westeurope', properties: { peeringLocation: 'Amsterdam', bandwidthInGbps: 10, encapsulation: 'QinQ', links: [] }, erscan: { metricAlertCount: 0 } });
const gateway = live({ id: `${NET}/virtualNetworkGateways/gw-x`, name: 'gw-x', type: 'Microsoft.Network/virtualNetworkGateways', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } }, erscan: { metricAlertCount: 0 } });
const hub = live({ id: `${NET}/expressRouteGateways/hub-x`, name: 'hub-x', type: 'Microsoft.Network/expressRouteGateways', location: 'westeurope', properties: { virtualHub: { id: `${NET}/virtualHubs/vhub` }, autoScaleConfiguration: { bounds: { min: 1, max: 2 } }, expressRouteConnections: [] }, erscan: { metricAlertCount: 0 } });

describe('ERS-HYG-008 names metrics the resource has', () => {
  const f = ruleFindings('ERS-HYG-008', [circuit, port, gateway, hub]);
  const of = (name: string) => f.find((x) => x.message.includes(` ${name} `))!.message;
  it('a circuit: BGP and ARP availability and throughput', () => {
    expect(of('er-x')).toMatch(/\(for example on BGP and ARP availability and throughput \(bits in and out per second\)\)\.$/);
  });
  it('a Direct port: admin state, line protocol, light levels and throughput, not BGP or ARP', () => {
    expect(of('erd-x')).not.toMatch(/BGP|ARP/);
    expect(of('erd-x')).toMatch(/\(for example on admin state, line protocol, Rx and Tx light levels and throughput \(bits in and out per second\)\)\.$/);
  });
  it('gateways: CPU, packets per second and throughput, not BGP or ARP', () => {
    for (const g of ['gw-x', 'hub-x']) {
      expect(of(g)).not.toMatch(/BGP|ARP/);
      expect(of(g)).toMatch(/\(for example on CPU utilization, packets per second and throughput \(bits per second\)\)\.$/);
    }
  });
});
