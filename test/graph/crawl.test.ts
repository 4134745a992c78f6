import { afterEach, describe, expect, it } from 'vitest';
import { listSubscriptionsArm, listTenants, armGetter } from '../../src/sources/graph/arm.js';
import { readArmData } from '../../src/sources/graph/armreads.js';
import { resolveCloud } from '../../src/sources/graph/clouds.js';
import { crawl } from '../../src/sources/graph/crawl.js';
import { startFakeAzure, syntheticEstate, type FakeAzure, type FakeConfig, type FakeFault, type FakeGraphPage } from '../fakes/fake-azure.mjs';
import { fakeCredential, fakeTargets, fastRetry, testAgent } from './helpers.js';

let fake: FakeAzure | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function start(cfg: Partial<FakeConfig> & { estate?: ReturnType<typeof syntheticEstate> }): Promise<FakeAzure> {
  const estate = cfg.estate ?? syntheticEstate({ tenants: 2, subscriptionsPerTenant: 6, circuitsPerTenant: 24 });
  fake = await startFakeAzure({ quota: { limit: 1000, windowMs: 1000 }, ...estate, ...cfg });
  return fake;
}

/** The ER rows the fake holds for these subscriptions (what a complete crawl must return). */
function expectedIds(estate: ReturnType<typeof syntheticEstate>, subs?: Set<string>): string[] {
  return estate.resources
    .filter((r) => !(r.type === 'microsoft.network/virtualnetworkgateways' && r.properties.gatewayType !== 'ExpressRoute'))
    .filter((r) => !subs || subs.has(r.subscriptionId))
    .map((r) => r.id.toLowerCase())
    .sort();
}
const ids = (rows: Record<string, unknown>[]) => rows.map((r) => String(r.id).toLowerCase()).sort();

describe('crawl against the fake Resource Graph (real SDK pipeline)', () => {
  it('pages with skip tokens in subscription batches, keeps query and scope, loses and duplicates nothing, scrubs secrets', async () => {
    const estate = syntheticEstate({ tenants: 2, subscriptionsPerTenant: 5, circuitsPerTenant: 30 });
    const f = await start({ estate });
    const r = await crawl({ tenants: fakeTargets(f, estate.tenants.map((t) => t.id)), batchSize: 2, pageSize: 7, ...fastRetry });
    expect(r.gaps).toEqual([]);
    expect(ids(r.rows)).toEqual(expectedIds(estate));
    expect(new Set(ids(r.rows)).size).toBe(r.rows.length);
    expect(r.subscriptions).toHaveLength(10);
    expect(f.counters.scopeChanges).toBe(0);
    expect(f.counters.maxSubscriptionsPerRequest).toBeLessThanOrEqual(2);
    expect(f.graphRequests().some((e) => (e.page ?? 0) > 1)).toBe(true);
    const text = JSON.stringify(r.rows);
    expect(text).not.toMatch(/SECRET-/);
    expect(text).toContain('[redacted]');
    expect(r.rows.some((row) => String(row.name).startsWith('vpngw'))).toBe(false);
  });

  it('never sends more than 300 subscriptions in one request', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 650, circuitsPerTenant: 700, gateways: false });
    const f = await start({ estate });
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), ...fastRetry });
    expect(r.gaps).toEqual([]);
    expect(r.rows).toHaveLength(700);
    const sizes = f.graphRequests().filter((e) => e.query === 'resources').map((e) => e.subscriptions);
    expect(Math.max(...(sizes as number[]))).toBe(300);
    expect(sizes.reduce((a, b) => a! + b!, 0)).toBeGreaterThanOrEqual(650);
  });

  it('paces requests by the quota headers so the fake never has to throttle', async () => {
    const estate = syntheticEstate({ tenants: 2, subscriptionsPerTenant: 8, circuitsPerTenant: 40 });
    const f = await start({ estate, quota: { limit: 4, windowMs: 150 } });
    const r = await crawl({ tenants: fakeTargets(f, estate.tenants.map((t) => t.id)), batchSize: 2, pageSize: 5, ...fastRetry });
    expect(r.gaps).toEqual([]);
    expect(ids(r.rows)).toEqual(expectedIds(estate));
    expect(f.counters.throttled).toBe(0);
    expect(r.stats.quotaWaits).toBeGreaterThan(0);
    // Per tenant, the requests stay within the quota's fixed windows: 4 at the end of one window and 4
    // at the start of the next may fall within 140 ms of each other, never more (throttled === 0 above
    // is the fake's own verdict on every fixed window).
    for (const t of estate.tenants) {
      const at = f.graphRequests(t.id).map((e) => e.at);
      for (const a of at) expect(at.filter((b) => b >= a && b < a + 140).length).toBeLessThanOrEqual(8);
    }
  });

  it('retries 429 without Retry-After, 500s and connection resets, and still returns every row once', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 4, circuitsPerTenant: 30 });
    const tid = estate.tenants[0].id;
    const f = await start({
      estate,
      faults: [
        { match: { kind: 'resources', page: 2 }, action: 'status', status: 429, times: 2 },
        { match: { kind: 'resources', page: 3 }, action: 'status', status: 500, times: 2 },
        { match: { kind: 'resources', page: 1 }, skip: 1, action: 'reset', times: 2 },
        { match: { kind: 'subscriptions' }, action: 'status', status: 503, times: 1 },
      ],
    });
    const r = await crawl({ tenants: fakeTargets(f, [tid]), batchSize: 2, pageSize: 4, ...fastRetry });
    expect(r.gaps).toEqual([]);
    expect(ids(r.rows)).toEqual(expectedIds(estate));
    expect(r.stats.throttled).toBe(2);
    expect(r.stats.retries).toBeGreaterThanOrEqual(7);
    expect(r.stats.duplicates).toBe(0);
    expect(f.log.filter((e) => e.fault === 'reset')).toHaveLength(2);
  });

  it('does not wait for a Retry-After longer than it honours: the page is a gap now, named, not an hour of waiting', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 2, circuitsPerTenant: 10, gateways: false });
    const f = await start({ estate, faults: [{ match: { kind: 'resources', page: 2 }, action: 'status', status: 429, headers: { 'retry-after': '3600' } }] });
    const t0 = Date.now();
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), pageSize: 4, ...fastRetry, maxNamedWaitMs: 60_000 });
    expect(Date.now() - t0).toBeLessThan(4000);
    expect(r.gaps).toHaveLength(1);
    expect(r.gaps[0].reason).toMatch(/asked to wait 3600 s, longer than the 60 s erscan waits/);
    expect(f.graphRequests(estate.tenants[0].id).filter((e) => e.page === 2)).toHaveLength(1);
  });

  it('a success that says the quota is spent until an hour from now is not waited out either: the next page is a gap now, said (was an hour of waiting)', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 2, circuitsPerTenant: 10, gateways: false });
    // The first page's answer carries the headers (a 'raw' page: the fake's own would say what its quota has left).
    const rows = [...estate.resources].sort((a, b) => (a.id < b.id ? -1 : 1));
    const spent = { 'x-ms-user-quota-remaining': '0', 'x-ms-user-quota-resets-after': '01:00:00' };
    const g = await start({ estate, faults: [{ match: { kind: 'resources', page: 1 }, times: 1, action: 'raw', status: 200, headers: spent, body: JSON.stringify({ totalRecords: rows.length, count: 4, resultTruncated: 'false', $skipToken: 'next', data: rows.slice(0, 4) }) }] });
    const waits: number[] = [];
    // A clock whose sleeps pass at once (and move its time on): an hour's wait shows in `waits`, not in the test's time.
    let skipped = 0;
    const clock = { now: () => Date.now() + skipped, sleep: async (ms: number) => void (waits.push(ms), (skipped += ms)) };
    const r = await crawl({ tenants: fakeTargets(g, [estate.tenants[0].id]), pageSize: 4, ...fastRetry, maxNamedWaitMs: 60_000, clock });
    expect(waits.filter((ms) => ms > 60_000)).toEqual([]);
    expect(r.gaps).toHaveLength(1);
    expect(r.gaps[0].reason).toMatch(/^page 2 could not be read after retries: not sent: Resource Graph's quota for this identity is spent, and Resource Graph asked to wait 3600 s, longer than the 60 s erscan waits \(x-ms-user-quota-resets-after\); these subscriptions are not covered/);
    expect(r.rows).toEqual([]);
  });

  it('gives up on a slow page after the request timeout and retries it', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 2, circuitsPerTenant: 10, gateways: false });
    const f = await start({ estate, faults: [{ match: { kind: 'resources', page: 2 }, action: 'slow', delayMs: 5000, times: 1 }] });
    const t0 = Date.now();
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), pageSize: 4, ...fastRetry, requestTimeoutMs: 300 });
    expect(r.gaps).toEqual([]);
    expect(r.rows).toHaveLength(10);
    // Well under the slow page's 5 s: the crawler gave up on it instead of waiting (margin for a loaded machine).
    expect(Date.now() - t0).toBeLessThan(4000);
    expect(r.stats.retries).toBe(1);
  });

  it('records a subscription that keeps failing as a gap, halving the batch to save the rest', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 4, circuitsPerTenant: 16, gateways: false });
    const bad = estate.subscriptions[2].subscriptionId;
    const f = await start({ estate, faults: [{ match: { kind: 'resources', subscription: bad }, action: 'status', status: 500 }] });
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), batchSize: 4, maxAttempts: 2, ...fastRetry });
    expect(r.gaps).toHaveLength(1);
    expect(r.gaps[0].scope).toContain(`subscription ${bad}`);
    expect(r.gaps[0].reason).toMatch(/HTTP 500/);
    const good = new Set(estate.subscriptions.map((s) => s.subscriptionId).filter((s) => s !== bad));
    expect(ids(r.rows)).toEqual(expectedIds(estate, good));
  });

  it('a 403 on one subscription halves its batch down to that subscription: the gap names it alone; a 401 is not split', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 8, circuitsPerTenant: 16, gateways: false });
    const bad = estate.subscriptions[3].subscriptionId;
    let f = await start({ estate, faults: [{ match: { kind: 'resources', subscription: bad }, action: 'status', status: 403, code: 'AuthorizationFailed' }] });
    let r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), batchSize: 8, ...fastRetry });
    expect(r.gaps).toHaveLength(1);
    const lost = [bad];
    expect(r.gaps[0].scope).toContain(bad);
    expect(r.gaps[0].scope).not.toMatch(/subscriptions \(/);
    expect(r.gaps[0].reason).toMatch(/^page 1 could not be read after retries: HTTP 403 AuthorizationFailed/);
    expect(ids(r.rows)).toEqual(expectedIds(estate, new Set(estate.subscriptions.map((s) => s.subscriptionId).filter((s) => !lost.includes(s)))));
    await f.stop();
    // A 401 is the token's, the same for every half: one request, one gap for the batch.
    f = fake = await start({ estate, faults: [{ match: { kind: 'resources' }, action: 'status', status: 401, code: 'InvalidAuthenticationToken' }] });
    r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), batchSize: 8, ...fastRetry });
    expect(r.gaps).toHaveLength(1);
    expect(r.gaps[0].scope).toContain('8 subscriptions');
    expect(f.graphRequests().filter((x) => x.query === 'resources')).toHaveLength(1);
  });

  it('a 429 storm longer than the retry budget is one gap for the batch, never split into more queries against the same quota', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 4, circuitsPerTenant: 8, gateways: false });
    const f = await start({ estate, faults: [{ match: { kind: 'resources' }, action: 'status', status: 429, headers: { 'retry-after': '0' } }] });
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), batchSize: 4, maxThrottledAttempts: 3, ...fastRetry });
    expect(f.graphRequests().filter((x) => x.query === 'resources')).toHaveLength(3);
    expect(r.gaps).toHaveLength(1);
    expect(r.gaps[0].scope).toContain('4 subscriptions');
    expect(r.gaps[0].reason).toMatch(/^page 1 could not be read after retries: HTTP 429 RateLimiting/);
  });

  it('a batch that fails at a later page is a gap, and the rows of its earlier pages are set aside, never scanned without the rest', async () => {
    // 12 circuits, 6 gateways and 6 connections in one subscription: pages 1 and 2 are read, page 3 never is.
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 12 });
    const f = await start({ estate, faults: [{ match: { kind: 'resources', page: 3 }, action: 'status', status: 500 }] });
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), pageSize: 5, maxAttempts: 2, ...fastRetry });
    expect(r.rows).toEqual([]);
    expect(r.subscriptionsRead).toBe(0);
    expect(r.gaps).toHaveLength(1);
    expect(r.gaps[0].reason).toBe(
      `page 3 could not be read after retries: HTTP 500 InternalServerError: Injected fault 500.; this subscription is not covered (the 10 rows read before were set aside: part of a subscription is never scanned without the rest): ${estate.subscriptions[0].subscriptionId}`,
    );
    // Nothing of it is left to read: no maintenance query for it either.
    expect(f.graphRequests().filter((x) => x.query === 'maintenance')).toHaveLength(0);
  });

  it('names the page that could not be fetched', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 12, gateways: false });
    const f = await start({ estate, faults: [{ match: { kind: 'resources', page: 2 }, action: 'status', status: 502 }] });
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), pageSize: 5, maxAttempts: 3, ...fastRetry });
    expect(r.gaps).toHaveLength(1);
    expect(r.gaps[0].reason).toMatch(/^page 2 could not be read after retries: HTTP 502/);
    expect(f.graphRequests().filter((e) => e.page === 2)).toHaveLength(3);
  });

  describe('pages Resource Graph answers wrongly are gaps or retries, never a silent partial pass, never a loop', () => {
    const estate = () => syntheticEstate({ tenants: 1, subscriptionsPerTenant: 2, circuitsPerTenant: 12, gateways: false });
    const R = { kind: 'resources' as const };

    it('resultTruncated "true" without a skip token, or fewer rows than totalRecords: a gap naming the subscriptions', async () => {
      for (const rewrite of [(p: FakeGraphPage) => ({ ...p, resultTruncated: 'true', $skipToken: undefined }), (p: FakeGraphPage) => ({ ...p, data: p.data.slice(0, 2), count: 2 })]) {
        const e = estate();
        const f = await start({ estate: e, faults: [{ match: R, times: 1, action: 'rewrite', rewrite }] });
        const r = await crawl({ tenants: fakeTargets(f, [e.tenants[0].id]), ...fastRetry });
        expect(r.gaps).toHaveLength(1);
        expect(r.gaps[0].reason).toMatch(/^Resource Graph (returned resultTruncated "true" without a skip token|counted 12 rows \(totalRecords\) but returned 2): some rows were not returned; these subscriptions are not covered \(the \d+ rows read before were set aside: part of a subscription is never scanned without the rest\): /);
        expect(r.subscriptionsRead).toBe(0);
        expect(r.rows).toEqual([]);
        await f.stop();
        fake = undefined;
      }
    });

    it('a last page without totalRecords, an answer with none (or as text) and a page short of its own count are gaps; a missing count alone is not', async () => {
      const drop = (p: FakeGraphPage, keys: string[]) => Object.fromEntries(Object.entries(p).filter(([k]) => !keys.includes(k)));
      const cases: [FakeFault, RegExp | undefined][] = [
        // Page 3 of 3 says nothing of the total and brings 0 of its 2 rows: was read as complete.
        [{ match: { ...R, page: 3 }, action: 'rewrite', rewrite: (p) => ({ ...drop(p, ['totalRecords']), data: [], count: 0 }) }, /^Resource Graph counted 12 rows \(totalRecords\) but returned 10: some rows were not returned; /],
        [{ match: R, action: 'rewrite', rewrite: (p) => drop(p, ['totalRecords']) }, /^Resource Graph did not say how many rows matched \(its answer has no totalRecords number\), so the rows returned cannot be checked complete; these subscriptions are not covered/],
        [{ match: R, action: 'rewrite', rewrite: (p) => ({ ...p, totalRecords: String(p.totalRecords) }) }, /^Resource Graph did not say how many rows matched/],
        [{ match: { ...R, page: 2 }, action: 'rewrite', rewrite: (p) => ({ ...p, data: p.data.slice(0, 3) }) }, /^Resource Graph said page 2 held 5 rows \(count\) but sent 3: some rows were not returned; /],
        [{ match: R, action: 'rewrite', rewrite: (p) => drop(p, ['count']) }, undefined],
      ];
      for (const [fault, reason] of cases) {
        const e = estate();
        const f = await start({ estate: e, faults: [fault] });
        const r = await crawl({ tenants: fakeTargets(f, [e.tenants[0].id]), pageSize: 5, ...fastRetry });
        if (reason === undefined) {
          expect(r.gaps).toEqual([]);
          expect(ids(r.rows)).toEqual(expectedIds(e));
        } else {
          expect(r.gaps).toHaveLength(1);
          expect(r.gaps[0].reason).toMatch(reason);
          expect(r.rows).toEqual([]);
        }
        await f.stop();
        fake = undefined;
      }
    });

    it('a row repeated on a later page in place of one never returned is a gap, never a complete read; a repeat that hides nothing is merged', async () => {
      let first: Record<string, unknown> | undefined;
      const keepFirst = { match: { ...R, page: 1 }, times: 1, action: 'rewrite' as const, rewrite: (p: FakeGraphPage) => ((first = p.data[0]), p) };
      // Page 2 brings page 1's first row instead of its own first one: 12 rows, 11 different, totalRecords 12.
      let e = estate();
      let f = await start({ estate: e, faults: [keepFirst, { match: { ...R, page: 2 }, times: 1, action: 'rewrite', rewrite: (p) => ({ ...p, data: [first!, ...p.data.slice(1)] }) }] });
      let r = await crawl({ tenants: fakeTargets(f, [e.tenants[0].id]), pageSize: 5, ...fastRetry });
      expect(r.gaps).toHaveLength(1);
      expect(r.gaps[0].reason).toMatch(/^Resource Graph counted 12 rows \(totalRecords\) but returned 11 different ones \(1 more was a repeat of a row of earlier pages\): some rows were not returned; these subscriptions are not covered/);
      expect(r.rows).toEqual([]);
      expect(r.subscriptionsRead).toBe(0);
      await f.stop();
      // Page 2 brings page 1's first row as well as its own (the data moved between pages): all 12 were returned.
      e = estate();
      f = fake = await start({ estate: e, faults: [keepFirst, { match: { ...R, page: 2 }, times: 1, action: 'rewrite', rewrite: (p) => ({ ...p, data: [first!, ...p.data] }) }] });
      r = await crawl({ tenants: fakeTargets(f, [e.tenants[0].id]), pageSize: 5, ...fastRetry });
      expect(r.gaps).toEqual([]);
      expect(ids(r.rows)).toEqual(expectedIds(e));
      expect(r.stats.duplicates).toBe(1);
    });

    it('a skip token seen before (a cycle), or empty pages with ever new tokens: a gap, in bounded requests', async () => {
      for (const rewrite of [
        (p: FakeGraphPage, i: { offset: number; top: number; token: (o: number) => string }) => ({ ...p, $skipToken: i.token(i.offset === 0 ? i.top : 0) }),
        (p: FakeGraphPage, i: { offset: number; top: number; token: (o: number) => string }) => ({ ...p, data: [], count: 0, $skipToken: i.token(i.offset + 1) }),
      ]) {
        const e = estate();
        const f = await start({ estate: e, faults: [{ match: R, action: 'rewrite', rewrite }] });
        const r = await crawl({ tenants: fakeTargets(f, [e.tenants[0].id]), pageSize: 5, ...fastRetry });
        expect(r.gaps.length).toBeGreaterThan(0);
        for (const g of r.gaps) expect(g.reason).toMatch(/Resource Graph (returned a skip token it had already returned|returned 3 empty pages in a row)/);
        expect(f.counters.graph).toBeLessThan(40);
        await f.stop();
        fake = undefined;
      }
    });

    it('a row that is not an object or has no id is handed on to be named (it was dropped in silence, or a TypeError lost the batch); the rest is read', async () => {
      const e = estate();
      const noId = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'id'));
      const f = await start({
        estate: e,
        faults: [
          { match: R, times: 1, action: 'rewrite', rewrite: (p) => ({ ...p, data: [null, 7, noId(p.data[0]), { ...p.data[1], id: 42 }, ...p.data.slice(2)], count: p.data.length + 2, totalRecords: p.data.length + 2 }) },
          { match: { kind: 'subscriptions' }, times: 1, action: 'rewrite', rewrite: (p) => ({ ...p, data: [...p.data, null, { name: 'no id' }], count: p.data.length + 2, totalRecords: p.data.length + 2 }) },
        ],
      });
      const r = await crawl({ tenants: fakeTargets(f, [e.tenants[0].id]), ...fastRetry });
      expect(r.unplaced).toHaveLength(4);
      expect(r.unplaced.slice(0, 2)).toEqual([null, 7]);
      const lost = r.unplaced.slice(2).map((x) => (x as { name: string }).name);
      expect(lost).toHaveLength(2);
      expect(ids(r.rows)).toEqual(expectedIds(e).filter((id) => !lost.some((n) => id.endsWith(`/${n}`))));
      expect(r.gaps).toEqual([{ scope: `tenant ${e.tenants[0].id}`, reason: 'the subscription list held 2 rows naming no subscription (not an object, or no subscriptionId or id): subscriptions may be missing' }]);
      expect(r.subscriptionsRead).toBe(2);
    });

    it('rows of subscriptions outside the batch are dropped with a notice, never scanned', async () => {
      const e = estate();
      const stray = '/subscriptions/99999999-9999-4999-8999-999999999999/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/stray';
      const f = await start({ estate: e, faults: [{ match: R, times: 1, action: 'rewrite', rewrite: (p) => ({ ...p, data: [...p.data, { ...p.data[0], id: stray, subscriptionId: '99999999-9999-4999-8999-999999999999' }] }) }] });
      const r = await crawl({ tenants: fakeTargets(f, [e.tenants[0].id]), ...fastRetry });
      expect(r.gaps).toEqual([]);
      expect(ids(r.rows)).toEqual(expectedIds(e));
      expect(r.notices).toContain(`Resource Graph returned 1 row of subscriptions outside the scope asked for; it was dropped: ${stray.toLowerCase()}`);
    });

    it('a 200 whose body is not Resource Graph JSON (or empty), an HTML 502 and a body cut mid-way are retried, then read in full', async () => {
      const e = estate();
      const f = await start({
        estate: e,
        faults: [
          { match: R, times: 1, action: 'raw', status: 200, contentType: 'text/html', body: '<html>gateway</html>' },
          { match: R, times: 1, action: 'raw', status: 502, contentType: 'text/html', body: '<html>Bad Gateway</html>' },
          { match: R, times: 1, action: 'cut' },
          { match: R, times: 1, action: 'raw', status: 200, body: '' },
        ],
      });
      const r = await crawl({ tenants: fakeTargets(f, [e.tenants[0].id]), ...fastRetry });
      expect(r.gaps).toEqual([]);
      expect(ids(r.rows)).toEqual(expectedIds(e));
      expect(r.stats.retries).toBe(4);
    });

    it('when they keep coming, the gap says what was wrong (never an empty page, never the SDK\'s TypeError)', async () => {
      const cases: [FakeFault, RegExp][] = [
        [{ match: R, action: 'raw', status: 200, contentType: 'text/html', body: '<html>gateway</html>' }, /Resource Graph answered HTTP 200 with a body that is not JSON \(the body is not a Resource Graph response\)/],
        // The SDK's deserializer threw a TypeError on these, which was neither retried nor worded.
        [{ match: R, action: 'raw', status: 200, body: '' }, /Resource Graph answered HTTP 200 with an empty body \(the body is not a Resource Graph response\)/],
        [{ match: R, action: 'raw', status: 200, body: 'null' }, /Resource Graph answered HTTP 200 with JSON that is not an object \(null\)/],
        [{ match: R, action: 'raw', status: 200, body: '[{"id": "/subscriptions/x"}]' }, /Resource Graph answered HTTP 200 with JSON that is not an object \(an array\)/],
        [{ match: R, action: 'raw', status: 200, body: '{"totalRecords": 1, "count": 1, "resultTruncated": "false", "data": {"columns": [{"name": "id", "type": "string"}], "rows": [["/subscriptions/x"]]}}' }, /Resource Graph answered HTTP 200 with its data in the table format \(\{columns, rows\}\), not the list of rows asked for/],
        [{ match: R, action: 'raw', status: 502, contentType: 'text/html', body: '<html>Bad Gateway</html>' }, /HTTP 502: the body is not an ARM error document/],
        [{ match: R, action: 'cut' }, /network error: /],
      ];
      for (const [fault, reason] of cases) {
        const e = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 2, gateways: false });
        const f = await start({ estate: e, faults: [fault] });
        const r = await crawl({ tenants: fakeTargets(f, [e.tenants[0].id]), maxAttempts: 2, ...fastRetry });
        expect(r.rows).toEqual([]);
        expect(r.gaps).toHaveLength(1);
        expect(r.gaps[0].reason).toMatch(reason);
        expect(f.counters.graph).toBe(3); // the listing, then the page twice
        await f.stop();
        fake = undefined;
      }
    });
  });

  it('a tenant whose sign-in fails is a gap; the other tenants are crawled', async () => {
    const estate = syntheticEstate({ tenants: 2, subscriptionsPerTenant: 3, circuitsPerTenant: 6 });
    const [a, b] = estate.tenants.map((t) => t.id);
    const f = await start({ estate });
    const r = await crawl({ tenants: fakeTargets(f, [a, b], { failLogin: [b] }), ...fastRetry });
    expect(r.gaps).toEqual([{ scope: `tenant ${b}`, reason: expect.stringMatching(/^sign-in failed: .*AADSTS700016/) }]);
    expect(ids(r.rows)).toEqual(expectedIds(estate, new Set(estate.subscriptions.filter((s) => s.tenantId === a).map((s) => s.subscriptionId))));
  });

  it('counts a Lighthouse-delegated subscription once and reads it through its own tenant', async () => {
    const estate = syntheticEstate({ tenants: 2, subscriptionsPerTenant: 3, circuitsPerTenant: 6 });
    const [a, b] = estate.tenants.map((t) => t.id);
    const delegated = estate.subscriptions.find((s) => s.tenantId === b)!;
    delegated.delegatedTo = [a];
    const f = await start({ estate });
    const r = await crawl({ tenants: fakeTargets(f, [a, b]), ...fastRetry });
    expect(r.gaps).toEqual([]);
    expect(r.subscriptions).toHaveLength(6);
    expect(r.subscriptions.find((s) => s.subscriptionId === delegated.subscriptionId)?.tenantId).toBe(b);
    expect(ids(r.rows)).toEqual(expectedIds(estate));
    expect(r.stats.duplicates).toBe(0);
    expect(r.notices.join('\n')).toMatch(/1 subscription was visible from more than one tenant/);
  });

  it('merges subscriptions reached through overlapping management groups; an unreadable group is a gap', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 6, circuitsPerTenant: 12 });
    const f = await start({ estate });
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), managementGroups: ['mg-0', 'mg-0-odd', 'mg-nope'], ...fastRetry });
    expect(r.subscriptions).toHaveLength(6);
    expect(ids(r.rows)).toEqual(expectedIds(estate));
    expect(r.gaps).toEqual([{ scope: 'management group mg-nope', reason: expect.stringMatching(/HTTP 403 AuthorizationFailed/) }]);
  });

  it('a named subscription nobody can see is a gap, never silently compliant', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 2, circuitsPerTenant: 4 });
    const f = await start({ estate });
    const wanted = [estate.subscriptions[0].subscriptionId, '99999999-9999-4999-8999-999999999999'];
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), subscriptions: wanted, ...fastRetry });
    expect(r.subscriptions.map((s) => s.subscriptionId)).toEqual([wanted[0]]);
    expect(r.gaps).toEqual([{ scope: `subscription ${wanted[1]}`, reason: expect.stringMatching(/not visible/) }]);
    expect(ids(r.rows)).toEqual(expectedIds(estate, new Set([wanted[0]])));
  });

  it('past Resource Graph\'s subscription limit it asks with allowPartialScopes and crawls the rest by name from ARM\'s list', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 5, circuitsPerTenant: 10 });
    const tid = estate.tenants[0].id;
    const f = await start({ estate, subscriptionLimit: 3 });
    const arm = await armGetter(fakeCredential(f, tid), resolveCloud('AzureCloud', f.url, {}), { agent: testAgent, retryBaseMs: 5 });
    const targets = fakeTargets(f, [tid]).map((t) => ({ ...t, listSubscriptions: () => listSubscriptionsArm(arm) }));
    const r = await crawl({ tenants: targets, ...fastRetry });
    expect(r.gaps).toEqual([]);
    expect(r.subscriptions).toHaveLength(5);
    expect(ids(r.rows)).toEqual(expectedIds(estate));
    expect(r.notices.join('\n')).toMatch(/Resource Graph listed only the first 3 subscriptions .*ARM listed 2 more, which were crawled by name/);
    // The tenant-scope listing carried allowPartialScopes: without it the fake fails the whole query (TooManySubscriptionsUnderScope).
    expect(f.graphRequests().filter((e) => e.query === 'subscriptions').every((e) => e.status === 200)).toBe(true);
  });

  it('without an ARM subscription list, the subscriptions past the limit are a gap that says how many were listed', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 5, circuitsPerTenant: 10 });
    const f = await start({ estate, subscriptionLimit: 3 });
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), ...fastRetry });
    expect(r.subscriptions).toHaveLength(3);
    expect(r.gaps).toEqual([{ scope: `tenant ${estate.tenants[0].id}`, reason: expect.stringMatching(/listed only the first 3 subscriptions .*not covered/) }]);
  });

  it('a management group past the limit is a gap, never silently complete', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 6, circuitsPerTenant: 12 });
    const f = await start({ estate, subscriptionLimit: 2 });
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), managementGroups: ['mg-0'], ...fastRetry });
    expect(r.subscriptions).toHaveLength(2);
    expect(r.gaps).toEqual([{ scope: `tenant ${estate.tenants[0].id} management group mg-0`, reason: expect.stringMatching(/listed only the first 2 subscriptions under it/) }]);
  });

  it('reads metric alerts, GatewaySubnets and maintenance assignments into annotations of the ExpressRoute rows, and drops their own rows', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 2 });
    const sub = estate.subscriptions[0].subscriptionId;
    const rg = `/subscriptions/${sub}/resourceGroups/rg-er`;
    const gw = estate.resources.find((x) => x.type === 'microsoft.network/virtualnetworkgateways' && x.properties.gatewayType === 'ExpressRoute')!;
    gw.properties.ipConfigurations = [{ name: 'ip', properties: { subnet: { id: `${rg}/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet` } } }];
    const circuits = estate.resources.filter((x) => x.type === 'microsoft.network/expressroutecircuits');
    estate.resources.push(
      { id: `${rg}/providers/Microsoft.Insights/metricAlerts/bgp-down`, name: 'bgp-down', type: 'microsoft.insights/metricalerts', subscriptionId: sub, properties: { enabled: true, scopes: [circuits[0].id] } },
      { id: `${rg}/providers/Microsoft.Insights/metricAlerts/all-gateways`, name: 'all-gateways', type: 'microsoft.insights/metricalerts', subscriptionId: sub, properties: { enabled: true, scopes: [`/subscriptions/${sub}`], targetResourceType: 'Microsoft.Network/virtualNetworkGateways' } },
      { id: `${rg}/providers/Microsoft.Insights/metricAlerts/off`, name: 'off', type: 'microsoft.insights/metricalerts', subscriptionId: sub, properties: { enabled: false, scopes: [circuits[1].id] } },
      { id: `${rg}/providers/Microsoft.Network/virtualNetworks/hub`, name: 'hub', type: 'microsoft.network/virtualnetworks', subscriptionId: sub, properties: { subnets: [{ id: `${rg}/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet`, name: 'GatewaySubnet', properties: { networkSecurityGroup: { id: `${rg}/providers/Microsoft.Network/networkSecurityGroups/nsg-gw` } } }] } },
      { id: `${rg}/providers/Microsoft.Network/virtualNetworks/spoke`, name: 'spoke', type: 'microsoft.network/virtualnetworks', subscriptionId: sub, properties: { subnets: [{ id: `${rg}/providers/Microsoft.Network/virtualNetworks/spoke/subnets/app`, name: 'app', properties: {} }] } },
    );
    const assignment = { id: `${gw.id}/providers/Microsoft.Maintenance/configurationAssignments/weekly`, name: 'weekly', properties: { resourceId: gw.id, maintenanceConfigurationId: `${rg}/providers/Microsoft.Maintenance/maintenanceConfigurations/gw-weekly` } };
    const f = await start({ estate, maintenanceAssignments: [assignment] });
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), ...fastRetry });
    expect(r.gaps).toEqual([]);
    expect(ids(r.rows)).toEqual(expectedIds(estate).filter((id) => !/metricalerts|virtualnetworks\//.test(id)));
    const byId = new Map(r.rows.map((x) => [String(x.id).toLowerCase(), x.erscan as Record<string, unknown>]));
    expect(byId.get(circuits[0].id.toLowerCase())).toMatchObject({ metricAlertCount: 1 });
    expect(byId.get(circuits[1].id.toLowerCase())).toMatchObject({ metricAlertCount: 0 });
    expect(byId.get(gw.id.toLowerCase())).toEqual({
      metricAlertCount: 1,
      gatewaySubnet: { id: `${rg}/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet`, networkSecurityGroupId: `${rg}/providers/Microsoft.Network/networkSecurityGroups/nsg-gw` },
      maintenanceConfigurationIds: [`${rg}/providers/Microsoft.Maintenance/maintenanceConfigurations/gw-weekly`],
    });
    expect(f.graphRequests().filter((e) => e.query === 'maintenance')).toHaveLength(1);
  });

  it('a failed maintenance query is a gap, and its gateways carry no assignments (not evaluated, never "none")', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 2 });
    const f = await start({ estate, faults: [{ match: { kind: 'maintenance' }, action: 'status', status: 403, code: 'AuthorizationFailed' }] });
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), ...fastRetry });
    expect(r.gaps).toEqual([{ scope: expect.stringContaining('subscription'), reason: expect.stringMatching(/maintenance configuration assignments could not be read .*HTTP 403.*ERS-RED-011/) }]);
    const gw = r.rows.find((x) => String(x.type) === 'microsoft.network/virtualnetworkgateways')!;
    expect((gw.erscan as Record<string, unknown>).maintenanceConfigurationIds).toBeUndefined();
    expect((gw.erscan as Record<string, unknown>).metricAlertCount).toBe(0);
  });

  it('a maintenance answer holding a row that is not an object is a gap, not a crash of the whole crawl', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 2 });
    const f = await start({ estate, faults: [{ match: { kind: 'maintenance' }, action: 'rewrite', rewrite: (p) => ({ ...p, data: [null], count: 1, totalRecords: 1 }) }] });
    const r = await crawl({ tenants: fakeTargets(f, [estate.tenants[0].id]), ...fastRetry });
    expect(r.gaps).toEqual([{ scope: expect.stringContaining('subscription'), reason: 'maintenance configuration assignments came back short (1 row was not an object); ERS-RED-011 is not evaluated for their gateways' }]);
    const gw = r.rows.find((x) => String(x.type) === 'microsoft.network/virtualnetworkgateways')!;
    expect((gw.erscan as Record<string, unknown>).maintenanceConfigurationIds).toBeUndefined();
  });
});

describe('ARM reads whose answer is not the document asked for', () => {
  it('a proxy page, an empty body or a list without `value` is a failed read (a gap), never an empty list: was 0 diagnostic settings (ERS-HYG-002 failing) and no other tenant', async () => {
    const estate = syntheticEstate({ tenants: 1, subscriptionsPerTenant: 1, circuitsPerTenant: 3, gateways: false });
    const tid = estate.tenants[0].id;
    const [a, b, c] = estate.resources.map((r) => r.id as string);
    const f = await start({
      estate,
      faults: [
        { match: { kind: 'tenants' }, action: 'raw', status: 200, contentType: 'text/html', body: '<html>proxy</html>' },
        { match: { kind: 'diagnosticSettings' }, action: 'raw', status: 200, body: '' },
      ],
    });
    const get = await armGetter(fakeCredential(f, tid), resolveCloud('AzureCloud', f.url, {}), { agent: testAgent, retryBaseMs: 1, maxAttempts: 2 });
    await expect(listTenants(get)).rejects.toThrow('ARM answered HTTP 200 with a body that is not JSON (not the JSON document asked for)');
    const rows = estate.resources.map((r) => ({ ...r }));
    const rowTenant = new Map(rows.map((r) => [String(r.id).toLowerCase(), tid]));
    let r = await readArmData({ rows, rowTenant, getterFor: async () => get, now: new Date() });
    expect(r.gaps).toEqual([{ scope: `diagnostic settings of 3 resources (${[a, b, c].sort().join(', ')})`, reason: 'could not be read after retries: ARM answered HTTP 200 with an empty body (not the JSON document asked for); ERS-HYG-002/003/007 are not evaluated for them' }]);
    expect(rows.every((x) => (x as { erscan?: unknown }).erscan === undefined)).toBe(true);
    await f.stop();
    // A JSON object without its list: not "none" either.
    const g = (fake = await startFakeAzure({ quota: { limit: 1000, windowMs: 1000 }, ...estate, faults: [{ match: { kind: 'diagnosticSettings' }, action: 'raw', status: 200, body: '{}' }] }));
    const get2 = await armGetter(fakeCredential(g, tid), resolveCloud('AzureCloud', g.url, {}), { agent: testAgent, retryBaseMs: 1, maxAttempts: 2 });
    r = await readArmData({ rows, rowTenant, getterFor: async () => get2, now: new Date() });
    expect(r.gaps).toEqual([{ scope: expect.stringMatching(/^diagnostic settings of 3 resources/), reason: expect.stringMatching(/^could not be read after retries: ARM answered without a value list/) }]);
  });
});
