import { dirname } from 'node:path';
import type { RawResource } from '../../../inventory/build.js';
import type { CoverageGap } from '../../../inventory/model.js';
import { InputError, describeValue, jsonPath } from '../../../util/errors.js';
import type { ParsedJson } from '../../../util/json.js';
import { positionOf } from '../location.js';
import { locateResourceBlock, moduleDir } from './hcl.js';
import { isMappedType, mapInstance, mapUpdate, PlanShapeError, type Instance, type PlanIndex } from './mapping.js';
import { subscriptionOf } from './providers.js';
import { isObj, ownValue, setOwn } from '../../../util/objects.js';

/**
 * Terraform plan JSON (`terraform show -json plan.out`): the resources a plan will create, update
 * or keep (or, from `terraform show -json` of a state, the resources it holds) (`resource_changes[].change.after`, with `after_unknown` marking values known only after
 * apply), mapped into ARM-shaped rows so every rule and the pricing model apply unchanged.
 * References between resources (`configuration...expressions.*.references`) resolve ids that the
 * plan does not know yet, such as the circuit a new connection points at.
 */


export interface PlanLoadResult {
  raws: RawResource[];
  notices: string[];
  gaps: CoverageGap[];
}

interface ConfigModule {
  resources: Map<string, Record<string, unknown>>;
  /** Its module calls by name (`module_calls.<name>`: expressions for the child's input variables). */
  calls: Map<string, Record<string, unknown>>;
  dir: string | undefined;
}

/** `module.a["x"].module.b[0]` → `module.a.module.b` (configuration is per module call, not per instance). */
export function moduleConfigKey(moduleAddress: string | undefined): string {
  if (!moduleAddress) return '';
  return moduleAddress.replace(/\[[^\]]*\]/g, '');
}

function indexConfiguration(doc: Record<string, unknown>, planDir: string): Map<string, ConfigModule> {
  const out = new Map<string, ConfigModule>();
  const walk = (mod: unknown, key: string, dir: string | undefined, depth: number) => {
    if (!isObj(mod) || depth > 20) return;
    const resources = new Map<string, Record<string, unknown>>();
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
      if (isObj(r) && typeof r.type === 'string' && typeof r.name === 'string' && r.mode !== 'data') resources.set(`${r.type}.${r.name}`, r);
    }
    const calls = new Map<string, Record<string, unknown>>();
    out.set(key, { resources, calls, dir });
    if (isObj(mod.module_calls)) {
      for (const [name, call] of Object.entries(mod.module_calls)) {
        if (!isObj(call)) continue;
        calls.set(name, call);
        const childDir = dir !== undefined && typeof call.source === 'string' ? moduleDir(dir, call.source) : undefined;
        walk(call.module, key ? `${key}.module.${name}` : `module.${name}`, childDir, depth + 1);
      }
    }
  };
  const config = isObj(doc.configuration) ? doc.configuration : {};
  walk(config.root_module, '', planDir, 0);
  return out;
}

/**
 * The folders of the Terraform configuration a plan was made from: the plan's own (`terraform show -json`
 * runs in the root module's folder and the plan is kept there) and its local modules' (`source = "./…"`).
 */
export function planConfigurationDirs(file: string, doc: unknown): string[] {
  const dirs = isObj(doc) ? [...indexConfiguration(doc, dirname(file)).values()].map((m) => m.dir) : [];
  return [dirname(file), ...dirs.filter((d): d is string => d !== undefined)];
}

/**
 * The plan and state JSON format versions erscan reads: 0.2 (Terraform 0.15 and 1.0) and 1.x (1.1 and later,
 * minor versions only adding fields). 0.1 (Terraform 0.12 to 0.14) does not mark sensitive values
 * (`after_sensitive` came with 0.2), so erscan could print them: refused, as is any version it does not know.
 */
const READ_FORMAT_VERSIONS = /^(?:0\.2|1\.\d+)(?:\.\d+)?$/;
const READ_FORMAT_VERSIONS_TEXT = 'format_version 0.2 (Terraform 0.15 and 1.0) or 1.x (Terraform 1.1 and later)';

export function loadTerraformPlan(file: string, parsed: ParsedJson): PlanLoadResult {
  const doc = parsed.value;
  if (!isObj(doc)) throw new InputError(file, '$', 'a Terraform plan object', describeValue(doc));
  const fv = doc.format_version;
  if (typeof fv !== 'string' || !READ_FORMAT_VERSIONS.test(fv)) throw new InputError(file, '$.format_version', `a Terraform JSON plan of ${READ_FORMAT_VERSIONS_TEXT}`, describeValue(fv));
  const notices: string[] = [];
  const gaps: CoverageGap[] = [];
  if (doc.errored === true) gaps.push({ scope: file, reason: 'the Terraform plan errored: resources it did not reach are missing' });
  // An incomplete plan (Terraform 1.8+: deferred changes) needs another plan and apply to converge:
  // what it defers would be deployed too, unscanned.
  else if (doc.complete === false) gaps.push({ scope: file, reason: 'the Terraform plan is not complete (deferred changes): resources it defers to a later plan are not scanned' });

  const instances: Instance[] = [];
  /** Addresses of the ExpressRoute resources the plan destroys. */
  const destroyed: string[] = [];
  /**
   * Addresses of the ExpressRoute resources the plan forgets (Terraform 1.7+ `removed { lifecycle { destroy = false } }`:
   * `["forget"]`; a replacement that keeps the old object: `["create", "forget"]`): they leave Terraform's state and
   * keep existing in Azure, managed by this configuration no more.
   */
  const forgotten: string[] = [];
  /** Addresses of ExpressRoute resources whose deposed objects the plan destroys. */
  const deposed: string[] = [];
  /** Addresses given to the deposed ExpressRoute objects a state holds. */
  const stateDeposed: string[] = [];
  /** The document is a state (`terraform show -json` without a plan file: `values`, no planned_values nor resource_changes). */
  const isState = !Array.isArray(doc.resource_changes) && !isObj(doc.planned_values) && isObj(doc.values);
  // What `terraform show -json` always writes in this shape: anything else (a hand-edited file, another tool's output) is
  // refused where it is met, never read as far as it goes (a change that is not an object read as a resource with no values,
  // an entry whose address is not a string skipped, a resource_changes that is not a list taken for a plan without one).
  if (doc.resource_changes !== undefined && doc.resource_changes !== null && !Array.isArray(doc.resource_changes))
    throw new InputError(file, '$.resource_changes', 'a list of resource changes', describeValue(doc.resource_changes));
  if (doc.configuration !== undefined && doc.configuration !== null && !isObj(doc.configuration))
    throw new InputError(file, '$.configuration', 'a configuration object', describeValue(doc.configuration));
  if (Array.isArray(doc.resource_changes)) {
    doc.resource_changes.forEach((rc, i) => {
      const at = `$.resource_changes[${i}]`;
      if (!isObj(rc)) throw new InputError(file, at, 'a resource change object', describeValue(rc));
      if (typeof rc.address !== 'string') throw new InputError(file, `${at}.address`, "the resource's address (a string)", describeValue(rc.address));
      if (typeof rc.type !== 'string') throw new InputError(file, `${at}.type`, "the resource's type (a string)", describeValue(rc.type));
      if (rc.mode === 'data') return;
      if (!isObj(rc.change)) throw new InputError(file, `${at}.change`, 'a change object (actions, before, after)', describeValue(rc.change));
      const change = rc.change;
      if (!Array.isArray(change.actions) || change.actions.length === 0 || !change.actions.every((a) => typeof a === 'string'))
        throw new InputError(file, `${at}.change.actions`, 'a list of the actions the plan takes (create, update, delete, no-op, read, forget)', describeValue(change.actions));
      for (const key of ['before', 'after'] as const)
        if (change[key] !== undefined && change[key] !== null && !isObj(change[key])) throw new InputError(file, `${at}.change.${key}`, `the resource's values ${key} the change (an object, or null)`, describeValue(change[key]));
      const actions = change.actions;
      const before: Instance = { address: rc.address, type: rc.type, name: '', values: isObj(change.before) ? change.before : {}, unknown: {}, jsonPath: [] };
      if (actions.includes('forget') && isMappedType(before)) forgotten.push(rc.address);
      // Resources the plan destroys or forgets are not part of what it manages after apply (said below, never in silence).
      if (actions.length > 0 && actions.every((a) => a === 'delete' || a === 'forget')) {
        // A deposed object (`deposed`: the old object a create_before_destroy replacement left behind) is not the
        // object at its address, which the plan may keep: named as such, never as that address destroyed.
        if (!actions.includes('forget') && isMappedType(before)) (typeof rc.deposed === 'string' ? deposed : destroyed).push(rc.address);
        return;
      }
      instances.push({
        address: rc.address,
        moduleAddress: typeof rc.module_address === 'string' ? rc.module_address : undefined,
        type: rc.type,
        name: typeof rc.name === 'string' ? rc.name : '',
        index: rc.index as string | number | undefined,
        values: isObj(change.after) ? change.after : {},
        unknown: change.after_unknown ?? {},
        sensitive: change.after_sensitive,
        creating: actions.includes('create'),
        jsonPath: ['resource_changes', i],
        valuesPath: ['change', 'after'],
      });
    });
  } else if (isObj(doc.planned_values) || isObj(doc.values)) {
    // Without resource_changes, read planned_values; a state (`terraform show -json` without a plan file) holds the
    // same shape under `values`. planned_values omit the values known only after apply or set them null, which nothing
    // there tells from unset (Terraform's JSON Output Format: "callers which need to distinguish unknown from unset
    // must use the plan-specific or configuration-specific structures"): absent or null is read as not known. A state
    // is complete ("the state is always fully known"): absent or null there is unset.
    const planned = isObj(doc.planned_values);
    const walk = (mod: unknown, at: (string | number)[], depth: number) => {
      if (!isObj(mod) || depth > 20) return;
      for (const key of ['resources', 'child_modules'] as const)
        if (mod[key] !== undefined && mod[key] !== null && !Array.isArray(mod[key])) throw new InputError(file, jsonPath([...at, key]), `a list of ${key === 'resources' ? 'resources' : 'module instances'}`, describeValue(mod[key]));
      (Array.isArray(mod.resources) ? mod.resources : []).forEach((r, i) => {
        const here = [...at, 'resources', i];
        if (!isObj(r)) throw new InputError(file, jsonPath(here), 'a resource object', describeValue(r));
        if (typeof r.address !== 'string') throw new InputError(file, jsonPath([...here, 'address']), "the resource's address (a string)", describeValue(r.address));
        if (typeof r.type !== 'string') throw new InputError(file, jsonPath([...here, 'type']), "the resource's type (a string)", describeValue(r.type));
        if (r.mode === 'data') return;
        if (r.values !== undefined && r.values !== null && !isObj(r.values)) throw new InputError(file, jsonPath([...here, 'values']), "the resource's values (an object)", describeValue(r.values));
        const m = /^(.*)\.[^.[]+\.[^.[]+(\[[^\]]*\])?$/.exec(r.address);
        // A state lists a deposed object (`deposed_key`: the old object of a create_before_destroy replacement that
        // Terraform has not destroyed yet) under the address of the current object: it still exists in Azure, as its
        // own resource (its own id), so it is scanned as such, under an address of its own (never the current
        // object's, whose id and references it would otherwise take, and be merged into it as a duplicate).
        const deposedKey = typeof r.deposed_key === 'string' ? r.deposed_key : undefined;
        const address = deposedKey === undefined ? r.address : `${r.address} (deposed object ${deposedKey})`;
        const x: Instance = {
          address,
          moduleAddress: m && m[1].startsWith('module.') ? m[1] : undefined,
          type: r.type,
          name: typeof r.name === 'string' ? r.name : '',
          index: r.index as string | number | undefined,
          values: isObj(r.values) ? r.values : {},
          unknown: {},
          sensitive: r.sensitive_values,
          ...(planned ? { omitsUnknown: true } : {}),
          jsonPath: [...at, 'resources', i],
          valuesPath: ['values'],
        };
        instances.push(x);
        if (deposedKey !== undefined && isMappedType(x)) stateDeposed.push(address);
      });
      (Array.isArray(mod.child_modules) ? mod.child_modules : []).forEach((c, i) => walk(c, [...at, 'child_modules', i], depth + 1));
    };
    const key = planned ? 'planned_values' : 'values';
    walk((doc[key] as Record<string, unknown>).root_module, [key, 'root_module'], 0);
  } else {
    throw new InputError(file, '$', 'a Terraform plan or state (terraform show -json) with resource_changes, planned_values or values', 'none of them');
  }

  const config = indexConfiguration(doc, dirname(file));
  const providerConfigs = isObj(doc.configuration) && isObj(doc.configuration.provider_config) ? doc.configuration.provider_config : {};
  const subscriptions = new Map<Instance, string>();
  const index: PlanIndex = {
    instances,
    byAddress: new Map(instances.map((x) => [x.address, x])),
    configFor: (x) => config.get(moduleConfigKey(x.moduleAddress))?.resources.get(`${x.type}.${x.name}`),
    moduleCallFor: (moduleAddress, name) => config.get(moduleConfigKey(moduleAddress))?.calls.get(name),
    // Asked again for each circuit a peering may name (mapping.ts): worked out once per resource.
    subscriptionFor: (x) => subscriptions.get(x) ?? subscriptions.set(x, subscriptionOf(providerConfigs, index.configFor(x), x.address)).get(x)!,
    ids: new Map(),
    ambiguousParents: [],
  };

  const raws: RawResource[] = [];
  let unresolvedCount = 0;
  let sensitiveCount = 0;
  /** Resources with values absent or null in planned_values (read where the plan has no resource_changes). */
  const omittedIn: string[] = [];
  const details: string[] = [];
  const sensitiveDetails: string[] = [];
  /** Resources whose properties a write-only `sensitive_body` may set (azapi). */
  const writeOnly: string[] = [];
  type Mapped = { unresolved: string[]; sensitive: string[]; omitted: string[]; reasons: Map<string, string>; ambiguous: Map<string, string>; writeOnly: string[] };
  /** Values not known for a reason of their own (a default Azure does not document): `address path`. */
  const openDetails: string[] = [];
  /** Relations whose expression references several candidates (`address path`). */
  const ambiguousDetails: string[] = [];
  /** Why a path a resource (or an update of it) leaves open is not known, as rules say it. */
  const reasonOf = (m: Mapped, u: string, address: string) =>
    m.reasons.get(u) ??
    (m.sensitive.includes(u)
      ? `is sensitive in the plan, so erscan does not read it (${address})`
      : m.omitted.includes(u)
        ? `is absent or null in the plan's planned_values, where Terraform leaves out values known only after apply, and the plan has no resource_changes to tell them from unset (${address})`
        : `is known only after apply (${address})`);
  /** Counts an open path for the notices below. */
  const tally = (m: Mapped, u: string, address: string) => {
    if (m.ambiguous.has(u)) ambiguousDetails.push(`${address} ${u} (${m.ambiguous.get(u)})`);
    else if (m.writeOnly.includes(u)) {
      if (writeOnly.length < 10) writeOnly.push(address);
    } else if (m.reasons.has(u)) openDetails.push(`${address} ${u}`);
    else if (m.sensitive.includes(u)) sensitiveCount++;
    else if (m.omitted.includes(u)) {
      if (!omittedIn.includes(address)) omittedIn.push(address);
    } else if (unresolvedCount++ < 10) details.push(`${address} ${u}`);
  };
  const listed = (addresses: string[]) => `${addresses.slice(0, 5).join(', ')}${addresses.length > 5 ? ', …' : ''}`;
  /** A value of a shape the provider never writes, as the input error that names where it is. */
  const shaped = <T>(read: () => T): T => {
    try {
      return read();
    } catch (e) {
      if (!(e instanceof PlanShapeError)) throw e;
      throw new InputError(file, jsonPath([...e.instance.jsonPath, ...(e.instance.valuesPath ?? []), ...e.path]), e.expected, describeValue(e.found));
    }
  };
  for (const x of instances) {
    if (!isMappedType(x)) continue;
    const mapped = shaped(() => mapInstance(x, index));
    if (!mapped) continue;
    const dir = config.get(moduleConfigKey(x.moduleAddress))?.dir;
    const block = dir !== undefined ? locateResourceBlock(dir, x.type, x.name) : undefined;
    const pos = block ?? { file, ...(positionOf(parsed, x.jsonPath) ?? { line: 1, column: 1 }) };
    const raw: RawResource = { row: mapped.row, source: { kind: 'terraform', file: pos.file, line: pos.line, column: pos.column, deployment: file } };
    if (mapped.defaulted.length > 0) raw.defaulted = mapped.defaulted;
    if (mapped.unresolved.length > 0) {
      raw.unresolved = mapped.unresolved;
      raw.reasons = Object.fromEntries(mapped.unresolved.map((u) => [u, reasonOf(mapped, u, x.address)]));
      for (const u of mapped.unresolved) tally(mapped, u, x.address);
      for (const u of mapped.sensitive) if (sensitiveDetails.length < 10) sensitiveDetails.push(`${x.address} ${u}`);
    }
    raws.push(raw);
  }
  // `azapi_update_resource`: its body patched onto the row of the resource it updates, as Azure will have it after
  // apply. One whose target these files do not declare changes nothing scanned (said); one whose target the plan does
  // not say may change any resource of its type: a coverage gap, never a verdict on the body alone.
  const updatedElsewhere: string[] = [];
  for (const x of instances) {
    const update = shaped(() => mapUpdate(x, index));
    if (!update) continue;
    const target = update.target === undefined ? undefined : raws.find((r) => String(r.row.id).toLowerCase() === update.target!.toLowerCase());
    if (update.target === undefined) {
      gaps.push({ scope: file, reason: `${x.address} (azapi_update_resource) changes a ${update.type} resource the plan does not name (its resource_id is known only after apply): what it sets is not read, so findings on ${update.type} resources may not hold` });
      continue;
    }
    if (!target) {
      updatedElsewhere.push(x.address);
      continue;
    }
    const paths = leafPaths(update.row);
    mergeRow(target.row, update.row);
    // What the update sets is known now, where the resource's own declaration left it open.
    if (target.unresolved) target.unresolved = target.unresolved.filter((u) => !paths.some((p) => u === p || u.startsWith(`${p}.`) || u.startsWith(`${p}[`)));
    for (const u of update.unresolved) {
      target.unresolved = [...(target.unresolved ?? []), u];
      target.reasons = { ...(target.reasons ?? {}), [u]: reasonOf(update, u, x.address) };
      tally(update, u, x.address);
    }
  }
  if (updatedElsewhere.length > 0)
    notices.push(`${file}: ${updatedElsewhere.length} azapi_update_resource(s) change ExpressRoute resources these files do not declare, so nothing scanned: ${listed(updatedElsewhere)}`);
  if (unresolvedCount > 0) {
    notices.push(`${file}: ${unresolvedCount} value${unresolvedCount === 1 ? '' : 's'} known only after apply (${details.slice(0, 3).join('; ')}${details.length > 3 ? '; …' : ''}); rules that read them report "unknown"`);
  }
  ambiguousDetails.push(...index.ambiguousParents);
  if (ambiguousDetails.length > 0)
    notices.push(
      `${file}: ${ambiguousDetails.length} relation(s) between resources come from expressions that reference more than one candidate (a coalesce, a conditional, try), and the plan holds only the references, not which one is taken: not known, so rules that read them report "unknown" and a peering or authorization whose circuit is not known is not checked: ${ambiguousDetails.slice(0, 3).join('; ')}${ambiguousDetails.length > 3 ? '; …' : ''}`,
    );
  if (openDetails.length > 0)
    notices.push(
      `${file}: ${openDetails.length} value(s) not known from the plan, each for the reason its findings give (${openDetails.slice(0, 3).join('; ')}${openDetails.length > 3 ? '; …' : ''}); rules that read them report "unknown"`,
    );
  if (omittedIn.length > 0)
    notices.push(
      `${file}: the plan has no resource_changes, so erscan read its planned_values, where Terraform leaves out (or sets null) the values known only after apply and nothing tells them from unset: values absent or null there are not known, and rules that read them report "unknown" (${listed(omittedIn)}); scan the whole \`terraform show -json\` output of the plan to judge them`,
    );
  if (sensitiveCount > 0) {
    notices.push(
      `${file}: ${sensitiveCount} value${sensitiveCount === 1 ? '' : 's'} marked sensitive (${sensitiveDetails.slice(0, 3).join('; ')}${sensitiveDetails.length > 3 ? '; …' : ''}) not read, so never printed; rules that read them report "unknown"`,
    );
  }
  if (writeOnly.length > 0)
    notices.push(
      `${file}: ${writeOnly.length} AzAPI resource(s) set sensitive_body, which is write-only (the plan does not show it) and merged into the body Azure receives: their properties are not known from the plan, and rules that read them report "unknown" (${writeOnly.slice(0, 3).join(', ')}${writeOnly.length > 3 ? ', …' : ''})`,
    );
  if (destroyed.length > 0) notices.push(`${file}: the plan destroys ${destroyed.length} ExpressRoute resource(s), not scanned (they do not exist after apply): ${listed(destroyed)}`);
  if (deposed.length > 0)
    notices.push(
      `${file}: the plan destroys ${deposed.length} deposed object(s) (old objects of a create-before-destroy replacement), not scanned; the current object at ${deposed.length === 1 ? 'that address is' : 'each of those addresses is'} scanned where the plan keeps it: ${listed(deposed)}`,
    );
  // A state holds Azure's values as of Terraform's last apply or refresh (`terraform show -json` does not refresh), and
  // the deployed-state facts the rules marked deployedState read either are not attributes of these azurerm resources
  // (provisioningState, connectionStatus) or change outside Terraform (a circuit's provider provisioning state, an
  // authorization's use, Microsoft peering prefix validation): judged as a template, where those rules do not run.
  if (isState && raws.length > 0)
    notices.push(
      `${file}: a Terraform state is judged as what this configuration deploys: rules on deployed state (provisioning, connection status, authorization use, prefix validation) do not run on it, since it holds Azure's values only as of Terraform's last apply or refresh and those change outside Terraform; scan the live estate (erscan collect, scan --graph) for them`,
    );
  if (stateDeposed.length > 0)
    notices.push(
      `${file}: the state holds ${stateDeposed.length} deposed object(s) (old objects of a create-before-destroy replacement that Terraform has not destroyed yet: they exist in Azure until its next apply), scanned as resources of their own: ${listed(stateDeposed)}`,
    );
  if (forgotten.length > 0)
    notices.push(
      `${file}: the plan forgets ${forgotten.length} ExpressRoute resource(s) (removed from Terraform state, not destroyed: they keep existing in Azure, managed by this configuration no more), not scanned: ${listed(forgotten)}`,
    );
  return { raws, notices, gaps };
}

/** The row paths of a patch's values (`properties.enableDirectPortRateLimit`, `properties.links[0].name`). */
function leafPaths(row: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(row).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return isObj(v) ? leafPaths(v, path) : [path]; // a list is replaced whole
  });
}

/**
 * azapi's merge of an update body into the resource read back: objects merged key by key, anything else replaced.
 * Keys are data: a `__proto__` key (JSON.parse makes it an own property) is defined as one, never assigned (an
 * assignment would set the row's prototype, and a merge into it would change every object's).
 */
function mergeRow(target: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(patch)) {
    const cur = ownValue(target, k);
    if (isObj(v) && isObj(cur)) mergeRow(cur, v);
    else setOwn(target, k, v);
  }
}
