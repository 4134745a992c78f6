import { describe, expect, it, vi } from 'vitest';

// `erscan scan` as a pull-request gate runs it is read without yargs (src/cli/main.ts, quickScanArgs):
// for every such command line it must give the scan command what yargs gives it; anything else goes to
// yargs.

const captured: Record<string, unknown>[] = [];
vi.mock('../../src/cli/commands/scan.js', () => ({
  scanCommand: async (args: Record<string, unknown>) => {
    captured.push(args);
    return 0;
  },
}));

const { buildCli, main, quickScanArgs } = await import('../../src/cli/main.js');

async function viaYargs(argv: string[]): Promise<Record<string, unknown>> {
  captured.length = 0;
  await (await buildCli(argv)).parseAsync();
  expect(captured).toHaveLength(1);
  return captured[0];
}

const TAKEN: string[][] = [
  ['scan', 'examples/iac'],
  ['scan', './examples/iac', 'examples/estate', '--format', 'json,sarif,markdown', '--out', 'out'],
  ['scan', 'a.json', '--fail-on', 'HIGH', '--out', 'reports', '--format', 'sarif'],
  ['scan', 'x', '--fail-on', 'none', '--require-complete', '--fail-on-unknown'],
  // Paths that options name are there (src/cli/option-paths.ts refuses a missing one before the command runs).
  ['scan', 'infra/main.json', '--baseline', 'examples/history/2026-10-05/report.json', '--fail-on-new', '--sort', 'age', '--record-inventory'],
  ['scan', 'dir with spaces/file.json', '--config', 'examples/erscan.yaml', '--suppressions', 'examples/suppressions.yaml', '--usage', 'examples/usage.json', '--prices', 'prices/catalogue.json', '--category', 'erscan/pr', '--color'],
  ['scan', 'estate', '--out', 'a=b', '--format', 'console'],
];

const LEFT_TO_YARGS: string[][] = [
  ['scan'],
  ['scan', '--help'],
  ['scan', 'x', '-h'],
  ['scan', 'x', '--out=dir'],
  ['scan', 'x', '--no-color'],
  ['scan', 'x', '--out', 'a', '--out', 'b'],
  ['scan', 'x', '--out'],
  ['scan', 'x', '--out', '--format'],
  ['scan', 'x', '--out', ''],
  ['scan', 'x', '--fail-on', 'urgent'],
  ['scan', 'x', '--sort', 'Age'],
  ['scan', 'x', '--graph'],
  ['scan', 'x', '--rules', 'r'],
  ['scan', 'x', '--tenant', 't'],
  ['scan', 'x', '--bicep', 'bicep'],
  ['scan', '123'],
  ['scan', 'x', '--out', '0x1f'],
  ['scan', 'true'],
  ['scan', '-'],
  ['scan', 'x', '--', 'y'],
  ['scan', 'x', '--unknown-option'],
  ['cost', 'x'],
  ['rules', 'list'],
  ['--help'],
];

describe('quick scan arguments', () => {
  for (const argv of TAKEN) {
    it(`${argv.join(' ')}: what yargs gives the scan command`, async () => {
      const quick = quickScanArgs(argv);
      expect(quick).toBeDefined();
      const full = await viaYargs(argv);
      // Every key yargs sets, with its value (yargs' `$0` names the script; both say erscan).
      const { $0: _a, ...fromYargs } = full;
      const { $0: _b, ...fromQuick } = quick!;
      expect(fromQuick).toEqual(fromYargs);
      // main takes the quick path for it.
      captured.length = 0;
      await main(argv);
      expect(captured[0]).toEqual(quick);
    });
  }

  for (const argv of LEFT_TO_YARGS) {
    it(`${argv.join(' ') || '(nothing)'}: left to yargs`, () => {
      expect(quickScanArgs(argv)).toBeUndefined();
    });
  }
});
