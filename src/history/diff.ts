/**
 * Drift between two states of an estate (`erscan diff OLD NEW`): which resources were added, removed
 * and changed, with every changed property before and after. Each side is a snapshot, a Resource
 * Graph export or ARM response (read by the ordinary sources, src/sources), or a JSON report that
 * recorded its inventory (--record-inventory). Both become resource states (src/history/state.ts),
 * so secrets are compared only as "configured / not configured", never by value.
 */
import { statSync } from 'node:fs';
import { buildInventory } from '../inventory/build.js';
import type { CoverageGap } from '../inventory/model.js';
import { loadInputs } from '../sources/index.js';
import { InputError, describeValue } from '../util/errors.js';
import { parseJson, readText } from '../util/json.js';
import { isIsoDateTime } from '../findings/baseline.js';
import { readRecordedInventory } from './record.js';
import { inventoryStates, NOT_CARRIED_BY_EVERY_SOURCE, RECORDED_SINCE_V2, type ResourceState, type StateValue } from './state.js';
import { isObj } from '../util/objects.js';

export const DIFF_VERSION = 1;

export interface DiffSide {
  /** The file or folder as the user named it. */
  source: string;
  /** `report`: a JSON report's recorded inventory; `inputs`: a snapshot, export or ARM response read as a scan would. */
  kind: 'report' | 'inputs';
  /** When the side was taken, if it says (a report's or snapshot's generatedAt). */
  generatedAt: string | null;
  coverage: { complete: boolean; gaps: CoverageGap[] };
  states: ResourceState[];
  /** A report's `recordedInventory.version`: what properties it recorded. */
  recordedVersion?: number;
}

export interface DiffResource {
  id: string;
  kind: ResourceState['kind'];
  type: string;
  name: string;
  subscriptionId?: string;
}

export interface PropertyChange {
  property: string;
  /** null: the property was not set on that side (one that side's source may not carry is not compared: NOT_CARRIED_BY_EVERY_SOURCE). */
  before: StateValue | null;
  after: StateValue | null;
}

export interface Diff {
  diffVersion: typeof DIFF_VERSION;
  tool: { name: 'erscan'; version: string };
  old: { source: string; kind: DiffSide['kind']; generatedAt: string | null; resources: number; coverageComplete: boolean };
  new: { source: string; kind: DiffSide['kind']; generatedAt: string | null; resources: number; coverageComplete: boolean };
  summary: { added: number; removed: number; changed: number; unchanged: number; notCompared: number };
  added: DiffResource[];
  removed: DiffResource[];
  changed: (DiffResource & { changes: PropertyChange[] })[];
  /** Resources seen on one side only, where the other side could not read their scope (a coverage gap). */
  notCompared: (DiffResource & { seenIn: 'old' | 'new'; reason: string })[];
  notes: string[];
}

type Obj = Record<string, unknown>;

/** Reads one side of a diff. A file that cannot be read whole is an error: a partial side would show false removals. */
export function loadSide(path: string): DiffSide {
  const side = readSide(path);
  // A side that read everything and holds nothing (`[]`, `{"value": []}`) is no state of an estate: it
  // would read as "no change" against another empty one, or as every resource removed or added. (A side
  // that read nothing because every scope was a gap is another matter: its resources are not compared.)
  if (side.states.length === 0 && side.coverage.complete)
    throw new InputError(path, side.kind === 'report' ? '$.recordedInventory' : '', 'a state holding at least one ExpressRoute resource (circuit, Direct port, gateway or connection) to compare', 'none');
  return side;
}

function readSide(path: string): DiffSide {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    // a missing file is reported by readText with its name
  }
  if (!isDir) {
    const doc = parseJson(path, readText(path)).value;
    if (isObj(doc) && 'schemaVersion' in doc && !('erscanSnapshot' in doc)) {
      if (doc.schemaVersion !== 1) throw new InputError(path, '$.schemaVersion', 'an erscan JSON report of schemaVersion 1 (this erscan reads no other)', describeValue(doc.schemaVersion));
      if (doc.recordedInventory === undefined)
        throw new InputError(path, '$.recordedInventory', 'a report that recorded its inventory (erscan scan --record-inventory), or a snapshot or Resource Graph export', 'a report without one');
      if (!isIsoDateTime(doc.generatedAt)) throw new InputError(path, '$.generatedAt', 'the time of the report (a date-time such as 2026-10-05T06:00:00Z)', describeValue(doc.generatedAt));
      const coverage = isObj(doc.coverage) ? doc.coverage : {};
      return {
        source: path,
        kind: 'report',
        generatedAt: isIsoDateTime(doc.generatedAt) ? doc.generatedAt : null,
        coverage: { complete: coverage.complete === true, gaps: Array.isArray(coverage.gaps) ? coverage.gaps.filter(isObj).map((g) => ({ scope: String(g.scope ?? ''), reason: String(g.reason ?? '') })) : [] },
        states: readRecordedInventory(path, doc.recordedInventory),
        recordedVersion: (doc.recordedInventory as Obj).version as number,
      };
    }
  }
  const loaded = loadInputs([path]);
  if (loaded.errors.length > 0) throw loaded.errors[0];
  let generatedAt: string | null = null;
  if (!isDir && loaded.files[0]?.format === 'snapshot') {
    const doc = parseJson(path, readText(path)).value as Obj;
    if (isIsoDateTime(doc.generatedAt)) generatedAt = doc.generatedAt;
  }
  const { inventory } = buildInventory(loaded.output.raws, loaded.output.subscriptions);
  const gaps = loaded.output.gaps;
  return { source: path, kind: 'inputs', generatedAt, coverage: { complete: gaps.length === 0, gaps }, states: inventoryStates(inventory) };
}

function resource(s: ResourceState): DiffResource {
  return { id: s.id, kind: s.kind, type: s.type, name: s.name, ...(s.subscriptionId ? { subscriptionId: s.subscriptionId } : {}) };
}

/** The gap of `side` that covers a resource (its subscription or tenant is named in it), if any. */
function gapFor(s: ResourceState, gaps: CoverageGap[]): CoverageGap | undefined {
  const sub = s.subscriptionId?.toLowerCase();
  const tenant = s.tenantId?.toLowerCase();
  return gaps.find((g) => {
    const text = `${g.scope} ${g.reason}`.toLowerCase();
    return (sub !== undefined && text.includes(sub)) || (tenant !== undefined && text.includes(tenant));
  });
}

/**
 * The gap of `side` that covers a resource: one that names its subscription or tenant, or, when the side read
 * nothing at all (every input or scope a gap: a failed week's report), any of them: a side that saw nothing
 * cannot say a resource was added or removed.
 */
function gapOf(s: ResourceState, side: DiffSide): CoverageGap | undefined {
  const named = gapFor(s, side.coverage.gaps);
  if (named || side.coverage.complete || side.states.length > 0) return named;
  const [first] = side.coverage.gaps;
  return { scope: 'anything', reason: `every input or scope was a gap (${side.coverage.gaps.length}${first ? `, such as ${first.scope}: ${first.reason}` : ''})` };
}

/**
 * Two values Azure reads as the same: ARM's names, enums, SKUs, states and ids are case-insensitive
 * (Resource Graph and ARM GET even spell some differently), and a region is the same written as its
 * display name (`West Europe`) or its programmatic name (`westeurope`). A tag's value is kept as
 * written by Azure and compared as it is.
 */
function sameValue(property: string, before: unknown, after: unknown): boolean {
  if (typeof before !== 'string' || typeof after !== 'string' || property.startsWith('tags.')) return false;
  if (property === 'location') return before.replace(/\s+/g, '').toLowerCase() === after.replace(/\s+/g, '').toLowerCase();
  return before.toLowerCase() === after.toLowerCase();
}

/**
 * The property changes between two states of a resource. A property of NOT_CARRIED_BY_EVERY_SOURCE that one
 * side lacks is not compared (that side's source did not read it): it is counted in `notRead` by property name.
 */
function changesOf(a: ResourceState, b: ResourceState, onlyV1: boolean, notRead: Map<string, number>): PropertyChange[] {
  // by name, so a diff of two reports (recorded columns) reads like a diff of their inputs
  const names = [...new Set([...Object.keys(a.properties), ...Object.keys(b.properties)])].sort();
  const out: PropertyChange[] = [];
  for (const n of names) {
    // a side recorded before the property was: not a change
    if (onlyV1 && RECORDED_SINCE_V2.has(`${a.kind}:${n}`)) continue;
    const before = a.properties[n] ?? null;
    const after = b.properties[n] ?? null;
    if ((before === null) !== (after === null) && NOT_CARRIED_BY_EVERY_SOURCE.has(n)) {
      notRead.set(n, (notRead.get(n) ?? 0) + 1);
      continue;
    }
    if (before !== after && !sameValue(n, before, after)) out.push({ property: n, before, after });
  }
  // a resource's type and name are part of it too (a vWAN gateway that became a VNet gateway is a change)
  if (a.type !== b.type) out.unshift({ property: 'type', before: a.type, after: b.type });
  if (a.name !== b.name) out.unshift({ property: 'name', before: a.name, after: b.name });
  return out;
}

/** Compares two sides. Resources are matched by ARM id, compared case-insensitively as Azure does. */
export function diffSides(oldSide: DiffSide, newSide: DiffSide, toolVersion: string): Diff {
  const before = new Map(oldSide.states.map((s) => [s.id.toLowerCase(), s]));
  const after = new Map(newSide.states.map((s) => [s.id.toLowerCase(), s]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const onlyV1 = oldSide.recordedVersion === 1 || newSide.recordedVersion === 1;
  const diff: Diff = {
    diffVersion: DIFF_VERSION,
    tool: { name: 'erscan', version: toolVersion },
    old: { source: oldSide.source, kind: oldSide.kind, generatedAt: oldSide.generatedAt, resources: before.size, coverageComplete: oldSide.coverage.complete },
    new: { source: newSide.source, kind: newSide.kind, generatedAt: newSide.generatedAt, resources: after.size, coverageComplete: newSide.coverage.complete },
    summary: { added: 0, removed: 0, changed: 0, unchanged: 0, notCompared: 0 },
    added: [],
    removed: [],
    changed: [],
    notCompared: [],
    notes: [],
  };
  const notRead = new Map<string, number>();
  for (const k of keys) {
    const a = before.get(k);
    const b = after.get(k);
    if (a && b) {
      const changes = changesOf(a, b, onlyV1, notRead);
      if (changes.length) diff.changed.push({ ...resource(b), changes });
      else diff.summary.unchanged++;
    } else if (b) {
      const gap = gapOf(b, oldSide);
      if (gap) diff.notCompared.push({ ...resource(b), seenIn: 'new', reason: `the old side could not read ${gap.scope}: ${gap.reason}` });
      else diff.added.push(resource(b));
    } else if (a) {
      const gap = gapOf(a, newSide);
      if (gap) diff.notCompared.push({ ...resource(a), seenIn: 'old', reason: `the new side could not read ${gap.scope}: ${gap.reason}` });
      else diff.removed.push(resource(a));
    }
  }
  diff.summary.added = diff.added.length;
  diff.summary.removed = diff.removed.length;
  diff.summary.changed = diff.changed.length;
  diff.summary.notCompared = diff.notCompared.length;
  for (const [name, side] of [['old', oldSide], ['new', newSide]] as const) {
    if (!side.coverage.complete) {
      diff.notes.push(
        `the ${name} side (${side.source}) has ${side.coverage.gaps.length} coverage gap(s): resources in scopes it could not read are listed as not compared where the gap names their subscription or tenant; other ${name === 'new' ? 'removals' : 'additions'} may also be resources it did not see`,
      );
    }
  }
  if (notRead.size > 0) {
    const counts = [...notRead.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([n, c]) => `${n} (${c} resource${c === 1 ? '' : 's'})`);
    diff.notes.push(
      `not compared where one side did not read them: ${counts.join(', ')}; its source does not carry them (Resource Graph exports, ARM responses and templates hold no diagnostic settings, metric alerts, maintenance assignments or GatewaySubnet NSG, which erscan collect and scan --graph read, and Resource Graph rows may lack a connection's connectionStatus)`,
    );
  }
  if (onlyV1) diff.notes.push('a report of recordedInventory version 1 does not hold gateway traffic settings, maintenance, GatewaySubnet NSG or metric alerts: those are not compared');
  if (oldSide.generatedAt && newSide.generatedAt && Date.parse(oldSide.generatedAt) > Date.parse(newSide.generatedAt)) {
    diff.notes.push(`the old side (${oldSide.generatedAt}) is newer than the new side (${newSide.generatedAt}): were they given in the wrong order?`);
  }
  return diff;
}
