/**
 * The built-in rule catalogue, compiled at build time: `npm run build` (scripts/build.mjs) parses and
 * validates every rule of `rules/` with the same checks as a user rule folder and writes the result
 * over this module in `dist/` (and so into the bundled CLI). The source tree holds no compiled
 * catalogue: code run from `src/` (the tests) reads the YAML. The loader uses the compiled one only
 * while `digest` still matches the files under `rules/`, so an edit without a rebuild is never missed.
 */
export interface CompiledCatalogue {
  /** `catalogueDigest()` of the files the catalogue was compiled from. */
  digest: string;
  /** How many rule files it was compiled from. */
  files: number;
  /**
   * The rules as `JSON.stringify(RuleDefinition[])`, in load order, each `file` relative to `rules/`
   * with `/` separators (JSON text: V8 parses it faster than an object literal, and each load gets
   * fresh objects).
   */
  json: string;
}

export const builtinCatalogue: CompiledCatalogue | undefined = undefined;
