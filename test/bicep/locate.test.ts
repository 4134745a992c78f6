import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bicepLocator, compiledNameTokens, matchArray } from '../../src/sources/template/bicep/locate.js';
import { scanBicep, type BicepFile } from '../../src/sources/template/bicep/scanner.js';
import { compareTwin } from '../../src/sources/template/bicep/twin.js';

const FIX = 'test/fixtures/bicep';

/** A loader over the fixture files, with in-memory overrides. */
function loader(overrides: Record<string, string> = {}) {
  const cache = new Map<string, BicepFile | undefined>();
  return (f: string) => {
    if (!cache.has(f)) cache.set(f, overrides[f] !== undefined ? scanBicep(overrides[f]) : existsSync(f) ? scanBicep(readFileSync(f, 'utf8')) : undefined);
    return cache.get(f);
  };
}
/** `file:line` of the first line of `file` that contains `needle`. */
function lineOf(file: string, needle: string): string {
  const i = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return `${file}:${i + 1}`;
}
const json = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
const show = (l: { file?: string; line?: number } | undefined) => (l ? `${l.file}:${l.line}` : 'none');

describe('compiled template → Bicep declaration', () => {
  it('maps languageVersion 2.0 symbolic names, nested children (parent::child) and modules into their own files', () => {
    const entry = join(FIX, 'twin/infra/main.bicep');
    const circuit = join(FIX, 'twin/infra/modules/circuit.bicep');
    const compiled = json(join(FIX, 'twin/infra/main.json'));
    const locate = bicepLocator({ entry, compiled, load: loader() });
    expect(show(locate(['resources', 'gateway']))).toBe(lineOf(entry, "resource gateway '"));
    expect(show(locate(['resources', 'connections']))).toBe(lineOf(entry, "resource connections '"));
    expect(show(locate(['resources', 'vnet::gatewaySubnet']))).toBe(lineOf(entry, "resource gatewaySubnet '"));
    // Through the module loop's nested deployment (older output inside: a resources array).
    const inner = ['resources', 'erCircuits', 'properties', 'template', 'resources'];
    const innerResources = compiled.resources.erCircuits.properties.template.resources as { type: string }[];
    const peeringAt = innerResources.findIndex((r) => r.type.endsWith('/peerings'));
    const circuitAt = innerResources.findIndex((r) => r.type.endsWith('/expressRouteCircuits'));
    expect(show(locate([...inner, peeringAt]))).toBe(lineOf(circuit, "resource peering 'peerings'"));
    expect(show(locate([...inner, circuitAt]))).toBe(lineOf(circuit, "resource circuit '"));
    expect(locate([...inner, peeringAt])).toMatchObject({ kind: 'bicep', column: 3 });
    // A path deeper than a declaration (a nested property) anchors at the declaration.
    expect(show(locate(['resources', 'gateway', 'properties', 'ipConfigurations', 0]))).toBe(lineOf(entry, "resource gateway '"));
  });

  it('maps older output (a resources array in dependency order) by copy name, name expression and type', () => {
    const dir = join(FIX, 'pr/after/infra');
    const entry = join(dir, 'main.bicep');
    const compiled = json(join(FIX, 'compiled/pr/after/infra/main.bicep.out'));
    const locate = bicepLocator({ entry, compiled, load: loader() });
    const types = (compiled.resources as { type: string; name: string }[]).map((r) => r.type);
    expect(show(locate(['resources', types.indexOf('Microsoft.Network/connections')]))).toBe(lineOf(entry, "resource connections '"));
    const modules = types.flatMap((t, i) => (t === 'Microsoft.Resources/deployments' ? [i] : []));
    const where = modules.map((i) => show(locate(['resources', i])));
    // (The comment above the circuit module mentions "module circuit '…'": the scanner is not fooled.)
    expect(where.sort()).toEqual([lineOf(entry, "module circuit 'modules/"), lineOf(entry, "module gateway 'modules/")].sort());
    // Into each module: its resources land in the module's own file.
    const circuitModule = modules.find((i) => compiled.resources[i].copy?.name === 'circuit')!;
    const gatewayModule = modules.find((i) => i !== circuitModule)!;
    const nestedTypes = (i: number) => (compiled.resources[i].properties.template.resources as { type: string }[]).map((r) => r.type);
    const into = (i: number, type: string) => show(locate(['resources', i, 'properties', 'template', 'resources', nestedTypes(i).indexOf(type)]));
    expect(into(circuitModule, 'Microsoft.Network/expressRouteCircuits/peerings')).toBe(lineOf(join(dir, 'modules/circuit.bicep'), 'resource privatePeering'));
    expect(into(circuitModule, 'Microsoft.Network/expressRouteCircuits')).toBe(lineOf(join(dir, 'modules/circuit.bicep'), "resource circuit '"));
    expect(into(gatewayModule, 'Microsoft.Network/virtualNetworkGateways')).toBe(lineOf(join(dir, 'modules/gateway.bicep'), "resource gateway '"));
    expect(into(gatewayModule, 'Microsoft.Network/publicIPAddresses')).toBe(lineOf(join(dir, 'modules/gateway.bicep'), "resource pip '"));
  });

  it('tells same-typed declarations apart in older output whatever order the compiler chose', () => {
    const src = `param prefix string
var hub = 'hub'
resource a 'Microsoft.Network/connections@2023-09-01' = {
  name: '\${prefix}-primary'
}
resource b 'Microsoft.Network/connections@2023-09-01' = {
  name: '\${hub}-secondary'
}
resource c 'Microsoft.Network/connections@2023-09-01' = [for i in range(0, 2): {
  name: 'spoke-\${i}'
}]
resource d 'Microsoft.Network/connections@2023-09-01' = [for i in range(0, 2): {
  name: 'edge-\${i}'
}]
resource e 'Microsoft.Network/connections@2023-09-01' = if (deploy) {
  name: prefix
}
`;
    const file = scanBicep(src);
    const compiled = [
      { copy: { name: 'd', count: 2 }, type: 'Microsoft.Network/connections', name: "[format('edge-{0}', range(0, 2)[copyIndex()])]" },
      { condition: "[parameters('deploy')]", type: 'Microsoft.Network/connections', name: "[parameters('prefix')]" },
      { type: 'Microsoft.Network/connections', name: "[format('{0}-secondary', variables('hub'))]" },
      { copy: { name: 'c', count: 2 }, type: 'Microsoft.Network/connections', name: "[format('spoke-{0}', range(0, 2)[copyIndex()])]" },
      { type: 'Microsoft.Network/connections', name: "[format('{0}-primary', parameters('prefix'))]" },
    ];
    const table = matchArray(compiled, file, () => undefined);
    expect([0, 1, 2, 3, 4].map((i) => table.get(i)?.name)).toEqual(['d', 'e', 'b', 'c', 'a']);
  });

  it('anchors what a registry module deploys at the module declaration, and an unknown key at the fallback', () => {
    const src = `module remote 'br/public:avm/res/network/connection:0.1.0' = {
  name: 'remote'
}
`;
    const compiled = {
      resources: [{ type: 'Microsoft.Resources/deployments', name: 'remote', properties: { template: { resources: [{ type: 'Microsoft.Network/connections', name: 'x' }] } } }],
    };
    const load = (f: string) => (f === 'main.bicep' ? scanBicep(src) : undefined);
    const locate = bicepLocator({ entry: 'main.bicep', compiled, load });
    expect(locate(['resources', 0, 'properties', 'template', 'resources', 0])).toEqual({ kind: 'bicep', file: 'main.bicep', line: 1, column: 1 });
    expect(bicepLocator({ entry: 'main.bicep', compiled: { resources: [] }, load })(['resources', 3])).toBeUndefined();
    expect(bicepLocator({ entry: 'main.bicep', compiled: { resources: [] }, load, fallback: { offset: 0, line: 1, column: 1 } })(['resources', 3])).toMatchObject({ file: 'main.bicep', line: 1 });
  });

  it('reads the parts of compiled name expressions', () => {
    expect([...compiledNameTokens("[format('{0}/{1}', parameters('name'), 'AzurePrivatePeering')]")].sort()).toEqual(['i:name', 's:AzurePrivatePeering']);
    expect([...compiledNameTokens("[coalesce(tryGet(parameters('lock'), 'name'), format('lock-{0}', parameters('name')))]")].sort()).toEqual(['i:lock', 'i:name', 's:lock-', 's:name']);
    expect([...compiledNameTokens('[[literal]')]).toEqual(['s:[literal]']);
    expect([...compiledNameTokens('er-1/AzurePrivatePeering')]).toEqual(['s:er-1/AzurePrivatePeering']);
  });
});

describe('compiled JSON beside its source', () => {
  it('finds no difference between a twin and the source it was built from (modules included)', () => {
    expect(compareTwin(join(FIX, 'twin/infra/main.bicep'), json(join(FIX, 'twin/infra/main.json')), loader())).toEqual([]);
    expect(compareTwin(join(FIX, 'twin/infra/modules/circuit.bicep'), json(join(FIX, 'twin/infra/modules/circuit.json')), loader())).toEqual([]);
  });

  it('says what the source has that an older twin lacks: a changed value, a new parameter, a changed module', () => {
    const stale = compareTwin(join(FIX, 'twin-stale/main.bicep'), json(join(FIX, 'twin-stale/main.json')), loader());
    const what = stale.map((d) => d.what);
    expect(what).toContain("the source has 'HighPerformance', which the compiled template lacks");
    expect(what).toContain('parameter connectionWeight is not in the compiled template');

    // A value changed only in a module file (the peering ASN), and a resource added to the entry file.
    const main = join(FIX, 'twin/infra/main.bicep');
    const circuit = join(FIX, 'twin/infra/modules/circuit.bicep');
    const load = loader({
      [circuit]: readFileSync(circuit, 'utf8').replace('peerASN: 65020', 'peerASN: 65099'),
      [main]: `${readFileSync(main, 'utf8')}\nresource extra 'Microsoft.Network/connections@2023-09-01' = {\n  name: 'extra'\n}\n`,
    });
    const diffs = compareTwin(main, json(join(FIX, 'twin/infra/main.json')), load);
    expect(diffs).toContainEqual({ file: circuit, line: expect.any(Number), what: 'the source has the number 65099, which the compiled template lacks' });
    expect(diffs.map((d) => d.what)).toContain('resource extra is not in the compiled template');
  });

  it('does not read the description of a variable or an import, which the compiler does not emit, as a sign of an older twin', () => {
    // Bicep 0.40 leaves `@description` on `var` and `import` out of the compiled template (Azure Verified
    // Modules' virtual-wan pattern module and p2s-vpn-gateway module describe their variables).
    const main = join(FIX, 'twin/infra/main.bicep');
    const described = `@description('Imported types, described.')\nimport * as shared from 'types.bicep'\n\n@description('The gateway name, described.')\nvar describedName = 'ergw-weu-hub'\n\n${readFileSync(main, 'utf8')}`;
    const diffs = compareTwin(main, json(join(FIX, 'twin/infra/main.json')), loader({ [main]: described }));
    expect(diffs).toEqual([]);
    // A variable's value is still compared.
    const changed = compareTwin(main, json(join(FIX, 'twin/infra/main.json')), loader({ [main]: described.replace("var describedName = 'ergw-weu-hub'", "var describedName = 'UltraTier'") }));
    expect(changed.map((d) => d.what)).toContain("the source has 'UltraTier', which the compiled template lacks");
  });

  it('never quotes a secret-looking literal in what it reports', () => {
    const main = join(FIX, 'twin/infra/main.bicep');
    const load = loader({ [main]: readFileSync(main, 'utf8').replace("name: 'default'", "name: 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA=='") });
    const diffs = compareTwin(main, json(join(FIX, 'twin/infra/main.json')), load);
    expect(diffs.map((d) => d.what)).toContain('the source has a string the compiled template lacks');
    expect(JSON.stringify(diffs)).not.toMatch(/Zm9vYmFy/);
  });
});
