/**
 * Synthetic ARM ids for resources declared in templates and plans. A template does not know the
 * subscription or resource group it will be deployed to, so ids use fixed placeholders (never a
 * random or time-based value): fingerprints, baselines and relations between files then stay stable
 * from run to run and from one commit to the next.
 */

/** Placeholder subscription id in synthetic ids (what `subscription().subscriptionId` evaluates to). */
export const PLACEHOLDER_SUBSCRIPTION = '{subscription}';
/** Placeholder resource group name in synthetic ids (what `resourceGroup().name` evaluates to). */
export const PLACEHOLDER_RESOURCE_GROUP = '{resourceGroup}';

/**
 * A name built from the placeholders, as users see it: `‹resourceGroup().name›-gw-er` (a parameter
 * defaulting to `[resourceGroup().name]`). The placeholder stays in ids (an id part, stable from run to
 * run); a name never shows it as if it were the value.
 */
export function labelPlaceholders(name: string): string {
  if (!name.includes('{')) return name;
  return name.replace(/\{resourceGroup(?::[^}]*)?\}/g, '‹resourceGroup().name›').replace(/\{subscription\}/g, '‹subscription().subscriptionId›');
}

export interface IdScope {
  subscriptionId: string;
  resourceGroup: string;
}

/** A full resource type has a namespace: `Microsoft.Network/expressRouteCircuits/peerings`. */
export function isFullType(s: string): boolean {
  return /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+\/[A-Za-z0-9]/.test(s);
}

/** `/providers/Microsoft.Network/expressRouteCircuits/er1/peerings/AzurePrivatePeering` from a type and its names. */
export function providerPath(type: string, names: string[]): string | { error: string } {
  // A slash after the type (`'Microsoft.Network/virtualNetworks/subnets/'`, as the quickstart
  // expressroute-circuit-vnet-connection writes it, and deploys) names no segment.
  const segs = type.replace(/\/+$/, '').split('/');
  const types = segs.slice(1);
  if (types.length !== names.length) return { error: `expects ${types.length} name segment(s) for type ${type}, found ${names.length}` };
  let out = `/providers/${segs[0]}`;
  types.forEach((t, i) => (out += `/${t}/${names[i]}`));
  return out;
}

/** The id of a resource group level resource of `type` named `name` (`circuit/peering` for children). */
export function resourceGroupResourceId(scope: IdScope, type: string, name: string): string {
  const names = name.split('/');
  const p = providerPath(type, names);
  const path = typeof p === 'string' ? p : `/providers/${type}/${name}`;
  return `/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroup}${path}`;
}

/**
 * `resourceId()`, `subscriptionResourceId()`, `tenantResourceId()` and `extensionResourceId()` as
 * ARM computes them. Leading arguments before the resource type are the subscription and resource
 * group (`resourceId([subscriptionId], [resourceGroupName], type, name1, ...)`).
 */
export function resourceIdFor(fn: string, args: string[], scope: IdScope): string | { error: string } {
  if (fn === 'extensionresourceid') {
    const [base, type, ...names] = args;
    if (base === undefined || type === undefined) return { error: 'needs a resource id, a type and names' };
    const p = providerPath(type, names);
    return typeof p === 'string' ? `${base.replace(/\/$/, '')}${p}` : p;
  }
  const typeAt = args.findIndex(isFullType);
  if (typeAt < 0) return { error: 'needs a resource type such as Microsoft.Network/expressRouteCircuits' };
  const before = args.slice(0, typeAt);
  const p = providerPath(args[typeAt], args.slice(typeAt + 1));
  if (typeof p !== 'string') return p;
  if (fn === 'tenantresourceid') return p;
  if (fn === 'subscriptionresourceid') {
    if (before.length > 1) return { error: 'takes at most a subscription id before the type' };
    return `/subscriptions/${before[0] ?? scope.subscriptionId}${p}`;
  }
  if (before.length > 2) return { error: 'takes at most a subscription id and a resource group name before the type' };
  const sub = before.length === 2 ? before[0] : scope.subscriptionId;
  const rg = before.length >= 1 ? before[before.length - 1] : scope.resourceGroup;
  return `/subscriptions/${sub}/resourceGroups/${rg}${p}`;
}


/** Stand-in names (`unresolved:name:1a2b3c4d`) and their labels: see src/inventory/names.ts. */
export { standIn, standInOf } from '../../inventory/names.js';
