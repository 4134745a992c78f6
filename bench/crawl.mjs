#!/usr/bin/env node
// Crawl benchmark: erscan's Resource Graph crawler (built code in dist/, real
// @azure/arm-resourcegraph client and pipeline) against the local fake Resource Graph at its
// documented quota, 15 requests per 5 s per principal. Default estate: 3 tenants × 1,000
// subscriptions × 5,000 circuits per tenant (plus an ER gateway and a connection for every second
// circuit, and VPN gateways that must not be returned).
//
//   npm run build && node bench/crawl.mjs [--tenants 3] [--subscriptions 1000] [--circuits 5000]
//                                        [--quota 15/5000] [--json]
//
// Reports requests made against the minimum the paging and batching rules allow, and wall time
// against the minimum the quota allows: per tenant, ceil(requests / 15) - 1 further 5-second
// windows after the first (tenants have separate quotas and are crawled in parallel).
import { fork } from 'node:child_process';
import { Agent } from 'node:https';
import { fileURLToPath } from 'node:url';
import { crawl } from '../dist/sources/graph/crawl.js';
import { sdkGraphQuery } from '../dist/sources/graph/client.js';
import { resolveCloud } from '../dist/sources/graph/clouds.js';
import { TEST_CA, fakeAccessToken, startFakeAzure, syntheticEstate } from '../test/fakes/fake-azure.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const tenants = Number(arg('tenants', 3));
const subscriptionsPerTenant = Number(arg('subscriptions', 1000));
const circuitsPerTenant = Number(arg('circuits', 5000));
const [limit, windowMs] = String(arg('quota', '15/5000')).split('/').map(Number);

const estate = syntheticEstate({ tenants, subscriptionsPerTenant, circuitsPerTenant });

// The fake runs in its own process, so serialising its pages does not share an event loop (and a
// CPU) with the crawler being measured.
if (process.argv.includes('--serve-fake')) {
  const fake = await startFakeAzure({ ...estate, quota: { limit, windowMs } });
  process.send({ url: fake.url });
  process.on('message', async () => {
    await fake.stop();
    process.send({ counters: fake.counters });
    process.disconnect();
  });
} else if (process.argv.includes('--quota')) {
  await main(limit, windowMs);
} else {
  // The documented quota, then a tighter one (4 per 5 s) under which the same crawl must wait for
  // quota windows: that shows the pacing, since 15 per 5 s is never the bottleneck for this estate.
  await main(15, 5000);
  await main(4, 5000);
}

async function main(limit, windowMs) {
const child = fork(fileURLToPath(import.meta.url), [...process.argv.slice(2), '--quota', `${limit}/${windowMs}`, '--serve-fake'], { stdio: 'inherit' });
const next = () => new Promise((r) => child.once('message', r));
const { url } = await next();
const fake = {
  url,
  tokenFor: (tid) => fakeAccessToken(url, tid),
  stop: async () => {
    child.send('stop');
    fake.counters = (await next()).counters;
  },
};
const agent = new Agent({ ca: TEST_CA, keepAlive: true });
const cloud = resolveCloud('AzureCloud', fake.url, {});

// The minimum: per tenant one subscription page per 1,000 subscriptions, then for each batch of
// ≤300 subscriptions (sorted, as the crawler batches them) one page per 1,000 rows (at least one).
const erRow = (r) => !(r.type === 'microsoft.network/virtualnetworkgateways' && r.properties?.gatewayType !== 'ExpressRoute');
const minRequestsByTenant = estate.tenants.map((t) => {
  const subs = estate.subscriptions.filter((s) => s.tenantId === t.id).map((s) => s.subscriptionId.toLowerCase()).sort();
  const rowsBySub = new Map();
  for (const r of estate.resources) if (erRow(r)) rowsBySub.set(r.subscriptionId, (rowsBySub.get(r.subscriptionId) ?? 0) + 1);
  let n = Math.max(1, Math.ceil(subs.length / 1000));
  for (let i = 0; i < subs.length; i += 300) n += Math.max(1, Math.ceil(subs.slice(i, i + 300).reduce((a, s) => a + (rowsBySub.get(s) ?? 0), 0) / 1000));
  return n;
});
const minRequests = minRequestsByTenant.reduce((a, b) => a + b, 0);
const minWallMs = Math.max(...minRequestsByTenant.map((n) => (Math.ceil(n / limit) - 1) * windowMs));
const expectedRows = estate.resources.filter(erRow).length;

const t0 = performance.now();
const result = await crawl({
  tenants: estate.tenants.map((t) => ({ tenantId: t.id, label: t.id, connect: async () => sdkGraphQuery({ getToken: async () => fake.tokenFor(t.id) }, cloud, { agent }) })),
});
const wallMs = performance.now() - t0;
await fake.stop();
agent.destroy();

const out = {
  scenario: { tenants, subscriptionsPerTenant, circuitsPerTenant, quota: `${limit} per ${windowMs / 1000} s`, rowsExpected: expectedRows },
  requests: { made: fake.counters.graph, minimum: minRequests, throttled429: fake.counters.throttled, retries: result.stats.retries },
  wallTimeMs: { measured: Math.round(wallMs), minimumByQuota: minWallMs, quotaWaits: result.stats.quotaWaits, quotaWaitMs: Math.round(result.stats.quotaWaitMs) },
  result: { rows: result.rows.length, subscriptions: result.subscriptions.length, gaps: result.gaps.length, duplicates: result.stats.duplicates, complete: result.rows.length === expectedRows && result.gaps.length === 0 },
};
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(out)}\n`);
else {
  process.stdout.write(
    [
      `crawl benchmark: ${tenants} tenants × ${subscriptionsPerTenant} subscriptions × ${circuitsPerTenant} circuits, quota ${out.scenario.quota}`,
      `  requests:  ${out.requests.made} made, minimum ${minRequests} (${out.requests.throttled429} answered 429, ${out.requests.retries} retries)`,
      `  wall time: ${(wallMs / 1000).toFixed(2)} s, minimum the quota allows ${(minWallMs / 1000).toFixed(2)} s (${out.wallTimeMs.quotaWaits} quota waits, ${(out.wallTimeMs.quotaWaitMs / 1000).toFixed(1)} s summed over the waiting requests)`,
      `  result:    ${out.result.rows} of ${expectedRows} rows, ${out.result.subscriptions} subscriptions, ${out.result.gaps} gaps, ${out.result.duplicates} duplicates: ${out.result.complete ? 'complete' : 'INCOMPLETE'}`,
      '',
    ].join('\n'),
  );
}
if (!out.result.complete) process.exitCode = 1;
}
