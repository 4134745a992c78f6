/**
 * One ExpressRoute estate in two tenants, as ARM GET payloads (the truth), from which every route's input is
 * derived: the Resource Graph rows the fake Azure serves to the live crawl (and a user exports), with the
 * rows and ARM reads the crawl makes beside them (metric alerts, GatewaySubnets with their NSG, maintenance
 * assignments, diagnostic settings). Circuits with both peerings, authorizations and Global Reach across
 * tenants; a Direct port with MACsec links; VNet and vWAN gateways; connections with FastPath and weights.
 */
import type { FakeConfig } from '../fakes/fake-azure.mjs';

type Row = Record<string, any>;
export const TA = 'aaaaaaaa-0000-4000-8000-00000000000a';
export const TB = 'bbbbbbbb-0000-4000-8000-00000000000b';
export const SA = '11111111-0000-4000-8000-000000000001';
export const SB = '22222222-0000-4000-8000-000000000002';
const rgA = `/subscriptions/${SA}/resourceGroups/rg-hub`;
const rgB = `/subscriptions/${SB}/resourceGroups/rg-uk`;
const N = 'providers/Microsoft.Network';
export const ids = {
  ams: `${rgA}/${N}/expressRouteCircuits/er-ams-01`,
  dams: `${rgA}/${N}/expressRouteCircuits/er-direct-ams-01`,
  port: `${rgA}/${N}/expressRoutePorts/erdirect-ams`,
  gwA: `${rgA}/${N}/virtualNetworkGateways/ergw-weu`,
  cA1: `${rgA}/${N}/connections/conn-weu-ams`,
  cA2: `${rgA}/${N}/connections/conn-weu-direct`,
  vnetA: `${rgA}/${N}/virtualNetworks/vnet-hub`,
  vhubgw: `${rgA}/${N}/expressRouteGateways/vhub-weu-ergw`,
  vhub: `${rgA}/${N}/virtualHubs/vhub-weu`,
  lon: `${rgB}/${N}/expressRouteCircuits/er-lon-01`,
  gwB: `${rgB}/${N}/virtualNetworkGateways/ergw-uks`,
  cB1: `${rgB}/${N}/connections/conn-uks-lon`,
  cB2: `${rgB}/${N}/connections/conn-uks-ams`,
  vnetB: `${rgB}/${N}/virtualNetworks/vnet-uk`,
};
const peer = (c: string, t: string) => `${c}/peerings/${t}`;
export function armEstate(): Row[] {
  const ams = {
    id: ids.ams, name: 'er-ams-01', type: 'Microsoft.Network/expressRouteCircuits', location: 'westeurope', etag: 'W/"1"',
    sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' }, tags: { env: 'prod' },
    properties: {
      provisioningState: 'Succeeded', allowClassicOperations: false, circuitProvisioningState: 'Enabled', serviceProviderProvisioningState: 'Provisioned',
      serviceKey: 'planted-secret-SERVICE-KEY-AMS', globalReachEnabled: false, gatewayManagerEtag: '',
      serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 },
      authorizations: [
        { id: `${ids.ams}/authorizations/auth-uk`, name: 'auth-uk', type: 'Microsoft.Network/expressRouteCircuits/authorizations', etag: 'W/"1"', properties: { provisioningState: 'Succeeded', authorizationKey: 'planted-secret-AUTHKEY-1', authorizationUseStatus: 'InUse' } },
        { id: `${ids.ams}/authorizations/auth-spare`, name: 'auth-spare', type: 'Microsoft.Network/expressRouteCircuits/authorizations', etag: 'W/"1"', properties: { provisioningState: 'Succeeded', authorizationKey: 'planted-secret-AUTHKEY-2', authorizationUseStatus: 'Available' } },
      ],
      peerings: [
        { id: peer(ids.ams, 'AzurePrivatePeering'), name: 'AzurePrivatePeering', type: 'Microsoft.Network/expressRouteCircuits/peerings', etag: 'W/"1"', properties: {
          provisioningState: 'Succeeded', peeringType: 'AzurePrivatePeering', azureASN: 12076, peerASN: 65010, primaryPeerAddressPrefix: '10.1.0.0/30', secondaryPeerAddressPrefix: '10.1.0.4/30',
          primaryAzurePort: '', secondaryAzurePort: '', state: 'Enabled', vlanId: 100, sharedKey: 'planted-secret-MD5', gatewayManagerEtag: '', lastModifiedBy: 'Customer',
          connections: [
            { id: `${peer(ids.ams, 'AzurePrivatePeering')}/connections/gr-ams-lon`, name: 'gr-ams-lon', type: 'Microsoft.Network/expressRouteCircuits/peerings/connections', etag: 'W/"1"', properties: {
              provisioningState: 'Succeeded', expressRouteCircuitPeering: { id: peer(ids.ams, 'AzurePrivatePeering') }, peerExpressRouteCircuitPeering: { id: peer(ids.lon, 'AzurePrivatePeering') },
              addressPrefix: '192.168.50.0/29', authorizationKey: 'planted-secret-GR-AUTH', circuitConnectionStatus: 'Connected' } },
          ],
          peeredConnections: [] } },
        { id: peer(ids.ams, 'MicrosoftPeering'), name: 'MicrosoftPeering', type: 'Microsoft.Network/expressRouteCircuits/peerings', etag: 'W/"1"', properties: {
          provisioningState: 'Succeeded', peeringType: 'MicrosoftPeering', azureASN: 12076, peerASN: 3356, primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30',
          state: 'Enabled', vlanId: 200, lastModifiedBy: 'Customer',
          microsoftPeeringConfig: { advertisedPublicPrefixes: ['203.0.113.128/27'], advertisedCommunities: [], advertisedPublicPrefixesState: 'Configured', customerASN: 0, legacyMode: 0, routingRegistryName: 'ARIN' },
          routeFilter: { id: `${rgA}/${N}/routeFilters/rf-m365` },
          connections: [], peeredConnections: [] } },
      ],
    },
  };
  const dams = {
    id: ids.dams, name: 'er-direct-ams-01', type: 'Microsoft.Network/expressRouteCircuits', location: 'westeurope', etag: 'W/"1"',
    sku: { name: 'Premium_UnlimitedData', tier: 'Premium', family: 'UnlimitedData' }, tags: {},
    properties: {
      provisioningState: 'Succeeded', allowClassicOperations: false, circuitProvisioningState: 'Enabled', serviceProviderProvisioningState: 'Provisioned',
      serviceKey: 'planted-secret-SERVICE-KEY-DAMS', globalReachEnabled: false, expressRoutePort: { id: ids.port }, bandwidthInGbps: 5, enableDirectPortRateLimit: false,
      authorizations: [],
      peerings: [
        { id: peer(ids.dams, 'AzurePrivatePeering'), name: 'AzurePrivatePeering', type: 'Microsoft.Network/expressRouteCircuits/peerings', etag: 'W/"1"', properties: {
          provisioningState: 'Succeeded', peeringType: 'AzurePrivatePeering', azureASN: 12076, peerASN: 65020, primaryPeerAddressPrefix: '10.2.0.0/30', secondaryPeerAddressPrefix: '10.2.0.4/30',
          state: 'Enabled', vlanId: 300, connections: [], peeredConnections: [],
          expressRouteConnection: { id: `${ids.vhubgw}/expressRouteConnections/conn-vhub-direct` } } },
      ],
    },
  };
  const port = {
    id: ids.port, name: 'erdirect-ams', type: 'Microsoft.Network/expressRoutePorts', location: 'westeurope', etag: 'W/"1"', tags: {},
    identity: { type: 'UserAssigned', userAssignedIdentities: { [`${rgA}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/mi-macsec`]: { principalId: 'p', clientId: 'c' } } },
    properties: {
      provisioningState: 'Succeeded', peeringLocation: 'Equinix-Amsterdam-AM5', bandwidthInGbps: 10, provisionedBandwidthInGbps: 5, mtu: '1500', encapsulation: 'QinQ', etherType: '0x8100',
      allocationDate: 'Monday, March 3, 2025', billingType: 'UnlimitedData',
      links: ['link1', 'link2'].map((l, i) => ({ id: `${ids.port}/links/${l}`, name: l, etag: 'W/"1"', properties: {
        provisioningState: 'Succeeded', adminState: 'Enabled', connectorType: 'LC', routerName: `exr0${i + 1}.ams`, interfaceName: `HundredGigE${i}/0/0/0`, patchPanelId: `PP:1:${i}`, rackId: `RU${i}`,
        macSecConfig: { cipher: i === 0 ? 'GcmAes256' : 'GcmAes128', sciState: 'Disabled', cknSecretIdentifier: `https://kv-macsec.vault.azure.net/secrets/ckn${i}`, cakSecretIdentifier: `https://kv-macsec.vault.azure.net/secrets/cak${i}` } } })),
      circuits: [{ id: ids.dams }],
    },
  };
  const gwA = {
    id: ids.gwA, name: 'ergw-weu', type: 'Microsoft.Network/virtualNetworkGateways', location: 'westeurope', etag: 'W/"1"', zones: ['1', '2', '3'], tags: {},
    properties: {
      provisioningState: 'Succeeded', gatewayType: 'ExpressRoute', sku: { name: 'ErGw2AZ', tier: 'ErGw2AZ', capacity: 2 }, vpnType: 'RouteBased', enableBgp: false, activeActive: false,
      ipConfigurations: [{ id: `${ids.gwA}/ipConfigurations/default`, name: 'default', properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: `${ids.vnetA}/subnets/GatewaySubnet` }, publicIPAddress: { id: `${rgA}/${N}/publicIPAddresses/pip-ergw-weu` } } }],
      allowRemoteVnetTraffic: false, allowVirtualWanTraffic: false, adminState: 'Enabled', resiliencyModel: 'SingleHomed',
    },
  };
  const cA1 = {
    id: ids.cA1, name: 'conn-weu-ams', type: 'Microsoft.Network/connections', location: 'westeurope', etag: 'W/"1"', tags: {},
    properties: { provisioningState: 'Succeeded', connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: ids.gwA }, peer: { id: ids.ams }, routingWeight: 10,
      expressRouteGatewayBypass: true, enablePrivateLinkFastPath: false, connectionStatus: 'Connected', ingressBytesTransferred: 0, egressBytesTransferred: 0, enableBgp: false },
  };
  const cA2 = {
    id: ids.cA2, name: 'conn-weu-direct', type: 'Microsoft.Network/connections', location: 'westeurope', etag: 'W/"1"', tags: {},
    properties: { provisioningState: 'Succeeded', connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: ids.gwA }, peer: { id: ids.dams }, routingWeight: 0,
      expressRouteGatewayBypass: false, enablePrivateLinkFastPath: false, connectionStatus: 'Connected', ingressBytesTransferred: 0, egressBytesTransferred: 0 },
  };
  const vhubgw = {
    id: ids.vhubgw, name: 'vhub-weu-ergw', type: 'Microsoft.Network/expressRouteGateways', location: 'westeurope', etag: 'W/"1"', tags: {},
    properties: {
      provisioningState: 'Succeeded', autoScaleConfiguration: { bounds: { min: 2 } }, virtualHub: { id: ids.vhub }, allowNonVirtualWanTraffic: false,
      expressRouteConnections: [{ id: `${ids.vhubgw}/expressRouteConnections/conn-vhub-direct`, name: 'conn-vhub-direct', properties: {
        provisioningState: 'Succeeded', expressRouteCircuitPeering: { id: peer(ids.dams, 'AzurePrivatePeering') }, routingWeight: 5, enableInternetSecurity: true, expressRouteGatewayBypass: false, enablePrivateLinkFastPath: false,
        routingConfiguration: { associatedRouteTable: { id: `${ids.vhub}/hubRouteTables/defaultRouteTable` } } } }],
    },
  };
  const lon = {
    id: ids.lon, name: 'er-lon-01', type: 'Microsoft.Network/expressRouteCircuits', location: 'uksouth', etag: 'W/"1"',
    sku: { name: 'Premium_UnlimitedData', tier: 'Premium', family: 'UnlimitedData' }, tags: {},
    properties: {
      provisioningState: 'Succeeded', allowClassicOperations: false, circuitProvisioningState: 'Enabled', serviceProviderProvisioningState: 'Provisioned',
      serviceKey: 'planted-secret-SERVICE-KEY-LON', globalReachEnabled: false,
      serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'London', bandwidthInMbps: 2000 },
      authorizations: [],
      peerings: [
        { id: peer(ids.lon, 'AzurePrivatePeering'), name: 'AzurePrivatePeering', type: 'Microsoft.Network/expressRouteCircuits/peerings', etag: 'W/"1"', properties: {
          provisioningState: 'Succeeded', peeringType: 'AzurePrivatePeering', azureASN: 12076, peerASN: 65030, primaryPeerAddressPrefix: '10.3.0.0/30', secondaryPeerAddressPrefix: '10.3.0.4/30',
          state: 'Enabled', vlanId: 400, connections: [],
          peeredConnections: [{ id: `${peer(ids.lon, 'AzurePrivatePeering')}/peerConnections/gr-ams-lon`, name: 'gr-ams-lon', type: 'Microsoft.Network/expressRouteCircuits/peerings/peerConnections', properties: {
            provisioningState: 'Succeeded', expressRouteCircuitPeering: { id: peer(ids.lon, 'AzurePrivatePeering') }, peerExpressRouteCircuitPeering: { id: peer(ids.ams, 'AzurePrivatePeering') },
            addressPrefix: '192.168.50.0/29', circuitConnectionStatus: 'Connected', connectionName: 'gr-ams-lon', authResourceGuid: '' } }] } },
      ],
    },
  };
  const gwB = {
    id: ids.gwB, name: 'ergw-uks', type: 'Microsoft.Network/virtualNetworkGateways', location: 'uksouth', etag: 'W/"1"', tags: {},
    properties: {
      provisioningState: 'Succeeded', gatewayType: 'ExpressRoute', sku: { name: 'Standard', tier: 'Standard', capacity: 2 },
      ipConfigurations: [{ id: `${ids.gwB}/ipConfigurations/default`, name: 'default', properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: `${ids.vnetB}/subnets/GatewaySubnet` } } }],
      allowRemoteVnetTraffic: false, allowVirtualWanTraffic: false, adminState: 'Enabled',
    },
  };
  const cB1 = {
    id: ids.cB1, name: 'conn-uks-lon', type: 'Microsoft.Network/connections', location: 'uksouth', etag: 'W/"1"', tags: {},
    properties: { provisioningState: 'Succeeded', connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: ids.gwB }, peer: { id: ids.lon }, routingWeight: 0,
      expressRouteGatewayBypass: false, enablePrivateLinkFastPath: false, connectionStatus: 'Connected' },
  };
  const cB2 = {
    id: ids.cB2, name: 'conn-uks-ams', type: 'Microsoft.Network/connections', location: 'uksouth', etag: 'W/"1"', tags: {},
    properties: { provisioningState: 'Succeeded', connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: ids.gwB }, peer: { id: ids.ams }, routingWeight: 20, authorizationKey: 'planted-secret-CONN-AUTH',
      expressRouteGatewayBypass: false, enablePrivateLinkFastPath: false, connectionStatus: 'NotConnected' },
  };
  return [ams, dams, port, gwA, cA1, cA2, vhubgw, lon, gwB, cB1, cB2];
}
/** Resource Graph rows of an ARM resource: type lower-cased, tenant/subscription/group added, runtime state left out. */
export function graphRow(r: Row): Row {
  const sub = /^\/subscriptions\/([^/]+)/i.exec(r.id)![1];
  const rg = /resourceGroups\/([^/]+)/i.exec(r.id)![1];
  const { etag, ...rest } = structuredClone(r);
  const row: Row = { id: r.id, name: r.name, type: r.type.toLowerCase(), tenantId: sub === SA ? TA : TB, kind: '', location: r.location, resourceGroup: rg, subscriptionId: sub, managedBy: '', sku: rest.sku ?? null, plan: null, tags: rest.tags ?? {}, identity: rest.identity ?? null, zones: rest.zones ?? null, extendedLocation: null, properties: rest.properties };
  if (row.type === 'microsoft.network/connections') { delete row.properties.connectionStatus; delete row.properties.ingressBytesTransferred; delete row.properties.egressBytesTransferred; }
  return row;
}
export const extraRows: Row[] = [
  { id: ids.vnetA, name: 'vnet-hub', type: 'microsoft.network/virtualnetworks', tenantId: TA, subscriptionId: SA, resourceGroup: 'rg-hub', location: 'westeurope', properties: { subnets: [
    { id: `${ids.vnetA}/subnets/GatewaySubnet`, name: 'GatewaySubnet', properties: { addressPrefix: '10.10.0.0/27', networkSecurityGroup: { id: `${rgA}/${N}/networkSecurityGroups/nsg-gw` } } } ] } },
  { id: ids.vnetB, name: 'vnet-uk', type: 'microsoft.network/virtualnetworks', tenantId: TB, subscriptionId: SB, resourceGroup: 'rg-uk', location: 'uksouth', properties: { subnets: [
    { id: `${ids.vnetB}/subnets/GatewaySubnet`, name: 'GatewaySubnet', properties: { addressPrefix: '10.20.0.0/27' } } ] } },
  { id: `${rgA}/providers/Microsoft.Insights/metricAlerts/ams-bgp`, name: 'ams-bgp', type: 'microsoft.insights/metricalerts', tenantId: TA, subscriptionId: SA, resourceGroup: 'rg-hub', location: 'global', properties: { enabled: true, scopes: [ids.ams], targetResourceType: '' } },
  { id: `${rgA}/providers/Microsoft.Insights/metricAlerts/gw-cpu`, name: 'gw-cpu', type: 'microsoft.insights/metricalerts', tenantId: TA, subscriptionId: SA, resourceGroup: 'rg-hub', location: 'global', properties: { enabled: true, scopes: [ids.gwA] } },
  { id: `/subscriptions/${SB}/resourceGroups/rg-uk/providers/Microsoft.Insights/metricAlerts/all-circuits`, name: 'all-circuits', type: 'microsoft.insights/metricalerts', tenantId: TB, subscriptionId: SB, resourceGroup: 'rg-uk', location: 'global', properties: { enabled: true, scopes: [`/subscriptions/${SB}`], targetResourceType: 'Microsoft.Network/expressRouteCircuits' } },
];
export const diagnosticSettings: Record<string, number> = { [ids.ams.toLowerCase()]: 1, [ids.port.toLowerCase()]: 1, [ids.vhubgw.toLowerCase()]: 1, [ids.lon.toLowerCase()]: 2 };
export const maintenanceAssignments: Row[] = [
  { id: `${ids.gwA}/providers/Microsoft.Maintenance/configurationAssignments/mc-sat`, name: 'mc-sat', properties: { resourceId: ids.gwA, maintenanceConfigurationId: `${rgA}/providers/Microsoft.Maintenance/maintenanceConfigurations/mc-sat` } },
];
export function fakeConfig(): FakeConfig {
  return {
    tenants: [{ id: TA }, { id: TB }],
    subscriptions: [{ subscriptionId: SA, name: 'sub-a', tenantId: TA }, { subscriptionId: SB, name: 'sub-b', tenantId: TB }],
    resources: [...armEstate().map(graphRow), ...extraRows],
    diagnosticSettings, maintenanceAssignments, quota: { limit: 50, windowMs: 1000 },
  };
}
