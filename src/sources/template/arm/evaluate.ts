import { isExpression, parseExpression, unescapeLiteral, type Expr } from './expression.js';
import { resourceIdFor, standInOf } from '../ids.js';
import { compareText } from '../../../util/collate.js';
import { findKey } from '../../../util/keys.js';

/**
 * Static evaluation of ARM template expressions. Everything the template language can decide
 * without Azure (parameters, variables, string and array functions, `resourceId`, `if`, copy
 * indexes) is computed; everything decided at deployment time (`reference()`, `list*()`,
 * `uniqueString()`, `resourceGroup().location`, ...) becomes an {@link Unknown}, which callers
 * report as unresolved, never as a guess.
 */

/**
 * A value that cannot be computed statically; `reason` says why (never contains a value).
 * `parameter` names the template parameter it comes from, when it is a parameter without a value.
 */
export class Unknown {
  constructor(
    readonly reason: string,
    readonly parameter?: string,
    /**
     * A stable stand-in text for identities: a parameter without a value used in a name or an id
     * (`resourceId('…/expressRouteCircuits', parameters('name'))`) evaluates to the same symbol
     * everywhere in one deployment, so the resources that refer to each other still join. Never a
     * value a rule reads.
     */
    readonly symbol?: string,
    /** The value of a secure parameter that has one: erscan never reads it (a secret property it fills is configured). */
    readonly secure?: boolean,
    /** The parameter is given null but is not nullable: what ARM deploys then is not documented. */
    readonly givenNull?: boolean,
    /**
     * The parameter is nullable, has no default, and the deployment is scanned without a parameter file:
     * whoever deploys it gives its value, or leaves it out (then it is null).
     */
    readonly optional?: boolean,
  ) {}

  /** What a field that holds this value "is": `comes from parameter \`x\`, which has no value here`. */
  get because(): string {
    if (this.secure && this.parameter !== undefined && this.reason.includes('Key Vault reference')) return `comes from parameter \`${this.parameter}\`, given by a Key Vault reference whose value erscan never reads`;
    if (this.secure && this.parameter !== undefined) return `comes from secure parameter \`${this.parameter}\`, whose value erscan never reads`;
    if (this.givenNull && this.parameter !== undefined) return `comes from parameter \`${this.parameter}\`, which is given null here but is not nullable (Microsoft Learn does not say what ARM deploys then)`;
    if (this.optional && this.parameter !== undefined) return `comes from parameter \`${this.parameter}\`, which has no value here (it is supplied at deployment; null if omitted)`;
    return this.parameter !== undefined ? `comes from parameter \`${this.parameter}\`, which has no value here` : `is not known before deployment (${this.reason})`;
  }
}

/**
 * One open choice of a deployment: a parameter without a value whose possible values are known
 * (`allowedValues`, a `bool`), or the condition of an `if()` that cannot be decided. `key` is unique
 * per deployment; `label` names it for messages (`parameter \`skuTier\``).
 */
export interface Choice {
  key: string;
  label: string;
  values: Value[];
}

/** One possible value and the choices (choice key → chosen value) that produce it. */
export interface Case {
  when: Record<string, Value>;
  value: Value;
}

/**
 * A small set of possible values, each tied to the choices that produce it, so values that come
 * from the same parameter stay correlated (`sku.tier` and `sku.family` of one `skuTier`). The cases
 * cover every combination of their choices.
 */
export class Possible {
  constructor(
    readonly cases: Case[],
    readonly choices: Choice[],
  ) {}
}

/** Most cases a possible value may have; beyond it the value is treated as unknown. */
export const MAX_CASES = 64;

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value } | Unknown | Possible;
export type Obj = { [key: string]: Value };

export const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown;
export const isPossible = (v: unknown): v is Possible => v instanceof Possible;
const isObj = (v: Value): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Possible);

/** True when a value is or contains an Unknown anywhere. */
export function containsUnknown(v: Value): boolean {
  if (v instanceof Unknown) return true;
  if (v instanceof Possible) return v.cases.some((c) => containsUnknown(c.value));
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (isObj(v)) return Object.values(v).some(containsUnknown);
  return false;
}

/** True when a value is or contains a Possible anywhere. */
export function containsPossible(v: Value): boolean {
  if (v instanceof Possible) return true;
  if (Array.isArray(v)) return v.some(containsPossible);
  if (isObj(v)) return Object.values(v).some(containsPossible);
  return false;
}

/** Merges two choice assignments; undefined when they disagree on a choice. */
function mergeWhen(a: Record<string, Value>, b: Record<string, Value>): Record<string, Value> | undefined {
  let out: Record<string, Value> | undefined;
  for (const [k, v] of Object.entries(b)) {
    if (Object.prototype.hasOwnProperty.call(a, k)) {
      if (!deepEqual(a[k], v)) return undefined;
    } else (out ??= { ...a })[k] = v;
  }
  return out ?? a;
}

/** A Possible from its cases, or the plain value when every case agrees (the choice does not matter). */
export function possibleOf(cases: Case[], choices: Iterable<Choice>): Value {
  const kept: Case[] = [];
  for (const c of cases) if (!kept.some((k) => deepEqual(k.value, c.value) && deepEqual(k.when as Value, c.when as Value))) kept.push(c);
  if (kept.length === 0) return new Unknown('no combination of the possible values applies');
  if (kept.every((c) => deepEqual(c.value, kept[0].value))) return kept[0].value;
  const used = new Set(kept.flatMap((c) => Object.keys(c.when)));
  const byKey = new Map<string, Choice>();
  for (const ch of choices) if (used.has(ch.key) && !byKey.has(ch.key)) byKey.set(ch.key, ch);
  return new Possible(kept, [...byKey.values()]);
}

const choiceLabels = (choices: Iterable<Choice>) => [...new Set([...choices].map((c) => c.label))].join(', ');

/**
 * Applies `f` to every combination of the possible values among `args` (keeping combinations whose
 * choices agree) and gathers the results; with no possible argument, simply `f(args)`. An unknown
 * result makes the whole result unknown. Bounded by MAX_CASES.
 */
export function lift(args: Value[], f: (vals: Value[]) => Value): Value {
  if (!args.some((a) => a instanceof Possible)) return f(args);
  let combos: { when: Record<string, Value>; vals: Value[] }[] = [{ when: {}, vals: args.slice() }];
  const choices = new Map<string, Choice>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!(a instanceof Possible)) continue;
    for (const c of a.choices) choices.set(c.key, c);
    const next: typeof combos = [];
    for (const combo of combos) {
      for (const pc of a.cases) {
        const when = mergeWhen(combo.when, pc.when);
        if (!when) continue;
        const vals = combo.vals.slice();
        vals[i] = pc.value;
        next.push({ when, vals });
      }
    }
    combos = next;
    if (combos.length > MAX_CASES) return new Unknown(`depends on more than ${MAX_CASES} combinations of ${choiceLabels(choices.values())}`);
  }
  const out: Case[] = [];
  for (const c of combos) {
    const v = f(c.vals);
    if (v instanceof Unknown) return v;
    if (v instanceof Possible) {
      for (const ch of v.choices) choices.set(ch.key, ch);
      for (const pc of v.cases) {
        const when = mergeWhen(c.when, pc.when);
        if (when) out.push({ when, value: pc.value });
      }
    } else out.push({ when: c.when, value: v });
    if (out.length > MAX_CASES) return new Unknown(`depends on more than ${MAX_CASES} combinations of ${choiceLabels(choices.values())}`);
  }
  return possibleOf(out, choices.values());
}

/**
 * Turns a container with possible members into a Possible of containers, so functions that look
 * inside values (`equals`, `contains`, `string`) see plain values. Bounded by MAX_CASES.
 */
export function hoist(v: Value): Value {
  if (v === null || typeof v !== 'object' || v instanceof Unknown || v instanceof Possible || !containsPossible(v)) return v;
  if (Array.isArray(v)) return lift(v.map(hoist), (vals) => vals);
  const keys = Object.keys(v);
  return lift(
    keys.map((k) => hoist(v[k])),
    (vals) => Object.fromEntries(keys.map((k, i) => [k, vals[i]])) as Obj,
  );
}

/** An error in the template itself (an undeclared parameter, a malformed call): bad input. */
export class TemplateError extends Error {}

export interface EvalScope {
  /** Subscription id used by `resourceId()` and `subscription()` (a placeholder unless known). */
  subscriptionId: string;
  /** Resource group name used by `resourceId()` and `resourceGroup()`. */
  resourceGroup: string;
}

export interface EvalContext {
  scope: EvalScope;
  parameter(name: string): Value;
  variable(name: string): Value;
  /** Current index of the named copy loop (or the resource's loop when no name is given). */
  copyIndex(loop: string | undefined): Value;
  /** A choice key unique to this deployment for a local name (an undecidable `if()` condition). */
  choiceKey?(local: string): string;
  /** The variables of the lambdas being applied (`lambdaVariables('x')`). */
  lambdaVars?: Map<string, Value>;
  /**
   * `reference(target)` of a nested deployment these files hold (by its symbolic name, its name or its
   * resource id): `{ outputs: { name: { type, value } } }` from its template's outputs, or undefined when
   * the target is not one (then `reference()` is not known before deployment, as for any resource).
   */
  deploymentOutputs?(target: string): Value | undefined;
  /** `deployment().name`, when the template's parent deployment gives it (a nested deployment's name). */
  readonly deploymentName?: Value;
  /**
   * The user-defined function `namespace.member` of the template (`functions`), or undefined when it
   * declares none of that name (see userFunctionCall).
   */
  userFunction?(name: string): UserFunction | undefined;
  /** Set while a user-defined function's output is evaluated: it may call no other (see userFunctionCall). */
  readonly inUserFunction?: string;
}

/** A user-defined function: its parameters' names, in order, and its output's value (as declared). */
export interface UserFunction {
  parameters: string[];
  output: unknown;
}

/** `lambda('x', 'i', body)`: its parameter names and body, or undefined when the expression is not one. */
function lambdaOf(e: Expr | undefined): { params: string[]; body: Expr } | undefined {
  if (!e || e.kind !== 'call' || e.name.toLowerCase() !== 'lambda' || e.args.length < 2) return undefined;
  const params = e.args.slice(0, -1).map((a) => (a.kind === 'literal' && typeof a.value === 'string' ? a.value : undefined));
  if (params.some((x) => x === undefined)) return undefined;
  return { params: params as string[], body: e.args[e.args.length - 1] };
}

/** Evaluates a lambda's body with its parameters bound (the outer context stays as it is). */
function applyLambda(lambda: { params: string[]; body: Expr }, args: Value[], ctx: EvalContext): Value {
  const inner = Object.create(ctx) as EvalContext;
  inner.lambdaVars = new Map(ctx.lambdaVars ?? []);
  lambda.params.forEach((name, i) => inner.lambdaVars!.set(name.toLowerCase(), args[i] ?? null));
  return evaluate(lambda.body, inner);
}

/** Most items a lambda function (`map`, `filter`, `reduce`…) is applied to. */
const MAX_LAMBDA_ITEMS = 800;

/**
 * `map`, `filter`, `reduce`, `toObject` and `mapValues` with their lambdas (what Bicep emits for
 * `map(ids, id => …)`): applied item by item; a possible array is followed case by case.
 */
function lambdaCall(name: string, rawName: string, argExprs: Expr[], ctx: EvalContext): Value {
  const lambdas = argExprs.map(lambdaOf);
  const data = argExprs.map((a, i) => (lambdas[i] ? null : evaluate(a, ctx)));
  const fn = lambdas.find(Boolean);
  if (!fn) throw new TemplateError(`${rawName}() with a lambda argument`);
  const first = data[0];
  if (first instanceof Unknown) return plain(first);
  return lift([first], ([subject]) => {
    if (name === 'mapvalues') {
      if (!isObj(subject)) return new Unknown('mapValues() of a value that is not an object');
      return Object.fromEntries(Object.entries(subject).map(([k, v]) => [k, applyLambda(fn, [v], ctx)]));
    }
    if (!Array.isArray(subject)) return new Unknown(`${rawName}() of a value that is not an array`);
    if (subject.length > MAX_LAMBDA_ITEMS) return new Unknown(`${rawName}() of more than ${MAX_LAMBDA_ITEMS} items`);
    switch (name) {
      case 'map':
        return subject.map((x, i) => applyLambda(fn, [x, i], ctx));
      case 'filter': {
        const out: Value[] = [];
        for (let i = 0; i < subject.length; i++) {
          const keep = applyLambda(fn, [subject[i], i], ctx);
          if (typeof keep !== 'boolean') return keep instanceof Unknown ? keep : new Unknown('filter() with a condition that is not known');
          if (keep) out.push(subject[i]);
        }
        return out;
      }
      case 'reduce': {
        let acc: Value = data[1] ?? null;
        if (acc instanceof Unknown) return acc;
        for (let i = 0; i < subject.length; i++) {
          acc = applyLambda(fn, [acc, subject[i], i], ctx);
          if (acc instanceof Unknown || acc instanceof Possible) return acc instanceof Unknown ? acc : new Unknown('reduce() over values with several possibilities');
        }
        return acc;
      }
      case 'toobject': {
        const valueFn = lambdas[2];
        const out: Obj = {};
        for (const x of subject) {
          const k = applyLambda(fn, [x], ctx);
          if (typeof k !== 'string') return k instanceof Unknown ? k : new Unknown('toObject() with a key that is not a known string');
          out[k] = valueFn ? applyLambda(valueFn, [x], ctx) : x;
        }
        return out;
      }
    }
    return new Unknown(`function ${rawName}() is not evaluated by erscan`);
  });
}

const LAMBDA_FUNCTIONS = new Set(['map', 'filter', 'reduce', 'toobject', 'mapvalues']);

function deepEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

function getMember(target: Value, key: string): Value {
  if (target instanceof Unknown) return target;
  if (isObj(target)) {
    const found = findKey(target, key);
    return found !== undefined ? target[found] : new Unknown(`property "${key}" is not defined`);
  }
  return new Unknown(`property "${key}" read from a value that is not an object`);
}

function getIndex(target: Value, index: Value): Value {
  if (target instanceof Unknown) return target;
  if (index instanceof Unknown) return index;
  if (Array.isArray(target) && typeof index === 'number') {
    return index >= 0 && index < target.length ? target[index] : new Unknown(`index ${index} is outside the array`);
  }
  if (typeof index === 'string') return getMember(target, index);
  return new Unknown('index of a value that is not an array or object');
}

/** The first Unknown among the arguments, if any (shallow: containers with unknown members are fine). */
const firstUnknown = (args: Value[]): Unknown | undefined => args.find((a): a is Unknown => a instanceof Unknown);

/** The same unknown without its identity symbol (for anything but building names and ids). */
const plain = (u: Unknown): Unknown => (u.symbol === undefined ? u : new Unknown(u.reason, u.parameter, undefined, u.secure, u.givenNull, u.optional));
const plainIfUnknown = (v: Value): Value => (v instanceof Unknown ? plain(v) : v);

/** Functions that build names and ids from strings: an argument's symbol carries through them. */
const SYMBOLIC = new Set(['format', 'concat', 'resourceid', 'subscriptionresourceid', 'tenantresourceid', 'extensionresourceid', 'string', 'tolower', 'toupper', 'trim']);

/** Renders a .NET composite format string (`{0}`, `{0:D3}`) as ARM's `format()` does. */
function formatString(fmt: string, args: Value[]): Value {
  let out = '';
  const re = /\{(\d+)(?::([A-Za-z])(\d*))?\}|\{\{|\}\}/g;
  let last = 0;
  for (let m = re.exec(fmt); m; m = re.exec(fmt)) {
    out += fmt.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === '{{') {
      out += '{';
      continue;
    }
    if (m[0] === '}}') {
      out += '}';
      continue;
    }
    const v = args[Number(m[1])];
    if (v === undefined) return new Unknown(`format() has no argument ${m[1]}`);
    if (v instanceof Unknown) return v;
    const spec = m[2]?.toUpperCase();
    if (!spec) out += toText(v);
    else if (spec === 'D' && typeof v === 'number') out += String(Math.trunc(v)).padStart(Number(m[3] || 0), '0');
    else if (spec === 'N' && typeof v === 'number') out += v.toFixed(Number(m[3] || 0));
    else return new Unknown(`format specifier ${m[2]}${m[3]} is not evaluated by erscan`);
  }
  return out + fmt.slice(last);
}

/** `tryGet(value, key, …)`: null where a key is missing; a possible value along the way is followed case by case. */
function tryGetPath(cur: Value, keys: Value[]): Value {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (cur === null) return null;
    if (cur instanceof Unknown) return cur;
    if (cur instanceof Possible) return lift([cur], ([c]) => tryGetPath(c, keys.slice(i)));
    if (isObj(cur) && typeof k === 'string') {
      const found = Object.keys(cur).find((x) => x.toLowerCase() === k.toLowerCase());
      cur = found === undefined ? null : cur[found];
    } else if (Array.isArray(cur) && typeof k === 'number') cur = k >= 0 && k < cur.length ? cur[k] : null;
    else return new Unknown('tryGet() of unexpected values');
  }
  return cur;
}

function toText(v: Value): string {
  if (typeof v === 'string') return v;
  if (v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Functions whose result exists only at deployment time. */
const DEPLOYMENT_TIME = new Set(['reference', 'uniquestring', 'guid', 'newguid', 'utcnow', 'deployment', 'environment', 'pickzones', 'managementgroup', 'tenant', 'listkeys', 'listsecrets', 'listaccountsas', 'listservicesas', 'subscriptionresourceidfromdeployment']);

/**
 * Deployment-time functions whose value depends only on their arguments (`uniqueString(resourceGroup().id)`):
 * not known here, but the same wherever the same call builds a name or an id in one deployment, so a
 * stand-in joins what it names (a circuit and its Global Reach child). Never a value a rule reads.
 */
const DETERMINISTIC = new Set(['uniquestring', 'guid']);

function deterministic(rawName: string, argExprs: Expr[], ctx: EvalContext): Value {
  const reason = `${rawName}() is evaluated only at deployment time`;
  const args = argExprs.map((a) => evaluate(a, ctx));
  if (!ctx.choiceKey || !args.every((a) => typeof a === 'string' || (a instanceof Unknown && a.symbol !== undefined))) return new Unknown(reason);
  const text = args.map((a) => (typeof a === 'string' ? a : (a as Unknown).symbol)).join('|');
  return new Unknown(reason, undefined, standInFor(ctx.choiceKey(`${rawName.toLowerCase()}(${text})`), `${rawName}()`));
}

/**
 * `deployment().name`: the name the parent deployment gives this one, else one stand-in for the whole
 * deployment (so names and ids built from it still join); undefined outside a template.
 */
function deploymentNameOf(ctx: EvalContext): Value | undefined {
  if (ctx.deploymentName !== undefined) return ctx.deploymentName;
  if (!ctx.choiceKey) return undefined;
  return new Unknown('deployment() is evaluated only at deployment time', undefined, standInFor(ctx.choiceKey('deployment().name'), 'deployment().name'));
}

/**
 * `namespace.member(args)`: the template's user-defined function, evaluated with its arguments
 * (learn.microsoft.com/azure/azure-resource-manager/templates/user-defined-functions). Inside it,
 * `parameters()` reads only the function's own parameters; Learn says a function "can't access
 * variables", "can't call other user-defined functions" and "can't use the reference function or any
 * of the list functions": what such a use would give is not known here (never a value read from the
 * template's variables). A call of a function the template does not declare, or with another number
 * of arguments than it declares, is an error of the template.
 */
function userFunctionCall(rawName: string, argExprs: Expr[], ctx: EvalContext): Value {
  // (Learn's ARM page says a function can't call another; Bicep's page, for languageVersion 2.0, does not say so: not evaluated either way.)
  if (ctx.inUserFunction !== undefined) return new Unknown(`user-defined function ${ctx.inUserFunction}() calls ${rawName}(): a user-defined function calling another is not evaluated by erscan`);
  if (!ctx.userFunction) return new Unknown(`user-defined function ${rawName}() is not evaluated here`);
  const fn = ctx.userFunction(rawName);
  if (fn === undefined) throw new TemplateError(`a user-defined function ${rawName}() declared in the template's functions`);
  if (argExprs.length !== fn.parameters.length) throw new TemplateError(`${rawName}() called with ${fn.parameters.length} argument${fn.parameters.length === 1 ? '' : 's'}, as it declares (found ${argExprs.length})`);
  const args = argExprs.map((a) => evaluate(a, ctx));
  const bound = new Map(fn.parameters.map((p, i) => [p.toLowerCase(), args[i]]));
  const notAllowed = (what: string) => new Unknown(`user-defined function ${rawName}() uses ${what}, which ARM does not allow in one`);
  // An if() whose condition an argument leaves open is a choice of this call, not of every call of the function.
  const callKey = `${rawName.toLowerCase()}(${JSON.stringify(args.map((a) => (a instanceof Unknown ? (a.symbol ?? a.reason) : a instanceof Possible ? a.choices.map((c) => c.key) : a)))})`;
  const inner: EvalContext = {
    scope: ctx.scope,
    parameter: (n) => {
      if (!bound.has(n.toLowerCase())) throw new TemplateError(`a parameter named "${n}" declared in the parameters of user-defined function ${rawName}() (a function reads only its own parameters)`);
      return bound.get(n.toLowerCase())!;
    },
    variable: () => notAllowed('variables()'),
    copyIndex: () => notAllowed('copyIndex()'),
    choiceKey: ctx.choiceKey && ((local) => ctx.choiceKey!(local.startsWith('if(') ? `${callKey}#${local}` : local)),
    deploymentName: deploymentNameOf(ctx),
    inUserFunction: rawName,
  };
  return evaluateDeclared(fn.output, inner);
}

/** A declared value (a function's output): expressions in its strings evaluated, other values as written. */
function evaluateDeclared(raw: unknown, ctx: EvalContext): Value {
  if (typeof raw === 'string') return isExpression(raw) ? evaluateString(raw, ctx) : unescapeLiteral(raw);
  if (Array.isArray(raw)) return raw.map((x) => evaluateDeclared(x, ctx));
  if (isObj(raw as Value)) return Object.fromEntries(Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k, evaluateDeclared(v, ctx)]));
  return raw === undefined ? null : (raw as Value);
}

/** The stand-in text of a value that is the same wherever its choice key is (see Unknown.symbol). */
function standInFor(choiceKey: string, label: string): string {
  return standInOf(choiceKey, label);
}

export function evaluateString(source: string, ctx: EvalContext): Value {
  let expr: Expr;
  try {
    expr = parseExpression(source);
  } catch (e) {
    throw new TemplateError(`a valid template expression (${(e as Error).message})`);
  }
  return evaluate(expr, ctx);
}

export function evaluate(e: Expr, ctx: EvalContext): Value {
  switch (e.kind) {
    case 'literal':
      return e.value;
    case 'member':
      return lift([plainIfUnknown(evaluate(e.target, ctx))], ([t]) => getMember(t, e.property));
    case 'index':
      return lift([plainIfUnknown(evaluate(e.target, ctx)), plainIfUnknown(evaluate(e.index, ctx))], ([t, i]) => getIndex(t, i));
    case 'call':
      return call(e.name, e.args, ctx);
  }
}

/** Functions that look inside their arguments: possible members are hoisted before they run. */
const DEEP = new Set(['equals', 'contains', 'union', 'intersection', 'string', 'join', 'min', 'max']);
/** Functions that build containers: possible arguments stay members (the containers are not multiplied). */
const STRUCTURAL = new Set(['createobject', 'createarray']);

/** The branches of an `if()` whose condition is a Possible, each under the choices that select it. */
function ifOverPossible(cond: Possible, branch: (which: boolean) => Value): Value {
  const taken = new Map<boolean, Value>();
  return lift([cond], ([c]) => {
    if (typeof c !== 'boolean') return new Unknown('if() condition is not a boolean');
    if (!taken.has(c)) taken.set(c, branch(c));
    return taken.get(c)!;
  });
}

function call(rawName: string, argExprs: Expr[], ctx: EvalContext): Value {
  const name = rawName.toLowerCase();
  // Lazy functions first: only the branch that is taken is evaluated.
  if (name === 'if') {
    if (argExprs.length !== 3) throw new TemplateError('if() with three arguments');
    const cond = evaluate(argExprs[0], ctx);
    if (typeof cond === 'boolean') return evaluate(argExprs[cond ? 1 : 2], ctx);
    if (cond instanceof Possible) return ifOverPossible(cond, (which) => evaluate(argExprs[which ? 1 : 2], ctx));
    const a = evaluate(argExprs[1], ctx);
    const b = evaluate(argExprs[2], ctx);
    // An undecidable condition does not matter when both branches agree.
    if (!containsUnknown(a) && !containsPossible(a) && deepEqual(a, b)) return a;
    if (!(cond instanceof Unknown)) return new Unknown('if() condition is not a boolean');
    if (containsUnknown(a) || containsUnknown(b)) return cond;
    // Both branches are known: the value is one of them, chosen by a condition nobody can decide yet.
    const local = `if(${JSON.stringify(argExprs[0])})`;
    const choice: Choice = { key: ctx.choiceKey ? ctx.choiceKey(local) : local, label: `the condition of an if() (${cond.reason})`, values: [true, false] };
    return lift([new Possible([{ when: { [choice.key]: true }, value: true }, { when: { [choice.key]: false }, value: false }], [choice])], ([c]) => (c ? a : b));
  }
  if (name === 'and' || name === 'or') {
    let unknown: Unknown | undefined;
    const open: Value[] = [];
    for (const a of argExprs) {
      const v = evaluate(a, ctx);
      if (v instanceof Unknown) unknown ??= v;
      else if (v instanceof Possible) open.push(v);
      else if (typeof v !== 'boolean') return new Unknown(`${rawName}() of a value that is not a boolean`);
      else if (name === 'and' && !v) return false;
      else if (name === 'or' && v) return true;
    }
    if (open.length === 0) return unknown ?? name === 'and';
    return lift(open, (vals) => {
      if (vals.some((x) => typeof x !== 'boolean')) return new Unknown(`${rawName}() of a value that is not a boolean`);
      if (vals.some((x) => x === (name === 'or'))) return name === 'or';
      return unknown ?? name === 'and';
    });
  }
  if (name === 'coalesce') {
    const from = (i: number): Value => {
      if (i >= argExprs.length) return null;
      return lift([evaluate(argExprs[i], ctx)], ([v]) => (v instanceof Unknown || v !== null ? v : from(i + 1)));
    };
    return from(0);
  }
  if (DETERMINISTIC.has(name)) return deterministic(rawName, argExprs, ctx);
  if (name === 'reference' && ctx.deploymentOutputs && (argExprs.length === 1 || argExprs.length === 2)) {
    // A module's outputs (`reference('gw').outputs.gatewayId.value`, as Bicep passes one module's output to
    // another): evaluated from the nested deployment's template. `reference(x, v, 'Full')` stays unknown.
    const target = evaluate(argExprs[0], ctx);
    const text = typeof target === 'string' ? target : target instanceof Unknown ? target.symbol : undefined;
    const outputs = text !== undefined ? ctx.deploymentOutputs(text) : undefined;
    if (outputs !== undefined) return outputs;
  }
  if (name === 'deployment' && argExprs.length === 0 && ctx.choiceKey) {
    // Its name is the same wherever it is read in one deployment (a stand-in, unless the parent names it),
    // so names and ids built from it still join; what else it holds is known only at deployment.
    const reason = 'deployment() is evaluated only at deployment time';
    return { name: deploymentNameOf(ctx) ?? new Unknown(reason), location: new Unknown(reason), properties: new Unknown(reason) };
  }
  if (DEPLOYMENT_TIME.has(name) || name.startsWith('list')) return new Unknown(`${rawName}() is evaluated only at deployment time`);
  if (name.includes('.')) return userFunctionCall(rawName, argExprs, ctx);
  if (LAMBDA_FUNCTIONS.has(name)) return lambdaCall(name, rawName, argExprs, ctx);
  if (name === 'lambdavariables') {
    const v = argExprs.length === 1 ? evaluate(argExprs[0], ctx) : undefined;
    if (typeof v !== 'string') throw new TemplateError("lambdaVariables('name') with a string name");
    const bound = ctx.lambdaVars?.get(v.toLowerCase());
    if (bound === undefined) throw new TemplateError(`lambdaVariables('${v}') inside a lambda that declares ${v}`);
    return bound;
  }

  const evaluated = argExprs.map((a) => evaluate(a, ctx));
  // Containers keep unknown and possible members as members: `{ type: 'UserAssigned', ids: <unknown> }`.
  if (STRUCTURAL.has(name)) return apply(name, rawName, evaluated.map(plainIfUnknown), ctx);
  const unknown = firstUnknown(evaluated);
  if (unknown) {
    // A name or id built from parameters without a value keeps a stable stand-in (see Unknown.symbol).
    if (SYMBOLIC.has(name) && !evaluated.some((a) => a instanceof Possible) && evaluated.every((a) => !(a instanceof Unknown) || a.symbol !== undefined)) {
      const text = apply(name, rawName, evaluated.map((a) => (a instanceof Unknown ? (a.symbol as string) : a)), ctx);
      if (typeof text === 'string') return new Unknown(unknown.reason, unknown.parameter, text, unknown.secure, unknown.givenNull, unknown.optional);
    }
    return plain(unknown);
  }
  const args = DEEP.has(name) ? evaluated.map(hoist) : evaluated;
  return lift(args, (vals) => apply(name, rawName, vals, ctx));
}

/** A template function applied to plain (not possible) argument values. */
function apply(name: string, rawName: string, args: Value[], ctx: EvalContext): Value {
  const str = (i: number): string | undefined => (typeof args[i] === 'string' ? (args[i] as string) : undefined);
  if (name === 'createarray') return args;
  if (name === 'createobject') {
    if (args.length % 2 !== 0) throw new TemplateError('createObject() with key/value pairs');
    const out: Obj = {};
    for (let i = 0; i < args.length; i += 2) {
      const k = args[i];
      if (k instanceof Unknown) return k;
      if (typeof k !== 'string') return new Unknown('createObject() with a key that is not a string');
      out[k] = args[i + 1];
    }
    return out;
  }
  const unknown = firstUnknown(args);

  switch (name) {
    case 'parameters': {
      if (unknown) return unknown;
      const n = str(0);
      if (n === undefined) throw new TemplateError("parameters('name') with a string name");
      return ctx.parameter(n);
    }
    case 'variables': {
      if (unknown) return unknown;
      const n = str(0);
      if (n === undefined) throw new TemplateError("variables('name') with a string name");
      return ctx.variable(n);
    }
    case 'copyindex': {
      if (unknown) return unknown;
      let loop: string | undefined;
      let offset = 0;
      for (const a of args) {
        if (typeof a === 'string') loop = a;
        else if (typeof a === 'number') offset = a;
      }
      const i = ctx.copyIndex(loop);
      return typeof i === 'number' ? i + offset : i;
    }
    case 'resourcegroup':
      return {
        id: `/subscriptions/${ctx.scope.subscriptionId}/resourceGroups/${ctx.scope.resourceGroup}`,
        name: ctx.scope.resourceGroup,
        type: 'Microsoft.Resources/resourceGroups',
        location: new Unknown('resourceGroup().location is known only at deployment time'),
        tags: new Unknown('resourceGroup().tags are known only at deployment time'),
      };
    case 'subscription':
      return {
        id: `/subscriptions/${ctx.scope.subscriptionId}`,
        subscriptionId: ctx.scope.subscriptionId,
        tenantId: new Unknown('subscription().tenantId is known only at deployment time'),
        displayName: new Unknown('subscription().displayName is known only at deployment time'),
      };
    case 'null':
      return null;
    case 'true':
      return true;
    case 'false':
      return false;
  }

  if (unknown) return unknown;

  switch (name) {
    case 'resourceid':
    case 'subscriptionresourceid':
    case 'tenantresourceid':
    case 'extensionresourceid': {
      if (!args.every((a) => typeof a === 'string')) return new Unknown(`${rawName}() of a value that is not a string`);
      const r = resourceIdFor(name, args as string[], ctx.scope);
      if (typeof r !== 'string') throw new TemplateError(`${rawName}() ${r.error}`);
      return r;
    }
    case 'concat': {
      if (args.length > 0 && args.every((a) => Array.isArray(a) || a === null)) return args.flatMap((a) => (a === null ? [] : (a as Value[])));
      if (args.some((a) => isObj(a) || Array.isArray(a))) return new Unknown('concat() of mixed arrays and strings');
      return args.map(toText).join('');
    }
    case 'format': {
      const f = str(0);
      if (args.slice(1).some((a) => typeof a === 'object' && a !== null && containsPossible(a))) return new Unknown('format() of a value with several possible values');
      return f === undefined ? new Unknown('format() without a format string') : formatString(f, args.slice(1));
    }
    case 'string':
      return toText(args[0]);
    case 'int': {
      const v = args[0];
      if (typeof v === 'number') return Math.trunc(v);
      if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
      return new Unknown('int() of a value that is not a number');
    }
    case 'bool': {
      const v = args[0];
      if (typeof v === 'boolean') return v;
      if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
      if (typeof v === 'number') return v !== 0;
      return new Unknown('bool() of a value that is not a boolean');
    }
    case 'json': {
      const s = str(0);
      if (s === undefined) return new Unknown('json() of a value that is not a string');
      try {
        return JSON.parse(s) as Value;
      } catch {
        return new Unknown('json() of text that is not JSON');
      }
    }
    case 'tolower':
      return str(0)?.toLowerCase() ?? new Unknown('toLower() of a value that is not a string');
    case 'toupper':
      return str(0)?.toUpperCase() ?? new Unknown('toUpper() of a value that is not a string');
    case 'trim':
      return str(0)?.trim() ?? new Unknown('trim() of a value that is not a string');
    case 'replace': {
      const [s, a, b] = [str(0), str(1), str(2)];
      return s !== undefined && a !== undefined && b !== undefined ? s.split(a).join(b) : new Unknown('replace() of values that are not strings');
    }
    case 'substring': {
      const s = str(0);
      const start = typeof args[1] === 'number' ? args[1] : 0;
      const len = typeof args[2] === 'number' ? args[2] : undefined;
      return s === undefined ? new Unknown('substring() of a value that is not a string') : s.substr(start, len ?? s.length - start);
    }
    case 'padleft': {
      const s = typeof args[0] === 'number' ? String(args[0]) : str(0);
      const width = args[1];
      const pad = str(2) ?? ' ';
      return s !== undefined && typeof width === 'number' ? s.padStart(width, pad) : new Unknown('padLeft() of unexpected values');
    }
    case 'startswith':
    case 'endswith': {
      const [s, p] = [str(0), str(1)];
      if (s === undefined || p === undefined) return new Unknown(`${rawName}() of values that are not strings`);
      return name === 'startswith' ? s.toLowerCase().startsWith(p.toLowerCase()) : s.toLowerCase().endsWith(p.toLowerCase());
    }
    case 'indexof':
    case 'lastindexof': {
      const [s, p] = [str(0), str(1)];
      if (s === undefined || p === undefined) return new Unknown(`${rawName}() of values that are not strings`);
      return name === 'indexof' ? s.toLowerCase().indexOf(p.toLowerCase()) : s.toLowerCase().lastIndexOf(p.toLowerCase());
    }
    case 'split': {
      const s = str(0);
      const d = args[1];
      if (s === undefined) return new Unknown('split() of a value that is not a string');
      const delims = Array.isArray(d) ? d.filter((x): x is string => typeof x === 'string') : typeof d === 'string' ? [d] : [];
      if (delims.length === 0) return [s];
      return s.split(new RegExp(delims.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
    }
    case 'join': {
      const a = args[0];
      const d = str(1) ?? '';
      return Array.isArray(a) && a.every((x) => !(x instanceof Unknown)) ? a.map(toText).join(d) : new Unknown('join() of a value that is not a known array');
    }
    case 'equals':
      return containsUnknown(args[0]) || containsUnknown(args[1]) ? new Unknown('equals() of a value that is not known') : deepEqual(args[0], args[1]);
    case 'not':
      return typeof args[0] === 'boolean' ? !args[0] : new Unknown('not() of a value that is not a boolean');
    case 'empty': {
      const v = args[0];
      if (v === null || v === '') return true;
      if (Array.isArray(v)) return v.length === 0;
      if (isObj(v)) return Object.keys(v).length === 0;
      return false;
    }
    case 'length': {
      const v = args[0];
      if (typeof v === 'string' || Array.isArray(v)) return v.length;
      if (isObj(v)) return Object.keys(v).length;
      return new Unknown('length() of a value that has no length');
    }
    case 'contains': {
      const [c, item] = args;
      if (typeof c === 'string' && (typeof item === 'string' || typeof item === 'number')) return c.includes(String(item));
      if (Array.isArray(c)) return containsUnknown(c) ? new Unknown('contains() of an array with unknown members') : c.some((x) => deepEqual(x, item));
      if (isObj(c) && typeof item === 'string') return Object.keys(c).some((k) => k.toLowerCase() === item.toLowerCase());
      return new Unknown('contains() of unexpected values');
    }
    case 'array':
      return Array.isArray(args[0]) ? args[0] : args;
    case 'union': {
      if (args.every(isObj)) return Object.assign({}, ...(args as Obj[]));
      if (args.every(Array.isArray)) {
        const out: Value[] = [];
        for (const a of args as Value[][]) for (const x of a) if (!out.some((y) => deepEqual(x, y))) out.push(x);
        return out;
      }
      return new Unknown('union() of mixed values');
    }
    case 'tryget':
      return tryGetPath(args[0], args.slice(1));
    case 'first':
    case 'last': {
      const v = args[0];
      if (typeof v === 'string') return name === 'first' ? v.slice(0, 1) : v.slice(-1);
      if (Array.isArray(v)) return v.length === 0 ? null : v[name === 'first' ? 0 : v.length - 1];
      return new Unknown(`${rawName}() of a value that is not an array or string`);
    }
    case 'take':
    case 'skip': {
      const [v, n] = args;
      if (typeof n !== 'number' || !(typeof v === 'string' || Array.isArray(v))) return new Unknown(`${rawName}() of unexpected values`);
      return name === 'take' ? v.slice(0, Math.max(0, n)) : v.slice(Math.max(0, n));
    }
    case 'range': {
      const [s, n] = args;
      if (typeof s !== 'number' || typeof n !== 'number' || n < 0 || n > 10_000) return new Unknown('range() of unexpected values');
      return Array.from({ length: n }, (_, i) => s + i);
    }
    case 'items': {
      const v = args[0];
      if (!isObj(v)) return new Unknown('items() of a value that is not an object');
      return Object.keys(v)
        .sort((a, b) => compareText(a, b))
        .map((key) => ({ key, value: v[key] }));
    }
    case 'objectkeys': {
      const v = args[0];
      return isObj(v) ? Object.keys(v) : new Unknown('objectKeys() of a value that is not an object');
    }
    case 'min':
    case 'max': {
      const nums = args.flatMap((a) => (Array.isArray(a) ? a : [a]));
      if (!nums.every((x) => typeof x === 'number') || nums.length === 0) return new Unknown(`${rawName}() of values that are not numbers`);
      return name === 'min' ? Math.min(...(nums as number[])) : Math.max(...(nums as number[]));
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'mod': {
      const [a, b] = args;
      if (typeof a !== 'number' || typeof b !== 'number') return new Unknown(`${rawName}() of values that are not numbers`);
      if ((name === 'div' || name === 'mod') && b === 0) return new Unknown(`${rawName}() by zero`);
      return name === 'add' ? a + b : name === 'sub' ? a - b : name === 'mul' ? a * b : name === 'div' ? Math.trunc(a / b) : a % b;
    }
    case 'greater':
    case 'greaterorequals':
    case 'less':
    case 'lessorequals': {
      const [a, b] = args;
      if (!((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string'))) return new Unknown(`${rawName}() of values that cannot be compared`);
      const c = typeof a === 'number' ? a - (b as number) : compareText(a, b as string);
      return name === 'greater' ? c > 0 : name === 'greaterorequals' ? c >= 0 : name === 'less' ? c < 0 : c <= 0;
    }
  }
  return new Unknown(`function ${rawName}() is not evaluated by erscan`);
}
