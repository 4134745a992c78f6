import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../src/sources/snapshot.js';
import { withoutTokens } from '../../src/sources/graph/client.js';
import { CLIENT_SECRET, GITHUB_REQUEST_TOKEN, MSI_HEADER, TEST_CA_FILE, startFakeAzure, syntheticEstate, type FakeAzure, type FakeConfig } from '../fakes/fake-azure.mjs';

/**
 * End to end, as a user runs it: `node bin/erscan.js collect|scan --graph` in a child process, real
 * @azure/identity credentials (client secret, GitHub OIDC assertion) signing in at the fake's Entra
 * endpoint (AZURE_AUTHORITY_HOST), the real ResourceGraphClient talking HTTPS to the fake
 * (--arm-endpoint), the fake's certificate trusted through NODE_EXTRA_CA_CERTS. No test-only path.
 */
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'erscan.js');
let dir: string;
let fake: FakeAzure | undefined;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'sources', 'graph', 'cli.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'erscan-graph-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function start(cfg: Partial<FakeConfig> & { estate: ReturnType<typeof syntheticEstate> }) {
  fake = await startFakeAzure({ quota: { limit: 15, windowMs: 1000 }, ...cfg.estate, ...cfg });
  return fake;
}

function run(f: FakeAzure, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res) => {
    execFile(
      process.execPath,
      [bin, ...args, ...(args.includes('--arm-endpoint') ? [] : ['--arm-endpoint', f.url])],
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
const secretEnv = (tenant: string) => ({ AZURE_TENANT_ID: tenant, AZURE_CLIENT_SECRET: CLIENT_SECRET });

describe('erscan collect / scan --graph against the fake Azure', () => {
  it('collect discovers the tenants, crawls every page and writes a valid, secret-free snapshot that scan reads', async () => {
    const estate = syntheticEstate({ tenants: 3, subscriptionsPerTenant: 40, circuitsPerTenant: 600 });
    const f = await start({ estate });
    const out = join(dir, 'estate.json');
    const r = await run(f, ['collect', '--out', out, '--credential', 'env'], secretEnv(estate.tenants[0].id));
    expect(r.stderr).toMatch(/coverage complete/);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/SECRET-|fake-client-secret|"fake\./);
    const doc = JSON.parse(text);
    const snap = loadSnapshot(out, doc); // validates against schemas/snapshot.schema.json
    const expected = estate.resources.filter((x) => x.properties.gatewayType !== 'Vpn').length;
    expect(snap.raws).toHaveLength(expected);
    expect(new Set(doc.resources.map((x: { id: string }) => x.id.toLowerCase())).size).toBe(expected);
    expect(doc.subscriptions).toHaveLength(120);
    expect(doc.scope.tenants).toEqual(estate.tenants.map((t) => t.id).sort());
    expect(doc.coverage).toEqual({ complete: true, gaps: [] });
    expect(f.graphRequests().some((e) => (e.page ?? 0) > 1)).toBe(true); // 1,200 rows per tenant: two pages
    expect(f.counters.scopeChanges).toBe(0);

    const scan = await run(f, ['scan', out, '--format', 'json', '--out', join(dir, 'rep'), '--fail-on', 'none']);
    expect(scan.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'rep', 'report.json'), 'utf8'));
    expect(report.inventory.circuits).toBe(1800);
    expect(report.inventory.tenants).toBe(3);
    expect(report.coverage.complete).toBe(true);
  }, 90_000);

  it('a tenant that refuses sign-in is a coverage gap: the rest is written, --require-complete exits 3', async () => {
    const estate = syntheticEstate({ tenants: 2, subscriptionsPerTenant: 3, circuitsPerTenant: 10 });
    estate.tenants[1].loginFails = true;
    const f = await start({ estate });
    const out = join(dir, 'partial.json');
    const [a, b] = estate.tenants.map((t) => t.id);
    const r = await run(f, ['collect', '--out', out, '--credential', 'env', '--tenant', a, '--tenant', b, '--require-complete'], secretEnv(a));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`coverage gap: tenant ${b}: sign-in failed: .*AADSTS700016`));
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.coverage.complete).toBe(false);
    expect(doc.coverage.gaps).toEqual([{ scope: `tenant ${b}`, reason: expect.stringMatching(/sign-in failed/) }]);
    expect(doc.resources.every((x: { tenantId: string }) => x.tenantId === a)).toBe(true);
    expect(doc.resources).toHaveLength(20);
  });

  it('tenants that could not be listed are a coverage gap (was a note, and coverage complete): --require-complete exits 3', async () => {
    const estate = syntheticEstate({ tenants: 2, subscriptionsPerTenant: 2, circuitsPerTenant: 4 });
    const f = await start({ estate, faults: [{ match: { kind: 'tenants' }, action: 'status', status: 403, code: 'AuthorizationFailed' }] });
    const out = join(dir, 'tenants-unlisted.json');
    const r = await run(f, ['collect', '--out', out, '--credential', 'env', '--require-complete', '--no-diagnostic-settings'], secretEnv(estate.tenants[0].id));
    expect(r.code).toBe(3);
    const gap = { scope: "the signed-in identity's tenants", reason: 'could not be listed (GET /tenants: HTTP 403 AuthorizationFailed: Injected fault.); only its home tenant was crawled, and any other tenant it belongs to is not covered: name the tenants with --tenant (or graph.tenants in the config)' };
    expect(r.stderr).toContain(`coverage gap: ${gap.scope}: ${gap.reason}`);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(loadSnapshot(out, doc).raws).toHaveLength(8); // the home tenant's rows, in a valid snapshot
    expect(doc.coverage).toEqual({ complete: false, gaps: [gap] });
  });

  it('an access token a server quotes back in its error reaches no log, gap, snapshot or report (--verbose included)', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 3, circuitsPerTenant: 6 });
    const sub = estate.subscriptions[1].subscriptionId;
    const f = await start({ estate, faults: [{ match: { kind: 'resources', subscription: sub }, action: 'status', status: 403, code: 'AuthorizationFailed', echoAuthorization: true }] });
    const outDir = join(dir, 'echo');
    const r = await run(f, ['scan', '--graph', '--credential', 'env', '--format', 'json,sarif,html,markdown,console', '--out', outDir, '--fail-on', 'none', '--verbose'], secretEnv(estate.tenants[0].id));
    expect(r.code).toBe(0);
    const report = readFileSync(join(outDir, 'report.json'), 'utf8');
    expect(JSON.parse(report).coverage.gaps).toEqual([{ scope: `tenant ${estate.tenants[0].id} subscription ${sub}`, reason: expect.stringContaining("Injected fault 403: the header 'Bearer [redacted]' was refused.") }]);
    const written = ['report.json', 'report.sarif', 'report.html', 'report.md'].map((n) => readFileSync(join(outDir, n), 'utf8')).join('\n');
    for (const text of [written, r.stdout, r.stderr]) expect(text).not.toMatch(/fake\.[A-Za-z0-9_-]{20,}/);
    expect(r.stderr).toMatch(/Bearer \[redacted\]/); // the verbose log printed the failure, without the token
    expect(withoutTokens('token eyJhbGciOiJSUzI1NiJ9.eyJ0aWQiOiJ4In0.c2lnbmF0dXJl was refused')).toBe('token [redacted token] was refused');
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJ0aWQiOiJ4In0.c2lnbmF0dXJl';
    const opaque = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4';
    expect(withoutTokens(`GET /x?access_token%3D${jwt}&y=1`)).toBe('GET /x?access_token%3D[redacted token]&y=1');
    expect(withoutTokens(`Authorization=Bearer%20${jwt}`)).toBe('Authorization=Bearer%20[redacted token]');
    expect(withoutTokens(`Bearer: ${opaque}; Bearer=${opaque} Basic ${opaque}==`)).toBe('Bearer: [redacted]; Bearer=[redacted] Basic [redacted]');
    expect(withoutTokens(`{"access_token": "${opaque}", "refresh_token":"${opaque}"}`)).toBe('{"access_token": "[redacted]", "refresh_token":"[redacted]"}');
    // Prose and a challenge's parameters are kept.
    expect(withoutTokens('the Bearer token expired')).toBe('the Bearer token expired');
    expect(withoutTokens('WWW-Authenticate: Bearer authorization_uri="https://login.microsoftonline.com/t", error="invalid_token"')).toBe('WWW-Authenticate: Bearer authorization_uri="https://login.microsoftonline.com/t", error="invalid_token"');
  });

  it('a row Resource Graph sent without an id, or that is not an object, is a gap naming what it holds; the rest is written', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 2, gateways: false });
    const f = await start({ estate, faults: [{ match: { kind: 'resources' }, action: 'rewrite', rewrite: (p) => ({ ...p, data: [null, { ...p.data[0], id: undefined }, ...p.data.slice(1)], count: 3, totalRecords: 3 }) }] });
    const out = join(dir, 'no-id.json');
    const r = await run(f, ['collect', '--out', out, '--credential', 'env', '--no-diagnostic-settings'], secretEnv(estate.tenants[0].id));
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.resources.map((x: { name: string }) => x.name)).toEqual(['er-0-1']);
    expect(doc.coverage.gaps).toEqual([
      { scope: 'resource (no id)', reason: '$: expected a resource object, found null; the resource was not read' },
      { scope: `resource (no id; type microsoft.network/expressroutecircuits, name er-0-0, subscriptionId ${estate.subscriptions[0].subscriptionId})`, reason: '$.id: expected an ARM resource id (/subscriptions/…/resourceGroups/…/providers/…), found nothing; the resource was not read' },
    ]);
  });

  it('scan --graph: a connection row that cannot be read is a gap, and its gateway is undecided (not unused, not a pass on the circuits it is known to have)', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 2, gateways: true });
    const wrongType = (row: { type?: string; properties?: object }) => (row?.type === 'microsoft.network/connections' ? { ...row, properties: { ...row.properties, routingWeight: 'abc' } } : row);
    const f = await start({ estate, faults: [{ match: { kind: 'resources' }, action: 'rewrite', rewrite: (p) => ({ ...p, data: p.data.map(wrongType) }) }] });
    const r = await run(f, ['scan', '--graph', '--credential', 'env', '--no-diagnostic-settings', '--format', 'json', '--out', join(dir, 'unread'), '--fail-on', 'none'], secretEnv(estate.tenants[0].id));
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'unread', 'report.json'), 'utf8'));
    expect(report.coverage.gaps.map((g: { scope: string; reason: string }) => `${g.scope}: ${g.reason}`).join('\n')).toMatch(/connections\/conn-0-0: \$\.properties\.routingWeight: expected a number/);
    const verdict = (rule: string, name: string) => report.findings.filter((x: { ruleId: string; resourceName: string }) => x.ruleId === rule && x.resourceName === name).map((x: { status?: string }) => x.status ?? 'fail');
    expect(verdict('ERS-COST-005', 'ergw-0-0')).toEqual(['unknown']);
    expect(verdict('ERS-RED-001', 'ergw-0-0')).toEqual(['unknown']);
    expect(verdict('ERS-SKU-006', 'ergw-0-0')).toEqual(['unknown']);
    expect(report.findings.find((x: { ruleId: string; resourceName: string }) => x.ruleId === 'ERS-COST-005' && x.resourceName === 'ergw-0-0').message).toMatch(/connection conn-0-0 \(resource \/subscriptions\/.*\/connections\/conn-0-0\) could not be read/);
    // Collected into a snapshot and scanned later: the same.
    const snapshot = join(dir, 'unread.json');
    expect((await run(f, ['collect', '--out', snapshot, '--credential', 'env', '--no-diagnostic-settings'], secretEnv(estate.tenants[0].id))).code).toBe(0);
    expect(JSON.parse(readFileSync(snapshot, 'utf8')).unread).toEqual([expect.objectContaining({ flavor: 'vnet', gatewayKey: expect.stringMatching(/virtualnetworkgateways\/ergw-0-0$/), circuitKey: expect.stringMatching(/expressroutecircuits\/er-0-0$/) })]);
    const later = await run(f, ['scan', snapshot, '--format', 'json', '--out', join(dir, 'unread-later'), '--fail-on', 'none']);
    expect(later.code).toBe(0);
    const again = JSON.parse(readFileSync(join(dir, 'unread-later', 'report.json'), 'utf8'));
    const verdictLater = (rule: string, name: string) => again.findings.filter((x: { ruleId: string; resourceName: string }) => x.ruleId === rule && x.resourceName === name).map((x: { status?: string }) => x.status ?? 'fail');
    expect(verdictLater('ERS-COST-005', 'ergw-0-0')).toEqual(['unknown']);
    expect(verdictLater('ERS-RED-001', 'ergw-0-0')).toEqual(['unknown']);
  });

  it('scan --graph survives 429s without Retry-After, 500s and resets; nothing lost, and coverage stays complete', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 5, circuitsPerTenant: 1200, gateways: false });
    const f = await start({
      estate,
      faults: [
        { match: { kind: 'resources', page: 2 }, action: 'status', status: 429, times: 1 },
        { match: { kind: 'resources', page: 1 }, action: 'status', status: 500, times: 1 },
        { match: { kind: 'subscriptions' }, action: 'reset', times: 1 },
      ],
    });
    const r = await run(f, ['scan', '--graph', '--credential', 'env', '--format', 'json', '--out', join(dir, 'faults'), '--fail-on', 'none', '--require-complete', '--verbose'], secretEnv(estate.tenants[0].id));
    expect(r.stderr).toMatch(/HTTP 429 RateLimiting/);
    expect(r.stderr).toMatch(/HTTP 500/);
    expect(r.stderr).toMatch(/network error/);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'faults', 'report.json'), 'utf8'));
    expect(report.inventory.circuits).toBe(1200);
    expect(report.coverage).toEqual({ complete: true, gaps: [] });
  }, 90_000);

  it('GitHub OIDC: a crawl that outlives the access token and the GitHub ID token keeps signing in with fresh assertions', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 4, circuitsPerTenant: 2500, gateways: false });
    // Access tokens live 1 s, an ID token is accepted for 400 ms, and the quota (2 per 500 ms)
    // stretches the crawl (1 + 3 pages + the maintenance query) past both; the 2,500 diagnostic-settings
    // reads through ARM that follow keep signing in afresh too.
    const f = await start({ estate, tokenLifetimeSec: 1, assertionLifetimeMs: 400, quota: { limit: 2, windowMs: 500 } });
    const out = join(dir, 'oidc.json');
    const t0 = Date.now();
    const r = await run(f, ['collect', '--out', out, '--credential', 'github-oidc', '--subscription', ...estate.subscriptions.map((s) => s.subscriptionId)], {
      AZURE_TENANT_ID: estate.tenants[0].id,
      ACTIONS_ID_TOKEN_REQUEST_URL: `${f.url}/github/oidc-token?runner=1`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: GITHUB_REQUEST_TOKEN,
    });
    expect(r.stderr).toMatch(/coverage complete/);
    expect(r.code).toBe(0);
    expect(Date.now() - t0).toBeGreaterThan(1000);
    expect(f.counters.githubTokens).toBeGreaterThan(1);
    // On a loaded machine a 1-second token can expire between signing a request and the fake reading
    // it; the crawler then retries with a fresh token, so every page is still read exactly once.
    const graph = f.log.filter((e) => e.kind === 'graph');
    expect(graph.filter((e) => e.status === 401).length).toBeLessThan(graph.length / 2);
    expect(JSON.parse(readFileSync(out, 'utf8')).resources).toHaveLength(2500);
    expect(f.counters.diagnosticSettings).toBe(2500);
  }, 90_000);

  it('managed identity: the system-assigned identity (or a user-assigned one by AZURE_CLIENT_ID) signs in at its endpoint and crawls its own tenant; a refusal is exit 2 with the endpoint\'s reason', async () => {
    const estate = syntheticEstate({ tenants: 2, subscriptionsPerTenant: 3, circuitsPerTenant: 5 });
    const [home] = estate.tenants.map((t) => t.id);
    const uami = '11111111-2222-4333-8444-555555555555';
    // App Service's endpoint (IDENTITY_ENDPOINT, IDENTITY_HEADER), as @azure/identity and MSAL find it.
    const miEnv = (clientId: string) => ({ IDENTITY_ENDPOINT: `${f.url}/msi/token`, IDENTITY_HEADER: MSI_HEADER, AZURE_CLIENT_ID: clientId });
    let f = await start({ estate, managedIdentity: { tenant: home } });
    const out = join(dir, 'mi.json');
    const r = await run(f, ['collect', '--out', out, '--credential', 'managed-identity'], miEnv(''));
    expect(r.stderr).toMatch(/signs in to one tenant only/);
    expect(r.stderr).toMatch(/coverage complete/);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    // (No tenant was named: the identity's own, which the subscriptions read name.)
    expect(doc.scope.tenants).toEqual([]);
    expect(doc.subscriptions.map((x: { tenantId: string }) => x.tenantId)).toEqual([home, home, home]);
    expect(doc.resources.length).toBeGreaterThan(0);
    expect(doc.resources.every((x: { tenantId: string }) => x.tenantId === home)).toBe(true);
    expect(readFileSync(out, 'utf8')).not.toContain(MSI_HEADER);
    expect(f.log.filter((e) => e.kind === 'msi').map((e) => e.status)).toEqual([200]);
    await f.stop();

    // A user-assigned identity is asked for by its client id.
    f = await start({ estate, managedIdentity: { tenant: home, clientId: uami } });
    const asked = await run(f, ['collect', '--out', join(dir, 'uami.json'), '--credential', 'managed-identity'], miEnv(uami));
    expect(asked.code).toBe(0);
    expect(f.log.filter((e) => e.kind === 'msi')).toEqual([expect.objectContaining({ status: 200, clientId: uami })]);

    // Without it the endpoint finds no identity: nothing read, nothing written, the reason named.
    const refused = join(dir, 'refused.json');
    const graphBefore = f.graphRequests().length;
    const no = await run(f, ['collect', '--out', refused, '--credential', 'managed-identity'], miEnv(''));
    expect(no.code).toBe(2);
    expect(no.stderr).toMatch(/could not sign in with --credential managed-identity .*No managed identity found/);
    expect(no.stderr).not.toContain(MSI_HEADER);
    expect(existsSync(refused)).toBe(false);
    expect(f.graphRequests()).toHaveLength(graphBefore);
  }, 90_000);

  it('--metrics reads 30 days of BitsOutPerSecond per circuit into the snapshot as GB/month', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 2, circuitsPerTenant: 3, gateways: false });
    const ids = estate.resources.map((x) => x.id.toLowerCase());
    const f = await start({ estate, metrics: { [ids[0]]: 1e6, [ids[1]]: 0 } });
    const out = join(dir, 'metrics.json');
    const r = await run(f, ['collect', '--out', out, '--credential', 'env', '--metrics'], secretEnv(estate.tenants[0].id));
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    // 1 Mbit/s for 720 hours = 1e6 × 3600 × 720 / 8 bytes = 324 GB.
    expect(doc.metrics[ids[0]]).toEqual({ egressGbPerMonth: 324, days: 30, metric: 'BitsOutPerSecond' });
    expect(doc.metrics[ids[1]]).toEqual({ egressGbPerMonth: 0, days: 30, metric: 'BitsOutPerSecond' });
    expect(doc.metrics[ids[2]]).toBeUndefined();
    expect(r.stderr).toMatch(/no BitsOutPerSecond data in the last 30 days for 1 resource\(s\)/);
  });

  it('collect reads diagnostic settings and per-link egress through ARM; scan then judges the diagnostics rules on them', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 3 });
    const sub = estate.subscriptions[0].subscriptionId;
    const circuits = estate.resources.filter((x) => x.type === 'microsoft.network/expressroutecircuits').map((x) => x.id.toLowerCase());
    const gw = estate.resources.find((x) => x.type === 'microsoft.network/virtualnetworkgateways' && x.properties.gatewayType === 'ExpressRoute')!;
    const port = `/subscriptions/${sub}/resourceGroups/rg-er/providers/Microsoft.Network/expressRoutePorts/erd-ams`;
    estate.resources.push({ id: port, name: 'erd-ams', type: 'microsoft.network/expressrouteports', tenantId: estate.tenants[0].id, subscriptionId: sub, location: 'westeurope', properties: { peeringLocation: 'Amsterdam', bandwidthInGbps: 10, encapsulation: 'QinQ', links: [] } });
    const f = await start({
      estate,
      diagnosticSettings: { [circuits[0]]: 2, [gw.id.toLowerCase()]: 1, [circuits[2]]: { status: 403, code: 'AuthorizationFailed' } },
      metrics: {
        // Two links (and two peerings) of 1 Mbit/s each: 2 Mbit/s leave Azure. Asked without a
        // dimension filter, Azure Monitor (and the fake) answer one series averaging them: 1 Mbit/s.
        [circuits[0]]: [
          { dims: { PeeringType: 'PrivatePeering', DeviceRole: 'Primary' }, average: 1e6 },
          { dims: { PeeringType: 'PrivatePeering', DeviceRole: 'Secondary' }, average: 1e6 },
          { dims: { PeeringType: 'MicrosoftPeering', DeviceRole: 'Primary' }, average: 1e6 },
          { dims: { PeeringType: 'MicrosoftPeering', DeviceRole: 'Secondary' }, average: 1e6 },
        ],
        [port.toLowerCase()]: [
          { dims: { Link: 'link1' }, average: 5e6 },
          { dims: { Link: 'link2' }, average: 3e6 },
        ],
      },
    });
    const out = join(dir, 'arm.json');
    const r = await run(f, ['collect', '--out', out, '--credential', 'env', '--metrics'], secretEnv(estate.tenants[0].id));
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    const row = (id: string) => doc.resources.find((x: { id: string }) => x.id.toLowerCase() === id.toLowerCase());
    // Diagnostic settings: read for every circuit, port and gateway, kept in the snapshot.
    expect(f.counters.diagnosticSettings).toBe(6); // 3 circuits, 2 gateways, 1 port
    expect(row(circuits[0]).erscan.diagnosticSettingsCount).toBe(2);
    expect(row(circuits[1]).erscan.diagnosticSettingsCount).toBe(0);
    expect(row(gw.id).erscan.diagnosticSettingsCount).toBe(1);
    expect(row(port).erscan.diagnosticSettingsCount).toBe(0);
    expect(row(circuits[2]).erscan?.diagnosticSettingsCount).toBeUndefined();
    expect(doc.coverage.gaps).toEqual([{ scope: `diagnostic settings of ${row(circuits[2]).id}`, reason: expect.stringMatching(/HTTP 403 AuthorizationFailed.*not evaluated/) }]);
    // Egress: 4 × 1 Mbit/s for 720 h = 4 × 324 GB; the port's links 5 + 3 Mbit/s = 8 × 324 GB.
    expect(doc.metrics[circuits[0]]).toEqual({ egressGbPerMonth: 1296, days: 30, metric: 'BitsOutPerSecond' });
    expect(doc.metrics[port.toLowerCase()]).toEqual({ egressGbPerMonth: 2592, days: 30, metric: 'PortBitsOutPerSecond' });
    expect(f.log.filter((e) => e.kind === 'metrics').every((e) => /eq '\*'/.test(e.filter ?? ''))).toBe(true);

    const scan = await run(f, ['scan', out, '--format', 'json', '--out', join(dir, 'arm-rep'), '--fail-on', 'none']);
    expect(scan.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'arm-rep', 'report.json'), 'utf8'));
    const flagged = (rule: string) => report.findings.filter((x: { ruleId: string }) => x.ruleId === rule).map((x: { resourceId: string }) => x.resourceId.toLowerCase()).sort();
    expect(flagged('ERS-HYG-002')).toEqual([circuits[1]]);
    const gateways = estate.resources.filter((x) => x.type === 'microsoft.network/virtualnetworkgateways' && x.properties.gatewayType === 'ExpressRoute').map((x) => x.id.toLowerCase());
    expect(flagged('ERS-HYG-003')).toEqual(gateways.filter((g) => g !== gw.id.toLowerCase()));
    expect(flagged('ERS-HYG-007')).toEqual([port.toLowerCase()]);
    expect(report.findings.find((x: { ruleId: string }) => x.ruleId === 'ERS-HYG-002').message).toMatch(/^Circuit er-0-1 has 0 diagnostic settings;/);
    // The unreadable circuit is named in a notice, not passed silently.
    expect(report.notices.join('\n')).toMatch(/partly evaluated: ERS-HYG-002 skipped 1 circuit of 3, for which the input does not carry diagnostic settings/);
  }, 90_000);

  it('the same estate read from a Resource Graph export reports the diagnostics rules as not evaluated', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 2 });
    const file = join(dir, 'rows.json');
    writeFileSync(file, JSON.stringify(estate.resources.filter((x) => x.properties.gatewayType !== 'Vpn')));
    const f = await start({ estate });
    const scan = await run(f, ['scan', file, '--format', 'json', '--out', join(dir, 'rows-rep'), '--fail-on', 'none']);
    expect(scan.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'rows-rep', 'report.json'), 'utf8'));
    const notes = report.notices.join('\n');
    expect(notes).toMatch(/not evaluated: ERS-HYG-002 \(needs diagnostic settings, which the input does not carry for its 2 circuits;/);
    expect(notes).toMatch(/not evaluated: ERS-HYG-003 \(needs diagnostic settings/);
    expect(notes).toMatch(/not evaluated: ERS-HYG-008 \(needs metric alert rules/);
    expect(report.findings.some((x: { ruleId: string }) => /^ERS-HYG-00[2378]$/.test(x.ruleId))).toBe(false);
  });

  it('bad usage exits 2 with a clear message', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 1 });
    const f = await start({ estate });
    const noId = await run(f, ['collect', '--out', join(dir, 'x.json'), '--credential', 'env'], { AZURE_CLIENT_ID: '' });
    expect(noId.code).toBe(2);
    expect(noId.stderr).toMatch(/--credential env: AZURE_CLIENT_ID is not set/);
    const http = await run(f, ['collect', '--out', join(dir, 'x.json'), '--credential', 'env', '--arm-endpoint', 'http://127.0.0.1:1'], secretEnv(estate.tenants[0].id));
    expect(http.code).toBe(2);
    expect(http.stderr).toMatch(/--arm-endpoint: expected an https:\/\/ URL/);
    const sub = await run(f, ['collect', '--out', join(dir, 'x.json'), '--subscription', 'not-a-guid'], secretEnv(estate.tenants[0].id));
    expect(sub.code).toBe(2);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });
});
