import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { allPeerings } from '../../src/inventory/model.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import type { RuleDefinition } from '../../src/rules/model.js';
import { loadInputs } from '../../src/sources/index.js';
import { tempDir } from '../helpers/cli.js';

// A Resource Graph query of one's own that projects no `tags` column
// (`resources | project id, name, type, location, properties, sku, subscriptionId, resourceGroup, tenantId`)
// gives rows without `tags`: they say nothing of the resources' tags, so the rules that read tags are
// undecided, never failed (or passed) on "no tags". A query that projects tags gives `{}` or null for none.

const dir = tempDir('erscan-tags-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The example estate's Resource Graph rows (circuits, vWAN and VNet gateways, connections), with `tags` set by `tags`. */
const exampleRows = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'examples/estate/northwind-rows.json'), 'utf8')) as Record<string, unknown>[];
const rowsWith = (tags: (row: Record<string, unknown>) => unknown, keep = (_k: string) => true): Record<string, unknown>[] =>
  exampleRows.map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (k !== 'tags' && keep(k)) out[k] = v;
    const t = tags(r);
    if (t !== undefined) out.tags = t;
    return out;
  });
const NONE = () => undefined;

function write(name: string, doc: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

const ownerRule: RuleDefinition = {
  id: 'ACME-TAG-001',
  name: 'circuit-owner-tag',
  title: 'Circuits carry an owner tag',
  category: 'hygiene',
  severity: 'medium',
  pillar: 'operational-excellence',
  tags: [],
  resource: 'circuit',
  assert: { field: 'tags.owner', exists: true },
  message: 'Circuit {name} has owner tag {tags.owner}; expected an owner tag.',
  remediation: 'Tag every circuit with its owning team.',
  links: ['https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources'],
  doc: '',
  file: 'ACME-TAG-001.yaml',
};

function scan(...files: string[]) {
  const { output, errors } = loadInputs(files);
  expect(errors).toEqual([]);
  const { inventory } = buildInventory(output.raws, output.subscriptions);
  const rules = [ownerRule, ...loadRules().filter((r) => r.id === 'ERS-ENC-005')];
  const { findings } = runRules(inventory, rules);
  const verdicts = (ruleId: string) => [...new Set(findings.filter((f) => f.ruleId === ruleId).map((f) => f.status ?? 'fail'))];
  return { inventory, findings, verdicts };
}

describe('Resource Graph rows without a tags column', () => {
  it('leave the tags of circuits, gateways and connections unknown: tag rules are undecided, never failed', () => {
    const file = write('graph-no-tags.json', { count: exampleRows.length, data: rowsWith(NONE), skip_token: null, total_records: exampleRows.length });
    const { inventory, findings, verdicts } = scan(file);
    const own = [...inventory.circuits, ...inventory.gateways, ...inventory.connections.filter((c) => c.flavor === 'vnet')];
    expect(own.length).toBe(12); // 6 circuits, 3 gateways, 3 connections
    for (const r of own) expect([r.name, r.unknown?.tags]).toEqual([r.name, `\`tags\` is not in the input: the Resource Graph query behind ${file} projects no \`tags\` column`]);
    // Child resources carry no tags of their own in Azure: nothing to know there.
    for (const r of [...allPeerings(inventory), ...inventory.connections.filter((c) => c.flavor === 'vwan')]) expect(r.unknown?.tags).toBeUndefined();
    expect(verdicts('ACME-TAG-001')).toEqual(['unknown']);
    expect(verdicts('ERS-ENC-005')).toEqual(['unknown']);
    expect(findings.find((f) => f.ruleId === 'ACME-TAG-001')!.message).toContain('projects no `tags` column');
    expect(findings.find((f) => f.ruleId === 'ERS-ENC-005')!.message).toContain('tag erscan-encryption not known');
  });

  it('decides what the tags do not decide: a Standard circuit passes "owner tag or Premium", others are undecided', () => {
    const file = write('graph-no-tags-anyof.json', { count: exampleRows.length, data: rowsWith(NONE), skip_token: null, total_records: exampleRows.length });
    const { output } = loadInputs([file]);
    const { inventory } = buildInventory(output.raws, output.subscriptions);
    const rule: RuleDefinition = { ...ownerRule, id: 'ACME-TAG-002', assert: { anyOf: [{ field: 'tags.owner', exists: true }, { field: 'tier', equals: 'Standard' }] } };
    const byName = new Map(runRules(inventory, [rule]).findings.map((f) => [f.resourceName, f.status ?? 'fail']));
    for (const c of inventory.circuits) expect([c.name, byName.get(c.name)]).toEqual([c.name, c.tier === 'Standard' ? undefined : 'unknown']);
    expect(inventory.circuits.some((c) => c.tier === 'Standard') && inventory.circuits.some((c) => c.tier !== 'Standard')).toBe(true);
  });

  it('a query that projects tags says "no tags" with {} or null: the tag rules fail', () => {
    for (const [name, tags] of [['empty', () => ({})], ['null', () => null]] as const) {
      const file = write(`graph-tags-${name}.json`, { count: exampleRows.length, data: rowsWith(tags), skip_token: null, total_records: exampleRows.length });
      const { inventory, verdicts } = scan(file);
      expect(inventory.circuits.filter((c) => c.unknown?.tags !== undefined)).toEqual([]);
      expect([name, verdicts('ACME-TAG-001'), verdicts('ERS-ENC-005')]).toEqual([name, ['fail'], ['fail']]);
    }
  });

  it('reads the REST table form, plain arrays of rows and ARM responses by what each carries', () => {
    // The REST QueryResponse as a table: no tags column.
    const rows = rowsWith(NONE);
    const columns = Object.keys(rows[0]).map((name) => ({ name, type: 'object' }));
    const table = write('graph-table.json', { totalRecords: rows.length, count: rows.length, resultTruncated: 'false', data: { columns, rows: rows.map((r) => columns.map((c) => r[c.name])) } });
    expect(scan(table).verdicts('ACME-TAG-001')).toEqual(['unknown']);
    // A plain array of Resource Graph rows (with its subscriptionId, resourceGroup, tenantId columns).
    expect(scan(write('rows-no-tags.json', rows)).verdicts('ACME-TAG-001')).toEqual(['unknown']);
    // Rows with none of Resource Graph's own columns are ARM resources, which leave `tags` out when there are none.
    const armLike = rowsWith(NONE, (k) => !['subscriptionId', 'resourceGroup', 'tenantId'].includes(k));
    expect(scan(write('rows-arm-like.json', armLike)).verdicts('ACME-TAG-001')).toEqual(['fail']);
    expect(scan(write('arm-list.json', { value: armLike })).verdicts('ACME-TAG-001')).toEqual(['fail']);
  });

  it('a resource read again with its tags takes them from that read; read only without them, they stay unknown', () => {
    const without = write('dup-a-no-tags.json', rowsWith(NONE));
    const owned = write('dup-b-owned.json', rowsWith(() => ({ owner: 'netops' })));
    for (const order of [[without, owned], [owned, without]]) {
      const { inventory, verdicts } = scan(...order);
      expect(inventory.circuits.map((c) => [c.tags, c.unknown?.tags])).toEqual(inventory.circuits.map(() => [{ owner: 'netops' }, undefined]));
      expect(verdicts('ACME-TAG-001')).toEqual([]);
      expect(verdicts('ERS-ENC-005')).toEqual(['fail']); // no overlay tag: known now
    }
    const again = write('dup-c-no-tags.json', rowsWith(NONE));
    expect(scan(without, again).verdicts('ACME-TAG-001')).toEqual(['unknown']);
  });
});
