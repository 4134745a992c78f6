/**
 * Possible worlds of an inventory. A template may leave a field with a small set of possible values
 * (a parameter with `allowedValues`, a `bool`, a ternary of known branches): each combination of
 * choices is one world, an ordinary inventory in which every such field holds one value. Estate-level
 * rules and the pricing model run once per world; a verdict that holds in every world is true, one
 * that holds in none is false, and one that differs between worlds is unknown (naming the choices
 * that make it fail). A live estate has no possible values and exactly one world: itself.
 */
import type { AnyResource, Circuit, Inventory, Port } from './model.js';

/** One field's choice in a world. */
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

export interface World {
  inventory: Inventory;
  /** The choices that make this world (empty for an inventory without possible values). */
  choices: Choice[];
}

/** Most worlds evaluated before possible values are treated as unknown instead. */
export const MAX_WORLDS = 64;

interface Slot {
  resource: AnyResource;
  field: string;
  values: unknown[];
  from: string;
}

function slotsOf(inv: Inventory, only?: (r: AnyResource) => boolean): Slot[] {
  const slots: Slot[] = [];
  for (const r of inv.byKey.values()) {
    if (!r.possible || (only && !only(r))) continue;
    for (const field of Object.keys(r.possible).sort()) {
      const p = r.possible[field];
      slots.push({ resource: r, field, values: p.values, from: p.from });
    }
  }
  return slots;
}

/** Number of worlds of an inventory (1 when nothing has possible values). */
export function worldCount(inv: Inventory, only?: (r: AnyResource) => boolean): number {
  let n = 1;
  for (const s of slotsOf(inv, only)) n *= Math.max(1, s.values.length);
  return n;
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

/** Builds the inventory of one world: resources with a choice are copied with the chosen values. */
function materialise(inv: Inventory, choices: Choice[]): Inventory {
  if (choices.length === 0) return inv;
  const byKey = new Map(inv.byKey);
  const changed = new Map<string, AnyResource>();
  for (const c of choices) {
    let r = changed.get(c.resourceKey);
    if (!r) {
      const orig = inv.byKey.get(c.resourceKey)!;
      r = { ...orig } as AnyResource;
      delete r.possible;
      changed.set(c.resourceKey, r);
    }
    setPath(r as unknown as Record<string, unknown>, c.field, c.value);
  }
  for (const [k, r] of changed) byKey.set(k, r);
  // Parents hold their children (peerings, links) by reference: copy a parent whose child changed.
  const circuits = inv.circuits.map((c) => {
    const own = (byKey.get(c.key) as Circuit | undefined) ?? c;
    if (!own.peerings.some((p) => changed.has(p.key))) return own;
    const copy: Circuit = { ...own, peerings: own.peerings.map((p) => (byKey.get(p.key) as typeof p | undefined) ?? p) };
    byKey.set(copy.key, copy);
    return copy;
  });
  const ports = inv.ports.map((p) => {
    const own = (byKey.get(p.key) as Port | undefined) ?? p;
    if (!own.links.some((l) => changed.has(l.key))) return own;
    const copy: Port = { ...own, links: own.links.map((l) => (byKey.get(l.key) as typeof l | undefined) ?? l) };
    byKey.set(copy.key, copy);
    return copy;
  });
  const pick = <T extends AnyResource>(list: T[]) => list.map((r) => (byKey.get(r.key) as T | undefined) ?? r);
  return { ...inv, circuits, ports, gateways: pick(inv.gateways), connections: pick(inv.connections), byKey };
}

/**
 * Every world of the inventory, or `undefined` when there are more than `max` (the caller then
 * treats the possible values as unknown and says so). `only` limits the fields that branch to those
 * of some resources (for example the ones a rule reads); other possible values stay unset.
 */
export function worldsOf(inv: Inventory, opts: { max?: number; only?: (r: AnyResource) => boolean } = {}): World[] | undefined {
  const slots = slotsOf(inv, opts.only);
  if (slots.length === 0) return [{ inventory: inv, choices: [] }];
  if (worldCount(inv, opts.only) > (opts.max ?? MAX_WORLDS)) return undefined;
  const worlds: World[] = [];
  const pick = (i: number, choices: Choice[]) => {
    if (i === slots.length) {
      worlds.push({ inventory: materialise(inv, choices), choices });
      return;
    }
    const s = slots[i];
    for (const value of s.values) pick(i + 1, [...choices, { resourceKey: s.resource.key, resourceName: s.resource.name, field: s.field, value, from: s.from }]);
  };
  pick(0, []);
  return worlds;
}
