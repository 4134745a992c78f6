import { createHash } from 'node:crypto';
import { allLinks, allPeerings, type AnyResource, type Inventory } from '../inventory/model.js';
import { severityRank, type Finding } from '../findings/model.js';
import { evaluate, fieldsOf, getPath } from './conditions.js';
import { getFunction, type Violation } from './functions/index.js';
import type { Condition, RuleDefinition } from './model.js';
import type { CostSummary } from '../pricing/model.js';

/** Stable across runs, machines and input order: a hash of the rule id and the lower-cased ARM id. */
export function fingerprintOf(ruleId: string, resourceId: string): string {
  return createHash('sha256').update(`${ruleId}|${resourceId.toLowerCase()}`).digest('hex').slice(0, 32);
}

function resourcesOfKind(inv: Inventory, kind: RuleDefinition['resource'], children: { peerings?: AnyResource[]; links?: AnyResource[] }): AnyResource[] {
  switch (kind) {
    case 'circuit':
      return inv.circuits;
    case 'peering':
      return (children.peerings ??= allPeerings(inv));
    case 'port':
      return inv.ports;
    case 'link':
      return (children.links ??= allLinks(inv));
    case 'gateway':
      return inv.gateways;
    case 'connection':
      return inv.connections;
    default:
      return [];
  }
}

const PARAM_REF = /^\{params\.([A-Za-z0-9_]+)\}$/;

/** Replaces `{params.x}` values in a condition by the rule's parameter values. */
export function bindParams(cond: Condition, params: Record<string, unknown>): Condition {
  const bind = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const m = PARAM_REF.exec(v);
      return m ? params[m[1]] : v;
    }
    if (Array.isArray(v)) return v.map(bind);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, bind(x)]));
    return v;
  };
  return bind(cond) as Condition;
}

/** Renders a value for a message: lists joined, missing values shown as "(not set)". */
export function show(v: unknown): string {
  if (v === undefined || v === null || v === '') return '(not set)';
  if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.map(show).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Fills `{path}` placeholders from the context; unknown placeholders stay visible. */
export function renderMessage(template: string, ctx: Record<string, unknown>): string {
  return template.replace(/\{([A-Za-z0-9_.]+)\}/g, (m, path: string) => {
    const v = getPath(ctx, path);
    return v === undefined && !(path.split('.')[0] in ctx) ? m : show(v);
  });
}

/** A name that identifies the resource on its own: child resources carry their parent's name (ARM style). */
export function displayName(r: AnyResource): string {
  if (r.kind === 'peering') return `${r.circuitName}/${r.name}`;
  if (r.kind === 'link') return `${r.portName}/${r.name}`;
  return r.name;
}

function makeFinding(rule: RuleDefinition, r: AnyResource, message: string, status: 'fail' | 'unknown'): Finding {
  const loc = r.source && r.source.file && r.source.line ? { file: r.source.file, line: r.source.line, column: r.source.column ?? 1 } : undefined;
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    category: rule.category,
    severity: rule.severity,
    resourceId: r.id,
    resourceType: r.type,
    resourceName: displayName(r),
    ...(r.subscriptionId ? { subscriptionId: r.subscriptionId } : {}),
    ...(r.tenantId ? { tenantId: r.tenantId } : {}),
    message: status === 'unknown' ? `${message} (undecided: a value this rule reads could not be resolved from the template)` : message,
    ...(loc ? { location: loc } : {}),
    ...(r.source ? { source: r.source } : {}),
    fingerprint: fingerprintOf(rule.id, r.id),
    ...(status === 'unknown' ? { status } : {}),
  };
}

/**
 * Normalised field names (src/inventory/model.ts) fed by a raw ARM property, where the names differ.
 * Anything not listed keeps its own name (`vlanId` → `vlanId`).
 */
const RAW_TO_FIELDS: Record<string, string[]> = {
  sku: ['skuName', 'tier', 'billingModel', 'skuTier'],
  name: ['skuName', 'tier', 'billingModel'],
  tier: ['tier', 'skuTier'],
  family: ['billingModel'],
  bandwidthInMbps: ['bandwidthMbps'],
  bandwidthInGbps: ['bandwidthGbps', 'bandwidthMbps'],
  serviceProviderProperties: ['serviceProviderName', 'peeringLocation', 'bandwidthMbps'],
  expressRoutePort: ['portKey', 'isDirect', 'peeringLocation'],
  expressRouteGatewayBypass: ['fastPath'],
  enablePrivateLinkFastPath: ['privateLinkFastPath'],
  peer: ['circuitId', 'circuitKey'],
  expressRouteCircuitPeering: ['circuitId', 'circuitKey'],
  virtualNetworkGateway1: ['gatewayKey'],
  autoScaleConfiguration: ['minScaleUnits', 'maxScaleUnits'],
  bounds: ['minScaleUnits', 'maxScaleUnits'],
  min: ['minScaleUnits'],
  max: ['maxScaleUnits'],
  routeFilter: ['routeFilterId'],
  sharedKey: ['sharedKeyConfigured'],
  macSecConfig: ['cipher', 'cknSecretConfigured', 'cakSecretConfigured', 'secretsInKeyVault', 'sciState'],
  cknSecretIdentifier: ['cknSecretConfigured', 'secretsInKeyVault'],
  cakSecretIdentifier: ['cakSecretConfigured', 'secretsInKeyVault'],
  primaryPeerAddressPrefix: ['primaryPeerAddressPrefix', 'primaryPrefixLength'],
  secondaryPeerAddressPrefix: ['secondaryPeerAddressPrefix', 'secondaryPrefixLength'],
  ipConfigurations: ['networkKey'],
  virtualHub: ['networkKey'],
  identity: ['hasIdentity'],
  authorizationKey: ['usesAuthorization'],
};

/** The normalised field names a resource could not resolve (template sources). */
export function unresolvedFields(r: AnyResource): Set<string> {
  const out = new Set<string>();
  for (const path of r.unresolved ?? []) {
    const segments = path.replace(/\[\d+\]/g, '').split('.').filter(Boolean);
    const leaf = segments[segments.length - 1];
    if (!leaf) continue;
    // `sku.name` of a circuit feeds tier and billing model; a bare `name` elsewhere is the resource name.
    const key = leaf === 'name' && segments[segments.length - 2] !== 'sku' ? '' : leaf;
    for (const f of RAW_TO_FIELDS[key] ?? [leaf]) out.add(f);
  }
  return out;
}

const unresolvedCache = new WeakMap<AnyResource, Set<string>>();

/**
 * True when the rule reads a value the template could not resolve: the verdict is then `unknown`,
 * whether the condition happened to hold or not (never guessed compliant, never a plain fail).
 */
function readsUnresolved(r: AnyResource, fields: string[]): boolean {
  if (!r.unresolved || r.unresolved.length === 0) return false;
  // Derived once per resource, not once per rule.
  let missing = unresolvedCache.get(r);
  if (!missing) unresolvedCache.set(r, (missing = unresolvedFields(r)));
  return fields.some((f) => {
    const segs = f.split('.');
    return segs.some((s) => missing.has(s));
  });
}

/** Deployed state (provisioning, connection status) exists only for resources read from Azure. */
function isTemplateResource(r: AnyResource): boolean {
  return r.source?.kind === 'arm' || r.source?.kind === 'terraform' || r.source?.kind === 'bicep';
}

/** Per-rule evaluation budget: a rule that yields more findings than this is cut off with a notice. */
export const MAX_FINDINGS_PER_RULE = 1_000_000;

export interface EngineOutput {
  findings: Finding[];
  notices: string[];
}

/**
 * Runs every rule on the inventory. Cost is O(rules × resources) for condition rules, and linear
 * in the estate for function rules. Findings come back sorted deterministically.
 */
export function runRules(
  inv: Inventory,
  rules: RuleDefinition[],
  paramsByRule: Record<string, Record<string, unknown>> = {},
  cost?: CostSummary,
): EngineOutput {
  const findings: Finding[] = [];
  const notices: string[] = [];
  const children = {}; // peerings and links, flattened once for all rules
  // Only template sources leave values unresolved: live estates skip that check altogether.
  let anyUnresolved = false;
  for (const r of inv.byKey.values()) if (r.unresolved && r.unresolved.length > 0) { anyUnresolved = true; break; }
  for (const rule of rules) {
    const params = { ...(rule.parameters ?? {}), ...(paramsByRule[rule.id] ?? {}) };
    let produced = 0;
    const emit = (f: Finding) => {
      if (produced++ < MAX_FINDINGS_PER_RULE) findings.push(f);
    };
    if (rule.function) {
      const fn = getFunction(rule.function);
      if (!fn) throw new Error(`rule ${rule.id}: unknown function ${rule.function}`);
      const where = rule.where ? bindParams(rule.where, params) : undefined;
      const violations: Violation[] = fn({ inventory: inv, params, rule, cost });
      for (const v of violations) {
        if (rule.deployedState && isTemplateResource(v.resource)) continue;
        if (where && !evaluate(where, v.resource).ok) continue;
        const ctx = { ...v.resource, params, details: v.details ?? {}, actual: v.actual, expected: v.expected ?? rule.expected ?? '' };
        const f = makeFinding(rule, v.resource, renderMessage(rule.message, ctx), v.status ?? 'fail');
        if (v.costImpactUsd !== undefined) Object.assign(f, { costImpactUsd: v.costImpactUsd, ...(v.costImpactChange ? { costImpactChange: v.costImpactChange } : {}) });
        emit(f);
      }
    } else if (rule.assert) {
      const where = rule.where ? bindParams(rule.where, params) : undefined;
      const assert = bindParams(rule.assert, params);
      const fields = [...fieldsOf(where), ...fieldsOf(assert)];
      for (const r of resourcesOfKind(inv, rule.resource, children)) {
        if (rule.deployedState && isTemplateResource(r)) continue;
        const unknown = anyUnresolved && readsUnresolved(r, fields);
        if (!unknown && where && !evaluate(where, r).ok) continue;
        const res = evaluate(assert, r);
        if (res.ok && !unknown) continue;
        const ctx = { ...r, params, field: res.failure?.field, actual: res.failure?.actual, expected: rule.expected ?? res.failure?.expected ?? '' };
        emit(makeFinding(rule, r, renderMessage(rule.message, ctx), unknown ? 'unknown' : 'fail'));
      }
    }
    if (produced > MAX_FINDINGS_PER_RULE) notices.push(`rule ${rule.id} produced ${produced} findings; only the first ${MAX_FINDINGS_PER_RULE} are reported`);
  }
  return { findings: sortFindings(findings), notices };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.resourceId.toLowerCase() < b.resourceId.toLowerCase() ? -1 : a.resourceId.toLowerCase() > b.resourceId.toLowerCase() ? 1 : 0)
  );
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}
