/**
 * Inventory fields the rules of issue 18 read, kept out of the core builder (src/inventory/build.ts
 * calls `applyExtras` once per circuit, port and gateway it creates).
 *
 * Two kinds of data:
 * - ARM properties every source carries when the resource has them: `extendedLocation` (Azure
 *   Extended Zones), `allowRemoteVnetTraffic` / `allowVirtualWanTraffic` on VNet gateways,
 *   `allowNonVirtualWanTraffic` on vWAN ExpressRoute gateways, the gateway's subnet.
 * - Data outside the resource's own row, which a source attaches under `row.erscan` only when it
 *   actually read it (the live crawl: src/sources/graph/extras.ts; erscan snapshots keep it):
 *   `diagnosticSettingsCount` (already read by the builder), `metricAlertCount`,
 *   `maintenanceConfigurationIds`, `gatewaySubnet.networkSecurityGroupId`. Absent means "not read"
 *   (never "none"): the rules that need it are then reported as not evaluated (src/rules/requires.ts).
 */
import type { Circuit, Gateway, Port } from './model.js';
import { isObj } from '../util/objects.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined);
const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);

/** Adds the extra fields of one resource from its raw row (mutates the resource). */
export function applyExtras(r: Circuit | Port | Gateway, row: Obj): void {
  const ext = obj(row.erscan);
  const alerts = count(ext.metricAlertCount);
  if (alerts !== undefined) r.metricAlertCount = alerts;
  if (r.kind !== 'gateway') return;
  const p = obj(row.properties);
  const zone = str(obj(row.extendedLocation).name);
  if (zone) r.extendedLocation = zone;
  if (r.flavor === 'vnet') {
    const remote = bool(p.allowRemoteVnetTraffic);
    const vwan = bool(p.allowVirtualWanTraffic);
    if (remote !== undefined) r.allowRemoteVnetTraffic = remote;
    if (vwan !== undefined) r.allowVirtualWanTraffic = vwan;
    const configs = Array.isArray(p.ipConfigurations) ? p.ipConfigurations : [];
    const subnet = str(obj(obj(obj(configs[0]).properties).subnet).id);
    if (subnet) r.gatewaySubnetId = subnet;
    const gs = ext.gatewaySubnet;
    if (isObj(gs)) r.gatewaySubnetNsgId = str(gs.networkSecurityGroupId) ?? null;
  } else {
    const nonVwan = bool(p.allowNonVirtualWanTraffic);
    if (nonVwan !== undefined) r.allowNonVirtualWanTraffic = nonVwan;
  }
  if (Array.isArray(ext.maintenanceConfigurationIds)) r.maintenanceConfigurationIds = ext.maintenanceConfigurationIds.filter((x): x is string => typeof x === 'string');
}
