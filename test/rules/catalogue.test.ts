import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES_DIR, fixturesFileFor, loadRules } from '../../src/rules/loader.js';

// Catalogue policy: ids match their folder and prefix, every rule has a doc with the usual sections
// and fixtures, and rules/README.md's registry lists every id (ids are never reused).
const rules = loadRules();
const PREFIX: Record<string, RegExp> = {
  redundancy: /^ERS-RED-0\d\d$/,
  sku: /^ERS-SKU-0\d\d$/,
  bgp: /^ERS-BGP-0\d\d$/,
  encryption: /^ERS-ENC-0\d\d$/,
  cost: /^ERS-COST-\d{3}$/,
  hygiene: /^ERS-HYG-0\d\d$/,
};
const registry = readFileSync(join(BUILTIN_RULES_DIR, 'README.md'), 'utf8');
const rows = [...registry.matchAll(/^\| (ERS-[A-Z]+-\d{3}) \| ([a-z0-9-]+) \| (\w+) \| (\w+) \| (active|retired) \|$/gm)];

describe('rule catalogue policy', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s: id, folder, file name, doc and fixtures agree', (_id, r) => {
    const folder = basename(dirname(r.file));
    expect(folder).toBe(r.category);
    expect(r.id).toMatch(PREFIX[r.category]);
    expect(basename(r.file)).toBe(`${r.id}.yaml`);
    expect(r.doc).toMatch(new RegExp(`^# ${r.id} ${r.name}`));
    expect(r.doc).toMatch(/## Why/);
    expect(r.doc).toMatch(/## What is checked/);
    expect(fixturesFileFor(r.file)).toBeDefined();
    expect(r.links.every((l) => l.startsWith('https://learn.microsoft.com/'))).toBe(true);
  });
  it('cost rules of this catalogue stay below ERS-COST-100 unless they read the pricing model', () => {
    for (const r of rules.filter((x) => x.category === 'cost' && Number(x.id.slice(-3)) >= 100)) expect(r.function, `${r.id} is in the pricing engineer's range`).toBeDefined();
  });
  it('every rule is in the registry of rules/README.md with its name and category', () => {
    for (const r of rules) {
      const row = rows.find((m) => m[1] === r.id);
      expect(row, `add "| ${r.id} | ${r.name} | ${r.category} | ${r.severity} | active |" to rules/README.md`).toBeDefined();
      expect(row![2]).toBe(r.name);
      expect(row![3]).toBe(r.category);
      expect(row![5]).toBe('active');
    }
  });
  it('retired ids are not reused and registry ids are unique', () => {
    const seen = new Set<string>();
    for (const m of rows) {
      expect(seen.has(m[1]), `${m[1]} listed twice`).toBe(false);
      seen.add(m[1]);
      if (m[5] === 'retired') expect(rules.some((r) => r.id === m[1]), `${m[1]} is retired and must not be reused`).toBe(false);
    }
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
  });
});

describe('the docs name the catalogue as it is', () => {
  const docs = readFileSync(join(BUILTIN_RULES_DIR, '..', 'docs', 'rules.md'), 'utf8');
  const readme = readFileSync(join(BUILTIN_RULES_DIR, '..', 'README.md'), 'utf8');
  it.each(rules.map((r) => [r.id, r] as const))("%s: docs/rules.md's catalogue row has its name, severity, pillar and title", (_id, r) => {
    const row = new RegExp(`^\\| ${r.id} \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$`, 'm').exec(docs);
    expect(row, `docs/rules.md has no catalogue row for ${r.id}`).not.toBeNull();
    const [, name, severity, pillar, title] = row!.map((x) => x.trim());
    expect([name, severity, pillar]).toEqual([r.name, r.severity, r.pillar]);
    expect(title.replace(/ \*\(off by default\)\*$/, '')).toBe(r.title);
    expect(title.endsWith('*(off by default)*')).toBe(r.enabledByDefault === false);
  });
  it("the registry's default severities are the rules'", () => {
    for (const r of rules) expect(rows.find((m) => m[1] === r.id)![4], r.id).toBe(r.severity);
  });
  it('the README gives the number of rules', () => {
    expect(readme).toContain(`**${rules.length} ExpressRoute rules** in six categories`);
  });
});
