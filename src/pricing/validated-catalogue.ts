/**
 * The bundled price catalogue as validated at build time: `npm run build` (scripts/build.mjs) loads
 * prices/catalogue.json with every check (schema, source references) and writes its digest over this
 * module in `dist/`. While the file and its schema still have that digest, a run does not validate it
 * again (~10 ms of a pull-request gate's start: a 150 KB validator loaded and run); `--prices` files
 * and a catalogue edited after the build are always validated. The source tree holds no digest.
 */
export const validatedCatalogue: { digest: string } | undefined = undefined;
