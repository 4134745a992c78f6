import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRules as loadRulesFromYaml } from '../../src/rules/loader.js';
import { AJV_OPTIONS } from '../../src/util/schema.js';

// What `npm run build` does at build time instead of at every start (scripts/build.mjs): the rule
// catalogue compiled into one module and the JSON Schemas compiled to standalone validators. The
// built ones must give exactly what reading the YAML and compiling the schemas at run time gives.

const root = join(import.meta.dirname, '..', '..');
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
type Dist = {
  loader: typeof import('../../src/rules/loader.js');
  catalogue: typeof import('../../src/rules/builtin-catalogue.js');
  validators: typeof import('../../src/util/schema-validators.js');
};
const importDist = async (base: string): Promise<Dist> => ({
  loader: await import(pathToFileURL(join(base, 'dist', 'rules', 'loader.js')).href),
  catalogue: await import(pathToFileURL(join(base, 'dist', 'rules', 'builtin-catalogue.js')).href),
  validators: await import(pathToFileURL(join(base, 'dist', 'util', 'schema-validators.js')).href),
});
let dist: Dist;
let tmp: string;

beforeAll(async () => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  dist = await importDist(root);
  tmp = mkdtempSync(join(tmpdir(), 'erscan-build-'));
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the compiled rule catalogue', () => {
  it('is built, matches rules/ and loads the same rules as the YAML, field for field and in the same key order', () => {
    const compiled = dist.catalogue.builtinCatalogue;
    expect(compiled).toBeDefined();
    expect(compiled!.digest).toBe(dist.loader.catalogueDigest(dist.loader.BUILTIN_RULES_DIR));
    const fromBuild = dist.loader.loadRules();
    const fromYaml = loadRulesFromYaml();
    expect(fromBuild.length).toBeGreaterThan(40);
    expect(fromBuild).toEqual(fromYaml);
    expect(JSON.stringify(fromBuild)).toBe(JSON.stringify(fromYaml));
  });

  it('gives fresh objects on every load (a caller changing one never changes the next load)', () => {
    const a = dist.loader.loadRules();
    (a[0] as { severity: string }).severity = 'info';
    a[0].tags.push('changed');
    const b = dist.loader.loadRules();
    expect(b[0].tags).not.toContain('changed');
    expect(b).toEqual(loadRulesFromYaml());
  });

  it('is not used once a rule file changes after the build: the edited YAML is read (and validated) instead', async () => {
    // A copy of the package (dist, rules, schemas) whose rules are edited after the build.
    const pkg = join(tmp, 'pkg');
    for (const d of ['dist', 'rules', 'schemas']) cpSync(join(root, d), join(pkg, d), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'));
    const file = join(pkg, 'rules', 'bgp', 'ERS-BGP-001.yaml');
    const text = readFileSync(file, 'utf8');
    const title = parse(text).title as string;
    writeFileSync(file, text.replace(title, `${title} (edited)`));
    const copy = await importDist(pkg);
    expect(copy.catalogue.builtinCatalogue).toBeDefined();
    expect(copy.loader.loadRules().find((r) => r.id === 'ERS-BGP-001')!.title).toBe(`${title} (edited)`);
    // …and an edit that breaks a rule is still refused, naming the file and the path.
    writeFileSync(file, text.replace(/^severity: .*$/m, 'severity: urgent'));
    expect(() => copy.loader.loadRules()).toThrow(/ERS-BGP-001\.yaml.*\$\.severity/);
  });
});

describe('the bundled price catalogue, validated at build time', () => {
  it('carries the digest of prices/catalogue.json and its schema', async () => {
    const built = await import(pathToFileURL(join(root, 'dist', 'pricing', 'validated-catalogue.js')).href);
    const prices = await import(pathToFileURL(join(root, 'dist', 'pricing', 'catalogue.js')).href);
    const { readText } = await import(pathToFileURL(join(root, 'dist', 'util', 'json.js')).href);
    expect(built.validatedCatalogue.digest).toBe(prices.bundledCatalogueDigest(readText(prices.BUNDLED_CATALOGUE)));
  });

  it('is validated again once it changes after the build: a broken edit is refused, naming the file and the path', async () => {
    const pkg = join(tmp, 'pkg-prices');
    for (const d of ['dist', 'prices', 'schemas']) cpSync(join(root, d), join(pkg, d), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'));
    const file = join(pkg, 'prices', 'catalogue.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    const prices = await import(pathToFileURL(join(pkg, 'dist', 'pricing', 'catalogue.js')).href);
    expect(prices.loadCatalogue().currency).toBe(doc.currency);
    doc.currency = 17;
    writeFileSync(file, JSON.stringify(doc, null, 2));
    expect(() => prices.loadCatalogue()).toThrow(/catalogue\.json.*\$\.currency/);
  });
});

/** Documents that break a schema in many ways: each required property removed, wrong types, unknown keys. */
function mutants(doc: unknown): unknown[] {
  const out: unknown[] = [null, 42, 'text', [], {}];
  const walk = (node: unknown, set: (v: unknown) => void, depth: number) => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.slice(0, 2).forEach((item, i) => {
        const copy = structuredClone(node);
        copy[i] = typeof item === 'object' ? 'not an object' : { wrong: true };
        set(copy);
        walk(item, (v) => {
          const c = structuredClone(node);
          c[i] = v;
          set(c);
        }, depth + 1);
      });
      return;
    }
    const obj = node as Record<string, unknown>;
    set({ ...obj, unexpectedProperty: 1 });
    for (const k of Object.keys(obj)) {
      const { [k]: _, ...without } = obj;
      set(without);
      set({ ...obj, [k]: typeof obj[k] === 'string' ? 17 : 'a string' });
      walk(obj[k], (v) => set({ ...obj, [k]: v }), depth + 1);
    }
  };
  walk(doc, (v) => out.push(v), 0);
  return out;
}

const samples: Record<string, () => unknown[]> = {
  'config.schema.json': () => [parse(readFileSync(join(root, 'examples', 'erscan.yaml'), 'utf8'))],
  'suppressions.schema.json': () => [parse(readFileSync(join(root, 'examples', 'suppressions.yaml'), 'utf8'))],
  'usage.schema.json': () => [JSON.parse(readFileSync(join(root, 'examples', 'usage.json'), 'utf8'))],
  'prices.schema.json': () => [JSON.parse(readFileSync(join(root, 'prices', 'catalogue.json'), 'utf8'))],
  'snapshot.schema.json': () => [JSON.parse(readFileSync(join(root, 'examples', 'estate', 'contoso-snapshot.json'), 'utf8'))],
  'rule.schema.json': () =>
    ['bgp/ERS-BGP-001.yaml', 'redundancy/ERS-RED-001.yaml', 'cost/ERS-COST-001.yaml'].map((f) => parse(readFileSync(join(root, 'rules', f), 'utf8'))),
};

describe('the compiled JSON Schema validators', () => {
  const names = readdirSync(join(root, 'schemas')).filter((n) => n.endsWith('.schema.json'));

  it('are built for every schema and match the schema files', async () => {
    const { schemaDigest } = await import('../../src/util/schema.js');
    const compiled = dist.validators.compiledValidators!;
    expect(Object.keys(compiled).sort()).toEqual([...names].sort());
    for (const n of names) expect(compiled[n].digest).toBe(schemaDigest(readFileSync(join(root, 'schemas', n), 'utf8')));
  });

  for (const name of Object.keys(samples)) {
    it(`${name}: the same verdict and the same errors as ajv compiling at run time, on dozens of broken documents`, () => {
      const ajv = new Ajv(AJV_OPTIONS);
      addFormats(ajv);
      const atRunTime = ajv.compile(JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8')));
      const built = dist.validators.compiledValidators![name].validate;
      const docs = samples[name]().flatMap((d) => [d, ...mutants(d)]);
      expect(docs.length).toBeGreaterThan(20);
      let invalid = 0;
      for (const doc of docs) {
        const ok = atRunTime(doc);
        expect(built(doc)).toBe(ok);
        expect(built.errors ?? null).toEqual(atRunTime.errors ?? null);
        if (!ok) invalid++;
      }
      expect(invalid).toBeGreaterThan(15);
      expect(atRunTime(samples[name]()[0])).toBe(true);
    });
  }
});
