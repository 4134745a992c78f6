/**
 * What the rules need beyond the ExpressRoute rows themselves, read during the crawl and attached to
 * those rows under `row.erscan` (src/inventory/extras.ts reads it back; snapshots keep it):
 *
 * - `metricAlertCount` on circuits, ports and gateways: enabled metric alert rules whose scopes hold
 *   the resource (its id, or its resource group or subscription with a matching target resource
 *   type, as multi-resource alerts are scoped);
 * - `gatewaySubnet: { id, networkSecurityGroupId }` on VNet gateways: the GatewaySubnet of the
 *   gateway's virtual network and the NSG on it (`null`: none);
 * - `maintenanceConfigurationIds` on gateways: their maintenance configuration assignments.
 *
 * A field is attached only where the data was read: for resources in subscriptions whose query
 * succeeded (`read`). Elsewhere it stays absent, and the rules that need it say "not evaluated".
 */
import { METRIC_ALERT_TYPE, VIRTUAL_NETWORK_TYPE } from './queries.js';
import { isObj } from '../../util/objects.js';

type Row = Record<string, unknown>;
const obj = (v: unknown): Row => (isObj(v) ? v : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const lower = (v: unknown): string | undefined => str(v)?.toLowerCase();

/** Which kind of extra row this is, if any (rows of the main query that are not ExpressRoute resources). */
export function extraKind(row: Row): 'alert' | 'vnet' | undefined {
  const t = lower(row.type);
  if (t === METRIC_ALERT_TYPE) return 'alert';
  if (t === VIRTUAL_NETWORK_TYPE) return 'vnet';
  return undefined;
}

export interface ExtraData {
  alerts: Row[];
  vnets: Row[];
  /** Maintenance configuration assignment rows (MAINTENANCE_QUERY). */
  assignments: Row[];
}

/** Lower-cased subscription ids whose rows of each kind were read completely. */
export interface ExtraReads {
  main: Set<string>;
  maintenance: Set<string>;
}

const ANNOTATED = new Set(['microsoft.network/expressroutecircuits', 'microsoft.network/expressrouteports', 'microsoft.network/virtualnetworkgateways', 'microsoft.network/expressroutegateways']);

function subscriptionOf(id: string): string | undefined {
  return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]?.toLowerCase();
}

function extend(row: Row, add: Row): void {
  row.erscan = { ...obj(row.erscan), ...add };
}

/** Attaches the extra data to the ExpressRoute rows (mutates them). Linear in rows + extras. */
export function annotateRows(rows: Row[], extras: ExtraData, reads: ExtraReads): void {
  // Metric alerts, indexed by exact scope and by (container scope, target type).
  const exact = new Map<string, number>();
  const container = new Map<string, number>();
  for (const a of extras.alerts) {
    const p = obj(a.properties);
    if (p.enabled === false || p.enabled === 'false') continue;
    const target = lower(p.targetResourceType);
    const scopes = Array.isArray(p.scopes) ? p.scopes.map(lower).filter((s): s is string => !!s) : [];
    for (const s of new Set(scopes)) {
      const isContainer = /^\/subscriptions\/[^/]+(\/resourcegroups\/[^/]+)?$/.test(s);
      if (isContainer && target) container.set(`${s}|${target}`, (container.get(`${s}|${target}`) ?? 0) + 1);
      else exact.set(s, (exact.get(s) ?? 0) + 1);
    }
  }
  // GatewaySubnets by lower-cased subnet id.
  const subnets = new Map<string, { id: string; nsg: string | null }>();
  for (const v of extras.vnets) {
    for (const s of Array.isArray(obj(v.properties).subnets) ? (obj(v.properties).subnets as unknown[]) : []) {
      const so = obj(s);
      const id = str(so.id);
      if (!id || str(so.name)?.toLowerCase() !== 'gatewaysubnet') continue;
      subnets.set(id.toLowerCase(), { id, nsg: str(obj(obj(so.properties).networkSecurityGroup).id) ?? null });
    }
  }
  // Maintenance assignments by lower-cased target resource id.
  const assigned = new Map<string, string[]>();
  for (const a of extras.assignments) {
    const target = lower(a.resourceId) ?? lower(obj(a.properties).resourceId);
    const config = str(a.maintenanceConfigurationId) ?? str(obj(a.properties).maintenanceConfigurationId);
    if (!target || !config) continue;
    const list = assigned.get(target) ?? [];
    if (!list.includes(config)) list.push(config);
    assigned.set(target, list);
  }

  for (const row of rows) {
    const type = lower(row.type);
    const id = str(row.id);
    if (!type || !id || !ANNOTATED.has(type)) continue;
    const key = id.toLowerCase();
    const sub = subscriptionOf(id);
    if (!sub) continue;
    if (reads.main.has(sub)) {
      const rg = /^(\/subscriptions\/[^/]+\/resourcegroups\/[^/]+)\//.exec(key)?.[1];
      const n = (exact.get(key) ?? 0) + (container.get(`/subscriptions/${sub}|${type}`) ?? 0) + (rg ? (container.get(`${rg}|${type}`) ?? 0) : 0);
      extend(row, { metricAlertCount: n });
      if (type === 'microsoft.network/virtualnetworkgateways') {
        const configs = Array.isArray(obj(row.properties).ipConfigurations) ? (obj(row.properties).ipConfigurations as unknown[]) : [];
        const subnetId = lower(obj(obj(obj(configs[0]).properties).subnet).id);
        const found = subnetId ? subnets.get(subnetId) : undefined;
        // A gateway whose VNet row was not returned (no read access to it) stays "not read".
        if (found) extend(row, { gatewaySubnet: { id: found.id, networkSecurityGroupId: found.nsg } });
      }
    }
    if (reads.maintenance.has(sub) && (type === 'microsoft.network/virtualnetworkgateways' || type === 'microsoft.network/expressroutegateways')) {
      extend(row, { maintenanceConfigurationIds: assigned.get(key) ?? [] });
    }
  }
}
