import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/sources/index.js';
import { ROOT, tempDir } from '../helpers/cli.js';

// A key written twice in one object of a snapshot, Resource Graph export or ARM response was read as
// JSON.parse reads it: the last value, in silence. `"bandwidthInMbps": 500, "bandwidthInMbps": 10000`
// (a hand-edited export, two exports pasted together) was priced and judged as 10 Gbps, a value erscan
// cannot know is the right one. Templates and plans already refused such a key
// (src/sources/template/index.ts); rows now do too: the file is named with line, column and path, it is a
// coverage gap, and the other inputs are still read. A repeat inside a row of a type erscan does not read
// (a storage account's tags) changes nothing erscan reads and is left alone.

const sample = readFileSync(join(ROOT, 'test/fixtures/sample-circuit.json'), 'utf8');
const circuitName = 'er-westus-equinix';

function write(name: string, text: string): string {
  const dir = tempDir('erscan-repeated-keys-');
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The sample circuit's row text with its bandwidth written twice. */
const circuitWithTwoBandwidths = sample.replace('"bandwidthInMbps": 200', '"bandwidthInMbps": 200,\n      "bandwidthInMbps": 10000');

const names = (r: ReturnType<typeof loadInputs>) => r.output.raws.map((x) => String(x.row.name));

describe('a key written twice in a row erscan reads', () => {
  it('in a plain array of rows: the file is named (line, column, path) and not read; another input still is', () => {
    expect(circuitWithTwoBandwidths).not.toBe(sample);
    const bad = write('export.json', `[${circuitWithTwoBandwidths}]`);
    const good = write('other.json', `[${sample.replace(/er-westus-equinix/g, 'er-other')}]`);
    const r = loadInputs([bad, good]);
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/export\.json:\d+:\d+: at \$\[0\]\.properties\.serviceProviderProperties\.bandwidthInMbps: expected each key once in its object .*found "bandwidthInMbps" a second time/),
    ]);
    expect(names(r)).toEqual(['er-other']);
    expect(r.output.gaps.map((g) => g.scope)).toContain(bad);
  });

  it('in a snapshot, an ARM list response and Resource Graph output alike', () => {
    const row = circuitWithTwoBandwidths;
    const docs: Array<[string, string]> = [
      ['snapshot', `{"erscanSnapshot": 1, "tool": {"name": "erscan", "version": "0.1.0"}, "generatedAt": "2026-11-20T02:00:00.000Z", "coverage": {"complete": true, "gaps": []}, "subscriptions": [], "resources": [${row}]}`],
      ['arm list', `{"value": [${row}]}`],
      ['az graph query', `{"count": 1, "data": [${row}], "skip_token": null, "total_records": 1}`],
    ];
    for (const [what, text] of docs) {
      const r = loadInputs([write('input.json', text)]);
      expect(r.errors.map((e) => e.message), what).toEqual([expect.stringMatching(/input\.json:\d+:\d+: at \$\.(resources|value|data)\[0\]\.properties\.serviceProviderProperties\.bandwidthInMbps: expected each key once/)]);
      expect(names(r), what).not.toContain(circuitName);
    }
  });

  it('outside the rows (the list itself written twice)', () => {
    const r = loadInputs([write('list.json', `{"value": [], "value": [${sample}]}`)]);
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/list\.json:1:\d+: at \$\.value: expected each key once/)]);
  });
});

describe('what is not a key written twice', () => {
  it('a repeat inside a row of a type erscan does not read is left alone', () => {
    const storage = '{"id": "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1", "name": "st1", "type": "microsoft.storage/storageaccounts", "tags": {"a": "1", "a": "2"}}';
    const r = loadInputs([write('mixed.json', `[${storage}, ${sample}]`)]);
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual([circuitName]);
  });

  it('colons in keys and values, written plainly or escaped, are no repeat', () => {
    const row = sample.replace('"env": "prod"', '"a:b": "x:y:z", "c": "\\u003a\\u003a", "d\\u003a": "https://example.com:443/p?q=1:2"');
    expect(row).not.toBe(sample);
    const r = loadInputs([write('colons.json', `[${row}]`)]);
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual([circuitName]);
  });

  it('a long key is named cut short, as other quoted input is', () => {
    const key = `k${'x'.repeat(5000)}`;
    const r = loadInputs([write('long-key.json', `[${sample.replace('"env": "prod"', `"${key}": "1", "${key}": "2"`)}]`)]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message.length).toBeLessThan(500 + r.errors[0].message.indexOf(' a second time'));
    expect(r.errors[0].message).not.toContain(key);
  });
});
