import type { SuppressionEntry } from '../config/load.js';
import { InputError, displayPath } from '../util/errors.js';
import { compileGlob, GlobError } from '../util/glob.js';
import type { Finding } from './model.js';
import { closestNames } from '../rules/select.js';

/** One suppression as the report lists it: what it names and how many findings it matched. */
export interface SuppressionUse {
  ruleId: string;
  resource: string;
  justification: string;
  expires?: string;
  /** The file that declared it, as printed (relative to the working folder when inside it). */
  file?: string;
  /** Findings it matched in this scan (for an expired one: the findings it no longer hides). */
  matched: number;
  state: 'active' | 'expired';
}

export interface SuppressionOutcome {
  findings: Finding[];
  /** Expired suppressions (they no longer suppress) and suppressions that matched nothing. */
  notices: string[];
  /** Every suppression with its match count, in declaration order. */
  uses: SuppressionUse[];
}

const where = (e: SuppressionEntry) => (e.file ? displayPath(e.file) : 'config');

/** ARM ids of every shape erscan reports on: a resource glob that matches all of them matches everything. */
const CIRCUIT_PROBE = '/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-a/providers/microsoft.network/expressroutecircuits/er-a';
const GATEWAY_PROBE = '/subscriptions/ffffffff-ffff-ffff-ffff-fffffffffff2/resourcegroups/net.prod(1)/providers/microsoft.network/virtualnetworkgateways/gw_b';
const CONNECTION_PROBE = '/subscriptions/12345678-1234-1234-1234-123456789abc/resourcegroups/x/providers/microsoft.network/connections/conn';

const RESOURCE_PROBES = [
  CIRCUIT_PROBE,
  `${CIRCUIT_PROBE}/peerings/azureprivatepeering`,
  GATEWAY_PROBE,
  '/subscriptions/{subscription}/resourcegroups/{resourcegroup}/providers/microsoft.network/expressrouteports/port-c/links/link1',
  '/subscriptions/12345678-1234-1234-1234-123456789abc/resourcegroups/x/providers/microsoft.network/expressroutegateways/hub/expressrouteconnections/c-1',
  CONNECTION_PROBE,
];

// Top-level resources of every kind, each in another subscription and resource group: a pattern that
// matches them all (`/subscriptions/*/resourceGroups/*/providers/*/*/*`) suppresses every circuit, port,
// gateway and connection anywhere, which is everything but in name.
const TOP_LEVEL_PROBES = [
  CIRCUIT_PROBE,
  GATEWAY_PROBE,
  CONNECTION_PROBE,
  '/subscriptions/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/resourcegroups/ports/providers/microsoft.network/expressrouteports/port-d',
  '/subscriptions/{subscription}/resourcegroups/{resourcegroup}/providers/microsoft.network/expressroutegateways/hub-e',
];

/** Longest pattern taken: a rule id or ARM id glob is short; a longer one is a mistake, not a pattern. */
export const MAX_RULE_PATTERN = 256;
export const MAX_RESOURCE_PATTERN = 4096;

/** A suppression's glob, compiled; one erscan cannot use is bad input naming the file and the entry. */
function globFor(e: SuppressionEntry, key: 'ruleId' | 'resource'): (id: string) => boolean {
  const pattern = e[key];
  const max = key === 'ruleId' ? MAX_RULE_PATTERN : MAX_RESOURCE_PATTERN;
  const what = key === 'ruleId' ? 'a rule id or a glob over rule ids' : 'an ARM id or a glob over ARM ids';
  const at = `${e.at ?? '$.suppressions'}.${key}`;
  if (pattern.length > max) throw new InputError(e.file ?? 'config', at, `${what} of at most ${max} characters`, `${pattern.length} characters`);
  try {
    return compileGlob(pattern.toLowerCase(), key === 'resource');
  } catch (err) {
    if (err instanceof GlobError) throw new InputError(e.file ?? 'config', at, `${what}: ${err.message}`, JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 77)}...` : pattern));
    throw err;
  }
}

const ruleMatcher = (e: SuppressionEntry) => {
  const m = globFor(e, 'ruleId');
  return (id: string) => e.ruleId === '*' || e.ruleId.toLowerCase() === id.toLowerCase() || m(id.toLowerCase());
};
const resourceMatcher = (e: SuppressionEntry) => {
  const m = globFor(e, 'resource');
  return (id: string) => e.resource.toLowerCase() === id || m(id);
};

/**
 * Refuses a suppression that matches every rule that runs (`ruleIds`: the rules the config selects)
 * on every resource: it would turn the scan into a pass whatever the estate holds. Name a rule (or a
 * glob over some) or a resource.
 */
export function refuseBlanketSuppressions(entries: SuppressionEntry[], ruleIds: string[]): void {
  if (ruleIds.length === 0) return;
  for (const e of entries) {
    const rule = ruleMatcher(e);
    const resource = resourceMatcher(e);
    if (ruleIds.every(rule) && (RESOURCE_PROBES.every(resource) || TOP_LEVEL_PROBES.every(resource))) {
      throw new InputError(
        e.file ?? 'config',
        e.at ?? '$.suppressions',
        'a suppression narrower than every rule on every resource (name a rule id, or an ARM id or a glob over some resources)',
        `ruleId ${JSON.stringify(e.ruleId)} on resource ${JSON.stringify(e.resource)}, which suppresses everything`,
      );
    }
  }
}

/**
 * Refuses a suppression whose `ruleId` names no rule erscan has (the catalogue and the `--rules` folders, selected or
 * not): a typo (`ERS-COST-03`), a rule's name where its id belongs (suppressions match ids), an id of a rule folder
 * this scan does not load. It could never match, so the finding it was meant to accept stays reported; said as a
 * note only, the mistake went unnamed. Refused as a config selector naming no rule is, with the closest ids.
 */
export function refuseSuppressionsOfNoRule(entries: SuppressionEntry[], rules: readonly { id: string; name: string }[]): void {
  if (rules.length === 0) return;
  for (const e of entries) {
    const rule = ruleMatcher(e);
    if (rules.some((r) => rule(r.id))) continue;
    const named = rules.find((r) => r.name === e.ruleId.toLowerCase());
    const near = named ? `the id of ${named.name} is ${named.id}` : `the closest known: ${closestNames(e.ruleId, rules.map((r) => r.id)).join(', ')}`;
    const pattern = JSON.stringify(e.ruleId.length > 80 ? `${e.ruleId.slice(0, 77)}...` : e.ruleId);
    throw new InputError(e.file ?? 'config', `${e.at ?? '$.suppressions'}.ruleId`, `the id of a rule erscan has, or a glob over some (${near})`, pattern);
  }
}

/**
 * Marks findings covered by a live suppression (they stay in the report, with `suppression`).
 * `today` is YYYY-MM-DD; a suppression expiring today still applies, from tomorrow it does not.
 *
 * An expired suppression is reported twice over: as a notice, and on the finding it used to hide,
 * whose message then ends with "suppression expired on …" so that every reporter (console, SARIF,
 * HTML) shows why the finding is back. The fingerprint does not change.
 *
 * `ruleId` is an id, a glob over ids (`ERS-COST-*`) or `*`; `resource` is an ARM id or a glob over
 * ARM ids (`*` within a segment, `**` across segments). Both compare case-insensitively.
 */
export function applySuppressions(findings: Finding[], entries: SuppressionEntry[], today: string, ruleIds?: string[]): SuppressionOutcome {
  // With the ids of the rules the config selects, a suppression of everything is refused (bad input, exit 2).
  if (ruleIds) refuseBlanketSuppressions(entries, ruleIds);
  const notices: string[] = [];
  const compiled = entries.map((e) => ({
    e,
    matchRule: ruleMatcher(e),
    matchResource: resourceMatcher(e),
    expired: e.expires !== undefined && e.expires < today,
    used: 0,
  }));
  const suppress = (f: Finding): Finding => {
    // Lower-cased once per finding, when a rule matches.
    let id: string | undefined;
    let expired: (typeof compiled)[number] | undefined;
    let live: (typeof compiled)[number] | undefined;
    // Every entry counts every finding it matches (the report lists the counts); the first live
    // entry is the one that suppresses.
    for (let i = 0; i < compiled.length; i++) {
      const c = compiled[i];
      if (!c.matchRule(f.ruleId)) continue;
      if (!c.matchResource((id ??= f.resourceId.toLowerCase()))) continue;
      c.used++;
      if (c.expired) expired ??= c;
      else live ??= c;
    }
    if (live) return { ...f, suppression: { justification: live.e.justification, ...(live.e.expires ? { expires: live.e.expires } : {}) } };
    return expired ? { ...f, message: `${f.message} (suppression expired on ${expired.e.expires}: "${expired.e.justification}")` } : f;
  };
  // Without suppressions (the common case) no finding is looked at: lower-casing every id for nothing
  // cost ~0.15 s of main thread at 100,000 circuits.
  const out = compiled.length === 0 ? findings.slice() : findings.map(suppress);
  for (const c of compiled) {
    if (c.expired && c.used)
      notices.push(`expired suppression: ${c.e.ruleId} on ${c.e.resource} expired on ${c.e.expires}; ${c.used} finding${c.used === 1 ? ' is' : 's are'} reported again (${where(c.e)})`);
    else if (c.expired) notices.push(`expired suppression: ${c.e.ruleId} on ${c.e.resource} expired on ${c.e.expires} and matches nothing: remove it (${where(c.e)})`);
    else if (!c.used) notices.push(`suppression of ${c.e.ruleId} on ${c.e.resource} matched no finding (${where(c.e)})`);
  }
  const uses: SuppressionUse[] = compiled.map((c) => ({
    ruleId: c.e.ruleId,
    resource: c.e.resource,
    justification: c.e.justification,
    ...(c.e.expires ? { expires: c.e.expires } : {}),
    ...(c.e.file ? { file: displayPath(c.e.file) } : {}),
    matched: c.used,
    state: c.expired ? 'expired' : 'active',
  }));
  return { findings: out, notices, uses };
}
