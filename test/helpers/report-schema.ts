import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { ROOT } from './cli.js';

/**
 * The JSON report's schema (schemas/report.schema.json) as the tests check reports against it: compiled here with
 * ajv and its formats, apart from erscan's own schema code (src/util/schema.ts, which may use validators built ahead).
 */
const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
export const validateReport = addFormats(new Ajv({ strict: false, allErrors: true })).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')));
