/**
 * The two Resource Graph queries the crawler sends (research/graph.md §4.2). Both project `id`
 * (paging only works then) and sort by it, so `$skipToken` pages are stable.
 */

/** Q0: the subscriptions in scope, with their tenant (a foreign tenantId means Lighthouse). */
export const SUBSCRIPTIONS_QUERY = [
  'resourcecontainers',
  "| where type == 'microsoft.resources/subscriptions'",
  '| project id, subscriptionId, name, tenantId, state = tostring(properties.state)',
  '| order by id asc',
].join('\n');

/** Q7: every ExpressRoute resource family in one paged query, raw rows normalised in TypeScript. */
export const EXPRESSROUTE_TYPES = [
  'microsoft.network/expressroutecircuits',
  'microsoft.network/expressrouteports',
  'microsoft.network/virtualnetworkgateways',
  'microsoft.network/connections',
  'microsoft.network/expressroutegateways',
] as const;

export const EXPRESSROUTE_QUERY = [
  'resources',
  `| where type in~ (${EXPRESSROUTE_TYPES.map((t) => `'${t}'`).join(', ')})`,
  "| where type !~ 'microsoft.network/virtualnetworkgateways' or tostring(properties.gatewayType) =~ 'ExpressRoute'",
  "| where type !~ 'microsoft.network/connections' or tostring(properties.connectionType) =~ 'ExpressRoute'",
  '| project id, name, type, tenantId, subscriptionId, resourceGroup, location, zones, tags, sku, identity, properties',
  '| order by id asc',
].join('\n');

/** Resource Graph limits (research/graph.md §5). */
export const MAX_PAGE_ROWS = 1000;
export const MAX_SUBSCRIPTIONS_PER_REQUEST = 300;
