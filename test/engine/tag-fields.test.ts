import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { compileCondition, compilePath, getPath } from '../../src/rules/conditions.js';
import { runRules } from '../../src/rules/engine.js';
import type { RuleDefinition } from '../../src/rules/model.js';

// A platform team's tag rule (docs/rules.md, "Writing a rule"), as a user writes it.
const rule: RuleDefinition = {
  id: 'ACME-TAG-001',
  name: 'circuit-required-tags',
  title: 'Circuits carry the owner and costCenter tags',
  category: 'hygiene',
  severity: 'medium',
  pillar: 'operational-excellence',
  tags: [],
  resource: 'circuit',
  assert: { allOf: [{ field: 'tags.owner', exists: true }, { field: 'tags.costCenter', exists: true }] },
  message: 'Circuit {name} has owner tag {tags.owner} and costCenter tag {tags.costCenter}; expected both tags.',
  remediation: 'Tag every circuit with its owner and cost center.',
  links: ['https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources'],
  doc: '',
  file: 'ACME-TAG-001.yaml',
};
const circuitId = (n: string) => `/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/${n}`;
const circuit = (n: string, tags: unknown): Record<string, unknown> => ({
  id: circuitId(n),
  name: n,
  type: 'Microsoft.Network/expressRouteCircuits',
  location: 'westeurope',
  tags,
  sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
  properties: { serviceProviderProvisioningState: 'Provisioned', serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } },
});
const scan = (raws: RawResource[]) => runRules(buildInventory(raws).inventory, [rule]);

describe('tag names in rule fields', () => {
  // "Tag names are case-insensitive for operations" (learn.microsoft.com/azure/azure-resource-manager/management/tag-resources).
  it('are read case-insensitively, as Azure reads tag names, by every path reader', () => {
    const r = { tags: { CostCenter: 'CC-1', costcenter: 'other', Owner: 'netops' } };
    expect(getPath(r, 'tags.costCenter')).toBe('CC-1');
    expect(getPath(r, 'tags.costcenter')).toBe('other'); // the name as written first
    expect(compilePath('tags.owner')(r)).toBe('netops');
    expect(compilePath('tags.OWNER')(r)).toBe('netops');
    expect(compilePath('tags.missing')(r)).toBeUndefined();
    expect(compileCondition({ field: 'tags.owner', equals: 'netops' })(r)).toBe(true);
    expect(getPath({ tags: null }, 'tags.owner')).toBeUndefined();
  });

  it('a circuit tagged Owner and CostCenter complies, and a message shows its tags', () => {
    const { findings } = scan([{ row: circuit('er-a', { Owner: 'netops', CostCenter: 'CC-1' }) }, { row: circuit('er-b', { Owner: 'netops' }) }]);
    expect(findings.map((f) => f.resourceName)).toEqual(['er-b']);
    expect(findings[0].message).toBe('Circuit er-b has owner tag netops and costCenter tag (not set); expected both tags.');
  });

  it('a tag whose value a template leaves to a parameter without a value is undecided, not "(not set)"', () => {
    const { findings, notices } = scan([
      {
        row: circuit('er-t', { owner: "[parameters('owner')]", costCenter: 'CC-9' }),
        source: { kind: 'arm', file: 't.json', line: 4, column: 5 },
        unresolved: ['tags.owner'],
        reasons: { 'tags.owner': 'comes from parameter `owner`, which has no value here' },
      },
    ]);
    expect(findings.map((f) => [f.resourceName, f.status])).toEqual([['er-t', 'unknown']]);
    expect(findings[0].message).toContain('`tags.owner` comes from parameter `owner`, which has no value here');
    expect(findings[0].message).not.toContain('(not set)');
    // The circuit holds the tag (its value is open): no "misspelt field?" notice.
    expect(notices.filter((n) => /misspelt/.test(n))).toEqual([]);
  });
});
