import { hash } from 'node:crypto';
import { isTemplateResource } from '../inventory/facts.js';
import { labelStandIns, phraseName } from '../inventory/names.js';
import { cloudOfRegion, locationLabel } from '../locations/index.js';
import { allLinks, allPeerings, type AnyResource, type Inventory } from '../inventory/model.js';
import { collapsePossible, inWorld, MAX_WORLDS, resourceWorlds, worldsOf, type AssignedChoice, type World } from '../inventory/worlds.js';
import { severityRank, type Finding } from '../findings/model.js';
import { compileCondition, evaluate, evaluate3, fieldsOf, getPath, PARAM_REF, readField, type Condition3Result } from './conditions.js';
import { getFunction, type Violation } from './functions/index.js';
import type { Condition, RuleDefinition } from './model.js';
import { UsageError } from '../util/errors.js';
import type { CostSummary } from '../pricing/model.js';
import { useCurrency } from '../util/money.js';

/** Stable across runs, machines and input order: a hash of the rule id and the lower-cased ARM id. */
export function fingerprintOf(ruleId: string, resourceId: string): string {
  return fingerprintOfLower(ruleId, resourceId.toLowerCase());
}

/** `fingerprintOf` for an id already lower-cased (the engine lower-cases each finding's id once, for this and its sort). */
function fingerprintOfLower(ruleId: string, lowerId: string): string {
  // crypto.hash: the same digest as createHash(…).update(…).digest, without a Hash object per finding.
  return hash('sha256', `${ruleId}|${lowerId}`, 'hex').slice(0, 32);
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

/** The value a failure found, said as the documented default where the resource left the field unset. */
function failureActual(r: AnyResource, failure: { field?: string; actual?: unknown } | undefined): unknown {
  if (!failure?.field || !(r as { defaulted?: Record<string, true> }).defaulted?.[failure.field]) return failure?.actual;
  return `${show(failure.actual)} (the default when not set)`;
}

/** Placeholders that hold a resource's name: a label that is the whole name is put in words (src/inventory/names.ts). */
const NAME_PLACEHOLDERS = new Set(['name', 'circuitName', 'portName']);

/**
 * A value a template leaves open, as a message shows it: `‹bandwidthInGbps›` (the value of that
 * parameter, which has none here), `‹a or b›` (several possible values), `‹not known before
 * deployment›`. Never "(not set)", which would assert a value.
 */
function showOpen(ctx: Record<string, unknown>, path: string): string | undefined {
  if (!ctx.unknown && !ctx.possible) return undefined;
  const fact = readField(ctx, path);
  if (!('unknown' in fact)) return undefined;
  const possible = (ctx.possible as Record<string, { values: unknown[] }> | undefined)?.[path];
  if (possible) return `‹${possible.values.map(show).join(' or ')}›`;
  const param = /comes from parameter `([^`]+)`/.exec(fact.unknown)?.[1];
  if (param) return `‹${param}›`;
  // A live row (not a template) that leaves the value out: not known, never "before deployment".
  return isTemplateResource(ctx as Pick<AnyResource, 'source'>) ? '‹not known before deployment›' : '‹not in the input›';
}

/** A `{path}` placeholder of a message template. */
interface Placeholder {
  /** The placeholder as written (`{circuitName}`), shown as it is when the context has no such field. */
  text: string;
  path: string;
  /** The path's first segment. */
  head: string;
  /** A placeholder of NAME_PLACEHOLDERS. */
  isName: boolean;
}

const PLACEHOLDER = /\{([A-Za-z0-9_.]+)\}/g;
/** Each message template split once into text and placeholders (a rule renders one per finding). */
const templateParts = new Map<string, (string | Placeholder)[]>();

function partsOf(template: string): (string | Placeholder)[] {
  let parts = templateParts.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ text: m[0], path: m[1], head: m[1].split('.')[0], isName: NAME_PLACEHOLDERS.has(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  if (templateParts.size < 10_000) templateParts.set(template, parts);
  return parts;
}

function fill(p: Placeholder, ctx: Record<string, unknown>): string {
  const v = getPath(ctx, p.path);
  if (v === undefined && !(p.head in ctx)) return p.text;
  return placeholderText(p, v, ctx.location as string | undefined, showOpen(ctx, p.path));
}

/**
 * A placeholder's text for the value `v` read for it: a name as a sentence says it, the open values of
 * a template resource (`open`), a peering location with its label, or the value itself.
 */
function placeholderText(p: Placeholder, v: unknown, region: string | undefined, open?: string): string {
  if (p.isName && typeof v === 'string') return phraseName(v);
  if (open !== undefined) return open;
  if (p.path === 'peeringLocation' && typeof v === 'string') return locationLabel(v, cloudOfRegion(region)); // "Equinix-Amsterdam-AM5 (Amsterdam)"
  return show(v);
}

/** Fills `{path}` placeholders from the context; unknown placeholders stay visible. */
export function renderMessage(template: string, ctx: Record<string, unknown>): string {
  const parts = partsOf(template);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    out += typeof p === 'string' ? p : fill(p, ctx);
  }
  return out;
}

/** The rule's values a message reads over the resource's fields (`params`, `actual`, `expected`, …). */
type MessageExtras = Record<string, unknown>;

/**
 * `renderMessage(template, { ...r, ...extras })`, without copying the resource for every finding (a
 * resource has dozens of fields; a large estate makes tens of thousands of findings): a placeholder's
 * first segment is read from `extras` when it has it, else from the resource. A template resource
 * whose message may show open values (`unknown`, `possible`) takes the copy, as `showOpen` reads it.
 */
function renderFor(template: string, r: AnyResource, extras: MessageExtras): string {
  if (r.unknown || r.possible) return renderMessage(template, Object.assign(messageContext(r), extras));
  const parts = partsOf(template);
  let out = '';
  // Indexed: once per finding, mostly in unoptimised code, where for…of allocates an iterator and a result per part.
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    out += typeof p === 'string' ? p : fillFrom(p, r, extras);
  }
  return out;
}

/** `fill(p, { ...r, ...extras })` for a resource without open values (see renderFor). */
function fillFrom(p: Placeholder, r: AnyResource, extras: MessageExtras): string {
  const { path, head } = p;
  const inExtras = hasOwn(extras, head);
  const v = getPathBelow(inExtras ? extras[head] : hasOwn(r, head) ? (r as unknown as Record<string, unknown>)[head] : undefined, path);
  if (v === undefined && !(inExtras || head in r)) return p.text;
  return placeholderText(p, v, r.location);
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** `getPath({ [head]: first }, path)`: the rest of a dotted path below its first segment's value. */
function getPathBelow(first: unknown, path: string): unknown {
  const dot = path.indexOf('.');
  if (dot < 0 || first === undefined) return first;
  // A tag by its name, case-insensitively as Azure reads tag names (`{tags.costCenter}` of a `CostCenter` tag).
  return path.startsWith('tags.') ? getPath({ tags: first }, path) : getPath(first, path.slice(dot + 1));
}

/**
 * A name that identifies the resource on its own: child resources carry their parent's name (ARM
 * style). A name a template leaves open shows its label (`‹name›/link1`), never its stand-in.
 */
export function displayName(r: AnyResource): string {
  if (r.kind === 'peering') return labelStandIns(`${r.circuitName}/${r.name}`);
  if (r.kind === 'link') return labelStandIns(`${r.portName}/${r.name}`);
  return labelStandIns(r.name);
}

/** The resource as a message names it: `Circuit er1`, `Peering AzurePrivatePeering of circuit er1`. */
export function subjectOf(r: AnyResource): string {
  switch (r.kind) {
    case 'circuit':
      return `Circuit ${phraseName(r.name)}`;
    case 'peering':
      return `Peering ${phraseName(r.name)} of circuit ${phraseName(r.circuitName)}`;
    case 'port':
      return `ExpressRoute Direct port ${phraseName(r.name)}`;
    case 'link':
      return `Link ${phraseName(r.name)} of ExpressRoute Direct port ${phraseName(r.portName)}`;
    case 'gateway':
      return `Gateway ${phraseName(r.name)}`;
    case 'connection':
      return `Connection ${phraseName(r.name)}`;
  }
}

/** Template files scanned as more than one deployment (one per parameter file). */
function multiDeploymentFiles(inv: Inventory): Set<string> {
  const deployments = new Map<string, Set<string>>();
  for (const r of inv.byKey.values()) {
    const s = r.source;
    if (!s?.file || !s.deployment) continue;
    const set = deployments.get(s.file) ?? new Set<string>();
    set.add(s.deployment);
    deployments.set(s.file, set);
  }
  return new Set([...deployments].filter(([, d]) => d.size > 1).map(([f]) => f));
}

function makeFinding(rule: RuleDefinition, r: AnyResource, lowerId: string, message: string, status: 'fail' | 'unknown', multi?: Set<string>, extras?: FindingExtras): Finding {
  if (!r.source && status === 'fail' && r.subscriptionId && r.tenantId) return liveFinding(rule, r, lowerId, labelStandIns(message), extras);
  const loc = r.source && r.source.file && r.source.line ? { file: r.source.file, line: r.source.line, column: r.source.column ?? 1 } : undefined;
  // A template scanned once per parameter file: the finding says which deployment it belongs to
  // (always in `source.parameterFile`; in the message where the file alone does not tell).
  const said = labelStandIns(message); // an id built from a stand-in name shows its label
  const withParameters = r.source?.parameterFile && r.source.file && multi?.has(r.source.file) ? `${said} (parameters: ${r.source.parameterFile})` : said;
  // Assigned in the order reports print the fields (no object spreads: one finding per failure).
  const f = { ruleId: rule.id, ruleName: rule.name, category: rule.category, severity: rule.severity, resourceId: r.id, resourceType: r.type, resourceName: displayName(r) } as Finding;
  if (r.subscriptionId) f.subscriptionId = r.subscriptionId;
  if (r.tenantId) f.tenantId = r.tenantId;
  f.message = withParameters;
  if (loc) f.location = loc;
  if (r.source) f.source = r.source;
  f.fingerprint = fingerprintOfLower(rule.id, lowerId);
  if (status === 'unknown') f.status = status;
  return extras ? Object.assign(f, extras) : f;
}

/**
 * The finding of a failing live resource (no source file, its subscription and tenant known: nearly
 * every finding of a Resource Graph export) as one literal, in the order `makeFinding` assigns the
 * fields: V8 lays it out in one allocation, where fields added one by one grow a property store
 * per finding. The cost fields of a cost rule come last, as in `makeFinding`.
 */
function liveFinding(rule: RuleDefinition, r: AnyResource, lowerId: string, message: string, extras?: FindingExtras): Finding {
  const f: Finding = {
    ruleId: rule.id,
    ruleName: rule.name,
    category: rule.category,
    severity: rule.severity,
    resourceId: r.id,
    resourceType: r.type,
    resourceName: displayName(r),
    subscriptionId: r.subscriptionId,
    tenantId: r.tenantId,
    message,
    fingerprint: fingerprintOfLower(rule.id, lowerId),
  };
  return extras ? Object.assign(f, extras) : f;
}

/**
 * @deprecated The inventory fields a resource does not know (`unknown`, src/inventory/facts.ts); the
 * raw-path mapping moved into the inventory builder. Prefer `isUnknown` / `firstUnknown`.
 */
export function unresolvedFields(r: AnyResource): Set<string> {
  return new Set(Object.keys(r.unknown ?? {}));
}

/**
 * What a message template reads on a template resource (`{name}`, `{params.x}`, `{actual}`): the
 * resource's fields, then the rule's values assigned by the caller. A copy, then plain assignments:
 * V8 clones the record's shape in one step, where properties listed after a spread in one literal
 * are each defined the slow way.
 */
function messageContext(r: AnyResource): Record<string, unknown> {
  return { ...r };
}

/** The `details` of a violation that has none (read-only: messages only print it). */
const NO_DETAILS: Record<string, unknown> = Object.freeze({});

/** Per-rule evaluation budget: a rule that yields more findings than this is cut off with a notice. */
export const MAX_FINDINGS_PER_RULE = 1_000_000;

export interface EngineOutput {
  findings: Finding[];
  notices: string[];
}

// ------------------------------------------------------------------ facts (templates only)

/**
 * True when a live resource's only fact is that its tags are not known (Resource Graph rows of a query
 * that projects no `tags` column; src/sources/rows.ts). Such a resource needs the facts machinery only
 * for the condition rules that read tags: rule functions read `unknownReason(r, 'tags')` themselves
 * (ERS-ENC-005), and a large export without tags is not made to weigh every rule on facts.
 */
function onlyTagsUnknown(r: AnyResource): boolean {
  if (isTemplateResource(r) || r.possible || r.partial || r.deployed !== undefined || r.unknown === undefined) return false;
  for (const k in r.unknown) if (k !== 'tags') return false;
  if (r.kind === 'circuit') return !r.peerings.some(hasFacts);
  if (r.kind === 'port') return !r.links.some(hasFacts);
  return true;
}

/** A condition reads tags (`tags`, `tags.owner`). */
const readsTags = (fields: string[]) => fields.some((f) => f === 'tags' || f.startsWith('tags.'));

/** True when the resource (or a child) carries template facts: unknown, possible or partial fields. */
function hasFacts(r: AnyResource): boolean {
  if (r.unknown || r.possible || r.partial || r.deployed !== undefined) return true;
  if (r.kind === 'circuit') return r.peerings.some(hasFacts);
  if (r.kind === 'port') return r.links.some(hasFacts);
  return false;
}

/**
 * Whether the resource takes part in the estate: three-valued. A template resource whose deployment
 * is not known, or a VNet gateway (connection) whose type is not known, may not be an ExpressRoute
 * resource at all: what a rule finds on it is then undecided.
 */
function applies(r: AnyResource): Condition3Result {
  if (!inWorld(r)) return { value: false };
  for (const field of ['deployed', ...(r.kind === 'gateway' && r.flavor === 'vnet' ? ['gatewayType'] : r.kind === 'connection' && r.flavor === 'vnet' ? ['connectionType'] : [])]) {
    const fact = readField(r, field);
    if ('unknown' in fact) return { value: undefined, unknown: { field, reason: field === 'gatewayType' ? `whether it is an ExpressRoute gateway is not known: ${fact.unknown}` : field === 'connectionType' ? `whether it is an ExpressRoute connection is not known: ${fact.unknown}` : fact.unknown } };
  }
  return { value: true };
}

/** Fields a rule function adds to its finding beyond the message (the FinOps stream's cost of compliance). */
type FindingExtras = Record<string, unknown>;
const EXTRA_KEYS = ['costImpactUsd', 'costImpactChange', 'keeps', 'provisions'] as const;
/** The extras a violation carries (by name, so a function type that does not declare them still passes them on). */
function extrasOf(v: Violation): FindingExtras | undefined {
  const bag = v as unknown as Record<string, unknown>;
  // A record only for a violation that has them (most have none), and no list of its keys to count them.
  let out: FindingExtras | undefined;
  for (let i = 0; i < EXTRA_KEYS.length; i++) {
    const k = EXTRA_KEYS[i];
    if (bag[k] !== undefined) (out ??= {})[k] = bag[k];
  }
  return out;
}

type Verdict = { kind: 'na' } | { kind: 'pass' } | { kind: 'fail'; message: string; extras?: FindingExtras } | { kind: 'unknown'; reason: string; message?: string; extras?: FindingExtras };

/** `parameter \`skuTier\` is Local or Premium`: the choices that select some worlds among all ('' when none does). */
function describeChoices(selected: AssignedChoice[][], all: AssignedChoice[][]): string {
  const parts: string[] = [];
  const keys = new Map<string, AssignedChoice>();
  for (const a of all) for (const c of a) keys.set(c.key, c);
  for (const [key, c] of keys) {
    const values: unknown[] = [];
    for (const a of selected) {
      const v = a.find((x) => x.key === key)?.value;
      if (!values.some((x) => JSON.stringify(x) === JSON.stringify(v))) values.push(v);
    }
    if (values.length >= c.values.length) continue; // every value: this choice does not matter
    // The shorter of the two lists: "is Basic or Standard", or "is none of ErGw1AZ, ErGw2AZ".
    const others = c.values.filter((v) => !values.some((x) => JSON.stringify(x) === JSON.stringify(v)));
    parts.push(values.length > 2 && others.length < values.length ? `${c.label} is none of ${others.map(show).join(', ')}` : `${c.label} is ${values.map(show).join(' or ')}`);
  }
  return parts.join(' and ');
}

/**
 * The choices of one world that tell it apart from the other `among` (`parameter \`skuName\` is
 * Basic`): to qualify a message rendered in that world, which names that world's values.
 */
function describeWorld(world: AssignedChoice[], among: AssignedChoice[][]): string {
  return world
    .filter((c) => among.some((a) => JSON.stringify(a.find((x) => x.key === c.key)?.value) !== JSON.stringify(c.value)))
    .map((c) => `${c.label} is ${show(c.value)}`)
    .join(' and ');
}

const labelsOf = (all: AssignedChoice[][]) => [...new Set(all.flatMap((a) => a.map((c) => `${c.label} (${c.values.map(show).join(', ')})`)))].join(' and ');

/**
 * Combines a rule's verdicts on one resource across worlds: fails in every world → fail; passes
 * (or does not apply) in every world → nothing; otherwise unknown, naming the choices that fail.
 * A message rendered in one world may name that world's values (a SKU, a tier): where the worlds'
 * messages differ, the one shown says which choices it was rendered for, so it asserts nothing the
 * template leaves open.
 */
function combine(rule: RuleDefinition, r: AnyResource, verdicts: Verdict[], worlds: AssignedChoice[][]): { status: 'fail' | 'unknown'; message: string; extras?: FindingExtras } | undefined {
  const fails = verdicts.filter((v): v is Extract<Verdict, { kind: 'fail' }> => v.kind === 'fail');
  const unknowns = verdicts.filter((v): v is Extract<Verdict, { kind: 'unknown' }> => v.kind === 'unknown');
  if (fails.length === 0 && unknowns.length === 0) return undefined;
  const worldsOf = (kind: Verdict['kind']) => verdicts.map((v, i) => (v.kind === kind ? worlds[i] : undefined)).filter((w): w is AssignedChoice[] => w !== undefined);
  if (fails.length === verdicts.length) {
    const messages = [...new Set(fails.map((f) => f.message))];
    // Extras (a cost impact) hold for the finding only when every world agrees on them.
    const extras = fails.every((f) => JSON.stringify(f.extras) === JSON.stringify(fails[0].extras)) ? fails[0].extras : undefined;
    if (worlds.length <= 1 || worlds.every((w) => w.length === 0)) return { status: 'fail', message: messages[0], extras };
    const every = `for every allowed value of ${labelsOf(worlds)}`;
    if (messages.length === 1) return { status: 'fail', message: `${messages[0]} (${every})`, extras };
    return { status: 'fail', message: `In every case (${every}): ${messages.slice(0, 3).join(' | ')}${messages.length > 3 ? ' | …' : ''}`, extras };
  }
  if (fails.length === 0) {
    const texts = unknowns.map((u) => u.message ?? `${subjectOf(r)}: cannot decide "${rule.title}": ${u.reason}.`);
    const extras = verdicts.length === 1 ? unknowns[0].extras : undefined;
    const undecidedWorlds = worldsOf('unknown');
    const same = texts.every((t) => t === texts[0]);
    const others = unknowns.length < verdicts.length; // some worlds pass, or the rule does not apply there
    if (same && !others) return { status: 'unknown', message: texts[0], extras };
    const when = others ? describeChoices(undecidedWorlds, worlds) : '';
    const example = same ? '' : describeWorld(undecidedWorlds[0], undecidedWorlds);
    const head = `${subjectOf(r)}: undecided ${when ? `when ${when}` : others ? 'for some choices of the template' : `for every allowed value of ${labelsOf(undecidedWorlds)}`}${others ? ', and it holds or does not apply otherwise' : ''}.`;
    return { status: 'unknown', message: `${head} ${example ? `For example, when ${example}: ` : ''}${texts[0]}`, extras };
  }
  // Some worlds fail, others pass or are undecided: name the choices that fail.
  const failing = worldsOf('fail');
  const when = describeChoices(failing, worlds) || 'some choices of the template';
  const undecided = unknowns.length > 0 ? `; otherwise undecided: ${unknowns[0].reason}` : ' and holds otherwise';
  const example = fails.every((f) => f.message === fails[0].message) ? '' : describeWorld(failing[0], failing);
  return { status: 'unknown', message: `${subjectOf(r)}: "${rule.title}" fails when ${when}${undecided}. ${example ? `For example, when ${example}` : 'When it fails'}: ${fails[0].message}` };
}

/** The rule's verdict on one resource in one world (three-valued where and assert). */
function verdictOf(rule: RuleDefinition, r: AnyResource, where: Condition | undefined, assert: Condition, params: Record<string, unknown>): Verdict {
  const ap = applies(r);
  if (ap.value === false) return { kind: 'na' };
  const wh: Condition3Result = where ? evaluate3(where, r) : { value: true };
  if (wh.value === false) return { kind: 'na' };
  const as = evaluate3(assert, r);
  if (as.value === true) return { kind: 'pass' };
  if (ap.value === true && wh.value === true && as.value === false) {
    const ctx = { ...r, params, field: as.failure?.field, actual: failureActual(r, as.failure), expected: rule.expected ?? as.failure?.expected ?? '' };
    return { kind: 'fail', message: renderMessage(rule.message, ctx) };
  }
  const reason = ap.value === undefined ? ap.unknown!.reason : wh.value === undefined ? wh.unknown!.reason : as.unknown!.reason;
  return { kind: 'unknown', reason };
}

/** True when a rule field (`links.0.macsec.cipher`) reads the holder's field `field`. */
function reads(ruleFields: string[], r: AnyResource, holder: AnyResource, field: string): boolean {
  if (field === 'deployed' || field === 'gatewayType' || field === 'connectionType') return true; // applicability
  const related = (f: string, p: string) => f === p || f.startsWith(`${p}.`) || p.startsWith(`${f}.`);
  if (holder === r) return ruleFields.some((f) => related(f, field));
  const list = holder.kind === 'peering' ? 'peerings' : 'links';
  return ruleFields.some((f) => f.startsWith(`${list}.`) && related(f.split('.').slice(2).join('.'), field));
}

const tooMany = (r: AnyResource, field: string) => `\`${field}\` has one of ${r.possible?.[field]?.values.length ?? 'several'} possible values (${r.possible?.[field]?.from ?? 'template parameters'}), in more combinations than erscan evaluates (${MAX_WORLDS})`;

/** A condition rule on one resource with template facts: three-valued, over the local combinations of its choices. */
function conditionOnFacts(rule: RuleDefinition, r: AnyResource, where: Condition | undefined, assert: Condition, fields: string[], params: Record<string, unknown>) {
  let worlds = resourceWorlds(r, (holder, field) => reads(fields, r, holder, field));
  if (!worlds) {
    const collapsed = collapsePossible({ circuits: [], ports: [], gateways: [], connections: [], subscriptions: [], tenants: [], byKey: new Map([[r.key, r]]) }, tooMany).byKey.get(r.key)!;
    worlds = [{ resource: collapsed, assignment: [] }];
  }
  const verdicts = worlds.map((w) => verdictOf(rule, w.resource, where, assert, params));
  return combine(
    rule,
    r,
    verdicts,
    worlds.map((w) => w.assignment),
  );
}

/** The choices a resource's verdict may depend on: its own, its children's, and those of the resources it is related to. */
function relatedChoiceKeys(inv: Inventory, r: AnyResource): Set<string> {
  const related: AnyResource[] = [r];
  const add = (k: string | undefined) => {
    const x = k ? inv.byKey.get(k) : undefined;
    if (x) related.push(x);
  };
  if (r.kind === 'circuit') {
    related.push(...r.peerings);
    r.connectionKeys.forEach(add);
    r.gatewayKeys.forEach(add);
    add(r.portKey);
  } else if (r.kind === 'gateway') {
    r.connectionKeys.forEach(add);
    r.circuitKeys.forEach(add);
  } else if (r.kind === 'port') {
    related.push(...r.links);
    r.circuitKeys.forEach(add);
  } else if (r.kind === 'connection') {
    add(r.gatewayKey);
    add(r.circuitKey);
  } else if (r.kind === 'peering') add(r.circuitKey);
  else if (r.kind === 'link') add(r.portKey);
  const keys = new Set<string>();
  for (const x of related) {
    for (const k of Object.keys(x.variants?.choices ?? {})) keys.add(k);
    for (const f of Object.keys(x.possible ?? {})) keys.add(`${x.key}#${f}`);
  }
  return keys;
}

/** The worlds function rules run in: every combination of the choices, or one with possible values made unknown. */
function functionWorlds(inv: Inventory, notices: string[]): World[] {
  const worlds = worldsOf(inv);
  if (worlds) return worlds;
  notices.push(`the templates leave more than ${MAX_WORLDS} combinations of parameter values open: estate-level rules treat the values with several possibilities as unknown`);
  return [{ inventory: collapsePossible(inv, tooMany), choices: [], assignment: [] }];
}

/**
 * A function rule over the worlds of a template estate: its violations per world, combined per
 * resource (fails in every world where the resource is → fail; in some → unknown, naming the
 * failing choices; a function's own `unknown` stays unknown).
 */
function functionOnFacts(rule: RuleDefinition, inv: Inventory, worlds: World[], where: Condition | undefined, params: Record<string, unknown>, costs: (CostSummary | undefined)[], emit: (r: AnyResource, message: string, status: 'fail' | 'unknown', extras?: FindingExtras) => void) {
  const fn = getFunction(rule.function!)!;
  if (worlds.length === 1 && worlds[0].inventory === inv && worlds[0].assignment.length === 0) return functionOnOneWorld(rule, fn, inv, where, params, costs[0], emit);
  const byResource = new Map<string, Verdict[]>();
  worlds.forEach((w, i) => {
    for (const v of withRuleId(rule, () => fn({ inventory: w.inventory, params, rule, cost: costs[i] }))) {
      if (rule.deployedState && isTemplateResource(v.resource)) continue;
      let verdict: Verdict;
      const wh: Condition3Result = where ? evaluate3(where, v.resource) : { value: true };
      if (wh.value === false) continue;
      const ctx = { ...v.resource, params, details: v.details ?? {}, actual: v.actual, expected: v.expected ?? rule.expected ?? '' };
      const message = renderMessage(rule.message, ctx);
      const extras = extrasOf(v);
      if ((v.status ?? 'fail') === 'unknown') verdict = { kind: 'unknown', reason: message, message, extras };
      else if (wh.value === undefined) verdict = { kind: 'unknown', reason: wh.unknown!.reason };
      else verdict = { kind: 'fail', message, extras };
      const list = byResource.get(v.resource.key) ?? worlds.map((): Verdict => ({ kind: 'pass' }));
      list[i] = verdict;
      byResource.set(v.resource.key, list);
    }
  });
  for (const [key, verdicts] of byResource) {
    const r = inv.byKey.get(key) ?? worlds.map((w) => w.inventory.byKey.get(key)).find(Boolean)!;
    // Worlds where the resource is not part of the estate do not count.
    const present = worlds.map((w) => w.inventory.byKey.has(key) && inWorld(w.inventory.byKey.get(key)!));
    const vs = verdicts.filter((_, i) => present[i]);
    // Messages name only the choices of the resource and of the resources it is related to.
    const keys = relatedChoiceKeys(inv, r);
    const ws = worlds.filter((_, i) => present[i]).map((w) => w.assignment.filter((c) => keys.has(c.key)));
    const absent = present.some((p) => !p);
    let out = combine(rule, r, absent ? [...vs, { kind: 'na' } as Verdict] : vs, absent ? [...ws, []] : ws);
    if (!out) continue;
    // On a resource that may not be an ExpressRoute resource at all, a failure is undecided.
    const ap = applies(r);
    if (out.status === 'fail' && ap.value === undefined) out = { status: 'unknown', message: `${subjectOf(r)}: cannot decide "${rule.title}": ${ap.unknown!.reason}. If it is: ${out.message}` };
    emit(r, out.message, out.status, out.extras);
  }
}

/**
 * functionOnFacts for an estate with one world, the inventory itself (facts are unknown values only: a live
 * estate whose rows leave fields out, a template without possible values): the same findings, without the
 * per-world bookkeeping or a copy of each resource for its message. As there, a resource's last violation
 * stands for it, a `where` the resource leaves open makes it undecided, a violation on a resource outside
 * the estate (not deployed, or not an ExpressRoute resource) says nothing, and a failure on a resource that
 * may not be an ExpressRoute resource at all is undecided.
 */
function functionOnOneWorld(
  rule: RuleDefinition,
  fn: NonNullable<ReturnType<typeof getFunction>>,
  inv: Inventory,
  where: Condition | undefined,
  params: Record<string, unknown>,
  cost: CostSummary | undefined,
  emit: (r: AnyResource, message: string, status: 'fail' | 'unknown', extras?: FindingExtras) => void,
): void {
  const last = new Map<string, { v: Violation; whereOpen: string | undefined }>();
  const violations = withRuleId(rule, () => fn({ inventory: inv, params, rule, cost }));
  for (let i = 0; i < violations.length; i++) {
    const v = violations[i];
    if (rule.deployedState && isTemplateResource(v.resource)) continue;
    const wh: Condition3Result | undefined = where ? evaluate3(where, v.resource) : undefined;
    if (wh?.value === false) continue;
    last.set(v.resource.key, { v, whereOpen: wh !== undefined && wh.value === undefined ? wh.unknown!.reason : undefined });
  }
  for (const [key, { v, whereOpen }] of last) {
    const r = inv.byKey.get(key);
    if (r === undefined || !inWorld(r)) continue;
    let status: 'fail' | 'unknown';
    let message: string;
    let extras: FindingExtras | undefined;
    if ((v.status ?? 'fail') !== 'unknown' && whereOpen !== undefined) {
      status = 'unknown';
      message = `${subjectOf(r)}: cannot decide "${rule.title}": ${whereOpen}.`;
    } else {
      status = v.status ?? 'fail';
      message = renderFor(rule.message, v.resource, { params, details: v.details ?? NO_DETAILS, actual: v.actual, expected: v.expected ?? rule.expected ?? '' });
      extras = extrasOf(v);
    }
    if (status === 'fail') {
      const ap = applies(r);
      if (ap.value === undefined) {
        emit(r, `${subjectOf(r)}: cannot decide "${rule.title}": ${ap.unknown!.reason}. If it is: ${message}`, 'unknown');
        continue;
      }
    }
    emit(r, message, status, extras);
  }
}

/**
 * Runs every rule on the inventory. Cost is O(rules × resources) for condition rules, and linear
 * in the estate for function rules. Findings come back sorted deterministically.
 *
 * Verdicts are three-valued on template sources (src/inventory/facts.ts): `where` first (false →
 * the rule does not apply), then the assertion (true → no finding); a verdict that depends on a
 * value the template leaves unknown is `unknown`, never a guess. Possible values are evaluated one
 * combination at a time. Live estates carry no such facts and take the two-valued path.
 */
export function runRules(
  inv: Inventory,
  rules: RuleDefinition[],
  paramsByRule: Record<string, Record<string, unknown>> = {},
  cost?: CostSummary,
  opts: {
    /** Prices one world of a template estate (so cost rules see each world's own tier and bandwidth); without it every world shares `cost`. */
    estimateCosts?: (inventory: Inventory) => CostSummary;
  } = {},
): EngineOutput {
  // Figures a rule words are in the currency of the costs it reads (src/util/money.ts), never another scan's.
  useCurrency(cost?.priceCatalogue.currency);
  const findings: Finding[] = [];
  const notices: string[] = [];
  const children = {}; // peerings and links, flattened once for all rules
  // Only template sources carry facts (unknown, possible, partial fields): live estates skip all of it.
  // (Peerings and links are looked at through their circuit and port.)
  let factful = false;
  for (const list of [inv.circuits, inv.ports, inv.gateways, inv.connections] as AnyResource[][]) {
    for (let i = 0; i < list.length && !factful; i++) factful = hasFacts(list[i]) && !onlyTagsUnknown(list[i]);
  }
  let worlds: World[] | undefined;
  let worldCosts: (CostSummary | undefined)[] = [];
  const multi = factful ? multiDeploymentFiles(inv) : undefined;
  // Which resources of a list carry facts, worked out once per list (condition rules ask for each resource).
  const factFlags = new Map<AnyResource[], Uint8Array>();
  const factFlagsOf = (list: AnyResource[]): Uint8Array | undefined => {
    if (!factful) return undefined;
    let flags = factFlags.get(list);
    if (!flags) {
      flags = new Uint8Array(list.length);
      for (let i = 0; i < list.length; i++) flags[i] = hasFacts(list[i]) ? 1 : 0;
      factFlags.set(list, flags);
    }
    return flags;
  };
  // Each finding's resource id, lower-cased once: for its fingerprint and for the sort (same index as `findings`).
  const lowerIds: string[] = [];
  for (const rule of rules) {
    const params = { ...(rule.parameters ?? {}), ...(paramsByRule[rule.id] ?? {}) };
    let produced = 0;
    const emit = (r: AnyResource, message: string, status: 'fail' | 'unknown', extras?: FindingExtras) => {
      if (produced++ >= MAX_FINDINGS_PER_RULE) return;
      // The resource's join key is its id lower-cased (src/inventory/model.ts), made once when it was built:
      // lower-casing the id again per finding made a fresh ~140-character string each time.
      const lowerId = r.key;
      findings.push(makeFinding(rule, r, lowerId, message, status, multi, extras));
      lowerIds.push(lowerId);
    };
    // Indexed loops below, not for…of: most of this code runs once per scan, before V8 optimises it,
    // and an unoptimised for…of allocates an iterator result per element (hundreds of thousands here).
    if (rule.function) {
      const fn = getFunction(rule.function);
      if (!fn) throw new Error(`rule ${rule.id}: unknown function ${rule.function}`);
      const where = rule.where ? bindParams(rule.where, params) : undefined;
      if (factful) {
        if (!worlds) {
          worlds = functionWorlds(inv, notices);
          worldCosts = worlds.map((w) => (w.assignment.length > 0 && opts.estimateCosts ? opts.estimateCosts(w.inventory) : cost));
        }
        functionOnFacts(rule, inv, worlds, where, params, worldCosts, emit);
      } else {
        const violations: Violation[] = withRuleId(rule, () => fn({ inventory: inv, params, rule, cost }));
        const whereTest = where ? compileCondition(where) : undefined;
        for (let i = 0; i < violations.length; i++) {
          const v = violations[i];
          if (rule.deployedState && isTemplateResource(v.resource)) continue;
          if (whereTest && !whereTest(v.resource)) continue;
          const extras: MessageExtras = { params, details: v.details ?? NO_DETAILS, actual: v.actual, expected: v.expected ?? rule.expected ?? '' };
          emit(v.resource, renderFor(rule.message, v.resource, extras), v.status ?? 'fail', extrasOf(v));
        }
      }
    } else if (rule.assert) {
      const where = rule.where ? bindParams(rule.where, params) : undefined;
      const assert = bindParams(rule.assert, params);
      const ruleFields = [...fieldsOf(where), ...fieldsOf(assert)];
      // Without other facts in the inventory, only a rule that reads tags weighs them (on resources whose tags are not known).
      const tagFacts = !factful && readsTags(ruleFields);
      const fields = factful || tagFacts ? ruleFields : [];
      // Compiled once per rule: evaluated on every resource of the kind.
      const whereTest = where ? compileCondition(where) : undefined;
      const assertTest = compileCondition(assert);
      const resources = resourcesOfKind(inv, rule.resource, children);
      // A rule of your own that reads a field no resource of its kind holds (a misspelt field) would pass
      // or fail everywhere on a value that is never there: said, not taken for a verdict on the estate.
      if (!/^ERS-/i.test(rule.id) && resources.length > 0) {
        for (const field of new Set([...fieldsOf(where), ...fieldsOf(assert)])) {
          // A value a template leaves open (a parameter without a value) is there, only not known.
          if (!resources.some((r) => getPath(r, field) !== undefined || ((r.unknown !== undefined || r.possible !== undefined) && 'unknown' in readField(r, field))))
            notices.push(`rule ${rule.id} reads \`${field}\`, which no ${rule.resource} in the inputs holds (a misspelt field?): its verdicts rest on a value that is never there`);
        }
      }
      const withFacts = factFlagsOf(resources);
      for (let i = 0; i < resources.length; i++) {
        const r = resources[i];
        if (rule.deployedState && isTemplateResource(r)) continue;
        if ((withFacts !== undefined && withFacts[i] === 1) || (tagFacts && r.unknown?.tags !== undefined)) {
          const out = conditionOnFacts(rule, r, where, assert, fields, params);
          if (out) emit(r, out.message, out.status);
          continue;
        }
        if (whereTest && !whereTest(r)) continue;
        if (assertTest(r)) continue;
        // Only a failing resource has its failure worked out (which leaf, the value found).
        const res = evaluate(assert, r);
        const extras: MessageExtras = { params, field: res.failure?.field, actual: failureActual(r, res.failure), expected: rule.expected ?? res.failure?.expected ?? '' };
        emit(r, renderFor(rule.message, r, extras), 'fail');
      }
    }
    if (produced > MAX_FINDINGS_PER_RULE) notices.push(`rule ${rule.id} produced ${produced} findings; only the first ${MAX_FINDINGS_PER_RULE} are reported`);
  }
  return { findings: sortByKeys(findings, lowerIds), notices };
}

/** A rule function's usage error (a parameter out of range) names the rule. */
function withRuleId<T>(rule: RuleDefinition, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(`${rule.id}: ${e.message}`);
    throw e;
  }
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.resourceId.toLowerCase() < b.resourceId.toLowerCase() ? -1 : a.resourceId.toLowerCase() > b.resourceId.toLowerCase() ? 1 : 0)
  );
}

export function sortFindings(findings: Finding[]): Finding[] {
  return sortByKeys(
    findings,
    findings.map((f) => f.resourceId.toLowerCase()),
  );
}

/**
 * compareFindings' order (stable), in place, given each finding's lower-cased resource id: the sort
 * keys are worked out once per finding (not per comparison), and indexes are sorted rather than one
 * keyed record per finding.
 */
function sortByKeys(findings: Finding[], lowerIds: string[]): Finding[] {
  const n = findings.length;
  const rank = new Array<number>(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    rank[i] = severityRank(findings[i].severity);
    order[i] = i;
  }
  order.sort((a, b) => {
    const ra = findings[a].ruleId;
    const rb = findings[b].ruleId;
    const ia = lowerIds[a];
    const ib = lowerIds[b];
    return rank[b] - rank[a] || (ra < rb ? -1 : ra > rb ? 1 : 0) || (ia < ib ? -1 : ia > ib ? 1 : 0) || a - b;
  });
  const sorted = order.map((i) => findings[i]);
  for (let i = 0; i < n; i++) findings[i] = sorted[i];
  return findings;
}
