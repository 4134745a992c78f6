import type { CoverageGap, Subscription } from '../../inventory/model.js';
import { scrubSecrets } from '../../inventory/secrets.js';
import { GraphCallError, TIMEOUT, toGraphCallError, withRefusedWait, type GraphPage, type GraphQuery, type GraphRequest } from './client.js';
import { backoffMs, QuotaPacer, QuotaWaitRefused, systemClock, type Clock } from './pacing.js';
import { refusedWait } from '../../util/waits.js';
import { annotateRows, extraKind, type ExtraData, type ExtraReads } from './extras.js';
import { EXPRESSROUTE_QUERY, MAINTENANCE_QUERY, MAX_PAGE_ROWS, MAX_SUBSCRIPTIONS_PER_REQUEST, SUBSCRIPTIONS_QUERY } from './queries.js';
import { compareText } from '../../util/collate.js';
import { MAX_NAMED_WAIT_MS } from '../../util/waits.js';
import { isObj } from '../../util/objects.js';

/**
 * The live crawl: per tenant, list the subscriptions in scope, then page through one query for all
 * ExpressRoute families in batches of at most 300 subscriptions. Every request is paced by the
 * tenant's quota and retried (429 with or without Retry-After, 5xx, resets, timeouts) with
 * bounded, jittered backoff. What cannot be read becomes a coverage gap naming the scope and the
 * reason; the rest is crawled. Rows are scrubbed of secrets on arrival and merged by id.
 */

export interface TenantTarget {
  /** The tenant id; undefined means the identity's home tenant. */
  tenantId?: string;
  label: string;
  /** Signs in and returns the query function for this tenant (throws when sign-in fails). */
  connect(): Promise<GraphQuery>;
  /**
   * Lists the tenant's subscriptions through ARM (`GET /subscriptions`), which has no 10,000 limit:
   * used when Resource Graph's tenant-scope listing stops at its limit, to find the ones it left out.
   */
  listSubscriptions?(): Promise<Subscription[]>;
}

export type CrawlEvent =
  | { type: 'tenant'; tenant: string; state: 'signing-in' | 'listing' | 'crawling' | 'done' | 'failed' }
  | { type: 'subscriptions'; tenant: string; count: number }
  | { type: 'batches'; tenant: string; count: number }
  | { type: 'request'; tenant: string; what: string; page: number; ms: number; outcome: string; rows?: number; remaining?: number }
  | { type: 'wait'; tenant: string; ms: number; reason: 'quota' | 'throttled' | 'retry' }
  | { type: 'gap'; gap: CoverageGap };

export interface CrawlOptions {
  tenants: TenantTarget[];
  subscriptions?: string[];
  managementGroups?: string[];
  /** Subscriptions per request (≤ 300). */
  batchSize?: number;
  /** Rows per page (≤ 1000). */
  pageSize?: number;
  /** Requests in flight per tenant (the quota still decides the rate). */
  concurrencyPerTenant?: number;
  /** Attempts per page for 5xx / network / timeout failures. */
  maxAttempts?: number;
  /** Attempts per page for 429s (throttling is expected under load, so more patience). */
  maxThrottledAttempts?: number;
  retryBaseMs?: number;
  retryCapMs?: number;
  /**
   * Longest wait a server may name (Retry-After, the quota reset) that the crawl honours (default 5 minutes):
   * a longer one fails the request now, as a coverage gap, rather than holding the crawl for up to an hour per attempt.
   */
  maxNamedWaitMs?: number;
  requestTimeoutMs?: number;
  /** How many times a failing subscription batch is halved to salvage the readable part. */
  splitDepth?: number;
  /** Also read maintenance configuration assignments (one more query per batch; default true). */
  maintenance?: boolean;
  clock?: Clock;
  random?: () => number;
  onEvent?: (e: CrawlEvent) => void;
}

export interface CrawlStats {
  tenants: number;
  subscriptions: number;
  requests: number;
  pages: number;
  rows: number;
  duplicates: number;
  retries: number;
  throttled: number;
  quotaWaits: number;
  quotaWaitMs: number;
  requestsByTenant: Record<string, number>;
}

export interface CrawlResult {
  /** Scrubbed, merged by lower-cased id, sorted by id. */
  rows: Record<string, unknown>[];
  subscriptions: Subscription[];
  gaps: CoverageGap[];
  notices: string[];
  stats: CrawlStats;
  /** Which tenant (label) read each row: its credential is the one to ask for metrics. */
  rowTenant: Map<string, string>;
  /** Subscriptions whose ExpressRoute query was answered in full (listed is not read: every batch may fail). */
  subscriptionsRead: number;
  /**
   * Rows of batches answered in full that cannot be placed: not an object, or without an id (scrubbed). Never
   * dropped in silence: the caller's row check names each one as a coverage gap.
   */
  unplaced: unknown[];
}

interface TenantState {
  target: TenantTarget;
  query?: GraphQuery;
  pacer: QuotaPacer;
  visible: Map<string, Subscription>;
  listedOk: boolean;
  failedSubscriptionLookups: Map<string, string>;
  /** Rows of the subscription list that named no subscription (not an object, or no id): subscriptions may be missing. */
  unlisted: number;
  mgResults: Map<string, { ok: boolean; reason?: string; count: number }>;
  assigned: string[];
}

class PageFailure extends Error {
  constructor(
    readonly page: number,
    readonly failure: GraphCallError,
  ) {
    super(failure.message);
  }
}

const chunk = <T>(xs: T[], n: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function describeSubscriptions(ids: string[]): string {
  if (ids.length === 1) return `subscription ${ids[0]}`;
  const shown = ids.slice(0, 3).join(', ');
  return `${ids.length} subscriptions (${shown}${ids.length > 3 ? ', …' : ''})`;
}

export async function crawl(opts: CrawlOptions): Promise<CrawlResult> {
  const clock = opts.clock ?? systemClock;
  const random = opts.random ?? Math.random;
  const emit = opts.onEvent ?? (() => {});
  const batchSize = Math.max(1, Math.min(opts.batchSize ?? MAX_SUBSCRIPTIONS_PER_REQUEST, MAX_SUBSCRIPTIONS_PER_REQUEST));
  const pageSize = Math.max(1, Math.min(opts.pageSize ?? MAX_PAGE_ROWS, MAX_PAGE_ROWS));
  const concurrency = Math.max(1, opts.concurrencyPerTenant ?? 4);
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 5);
  const maxThrottled = Math.max(1, opts.maxThrottledAttempts ?? 10);
  const baseMs = opts.retryBaseMs ?? 1000;
  const capMs = opts.retryCapMs ?? 30_000;
  const maxNamedWaitMs = opts.maxNamedWaitMs ?? MAX_NAMED_WAIT_MS;
  const timeoutMs = opts.requestTimeoutMs ?? 90_000;
  const splitDepth = opts.splitDepth ?? 2;

  const gaps: CoverageGap[] = [];
  const notices: string[] = [];
  const addGap = (scope: string, reason: string) => {
    const gap = { scope, reason };
    gaps.push(gap);
    emit({ type: 'gap', gap });
  };
  const stats: CrawlStats = { tenants: opts.tenants.length, subscriptions: 0, requests: 0, pages: 0, rows: 0, duplicates: 0, retries: 0, throttled: 0, quotaWaits: 0, quotaWaitMs: 0, requestsByTenant: {} };
  const rows = new Map<string, Record<string, unknown>>();
  const rowTenant = new Map<string, string>();
  // Rows the rules need beside the ExpressRoute resources (src/sources/graph/extras.ts).
  const extras: ExtraData = { alerts: [], vnets: [], assignments: [] };
  const extraIds = new Set<string>();
  /** Ids of rows Resource Graph returned for subscriptions the request did not name (dropped). */
  const outOfScope = new Set<string>();
  const unplaced: unknown[] = [];
  const reads: ExtraReads = { main: new Set(), maintenance: new Set() };
  const readMaintenance = opts.maintenance !== false;

  /** One request through the tenant's pacer, retried while the failure is transient. */
  async function call(t: TenantState, req: GraphRequest, what: string, page: number): Promise<GraphPage> {
    let serverFailures = 0;
    let throttles = 0;
    for (;;) {
      try {
        await t.pacer.acquire();
      } catch (e) {
        // The quota a response named (on a success, too) resets later than erscan waits: the request fails now,
        // said, as a 429 that outlasted its wait would (never split: the quota is the identity's).
        if (!(e instanceof QuotaWaitRefused)) throw e;
        throw new GraphCallError(`not sent: Resource Graph's quota for this identity is spent, and Resource Graph ${refusedWait(e.waitMs, maxNamedWaitMs)} (x-ms-user-quota-resets-after)`, 'throttled', undefined, undefined, {}, undefined);
      }
      const started = clock.now();
      const ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(TIMEOUT), timeoutMs);
      stats.requests++;
      stats.requestsByTenant[t.target.label] = (stats.requestsByTenant[t.target.label] ?? 0) + 1;
      let err: GraphCallError;
      try {
        const res = await t.query!(req, ctl.signal);
        t.pacer.release(res.quota);
        emit({ type: 'request', tenant: t.target.label, what, page, ms: clock.now() - started, outcome: 'ok', rows: res.rows.length, remaining: res.quota.remaining });
        return res;
      } catch (e) {
        err = toGraphCallError(e, ctl.signal.aborted && ctl.signal.reason === TIMEOUT);
        t.pacer.release(err.quota);
        emit({ type: 'request', tenant: t.target.label, what, page, ms: clock.now() - started, outcome: err.message, remaining: err.quota.remaining });
      } finally {
        clearTimeout(timer);
      }
      if (!err.retryable) throw err;
      let wait: number;
      if (err.kind === 'throttled') {
        stats.throttled++;
        if (++throttles >= maxThrottled) throw err;
        // Wait for the window the server names (Retry-After, else the quota reset), else back off;
        // the pacer holds every other request of this tenant until then as well.
        const named = err.retryAfterMs ?? err.quota.resetsAfterMs;
        const refused = withRefusedWait(err, named, maxNamedWaitMs, 'Resource Graph');
        if (refused) throw refused;
        wait = named !== undefined ? named + Math.round(random() * Math.min(1000, named * 0.2 + 50)) : backoffMs(throttles, baseMs, capMs, random);
        t.pacer.exhausted(wait);
        emit({ type: 'wait', tenant: t.target.label, ms: wait, reason: 'throttled' });
        stats.retries++;
        continue; // acquire() sleeps until the window resets
      }
      if (++serverFailures >= maxAttempts) throw err;
      const refused = withRefusedWait(err, err.retryAfterMs, maxNamedWaitMs, 'Resource Graph');
      if (refused) throw refused;
      wait = err.retryAfterMs ?? backoffMs(serverFailures, baseMs, capMs, random);
      stats.retries++;
      emit({ type: 'wait', tenant: t.target.label, ms: wait, reason: 'retry' });
      await clock.sleep(wait);
    }
  }

  /**
   * All pages of one query with one scope; the same query and scope go with every skip token.
   * `truncated` says why the answer is short when it is: `resultTruncated` "true" without a skip
   * token, or fewer different rows than the `totalRecords` Resource Graph counted (a row repeated
   * on a later page counts once). A token seen before, or tokens that keep coming past the counted
   * rows (or with empty pages), fail the query instead of paging forever.
   */
  async function paged(t: TenantState, base: Omit<GraphRequest, 'top' | 'skipToken'>, what: string, onRows: (rows: Record<string, unknown>[]) => void): Promise<{ truncated?: string; unchecked?: boolean; limitHit: boolean }> {
    let skipToken: string | undefined;
    let page = 0;
    let limitHit = false;
    let received = 0;
    // Ids already returned by this query: a row that comes back on a later page (the data moved
    // between pages) counts once against totalRecords, or it would hide a row that never came.
    const ids = new Set<string>();
    let repeated = 0;
    let counted: number | undefined;
    // The first page that sent fewer rows than its own `count` said it holds (rows lost inside the page).
    let miscounted: string | undefined;
    let emptyInARow = 0;
    const seen = new Set<string>();
    const fail = (message: string) => new PageFailure(page, new GraphCallError(message, 'client', undefined, undefined, {}, undefined));
    for (;;) {
      page++;
      let res: GraphPage;
      try {
        res = await call(t, { ...base, top: pageSize, ...(skipToken ? { skipToken } : {}) }, what, page);
      } catch (e) {
        throw new PageFailure(page, toGraphCallError(e, false));
      }
      stats.pages++;
      limitHit ||= res.subscriptionLimitHit;
      onRows(res.rows);
      received += res.rows.length;
      for (const row of res.rows) {
        const id = isObj(row) ? str(row.id)?.toLowerCase() : undefined;
        if (id === undefined) continue;
        if (ids.has(id)) repeated++;
        else ids.add(id);
      }
      if (res.totalRecords !== undefined) counted = Math.max(counted ?? 0, res.totalRecords);
      if (res.count !== undefined && res.count > res.rows.length) miscounted ??= `Resource Graph said page ${page} held ${res.count} rows (count) but sent ${res.rows.length}`;
      if (!res.skipToken) {
        if (res.truncated) return { truncated: 'Resource Graph returned resultTruncated "true" without a skip token', limitHit };
        if (miscounted) return { truncated: miscounted, limitHit };
        // The last page's count, or an earlier page's when the last one has none: a last page without
        // totalRecords was read as complete, whatever it held.
        const total = res.totalRecords ?? counted;
        // totalRecords is required in every answer; without it no page says how many rows there are.
        if (total === undefined) return { truncated: 'Resource Graph did not say how many rows matched (its answer has no totalRecords number), so the rows returned cannot be checked complete', unchecked: true, limitHit };
        const distinct = received - repeated;
        if (distinct < total) {
          return { truncated: `Resource Graph counted ${total} rows (totalRecords) but returned ${distinct}${repeated > 0 ? ` different ones (${repeated} more ${repeated === 1 ? 'was a repeat of a row' : 'were repeats of rows'} of earlier pages)` : ''}`, limitHit };
        }
        return { limitHit };
      }
      // (The token this page was asked with is among them.)
      if (seen.has(res.skipToken)) throw fail('Resource Graph returned a skip token it had already returned (paging would loop)');
      emptyInARow = res.rows.length === 0 ? emptyInARow + 1 : 0;
      if (emptyInARow >= 3) throw fail(`Resource Graph returned ${emptyInARow} empty pages in a row, each with a new skip token`);
      if (counted !== undefined && page >= Math.ceil(counted / pageSize) + 3) throw fail(`Resource Graph kept returning skip tokens past the ${counted} rows it counted (totalRecords) at page ${page}`);
      seen.add(res.skipToken);
      skipToken = res.skipToken;
    }
  }

  const toSubscription = (row: Record<string, unknown>): Subscription | undefined => {
    const id = str(row.subscriptionId) ?? str(row.id)?.replace(/^\/subscriptions\//i, '');
    if (!id) return undefined;
    return { subscriptionId: id.toLowerCase(), ...(str(row.name) ? { name: str(row.name) } : {}), ...(str(row.tenantId) ? { tenantId: str(row.tenantId) } : {}), ...(str(row.state) ? { state: str(row.state) } : {}) };
  };

  /**
   * Resource Graph listed only the first subscriptions of a tenant (its limit is 10,000). ARM's
   * subscription list has no such limit: the ones Resource Graph left out are added (phase 2 names
   * subscriptions explicitly, in batches, so they are crawled like the rest). Without that list, the
   * gap says how many were listed and that the rest is not covered.
   */
  async function beyondLimit(t: TenantState): Promise<void> {
    const label = t.target.label;
    const listed = t.visible.size;
    if (t.target.listSubscriptions) {
      try {
        const all = await t.target.listSubscriptions();
        const missing = all.filter((s) => !t.visible.has(s.subscriptionId.toLowerCase()));
        for (const s of missing) t.visible.set(s.subscriptionId.toLowerCase(), { ...s, subscriptionId: s.subscriptionId.toLowerCase() });
        notices.push(`tenant ${label}: Resource Graph listed only the first ${listed} subscriptions (x-ms-tenant-subscription-limit-hit); ARM listed ${missing.length} more, which were crawled by name${missing.length ? `: ${describeSubscriptions(missing.map((s) => s.subscriptionId.toLowerCase()).sort())}` : ''}`);
        return;
      } catch (e) {
        addGap(`tenant ${label}`, `Resource Graph listed only the first ${listed} subscriptions (x-ms-tenant-subscription-limit-hit) and ARM's subscription list could not be read (${(e as Error).message}); subscriptions beyond those are not covered: name them with --subscription or --management-group`);
        return;
      }
    }
    addGap(`tenant ${label}`, `Resource Graph listed only the first ${listed} subscriptions (x-ms-tenant-subscription-limit-hit); subscriptions beyond those are not covered: name them with --subscription or --management-group`);
  }

  // ---- phase 1: sign in and list the subscriptions each tenant can see --------------------------
  const states: TenantState[] = opts.tenants.map((target) => ({
    target,
    // A reset further away than the longest named wait erscan honours is not waited for (the 429 path adds up
    // to 1 s of jitter to a wait it honoured, hence the margin).
    pacer: new QuotaPacer(
      clock,
      25,
      (ms) => {
        stats.quotaWaits++;
        stats.quotaWaitMs += ms;
        emit({ type: 'wait', tenant: target.label, ms, reason: 'quota' });
      },
      maxNamedWaitMs + 2_000,
    ),
    visible: new Map(),
    listedOk: false,
    failedSubscriptionLookups: new Map(),
    unlisted: 0,
    mgResults: new Map(),
    assigned: [],
  }));
  const requested = opts.subscriptions?.map((s) => s.toLowerCase());
  const mgs = opts.managementGroups ?? [];

  await Promise.all(
    states.map(async (t) => {
      const label = t.target.label;
      emit({ type: 'tenant', tenant: label, state: 'signing-in' });
      try {
        t.query = await t.target.connect();
      } catch (e) {
        const err = toGraphCallError(e, false);
        addGap(`tenant ${label}`, `sign-in failed: ${err.message.replace(/^sign-in failed: /, '')}`);
        emit({ type: 'tenant', tenant: label, state: 'failed' });
        return;
      }
      emit({ type: 'tenant', tenant: label, state: 'listing' });
      const collect = (rs: Record<string, unknown>[]) => {
        for (const r of rs) {
          const s = isObj(r) ? toSubscription(r) : undefined;
          if (s) t.visible.set(s.subscriptionId, s);
          else t.unlisted++;
        }
      };
      if (requested) {
        for (const batch of chunk([...new Set(requested)].sort(), batchSize)) {
          try {
            const r = await paged(t, { query: SUBSCRIPTIONS_QUERY, subscriptions: batch }, 'subscriptions', collect);
            // A short answer: the subscriptions it did not list were not looked up (a gap each, below).
            if (r.truncated) for (const s of batch) if (!t.visible.has(s)) t.failedSubscriptionLookups.set(s, `${r.truncated}, and did not list it`);
          } catch (e) {
            for (const s of batch) t.failedSubscriptionLookups.set(s, (e as Error).message);
          }
        }
        t.listedOk = true;
      } else if (mgs.length > 0) {
        for (const mg of mgs) {
          const before = t.visible.size;
          try {
            const r = await paged(t, { query: SUBSCRIPTIONS_QUERY, managementGroups: [mg], allowPartialScopes: true }, `subscriptions of ${mg}`, collect);
            t.mgResults.set(mg, { ok: true, count: t.visible.size - before });
            if (r.limitHit) addGap(`tenant ${label} management group ${mg}`, `Resource Graph listed only the first ${t.visible.size - before} subscriptions under it (x-ms-tenant-subscription-limit-hit); the rest are not covered: name subscriptions or smaller management groups`);
            if (r.truncated) addGap(`tenant ${label} management group ${mg}`, `the subscription list came back short (${r.truncated}): subscriptions under it may be missing`);
          } catch (e) {
            t.mgResults.set(mg, { ok: false, reason: (e as Error).message, count: 0 });
          }
        }
        t.listedOk = true;
      } else {
        try {
          // allowPartialScopes: past Resource Graph's subscription limit the query would otherwise fail
          // as a whole (TooManySubscriptionsUnderScope) and lose the tenant.
          const r = await paged(t, { query: SUBSCRIPTIONS_QUERY, allowPartialScopes: true }, 'subscriptions', collect);
          if (r.limitHit) await beyondLimit(t);
          if (r.truncated) addGap(`tenant ${label}`, `the subscription list came back short (${r.truncated}): subscriptions may be missing`);
          t.listedOk = true;
        } catch (e) {
          const f = e as PageFailure;
          addGap(`tenant ${label}`, `could not list subscriptions (page ${f.page}): ${f.message}`);
        }
      }
      if (t.unlisted > 0) addGap(`tenant ${label}`, `the subscription list held ${t.unlisted} row${t.unlisted === 1 ? '' : 's'} naming no subscription (not an object, or no subscriptionId or id): subscriptions may be missing`);
      emit({ type: 'subscriptions', tenant: label, count: t.visible.size });
    }),
  );

  // ---- assign every subscription to exactly one tenant --------------------------------------------
  // A Lighthouse-delegated subscription is visible from its own tenant and from the managing one:
  // read it once, preferably through its own tenant.
  const owner = new Map<string, TenantState>();
  const allSubs = new Map<string, Subscription>();
  const ordered = [...states].sort((a, b) => compareText(a.target.label, b.target.label));
  for (const t of ordered) for (const [id, s] of t.visible) if (!allSubs.has(id) || (s.tenantId && t.target.tenantId === s.tenantId)) allSubs.set(id, s);
  for (const [id, s] of allSubs) {
    const own = ordered.find((t) => t.visible.has(id) && t.target.tenantId !== undefined && t.target.tenantId.toLowerCase() === s.tenantId?.toLowerCase());
    const o = own ?? ordered.find((t) => t.visible.has(id))!;
    owner.set(id, o);
    o.assigned.push(id);
  }
  const delegated = [...allSubs.values()].filter((s) => ordered.filter((t) => t.visible.has(s.subscriptionId)).length > 1).length;
  if (delegated > 0) notices.push(`${delegated} subscription${delegated === 1 ? ' was' : 's were'} visible from more than one tenant (Azure Lighthouse); each was read once`);

  // Scope the user asked for but nobody could read.
  if (requested) {
    for (const s of [...new Set(requested)].sort()) {
      if (allSubs.has(s)) continue;
      const failures = states.filter((t) => t.failedSubscriptionLookups.has(s)).map((t) => `tenant ${t.target.label}: ${t.failedSubscriptionLookups.get(s)}`);
      const signedIn = states.some((t) => t.query);
      if (failures.length > 0) addGap(`subscription ${s}`, `could not be looked up (${failures.join('; ')})`);
      else if (signedIn) addGap(`subscription ${s}`, 'not visible to the signed-in identity in any crawled tenant (missing, or no Reader role on it)');
    }
  }
  for (const mg of mgs) {
    const results = states.map((t) => t.mgResults.get(mg)).filter((r): r is NonNullable<typeof r> => r !== undefined);
    if (results.length === 0) continue; // no tenant signed in: the tenant gaps say so
    if (!results.some((r) => r.ok)) addGap(`management group ${mg}`, `could not list its subscriptions: ${[...new Set(results.map((r) => r.reason))].join('; ')}`);
    else if (results.every((r) => !r.ok || r.count === 0)) notices.push(`management group ${mg}: no subscriptions visible under it`);
  }

  /** Maintenance configuration assignments of one batch; a failure is a gap naming the rule it leaves unevaluated. */
  async function maintenanceOf(t: TenantState, subs: string[]): Promise<void> {
    const got: Record<string, unknown>[] = [];
    try {
      const r = await paged(t, { query: MAINTENANCE_QUERY, subscriptions: subs }, `maintenance assignments of ${describeSubscriptions(subs)}`, (rs) => got.push(...rs));
      const odd = got.filter((a) => !isObj(a)).length;
      const short = r.truncated ?? (odd > 0 ? `${odd} row${odd === 1 ? ' was' : 's were'} not an object` : undefined);
      if (short) {
        addGap(`tenant ${t.target.label} ${describeSubscriptions(subs)}`, `maintenance configuration assignments came back short (${short}); ERS-RED-011 is not evaluated for their gateways`);
        return;
      }
      for (const sub of subs) reads.maintenance.add(sub);
      extras.assignments.push(...got);
    } catch (e) {
      const f = e as PageFailure;
      addGap(`tenant ${t.target.label} ${describeSubscriptions(subs)}`, `maintenance configuration assignments could not be read (page ${f.page}): ${f.message}; ERS-RED-011 is not evaluated for their gateways`);
    }
  }

  // ---- phase 2: the ExpressRoute query, batch by batch ----------------------------------------------
  await Promise.all(
    states.map(async (t) => {
      if (!t.query) return;
      const label = t.target.label;
      const ids = t.assigned.sort();
      if (ids.length === 0) {
        if (t.listedOk && !requested && mgs.length === 0) notices.push(`tenant ${label}: no subscriptions visible`);
        emit({ type: 'tenant', tenant: label, state: 'done' });
        return;
      }
      emit({ type: 'tenant', tenant: label, state: 'crawling' });
      const queue: { subs: string[]; depth: number }[] = chunk(ids, batchSize).map((subs) => ({ subs, depth: 0 }));
      emit({ type: 'batches', tenant: label, count: queue.length });
      const worker = async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const got: Record<string, unknown>[] = [];
          // Rows are kept only from a batch answered in full: part of a subscription's resources
          // (its gateways without the connections of a later page) would be judged without the rest.
          let complete = false;
          const notCovered = () =>
            `${job.subs.length === 1 ? 'this subscription is' : 'these subscriptions are'} not covered${got.length > 0 ? ` (the ${got.length} row${got.length === 1 ? '' : 's'} read before ${got.length === 1 ? 'was' : 'were'} set aside: part of a subscription is never scanned without the rest)` : ''}: ${job.subs.join(', ')}`;
          try {
            const r = await paged(t, { query: EXPRESSROUTE_QUERY, subscriptions: job.subs }, describeSubscriptions(job.subs), (rs) => got.push(...rs));
            if (r.truncated) addGap(`tenant ${label} ${describeSubscriptions(job.subs)}`, `${r.truncated}${r.unchecked ? '' : ': some rows were not returned'}; ${notCovered()}`);
            else {
              complete = true;
              for (const sub of job.subs) reads.main.add(sub);
            }
            if (readMaintenance && complete) await maintenanceOf(t, job.subs);
          } catch (e) {
            const f = e as PageFailure;
            // 401 is the tenant's token (every half would fail alike); 403 may be one subscription's authorization.
            // Throttling is the identity's quota, not the batch's: halves would only spend more of it.
            const splittable = f.failure?.kind === 'auth' ? f.failure.status === 403 : f.failure?.kind !== 'throttled';
            // A 403 is one subscription's answer for the whole batch, at once (no retries): halved down to that
            // subscription, so one it may not read costs no other. Other failures are halved `splitDepth` times.
            const deeper = f.failure?.kind === 'auth' || job.depth < splitDepth;
            if (job.subs.length > 1 && deeper && splittable) {
              // Halve the batch and start both halves afresh: one unreadable subscription (or one
              // bad page) should not cost the whole batch.
              const mid = Math.ceil(job.subs.length / 2);
              queue.push({ subs: job.subs.slice(0, mid), depth: job.depth + 1 }, { subs: job.subs.slice(mid), depth: job.depth + 1 });
              notices.push(`tenant ${label}: a batch of ${job.subs.length} subscriptions failed at page ${f.page} (${f.message}); retried as two halves`);
              if (queue.length > 0 && active < concurrency) spawn();
            } else {
              addGap(`tenant ${label} ${describeSubscriptions(job.subs)}`, `page ${f.page} could not be read after retries: ${f.message}; ${notCovered()}`);
            }
          } finally {
            if (!complete) got.length = 0;
            const inBatch = new Set(job.subs);
            for (const raw of got) {
              // A row that is not an object cannot be placed anywhere: the row check names it (a gap).
              if (!isObj(raw)) {
                unplaced.push(raw);
                continue;
              }
              const id = str(raw.id);
              // A row of a subscription this batch did not ask for is not in the scope read (and its
              // subscription may not be read at all): it is dropped, never scanned as if it were.
              const sub = (str(raw.subscriptionId) ?? (id ? /^\/subscriptions\/([^/]+)/i.exec(id)?.[1] : undefined))?.toLowerCase();
              if (sub && !inBatch.has(sub)) {
                if (id) outOfScope.add(id.toLowerCase());
                continue;
              }
              // A row without an id was dropped in silence (the rest read as complete): it is a resource not read.
              if (!id) {
                unplaced.push(scrubSecrets(raw));
                continue;
              }
              const key = id.toLowerCase();
              stats.rows++;
              const extra = extraKind(raw);
              if (extra) {
                if (!extraIds.has(key)) (extra === 'alert' ? extras.alerts : extras.vnets).push(raw);
                extraIds.add(key);
                continue;
              }
              if (rows.has(key)) {
                stats.duplicates++;
                continue;
              }
              rows.set(key, scrubSecrets(raw));
              rowTenant.set(key, label);
            }
          }
        }
      };
      let active = 0;
      const running: Promise<void>[] = [];
      const spawn = () => {
        active++;
        running.push(worker().finally(() => void active--));
      };
      for (let i = 0; i < Math.min(concurrency, queue.length); i++) spawn();
      // Workers may spawn siblings when a batch is split; wait until all of them are done.
      for (let n = 0; n < running.length; n++) await running[n];
      emit({ type: 'tenant', tenant: label, state: 'done' });
    }),
  );

  const stray = [...outOfScope].filter((k) => !rows.has(k) && !extraIds.has(k)).sort();
  if (stray.length > 0) notices.push(`Resource Graph returned ${stray.length} row${stray.length === 1 ? '' : 's'} of subscriptions outside the scope asked for; ${stray.length === 1 ? 'it was' : 'they were'} dropped: ${stray.slice(0, 3).join(', ')}${stray.length > 3 ? ', …' : ''}`);
  annotateRows([...rows.values()], extras, reads);
  const subscriptions = [...allSubs.values()].sort((a, b) => compareText(a.subscriptionId, b.subscriptionId));
  stats.subscriptions = subscriptions.length;
  if (stats.duplicates > 0) notices.push(`${stats.duplicates} duplicate row${stats.duplicates === 1 ? '' : 's'} (same resource reached through overlapping scopes) merged`);
  const sorted = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
  return { rows: sorted, subscriptions, gaps, notices, stats, rowTenant, subscriptionsRead: reads.main.size, unplaced };
}
