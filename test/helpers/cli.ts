import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'erscan.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (the test script builds before vitest runs). */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'erscan-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return p;
}

/** The `erscan: error: …` lines of a run's stderr. */
export const errorLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('erscan: error:'));

/** The idle circuit the config tests scan (one row: every rule selection has something to check). */
export const IDLE_CIRCUIT_ID = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er-idle';

/**
 * A folder holding one row file (the idle circuit), and a scan of it with a config written there:
 * for tests of what a config file makes of a scan. Call `writeInput` in `beforeAll` (after the build): it returns the row file's path.
 */
export function configScans(prefix: string): { dir: string; writeInput: () => string; scanWithConfig: (config: unknown, name: string, extra?: string[]) => CliRun & { cfg: string } } {
  const dir = tempDir(prefix);
  let input: string | undefined;
  const writeInput = () => {
    input = writeJson(dir, 'rows.json', [
      {
        id: IDLE_CIRCUIT_ID,
        name: 'er-idle',
        type: 'microsoft.network/expressroutecircuits',
        location: 'westeurope',
        sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
        properties: { serviceProviderProvisioningState: 'NotProvisioned', serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } },
      },
    ]);
    return input;
  };
  const scanWithConfig = (config: unknown, name: string, extra: string[] = []) => {
    if (input === undefined) throw new Error('configScans: writeInput() first');
    const cfg = writeJson(dir, name, config);
    return { ...runCli(['scan', input, '--config', cfg, '--fail-on', 'none', ...extra]), cfg };
  };
  return { dir, writeInput, scanWithConfig };
}
