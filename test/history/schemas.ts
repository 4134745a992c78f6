import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

/** Validators for the history documents (strict: the schemas themselves must be well-formed). */
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }));
const load = (name: string) => ajv.compile(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schemas', name), 'utf8')));

export const validateTrend = load('trend.schema.json');
export const validateDiff = load('diff.schema.json');
