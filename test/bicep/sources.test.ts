import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maskLiterals } from '../../src/sources/template/bicep/compiler.js';
import { parseBuildParams, withBicepSources } from '../../src/sources/template/bicep/index.js';
import { tempDir } from '../helpers/cli.js';

// Which .bicep files are deployments, checked with a throw-away compiler that compiles anything
// to an empty template (and fails on files that say BROKEN), logging what it was asked to compile.

let dir: string;
let log: string;
let compiler: string;

beforeEach(() => {
  dir = tempDir('erscan-bicep-entry-');
  log = join(dir, 'calls.log');
  compiler = join(dir, 'fake-bicep.mjs');
  writeFileSync(
    compiler,
    `#!${process.execPath}
import { appendFileSync, readFileSync } from 'node:fs';
const args = process.argv.slice(2);
if (args[0] === '--version') { console.log('Bicep CLI version 0.0.1 (test)'); process.exit(0); }
const file = args[args.length - 1];
appendFileSync(${JSON.stringify(log)}, args[0] + ' ' + file + '\\n');
if (readFileSync(file, 'utf8').includes('BROKEN')) { console.error(file + '(1,1) : Error BCP007: This declaration type is not recognized.'); process.exit(1); }
if (args[0] === 'build-params') { process.stdout.write(JSON.stringify({ parametersJson: JSON.stringify({ parameters: { p: { value: 1 } } }), templateJson: null, templateSpecId: null })); process.exit(0); }
process.stdout.write(JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources: [] }));
`,
  );
  chmodSync(compiler, 0o755);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function files(tree: Record<string, string>): string[] {
  return Object.entries(tree).map(([rel, text]) => {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  });
}
const compiled = () => {
  try {
    return readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [mode, file] = l.split(' ');
        return `${mode} ${relative(dir, file)}`;
      });
  } catch {
    return [];
  }
};

describe('which Bicep files are deployments', () => {
  it('modules and import libraries of scanned files are part of their deployment; every other file is an entry point, compiled once', () => {
    const all = files({
      'main.bicep': "import { spec } from 'lib/types.bicep'\nmodule a 'modules/a.bicep' = {\n  name: 'a'\n}\nmodule r 'br/public:avm/res/network/connection:0.1.0' = {\n  name: 'r'\n}\n",
      'modules/a.bicep': "module b './b.bicep' = {\n  name: 'b'\n}\n",
      'modules/b.bicep': 'param x string\n',
      'lib/types.bicep': '@export()\ntype spec = {\n  name: string\n}\n',
      'other.bicep': "module b 'modules/b.bicep' = {\n  name: 'b'\n}\n",
      'main.bicepparam': "using 'main.bicep'\nparam p = 1\n",
    });
    const r = withBicepSources(all, [], { bicep: compiler });
    expect(r.errors).toEqual([]);
    expect(compiled().sort()).toEqual(['build main.bicep', 'build other.bicep', 'build-params main.bicepparam']);
    const params = r.templates.find((t) => t.format === 'arm-parameters');
    expect(params?.template?.file).toBe(join(dir, 'main.bicep'));
  });

  it('when an entry point does not compile, its modules are scanned on their own (with a notice), not lost', () => {
    const all = files({
      'main.bicep': "BROKEN\nmodule a 'modules/a.bicep' = {\n  name: 'a'\n}\n",
      'modules/a.bicep': "module b 'b.bicep' = {\n  name: 'b'\n}\n",
      'modules/b.bicep': 'param x string\n',
    });
    const r = withBicepSources(all, [], { bicep: compiler });
    expect(r.errors.map((e) => e.message)).toEqual([`${join(dir, 'main.bicep')}:1:1: expected a Bicep file that compiles, found BCP007: This declaration type is not recognized. (bicep build)`]);
    // a.bicep is scanned on its own; b.bicep is part of a.bicep's deployment.
    expect(compiled()).toEqual(['build main.bicep', 'build modules/a.bicep']);
    expect(r.notices.some((n) => n.startsWith(`${join(dir, 'modules/a.bicep')} is a module of ${join(dir, 'main.bicep')}, which could not be scanned`))).toBe(true);
  });

  it('a cycle of modules is still compiled (the compiler reports it), never silently skipped', () => {
    const all = files({
      'a.bicep': "module b 'b.bicep' = {\n  name: 'b'\n}\n",
      'b.bicep': "module a 'a.bicep' = {\n  name: 'a'\n}\n",
    });
    withBicepSources(all, [], { bicep: compiler });
    expect(compiled()).toEqual(['build a.bicep']);
  });

  it('a .bicepparam names its template: that template is scanned even when only the parameters file is given', () => {
    const [param] = files({ 'prod.bicepparam': "using './main.bicep'\nparam p = 1\n", 'main.bicep': 'param p int\n' });
    const r = withBicepSources([param], [], { bicep: compiler });
    expect(r.errors).toEqual([]);
    expect(compiled()).toEqual(['build main.bicep', 'build-params prod.bicepparam']);
    expect(r.templates.map((t) => [t.format, relative(dir, t.file)])).toEqual([
      ['arm-template', 'main.bicep'],
      ['arm-parameters', 'prod.bicepparam'],
    ]);
  });

  it('a .bicepparam whose `using` file does not exist is an error naming the line', () => {
    const [param] = files({ 'prod.bicepparam': "\nusing './nope.bicep'\n" });
    const r = withBicepSources([param], [], { bicep: compiler });
    expect(r.errors.map((e) => e.message)).toEqual([`${param}:2:1: expected a \`using\` path to a Bicep file, found ./nope.bicep (no such file)`]);
  });
});

describe('compiler output and messages', () => {
  it('reads build-params output in the documented envelope, and a plain parameters document', () => {
    const envelope = parseBuildParams('p.bicepparam', JSON.stringify({ parametersJson: JSON.stringify({ parameters: { a: { value: 1 } } }), templateJson: JSON.stringify({ resources: [] }), templateSpecId: null }));
    expect(envelope).not.toBeInstanceOf(Error);
    if (envelope instanceof Error) return;
    expect(envelope.parameters.value).toEqual({ parameters: { a: { value: 1 } } });
    expect(envelope.templateJson?.value).toEqual({ resources: [] });
    const plain = parseBuildParams('p.bicepparam', JSON.stringify({ parameters: { a: { value: 2 } } }));
    expect(plain instanceof Error ? plain.message : plain.parameters.value).toEqual({ parameters: { a: { value: 2 } } });
    const bad = parseBuildParams('p.bicepparam', 'Warning: something');
    expect(bad instanceof Error ? bad.message : '').toBe('p.bicepparam: expected the Bicep compiler to print JSON parameters, found other output');
  });

  it('masks literals in compiler messages that could be secrets', () => {
    expect(maskLiterals(`The property "sharedKey" expected a value of type "int" but the provided value is of type "'Zm9vYmFyYmF6cXV4MTIzNDU2'".`)).toBe(`The property "sharedKey" expected a value of type "int" but the provided value is of type "'…'".`);
    expect(maskLiterals("The specified value 'Standard' is not allowed.")).toBe("The specified value 'Standard' is not allowed.");
  });
});
