/**
 * Possible worlds of an inventory. A template may leave a field with a small set of possible values
 * (a parameter with `allowedValues`, a `bool`, a ternary of known branches): each combination of
 * choices is one world, an ordinary inventory in which every such field holds one value. Estate-level
 * rules and the pricing model run once per world; a verdict that holds in every world is true, one
 * that holds in none is false, and one that differs between worlds is unknown (naming the choices
 * that make it fail). A live estate has no possible values and exactly one world: itself.
 *
 * Choices are the template's own degrees of freedom (a parameter, an undecidable condition), not
 * fields: two fields that come from one parameter (`tier` and `billingModel` of a module that forces
 * UnlimitedData for Local) change together, and a world never pairs values the template cannot
 * produce. Resources whose `possible` fields carry no `variants` (hand-built inventories) branch on
 * each such field on its own.
 */
import type { AnyResource, Circuit, Gateway, Inventory, Port } from './model.js';
import { linkRelations } from './relations.js';

/** One field's value in a world. */
export interface Choice {
  /** Lower-cased id of the resource. */
  resourceKey: string;
  resourceName: string;
  /** Inventory field path (`tier`, `macsec.cipher`). */
  field: string;
  value: unknown;
  /** Where the set of values comes from, e.g. `parameter skuTier (allowedValues)`. */
  from: string;
}

/** One choice of the template made in a world: `parameter \`skuTier\`` is `Local`. */
export interface AssignedChoice {
  key: string;
  label: string;
  value: unknown;
  /** Every value the choice may take. */
  values: unknown[];
}

export interface World {
  inventory: Inventory;
  /** The field values that make this world (empty for an inventory without possible values). */
  choices: Choice[];
  /** The template choices that make this world (empty for an inventory without possible values). */
  assignment: AssignedChoice[];
}

/** Most worlds evaluated before possible values are treated as unknown instead. */
export const MAX_WORLDS = 64;

interface Slot {
  key: string;
  label: string;
  values: unknown[];
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The slot key of a possible field that carries no variants: the field branches on its own. */
const fieldSlot = (r: AnyResource, field: string) => `${r.key}#${field}`;

/** Possible fields of `r` that its variants do not set. */
function looseFields(r: AnyResource): string[] {
  if (!r.possible) return [];
  const fields = Object.keys(r.possible);
  if (!r.variants) return fields;
  const covered = new Set(r.variants.cases.flatMap((c) => Object.keys(c.set)));
  return fields.filter((f) => !covered.has(f));
}

/** The choices a resource branches on (limited to those that change a field `relevant` accepts). */
export function slotsOfResource(r: AnyResource, relevant?: (field: string) => boolean): Slot[] {
  if (!r.possible) return [];
  const slots: Slot[] = [];
  if (r.variants) {
    const fields = Object.keys(r.possible).filter((f) => !relevant || relevant(f));
    if (fields.length > 0) {
      for (const [key, c] of Object.entries(r.variants.choices)) {
        // A choice matters when two cases that differ in it differ in a relevant field.
        const matters = r.variants.cases.some((a) => r.variants!.cases.some((b) => !sameJson(a.when[key], b.when[key]) && fields.some((f) => f in a.set && f in b.set && !sameJson(a.set[f], b.set[f]))));
        if (matters) slots.push({ key, label: c.label, values: c.values });
      }
    }
  }
  for (const field of looseFields(r).sort()) {
    if (relevant && !relevant(field)) continue;
    const p = r.possible[field];
    slots.push({ key: fieldSlot(r, field), label: `\`${field}\` of ${r.name} (${p.from})`, values: p.values });
  }
  return slots;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segs = path.split('.');
  let cur = target;
  for (let i = 0; i < segs.length - 1; i++) {
    const next = cur[segs[i]];
    const copy = next && typeof next === 'object' ? (Array.isArray(next) ? [...next] : { ...(next as Record<string, unknown>) }) : {};
    cur[segs[i]] = copy;
    cur = copy as Record<string, unknown>;
  }
  cur[segs[segs.length - 1]] = value;
}

/**
 * The resource as it is under `assignment` (choice key → value), or undefined when nothing of it
 * changes. Fields whose value still depends on choices the assignment leaves open stay possible.
 * Children (peerings, links) are copied when one of them changes.
 */
export function applyAssignment<T extends AnyResource>(r: T, assignment: Map<string, unknown>, out: Choice[] = []): T | undefined {
  let copy: T | undefined;
  if (r.possible) {
    copy = { ...r };
    const remaining: NonNullable<AnyResource['possible']> = {};
    if (r.variants) {
      const matching = r.variants.cases.filter((c) => Object.entries(c.when).every(([k, v]) => !assignment.has(k) || sameJson(assignment.get(k), v)));
      const fields = new Set(matching.flatMap((c) => Object.keys(c.set)));
      for (const f of fields) {
        const values = matching.map((c) => c.set[f]);
        if (values.every((v) => sameJson(v, values[0]))) {
          setPath(copy as unknown as Record<string, unknown>, f, values[0]);
          out.push({ resourceKey: r.key, resourceName: r.name, field: f, value: values[0], from: r.possible[f]?.from ?? '' });
        } else {
          const distinct: unknown[] = [];
          for (const v of values) if (!distinct.some((d) => sameJson(d, v))) distinct.push(v);
          remaining[f] = { values: distinct, from: r.possible[f]?.from ?? '' };
        }
      }
    }
    for (const f of looseFields(r)) {
      const k = fieldSlot(r, f);
      if (assignment.has(k)) {
        setPath(copy as unknown as Record<string, unknown>, f, assignment.get(k));
        out.push({ resourceKey: r.key, resourceName: r.name, field: f, value: assignment.get(k), from: r.possible[f].from });
      } else remaining[f] = r.possible[f];
    }
    delete copy.possible;
    delete copy.variants;
    if (Object.keys(remaining).length > 0) copy.possible = remaining;
  }
  const children = r.kind === 'circuit' ? 'peerings' : r.kind === 'port' ? 'links' : undefined;
  if (children) {
    const list = (r as unknown as Record<string, AnyResource[]>)[children];
    let changed = false;
    const next = list.map((c) => {
      const x = applyAssignment(c, assignment, out);
      if (x) changed = true;
      return x ?? c;
    });
    if (changed) {
      copy ??= { ...r };
      (copy as unknown as Record<string, AnyResource[]>)[children] = next;
    }
  }
  return copy;
}

/** Every assignment of the slots' values (the empty assignment when there are none). */
function assignments(slots: Slot[]): Map<string, unknown>[] {
  let out: Map<string, unknown>[] = [new Map()];
  for (const s of slots) {
    const next: Map<string, unknown>[] = [];
    for (const a of out) for (const v of s.values) next.push(new Map(a).set(s.key, v));
    out = next;
  }
  return out;
}

function uniqueSlots(resources: Iterable<AnyResource>, relevant?: (r: AnyResource, field: string) => boolean): Slot[] {
  const byKey = new Map<string, Slot>();
  for (const r of resources) {
    // Only possible values branch (slotsOfResource): most resources of a large estate have none.
    if (!r.possible) continue;
    for (const s of slotsOfResource(r, relevant ? (f) => relevant(r, f) : undefined)) if (!byKey.has(s.key)) byKey.set(s.key, s);
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const countOf = (slots: Slot[]) => slots.reduce((n, s) => n * Math.max(1, s.values.length), 1);

/** Number of worlds of an inventory (1 when nothing has possible values). */
export function worldCount(inv: Inventory, only?: (r: AnyResource) => boolean): number {
  return countOf(uniqueSlots([...inv.byKey.values()].filter((r) => !only || only(r))));
}

/**
 * Whether the resource takes part in the estate in this world: a template resource that is not
 * deployed, or a VNet gateway (connection) that is not of the ExpressRoute type, is not there.
 */
export function inWorld(r: AnyResource): boolean {
  if (r.deployed === false) return false;
  if (r.kind === 'gateway' && r.flavor === 'vnet' && r.gatewayType !== undefined && r.gatewayType.toLowerCase() !== 'expressroute') return false;
  if (r.kind === 'connection' && r.flavor === 'vnet' && r.connectionType !== undefined && r.connectionType.toLowerCase() !== 'expressroute') return false;
  return true;
}

const RELATION_FIELDS = new Set(['gatewayKey', 'circuitKey', 'circuitId', 'portKey', 'isDirect', 'circuitKeys', 'deployed', 'gatewayType', 'connectionType']);

/** Relations of a world whose relations changed: every relation list is rebuilt on copies. */
function relink(inv: Inventory): Inventory {
  const byKey = new Map(inv.byKey);
  const present = (k: string) => byKey.has(k);
  const circuits = inv.circuits.map((c) => {
    const copy: Circuit = { ...c, connectionKeys: [], gatewayKeys: [] };
    byKey.set(c.key, copy);
    return copy;
  });
  const gateways = inv.gateways.map((g) => {
    const copy: Gateway = { ...g, connectionKeys: [], circuitKeys: [] };
    byKey.set(g.key, copy);
    return copy;
  });
  const ports = inv.ports.map((p) => {
    const copy: Port = { ...p, circuitKeys: p.circuitKeys.filter(present) };
    byKey.set(p.key, copy);
    return copy;
  });
  linkRelations(inv.connections, circuits, byKey);
  return { ...inv, circuits, gateways, ports, byKey };
}

/** Builds the inventory of one world: resources with a choice are copied with the chosen values. */
function materialise(inv: Inventory, assignment: Map<string, unknown>, choices: Choice[]): Inventory {
  if (assignment.size === 0) return inv;
  const byKey = new Map(inv.byKey);
  let relations = false;
  const top = [...inv.circuits, ...inv.ports, ...inv.gateways, ...inv.connections];
  for (const r of top) {
    const before = choices.length;
    const copy = applyAssignment(r, assignment, choices);
    if (!copy) continue;
    byKey.set(r.key, copy);
    if (copy.kind === 'circuit') for (const p of copy.peerings) byKey.set(p.key, p);
    if (copy.kind === 'port') for (const l of copy.links) byKey.set(l.key, l);
    if (choices.slice(before).some((c) => RELATION_FIELDS.has(c.field))) relations = true;
  }
  const pick = <T extends AnyResource>(list: T[]) => list.map((r) => byKey.get(r.key) as T);
  let world: Inventory = { ...inv, circuits: pick(inv.circuits), ports: pick(inv.ports), gateways: pick(inv.gateways), connections: pick(inv.connections), byKey };
  // Resources that are not there in this world (not deployed, not ExpressRoute) leave it.
  const gone = [...world.circuits, ...world.ports, ...world.gateways, ...world.connections].filter((r) => !inWorld(r));
  const goneChildren = [...world.circuits.flatMap((c) => c.peerings), ...world.ports.flatMap((p) => p.links)].filter((r) => !inWorld(r));
  if (gone.length > 0 || goneChildren.length > 0) {
    relations = true;
    const out = new Set([...gone, ...goneChildren].map((r) => r.key));
    for (const k of out) byKey.delete(k);
    const keep = <T extends AnyResource>(list: T[]) => list.filter((r) => !out.has(r.key));
    const circuits = keep(world.circuits).map((c) => {
      if (!c.peerings.some((p) => out.has(p.key))) return c;
      const copy: Circuit = { ...c, peerings: keep(c.peerings) };
      byKey.set(c.key, copy);
      return copy;
    });
    const ports = keep(world.ports).map((p) => {
      if (!p.links.some((l) => out.has(l.key))) return p;
      const copy: Port = { ...p, links: keep(p.links) };
      byKey.set(p.key, copy);
      return copy;
    });
    world = { ...world, circuits, ports, gateways: keep(world.gateways), connections: keep(world.connections), byKey };
  }
  return relations ? relink(world) : world;
}

function assigned(slots: Slot[], assignment: Map<string, unknown>): AssignedChoice[] {
  return slots.filter((s) => assignment.has(s.key)).map((s) => ({ key: s.key, label: s.label, value: assignment.get(s.key), values: s.values }));
}

/**
 * Every world of the inventory, or `undefined` when there are more than `max` (the caller then
 * treats the possible values as unknown and says so). `only` limits the fields that branch to those
 * of some resources (for example the ones a rule reads); other possible values stay unset.
 */
export function worldsOf(inv: Inventory, opts: { max?: number; only?: (r: AnyResource) => boolean } = {}): World[] | undefined {
  const slots = uniqueSlots([...inv.byKey.values()].filter((r) => !opts.only || opts.only(r)));
  if (slots.length === 0) return [{ inventory: inv, choices: [], assignment: [] }];
  if (countOf(slots) > (opts.max ?? MAX_WORLDS)) return undefined;
  return assignments(slots).map((a) => {
    const choices: Choice[] = [];
    return { inventory: materialise(inv, a, choices), choices, assignment: assigned(slots, a) };
  });
}

/** One resource (with its children) in each combination of the choices that change a field `relevant` accepts. */
export interface ResourceWorld<T extends AnyResource> {
  resource: T;
  assignment: AssignedChoice[];
}

/**
 * The worlds of one resource for a rule that reads some of its fields: only the choices that change
 * those fields branch (local combinations). Undefined over `max`.
 */
export function resourceWorlds<T extends AnyResource>(r: T, relevant: (holder: AnyResource, field: string) => boolean, max = MAX_WORLDS): ResourceWorld<T>[] | undefined {
  // Without possible values (a live row that leaves a field out: unknown values only) there is one world, the resource.
  if (!r.possible && !(r.kind === 'circuit' ? r.peerings.some((p) => p.possible) : r.kind === 'port' ? r.links.some((l) => l.possible) : false)) return [{ resource: r, assignment: [] }];
  const holders: AnyResource[] = [r, ...(r.kind === 'circuit' ? r.peerings : r.kind === 'port' ? r.links : [])];
  const slots = uniqueSlots(holders, relevant);
  if (slots.length === 0) return [{ resource: r, assignment: [] }];
  if (countOf(slots) > max) return undefined;
  return assignments(slots).map((a) => ({ resource: applyAssignment(r, a) ?? r, assignment: assigned(slots, a) }));
}

/**
 * The inventory with every possible value turned into an unknown one (`why` says so): for estates
 * with more worlds than can be evaluated.
 */
export function collapsePossible(inv: Inventory, why: (r: AnyResource, field: string) => string): Inventory {
  const byKey = new Map(inv.byKey);
  const collapse = <T extends AnyResource>(r: T): T => {
    let copy: T = r;
    if (r.possible) {
      copy = { ...r, unknown: { ...(r.unknown ?? {}) } };
      for (const f of Object.keys(r.possible)) copy.unknown![f] ??= why(r, f);
      delete copy.possible;
      delete copy.variants;
    }
    if (copy.kind === 'circuit' && copy.peerings.some((p) => p.possible)) copy = { ...copy, peerings: copy.peerings.map(collapse) };
    if (copy.kind === 'port' && copy.links.some((l) => l.possible)) copy = { ...copy, links: copy.links.map(collapse) };
    if (copy !== r) {
      byKey.set(r.key, copy);
      if (copy.kind === 'circuit') for (const p of copy.peerings) byKey.set(p.key, p);
      if (copy.kind === 'port') for (const l of copy.links) byKey.set(l.key, l);
    }
    return copy;
  };
  return { ...inv, circuits: inv.circuits.map(collapse), ports: inv.ports.map(collapse), gateways: inv.gateways.map(collapse), connections: inv.connections.map(collapse), byKey };
}
