import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CLIENT_SECRET, TEST_CA_FILE, startFakeAzure, syntheticEstate, type FakeAzure, type FakeConfig } from '../fakes/fake-azure.mjs';

/**
 * The ARM reads of a live crawl (one diagnostic settings GET per circuit, Direct port and gateway),
 * against a fake that limits reads as ARM does: a token bucket per principal and subscription (250,
 * refilled at 25 a second), reporting what is left in x-ms-ratelimit-remaining-subscription-reads.
 * As a user runs it: `node bin/erscan.js collect` in a child process.
 */
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'erscan.js');
const dir = mkdtempSync(join(tmpdir(), 'erscan-armreads-'));
let fake: FakeAzure | undefined;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

function collect(f: FakeAzure, tenant: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((res) => {
    execFile(
      process.execPath,
      [bin, 'collect', '--credential', 'env', '--arm-endpoint', f.url, ...args],
      { cwd: dir, env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: TEST_CA_FILE, AZURE_AUTHORITY_HOST: f.url, AZURE_CLIENT_ID: '00000000-0000-0000-0000-00000000c11e', AZURE_TENANT_ID: tenant, AZURE_CLIENT_SECRET: CLIENT_SECRET }, timeout: 120_000 },
      (err, _stdout, stderr) => res({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr }),
    );
  });
}

describe('diagnostic settings are read through ARM, paced by its read limit', () => {
  it("every circuit and gateway of one busy subscription is read without one 429: the crawl waits for the bucket's refill", async () => {
    // 220 circuits and 110 gateways in one subscription: 330 reads against a bucket of 250
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 220 });
    const cfg: FakeConfig = { ...estate, quota: { limit: 15, windowMs: 1000 }, armReads: { bucket: 250, refillPerSecond: 25 } };
    fake = await startFakeAzure(cfg);
    const out = join(dir, 'busy.json');
    const r = await collect(fake, estate.tenants[0].id, ['--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(fake.counters.diagnosticSettings).toBe(330);
    expect(fake.counters.armThrottled).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.coverage).toEqual({ complete: true, gaps: [] });
    const diagnosed = doc.resources.filter((x: { type: string }) => /expressroutecircuits|virtualnetworkgateways/.test(x.type));
    expect(diagnosed).toHaveLength(330);
    expect(diagnosed.every((x: { erscan?: { diagnosticSettingsCount?: number } }) => x.erscan?.diagnosticSettingsCount === 0)).toBe(true);
  }, 120_000);

  it('--no-diagnostic-settings reads none, says so, and the scan reports the diagnostics rules as not evaluated', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 2, circuitsPerTenant: 4 });
    fake = await startFakeAzure({ ...estate, quota: { limit: 15, windowMs: 1000 } });
    const out = join(dir, 'nodiag.json');
    const r = await collect(fake, estate.tenants[0].id, ['--out', out, '--no-diagnostic-settings']);
    expect(r.code, r.stderr).toBe(0);
    expect(fake.counters.diagnosticSettings).toBe(0);
    expect(r.stderr).toContain('diagnostic settings were not read (--no-diagnostic-settings): ERS-HYG-002, ERS-HYG-003 and ERS-HYG-007 are not evaluated');
    const scan = await new Promise<{ code: number; stdout: string }>((res) =>
      execFile(process.execPath, [bin, 'scan', out, '--fail-on', 'none'], { cwd: dir, env: { PATH: process.env.PATH, NO_COLOR: '1' } }, (err, stdout) => res({ code: err ? 1 : 0, stdout })),
    );
    expect(scan.code).toBe(0);
    expect(scan.stdout).toMatch(/not evaluated: ERS-HYG-002 \(needs diagnostic settings/);
    expect(scan.stdout).not.toMatch(/LOW\s+ERS-HYG-00[237] /);
  }, 60_000);
});
