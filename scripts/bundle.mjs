#!/usr/bin/env node
// Bundles the built CLI (dist/, with the compiled rule catalogue and schema validators) and every
// dependency into single ES module files, with esbuild:
//   dist/bundle/erscan.js  what bin/erscan.js runs (exports main; not committed, like all of dist/)
//   action/dist/index.js   what the GitHub Action runs (runs main itself; committed, so a workflow
//                          runs erscan from the action's checkout with no `npm ci` and no compile;
//                          written only by `npm run build:action`, checked by CI with --check)
// Each entry loads a few files instead of ~400 (no module resolution at every start). What the CLI
// imports lazily (`await import(...)`: each command, the Azure SDK, the pricing model) goes into
// chunks beside the entry, read only when a command needs them, so `--help` does not parse the
// Azure SDK.
//
// Entries and chunks sit two folders below the package root, as dist/util/paths.js does, so erscan
// finds rules/, schemas/, prices/ and reports/ from any of them (bundle() refuses any other depth).
//
// A function-local `const require = createRequire(import.meta.url);` in erscan's code marks a
// dependency loaded on first use. In a bundle, what it requires is
//   - a package of LAZY_FILES (handlebars for the HTML report, yaml for YAML inputs): bundled into a
//     file of its own beside the entry (`<name>.cjs`), read only when first required;
//   - a package of RUN_TIME_ONLY (ajv's compiler, needed only for a schema changed after the build,
//     which a bundle built by CI never meets): left to Node's resolution, from node_modules if any;
//   - anything else (ajv's small runtime helpers in the compiled validators): bundled inline.
//
//   node scripts/bundle.mjs [--action] [--check]   (after tsc: npm run build runs it)
//     --action: also write action/dist;  --check: fail if action/dist differs from a fresh bundle (CI)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const LAZY_REQUIRE = /^\s*const require = createRequire\(import\.meta\.url\);\s*$/gm;
const LAZY_FILES = ['handlebars', 'yaml'];
const RUN_TIME_ONLY = ['ajv', 'ajv-formats'];
const lazyFile = (pkg) => `./${pkg}.cjs`;

/** Handles erscan's lazy `require`s (see above). */
const lazyRequires = {
  name: 'erscan-lazy-require',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
      if (relative(ROOT, args.path).split(sep)[0] !== 'dist') return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!new RegExp(LAZY_REQUIRE.source, 'm').test(text)) return undefined;
      const contents = text
        .replace(LAZY_REQUIRE, '')
        .replace(/\brequire\((['"])([^'"]+)\1\)/g, (call, _q, spec) => (LAZY_FILES.includes(spec) ? `require(${JSON.stringify(lazyFile(spec))})` : call));
      return { contents, loader: 'js' };
    });
    const names = [...LAZY_FILES, ...RUN_TIME_ONLY].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    b.onResolve({ filter: new RegExp(`^(${names.join('|')}|\\./(${LAZY_FILES.join('|')})\\.cjs|\\./schema-validators/[\\w-]+\\.cjs)$`) }, (args) => {
      // Only erscan's own lazy requires: a dependency importing one of these still gets it bundled.
      if (relative(ROOT, args.importer).split(sep)[0] !== 'dist') return undefined;
      return { path: args.path, external: true };
    });
  },
};

/**
 * Each LAZY_FILES package, and each compiled schema validator (dist/util/schema-validators/*.cjs, with
 * ajv's runtime helpers), as one CommonJS file of its own (name → text): read on first use only.
 */
async function lazyFiles() {
  const out = new Map();
  const validators = join(ROOT, 'dist', 'util', 'schema-validators');
  const entries = [
    ...LAZY_FILES.map((pkg) => [require.resolve(pkg), `${pkg}.cjs`]),
    ...readdirSync(validators)
      .filter((f) => f.endsWith('.cjs'))
      .sort()
      .map((f) => [join(validators, f), `schema-validators/${f}`]),
  ];
  for (const [entry, name] of entries) {
    const r = await build({
      absWorkingDir: ROOT,
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20.19',
      banner: { js: BANNER },
      legalComments: 'eof',
      logLevel: 'warning',
      write: false,
      outfile: join(ROOT, name),
    });
    out.set(name, r.outputFiles[0].text);
  }
  return out;
}

/**
 * yargs finds its translations (locales/*.json: the help's headings and its error messages in the
 * user's language) three folders above its own file; in a bundle they are copied beside it instead.
 */
const YARGS_SHIM = /[\\/]node_modules[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/;
const YARGS_LOCALES = join(ROOT, 'node_modules', 'yargs', 'locales');
const yargsLocales = {
  name: 'erscan-yargs-locales',
  setup(b) {
    b.onLoad({ filter: YARGS_SHIM }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const from = "resolve(__dirname, '../../../locales')";
      if (!text.includes(from)) throw new Error(`bundle: ${args.path} no longer names its locales as ${from}: update scripts/bundle.mjs`);
      return { contents: text.replace(from, "resolve(__dirname, '../yargs-locales')"), loader: 'js' };
    });
  },
};

/**
 * Start-up patches of dependencies, each checked against the exact text it replaces (the build fails
 * if an upgrade changed it): string-width 7 (under cliui and wrap-ansi, which lay out yargs' help,
 * and yargs renders the help of every command it runs, not only for --help) segments every string
 * with an Intl.Segmenter built at load (~10 ms of ICU set-up per start) and walks it character by
 * character. Patched: the segmenter is built on first need, and printable ASCII (what erscan's help
 * is) is measured as its length, as string-width 8 itself does (its "fast path": every character of
 * U+0020–U+007E is one column wide). string-width 8 (yargs' own) gets the lazy segmenter too.
 */
const STRING_WIDTH_7 = /[\\/]node_modules[\\/](cliui|wrap-ansi)[\\/]node_modules[\\/]string-width[\\/]index\.js$/;
const PATCHES = [
  {
    file: STRING_WIDTH_7,
    replace: [
      ['const segmenter = new Intl.Segmenter();', 'let segmenter;'],
      ['of segmenter.segment(string)) {', 'of (segmenter ??= new Intl.Segmenter()).segment(string)) {'],
      ['\tif (string.length === 0) {\n\t\treturn 0;\n\t}\n\n\tlet width = 0;', '\tif (string.length === 0) {\n\t\treturn 0;\n\t}\n\n\tif (/^[\\x20-\\x7E]*$/.test(string)) {\n\t\treturn string.length;\n\t}\n\n\tlet width = 0;'],
    ],
  },
  {
    file: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/,
    replace: [
      ['const segmenter = new Intl.Segmenter();', 'let segmenter;'],
      ['of segmenter.segment(string)) {', 'of (segmenter ??= new Intl.Segmenter()).segment(string)) {'],
    ],
  },
];
const patches = {
  name: 'erscan-start-up-patches',
  setup(b) {
    for (const patch of PATCHES) {
      b.onLoad({ filter: patch.file }, (args) => {
        let text = readFileSync(args.path, 'utf8');
        for (const [from, to] of patch.replace) {
          if (text.split(from).length !== 2) throw new Error(`bundle: ${relative(ROOT, args.path)} no longer holds ${JSON.stringify(from)} once: review the patch in scripts/bundle.mjs`);
          text = text.replace(from, () => to);
        }
        return { contents: text, loader: 'js' };
      });
    }
  },
};

const BANNER = '// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.';

/**
 * Builds one bundle into `outdir`: `<name>.js` and the chunks it loads on demand, all in that one
 * folder. Returns the files as a map from name to text (written unless `write` is false; a written
 * folder holds exactly these files).
 */
export async function bundle({ entry, name, outdir, write = true }) {
  const depth = relative(ROOT, outdir).split(sep).length;
  if (depth !== 2) throw new Error(`bundle: ${outdir} must sit two folders below the package root (dist/util/paths.js finds the root that way)`);
  const r = await build({
    entryPoints: [{ in: 'erscan-entry', out: name }],
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    chunkNames: '[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // Node 20 has the RegExp `v` flag (V8 11.3); esbuild's table says otherwise and would turn
    // string-width's `/^\p{RGI_Emoji}$/v` into `new RegExp(…, 'v')`, which V8 builds at load (~20 ms).
    supported: { 'regexp-set-notation': true },
    mainFields: ['module', 'main'],
    // Bundled CommonJS code may call `require` for Node's own modules.
    banner: { js: `${BANNER}\nimport { createRequire as __erscanCreateRequire } from 'node:module';\nconst require = __erscanCreateRequire(import.meta.url);` },
    legalComments: 'eof',
    logLevel: 'warning',
    plugins: [lazyRequires, yargsLocales, patches, virtualEntry(entry)],
    write: false,
    outdir,
  });
  const files = new Map(r.outputFiles.map((f) => [relative(outdir, f.path), f.text]));
  for (const [f, text] of await lazyFiles()) files.set(f, text);
  for (const f of readdirSync(YARGS_LOCALES).sort()) files.set(`yargs-locales/${f}`, readFileSync(join(YARGS_LOCALES, f), 'utf8'));
  if (write) {
    rmSync(outdir, { recursive: true, force: true });
    mkdirSync(outdir, { recursive: true });
    for (const [file, text] of files) {
      mkdirSync(dirname(join(outdir, file)), { recursive: true });
      writeFileSync(join(outdir, file), text);
    }
  }
  return files;
}

/** The entry module's code, given as text (esbuild's `stdin` cannot be split). */
function virtualEntry(contents) {
  return {
    name: 'erscan-entry',
    setup(b) {
      b.onResolve({ filter: /^erscan-entry$/ }, () => ({ path: 'erscan-entry', namespace: 'erscan-entry' }));
      b.onLoad({ filter: /.*/, namespace: 'erscan-entry' }, () => ({ contents, resolveDir: ROOT, loader: 'js' }));
    },
  };
}

/** The files of a bundle folder as written (name → text). */
function readBundle(outdir) {
  if (!existsSync(outdir)) return new Map();
  return new Map(
    readdirSync(outdir, { recursive: true })
      .map(String)
      .filter((f) => statSync(join(outdir, f)).isFile())
      .map((f) => [f.split(sep).join('/'), readFileSync(join(outdir, f), 'utf8')]),
  );
}

const CLI_ENTRY = `export { main } from './dist/cli/main.js';\n`;
// The action's file runs the CLI itself, as bin/erscan.js does for an installed erscan.
// Node 22.1+ caches compiled code between runs once asked, so the CLI is imported after asking.
const ACTION_ENTRY = `import module from 'node:module';
module.enableCompileCache?.();
const { main } = await import('./dist/cli/main.js');
main().catch((e) => {
  process.stderr.write(\`erscan: \${e && e.message ? e.message : e}\\n\`);
  process.exitCode = 70;
});
`;
export const ACTION_DIR = join(ROOT, 'action', 'dist');
export const CLI_DIR = join(ROOT, 'dist', 'bundle');

/** The CLI's bundle (dist/bundle), from dist/ as built (scripts/build.mjs calls this after tsc). */
export async function bundleCli() {
  await bundle({ entry: CLI_ENTRY, name: 'erscan', outdir: CLI_DIR });
}

/**
 * The action's bundle: written to action/dist (`npm run build:action`), or only returned (name → text),
 * for a test that lays it into a copy of the checkout.
 */
export async function bundleAction({ write = true } = {}) {
  return bundle({ entry: ACTION_ENTRY, name: 'index', outdir: ACTION_DIR, write });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    // CI: the committed action bundle must be what these sources (already built to dist/) bundle to.
    const fresh = await bundleAction({ write: false });
    const committed = readBundle(ACTION_DIR);
    const differ = [...new Set([...fresh.keys(), ...committed.keys()])].filter((f) => fresh.get(f) !== committed.get(f));
    if (differ.length > 0) {
      process.stderr.write(`action/dist is not the bundle of these sources (${differ.slice(0, 10).join(', ')}${differ.length > 10 ? ', …' : ''}): run \`npm run build:action\` and commit action/dist\n`);
      process.exit(1);
    }
    process.stderr.write(`action/dist is the bundle of these sources (${fresh.size} files)\n`);
  } else {
    await bundleCli();
    if (process.argv.includes('--action')) await bundleAction();
  }
}
