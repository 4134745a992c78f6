import type { Condition, LeafCondition } from './model.js';
import { compareText } from '../util/collate.js';

/**
 * The closed set of operators rules may use. Rules are data from users: nothing here evaluates
 * code, and regular expressions are vetted (see `compileSafeRegex`) and run on bounded input.
 */
export const OPERATORS = [
  'equals',
  'notEquals',
  'in',
  'notIn',
  'exists',
  'greater',
  'greaterOrEquals',
  'less',
  'lessOrEquals',
  'matches',
  'startsWith',
  'contains',
  'count',
] as const;

/** A rule parameter as an operand: `"{params.allowedCiphers}"` (bound by the engine before evaluation). */
export const PARAM_REF = /^\{params\.([A-Za-z0-9_]+)\}$/;

/** Longest string a regular expression is ever run against. */
export const MAX_REGEX_INPUT = 2048;

/** Reads a dotted path (`macsec.cipher`, `peerings.0.state`) from a value. */
const pathSegments = new Map<string, string[]>();

/** A path's segments: rules read the same few paths on every resource, so each is split once (hot loop on large estates). */
function segmentsOf(path: string): string[] {
  let segments = pathSegments.get(path);
  if (!segments) {
    segments = path.split('.').map(interned);
    if (pathSegments.size < 10_000) pathSegments.set(path, segments);
  }
  return segments;
}

export function getPath(value: unknown, path: string): unknown {
  let cur: unknown = value;
  const segments = segmentsOf(path);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (cur === null || cur === undefined) return undefined;
    if (Array.isArray(cur) && /^\d+$/.test(seg)) cur = cur[Number(seg)];
    else if (i === 1 && segments[0] === 'tags') cur = tagValue(cur, seg);
    else if (typeof cur === 'object') cur = Object.prototype.hasOwnProperty.call(cur, seg) ? (cur as Record<string, unknown>)[seg] : undefined;
    else return undefined;
  }
  return cur;
}

/**
 * A tag's value by its name (`tags.costCenter`): Azure reads tag names case-insensitively ("Tag names are
 * case-insensitive for operations", learn.microsoft.com/azure/azure-resource-manager/management/tag-resources),
 * so a resource tagged `CostCenter` holds `tags.costCenter`. The name as written is looked up first.
 */
export function tagValue(tags: unknown, name: string): unknown {
  if (tags === null || typeof tags !== 'object' || Array.isArray(tags)) return undefined;
  const t = tags as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(t, name)) return t[name];
  const lower = name.toLowerCase();
  for (const k of Object.keys(t)) if (k.toLowerCase() === lower) return t[k];
  return undefined;
}

/**
 * Compiles a rule's regular expression after rejecting constructs that allow catastrophic
 * backtracking (nested or adjacent unbounded quantifiers, backreferences, lookarounds).
 * Throws with a reason when the pattern is refused.
 */
export function compileSafeRegex(pattern: string): RegExp {
  if (pattern.length > 256) throw new Error('pattern longer than 256 characters');
  if (/\\[1-9]|\\k</.test(pattern)) throw new Error('backreferences are not allowed');
  if (/\(\?[=!<]/.test(pattern)) throw new Error('lookaround assertions are not allowed');
  vetGroups(pattern);
  // Two adjacent unbounded quantified atoms: a*a*, .*.*
  if (/(?:\.|\\.|\]|[^\\()|])[*+]\??(?:\.|\\.|\[[^\]]*\]|[^\\()|*+?{])[*+]/.test(pattern)) throw new Error('adjacent unbounded quantifiers are not allowed');
  return new RegExp(`^(?:${pattern})$`, 'i');
}

/** Most unbounded quantifiers one pattern may use: keeps the worst case polynomial of low degree. */
export const MAX_UNBOUNDED_QUANTIFIERS = 2;

/**
 * Most ways one pattern may have to match a text: the product, over its quantifiers and alternations, of the
 * choices each has (a quantifier up to m times: m + 1, an unbounded one: one per character of the longest
 * input; an alternation of k branches: k). Backtracking may try every way, so a product this size stays fast
 * (two unbounded quantifiers: `.*-prod-.*`) and `a{0,60}a{0,60}a{0,60}a{0,60}a{0,60}…` or `[ab]?[ab]?[ab]?…`,
 * which are polynomial of a high degree or exponential although no quantifier nests, are refused.
 */
export const MAX_REGEX_WAYS = (MAX_REGEX_INPUT + 1) ** MAX_UNBOUNDED_QUANTIFIERS;

/** Reads the quantifier starting at `j`, if any. `repeats`: may match more than once; `max`: how many times at most. */
function quantifierAt(p: string, j: number): { len: number; repeats: boolean; unbounded: boolean; max: number } | undefined {
  const c = p[j];
  let q: { len: number; repeats: boolean; unbounded: boolean; max: number } | undefined;
  if (c === '*' || c === '+') q = { len: 1, repeats: true, unbounded: true, max: Infinity };
  else if (c === '?') q = { len: 1, repeats: false, unbounded: false, max: 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(j));
    if (!m) return undefined;
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    q = { len: m[0].length, repeats: max > 1, unbounded: max > 64, max };
  }
  if (q && p[j + q.len] === '?') q.len++; // lazy variant
  return q;
}

/**
 * Walks the pattern's group structure (nested groups included, which a flat regular expression
 * check cannot see): a group that repeats may contain neither a quantifier nor an alternation,
 * at any depth, since `(a+)+`, `((a|aa))*` and the like backtrack exponentially. Also counts
 * unbounded quantifiers against MAX_UNBOUNDED_QUANTIFIERS.
 */
function vetGroups(p: string): void {
  const stack: { quantified: boolean; alternation: boolean; branches: number }[] = [{ quantified: false, alternation: false, branches: 1 }];
  let unbounded = 0;
  let ways = 1;
  const choices = (n: number) => {
    ways *= n;
    if (ways > MAX_REGEX_WAYS) throw new Error(`quantifiers and alternations that together allow more than ${MAX_REGEX_WAYS} ways to match (such as a{0,60}a{0,60}a{0,60}a{0,60}) are not allowed`);
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    let closed: { quantified: boolean; alternation: boolean; branches: number } | undefined;
    if (c === '\\') i++;
    else if (c === '[') {
      i++;
      if (p[i] === '^') i++;
      if (p[i] === ']') i++;
      while (i < p.length && p[i] !== ']') i += p[i] === '\\' ? 2 : 1;
    } else if (c === '(') {
      if (p[i + 1] === '?' && p[i + 2] === ':') i += 2;
      stack.push({ quantified: false, alternation: false, branches: 1 });
      continue;
    } else if (c === '|') {
      stack[stack.length - 1].alternation = true;
      stack[stack.length - 1].branches++;
      continue;
    } else if (c === ')') {
      if (stack.length < 2) return; // unbalanced: the RegExp constructor reports it
      closed = stack.pop()!;
      choices(closed.branches);
    }
    const top = stack[stack.length - 1];
    const q = quantifierAt(p, i + 1);
    if (q) {
      if (closed && q.repeats && (closed.quantified || closed.alternation))
        throw new Error(closed.quantified ? 'nested quantifiers are not allowed' : 'alternation under a repeating quantifier is not allowed');
      if (q.unbounded && ++unbounded > MAX_UNBOUNDED_QUANTIFIERS)
        throw new Error(`more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded quantifiers (*, +, {n,}) are not allowed`);
      choices(q.max === Infinity ? MAX_REGEX_INPUT + 1 : q.max + 1);
      top.quantified = true;
      i += q.len;
    }
    if (closed) {
      top.quantified ||= closed.quantified;
      top.alternation ||= closed.alternation;
    }
  }
  choices(stack[0].branches);
}

const regexCache = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let r = regexCache.get(pattern);
  if (!r) {
    r = compileSafeRegex(pattern);
    regexCache.set(pattern, r);
  }
  return r;
}

function looseEquals(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === 'number' && typeof b === 'string' && /^-?\d+(\.\d+)?$/.test(b)) return a === Number(b);
  return a === b;
}

function compare(a: unknown, b: number | string): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // A number against a bound written as a numeric text (`greaterOrEquals: "1000"`), as `equals` reads it.
  if (typeof a === 'number' && typeof b === 'string' && NUMERIC.test(b)) return a - Number(b);
  if (typeof a === 'string' && typeof b === 'string') return compareText(a, b);
  return undefined;
}

/** The outcome of a failing leaf: which field, the value found and what was expected. */
export interface LeafFailure {
  field: string;
  actual: unknown;
  expected: string;
}

export interface ConditionResult {
  ok: boolean;
  /** The first failing leaf, when `ok` is false. */
  failure?: LeafFailure;
}

function describeExpected(leaf: LeafCondition): string {
  const fmt = (v: unknown) => (Array.isArray(v) ? v.map((x) => String(x)).join(', ') : String(v));
  if (leaf.equals !== undefined) return fmt(leaf.equals);
  if (leaf.notEquals !== undefined) return `not ${fmt(leaf.notEquals)}`;
  if (leaf.in) return `one of ${fmt(leaf.in)}`;
  if (leaf.notIn) return `none of ${fmt(leaf.notIn)}`;
  if (leaf.exists !== undefined) return leaf.exists ? 'a value' : 'no value';
  if (leaf.greater !== undefined) return `more than ${leaf.greater}`;
  if (leaf.greaterOrEquals !== undefined) return `at least ${leaf.greaterOrEquals}`;
  if (leaf.less !== undefined) return `less than ${leaf.less}`;
  if (leaf.lessOrEquals !== undefined) return `at most ${leaf.lessOrEquals}`;
  if (leaf.matches !== undefined) return `a value matching ${leaf.matches}`;
  if (leaf.startsWith !== undefined) return `a value starting with ${leaf.startsWith}`;
  if (leaf.contains !== undefined) return `a list containing ${fmt(leaf.contains)}`;
  if (leaf.count) {
    const c = leaf.count;
    if (c.equals !== undefined) return `exactly ${c.equals}`;
    if (c.greaterOrEquals !== undefined) return `at least ${c.greaterOrEquals}`;
    if (c.greater !== undefined) return `more than ${c.greater}`;
    if (c.lessOrEquals !== undefined) return `at most ${c.lessOrEquals}`;
    if (c.less !== undefined) return `fewer than ${c.less}`;
  }
  return 'a matching value';
}

function evalLeaf(leaf: LeafCondition, value: unknown): boolean {
  return evalLeafOn(leaf, getPath(value, leaf.field));
}

/** A leaf against the field's value `v`. */
function evalLeafOn(leaf: LeafCondition, v: unknown): boolean {
  if (leaf.exists !== undefined) {
    const present = v !== undefined && v !== null && v !== '';
    if (present !== leaf.exists) return false;
  }
  if (leaf.equals !== undefined && !looseEquals(v, leaf.equals)) return false;
  if (leaf.notEquals !== undefined && looseEquals(v, leaf.notEquals)) return false;
  if (leaf.in && !leaf.in.some((x) => looseEquals(v, x))) return false;
  if (leaf.notIn && leaf.notIn.some((x) => looseEquals(v, x))) return false;
  const hasBound = leaf.greater !== undefined || leaf.greaterOrEquals !== undefined || leaf.less !== undefined || leaf.lessOrEquals !== undefined;
  if (hasBound) for (const [op, want] of [
    ['greater', leaf.greater],
    ['greaterOrEquals', leaf.greaterOrEquals],
    ['less', leaf.less],
    ['lessOrEquals', leaf.lessOrEquals],
  ] as const) {
    if (want === undefined) continue;
    const c = compare(v, want);
    if (c === undefined) return false;
    if (op === 'greater' && !(c > 0)) return false;
    if (op === 'greaterOrEquals' && !(c >= 0)) return false;
    if (op === 'less' && !(c < 0)) return false;
    if (op === 'lessOrEquals' && !(c <= 0)) return false;
  }
  if (leaf.matches !== undefined) {
    if (typeof v !== 'string' && typeof v !== 'number') return false;
    const s = String(v);
    if (s.length > MAX_REGEX_INPUT || !regex(leaf.matches).test(s)) return false;
  }
  if (leaf.startsWith !== undefined && !(typeof v === 'string' && v.toLowerCase().startsWith(leaf.startsWith.toLowerCase()))) return false;
  if (leaf.contains !== undefined) {
    if (Array.isArray(v)) {
      if (!v.some((x) => looseEquals(x, leaf.contains))) return false;
    } else if (typeof v === 'string' && typeof leaf.contains === 'string') {
      if (!v.toLowerCase().includes(leaf.contains.toLowerCase())) return false;
    } else return false;
  }
  if (leaf.count) {
    const n = Array.isArray(v) ? v.length : v === undefined || v === null ? 0 : undefined;
    if (n === undefined) return false;
    const c = leaf.count;
    if (c.equals !== undefined && n !== c.equals) return false;
    if (c.greater !== undefined && !(n > c.greater)) return false;
    if (c.greaterOrEquals !== undefined && !(n >= c.greaterOrEquals)) return false;
    if (c.less !== undefined && !(n < c.less)) return false;
    if (c.lessOrEquals !== undefined && !(n <= c.lessOrEquals)) return false;
  }
  return true;
}

/** Maximum nesting of allOf/anyOf/not a rule may use (also enforced by the rule schema). */
export const MAX_CONDITION_DEPTH = 16;

/** Evaluates a condition against one resource; bounded by the condition's (schema-limited) size. */
export function evaluate(cond: Condition, value: unknown, depth = 0): ConditionResult {
  if (depth > MAX_CONDITION_DEPTH) throw new Error(`condition nested deeper than ${MAX_CONDITION_DEPTH} levels`);
  if ('allOf' in cond) {
    for (let i = 0; i < cond.allOf.length; i++) {
      const r = evaluate(cond.allOf[i], value, depth + 1);
      if (!r.ok) return r;
    }
    return { ok: true };
  }
  if ('anyOf' in cond) {
    let first: ConditionResult | undefined;
    for (let i = 0; i < cond.anyOf.length; i++) {
      const r = evaluate(cond.anyOf[i], value, depth + 1);
      if (r.ok) return r;
      first ??= r;
    }
    return first ?? { ok: false };
  }
  if ('not' in cond) {
    const r = evaluate(cond.not, value, depth + 1);
    if (r.ok) {
      const leaf = firstLeaf(cond.not);
      return { ok: false, failure: leaf ? { field: leaf.field, actual: getPath(value, leaf.field), expected: `not ${describeExpected(leaf)}` } : undefined };
    }
    return { ok: true };
  }
  if (evalLeaf(cond, value)) return { ok: true };
  const ok = false;
  const actual = getPath(value, cond.field);
  return { ok, failure: { field: cond.field, actual: cond.count ? (Array.isArray(actual) ? actual.length : 0) : actual, expected: describeExpected(cond) } };
}

// ------------------------------------------------------------------ compiled conditions

/**
 * A condition compiled once per rule into a function of the resource: `compileCondition(c)(r)` is
 * `evaluate(c, r).ok`, without reading the condition's shape, splitting paths or allocating a
 * result on every resource (rules × resources evaluations on a large estate). Failure details
 * (`evaluate`) are worked out only for the resources that fail.
 */
export type CompiledCondition = (value: unknown) => boolean;

/**
 * The same text as a property key V8 has interned: a rule's field names come from parsed rule files
 * and `split`, and a property test or read with a key that is not interned looks the text up in V8's
 * string table on every call (hundreds of thousands here).
 */
function interned(s: string): string {
  return Object.keys({ [s]: 0 })[0] ?? s;
}

/** `cur[seg]` when it is an own property of an object, else undefined: a path step that is not a list index. */
function ownField(cur: unknown, seg: string): unknown {
  return cur !== null && typeof cur === 'object' && Object.hasOwn(cur, seg) ? (cur as Record<string, unknown>)[seg] : undefined;
}

/** The field name of a one-segment path that is not a list index (most rule fields): read with `ownField`. */
function plainField(path: string): string | undefined {
  return path.includes('.') || /^\d+$/.test(path) ? undefined : interned(path);
}

/** A compiled dotted path: `getPath(value, path)`. */
export function compilePath(path: string): (value: unknown) => unknown {
  const field = plainField(path);
  if (field !== undefined) return (v) => ownField(v, field);
  const segs = path.split('.').map(interned);
  const nums = segs.map((s) => (/^\d+$/.test(s) ? Number(s) : -1));
  const tags = segs[0] === 'tags';
  const step = (cur: unknown, i: number): unknown => {
    if (cur === null || cur === undefined) return undefined;
    if (nums[i] >= 0 && Array.isArray(cur)) return cur[nums[i]];
    if (i === 1 && tags) return tagValue(cur, segs[1]);
    if (typeof cur === 'object') return hasOwn(cur, segs[i]) ? (cur as Record<string, unknown>)[segs[i]] : undefined;
    return undefined;
  };
  if (segs.length === 1) return (v) => step(v, 0);
  if (segs.length === 2 && nums[0] < 0 && nums[1] < 0 && !tags) {
    const [a, b] = segs;
    return (v) => ownField(ownField(v, a), b); // `ipv6.primaryPeerAddressPrefix`: no step closure per segment
  }
  if (segs.length === 2) return (v) => step(step(v, 0), 1);
  return (v) => {
    let cur = v;
    for (let i = 0; i < segs.length; i++) {
      if (cur === null || cur === undefined) return undefined;
      cur = step(cur, i);
    }
    return cur;
  };
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** `(v) => looseEquals(v, x)` for a fixed `x`. */
function looseEqualsTo(x: unknown): (v: unknown) => boolean {
  if (typeof x === 'string') {
    const lower = x.toLowerCase();
    const n = NUMERIC.test(x) ? Number(x) : undefined;
    // An ASCII `lower` equals only the lower-cased text of a string of its length (lower-casing never
    // shortens a string, and lengthens one only with a non-ASCII letter): others are not lower-cased.
    if (/^[\x00-\x7f]*$/.test(lower)) {
      const len = lower.length;
      return (v) => (typeof v === 'string' ? v === x || (v.length === len && v.toLowerCase() === lower) : typeof v === 'number' && n !== undefined && v === n);
    }
    return (v) => (typeof v === 'string' ? v === x || v.toLowerCase() === lower : typeof v === 'number' && n !== undefined && v === n);
  }
  return (v) => v === x;
}

/** True when one of `eqs` holds for `v` (a loop: `some` takes a new closure of `v` per call). */
function anyOf(eqs: ((v: unknown) => boolean)[], v: unknown): boolean {
  for (let i = 0; i < eqs.length; i++) if (eqs[i](v)) return true;
  return false;
}

/** `(v) => evalLeafOn(leaf, v)`: only the operators the leaf uses, each prepared once. */
function compileLeafTest(leaf: LeafCondition): (v: unknown) => boolean {
  const tests: ((v: unknown) => boolean)[] = [];
  if (leaf.exists !== undefined) {
    const want = leaf.exists;
    tests.push((v) => (v !== undefined && v !== null && v !== '') === want);
  }
  if (leaf.equals !== undefined) tests.push(looseEqualsTo(leaf.equals));
  if (leaf.notEquals !== undefined) {
    const eq = looseEqualsTo(leaf.notEquals);
    tests.push((v) => !eq(v));
  }
  if (leaf.in) {
    const eqs = leaf.in.map(looseEqualsTo);
    tests.push((v) => anyOf(eqs, v));
  }
  if (leaf.notIn) {
    const eqs = leaf.notIn.map(looseEqualsTo);
    tests.push((v) => !anyOf(eqs, v));
  }
  for (const [op, want] of [
    ['greater', leaf.greater],
    ['greaterOrEquals', leaf.greaterOrEquals],
    ['less', leaf.less],
    ['lessOrEquals', leaf.lessOrEquals],
  ] as const) {
    if (want === undefined) continue;
    tests.push((v) => {
      const c = compare(v, want);
      if (c === undefined) return false;
      return op === 'greater' ? c > 0 : op === 'greaterOrEquals' ? c >= 0 : op === 'less' ? c < 0 : c <= 0;
    });
  }
  if (leaf.matches !== undefined) {
    const pattern = leaf.matches;
    tests.push((v) => {
      if (typeof v !== 'string' && typeof v !== 'number') return false;
      const s = String(v);
      return !(s.length > MAX_REGEX_INPUT || !regex(pattern).test(s));
    });
  }
  if (leaf.startsWith !== undefined) {
    const prefix = leaf.startsWith.toLowerCase();
    tests.push((v) => typeof v === 'string' && v.toLowerCase().startsWith(prefix));
  }
  if (leaf.contains !== undefined) {
    const c = leaf.contains;
    const eq = looseEqualsTo(c);
    const sub = typeof c === 'string' ? c.toLowerCase() : undefined;
    tests.push((v) => {
      if (Array.isArray(v)) return v.some((x) => eq(x));
      if (typeof v === 'string' && sub !== undefined) return v.toLowerCase().includes(sub);
      return false;
    });
  }
  if (leaf.count) {
    const c = leaf.count;
    tests.push((v) => {
      const n = Array.isArray(v) ? v.length : v === undefined || v === null ? 0 : undefined;
      if (n === undefined) return false;
      if (c.equals !== undefined && n !== c.equals) return false;
      if (c.greater !== undefined && !(n > c.greater)) return false;
      if (c.greaterOrEquals !== undefined && !(n >= c.greaterOrEquals)) return false;
      if (c.less !== undefined && !(n < c.less)) return false;
      if (c.lessOrEquals !== undefined && !(n <= c.lessOrEquals)) return false;
      return true;
    });
  }
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0];
  return (v) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i](v)) return false;
    return true;
  };
}

/** Compiles a condition (see CompiledCondition); nesting past MAX_CONDITION_DEPTH throws when evaluated, as `evaluate` does. */
export function compileCondition(cond: Condition, depth = 0): CompiledCondition {
  if (depth > MAX_CONDITION_DEPTH)
    return () => {
      throw new Error(`condition nested deeper than ${MAX_CONDITION_DEPTH} levels`);
    };
  if ('allOf' in cond) {
    const parts = cond.allOf.map((c) => compileCondition(c, depth + 1));
    return (v) => {
      for (let i = 0; i < parts.length; i++) if (!parts[i](v)) return false;
      return true;
    };
  }
  if ('anyOf' in cond) {
    const parts = cond.anyOf.map((c) => compileCondition(c, depth + 1));
    return (v) => {
      for (let i = 0; i < parts.length; i++) if (parts[i](v)) return true;
      return false;
    };
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not, depth + 1);
    return (v) => !inner(v);
  }
  const test = compileLeafTest(cond);
  // A one-segment field read in the leaf itself (no path closure between): every resource of the
  // kind runs a leaf or more per rule, mostly in unoptimised code where each call costs.
  const field = plainField(cond.field);
  if (field !== undefined) return (v) => test(ownField(v, field));
  const get = compilePath(cond.field);
  return (v) => test(get(v));
}

function firstLeaf(c: Condition): LeafCondition | undefined {
  if ('allOf' in c) return c.allOf.map(firstLeaf).find(Boolean);
  if ('anyOf' in c) return c.anyOf.map(firstLeaf).find(Boolean);
  if ('not' in c) return firstLeaf(c.not);
  return c;
}

/** Every field a condition reads (for docs and for deciding "unknown" on unresolved templates). */
export function fieldsOf(c: Condition | undefined): string[] {
  if (!c) return [];
  if ('allOf' in c) return c.allOf.flatMap(fieldsOf);
  if ('anyOf' in c) return c.anyOf.flatMap(fieldsOf);
  if ('not' in c) return fieldsOf(c.not);
  return [c.field];
}

// ------------------------------------------------------------------ three-valued evaluation

/**
 * What a resource tells about a field: its value; that it is not known (with why, never a value);
 * or, for a list (or count) that holds only what the scanned files declare, the part that is known.
 */
export type FieldFact = { value: unknown } | { unknown: string } | { partial: string; value: unknown };

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

interface FactsHolder {
  unknown?: Record<string, string>;
  possible?: Record<string, { values: unknown[]; from: string }>;
  partial?: Record<string, string>;
}

/**
 * Reads a field through the facts of the resources on its path (src/inventory/facts.ts): a field
 * that is unknown, or inside one that is, is unknown; so is one with possible values that were not
 * chosen. Child resources (`links.0.macsec.cipher`) answer for their own fields.
 */
export function readField(root: unknown, path: string): FieldFact {
  const segments = segmentsOf(path);
  let cur: unknown = root;
  for (let i = 0; i <= segments.length; i++) {
    if (cur !== null && typeof cur === 'object' && !Array.isArray(cur)) {
      const f = cur as FactsHolder;
      if ((f.unknown || f.possible || f.partial) && i < segments.length) {
        let prefix = '';
        for (let j = i; j < segments.length; j++) {
          prefix = j === i ? segments[j] : `${prefix}.${segments[j]}`;
          if (f.unknown && hasOwn(f.unknown, prefix)) return { unknown: f.unknown[prefix] };
          if (f.possible && hasOwn(f.possible, prefix)) return { unknown: `\`${prefix}\` has several possible values (${f.possible[prefix].from})` };
        }
        if (f.partial && hasOwn(f.partial, prefix)) return { partial: f.partial[prefix], value: getPath(cur, prefix) };
      }
    }
    if (i === segments.length) break;
    const seg = segments[i];
    if (cur === null || cur === undefined) return { value: undefined };
    if (Array.isArray(cur) && /^\d+$/.test(seg)) cur = cur[Number(seg)];
    else if (i === 1 && segments[0] === 'tags') cur = tagValue(cur, seg);
    else if (typeof cur === 'object') cur = hasOwn(cur, seg) ? (cur as Record<string, unknown>)[seg] : undefined;
    else return { value: undefined };
  }
  return { value: cur };
}

/** True, false, or undefined when it cannot be decided. */
export type Truth = boolean | undefined;

export interface Condition3Result {
  value: Truth;
  /** The first failing leaf, when `value` is false. */
  failure?: LeafFailure;
  /** The field that could not be decided and why, when `value` is undefined. */
  unknown?: { field: string; reason: string };
}

/** A leaf on a list (or count) that holds only what the scanned files declare: `n` is a lower bound. */
function partialLeaf(leaf: LeafCondition, v: unknown, reason: string): Condition3Result {
  const n = Array.isArray(v) ? v.length : typeof v === 'number' ? v : v === undefined || v === null ? 0 : undefined;
  const undecided: Condition3Result = { value: undefined, unknown: { field: leaf.field, reason } };
  if (n === undefined) return undecided;
  const bounds = leaf.count ?? leaf;
  const fail = (expected: string): Condition3Result => ({ value: false, failure: { field: leaf.field, actual: `at least ${n}`, expected } });
  // Bounds as numbers (a numeric text reads as its number, as `compare` reads it).
  const num = (b: number | string | undefined) => (typeof b === 'number' ? b : typeof b === 'string' && NUMERIC.test(b) ? Number(b) : undefined);
  const greater = num(bounds.greater);
  const greaterOrEquals = num(bounds.greaterOrEquals);
  const less = num(bounds.less);
  const lessOrEquals = num(bounds.lessOrEquals);
  let value: Truth = true;
  const and = (t: Truth) => {
    if (t === false || value === false) value = false;
    else if (t === undefined) value = undefined;
  };
  if (bounds.greater !== undefined) and(greater !== undefined && n > greater ? true : undefined);
  if (bounds.greaterOrEquals !== undefined) and(greaterOrEquals !== undefined && n >= greaterOrEquals ? true : undefined);
  if (less !== undefined && n >= less) return fail(describeExpected(leaf));
  if (lessOrEquals !== undefined && n > lessOrEquals) return fail(describeExpected(leaf));
  if (bounds.less !== undefined || bounds.lessOrEquals !== undefined) and(undefined);
  if (leaf.count?.equals !== undefined) {
    if (n > leaf.count.equals) return fail(describeExpected(leaf));
    and(undefined);
  }
  if (leaf.exists !== undefined) {
    if (n > 0 && !leaf.exists) return fail(describeExpected(leaf));
    and(n > 0 ? true : undefined);
  }
  if (leaf.contains !== undefined) and(Array.isArray(v) && v.some((x) => looseEquals(x, leaf.contains)) ? true : undefined);
  const other = leaf.equals !== undefined || leaf.notEquals !== undefined || leaf.in || leaf.notIn || leaf.matches !== undefined || leaf.startsWith !== undefined;
  if (other) and(undefined);
  return value === undefined ? undecided : { value };
}

function leaf3(leaf: LeafCondition, resource: unknown): Condition3Result {
  const fact = readField(resource, leaf.field);
  if ('unknown' in fact) return { value: undefined, unknown: { field: leaf.field, reason: fact.unknown } };
  if ('partial' in fact) return partialLeaf(leaf, fact.value, fact.partial);
  if (evalLeafOn(leaf, fact.value)) return { value: true };
  const actual = fact.value;
  return { value: false, failure: { field: leaf.field, actual: leaf.count ? (Array.isArray(actual) ? actual.length : 0) : actual, expected: describeExpected(leaf) } };
}

/**
 * Three-valued (Kleene) evaluation against a resource that may not know some fields: `allOf` with a
 * false operand is false, `anyOf` with a true operand is true, `not` of undecided is undecided, and a
 * leaf on an unknown field is undecided (never guessed from a missing value).
 */
export function evaluate3(cond: Condition, resource: unknown, depth = 0): Condition3Result {
  if (depth > MAX_CONDITION_DEPTH) throw new Error(`condition nested deeper than ${MAX_CONDITION_DEPTH} levels`);
  if ('allOf' in cond) {
    let undecided: Condition3Result | undefined;
    for (const c of cond.allOf) {
      const r = evaluate3(c, resource, depth + 1);
      if (r.value === false) return r;
      if (r.value === undefined) undecided ??= r;
    }
    return undecided ?? { value: true };
  }
  if ('anyOf' in cond) {
    let undecided: Condition3Result | undefined;
    let first: Condition3Result | undefined;
    for (const c of cond.anyOf) {
      const r = evaluate3(c, resource, depth + 1);
      if (r.value === true) return r;
      if (r.value === undefined) undecided ??= r;
      else first ??= r;
    }
    return undecided ?? first ?? { value: false };
  }
  if ('not' in cond) {
    const r = evaluate3(cond.not, resource, depth + 1);
    if (r.value === undefined) return r;
    if (r.value) {
      const leaf = firstLeaf(cond.not);
      return { value: false, failure: leaf ? { field: leaf.field, actual: getPath(resource, leaf.field), expected: `not ${describeExpected(leaf)}` } : undefined };
    }
    return { value: true };
  }
  return leaf3(cond, resource);
}
