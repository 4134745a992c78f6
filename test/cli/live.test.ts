import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_SECRET, GITHUB_REQUEST_TOKEN, TEST_CA_FILE, startFakeAzure, syntheticEstate, type FakeAzure, type FakeConfig } from '../fakes/fake-azure.mjs';
import { BIN, ROOT } from '../helpers/cli.js';
import { ensureBuilt } from '../robustness/support.js';

/**
 * A live scan that read nothing never passes: `collect` and `scan --graph` as a user runs them,
 * against the fake Azure (real @azure/identity credentials signing in at its Entra endpoint, the
 * real Resource Graph client over HTTPS on loopback).
 */
let dir: string;
let fake: FakeAzure | undefined;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'erscan-live-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function start(cfg: FakeConfig): Promise<FakeAzure> {
  fake = await startFakeAzure({ quota: { limit: 50, windowMs: 1000 }, ...cfg });
  return fake;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(f: FakeAzure, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((res) => {
    execFile(
      process.execPath,
      [BIN, ...args, '--arm-endpoint', f.url],
      {
        cwd: dir,
        env: {
          PATH: process.env.PATH,
          NODE_EXTRA_CA_CERTS: TEST_CA_FILE,
          AZURE_AUTHORITY_HOST: f.url,
          AZURE_CLIENT_ID: '00000000-0000-0000-0000-00000000c11e',
          ...env,
        },
        timeout: 60_000,
      },
      (err, stdout, stderr) => res({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The environment each credential kind signs in with (the fake refuses them all when told to). */
function credentialEnv(kind: string, f: FakeAzure, tenant: string): Record<string, string> {
  switch (kind) {
    case 'env':
      return { AZURE_TENANT_ID: tenant, AZURE_CLIENT_SECRET: CLIENT_SECRET };
    case 'default':
      // The environment credential only: the chain never reaches for a managed identity endpoint.
      return { AZURE_TENANT_ID: tenant, AZURE_CLIENT_SECRET: CLIENT_SECRET, AZURE_TOKEN_CREDENTIALS: 'EnvironmentCredential' };
    case 'github-oidc':
      return { AZURE_TENANT_ID: tenant, ACTIONS_ID_TOKEN_REQUEST_URL: `${f.url}/github/oidc-token?runner=1`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: GITHUB_REQUEST_TOKEN };
    case 'workload-identity': {
      const file = join(dir, 'federated-token');
      writeFileSync(file, 'not-a-github-token');
      return { AZURE_TENANT_ID: tenant, AZURE_FEDERATED_TOKEN_FILE: file };
    }
    case 'cli':
      // No Azure CLI on the PATH: the credential cannot sign in.
      return { AZURE_TENANT_ID: tenant, PATH: dirname(process.execPath) };
    default:
      throw new Error(kind);
  }
}

describe('every tenant refuses sign-in: exit 2 naming each tenant and the credential, nothing written', () => {
  it.each(['env', 'default', 'github-oidc', 'workload-identity', 'cli'])('--credential %s, collect and scan --graph', async (kind) => {
    const estate = syntheticEstate({ tenants: 2, subscriptionsPerTenant: 2, circuitsPerTenant: 4 });
    for (const t of estate.tenants) t.loginFails = true;
    const f = await start(estate);
    const [a, b] = estate.tenants.map((t) => t.id);
    const env = credentialEnv(kind, f, a);

    const out = join(dir, `never-${kind}.json`);
    const collect = await run(f, ['collect', '--out', out, '--credential', kind, '--tenant', a, '--tenant', b], env);
    expect(collect.code).toBe(2);
    const lines = collect.stderr.split('\n').filter((l) => l.startsWith('erscan: error: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`could not sign in with --credential ${kind} to any of the 2 tenants`);
    expect(lines[0]).toContain(`tenant ${a}: `);
    expect(lines[0]).toContain(`tenant ${b}: `);
    expect(collect.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(existsSync(out)).toBe(false);

    const reports = join(dir, `reports-${kind}`);
    const scan = await run(f, ['scan', '--graph', '--credential', kind, '--tenant', a, '--format', 'json,sarif', '--out', reports, '--fail-on', 'none'], env);
    expect(scan.code).toBe(2);
    expect(scan.stderr).toMatch(new RegExp(`erscan: error: could not sign in with --credential ${kind} to the tenant, so nothing was read \\(tenant ${a}: `));
    expect(existsSync(join(reports, 'report.json'))).toBe(false);
    expect(existsSync(join(reports, 'report.sarif'))).toBe(false);
  });

  it('the home tenant alone (no --tenant): the failed discovery does not hide the refusal', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 1 });
    estate.tenants[0].loginFails = true;
    const f = await start(estate);
    const r = await run(f, ['collect', '--out', join(dir, 'home.json'), '--credential', 'env'], credentialEnv('env', f, estate.tenants[0].id));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`could not sign in with --credential env to the tenant, so nothing was read \\(tenant ${estate.tenants[0].id}: .*AADSTS700016`));
    expect(existsSync(join(dir, 'home.json'))).toBe(false);
  });
});

describe('signed in, but no subscription readable: exit 3, never a clean pass', () => {
  it('an identity without any role (collect and scan --graph, with or without --require-complete)', async () => {
    const tenant = '0000000a-0000-4000-8000-00000000000a';
    const f = await start({ tenants: [{ id: tenant }], subscriptions: [], resources: [] });
    const env = credentialEnv('env', f, tenant);
    const out = join(dir, 'norole.json');
    const collect = await run(f, ['collect', '--out', out, '--credential', 'env'], env);
    expect(collect.code).toBe(3);
    expect(collect.stderr).toMatch(new RegExp(`erscan: error: no subscription readable: --credential env signed in to tenant ${tenant}, but no subscription in scope is visible to it`));
    expect(existsSync(out)).toBe(false);
    const scan = await run(f, ['scan', '--graph', '--credential', 'env', '--fail-on', 'none', '--format', 'json', '--out', join(dir, 'norole-reports')], env);
    expect(scan.code).toBe(3);
    expect(scan.stderr).toMatch(/no subscription readable/);
    expect(existsSync(join(dir, 'norole-reports', 'report.json'))).toBe(false);
  });

  it('the named subscriptions are not visible to the identity', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 1 });
    const f = await start(estate);
    const r = await run(f, ['collect', '--out', join(dir, 'invisible.json'), '--credential', 'env', '--subscription', '99999999-9999-4999-8999-999999999999'], credentialEnv('env', f, estate.tenants[0].id));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no subscription readable: .*subscription 99999999-9999-4999-8999-999999999999: not visible to the signed-in identity/);
  });

  it('one tenant refuses, the other signs in but sees nothing: still exit 3 (some sign-in worked)', async () => {
    const t1 = '0000000b-0000-4000-8000-00000000000b';
    const t2 = '0000000c-0000-4000-8000-00000000000c';
    const f = await start({ tenants: [{ id: t1 }, { id: t2, loginFails: true }], subscriptions: [], resources: [] });
    const r = await run(f, ['collect', '--out', join(dir, 'mixed.json'), '--credential', 'env', '--tenant', t1, '--tenant', t2], credentialEnv('env', f, t1));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`no subscription readable: .*tenant ${t1}.*tenant ${t2}: sign-in failed`));
  });
});

describe('subscriptions listed, but every query over them refused: exit 3, no report', () => {
  it('a 403 on every ExpressRoute query (collect and scan --graph) is "nothing read", never "no ExpressRoute resources"', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 2, circuitsPerTenant: 2 });
    const f = await start({ ...estate, faults: [{ match: { kind: 'resources' }, action: 'status', status: 403, code: 'AuthorizationFailed' }] });
    const env = credentialEnv('env', f, estate.tenants[0].id);
    const out = join(dir, 'refused-everywhere.json');
    const collect = await run(f, ['collect', '--out', out, '--credential', 'env'], env);
    expect(collect.code).toBe(3);
    expect(collect.stderr).toMatch(/erscan: error: nothing read: --credential env signed in to tenant .* and listed 2 subscriptions, but no query over them could be read; .*HTTP 403 AuthorizationFailed/);
    expect(existsSync(out)).toBe(false);
    const reports = join(dir, 'refused-everywhere');
    const scan = await run(f, ['scan', '--graph', '--credential', 'env', '--fail-on', 'none', '--format', 'json', '--out', reports], env);
    expect(scan.code).toBe(3);
    expect(scan.stderr).not.toMatch(/no ExpressRoute resources/);
    expect(existsSync(join(reports, 'report.json'))).toBe(false);
    expect(collect.stderr + scan.stderr).not.toContain(CLIENT_SECRET);
  });
});

describe('an incomplete live scan never passes for a complete one in SARIF', () => {
  it('some tenants refuse: their gaps are error notifications and executionSuccessful is false; a complete crawl is true', async () => {
    const estate = syntheticEstate({ tenants: 2, subscriptionsPerTenant: 2, circuitsPerTenant: 4 });
    estate.tenants[1].loginFails = true;
    const f = await start(estate);
    const [a, b] = estate.tenants.map((t) => t.id);
    const env = credentialEnv('env', f, a);
    const partial = join(dir, 'partial-sarif');
    const r = await run(f, ['scan', '--graph', '--credential', 'env', '--tenant', a, '--tenant', b, '--format', 'sarif,json', '--out', partial, '--fail-on', 'none', '--category', 'erscan/live'], env);
    expect(r.code).toBe(0); // gaps exit 3 only with --require-complete
    const sarif = JSON.parse(readFileSync(join(partial, 'report.sarif'), 'utf8'));
    const inv = sarif.runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toContainEqual({ level: 'error', message: { text: expect.stringMatching(new RegExp(`^Coverage gap: tenant ${b} could not be read or checked in full \\(sign-in failed: .*AADSTS700016`)) }, descriptor: { id: 'coverage-gap' } });
    expect(sarif.runs[0].results.length).toBeGreaterThan(0); // what was read is still reported

    const complete = join(dir, 'complete-sarif');
    const ok = await run(f, ['scan', '--graph', '--credential', 'env', '--tenant', a, '--format', 'sarif', '--out', complete, '--fail-on', 'none'], env);
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(join(complete, 'report.sarif'), 'utf8')).runs[0].invocations[0].executionSuccessful).toBe(true);
  });
});

describe('the crawler takes its own options type', () => {
  it('nothing under src/sources imports src/cli (no import cycle)', () => {
    const files = readdirSync(join(ROOT, 'src', 'sources'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files).toContain(join('graph', 'cli.ts'));
    for (const f of files) expect(readFileSync(join(ROOT, 'src', 'sources', f), 'utf8'), f).not.toMatch(/from '(\.\.\/)+cli\//);
  });
});

describe('a sign-in authority that takes the connection and never answers', () => {
  it('is given up after the sign-in timeout: the tenant is refused with that reason (exit 2), never a silent hang', async () => {
    const { createServer } = await import('node:net');
    const held: import('node:net').Socket[] = [];
    const server = createServer((socket) => void held.push(socket)); // accepts, never answers (not even TLS)
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
    const port = (server.address() as import('node:net').AddressInfo).port;
    try {
      const started = Date.now();
      const r = await new Promise<Run>((res) => {
        execFile(
          process.execPath,
          [BIN, 'scan', '--graph', '--credential', 'env', '--fail-on', 'none'],
          {
            cwd: dir,
            env: {
              PATH: process.env.PATH,
              ERSCAN_SIGN_IN_TIMEOUT_MS: '1500',
              AZURE_AUTHORITY_HOST: `https://127.0.0.1:${port}`,
              AZURE_TENANT_ID: '00000000-0000-0000-0000-0000000000aa',
              AZURE_CLIENT_ID: '00000000-0000-0000-0000-00000000c11e',
              AZURE_CLIENT_SECRET: 'not-a-secret',
            },
            timeout: 60_000,
          },
          (err, stdout, stderr) => res({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        );
      });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/could not sign in with --credential env .*no answer from the sign-in authority within 2 s \(the request was abandoned\)/);
      expect(Date.now() - started).toBeLessThan(30_000);
      // The home tenant is signed in to once: its sign-in for listing tenants timed out, and it is refused
      // with that reason instead of waiting for a second timeout.
      expect(held.length, 'connections to the sign-in authority').toBe(1);
      expect(r.stderr.match(/no answer from the sign-in authority/g)?.length ?? 0).toBeGreaterThan(0);
    } finally {
      for (const s of held) s.destroy();
      server.close();
    }
  }, 60_000);
});
