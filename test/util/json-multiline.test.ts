import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/util/json.js';

// ARM templates may break a string over several lines (Azure CLI and Azure PowerShell deploy them:
// https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax#multi-line-strings), as the
// Azure landing zone templates do for long expressions. Other documents stay strict JSON.

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

const template = (eol: string) =>
  [
    '{',
    '  // a comment, as the landing zone templates have',
    `  "$schema": "${SCHEMA}",`,
    '  "contentVersion": "1.0.0.0",',
    '  "variables": {',
    '    "text": "line one',
    'line two",',
    '    "escaped": "a \\" quote, then',
    'a break",',
    '    "url": "https://example.com/a//b /* not a comment */"',
    '  },',
    '  "resources": [',
    '    {',
    '      "type": "Microsoft.Network/virtualNetworkGateways",',
    '      "name": "[if(',
    "                 empty('x'),",
    "                 'a',",
    "                 'b')]\"",
    '    }',
    '  ]',
    '}',
  ].join(eol);

describe('ARM multi-line strings', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('reads a template whose strings run over several lines (%s): the breaks are in the values, every offset in place', (_, eol) => {
    const text = template(eol);
    const parsed = parseJson('main.json', text, true);
    const v = parsed.value as { variables: Record<string, string>; resources: { name: string }[] };
    expect(parsed.jsonc).toBe(true);
    expect(v.variables.text).toBe(`line one${eol}line two`);
    expect(v.variables.escaped).toBe(`a " quote, then${eol}a break`);
    expect(v.variables.url).toBe('https://example.com/a//b /* not a comment */');
    expect(v.resources[0].name).toBe(`[if(${eol}                 empty('x'),${eol}                 'a',${eol}                 'b')]`);
    // The syntax tree's offsets are the text's: the resource's name node starts at its opening quote.
    const resource = parsed.tree!.children!.find((p) => p.children?.[0].value === 'resources')!.children![1].children![0];
    const name = resource.children!.find((p) => p.children?.[0].value === 'name')!.children![1];
    expect(text.slice(name.offset, name.offset + name.length)).toBe(`"${v.resources[0].name}"`);
    expect(name.value).toBe(v.resources[0].name);
  });

  it('keeps characters of the private use area the text holds (the stand-ins for line breaks are characters it does not hold)', () => {
    const text = `{"$schema": "${SCHEMA}", "contentVersion": "1.0.0.0", "resources": [], "variables": {"a": "\ue000\ue001 x\ny"}}`;
    expect((parseJson('main.json', text).value as { variables: { a: string } }).variables.a).toBe('\ue000\ue001 x\ny');
  });

  it('refuses a template with a multi-line string that holds every private-use character (no stand-in is free), at that string', () => {
    let pua = '';
    for (let c = 0xe000; c <= 0xf8ff; c++) pua += String.fromCharCode(c);
    const text = `{"$schema": "${SCHEMA}", "contentVersion": "1.0.0.0", "resources": [], "variables": {"a": "${pua}", "b": "x\ny"}}`;
    expect(() => parseJson('all.json', text)).toThrow(/all\.json:1:\d+: expected valid JSON, found a text value that never ends/);
  });

  it('names the first real problem of a template that does not parse, not its first comment', () => {
    const text = ['{', '  // fine', `  "$schema": "${SCHEMA}",`, '  "contentVersion": "1.0.0.0",', '  "resources": [ { "type": "x" "name": "y" } ]', '}'].join('\n');
    expect(() => parseJson('broken.json', text)).toThrow(/broken\.json:5:\d+: expected valid JSON, found no comma between two items/);
  });

  it('leaves other documents strict JSON: a line break inside a string of Resource Graph rows is an error naming its place', () => {
    const text = '[{"id": "/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/expressRouteCircuits/c", "type": "Microsoft.Network/expressRouteCircuits", "name": "a\nb"}]';
    expect(() => parseJson('rows.json', text)).toThrow(/rows\.json:1:\d+: expected valid JSON/);
  });
});
