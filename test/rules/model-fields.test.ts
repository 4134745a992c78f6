import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { FIELDS, isModelField, type FieldTable } from '../../src/inventory/fields.js';
import { allLinks, allPeerings, type ResourceKind } from '../../src/inventory/model.js';
import { BUILTIN_RULES_DIR, listRuleFiles, loadRuleFile, loadRules } from '../../src/rules/loader.js';
import { loadInputs } from '../../src/sources/index.js';
import { runCli, tempDir } from '../helpers/cli.js';

// A rule of one's own whose condition names a field no resource of its kind ever has (a misspelling,
// a raw ARM path) read a value that is never there and passed or said nothing on every resource: it is
// refused when the rule is loaded, naming the rule file, the path inside it and the closest field.

const dir = tempDir('erscan-model-fields-');
const ruleYaml = (id: string, resource: string, condition: string) =>
  `id: ${id}\nname: a-rule\ntitle: A rule\ncategory: sku\nseverity: high\npillar: reliability\nresource: ${resource}\n${condition}\nmessage: "{name}: {actual}; expected {expected}."\nremediation: Use the field the rule means.\nlinks: [https://learn.microsoft.com/azure/expressroute/expressroute-faqs]\n`;

function folderWith(name: string, rule: string): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, 'ACME-ER-001.yaml'), rule);
  return d;
}

describe('user rules naming a field the inventory model never has', () => {
  it('scan --rules and rules test exit 2 naming the file, the path of the field and the closest field', () => {
    const bad = folderWith('misspelt', ruleYaml('ACME-ER-001', 'circuit', 'where:\n  allOf:\n    - { field: tier, equals: Premium }\n    - { field: sku.teir, notEquals: Local }\nassert: { field: bandwidthMbps, greaterOrEquals: 1000 }'));
    const file = join(bad, 'ACME-ER-001.yaml');
    for (const args of [['scan', 'examples/estate', '--rules', bad], ['rules', 'test', bad]]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${file}: at $.where.allOf[1].field: expected a field circuits have in erscan's inventory model (the closest: \`tier\``);
      expect(r.stderr).toContain('found "sku.teir", which no circuit has');
    }
  });

  it('names the closest field for a raw ARM path, and the kind that has a field of another kind', () => {
    const arm = folderWith('arm-path', ruleYaml('ACME-ER-001', 'circuit', 'assert: { field: properties.serviceProviderProperty.bandwidth, greaterOrEquals: 1000 }'));
    expect(() => loadRules([arm])).toThrow(/at \$\.assert\.field: expected a field circuits have .*\(the closest: `bandwidthGbps`, `bandwidthMbps`;.*found "properties\.serviceProviderProperty\.bandwidth", which no circuit has/);
    const other = folderWith('other-kind', ruleYaml('ACME-ER-001', 'circuit', 'assert: { not: { field: hasIdentity, equals: false } }'));
    expect(() => loadRules([other])).toThrow(/at \$\.assert\.not\.field: .*`hasIdentity` is a field of ports, set `resource` to match, found "hasIdentity", which no circuit has/);
    const gateway = folderWith('gateway-sku', ruleYaml('ACME-ER-001', 'gateway', 'assert: { field: sku.name, in: [ErGw1AZ] }'));
    expect(() => loadRules([gateway])).toThrow(/the closest: `skuName`/);
    // Field names are case-sensitive, as conditions read them.
    const peering = folderWith('peering-case', ruleYaml('ACME-ER-001', 'peering', 'assert: { field: peerAsn, exists: true }'));
    expect(() => loadRules([peering])).toThrow(/the closest: `peerASN`/);
  });

  it('accepts fields some resources leave unset, tags, list items, lengths, objects and lists', () => {
    const fields: [ResourceKind, string][] = [
      ['circuit', 'diagnosticSettingsCount'],
      ['circuit', 'metricAlertCount'],
      ['circuit', 'tags.costCenter'],
      ['circuit', 'tags'],
      ['circuit', 'peerings'],
      ['circuit', 'peerings.0.ipv6.microsoftPeeringConfig.customerASN'],
      ['circuit', 'authorizations.length'],
      ['circuit', 'source.kind'],
      ['peering', 'ipv6'],
      ['peering', 'microsoftPeeringConfig.advertisedPublicPrefixes.0'],
      ['peering', 'globalReach.0.status'],
      ['port', 'links.1.macsec.cipher'],
      ['link', 'macsec.secretsInKeyVault'],
      ['gateway', 'zones.length'],
      ['gateway', 'gatewaySubnetNsgId'],
      ['gateway', 'maintenanceConfigurationIds'],
      ['connection', 'connectionStatus'],
    ];
    for (const [kind, field] of fields) expect([kind, field, isModelField(kind, field)]).toEqual([kind, field, true]);
    const refused: [ResourceKind, string][] = [
      ['circuit', 'tags.owner.name'],
      ['circuit', 'tier.name'],
      ['circuit', 'peerings.first'],
      ['circuit', 'unknown'],
      ['link', 'defaulted.adminState'],
      ['gateway', 'zones.one'],
    ];
    for (const [kind, field] of refused) expect([kind, field, isModelField(kind, field)]).toEqual([kind, field, false]);
    const ok = folderWith('optional', ruleYaml('ACME-ER-001', 'gateway', 'where: { field: maintenanceConfigurationIds, exists: true }\nassert: { anyOf: [{ field: tags.Owner, exists: true }, { field: zones, count: { greaterOrEquals: 2 } }] }'));
    expect(loadRules([ok]).map((r) => r.id)).toContain('ACME-ER-001');
  });

  it('every field of the built-in catalogue is a model field (each rule file loads)', () => {
    const files = listRuleFiles(BUILTIN_RULES_DIR);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expect(() => loadRuleFile(file)).not.toThrow();
  });

  it('every field a resource of the example estates and templates holds is a model field of its kind', () => {
    // The tables follow the model's interfaces (the compiler checks their keys); this checks the builder
    // sets no field the interfaces do not declare.
    const { output } = loadInputs(['examples/estate', 'examples/iac', 'test/fixtures/iac/public-patterns']);
    const { inventory } = buildInventory(output.raws, output.subscriptions);
    const resources = [...inventory.circuits, ...allPeerings(inventory), ...inventory.ports, ...allLinks(inventory), ...inventory.gateways, ...inventory.connections];
    expect(new Set(resources.map((r) => r.kind)).size).toBe(Object.keys(FIELDS).length);
    const unknownPaths = new Set<string>();
    // `table`: the fields of `v`'s items when it is a list, of `v` itself otherwise.
    const walk = (kind: ResourceKind, v: unknown, path: string, depth: number, table: FieldTable | undefined) => {
      if (v === null || typeof v !== 'object' || depth > 3) return;
      for (const [k, x] of Object.entries(v)) {
        const p = path ? `${path}.${k}` : k;
        const shape = Array.isArray(v) ? undefined : table?.[k];
        // Bookkeeping the model declares (internal: no field for rules), and tags (any name).
        if (shape === 'internal' || p.startsWith('tags.')) continue;
        const inner = Array.isArray(v) ? table : shape !== undefined && typeof shape === 'object' ? ('object' in shape ? shape.object : shape.listOf) : undefined;
        if (!isModelField(kind, p)) unknownPaths.add(`${kind} ${p}`);
        else if (!(kind === 'circuit' && k === 'peerings') && !(kind === 'port' && k === 'links')) walk(kind, x, p, depth + 1, inner);
      }
    };
    for (const r of resources) walk(r.kind, r, '', 0, FIELDS[r.kind]);
    expect([...unknownPaths]).toEqual([]);
  });
});
