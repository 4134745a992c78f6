/**
 * A deterministic synthetic ExpressRoute estate, for benchmarks, property tests and crawler fakes.
 *
 * Rows have the shape Resource Graph returns (`resources` table envelope, lower-cased `type`, raw
 * ARM `properties`). The same options and seed always give the same rows, byte for byte, on every
 * machine. Proportions follow what a managed-service provider's estate looks like (see
 * PROPORTIONS): most circuits are provider circuits with private peering, a few sit on
 * ExpressRoute Direct ports, gateways are shared by about two circuits in two peering locations,
 * some hubs are vWAN, and a minority of settings are non-compliant so every rule family fires.
 */

export interface SyntheticOptions {
  /** Number of circuits; everything else is derived from it. */
  circuits: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /**
   * Value to plant in a secret-bearing property. Called with the property name and a running
   * index; default: a GUID-shaped value (as Azure returns). Tests plant distinctive markers here.
   */
  secret?: (property: string, index: number) => string;
  /** Id prefix for subscriptions, so two estates can be merged without id clashes (default 0). */
  subscriptionOffset?: number;
}

export interface SyntheticEstate {
  rows: Record<string, unknown>[];
  subscriptions: { subscriptionId: string; name: string; tenantId: string }[];
  /** What an inventory built from `rows` must count. */
  counts: { circuits: number; peerings: number; ports: number; gateways: number; connections: number; subscriptions: number; tenants: number };
  /** Every secret value planted, for leak checks. */
  secrets: string[];
}

/** Ratios to the number of circuits (documented so benchmark tables can be read). */
export const PROPORTIONS = {
  circuitsPerSubscription: 20,
  subscriptionsPerTenant: 10,
  /** Share of circuits on ExpressRoute Direct ports (two circuits per port pair). */
  directShare: 0.06,
  circuitsPerPort: 2,
  /** Share of circuits that also have Microsoft peering. */
  microsoftPeeringShare: 0.2,
  /** Share of private peerings with a Global Reach connection. */
  globalReachShare: 0.1,
  /** Gateways per circuit: each gateway is served by about two circuits. */
  gatewaysPerCircuit: 0.5,
  /** Share of gateways that are vWAN hub gateways (connections inline). */
  vwanShare: 0.15,
  /** Connections per gateway: each gateway connects to both of its circuits. */
  connectionsPerGateway: 2,
} as const;

const LOCATIONS: { peering: string; region: string }[] = [
  { peering: 'Amsterdam', region: 'westeurope' },
  { peering: 'Amsterdam2', region: 'westeurope' },
  { peering: 'London', region: 'uksouth' },
  { peering: 'London2', region: 'uksouth' },
  { peering: 'Frankfurt', region: 'germanywestcentral' },
  { peering: 'Silicon Valley', region: 'westus' },
  { peering: 'Washington DC', region: 'eastus' },
  { peering: 'Chicago', region: 'northcentralus' },
  { peering: 'Singapore', region: 'southeastasia' },
  { peering: 'Tokyo', region: 'japaneast' },
  { peering: 'Sydney', region: 'australiaeast' },
  { peering: 'Sao Paulo', region: 'brazilsouth' },
];
const PROVIDERS = ['Equinix', 'Megaport', 'AT&T', 'Colt', 'Zayo', 'Verizon'];
const BANDWIDTHS = [50, 100, 200, 500, 1000, 2000, 5000, 10000];

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (n: number, width: number) => (n >>> 0).toString(16).padStart(width, '0').slice(-width);

function guidFrom(rand: () => number): string {
  const h = () => hex(Math.floor(rand() * 0x100000000), 8);
  const a = h() + h() + h() + h();
  return `${a.slice(0, 8)}-${a.slice(8, 12)}-4${a.slice(13, 16)}-8${a.slice(17, 20)}-${a.slice(20, 32)}`;
}

export function subscriptionIdFor(i: number): string {
  return `00000000-0000-4000-8000-${hex(i, 12)}`;
}
export function tenantIdFor(i: number): string {
  return `10000000-0000-4000-8000-${hex(i, 12)}`;
}

export function generateEstate(opts: SyntheticOptions): SyntheticEstate {
  const n = Math.max(0, Math.floor(opts.circuits));
  const rand = prng(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const chance = (p: number) => rand() < p;
  const secrets: string[] = [];
  let secretIndex = 0;
  const secret = (property: string): string => {
    const v = opts.secret ? opts.secret(property, secretIndex++) : guidFrom(rand);
    secrets.push(v);
    return v;
  };

  const subOffset = opts.subscriptionOffset ?? 0;
  const subCount = Math.max(n > 0 ? 1 : 0, Math.ceil(n / PROPORTIONS.circuitsPerSubscription));
  const subscriptions = Array.from({ length: subCount }, (_, i) => ({
    subscriptionId: subscriptionIdFor(subOffset + i),
    name: `sub-connectivity-${subOffset + i}`,
    tenantId: tenantIdFor(Math.floor((subOffset + i) / PROPORTIONS.subscriptionsPerTenant)),
  }));
  const subOf = (i: number) => subscriptions[Math.floor(i / PROPORTIONS.circuitsPerSubscription) % Math.max(1, subCount)];
  const envelope = (sub: (typeof subscriptions)[number], rg: string, provider: string, name: string, type: string, location: string) => ({
    id: `/subscriptions/${sub.subscriptionId}/resourceGroups/${rg}/providers/${provider}/${name}`,
    name: name.split('/').pop(),
    type,
    tenantId: sub.tenantId,
    kind: '',
    location,
    resourceGroup: rg,
    subscriptionId: sub.subscriptionId,
    managedBy: '',
    tags: { env: pick(['prod', 'prod', 'dev', 'test']), owner: `team-${Math.floor(rand() * 40)}` },
  });

  const rows: Record<string, unknown>[] = [];
  const circuitIds: string[] = [];
  const circuitLocation: number[] = [];
  let peerings = 0;

  // Direct ports first, so Direct circuits can point at them.
  const directCircuits = Math.round(n * PROPORTIONS.directShare);
  const portCount = Math.ceil(directCircuits / PROPORTIONS.circuitsPerPort);
  const portIds: string[] = [];
  const portRows: Record<string, unknown>[] = [];
  for (let p = 0; p < portCount; p++) {
    const sub = subOf(p * PROPORTIONS.circuitsPerPort);
    const loc = LOCATIONS[p % LOCATIONS.length];
    const row = envelope(sub, 'rg-direct', 'Microsoft.Network', `expressRoutePorts/erdirect-${p}`, 'microsoft.network/expressrouteports', loc.region);
    const macsec = chance(0.7);
    const inVault = chance(0.8);
    const links = [1, 2].map((l) => ({
      id: `${row.id}/links/link${l}`,
      name: `link${l}`,
      properties: {
        adminState: chance(0.95) ? 'Enabled' : 'Disabled',
        connectorType: 'LC',
        provisioningState: 'Succeeded',
        routerName: `exr0${l}.${loc.peering.toLowerCase().replace(/\s/g, '')}`,
        macSecConfig: macsec
          ? {
              cipher: pick(['GcmAes256', 'GcmAesXpn256', 'GcmAes128']),
              sciState: 'Enabled',
              cknSecretIdentifier: inVault ? `https://kv-macsec-${p}.vault.azure.net/secrets/ckn-${l}` : secret('cknSecretIdentifier'),
              cakSecretIdentifier: inVault ? `https://kv-macsec-${p}.vault.azure.net/secrets/cak-${l}` : secret('cakSecretIdentifier'),
            }
          : { sciState: 'Disabled' },
      },
    }));
    portIds.push(row.id);
    portRows.push({
      ...row,
      identity: macsec ? { type: 'UserAssigned' } : null,
      properties: {
        peeringLocation: loc.peering,
        bandwidthInGbps: pick([10, 10, 100]),
        provisionedBandwidthInGbps: 0,
        encapsulation: pick(['QinQ', 'Dot1Q']),
        billingType: pick(['MeteredData', 'UnlimitedData']),
        provisioningState: 'Succeeded',
        links,
        circuits: [] as { id: string }[],
      },
    });
  }

  for (let i = 0; i < n; i++) {
    const sub = subOf(i);
    const locIndex = i % LOCATIONS.length;
    const loc = LOCATIONS[locIndex];
    const direct = i < directCircuits;
    const tier = pick(['Standard', 'Standard', 'Standard', 'Premium', 'Local']);
    const family = pick(['MeteredData', 'MeteredData', 'UnlimitedData']);
    const row = envelope(sub, `rg-er-${Math.floor(i / 50)}`, 'Microsoft.Network', `expressRouteCircuits/er-${loc.region}-${i}`, 'microsoft.network/expressroutecircuits', loc.region);
    const peeringList: Record<string, unknown>[] = [];
    const vlan = 100 + (i % 3900);
    const privatePeering = {
      id: `${row.id}/peerings/AzurePrivatePeering`,
      name: 'AzurePrivatePeering',
      type: 'Microsoft.Network/expressRouteCircuits/peerings',
      properties: {
        provisioningState: 'Succeeded',
        peeringType: 'AzurePrivatePeering',
        azureASN: 12076,
        peerASN: 64512 + (i % 1000),
        primaryPeerAddressPrefix: `10.${(i >> 8) & 255}.${i & 255}.0/30`,
        secondaryPeerAddressPrefix: chance(0.97) ? `10.${(i >> 8) & 255}.${i & 255}.4/30` : `10.${(i >> 8) & 255}.${i & 255}.4/29`,
        state: chance(0.96) ? 'Enabled' : 'Disabled',
        vlanId: vlan,
        ...(chance(0.6) ? { sharedKey: secret('sharedKey') } : {}),
        connections: [] as unknown[],
        peeredConnections: [],
      },
    };
    if (chance(PROPORTIONS.globalReachShare) && i > 0) {
      const peer = circuitIds[Math.floor(rand() * circuitIds.length)];
      privatePeering.properties.connections.push({
        id: `${privatePeering.id}/connections/gr-${i}`,
        name: `gr-${i}`,
        properties: {
          expressRouteCircuitPeering: { id: privatePeering.id },
          peerExpressRouteCircuitPeering: { id: `${peer}/peerings/AzurePrivatePeering` },
          authorizationKey: secret('authorizationKey'),
          addressPrefix: `172.16.${i & 255}.0/29`,
          circuitConnectionStatus: 'Connected',
        },
      });
    }
    peeringList.push(privatePeering);
    if (chance(PROPORTIONS.microsoftPeeringShare)) {
      peeringList.push({
        id: `${row.id}/peerings/MicrosoftPeering`,
        name: 'MicrosoftPeering',
        type: 'Microsoft.Network/expressRouteCircuits/peerings',
        properties: {
          provisioningState: 'Succeeded',
          peeringType: 'MicrosoftPeering',
          azureASN: 12076,
          peerASN: 64512 + (i % 1000),
          primaryPeerAddressPrefix: `203.0.${i & 255}.0/30`,
          secondaryPeerAddressPrefix: `203.0.${i & 255}.4/30`,
          state: 'Enabled',
          vlanId: vlan + 1,
          microsoftPeeringConfig: {
            advertisedPublicPrefixes: [`198.51.${i & 255}.0/24`],
            advertisedPublicPrefixesState: pick(['Configured', 'Configured', 'ValidationNeeded']),
            customerASN: 64512 + (i % 1000),
            routingRegistryName: 'ARIN',
            advertisedCommunities: [],
          },
          ...(chance(0.7) ? { routeFilter: { id: `/subscriptions/${sub.subscriptionId}/resourceGroups/rg-er/providers/Microsoft.Network/routeFilters/rf-${i}` } } : {}),
          peeredConnections: [],
        },
      });
    }
    peerings += peeringList.length;
    const portIndex = Math.floor(i / PROPORTIONS.circuitsPerPort);
    const properties: Record<string, unknown> = {
      provisioningState: 'Succeeded',
      allowClassicOperations: chance(0.05),
      circuitProvisioningState: 'Enabled',
      serviceProviderProvisioningState: chance(0.97) ? 'Provisioned' : 'NotProvisioned',
      serviceKey: secret('serviceKey'),
      globalReachEnabled: privatePeering.properties.connections.length > 0,
      authorizations: chance(0.3)
        ? [{ id: `${row.id}/authorizations/auth-1`, name: 'auth-1', properties: { authorizationKey: secret('authorizationKey'), authorizationUseStatus: pick(['Available', 'InUse']) } }]
        : [],
      peerings: peeringList,
    };
    if (direct && portIds[portIndex]) {
      properties.expressRoutePort = { id: portIds[portIndex] };
      properties.bandwidthInGbps = pick([1, 2, 5, 10]);
      properties.enableDirectPortRateLimit = chance(0.5);
      const port = portRows[portIndex].properties as { circuits: { id: string }[] };
      port.circuits.push({ id: row.id });
    } else {
      properties.serviceProviderProperties = { serviceProviderName: pick(PROVIDERS), peeringLocation: loc.peering, bandwidthInMbps: pick(BANDWIDTHS) };
    }
    rows.push({ ...row, sku: { name: `${tier}_${family}`, tier, family }, properties });
    circuitIds.push(row.id);
    circuitLocation.push(locIndex);
  }
  rows.push(...portRows);

  // Gateways: gateway g is served by circuits 2g and 2g+1 (two peering locations, usually).
  const gatewayCount = Math.floor(n * PROPORTIONS.gatewaysPerCircuit);
  let gateways = 0;
  let connections = 0;
  for (let g = 0; g < gatewayCount; g++) {
    const served = [2 * g, 2 * g + 1].filter((c) => c < n).slice(0, chance(0.1) ? 1 : 2); // 10% single-homed
    const sub = subOf(served[0]);
    const loc = LOCATIONS[circuitLocation[served[0]]];
    gateways++;
    if (chance(PROPORTIONS.vwanShare)) {
      const row = envelope(sub, 'rg-vwan', 'Microsoft.Network', `expressRouteGateways/ergw-hub-${g}`, 'microsoft.network/expressroutegateways', loc.region);
      const conns = served.map((c) => ({
        id: `${row.id}/expressRouteConnections/conn-${c}`,
        name: `conn-${c}`,
        properties: {
          expressRouteCircuitPeering: { id: `${circuitIds[c]}/peerings/AzurePrivatePeering` },
          ...(chance(0.2) ? { authorizationKey: secret('authorizationKey') } : {}),
          routingWeight: 0,
          enableInternetSecurity: chance(0.5),
          expressRouteGatewayBypass: chance(0.3),
          provisioningState: 'Succeeded',
        },
      }));
      connections += conns.length;
      rows.push({
        ...row,
        properties: {
          virtualHub: { id: `/subscriptions/${sub.subscriptionId}/resourceGroups/rg-vwan/providers/Microsoft.Network/virtualHubs/hub-${g}` },
          autoScaleConfiguration: { bounds: { min: pick([1, 2, 2]), max: pick([2, 4]) } },
          // Azure reports the setting on every hub gateway it returns (constant: no draw, the rest of the estate stays as it was).
          allowNonVirtualWanTraffic: false,
          provisioningState: 'Succeeded',
          expressRouteConnections: conns,
        },
      });
      continue;
    }
    const rg = `rg-hub-${g}`;
    const row = envelope(sub, rg, 'Microsoft.Network', `virtualNetworkGateways/ergw-${g}`, 'microsoft.network/virtualnetworkgateways', loc.region);
    const sku = pick(['ErGw1AZ', 'ErGw2AZ', 'ErGw3AZ', 'ErGwScale', 'Standard', 'HighPerformance']);
    rows.push({
      ...row,
      zones: sku.endsWith('AZ') || sku === 'ErGwScale' ? ['1', '2', '3'] : null,
      properties: {
        gatewayType: 'ExpressRoute',
        sku: { name: sku, tier: sku },
        ...(sku === 'ErGwScale' ? { autoScaleConfiguration: { bounds: { min: 2, max: 4 } } } : {}),
        ipConfigurations: [
          {
            id: `${row.id}/ipConfigurations/default`,
            name: 'default',
            properties: { subnet: { id: `/subscriptions/${sub.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.Network/virtualNetworks/vnet-hub-${g}/subnets/GatewaySubnet` } },
          },
        ],
        adminState: 'Enabled',
        // Azure reports both on the gateways it returns (GET responses; constant: no draw).
        allowRemoteVnetTraffic: false,
        allowVirtualWanTraffic: false,
        provisioningState: 'Succeeded',
      },
    });
    for (const c of served) {
      connections++;
      const conn = envelope(sub, rg, 'Microsoft.Network', `connections/conn-${g}-${c}`, 'microsoft.network/connections', loc.region);
      rows.push({
        ...conn,
        properties: {
          connectionType: 'ExpressRoute',
          virtualNetworkGateway1: { id: row.id },
          peer: { id: circuitIds[c] },
          ...(chance(0.25) ? { authorizationKey: secret('authorizationKey') } : {}),
          routingWeight: c === served[0] ? 10 : 0,
          expressRouteGatewayBypass: chance(0.3),
          connectionStatus: 'Connected',
          provisioningState: 'Succeeded',
        },
      });
    }
  }

  const tenants = new Set(subscriptions.map((s) => s.tenantId)).size;
  return {
    rows,
    subscriptions,
    counts: { circuits: n, peerings, ports: portCount, gateways, connections, subscriptions: subCount, tenants },
    secrets,
  };
}

/** The estate as an erscan snapshot document. */
export function toSnapshot(estate: SyntheticEstate, rows = estate.rows): Record<string, unknown> {
  return {
    erscanSnapshot: 1,
    tool: { name: 'erscan', version: 'synthetic' },
    generatedAt: '2026-01-01T00:00:00.000Z',
    coverage: { complete: true, gaps: [] },
    subscriptions: estate.subscriptions,
    resources: rows,
  };
}

/** Splits rows into chunks of at most `size` rows (for multi-file estates: V8 strings cap near 512 MB). */
export function chunkRows<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
