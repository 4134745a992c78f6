import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

/** examples/estate/northwind-rows.json with its first circuit's name followed by `suffix`, in a new folder. */
function renamedCircuit(suffix: string): { dir: string; file: string; plain: string } {
  const dir = tempDir();
  const rows = JSON.parse(readFileSync('examples/estate/northwind-rows.json', 'utf8')) as { type: string; name: string }[];
  const circuit = rows.find((x) => /expressroutecircuits$/i.test(x.type))!;
  const plain = circuit.name;
  circuit.name = `${plain}${suffix}`;
  const file = join(dir, 'rows.json');
  writeFileSync(file, JSON.stringify(rows));
  return { dir, file, plain };
}

// The console is what a PR gate's log shows: an undecided finding (a template leaves a value to other
// files) must read as undecided, not as one more failure, since it does not fail the run by default.
describe('console report', () => {
  it('marks undecided findings and counts them apart from failures', () => {
    const r = runCli(['scan', 'examples/iac', '--fail-on', 'high']);
    // ERS-RED-004 fails (high) on both hub gateways: exit 1; ERS-RED-001 on the ARM hub is undecided, and so is
    // ERS-SKU-007 on its connection, which does not set FastPath, and ERS-BGP-004 on its peering, which does not set
    // its state (neither has a documented default); and ERS-RED-001 on the Terraform hub, whose second location is a
    // circuit the files declare no Azure private peering of.
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const red001 = lines.find((l) => /ERS-RED-001 ergw-weu-hub/.test(l));
    expect(red001).toMatch(/\[undecided\]$/);
    for (const l of lines.filter((x) => /ERS-RED-004/.test(x))) expect(l).not.toMatch(/undecided/);
    expect(r.stdout).toMatch(/^Findings: 7 \(4 high, 3 medium\), of which 5 undecided \(not failures: they gate only with --fail-on-unknown\)$/m);
  });

  it('an undecided finding alone does not fail the run unless asked', () => {
    const only = ['--config', 'test/fixtures/config/red-001-only.yaml'];
    expect(runCli(['scan', 'examples/iac/arm', ...only]).code).toBe(0);
    expect(runCli(['scan', 'examples/iac/arm', ...only, '--fail-on-unknown']).code).toBe(1);
  });
});

describe('console report of hostile names', () => {
  it('writes control characters from the inputs visibly (\\u001b), never as escape sequences the terminal runs', () => {
    const dir = tempDir();
    const file = join(dir, 'rows.json');
    const gw = { id: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw1', name: 'gw\u001b[2Jx', type: 'Microsoft.Network/virtualNetworkGateways', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'Standard', tier: 'Standard' } } };
    writeFileSync(file, JSON.stringify([gw]));
    const r = runCli(['scan', file, '--fail-on', 'none', '--format', 'console']);
    expect(r.stdout).not.toContain('\u001b[2J');
    expect(r.stdout).toContain('gw\\u001b[2Jx');
  });

  it('the Markdown and HTML reports, erscan diff and error lines show them the same way', () => {
    const { dir, file, plain } = renamedCircuit('\u001b[31m\u0008');
    const out = join(dir, 'out');
    const r = runCli(['scan', file, '--out', out, '--format', 'markdown,html', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    for (const name of ['report.md', 'report.html']) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(text, name).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    // Markdown escapes the backslash it writes, so the page shows \u001b.
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain(`${plain}\\\\u001b\\[31m\\\\u0008`);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain(`${plain}\\u001b[31m\\u0008`);
    const d = runCli(['diff', file, 'examples/estate/northwind-rows.json']);
    expect(d.stdout).toContain(`${plain}\\u001b[31m\\u0008`);
    expect(d.stdout).not.toContain('\u001b[31m');
    // An error line quoting a file's name.
    const bad = join(dir, 'bad\u001b[2J.json');
    writeFileSync(bad, '{');
    const e = runCli(['scan', bad, '--out', join(dir, 'o2'), '--format', 'json']);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('bad\\u001b[2J.json');
    expect(e.stderr).not.toContain('\u001b[2J');
  });

  it('writes bidirectional overrides from names visibly: a name cannot reverse the text after it (HTML, Markdown, console)', () => {
    // right-to-left letters stay as they are; the override and the isolate are written visibly
    const { dir, file, plain } = renamedCircuit('-دائرة\u202e\u2067');
    const out = join(dir, 'out');
    const r = runCli(['scan', file, '--out', out, '--format', 'console,markdown,html', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    for (const [name, text] of [['console', r.stdout], ['report.md', readFileSync(join(out, 'report.md'), 'utf8')], ['report.html', html]]) expect(text, name).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(html).toContain(`${plain}-دائرة\\u202e\\u2067`);
    expect(r.stdout).toContain(`${plain}-دائرة\\u202e\\u2067`);
  });

  it('writes line feeds from names and file names visibly too: a CI log never gets a line of their own (a workflow command)', () => {
    const dir = join(tempDir(), 'infra');
    mkdirSync(dir);
    const gw = { id: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw1', name: 'gw\n::error title=forged::x', type: 'Microsoft.Network/virtualNetworkGateways', location: 'westeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'Standard', tier: 'Standard' } } };
    writeFileSync(join(dir, 'rows.json'), JSON.stringify([gw]));
    // A file whose name holds a line feed: a coverage gap naming it on one line (it was an internal error, exit 70).
    writeFileSync(join(dir, 'bad\n::warning title=forged::x.json'), '{');
    const r = runCli(['scan', dir, '--fail-on', 'none', '--format', 'console']);
    expect(r.code).toBe(2);
    for (const text of [r.stdout, r.stderr]) expect(text).not.toMatch(/^\s*::/m);
    expect(r.stdout).toContain('gw\\u000a::error title=forged::x');
    expect(r.stderr).toContain('bad\\u000a::warning title=forged::x.json:1:2: expected');
    expect(r.stderr).not.toMatch(/internal error/);
    // erscan diff prints names too (a drift gate's log).
    const { file } = renamedCircuit('\n::error title=forged::x');
    const d = runCli(['diff', 'examples/estate/northwind-rows.json', file]);
    expect(d.stdout).not.toMatch(/^\s*::/m);
    expect(d.stdout).toContain('\\u000a::error title=forged::x');
  });
});
