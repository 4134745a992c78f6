import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { loadInputs } from '../../src/sources/index.js';
import { clearTfCache } from '../../src/sources/template/terraform/hcl.js';
import { LineMap } from '../../src/util/json.js';

// Findings in templates are placed on lines (SARIF region.startLine / startColumn). A line ends at LF,
// CRLF or a lone CR, as editors, GitHub and upload-sarif's line hashes count them; a UTF-8 byte-order
// mark does not shift the first line's columns.

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'erscan-eol-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BOM = '\ufeff';
const VARIANTS: Record<string, (lfText: string) => string> = {
  lf: (t) => t,
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  cr: (t) => t.replace(/\n/g, '\r'),
  'bom+crlf': (t) => BOM + t.replace(/\n/g, '\r\n'),
};

/** The findings (rule, file name, line, column) of a folder, as the scan places them. */
function placed(folder: string): [string, string, number, number][] {
  clearTfCache();
  const { output, errors } = loadInputs([folder]);
  expect(errors).toEqual([]);
  const { inventory } = buildInventory(output.raws);
  return runRules(inventory, loadRules().filter((r) => r.id === 'ERS-RED-001' || r.id === 'ERS-RED-004'))
    .findings.filter((f) => f.location)
    .map((f) => [f.ruleId, f.location!.file.slice(folder.length + 1), f.location!.line, f.location!.column] as [string, string, number, number])
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

function writeVariant(folder: string, files: Record<string, string>, variant: (t: string) => string): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), variant(text), 'utf8');
  }
}

describe('template positions and line endings', () => {
  // The bundled example: an ARM template (findings on line 240) and a Terraform plan with its main.tf (line 88).
  const example = Object.fromEntries(
    ['arm/expressroute.json', 'arm/expressroute.parameters.json', 'terraform/main.tf', 'terraform/plan.json'].map((f) => [f, readFileSync(join(root, 'examples/iac', f), 'utf8')]),
  );

  it('places findings on the same late line and column whatever the line endings (LF, CRLF, lone CR, with a BOM)', () => {
    const expected = placed(
      (() => {
        const f = join(dir, 'example-lf');
        writeVariant(f, example, VARIANTS.lf);
        return f;
      })(),
    );
    expect(expected).toEqual([
      ['ERS-RED-001', 'arm/expressroute.json', 240, 5],
      ['ERS-RED-001', 'terraform/main.tf', 88, 1],
      ['ERS-RED-004', 'arm/expressroute.json', 240, 5],
      ['ERS-RED-004', 'terraform/main.tf', 88, 1],
    ]);
    for (const [name, variant] of Object.entries(VARIANTS)) {
      const folder = join(dir, `example-${name}`);
      writeVariant(folder, example, variant);
      expect([name, placed(folder)]).toEqual([name, expected]);
    }
  });

  it('does not shift the first line by a byte-order mark: a minified template and a resource block on line 1', () => {
    const arm = JSON.parse(example['arm/expressroute.json']) as unknown;
    const minified = { 'arm/expressroute.json': JSON.stringify(arm), 'arm/expressroute.parameters.json': example['arm/expressroute.parameters.json'] };
    const tf = example['terraform/main.tf'];
    // The gateway's block moved to the top of main.tf: the finding is on line 1, column 1.
    const block = tf.slice(tf.indexOf('resource "azurerm_virtual_network_gateway" "er"'));
    const end = block.indexOf('\n}\n') + 3;
    const top = { 'terraform/main.tf': block.slice(0, end) + tf.replace(block.slice(0, end), ''), 'terraform/plan.json': example['terraform/plan.json'] };
    const plain = join(dir, 'first-line');
    const marked = join(dir, 'first-line-bom');
    writeVariant(plain, { ...minified, ...top }, (t) => t);
    writeVariant(marked, { ...minified, ...top }, (t) => BOM + t);
    const withoutBom = placed(plain);
    expect(withoutBom.filter((f) => f[1] === 'terraform/main.tf')).toEqual([
      ['ERS-RED-001', 'terraform/main.tf', 1, 1],
      ['ERS-RED-004', 'terraform/main.tf', 1, 1],
    ]);
    expect(withoutBom.filter((f) => f[1] === 'arm/expressroute.json').map((f) => f[2])).toEqual([1, 1]);
    expect(placed(marked)).toEqual(withoutBom);
  });

  it('LineMap counts LF, CRLF and a lone CR as one line end each', () => {
    const text = 'a\nb\r\nc\rd';
    const at = (s: string) => new LineMap(text).position(text.indexOf(s));
    expect([at('a'), at('b'), at('c'), at('d')]).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    // The CR of a CRLF ends its line: it is not a line of its own.
    expect(new LineMap(text).position(text.indexOf('\r'))).toEqual({ line: 2, column: 2 });
  });
});
