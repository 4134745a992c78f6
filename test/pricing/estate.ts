/** Small ARM-shaped estates for pricing tests (rows as Resource Graph returns them). */
import { buildInventory } from '../../src/inventory/build.js';
import type { Inventory } from '../../src/inventory/model.js';

const SUB = '00000000-0000-0000-0000-0000000000a1';
const TENANT = '00000000-0000-0000-0000-0000000000t1';
const rg = (sub = SUB) => `/subscriptions/${sub}/resourceGroups/rg`;

export interface CircuitSpec {
  name: string;
  tier?: string;
  family?: string;
  bandwidthMbps?: number;
  peeringLocation?: string;
  location?: string;
  state?: string;
  port?: string;
  bandwidthGbps?: number;
  globalReachTo?: string;
  microsoftPeering?: boolean;
  subscriptionId?: string;
  tenantId?: string;
}

export const circuitId = (name: string, sub = SUB) => `${rg(sub)}/providers/Microsoft.Network/expressRouteCircuits/${name}`;

export function circuit(s: CircuitSpec): Record<string, unknown> {
  const id = circuitId(s.name, s.subscriptionId);
  const tier = s.tier ?? 'Standard';
  const family = s.family ?? 'MeteredData';
  const peerings: Record<string, unknown>[] = [
    {
      name: 'AzurePrivatePeering',
      id: `${id}/peerings/AzurePrivatePeering`,
      properties: {
        peeringType: 'AzurePrivatePeering',
        state: 'Enabled',
        connections: s.globalReachTo ? [{ name: 'gr', id: `${id}/peerings/AzurePrivatePeering/connections/gr`, properties: { peerExpressRouteCircuitPeering: { id: `${circuitId(s.globalReachTo)}/peerings/AzurePrivatePeering` }, circuitConnectionStatus: 'Connected' } }] : [],
      },
    },
  ];
  if (s.microsoftPeering) peerings.push({ name: 'MicrosoftPeering', id: `${id}/peerings/MicrosoftPeering`, properties: { peeringType: 'MicrosoftPeering', state: 'Enabled' } });
  return {
    id,
    name: s.name,
    type: 'microsoft.network/expressroutecircuits',
    tenantId: s.tenantId ?? TENANT,
    subscriptionId: s.subscriptionId ?? SUB,
    location: s.location ?? 'westeurope',
    sku: { name: `${tier}_${family}`, tier, family },
    properties: {
      serviceProviderProvisioningState: s.state ?? 'Provisioned',
      ...(s.port
        ? { expressRoutePort: { id: `${rg()}/providers/Microsoft.Network/expressRoutePorts/${s.port}` }, bandwidthInGbps: s.bandwidthGbps ?? 5 }
        : { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: s.peeringLocation ?? 'Amsterdam', bandwidthInMbps: s.bandwidthMbps ?? 1000 } }),
      authorizations: [],
      peerings,
    },
  };
}

export function port(name: string, opts: { peeringLocation?: string; bandwidthGbps?: number; billingType?: string } = {}): Record<string, unknown> {
  return {
    id: `${rg()}/providers/Microsoft.Network/expressRoutePorts/${name}`,
    name,
    type: 'microsoft.network/expressrouteports',
    tenantId: TENANT,
    subscriptionId: SUB,
    location: 'westeurope',
    properties: { peeringLocation: opts.peeringLocation ?? 'Amsterdam2', bandwidthInGbps: opts.bandwidthGbps ?? 10, billingType: opts.billingType ?? 'MeteredData', links: [] },
  };
}

/** A VNet gateway of type ExpressRoute in `region`, connected to the named circuits. */
export function gatewayWithConnections(name: string, region: string, sku: string, circuits: string[], extra: Record<string, unknown> = {}): Record<string, unknown>[] {
  const gwId = `${rg()}/providers/Microsoft.Network/virtualNetworkGateways/${name}`;
  return [
    { id: gwId, name, type: 'microsoft.network/virtualnetworkgateways', tenantId: TENANT, subscriptionId: SUB, location: region, properties: { gatewayType: 'ExpressRoute', sku: { name: sku, tier: sku }, ...extra } },
    ...circuits.map((c) => ({
      id: `${rg()}/providers/Microsoft.Network/connections/${name}-${c}`,
      name: `${name}-${c}`,
      type: 'microsoft.network/connections',
      tenantId: TENANT,
      subscriptionId: SUB,
      location: region,
      properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: gwId }, peer: { id: circuitId(c) } },
    })),
  ];
}

export function inventoryOf(rows: Record<string, unknown>[]): Inventory {
  return buildInventory(rows.map((row) => ({ row }))).inventory;
}
