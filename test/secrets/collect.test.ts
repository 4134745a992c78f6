import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_SECRET, TEST_CA_FILE, startFakeAzure, type FakeAzure } from '../fakes/fake-azure.mjs';
import { generateEstate } from '../../src/testing/synthetic.js';
import { BIN, ensureBuilt, tempDir } from '../robustness/support.js';

/**
 * The live path: the crawler reads rows with secrets planted in every secret-bearing property
 * (service keys, shared keys, authorization keys of circuits, Global Reach, connections and vWAN
 * connections, MACsec identifiers outside Key Vault) from the fake Azure; neither the snapshot
 * `collect` writes, nor the reports of `scan --graph`, nor the --verbose request log may hold one.
 */
const MARK = 'ERSCANLIVELEAK';
const estate = generateEstate({ circuits: 60, seed: 3, secret: (p, i) => `${MARK}${p}${i}Zq` });
// Pre-shared keys under their short names, secrets under a name with a value suffix or a plural name, which the synthetic estate does not use.
for (const [i, row] of estate.rows.slice(0, 3).entries()) Object.assign(row.properties as Record<string, unknown>, { psk: `${MARK}psk${i}Zq`, ipsecPsk: `${MARK}ipsecPsk${i}Zq`, ipsecPolicies: [{ psk: `${MARK}policyPsk${i}Zq`, psk_value: `${MARK}policyPskValue${i}Zq` }], pskValue: `${MARK}pskValue${i}Zq`, sharedKeyValue: `${MARK}sharedKeyValue${i}Zq`, 'client-secret-value': `${MARK}clientSecretValue${i}Zq`, secrets: [`${MARK}secrets${i}Zq`], sharedKeys: [{ name: 'k', value: `${MARK}sharedKeys${i}Zq` }], tokens: { access: `${MARK}tokens${i}Zq` }, clientSecrets: [`${MARK}clientSecrets${i}Zq`] });
// Secrets inside strings under names that are no secret: a connection string and a SAS URL in tags.
for (const [i, row] of estate.rows.slice(0, 3).entries()) row.tags = { ...(row.tags as Record<string, unknown>), storage: `AccountName=a;AccountKey=${MARK}tagKey${i}Zq`, sas: `https://a.blob.core.windows.net/c?sv=2022-11-02&sig=${MARK}tagSig${i}Zq` };
const tenants = [...new Set(estate.subscriptions.map((s) => s.tenantId))].map((id) => ({ id }));
let fake: FakeAzure;
const dir = tempDir('erscan-collect-leak-');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res) => {
    execFile(
      process.execPath,
      [BIN, ...args, '--arm-endpoint', fake.url, '--credential', 'env'],
      {
        cwd: dir,
        env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: TEST_CA_FILE, AZURE_AUTHORITY_HOST: fake.url, AZURE_CLIENT_ID: '00000000-0000-0000-0000-00000000c11e', AZURE_TENANT_ID: tenants[0].id, AZURE_CLIENT_SECRET: CLIENT_SECRET },
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) => res({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  ensureBuilt();
  fake = await startFakeAzure({ tenants, subscriptions: estate.subscriptions, resources: estate.rows });
}, 60_000);
afterAll(async () => {
  await fake?.stop();
});

describe('live crawl: planted secrets never come out', () => {
  it('collect writes a snapshot without them, and says nothing of them', async () => {
    expect(estate.secrets.length).toBeGreaterThan(60);
    const r = await run(['collect', '--out', join(dir, 'snapshot.json'), '--verbose']);
    expect(r.stderr).toMatch(/coverage complete/);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'snapshot.json'), 'utf8');
    expect(JSON.parse(text).resources.length).toBe(estate.rows.length);
    expect(text).toContain('[redacted]');
    expect(text + r.stdout + r.stderr).not.toContain(MARK);
  }, 60_000);

  it('scan --graph with every report format writes and prints none of them', async () => {
    const out = join(dir, 'reports');
    const r = await run(['scan', '--graph', '--out', out, '--format', 'console,json,sarif,html,markdown', '--fail-on', 'none', '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(MARK);
    const files = readdirSync(out);
    expect(files.sort()).toEqual(['report.html', 'report.json', 'report.md', 'report.sarif']);
    for (const f of files) expect({ f, leaked: readFileSync(join(out, f), 'utf8').includes(MARK) }).toEqual({ f, leaked: false });
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).inventory.circuits).toBe(60);
  }, 60_000);
});
