import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, writeJson } from '../helpers/cli.js';
import { ensureBuilt } from '../robustness/support.js';
import { auditCatalogue, type PriceCatalogue } from '../../src/pricing/catalogue.js';

/**
 * The same price given twice in a --prices file (the same circuit, egress zone, gateway SKU and region…)
 * was taken silently, the later one winning for circuits and the earlier one elsewhere: which figure a
 * report used depended on the order of the file. It is refused, naming the file and both entries.
 */

const dir = tempDir('erscan-dup-prices-');
const bundled = (): PriceCatalogue => {
  const c = JSON.parse(readFileSync(join(ROOT, 'prices', 'catalogue.json'), 'utf8'));
  delete c.$schema;
  return c;
};
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('erscan: error: '));

beforeAll(() => ensureBuilt());

describe('duplicate prices', () => {
  it.each([
    ['circuits', (c: PriceCatalogue) => c.circuits.push({ ...c.circuits[0], monthlyUsd: 1 }), (c: PriceCatalogue) => `$.circuits[${c.circuits.length - 1}]`, '$.circuits[0]'],
    ['egress', (c: PriceCatalogue) => c.egress.push({ ...c.egress[1], usdPerGb: 0.001 }), (c: PriceCatalogue) => `$.egress[${c.egress.length - 1}]`, '$.egress[1]'],
    ['premiumAddOn', (c: PriceCatalogue) => c.premiumAddOn.push({ ...c.premiumAddOn[0] }), (c: PriceCatalogue) => `$.premiumAddOn[${c.premiumAddOn.length - 1}]`, '$.premiumAddOn[0]'],
    ['gateways (SKU and region in another case)', (c: PriceCatalogue) => c.gateways.push({ ...c.gateways[0], sku: c.gateways[0].sku.toUpperCase(), region: c.gateways[0].region.toUpperCase() }), (c: PriceCatalogue) => `$.gateways[${c.gateways.length - 1}]`, '$.gateways[0]'],
    ['globalReach.perGb', (c: PriceCatalogue) => c.globalReach.perGb.push({ ...c.globalReach.perGb[0] }), (c: PriceCatalogue) => `$.globalReach.perGb[${c.globalReach.perGb.length - 1}]`, '$.globalReach.perGb[0]'],
  ])('%s: a second figure for the same thing is exit 2 naming both', (_what, add, at, first) => {
    const cat = bundled();
    add(cat);
    const file = writeJson(dir, 'dup.json', cat);
    for (const command of ['cost', 'scan']) {
      const r = runCli([command, join(ROOT, 'examples', 'estate'), '--prices', file, '--fail-on', 'none']);
      expect(r.code).toBe(2);
      const lines = errorLines(r.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${file}: at ${at(cat)}: expected one price for `);
      expect(lines[0]).toContain(`as ${first}`);
    }
  });

  it('the bundled catalogue has none', () => {
    expect(auditCatalogue(bundled()).errors).toEqual([]);
  });
});

// A key written twice in one object of a --prices file (`"monthlyUsd": 436, "monthlyUsd": 43.6`, a hand edit)
// was read as JSON.parse reads it, the last value in silence; the check above sees the parsed value only.
describe('a key written twice in a --prices file', () => {
  it('is exit 2 naming the line, column and path', () => {
    const text = readFileSync(join(ROOT, 'prices', 'catalogue.json'), 'utf8');
    const at = text.indexOf('"monthlyUsd"');
    expect(at).toBeGreaterThan(0);
    const file = join(dir, 'repeated-key.json');
    writeFileSync(file, `${text.slice(0, at)}"monthlyUsd": 1, ${text.slice(at)}`);
    const r = runCli(['cost', join(ROOT, 'examples', 'estate'), '--prices', file, '--fail-on', 'none']);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/repeated-key\.json:\d+:\d+: at \$\.circuits\[0\]\.monthlyUsd: expected each property once in its object, found it a second time/)]);
  });
});
