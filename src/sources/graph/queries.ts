/**
 * The Resource Graph queries the crawler sends (research/graph.md §4.2). All project `id` (paging
 * only works then) and sort by it, so `$skipToken` pages are stable.
 */

/** Q0: the subscriptions in scope, with their tenant (a foreign tenantId means Lighthouse). */
export const SUBSCRIPTIONS_QUERY = [
  'resourcecontainers',
  "| where type == 'microsoft.resources/subscriptions'",
  '| project id, subscriptionId, name, tenantId, state = tostring(properties.state)',
  '| order by id asc',
].join('\n');

/** The ExpressRoute resource families the inventory is built from. */
export const EXPRESSROUTE_TYPES = [
  'microsoft.network/expressroutecircuits',
  'microsoft.network/expressrouteports',
  'microsoft.network/virtualnetworkgateways',
  'microsoft.network/connections',
  'microsoft.network/expressroutegateways',
] as const;

/**
 * Rows the rules need beside the ExpressRoute resources, read by the same query (same table): metric
 * alert rules whose scopes or target type name an ExpressRoute resource, and virtual networks that
 * have a GatewaySubnet (for its network security group). The crawler turns them into annotations on
 * the ExpressRoute rows (`row.erscan`, src/sources/graph/extras.ts) and drops them.
 */
export const METRIC_ALERT_TYPE = 'microsoft.insights/metricalerts';
export const VIRTUAL_NETWORK_TYPE = 'microsoft.network/virtualnetworks';

/** Q7: every ExpressRoute resource family (and the rows above) in one paged query, normalised in TypeScript. */
export const EXPRESSROUTE_QUERY = [
  'resources',
  `| where type in~ (${[...EXPRESSROUTE_TYPES, METRIC_ALERT_TYPE, VIRTUAL_NETWORK_TYPE].map((t) => `'${t}'`).join(', ')})`,
  "| where type !~ 'microsoft.network/virtualnetworkgateways' or tostring(properties.gatewayType) =~ 'ExpressRoute'",
  "| where type !~ 'microsoft.network/connections' or tostring(properties.connectionType) =~ 'ExpressRoute'",
  `| where type !~ '${METRIC_ALERT_TYPE}' or tostring(properties.scopes) contains 'microsoft.network/expressroute' or tostring(properties.scopes) contains 'microsoft.network/virtualnetworkgateways' or tostring(properties.targetResourceType) contains 'microsoft.network/expressroute' or tostring(properties.targetResourceType) contains 'microsoft.network/virtualnetworkgateways'`,
  `| where type !~ '${VIRTUAL_NETWORK_TYPE}' or tostring(properties.subnets) contains '/subnets/GatewaySubnet'`,
  '| project id, name, type, tenantId, subscriptionId, resourceGroup, location, zones, tags, sku, identity, extendedLocation, properties',
  '| order by id asc',
].join('\n');

/**
 * Q8: maintenance configuration assignments of ExpressRoute gateways (customer-controlled gateway
 * maintenance), from the `maintenanceresources` table (APRL 3e115044's query reads the same).
 */
export const MAINTENANCE_QUERY = [
  'maintenanceresources',
  "| where type =~ 'microsoft.maintenance/configurationassignments'",
  '| extend resourceId = tolower(tostring(properties.resourceId))',
  "| where resourceId contains 'microsoft.network/virtualnetworkgateways' or resourceId contains 'microsoft.network/expressroutegateways'",
  '| project id, name, type, subscriptionId, resourceId, maintenanceConfigurationId = tostring(properties.maintenanceConfigurationId)',
  '| order by id asc',
].join('\n');

/** Resource Graph limits (research/graph.md §5). */
export const MAX_PAGE_ROWS = 1000;
export const MAX_SUBSCRIPTIONS_PER_REQUEST = 300;
