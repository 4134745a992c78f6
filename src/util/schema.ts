import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import { InputError, describeValue } from './errors.js';
import { packagePath } from './paths.js';
import { compiledValidators } from './schema-validators.js';

/** The options every schema is compiled with, at build time (scripts/build.mjs) and at run time. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: false };

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/**
 * ajv itself, loaded only when a schema has to be compiled at run time (from `src/`, or when a schema
 * changed after the build): compiling costs ~100 ms per start, which the build does once instead.
 */
function instance(name: string): Ajv {
  if (!ajv) {
    // A function-local `require`: a bundle leaves ajv's compiler to Node (see scripts/bundle.mjs), since
    // a bundle built by CI carries every schema compiled.
    const require = createRequire(import.meta.url);
    let AjvClass: typeof import('ajv').Ajv;
    let addFormats: (ajv: Ajv) => Ajv;
    try {
      AjvClass = (require('ajv') as typeof import('ajv')).Ajv;
      addFormats = require('ajv-formats') as (ajv: Ajv) => Ajv;
    } catch (e) {
      if ((e as NodeJS.ErrnoException)?.code !== 'MODULE_NOT_FOUND') throw e;
      throw new Error(`schemas/${name} changed after erscan was built and ajv is not installed to compile it: rebuild erscan (npm run build)`);
    }
    ajv = new AjvClass(AJV_OPTIONS);
    addFormats(ajv);
  }
  return ajv;
}

/** sha256 of a schema file's text: which build of it a compiled validator belongs to. */
export function schemaDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The validator of a schema shipped in the package's `schemas/` folder (compiled at build, else once now). */
export function schemaValidator(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const text = readFileSync(packagePath('schemas', name), 'utf8');
    const pre = compiledValidators?.[name];
    v = pre && pre.digest === schemaDigest(text) ? pre.validate : instance(name).compile(JSON.parse(text));
    compiled.set(name, v);
  }
  return v;
}

/** Converts ajv's `/a/0/b` instance path to `$.a[0].b`. */
export function toJsonPath(instancePath: string): string {
  if (!instancePath) return '$';
  return (
    '$' +
    instancePath
      .split('/')
      .slice(1)
      .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : /^[A-Za-z_$][\w$]*$/.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`))
      .join('')
  );
}

function valueAt(data: unknown, instancePath: string): unknown {
  let cur = data;
  for (const seg of instancePath.split('/').slice(1)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return cur;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Describes what an ajv error expected, in words. */
export function expectation(err: ErrorObject): string {
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required':
      return `a property "${String(p.missingProperty)}"`;
    case 'type':
      return `a value of type ${String(p.type)}`;
    case 'enum':
      return `one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `the value ${JSON.stringify(p.allowedValue)}`;
    case 'additionalProperties':
      return `no property "${String(p.additionalProperty)}" (not part of the format)`;
    case 'pattern':
      return `a string matching ${String(p.pattern)}`;
    // Plain words for every other keyword: ajv's own wording ("must NOT have fewer than 10
    // characters") never reaches the user.
    case 'minLength':
      return `a text of at least ${plural(Number(p.limit), 'character')}`;
    case 'maxLength':
      return `a text of at most ${plural(Number(p.limit), 'character')}`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `a number ${err.keyword === 'minimum' ? 'of at least' : 'above'} ${String(p.limit)}`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `a number ${err.keyword === 'maximum' ? 'of at most' : 'below'} ${String(p.limit)}`;
    case 'minItems':
      return `a list of at least ${plural(Number(p.limit), 'item')}`;
    case 'maxItems':
      return `a list of at most ${plural(Number(p.limit), 'item')}`;
    case 'minProperties':
      return `an object with at least ${plural(Number(p.limit), 'property', 'properties')}`;
    case 'maxProperties':
      return `an object with at most ${plural(Number(p.limit), 'property', 'properties')}`;
    case 'uniqueItems':
      return `a list without duplicates (items ${String(p.j)} and ${String(p.i)} are equal)`;
    case 'format':
      return `a ${String(p.format)} value`;
    case 'multipleOf':
      return `a multiple of ${String(p.multipleOf)}`;
    case 'propertyNames':
      return `property names of the documented form (${JSON.stringify(p.propertyName)} is not)`;
    default:
      return 'a value of the documented form';
  }
}

/**
 * Picks the error to show: errors from inside a oneOf/anyOf branch only say which alternative did not
 * match, so a plain error (a missing required property, a wrong type) is preferred; among those, the
 * first one at the shallowest path.
 */
function mostUsefulError(errors: ErrorObject[]): ErrorObject {
  const plain = errors.filter((e) => !/\/(oneOf|anyOf)\//.test(e.schemaPath) && e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const pool = plain.length > 0 ? plain : errors;
  return pool.reduce((best, e) => (e.instancePath.split('/').length < best.instancePath.split('/').length ? e : best), pool[0]);
}

/**
 * Validates `data`; throws an InputError naming the file, the JSON path and what was expected.
 * With `only`, errors elsewhere than at the instance paths it accepts (`/findings/…`) are let pass.
 */
export function validateOrThrow(validate: ValidateFunction, data: unknown, file: string, only?: RegExp): void {
  if (validate(data)) return;
  const errors = only ? validate.errors!.filter((e) => only.test(e.instancePath)) : validate.errors!;
  if (errors.length === 0) return;
  const err = mostUsefulError(errors);
  const path = err.keyword === 'additionalProperties' ? err.instancePath : err.instancePath;
  const found = err.keyword === 'required' || err.keyword === 'additionalProperties' ? undefined : describeValue(valueAt(data, err.instancePath));
  throw new InputError(file, toJsonPath(path), expectation(err), found);
}
