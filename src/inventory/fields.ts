import type { Authorization, Circuit, Connection, Gateway, GlobalReachConnection, Ipv6PeeringConfig, MacsecConfig, MicrosoftPeeringConfig, Peering, Port, PortLink, ResourceBase, ResourceKind, SourceRef } from './model.js';

/**
 * The fields of each resource kind of the inventory model (src/inventory/model.ts) as rule conditions
 * read them (`tier`, `macsec.cipher`, `links.0.macsec.cipher`, `tags.owner`), so a rule that names a
 * field no resource of its kind ever has (`sku.teir`) is refused when it is loaded instead of
 * reading a value that is never there. A field a resource may leave unset (optional in the model:
 * `diagnosticSettingsCount`, `ipv6`) is a field all the same.
 *
 * Each table names every key of its interface (the compiler holds them to it): a field added to the
 * model must be added here.
 */
export type FieldShape =
  /** A single value (text, number, boolean, null). */
  | 'value'
  /** A list of single values (`zones`, `connectionKeys`): `zones.0`, `zones.length`. */
  | 'values'
  /** Tags: `tags.NAME`, any name. */
  | 'tags'
  /** Bookkeeping of the model (what a template leaves unknown, message helpers): not for rules. */
  | 'internal'
  | { object: FieldTable }
  | { listOf: FieldTable };

export type FieldTable = Readonly<Record<string, FieldShape>>;

/** Every key of `T`, each with its shape. */
type FieldsOf<T> = { readonly [K in keyof Required<T>]: FieldShape };

const SOURCE: FieldsOf<SourceRef> = { kind: 'value', file: 'value', deployment: 'value', parameterFile: 'value', line: 'value', column: 'value' };

const BASE: FieldsOf<ResourceBase> = {
  kind: 'value',
  id: 'value',
  key: 'value',
  name: 'value',
  type: 'value',
  subscriptionId: 'value',
  resourceGroup: 'value',
  tenantId: 'value',
  location: 'value',
  tags: 'tags',
  source: { object: SOURCE },
  unresolved: 'internal',
  unknown: 'internal',
  possible: 'internal',
  variants: 'internal',
  partial: 'internal',
  deployed: 'value',
};

const MICROSOFT_PEERING: FieldsOf<MicrosoftPeeringConfig> = {
  advertisedPublicPrefixes: 'values',
  advertisedPublicPrefixesState: 'value',
  customerASN: 'value',
  routingRegistryName: 'value',
  advertisedCommunities: 'values',
};

const IPV6: FieldsOf<Ipv6PeeringConfig> = {
  primaryPeerAddressPrefix: 'value',
  secondaryPeerAddressPrefix: 'value',
  primaryPrefixLength: 'value',
  secondaryPrefixLength: 'value',
  state: 'value',
  routeFilterId: 'value',
  microsoftPeeringConfig: { object: MICROSOFT_PEERING },
};

const GLOBAL_REACH: FieldsOf<GlobalReachConnection> = { id: 'value', name: 'value', peerCircuitKey: 'value', peerCircuitId: 'internal', addressPrefix: 'value', status: 'value' };

const PEERING: FieldsOf<Peering> = {
  ...BASE,
  kind: 'value',
  circuitKey: 'value',
  circuitName: 'value',
  peeringType: 'value',
  state: 'value',
  azureASN: 'value',
  peerASN: 'value',
  vlanId: 'value',
  primaryPeerAddressPrefix: 'value',
  secondaryPeerAddressPrefix: 'value',
  primaryPrefixLength: 'value',
  secondaryPrefixLength: 'value',
  sharedKeyConfigured: 'value',
  provisioningState: 'value',
  microsoftPeeringConfig: { object: MICROSOFT_PEERING },
  routeFilterId: 'value',
  ipv6: { object: IPV6 },
  globalReach: { listOf: GLOBAL_REACH },
  globalReachOtherReads: 'internal',
  peeredConnectionCount: 'value',
  peeredConnections: { listOf: GLOBAL_REACH },
  vwanConnectionId: 'value',
};

const AUTHORIZATION: FieldsOf<Authorization> = { name: 'value', useStatus: 'value', connectionKey: 'value' };

const CIRCUIT: FieldsOf<Circuit> = {
  ...BASE,
  kind: 'value',
  skuName: 'value',
  tier: 'value',
  billingModel: 'value',
  serviceProviderName: 'value',
  peeringLocation: 'value',
  bandwidthMbps: 'value',
  bandwidthGbps: 'value',
  isDirect: 'value',
  portKey: 'value',
  portId: 'internal',
  serviceProviderProvisioningState: 'value',
  circuitProvisioningState: 'value',
  provisioningState: 'value',
  allowClassicOperations: 'value',
  globalReachEnabled: 'value',
  enableDirectPortRateLimit: 'value',
  authorizations: { listOf: AUTHORIZATION },
  peerings: { listOf: PEERING },
  diagnosticSettingsCount: 'value',
  connectionKeys: 'values',
  gatewayKeys: 'values',
  unreadConnections: 'internal',
  peeringsContradictConnections: 'internal',
  openGatewayRegions: 'internal',
  metricAlertCount: 'value',
};

const MACSEC: FieldsOf<MacsecConfig> = { cipher: 'value', cknSecretConfigured: 'value', cakSecretConfigured: 'value', secretsInKeyVault: 'value', sciState: 'value' };

const LINK: FieldsOf<PortLink> = {
  ...BASE,
  kind: 'value',
  portKey: 'value',
  portName: 'value',
  adminState: 'value',
  connectorType: 'value',
  provisioningState: 'value',
  macsec: { object: MACSEC },
  portWithoutCircuits: 'value',
  defaulted: 'internal',
};

const PORT: FieldsOf<Port> = {
  ...BASE,
  kind: 'value',
  peeringLocation: 'value',
  bandwidthGbps: 'value',
  provisionedBandwidthGbps: 'value',
  encapsulation: 'value',
  billingType: 'value',
  provisioningState: 'value',
  diagnosticSettingsCount: 'value',
  hasIdentity: 'value',
  links: { listOf: LINK },
  circuitKeys: 'values',
  circuitIds: 'internal',
  metricAlertCount: 'value',
};

const GATEWAY: FieldsOf<Gateway> = {
  ...BASE,
  kind: 'value',
  flavor: 'value',
  gatewayType: 'value',
  skuName: 'value',
  skuTier: 'value',
  minScaleUnits: 'value',
  maxScaleUnits: 'value',
  zones: 'values',
  networkKey: 'value',
  adminState: 'value',
  provisioningState: 'value',
  diagnosticSettingsCount: 'value',
  connectionKeys: 'values',
  circuitKeys: 'values',
  unreadConnections: 'internal',
  extendedLocation: 'value',
  allowRemoteVnetTraffic: 'value',
  allowVirtualWanTraffic: 'value',
  allowNonVirtualWanTraffic: 'value',
  maintenanceConfigurationIds: 'values',
  gatewaySubnetId: 'value',
  gatewaySubnetNsgId: 'value',
  metricAlertCount: 'value',
};

const CONNECTION: FieldsOf<Connection> = {
  ...BASE,
  kind: 'value',
  flavor: 'value',
  connectionType: 'value',
  gatewayKey: 'value',
  circuitId: 'value',
  circuitKey: 'value',
  routingWeight: 'value',
  fastPath: 'value',
  privateLinkFastPath: 'value',
  enableInternetSecurity: 'value',
  usesAuthorization: 'value',
  connectionStatus: 'value',
  gatewayTypeNamed: 'value',
  provisioningState: 'value',
  defaulted: 'internal',
};

/** The fields of each resource kind a rule can evaluate. */
export const FIELDS: Readonly<Record<ResourceKind, FieldTable>> = { circuit: CIRCUIT, peering: PEERING, port: PORT, link: LINK, gateway: GATEWAY, connection: CONNECTION };

/** A list index or `length` (conditions read `peerings.0.state`, `zones.length`). */
const LIST_STEP = /^(\d+|length)$/;

/**
 * True when `path` (dotted, as a condition's `field`) names a field resources of `kind` have: each
 * step a key of its table, a list index or `length` after a list, any tag name after `tags`. A path
 * may stop at an object or a list (`ipv6` with `exists`, `peerings` with `count`).
 */
export function isModelField(kind: ResourceKind, path: string): boolean {
  let shape: FieldShape = { object: FIELDS[kind] };
  const steps = path.split('.');
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (shape === 'value' || shape === 'internal') return false;
    if (shape === 'tags') return i === steps.length - 1; // a tag's value is a text: nothing lies below it
    if (shape === 'values') {
      if (!LIST_STEP.test(step)) return false;
      shape = 'value';
    } else if ('listOf' in shape) {
      if (!LIST_STEP.test(step)) return false;
      shape = step === 'length' ? 'value' : { object: shape.listOf };
    } else {
      if (!Object.hasOwn(shape.object, step)) return false;
      shape = shape.object[step];
    }
  }
  return shape !== 'internal';
}

/**
 * Every field path of a kind a rule can name, lists through their first item (`links.0.adminState`)
 * and tags as `tags.NAME`: the vocabulary of "did you mean" suggestions.
 */
export function modelFieldPaths(kind: ResourceKind): string[] {
  const out: string[] = [];
  const walk = (table: FieldTable, prefix: string, depth: number) => {
    for (const [key, shape] of Object.entries(table)) {
      const path = prefix + key;
      if (shape === 'internal') continue;
      if (shape === 'tags') out.push(`${path}.NAME`);
      else if (shape === 'value' || shape === 'values') out.push(path);
      else if ('object' in shape) {
        out.push(path);
        walk(shape.object, `${path}.`, depth);
      } else {
        out.push(path);
        // A circuit's peerings are resources of their own: one level of a list of them is enough.
        if (depth < 1) walk(shape.listOf, `${path}.0.`, depth + 1);
      }
    }
  };
  walk(FIELDS[kind], '', 0);
  return out;
}
