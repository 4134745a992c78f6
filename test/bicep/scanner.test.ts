import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanBicep, type BicepDeclaration } from '../../src/sources/template/bicep/scanner.js';

/** 1-based line and column of the first occurrence of `needle` (the declaration keyword). */
function where(text: string, needle: string): string {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, i);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = i - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
  return `${line}:${column}`;
}
const at = (d: BicepDeclaration) => `${d.at.line}:${d.at.column}`;
const byName = (decls: BicepDeclaration[]) => Object.fromEntries(decls.map((d) => [d.symbolicName, d]));

describe('Bicep declaration scanner', () => {
  it('finds resources, nested children, modules, loops and conditions, and nothing in comments or strings', () => {
    const src = `// resource fake1 'Microsoft.Network/expressRouteCircuits@2023-09-01' = {
/* module fake2 './x.bicep' = {
   resource fake3 'T@1' = { } */
metadata info = 'resource fake4 \\'Microsoft.Network/connections@2023-09-01\\' = {'
var script = '''
resource fake5 'Microsoft.Network/virtualNetworkGateways@2023-09-01' = {
it's ''quoted'' }
'''
var tricky = '\${toLower('A}B')}-\${union({ a: '}' }, {}).a}-{'
type spec = {
  resource: string
}

@description('The circuit.')
@sys.metadata({ note: 'resource fake6 \\'T@1\\' = {' })
resource circuit 'Microsoft.Network/expressRouteCircuits@2023-09-01' = {
  name: 'er-\${location}-1'
  properties: {
    resource: 'not a declaration'
    serviceProviderProperties: {
      peeringLocation: 'Amsterdam'
    }
  }

  @description('Private peering.')
  resource peering 'peerings' = {
    name: 'AzurePrivatePeering'
    properties: {
      peerASN: 65010
    }

    resource conn 'connections' = [for (x, i) in range(0, 2): if (x > 0) {
      name: 'conn-\${i}'
    }]
  }
}

#disable-next-line no-unused-existing-resources
resource hub 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
  name: 'vnet-hub'

  resource gwSubnet 'subnets' = {
    name: 'GatewaySubnet'
  }
}

var chosen = length(circuits) > 1
  ? 'many'
  : 'one'
@batchSize(1)
module gw 'modules/gateway.bicep' = [for g in gateways: if (g.enabled && (deploy || force)) {
  name: 'gw-\${g.name}'
  params: {
    resource: g
  }
}]

module remote 'br/public:avm/res/network/connection:0.1.0' = if (deploy) {
  name: 'remote'
}

resource child 'Microsoft.Network/expressRouteCircuits/authorizations@2023-09-01' = {
  parent: circuit
  name: 'auth-1'
}
`;
    const s = scanBicep(src);
    expect(s.problems).toEqual([]);
    expect(s.declarations.map((d) => d.symbolicName)).toEqual(['circuit', 'circuit::peering', 'circuit::peering::conn', 'hub', 'hub::gwSubnet', 'gw', 'remote', 'child']);
    const d = byName(s.declarations);
    expect(at(d.circuit)).toBe(where(src, "resource circuit '"));
    expect(at(d['circuit::peering'])).toBe(where(src, "resource peering '"));
    expect(at(d['circuit::peering::conn'])).toBe(where(src, "resource conn '"));
    expect(at(d['hub::gwSubnet'])).toBe(where(src, "resource gwSubnet '"));
    expect(at(d.gw)).toBe(where(src, "module gw '"));
    expect(d['circuit::peering'].fullType).toBe('Microsoft.Network/expressRouteCircuits/peerings');
    expect(d['circuit::peering::conn'].fullType).toBe('Microsoft.Network/expressRouteCircuits/peerings/connections');
    expect(d['circuit::peering::conn']).toMatchObject({ loop: true, condition: true, loopVariables: ['x', 'i'], apiVersion: '2023-09-01' });
    expect(d.hub.existing).toBe(true);
    expect(d['hub::gwSubnet'].existing).toBe(false); // a new child of an existing parent
    expect(d['hub::gwSubnet'].fullType).toBe('Microsoft.Network/virtualNetworks/subnets');
    expect(d.gw).toMatchObject({ kind: 'module', path: 'modules/gateway.bicep', loop: true, condition: true, loopVariables: ['g'] });
    expect(d.remote).toMatchObject({ kind: 'module', path: 'br/public:avm/res/network/connection:0.1.0', loop: false, condition: true });
    expect(d.child).toMatchObject({ parentSymbol: 'circuit', fullType: 'Microsoft.Network/expressRouteCircuits/authorizations' });
    expect(d.circuit.nameTokens?.map((t) => t.text)).toEqual(["'er-${location}-1'"]);
    expect(d.circuit.children.map((c) => c.name)).toEqual(['peering']);
  });

  it('reads params, using, imports, target scope and the literals the compiled-twin check compares', () => {
    const s = scanBicep(`targetScope = 'subscription'
import { lockType } from 'br/public:avm/utl/types/avm-common-types:0.5.1'
import * as shared from './shared.bicep'
@minValue(50)
param bandwidth int = 1000
param sku string = 'ErGw\${suffix}'
param notes string = loadTextContent('notes.txt')
resource r 'Microsoft.Network/virtualNetworkGateways@2023-09-01' = {
  name: 'gw'
}
resource x 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
  name: 'vnet-hub'
}
`);
    expect(s.params.map((p) => p.name)).toEqual(['bandwidth', 'sku', 'notes']);
    expect(s.imports).toEqual(['br/public:avm/utl/types/avm-common-types:0.5.1', './shared.bicep']);
    expect(s.targetScope).toBe('subscription');
    const roles = Object.fromEntries(s.literals.map((l) => [l.value, l.role]));
    expect(roles).toMatchObject({
      subscription: 'target',
      './shared.bicep': 'path',
      'notes.txt': 'path',
      'Microsoft.Network/virtualNetworkGateways@2023-09-01': 'type',
      gw: 'value',
      'vnet-hub': 'existing',
      'Microsoft.Network/virtualNetworks@2023-09-01': 'existing',
    });
    // An interpolated string keeps its literal parts, marked as interpolated (the twin check skips them).
    expect(s.literals.find((l) => l.value === 'ErGw')?.interpolated).toBe(true);
    expect(s.numbers.map((n) => n.value)).toEqual(['50', '1000']);
    const p = scanBicep("using './main.bicep'\n\nparam gatewaySku = 'ErGw2AZ'\n");
    expect(p.using).toMatchObject({ path: './main.bicep', at: { line: 1, column: 1 } });
  });

  it('counts lines the same with CRLF and LF, and columns in UTF-16 code units', () => {
    const lf = "// café ☕ — ünïcode 🚀\nparam a string = '🚀'\n  resource nope 'x' = {}\nresource gw 'Microsoft.Network/virtualNetworkGateways@2023-09-01' = {\n  name: 'gw'\n}\n";
    const crlf = lf.replace(/\n/g, '\r\n');
    for (const text of [lf, crlf]) {
      const s = scanBicep(text);
      // An indented `resource` at depth 0 is still a top-level declaration (Bicep does not care about indentation).
      expect(s.declarations.map((d) => [d.name, d.at.line, d.at.column])).toEqual([
        ['nope', 3, 3],
        ['gw', 4, 1],
      ]);
    }
    const s = scanBicep("var x = '🚀' \nresource gw 'T@1' = { name: 'a' }\n");
    expect(s.declarations[0].at).toMatchObject({ line: 2, column: 1 });
  });

  it('keeps going after malformed input: an unterminated string or interpolation never swallows the declarations after it', () => {
    const s = scanBicep(`var broken = 'no end
var alsoBroken = 'x\${foo(
resource one 'Microsoft.Network/connections@2023-09-01' = {
  name: 'c1'
}
var ml = '''never closed on this line
'''
resource two 'Microsoft.Network/connections@2023-09-01' = {
  name: 'c2'
}
`);
    expect(s.problems.length).toBeGreaterThan(0);
    expect(s.declarations.map((d) => [d.name, d.at.line])).toEqual([
      ['one', 3],
      ['two', 8],
    ]);
  });

  it('records unbalanced brackets as a problem and still finds the declarations before them', () => {
    const s = scanBicep(`resource a 'Microsoft.Network/connections@2023-09-01' = {
  name: 'a'
}
resource b 'Microsoft.Network/connections@2023-09-01' = {
  name: 'b'
  properties: {
`);
    expect(s.problems.map((p) => p.message)).toContain('a "{" that is never closed');
    expect(s.declarations.map((d) => d.name)).toEqual(['a', 'b']);
  });

  it('never takes decoys in comments, strings or multi-line strings for declarations, wherever they are put (property)', () => {
    // Real declarations with decoys between them; the scanner must report exactly the real ones, on
    // the lines they are on.
    const decoy = fc.oneof(
      fc.constant("// resource fake 'Microsoft.Network/connections@2023-09-01' = {"),
      fc.constant("/* module fake './m.bicep' = {\n resource fake2 'T@1' = { */"),
      fc.constant("var s1 = 'resource fake \\'T@1\\' = {'"),
      fc.constant("var s2 = '''\nresource fake 'T@1' = {\nmodule m 'x' = {\n'''"),
      fc.constant("var s3 = '${'}'}resource fake \\'T@1\\' = {${'{'}'"),
      fc.constant("@description('resource fake \\'T@1\\' = {')\nparam p string"),
      fc.constant("var o = {\n  resource: 'x'\n  module: 'y'\n}"),
      fc.constant(''),
    );
    const real = (i: number) =>
      i % 3 === 0
        ? `resource r${i} 'Microsoft.Network/connections@2023-09-01' = {\n  name: 'c${i}'\n}`
        : i % 3 === 1
          ? `module m${i} './mod${i}.bicep' = [for x in xs: {\n  name: 'm${i}'\n}]`
          : `resource r${i} 'Microsoft.Network/expressRouteCircuits@2023-09-01' = if (on) {\n  name: 'e${i}'\n  resource p${i} 'peerings' = {\n    name: 'AzurePrivatePeering'\n  }\n}`;
    fc.assert(
      fc.property(fc.array(decoy, { minLength: 4, maxLength: 4 }), fc.constantFrom('\n', '\r\n'), (decoys, eol) => {
        const chunks: string[] = [];
        for (let i = 0; i < 4; i++) chunks.push(decoys[i], real(i));
        const text = chunks.join('\n').replace(/\n/g, eol);
        const s = scanBicep(text);
        const expected = [0, 1, 2, 3].flatMap((i) => (i % 3 === 2 ? [`r${i}`, `r${i}::p${i}`] : [i % 3 === 0 ? `r${i}` : `m${i}`]));
        expect(s.declarations.map((d) => d.symbolicName)).toEqual(expected);
        for (const d of s.declarations) {
          const keyword = `${d.kind} ${d.name} `;
          expect(`${d.at.line}:${d.at.column}`).toBe(where(text, keyword));
        }
        expect(s.problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
