import type { ValidateFunction } from 'ajv';

/**
 * erscan's JSON Schemas compiled at build time: `npm run build` (scripts/build.mjs) writes ajv's
 * standalone code for every schema of `schemas/` over this module in `dist/` (and so into the bundled
 * CLI), with the options `schemaValidator` compiles with, so the errors (and the messages built from
 * them) are the same. The source tree holds none: code run from `src/` compiles at run time. A
 * compiled validator is used only while `digest` matches its schema file, so an edited schema is
 * never validated against an old build.
 */
export interface CompiledValidator {
  /** sha256 of the schema file's text. */
  digest: string;
  validate: ValidateFunction;
}

export const compiledValidators: Record<string, CompiledValidator> | undefined = undefined;
