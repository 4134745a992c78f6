import { UsageError } from '../../util/errors.js';
import { analyse, type EstateAnalysis } from '../../analysis/index.js';
import { lookup, type Circuit, type Connection, type Gateway, type Inventory, type Port } from '../../inventory/model.js';
import { costsFor, estimateInputsOf, type EstimateOptions } from '../../pricing/estimate.js';
import type { CostSummary } from '../../pricing/model.js';
import type { FunctionContext } from './index.js';
import { isTemplateResource, isUnknown, unknownReason } from '../../inventory/facts.js';

/**
 * The analysis of the inventory this rule runs on (one per possible world), with the traffic the scan's
 * cost estimate used: the same object the pricing model reads, so findings and advice agree.
 */
export function analysisOf(ctx: Pick<FunctionContext, 'inventory' | 'cost'>): EstateAnalysis {
  return analyse(ctx.inventory, estimateInputsOf(ctx.cost));
}

/** The estimate options of this scan (catalogue, usage, metrics), when costs were computed. */
export function pricingInputsOf(ctx: Pick<FunctionContext, 'cost'>): EstimateOptions | undefined {
  return estimateInputsOf(ctx.cost);
}

/** The cost estimate of the inventory this rule runs on (re-priced per possible world), when costs were computed. */
export function costsOf(ctx: Pick<FunctionContext, 'inventory' | 'cost'>): CostSummary | undefined {
  const opts = estimateInputsOf(ctx.cost);
  return opts ? costsFor(ctx.inventory, opts) : ctx.cost;
}

/** Resolves a key to a resource of the wanted kind (undefined when outside the inventory). */
export { lookup };

/** A gateway's circuits and connections, resolved in the inventory. */
export interface GatewayRelations {
  /** The circuits that serve it in the inventory (`circuitKeys` order), and how many are outside it. */
  known: Circuit[];
  outside: number;
  /** Its connections in the inventory (`connectionKeys` order). */
  connections: Connection[];
}

const gatewayRelations = new WeakMap<Inventory, GatewayRelations[]>();

/**
 * The circuits and connections of each gateway, in `inventory.gateways` order (read-only), looked up
 * once per inventory (a world of a template estate is an inventory of its own) for the half-dozen
 * gateway rules that follow them, instead of once per rule.
 */
export function gatewayRelationsOf(inv: Inventory): readonly GatewayRelations[] {
  let list = gatewayRelations.get(inv);
  if (list) return list;
  list = new Array<GatewayRelations>(inv.gateways.length);
  for (let i = 0; i < inv.gateways.length; i++) {
    const g = inv.gateways[i];
    const { known, outside } = circuitsOfGateway(inv, g);
    list[i] = { known, outside, connections: connectionsOf(inv, g.connectionKeys) };
  }
  gatewayRelations.set(inv, list);
  return list;
}

const connectionGateways = new WeakMap<Inventory, (Gateway | undefined)[]>();

/** The gateway of each connection in the inventory, in `inventory.connections` order (read-only), looked up once per inventory. */
export function connectionGatewaysOf(inv: Inventory): readonly (Gateway | undefined)[] {
  let list = connectionGateways.get(inv);
  if (list) return list;
  list = new Array<Gateway | undefined>(inv.connections.length);
  for (let i = 0; i < inv.connections.length; i++) list[i] = lookup(inv, inv.connections[i].gatewayKey, 'gateway');
  connectionGateways.set(inv, list);
  return list;
}

/** The circuits that serve a gateway: those in the inventory, and how many are outside it. */
export function circuitsOfGateway(inv: Inventory, g: Gateway): { known: Circuit[]; outside: number } {
  const known: Circuit[] = [];
  let outside = 0;
  for (let i = 0; i < g.circuitKeys.length; i++) {
    const c = lookup(inv, g.circuitKeys[i], 'circuit');
    if (c) known.push(c);
    else outside++;
  }
  return { known, outside };
}

export function connectionsOf(inv: Inventory, keys: string[]): Connection[] {
  const out: Connection[] = []; // one loop, not map then filter: once per gateway of the estate
  for (let i = 0; i < keys.length; i++) {
    const c = lookup(inv, keys[i], 'connection');
    if (c !== undefined) out.push(c);
  }
  return out;
}

export function gatewaysOfCircuit(inv: Inventory, c: Circuit): Gateway[] {
  return c.gatewayKeys.map((k) => lookup(inv, k, 'gateway')).filter((g): g is Gateway => g !== undefined);
}

export function circuitsOfPort(inv: Inventory, p: Port): Circuit[] {
  return p.circuitKeys.map((k) => lookup(inv, k, 'circuit')).filter((c): c is Circuit => c !== undefined);
}

/** `name (detail)` lists for messages, sorted for deterministic output. */
export function nameList<T extends { name: string }>(items: T[], detail?: (x: T) => string | undefined): string {
  return items
    .map((i) => {
      const d = detail?.(i);
      return d ? `${i.name} (${d})` : i.name;
    })
    .sort()
    .join(', ');
}

/**
 * `s?.toLowerCase() === lower` for a lower-case ASCII `lower`, without lower-casing `s` when the lengths
 * differ (most values a rule tests are of another length): lower-casing never shortens a string, and
 * lengthens only one with a non-ASCII letter, which cannot equal ASCII text.
 */
export function equalsLower(s: string | undefined, lower: string): boolean {
  return s != null && s.length === lower.length && s.toLowerCase() === lower;
}

export function lc(s: string | undefined): string | undefined {
  return s?.toLowerCase();
}

/** Reads a numeric rule parameter, falling back to a default when it is absent. */
/**
 * A number parameter, or its default. Below `min` it is refused by name (exit 2): `minLocations: 0` would
 * make a rule that can never fail, a pass nobody asked for.
 */
export function numParam(params: Record<string, unknown>, name: string, fallback: number, min = -Infinity): number {
  const v = params[name];
  const n = typeof v === 'number' && Number.isFinite(v) ? v : fallback;
  if (n < min) throw new UsageError(`rule parameter ${name}: expected a number of at least ${min}, found ${n}`);
  return n;
}

export function listParam(params: Record<string, unknown>, name: string, fallback: string[]): string[] {
  const v = params[name];
  return Array.isArray(v) ? v.map(String) : fallback;
}

/** Groups values by a key; entries keep their input order. */
export function groupBy<T>(items: T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const k = key(it);
    if (k === undefined) continue;
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}


/** Why a field is not known, as a message says it (src/inventory/facts.ts). */
export { notKnown } from '../../inventory/facts.js';

/**
 * For a template's VNet gateway that no connection in these files is known to reach: the connections in
 * these files whose gateway id is known only at deployment (another deployment's output), which may be
 * its own, as a message says it (` known to be its own (conn-a names a gateway known only at
 * deployment)`), or '' when there are none. A message then never says that no connection (or circuit)
 * in these files is the gateway's.
 */
export function unnamedGatewayConnections(inv: Inventory): string {
  const names: string[] = [];
  // A Terraform plan knows such a value only after apply; a template only at deployment.
  let terraform = 0;
  for (const c of inv.connections)
    if (c.flavor === 'vnet' && unknownReason(c, 'gatewayKey') !== undefined) {
      names.push(c.name);
      if (c.source?.kind === 'terraform') terraform++;
    }
  if (names.length === 0) return '';
  const list = `${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;
  const when = terraform === names.length ? 'only after apply' : terraform === 0 ? 'only at deployment' : 'only at deployment or after apply';
  return ` known to be its own (${list} name${names.length === 1 ? 's' : ''} a gateway known ${when})`;
}

/**
 * The connections naming a gateway or circuit (or that may) whose rows could not be read (src/inventory/build.ts,
 * markUnreadConnections), as a message says them: `1 connection(s) whose row could not be read (connection c (rows.json, $[5]))`.
 */
export function unreadText(r: { unreadConnections?: string[] }): string {
  const names = r.unreadConnections ?? [];
  return `${names.length} connection(s) whose row${names.length === 1 ? '' : 's'} could not be read (${names.slice(0, 3).join('; ')}${names.length > 3 ? '; …' : ''})`;
}

/**
 * Why a live gateway's connections are not known in full other than through rows that could not be read (unreadCount):
 * its row does not list them (a vWAN gateway without `expressRouteConnections`), or it was read from one page of several
 * (src/inventory/build.ts). Undefined when they are known, or only unread rows leave them open, or it is a template's.
 */
export function connectionListOpen(g: Gateway): string | undefined {
  return isTemplateResource(g) || unreadCount(g) > 0 ? undefined : unknownReason(g, 'connectionKeys');
}

/** How many connections naming a live gateway or circuit (or that may) could not be read (see unreadText); none for a template's. */
export function unreadCount(r: Circuit | Gateway): number {
  return isTemplateResource(r) ? 0 : (r.unreadConnections?.length ?? 0);
}

/** The circuit's Azure private peering is known to be Disabled: the analysis' (ERS-COST-003 reads it too). */
export { privatePeeringDisabled } from '../../analysis/index.js';
