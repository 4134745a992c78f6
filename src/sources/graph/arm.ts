import type { Agent } from 'node:http';
import type { TokenCredential } from '@azure/core-auth';
import type { CloudSettings } from './clouds.js';
import type { Subscription } from '../../inventory/model.js';
import { GraphCallError, toGraphCallError, withRefusedWait } from './client.js';
import { MAX_NAMED_WAIT_MS } from '../../util/waits.js';
import { backoffMs, systemClock, type Clock } from './pacing.js';
import { compareText } from '../../util/collate.js';

/**
 * Plain ARM GETs (tenant discovery, Azure Monitor metrics) through the same @azure/core-rest-pipeline
 * the SDK clients use: bearer token for the cloud's scope, TLS, user agent. Retries 429/5xx/resets
 * with jittered backoff (honouring Retry-After, which ARM does send).
 */
export type ArmGet = (pathAndQuery: string, opts?: ArmCallOptions) => Promise<unknown>;

export interface ArmCallOptions {
  /** Sees every response's headers (e.g. `x-ms-ratelimit-remaining-subscription-reads`, for pacing). */
  onHeaders?: (get: (name: string) => string | undefined) => void;
}

export interface ArmGetOptions {
  agent?: Agent;
  clock?: Clock;
  random?: () => number;
  maxAttempts?: number;
  retryBaseMs?: number;
  timeoutMs?: number;
  /** Longest wait ARM may name (Retry-After) that is honoured (default 5 minutes); a longer one fails the read now. */
  maxNamedWaitMs?: number;
}

export async function armGetter(credential: TokenCredential, cloud: CloudSettings, o: ArmGetOptions = {}): Promise<ArmGet> {
  const core = await import('@azure/core-rest-pipeline');
  const pipeline = core.createPipelineFromOptions({ retryOptions: { maxRetries: 0 }, userAgentOptions: { userAgentPrefix: 'erscan' }, ...(o.agent ? { agent: o.agent } : {}) });
  pipeline.addPolicy(core.bearerTokenAuthenticationPolicy({ credential, scopes: [cloud.scope] }));
  const http = core.createDefaultHttpClient();
  const clock = o.clock ?? systemClock;
  const random = o.random ?? Math.random;
  const maxAttempts = o.maxAttempts ?? 4;
  const base = o.retryBaseMs ?? 1000;
  return async (pathAndQuery, call) => {
    for (let attempt = 1; ; attempt++) {
      const ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(), o.timeoutMs ?? 60_000);
      let failure;
      try {
        const res = await pipeline.sendRequest(http, core.createPipelineRequest({ url: `${cloud.armEndpoint}${pathAndQuery}`, method: 'GET', abortSignal: ctl.signal }));
        call?.onHeaders?.((name) => res.headers.get(name) ?? undefined);
        let body: unknown;
        let json = true;
        try {
          body = res.bodyAsText ? JSON.parse(res.bodyAsText) : undefined;
        } catch {
          body = undefined;
          json = false;
        }
        // Every GET erscan makes answers a JSON object: a success whose body is not one (a proxy's page, an empty
        // body) is a failed read, retried like a server error, never an empty list (0 diagnostic settings, no
        // other tenant).
        if (res.status < 400 && body !== null && typeof body === 'object' && !Array.isArray(body)) return body;
        if (res.status < 400) {
          const what = !res.bodyAsText?.trim() ? 'an empty body' : !json ? 'a body that is not JSON' : `JSON that is not an object (${body === null ? 'null' : Array.isArray(body) ? 'an array' : `a ${typeof body}`})`;
          throw new GraphCallError(`ARM answered HTTP ${res.status} with ${what} (not the JSON document asked for)`, 'server', res.status, undefined, {}, undefined);
        }
        const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
        failure = toGraphCallError({ statusCode: res.status, code: error?.code, message: error?.message ?? `HTTP ${res.status}`, response: res }, false);
      } catch (e) {
        failure = toGraphCallError(e, ctl.signal.aborted);
      } finally {
        clearTimeout(timer);
      }
      if (!failure.retryable || attempt >= maxAttempts) throw failure;
      const named = failure.retryAfterMs ?? failure.quota.resetsAfterMs;
      const refused = withRefusedWait(failure, named, o.maxNamedWaitMs ?? MAX_NAMED_WAIT_MS, 'ARM');
      if (refused) throw refused;
      await clock.sleep(named ?? backoffMs(attempt, base, 30_000, random));
    }
  };
}

/** Tenants the signed-in identity belongs to (`GET /tenants`), for crawling when none is named. */
export async function listTenants(get: ArmGet): Promise<string[]> {
  const out: string[] = [];
  let next: string | undefined = '/tenants?api-version=2022-12-01';
  for (let i = 0; next && i < 100; i++) {
    const body = (await get(next)) as { value?: { tenantId?: string }[]; nextLink?: string } | undefined;
    if (!Array.isArray(body?.value)) throw new Error('GET /tenants answered without a value list');
    for (const t of body.value) if (t !== null && typeof t === 'object' && typeof t.tenantId === 'string' && t.tenantId) out.push(t.tenantId);
    next = body?.nextLink ? new URL(body.nextLink).pathname + new URL(body.nextLink).search : undefined;
  }
  return [...new Set(out)].sort();
}

/**
 * The subscriptions the signed-in identity can read in its tenant (`GET /subscriptions`, paged by
 * nextLink). Unlike a tenant-scope Resource Graph query it has no 10,000-subscription limit.
 */
export async function listSubscriptionsArm(get: ArmGet): Promise<Subscription[]> {
  const out = new Map<string, Subscription>();
  let next: string | undefined = '/subscriptions?api-version=2022-12-01';
  for (let i = 0; next && i < 10_000; i++) {
    const body = (await get(next)) as { value?: { subscriptionId?: string; displayName?: string; tenantId?: string; state?: string }[]; nextLink?: string } | undefined;
    if (!Array.isArray(body?.value)) throw new Error('GET /subscriptions answered without a value list');
    for (const s of body.value) {
      if (s === null || typeof s !== 'object' || typeof s.subscriptionId !== 'string' || !s.subscriptionId) continue;
      out.set(s.subscriptionId.toLowerCase(), { subscriptionId: s.subscriptionId.toLowerCase(), ...(s.displayName ? { name: s.displayName } : {}), ...(s.tenantId ? { tenantId: s.tenantId } : {}), ...(s.state ? { state: s.state } : {}) });
    }
    next = body?.nextLink ? new URL(body.nextLink).pathname + new URL(body.nextLink).search : undefined;
  }
  return [...out.values()].sort((a, b) => compareText(a.subscriptionId, b.subscriptionId));
}
