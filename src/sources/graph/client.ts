import type { Agent } from 'node:http';
import type { TokenCredential } from '@azure/core-auth';
import type { CloudSettings } from './clouds.js';
import { parseResetsAfter, type QuotaHeaders } from './pacing.js';
import { refusedWait } from '../../util/waits.js';

/**
 * The one seam between the crawler and Azure: a Resource Graph query page through the real
 * `@azure/arm-resourcegraph` client and pipeline. The crawler's logic (paging, pacing, retries,
 * gaps) sits above this function; the SDK does serialisation, auth and transport.
 */
export interface GraphRequest {
  query: string;
  subscriptions?: string[];
  managementGroups?: string[];
  skipToken?: string;
  top: number;
  /** Tenant or management-group scope only: return the first subscriptions' results instead of failing when the scope holds too many (TooManySubscriptionsUnderScope). */
  allowPartialScopes?: boolean;
}

export interface GraphPage {
  rows: Record<string, unknown>[];
  skipToken?: string;
  /** `resultTruncated` is a string in the wire format ("true" | "false"). */
  truncated: boolean;
  totalRecords?: number;
  /** `count`: the rows this page holds, as Resource Graph counted them. */
  count?: number;
  quota: QuotaHeaders;
  /** `x-ms-tenant-subscription-limit-hit: true`: a tenant/MG-scope query saw only the first subscriptions. */
  subscriptionLimitHit: boolean;
}

export type GraphQuery = (req: GraphRequest, signal: AbortSignal) => Promise<GraphPage>;

export type FailureKind = 'throttled' | 'server' | 'network' | 'timeout' | 'auth' | 'client';

/** A failed call, normalised from RestError / network errors; never carries a token. */
export class GraphCallError extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind,
    readonly status: number | undefined,
    readonly code: string | undefined,
    readonly quota: QuotaHeaders,
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
    this.name = 'GraphCallError';
  }

  get retryable(): boolean {
    if (this.kind === 'throttled' || this.kind === 'server' || this.kind === 'network' || this.kind === 'timeout') return true;
    // A token that expired between signing the request and ARM reading it (a slow page, a quota
    // wait): the retry goes through the bearer-token policy again, which signs in afresh.
    return this.kind === 'auth' && this.status === 401 && this.code === 'ExpiredAuthenticationToken';
  }
}

/** `err`, saying why it is not retried, when the wait its server named is longer than `most` (src/util/waits.ts); else undefined. */
export function withRefusedWait(err: GraphCallError, named: number | undefined, most: number, who: string): GraphCallError | undefined {
  const words = refusedWait(named, most);
  return words === undefined ? undefined : new GraphCallError(`${err.message} (${who} ${words})`, err.kind, err.status, err.code, err.quota, err.retryAfterMs);
}

interface HeaderBag {
  get(name: string): string | undefined | null;
}

export function quotaFrom(h: HeaderBag | undefined): QuotaHeaders {
  if (!h) return {};
  const rem = h.get('x-ms-user-quota-remaining');
  const n = rem === undefined || rem === null || rem === '' ? undefined : Number(rem);
  return { remaining: n !== undefined && Number.isFinite(n) ? n : undefined, resetsAfterMs: parseResetsAfter(h.get('x-ms-user-quota-resets-after')) };
}

/** `retry-after-ms`, `x-ms-retry-after-ms`, then `Retry-After` (seconds or an HTTP date). */
export function retryAfterFrom(h: HeaderBag | undefined, now = Date.now()): number | undefined {
  if (!h) return undefined;
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const v = Number(h.get(name));
    if (h.get(name) && Number.isFinite(v) && v >= 0) return v;
  }
  const ra = h.get('retry-after');
  if (!ra) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(ra)) return Number(ra) * 1000;
  const at = Date.parse(ra);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH', 'REQUEST_SEND_ERROR', 'UND_ERR_SOCKET']);

/** Turns whatever the SDK threw into a GraphCallError with a short, secret-free reason. */
export function toGraphCallError(e: unknown, timedOut: boolean): GraphCallError {
  if (e instanceof GraphCallError) return e;
  const err = e as { name?: string; message?: string; statusCode?: number; code?: string; response?: { headers?: HeaderBag; bodyAsText?: string }; details?: unknown };
  const headers = err?.response?.headers;
  const quota = quotaFrom(headers);
  const retryAfter = retryAfterFrom(headers);
  const status = typeof err?.statusCode === 'number' ? err.statusCode : undefined;
  let code = typeof err?.code === 'string' ? err.code : undefined;
  const detailCode = (err?.details as { error?: { code?: string } } | undefined)?.error?.code;
  if (detailCode) code = detailCode;
  const text = oneLine(err?.message ?? String(e));
  if (timedOut || err?.name === 'AbortError') return new GraphCallError(timedOut ? 'the request timed out' : `request aborted: ${text}`, timedOut ? 'timeout' : 'client', status, code, quota, retryAfter);
  if (err?.name === 'CredentialUnavailableError' || err?.name === 'AuthenticationRequiredError' || err?.name === 'AuthenticationError') {
    return new GraphCallError(`sign-in failed: ${text}`, 'auth', status, code, quota, retryAfter);
  }
  if (status === undefined) {
    const kind: FailureKind = code && NETWORK_CODES.has(code) ? 'network' : /socket hang up|ECONNRESET|network|EPIPE|other side closed|Error reading response as text/i.test(text) ? 'network' : 'client';
    return new GraphCallError(kind === 'network' ? `network error: ${text}` : text, kind, undefined, code, quota, retryAfter);
  }
  const label = `HTTP ${status}${code ? ` ${code}` : ''}: ${text}`;
  if (status === 429) return new GraphCallError(label, 'throttled', status, code, quota, retryAfter);
  if (status === 408 || (status >= 500 && status !== 501 && status !== 505)) return new GraphCallError(label, 'server', status, code, quota, retryAfter);
  if (status === 401 || status === 403) return new GraphCallError(label, 'auth', status, code, quota, retryAfter);
  return new GraphCallError(label, 'client', status, code, quota, retryAfter);
}

/**
 * The text with any access token it quotes replaced: a bearer header's value, or a JSON Web Token (as Entra ID
 * issues them). Azure does not quote them back, but a proxy or a careless service may, and every failure's text
 * goes into logs, gaps, snapshots and reports.
 */
export function withoutTokens(s: string): string {
  return (
    s
      // A JSON Web Token wherever it stands (`access_token%3DeyJ…`, `Bearer%20eyJ…` included).
      .replace(/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, '[redacted token]')
      // An opaque credential after its scheme (`Bearer x`, `Bearer: x`, `Bearer%20x`, `Basic x`) that looks like one (20
      // characters or more, or with a digit or `.-_~+/` in it), so prose ("the Bearer token expired") is kept; and a
      // challenge's parameters (`Bearer authorization_uri="…"`, a name followed by `="`) are kept.
      .replace(/\b(Bearer|Basic)(\s*[:=]\s*|\s+|%20)([A-Za-z0-9\-._~+/]+=*)("?)/gi, (m, scheme: string, sep: string, value: string, quote: string) =>
        (quote && value.endsWith('=')) || !(value.length >= 20 || /[0-9.\-_~+/]/.test(value)) ? m : `${scheme}${sep}[redacted]${quote}`,
      )
      // An OAuth token parameter's value (`access_token=…`, `"refresh_token": "…"`, URL-encoded `%3D`).
      .replace(/\b((?:access|refresh|id)_token)(["']?\s*[:=]\s*["']?|%3D)([A-Za-z0-9\-._~+/%]{8,})/gi, '$1$2[redacted]')
  );
}

function oneLine(s: string): string {
  const t = withoutTokens(s).replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 297)}...` : t;
}

export interface ClientOptions {
  /** HTTP agent (tests pass one that trusts the fake's certificate). */
  agent?: Agent;
}

/** A GraphQuery backed by one ResourceGraphClient (one per tenant). */
export async function sdkGraphQuery(credential: TokenCredential, cloud: CloudSettings, opts: ClientOptions = {}): Promise<GraphQuery> {
  const { ResourceGraphClient } = await import('@azure/arm-resourcegraph');
  const client = new ResourceGraphClient(credential, {
    endpoint: cloud.armEndpoint,
    credentials: { scopes: [cloud.scope] },
    // erscan does its own quota-aware retries; the SDK's would double them (and it ignores 429s
    // without Retry-After anyway, research/graph.md §8.4).
    retryOptions: { maxRetries: 0 },
    userAgentOptions: { userAgentPrefix: 'erscan' },
    ...(opts.agent ? { agent: opts.agent } : {}),
  });
  return async (req, signal) => {
    let seen: HeaderBag | undefined;
    let seenStatus: number | undefined;
    let seenBody: string | undefined;
    try {
      const res = await client.resources(
        {
          query: req.query,
          ...(req.subscriptions ? { subscriptions: req.subscriptions } : {}),
          ...(req.managementGroups ? { managementGroups: req.managementGroups } : {}),
          options: { top: req.top, resultFormat: 'objectArray', ...(req.skipToken ? { skipToken: req.skipToken } : {}), ...(req.allowPartialScopes ? { allowPartialScopes: true } : {}) },
        },
        {
          abortSignal: signal,
          onResponse: (raw) => {
            seen = raw.headers as HeaderBag;
            seenStatus = raw.status;
            seenBody = typeof (raw as { bodyAsText?: unknown }).bodyAsText === 'string' ? (raw as { bodyAsText: string }).bodyAsText : undefined;
          },
        },
      );
      // `data` is required in every answer (objectArray: an array). A body without it (a proxy's page,
      // a cut document) is not an empty page: it is a failed one, retried like a server error.
      if (!Array.isArray(res.data)) throw notAResponse(seenStatus, seen, seenBody);
      const data = res.data as Record<string, unknown>[];
      return {
        rows: data,
        skipToken: res.skipToken || undefined,
        truncated: String(res.resultTruncated).toLowerCase() === 'true',
        totalRecords: wholeNumber(res.totalRecords),
        count: wholeNumber(res.count),
        quota: quotaFrom(seen),
        subscriptionLimitHit: String(seen?.get('x-ms-tenant-subscription-limit-hit') ?? '').toLowerCase() === 'true',
      };
    } catch (e) {
      const err = e as { response?: { headers?: HeaderBag }; statusCode?: number };
      if (err && typeof err === 'object' && !err.response?.headers && seen) (err as { response?: unknown }).response = { headers: seen };
      // An error status whose body the SDK could not read as an ARM error (an HTML 502 from a gateway):
      // its status, not the deserializer's TypeError, says what happened and whether to retry.
      if (!(e instanceof GraphCallError) && seenStatus !== undefined && seenStatus >= 400 && typeof err?.statusCode !== 'number') {
        throw toGraphCallError({ statusCode: seenStatus, message: 'the body is not an ARM error document', response: { headers: seen } }, false);
      }
      // A success status whose body the SDK's deserializer could not read at all (an empty body, `null`): the
      // same failed page as one without a data array, not the deserializer's TypeError (which was not retried).
      if (!(e instanceof GraphCallError) && seenStatus !== undefined && seenStatus < 300 && (e as Error)?.name === 'TypeError' && !signal.aborted) {
        throw notAResponse(seenStatus, seen, seenBody);
      }
      throw toGraphCallError(e, signal.aborted && signal.reason === TIMEOUT);
    }
  };
}

/** A count as Resource Graph sends it (an int64), or undefined for anything else (text, a fraction, a negative number). */
const wholeNumber = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);

/**
 * A success status whose body is not a Resource Graph answer (a proxy's page, an empty body, JSON that is not an
 * object, rows in the table format): a failed page, retried like a server error, never an empty one. The body
 * is described, never quoted.
 */
function notAResponse(status: number | undefined, headers: HeaderBag | undefined, body: string | undefined): GraphCallError {
  let what = 'without a data array';
  if (body !== undefined) {
    let doc: unknown;
    let json = true;
    try {
      doc = body.trim() === '' ? undefined : JSON.parse(body);
    } catch {
      json = false;
    }
    const data = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? (doc as { data?: unknown }).data : undefined;
    if (body.trim() === '') what = 'with an empty body';
    else if (!json) what = 'with a body that is not JSON';
    else if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) what = `with JSON that is not an object (${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : `a ${typeof doc}`})`;
    else if (data !== null && typeof data === 'object' && 'columns' in data && 'rows' in data) what = 'with its data in the table format ({columns, rows}), not the list of rows asked for (objectArray)';
  }
  return new GraphCallError(`Resource Graph answered HTTP ${status ?? '?'} ${what} (the body is not a Resource Graph response)`, 'server', status, undefined, quotaFrom(headers), retryAfterFrom(headers));
}

/** The abort reason used for per-request timeouts (to tell them from cancellation). */
export const TIMEOUT = Symbol('erscan-request-timeout');
