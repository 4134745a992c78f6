/** Estates for the analysis tests: ARM-shaped rows, scanned the way the pipeline does (costs, then every built-in rule). */
import type { Finding } from '../../src/findings/model.js';
import { buildInventory } from '../../src/inventory/build.js';
import type { Inventory } from '../../src/inventory/model.js';
import { loadCatalogue, type PriceCatalogue } from '../../src/pricing/catalogue.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import type { CostSummary } from '../../src/pricing/model.js';
import type { UsageData } from '../../src/pricing/usage.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import type { RuleDefinition } from '../../src/rules/model.js';

export const SUB = '00000000-0000-0000-0000-0000000000b1';
const NET = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network`;
export const ids = {
  circuit: (n: string) => `${NET}/expressRouteCircuits/${n}`,
  gateway: (n: string) => `${NET}/virtualNetworkGateways/${n}`,
  connection: (n: string) => `${NET}/connections/${n}`,
  port: (n: string) => `${NET}/expressRoutePorts/${n}`,
};

export interface CircuitOpts {
  tier?: string;
  family?: string;
  location?: string;
  region?: string;
  bandwidthMbps?: number;
  state?: string;
  /** Global Reach connections this circuit initiated (peer circuit names). */
  globalReachTo?: string[];
  /** Global Reach connections the other side initiated (count), rows that do not name that side. */
  peeredGlobalReach?: number;
  /** Global Reach connections the named circuits initiated (peered connections, as ARM lists them). */
  peeredFrom?: string[];
  microsoftPeering?: boolean;
  peerings?: boolean;
  globalReachEnabled?: boolean;
  port?: string;
  bandwidthGbps?: number;
  authorizationsInUse?: number;
}

export function circuitRow(name: string, o: CircuitOpts = {}): Record<string, unknown> {
  const id = ids.circuit(name);
  const tier = o.tier ?? 'Standard';
  const family = o.family ?? 'MeteredData';
  const peerings =
    o.peerings === false
      ? []
      : [
          {
            name: 'AzurePrivatePeering',
            id: `${id}/peerings/AzurePrivatePeering`,
            properties: {
              peeringType: 'AzurePrivatePeering',
              state: 'Enabled',
              peerASN: 65001,
              vlanId: 100,
              primaryPeerAddressPrefix: '10.0.0.0/30',
              secondaryPeerAddressPrefix: '10.0.0.4/30',
              connections: (o.globalReachTo ?? []).map((peer, i) => ({
                name: `gr${i}`,
                id: `${id}/peerings/AzurePrivatePeering/connections/gr${i}`,
                properties: { peerExpressRouteCircuitPeering: { id: `${ids.circuit(peer)}/peerings/AzurePrivatePeering` }, circuitConnectionStatus: 'Connected', addressPrefix: `10.9.${i}.0/29` },
              })),
              peeredConnections: [
                ...Array.from({ length: o.peeredGlobalReach ?? 0 }, (_, i) => ({ name: `peered${i}`, id: `${id}/peerings/AzurePrivatePeering/peeredConnections/p${i}`, properties: {} })),
                ...(o.peeredFrom ?? []).map((peer, i) => ({ name: `from-${peer}`, id: `${id}/peerings/AzurePrivatePeering/peerConnections/f${i}`, properties: { peerExpressRouteCircuitPeering: { id: `${ids.circuit(peer)}/peerings/AzurePrivatePeering` }, circuitConnectionStatus: 'Connected' } })),
              ],
            },
          },
          ...(o.microsoftPeering ? [{ name: 'MicrosoftPeering', id: `${id}/peerings/MicrosoftPeering`, properties: { peeringType: 'MicrosoftPeering', state: 'Enabled', vlanId: 200 } }] : []),
        ];
  return {
    id,
    name,
    type: 'microsoft.network/expressroutecircuits',
    subscriptionId: SUB,
    location: o.region ?? 'westeurope',
    sku: { name: `${tier}_${family}`, tier, family },
    properties: {
      serviceProviderProvisioningState: o.state ?? 'Provisioned',
      ...(o.globalReachEnabled !== undefined ? { globalReachEnabled: o.globalReachEnabled } : {}),
      authorizations: Array.from({ length: o.authorizationsInUse ?? 0 }, (_, i) => ({ name: `auth${i}`, properties: { authorizationUseStatus: 'InUse' } })),
      ...(o.port
        ? { expressRoutePort: { id: ids.port(o.port) }, bandwidthInGbps: o.bandwidthGbps ?? 5 }
        : { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: o.location ?? 'Amsterdam', bandwidthInMbps: o.bandwidthMbps ?? 1000 } }),
      peerings,
    },
  };
}

export function gatewayRow(name: string, region = 'westeurope', sku = 'ErGw1AZ', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: ids.gateway(name), name, type: 'microsoft.network/virtualnetworkgateways', subscriptionId: SUB, location: region, properties: { gatewayType: 'ExpressRoute', sku: { name: sku, tier: sku }, ...extra } };
}

export function connectionRow(name: string, gateway: string, circuit: string, region = 'westeurope'): Record<string, unknown> {
  return { id: ids.connection(name), name, type: 'microsoft.network/connections', subscriptionId: SUB, location: region, properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: ids.gateway(gateway) }, peer: { id: ids.circuit(circuit) } } };
}

export function portRow(name: string, location = 'Amsterdam2', billingType = 'UnlimitedData'): Record<string, unknown> {
  return { id: ids.port(name), name, type: 'microsoft.network/expressrouteports', subscriptionId: SUB, location: 'westeurope', properties: { peeringLocation: location, bandwidthInGbps: 10, billingType, encapsulation: 'QinQ', circuits: [], links: [] } };
}

/** `n` gateways, each in `region` and connected to `circuit` (one VNet link each). */
export function vnetLinks(circuit: string, n: number, region = 'westeurope'): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => [gatewayRow(`${circuit}-gw${i}`, region), connectionRow(`${circuit}-conn${i}`, `${circuit}-gw${i}`, circuit, region)]).flat();
}

export const inventoryOf = (rows: Record<string, unknown>[]): Inventory => buildInventory(rows.map((row) => ({ row }))).inventory;

let catalogue: PriceCatalogue | undefined;
export const bundled = () => (catalogue ??= loadCatalogue());
let rules: RuleDefinition[] | undefined;
export const builtinRules = () => (rules ??= loadRules());

export interface Scan {
  inventory: Inventory;
  cost: CostSummary;
  findings: Finding[];
}

/** Costs, then every built-in rule (as scanSources does); `usage` is a usage file's `circuits`. */
export function scan(rows: Record<string, unknown>[] | Inventory, usage: UsageData['circuits'] = {}, gateways: UsageData['gateways'] = {}): Scan {
  const inventory = Array.isArray(rows) ? inventoryOf(rows) : rows;
  const cost = estimateCosts(inventory, { catalogue: bundled(), usage: { circuits: usage, gateways } });
  const { findings } = runRules(inventory, builtinRules(), {}, cost);
  return { inventory, cost, findings };
}

export const findingsOf = (s: Scan, ruleId: string, name?: string) => s.findings.filter((f) => f.ruleId === ruleId && (name === undefined || f.resourceName === name));
export const costOf = (s: Scan, name: string) => s.cost.costs.find((c) => c.resourceName === name)!;
