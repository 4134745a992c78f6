// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  MAX_NAMED_WAIT_MS,
  refusedWait
} from "./chunk-4WF5Q64Y.js";
import {
  loadConfig
} from "./chunk-DNYXB5MN.js";
import {
  checkRow,
  rowLabel,
  unreadConnectionsOf
} from "./chunk-FEM5HGRV.js";
import {
  isObj,
  scrubSecrets
} from "./chunk-FWDRETOA.js";
import "./chunk-RD47CNRY.js";
import {
  compareText
} from "./chunk-X6A6OTOC.js";
import "./chunk-VQAVFDJZ.js";
import "./chunk-HGZGRQEX.js";
import "./chunk-BAWUMSZC.js";
import "./chunk-U5NJNZAI.js";
import {
  NothingReadError,
  UsageError,
  jsonPath
} from "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";

// dist/sources/graph/pacing.js
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
      return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.max(0, ms));
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  })
};
function parseResetsAfter(value) {
  if (!value)
    return void 0;
  const m = /^\s*(?:(\d+)\.)?(\d{1,2}):(\d{1,2}):(\d{1,2}(?:\.\d+)?)\s*$/.exec(value);
  if (!m)
    return void 0;
  const [, d, h, min, s] = m;
  return Math.round(((Number(d ?? 0) * 24 + Number(h)) * 3600 + Number(min) * 60 + Number(s)) * 1e3);
}
var QuotaWaitRefused = class extends Error {
  waitMs;
  constructor(waitMs) {
    super(`the quota window resets after ${Math.ceil(waitMs / 1e3)} s`);
    this.waitMs = waitMs;
    this.name = "QuotaWaitRefused";
  }
};
var QuotaPacer = class {
  clock;
  marginMs;
  onWait;
  maxWaitMs;
  /** Queries we may still start in the current window (server's count minus what we started since). */
  remaining;
  /** When the current window resets (local clock), 0 when unknown. */
  resetAt = 0;
  /** Largest window size seen (remaining + 1 on the first response of a window). */
  limit = 1;
  inFlight = 0;
  wakers = [];
  stats = { waits: 0, waitMs: 0 };
  constructor(clock, marginMs = 25, onWait, maxWaitMs = Infinity) {
    this.clock = clock;
    this.marginMs = marginMs;
    this.onWait = onWait;
    this.maxWaitMs = maxWaitMs;
  }
  /** Waits until a request may be sent, then reserves one unit of quota. */
  async acquire(signal) {
    for (; ; ) {
      signal?.throwIfAborted();
      const now = this.clock.now();
      if (this.resetAt > 0 && now >= this.resetAt) {
        this.remaining = this.limit - this.inFlight;
        this.resetAt = 0;
      }
      if (this.remaining === void 0) {
        if (this.inFlight === 0)
          break;
        await this.nextRelease();
        continue;
      }
      if (this.remaining > 0)
        break;
      if (this.resetAt > 0) {
        const ms = this.resetAt - now + this.marginMs;
        if (ms - this.marginMs > this.maxWaitMs)
          throw new QuotaWaitRefused(ms - this.marginMs);
        this.stats.waits++;
        this.stats.waitMs += ms;
        this.onWait?.(ms);
        await this.clock.sleep(ms, signal);
      } else {
        if (this.inFlight === 0)
          break;
        await this.nextRelease();
      }
    }
    this.remaining = (this.remaining ?? 1) - 1;
    this.inFlight++;
  }
  /** Returns the reservation and learns the quota from the response headers (if any). */
  release(h) {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (h?.remaining !== void 0 && Number.isFinite(h.remaining)) {
      const now = this.clock.now();
      const resetAt = h.resetsAfterMs !== void 0 ? now + h.resetsAfterMs : this.resetAt || now + 5e3;
      this.limit = Math.max(this.limit, h.remaining + 1);
      const serverView = h.remaining - this.inFlight;
      const newWindow = this.remaining === void 0 || resetAt > this.resetAt + 1e3 || this.resetAt === 0;
      this.remaining = newWindow ? serverView : Math.min(this.remaining ?? serverView, serverView);
      this.resetAt = resetAt;
    } else if (this.resetAt === 0) {
      this.remaining = Math.max(this.remaining ?? 0, this.inFlight === 0 ? 1 : 0);
    }
    const w = this.wakers;
    this.wakers = [];
    for (const f of w)
      f();
  }
  /** The server said 429: nothing is left until the window resets. */
  exhausted(resetsAfterMs) {
    this.remaining = 0;
    this.resetAt = Math.max(this.resetAt, this.clock.now() + resetsAfterMs);
  }
  nextRelease() {
    return new Promise((r) => this.wakers.push(r));
  }
};
function backoffMs(attempt, baseMs, capMs, random) {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(baseMs + random() * Math.max(0, ceiling - baseMs));
}
var ArmReadPacer = class {
  clock;
  refillPerSecond;
  lowWater;
  remaining = /* @__PURE__ */ new Map();
  constructor(clock, refillPerSecond = 25, lowWater = 20) {
    this.clock = clock;
    this.refillPerSecond = refillPerSecond;
    this.lowWater = lowWater;
  }
  /** Waits, if the subscription's last reported budget is low, for enough of it to refill. */
  async take(subscription) {
    const r = this.remaining.get(subscription);
    if (!r)
      return;
    const refilled = r.left + (this.clock.now() - r.at) / 1e3 * this.refillPerSecond;
    if (refilled >= this.lowWater)
      return;
    const ms = Math.ceil((this.lowWater - refilled) / this.refillPerSecond * 1e3);
    this.remaining.set(subscription, { left: this.lowWater, at: this.clock.now() + ms });
    await this.clock.sleep(ms);
  }
  /** Learns the subscription's budget from a response header value. */
  learn(subscription, header) {
    const n = header === void 0 ? NaN : Number(header);
    if (Number.isFinite(n))
      this.remaining.set(subscription, { left: n - 1, at: this.clock.now() });
  }
};

// dist/sources/graph/client.js
var GraphCallError = class extends Error {
  kind;
  status;
  code;
  quota;
  retryAfterMs;
  constructor(message, kind, status, code, quota, retryAfterMs) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.code = code;
    this.quota = quota;
    this.retryAfterMs = retryAfterMs;
    this.name = "GraphCallError";
  }
  get retryable() {
    if (this.kind === "throttled" || this.kind === "server" || this.kind === "network" || this.kind === "timeout")
      return true;
    return this.kind === "auth" && this.status === 401 && this.code === "ExpiredAuthenticationToken";
  }
};
function withRefusedWait(err, named, most, who) {
  const words = refusedWait(named, most);
  return words === void 0 ? void 0 : new GraphCallError(`${err.message} (${who} ${words})`, err.kind, err.status, err.code, err.quota, err.retryAfterMs);
}
function quotaFrom(h) {
  if (!h)
    return {};
  const rem = h.get("x-ms-user-quota-remaining");
  const n = rem === void 0 || rem === null || rem === "" ? void 0 : Number(rem);
  return { remaining: n !== void 0 && Number.isFinite(n) ? n : void 0, resetsAfterMs: parseResetsAfter(h.get("x-ms-user-quota-resets-after")) };
}
function retryAfterFrom(h, now = Date.now()) {
  if (!h)
    return void 0;
  for (const name of ["retry-after-ms", "x-ms-retry-after-ms"]) {
    const v = Number(h.get(name));
    if (h.get(name) && Number.isFinite(v) && v >= 0)
      return v;
  }
  const ra = h.get("retry-after");
  if (!ra)
    return void 0;
  if (/^\s*\d+(\.\d+)?\s*$/.test(ra))
    return Number(ra) * 1e3;
  const at = Date.parse(ra);
  return Number.isFinite(at) ? Math.max(0, at - now) : void 0;
}
var NETWORK_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "ECONNABORTED", "EHOSTUNREACH", "ENETUNREACH", "REQUEST_SEND_ERROR", "UND_ERR_SOCKET"]);
function toGraphCallError(e, timedOut) {
  if (e instanceof GraphCallError)
    return e;
  const err = e;
  const headers = err?.response?.headers;
  const quota = quotaFrom(headers);
  const retryAfter = retryAfterFrom(headers);
  const status = typeof err?.statusCode === "number" ? err.statusCode : void 0;
  let code = typeof err?.code === "string" ? err.code : void 0;
  const detailCode = err?.details?.error?.code;
  if (detailCode)
    code = detailCode;
  const text = oneLine(err?.message ?? String(e));
  if (timedOut || err?.name === "AbortError")
    return new GraphCallError(timedOut ? "the request timed out" : `request aborted: ${text}`, timedOut ? "timeout" : "client", status, code, quota, retryAfter);
  if (err?.name === "CredentialUnavailableError" || err?.name === "AuthenticationRequiredError" || err?.name === "AuthenticationError") {
    return new GraphCallError(`sign-in failed: ${text}`, "auth", status, code, quota, retryAfter);
  }
  if (status === void 0) {
    const kind = code && NETWORK_CODES.has(code) ? "network" : /socket hang up|ECONNRESET|network|EPIPE|other side closed|Error reading response as text/i.test(text) ? "network" : "client";
    return new GraphCallError(kind === "network" ? `network error: ${text}` : text, kind, void 0, code, quota, retryAfter);
  }
  const label = `HTTP ${status}${code ? ` ${code}` : ""}: ${text}`;
  if (status === 429)
    return new GraphCallError(label, "throttled", status, code, quota, retryAfter);
  if (status === 408 || status >= 500 && status !== 501 && status !== 505)
    return new GraphCallError(label, "server", status, code, quota, retryAfter);
  if (status === 401 || status === 403)
    return new GraphCallError(label, "auth", status, code, quota, retryAfter);
  return new GraphCallError(label, "client", status, code, quota, retryAfter);
}
function withoutTokens(s) {
  return s.replace(/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, "[redacted token]").replace(/\b(Bearer|Basic)(\s*[:=]\s*|\s+|%20)([A-Za-z0-9\-._~+/]+=*)("?)/gi, (m, scheme, sep, value, quote) => quote && value.endsWith("=") || !(value.length >= 20 || /[0-9.\-_~+/]/.test(value)) ? m : `${scheme}${sep}[redacted]${quote}`).replace(/\b((?:access|refresh|id)_token)(["']?\s*[:=]\s*["']?|%3D)([A-Za-z0-9\-._~+/%]{8,})/gi, "$1$2[redacted]");
}
function oneLine(s) {
  const t = withoutTokens(s).replace(/\s+/g, " ").trim();
  return t.length > 300 ? `${t.slice(0, 297)}...` : t;
}
async function sdkGraphQuery(credential, cloud, opts = {}) {
  const { ResourceGraphClient } = await import("./esm-AIWENLHU.js");
  const client = new ResourceGraphClient(credential, {
    endpoint: cloud.armEndpoint,
    credentials: { scopes: [cloud.scope] },
    // erscan does its own quota-aware retries; the SDK's would double them (and it ignores 429s
    // without Retry-After anyway, research/graph.md §8.4).
    retryOptions: { maxRetries: 0 },
    userAgentOptions: { userAgentPrefix: "erscan" },
    ...opts.agent ? { agent: opts.agent } : {}
  });
  return async (req, signal) => {
    let seen;
    let seenStatus;
    let seenBody;
    try {
      const res = await client.resources({
        query: req.query,
        ...req.subscriptions ? { subscriptions: req.subscriptions } : {},
        ...req.managementGroups ? { managementGroups: req.managementGroups } : {},
        options: { top: req.top, resultFormat: "objectArray", ...req.skipToken ? { skipToken: req.skipToken } : {}, ...req.allowPartialScopes ? { allowPartialScopes: true } : {} }
      }, {
        abortSignal: signal,
        onResponse: (raw) => {
          seen = raw.headers;
          seenStatus = raw.status;
          seenBody = typeof raw.bodyAsText === "string" ? raw.bodyAsText : void 0;
        }
      });
      if (!Array.isArray(res.data))
        throw notAResponse(seenStatus, seen, seenBody);
      const data = res.data;
      return {
        rows: data,
        skipToken: res.skipToken || void 0,
        truncated: String(res.resultTruncated).toLowerCase() === "true",
        totalRecords: wholeNumber(res.totalRecords),
        count: wholeNumber(res.count),
        quota: quotaFrom(seen),
        subscriptionLimitHit: String(seen?.get("x-ms-tenant-subscription-limit-hit") ?? "").toLowerCase() === "true"
      };
    } catch (e) {
      const err = e;
      if (err && typeof err === "object" && !err.response?.headers && seen)
        err.response = { headers: seen };
      if (!(e instanceof GraphCallError) && seenStatus !== void 0 && seenStatus >= 400 && typeof err?.statusCode !== "number") {
        throw toGraphCallError({ statusCode: seenStatus, message: "the body is not an ARM error document", response: { headers: seen } }, false);
      }
      if (!(e instanceof GraphCallError) && seenStatus !== void 0 && seenStatus < 300 && e?.name === "TypeError" && !signal.aborted) {
        throw notAResponse(seenStatus, seen, seenBody);
      }
      throw toGraphCallError(e, signal.aborted && signal.reason === TIMEOUT);
    }
  };
}
var wholeNumber = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : void 0;
function notAResponse(status, headers, body) {
  let what = "without a data array";
  if (body !== void 0) {
    let doc;
    let json = true;
    try {
      doc = body.trim() === "" ? void 0 : JSON.parse(body);
    } catch {
      json = false;
    }
    const data = doc !== null && typeof doc === "object" && !Array.isArray(doc) ? doc.data : void 0;
    if (body.trim() === "")
      what = "with an empty body";
    else if (!json)
      what = "with a body that is not JSON";
    else if (doc === null || typeof doc !== "object" || Array.isArray(doc))
      what = `with JSON that is not an object (${doc === null ? "null" : Array.isArray(doc) ? "an array" : `a ${typeof doc}`})`;
    else if (data !== null && typeof data === "object" && "columns" in data && "rows" in data)
      what = "with its data in the table format ({columns, rows}), not the list of rows asked for (objectArray)";
  }
  return new GraphCallError(`Resource Graph answered HTTP ${status ?? "?"} ${what} (the body is not a Resource Graph response)`, "server", status, void 0, quotaFrom(headers), retryAfterFrom(headers));
}
var TIMEOUT = /* @__PURE__ */ Symbol("erscan-request-timeout");

// dist/sources/graph/arm.js
async function armGetter(credential, cloud, o = {}) {
  const core = await import("./esm-7I4DEQBB.js");
  const pipeline = core.createPipelineFromOptions({ retryOptions: { maxRetries: 0 }, userAgentOptions: { userAgentPrefix: "erscan" }, ...o.agent ? { agent: o.agent } : {} });
  pipeline.addPolicy(core.bearerTokenAuthenticationPolicy({ credential, scopes: [cloud.scope] }));
  const http = core.createDefaultHttpClient();
  const clock = o.clock ?? systemClock;
  const random = o.random ?? Math.random;
  const maxAttempts = o.maxAttempts ?? 4;
  const base = o.retryBaseMs ?? 1e3;
  return async (pathAndQuery, call) => {
    for (let attempt = 1; ; attempt++) {
      const ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(), o.timeoutMs ?? 6e4);
      let failure;
      try {
        const res = await pipeline.sendRequest(http, core.createPipelineRequest({ url: `${cloud.armEndpoint}${pathAndQuery}`, method: "GET", abortSignal: ctl.signal }));
        call?.onHeaders?.((name) => res.headers.get(name) ?? void 0);
        let body;
        let json = true;
        try {
          body = res.bodyAsText ? JSON.parse(res.bodyAsText) : void 0;
        } catch {
          body = void 0;
          json = false;
        }
        if (res.status < 400 && body !== null && typeof body === "object" && !Array.isArray(body))
          return body;
        if (res.status < 400) {
          const what = !res.bodyAsText?.trim() ? "an empty body" : !json ? "a body that is not JSON" : `JSON that is not an object (${body === null ? "null" : Array.isArray(body) ? "an array" : `a ${typeof body}`})`;
          throw new GraphCallError(`ARM answered HTTP ${res.status} with ${what} (not the JSON document asked for)`, "server", res.status, void 0, {}, void 0);
        }
        const error = body?.error;
        failure = toGraphCallError({ statusCode: res.status, code: error?.code, message: error?.message ?? `HTTP ${res.status}`, response: res }, false);
      } catch (e) {
        failure = toGraphCallError(e, ctl.signal.aborted);
      } finally {
        clearTimeout(timer);
      }
      if (!failure.retryable || attempt >= maxAttempts)
        throw failure;
      const named = failure.retryAfterMs ?? failure.quota.resetsAfterMs;
      const refused = withRefusedWait(failure, named, o.maxNamedWaitMs ?? MAX_NAMED_WAIT_MS, "ARM");
      if (refused)
        throw refused;
      await clock.sleep(named ?? backoffMs(attempt, base, 3e4, random));
    }
  };
}
async function listTenants(get) {
  const out = [];
  let next = "/tenants?api-version=2022-12-01";
  for (let i = 0; next && i < 100; i++) {
    const body = await get(next);
    if (!Array.isArray(body?.value))
      throw new Error("GET /tenants answered without a value list");
    for (const t of body.value)
      if (t !== null && typeof t === "object" && typeof t.tenantId === "string" && t.tenantId)
        out.push(t.tenantId);
    next = body?.nextLink ? new URL(body.nextLink).pathname + new URL(body.nextLink).search : void 0;
  }
  return [...new Set(out)].sort();
}
async function listSubscriptionsArm(get) {
  const out = /* @__PURE__ */ new Map();
  let next = "/subscriptions?api-version=2022-12-01";
  for (let i = 0; next && i < 1e4; i++) {
    const body = await get(next);
    if (!Array.isArray(body?.value))
      throw new Error("GET /subscriptions answered without a value list");
    for (const s of body.value) {
      if (s === null || typeof s !== "object" || typeof s.subscriptionId !== "string" || !s.subscriptionId)
        continue;
      out.set(s.subscriptionId.toLowerCase(), { subscriptionId: s.subscriptionId.toLowerCase(), ...s.displayName ? { name: s.displayName } : {}, ...s.tenantId ? { tenantId: s.tenantId } : {}, ...s.state ? { state: s.state } : {} });
    }
    next = body?.nextLink ? new URL(body.nextLink).pathname + new URL(body.nextLink).search : void 0;
  }
  return [...out.values()].sort((a, b) => compareText(a.subscriptionId, b.subscriptionId));
}

// dist/sources/graph/metrics.js
var EGRESS_METRIC = "BitsOutPerSecond";
var PORT_EGRESS_METRIC = "PortBitsOutPerSecond";
var METRICS_API_VERSION = "2023-10-01";
var HOURS_PER_MONTH = 30 * 24;
var CIRCUIT_EGRESS = { metric: EGRESS_METRIC, namespace: "Microsoft.Network/expressRouteCircuits", filter: "PeeringType eq '*' and DeviceRole eq '*'" };
var PORT_EGRESS = { metric: PORT_EGRESS_METRIC, namespace: "Microsoft.Network/expressRoutePorts", filter: "Link eq '*'" };
function egressFromHourlyAverages(averages, metric = EGRESS_METRIC) {
  if (averages.length === 0)
    return void 0;
  const bits = averages.reduce((sum, bps) => sum + bps * 3600, 0);
  const gb = bits / 8 / 1e9;
  const perMonth = gb * HOURS_PER_MONTH / averages.length;
  return { egressGbPerMonth: Math.round(perMonth * 1e3) / 1e3, days: Math.round(averages.length / 24 * 10) / 10, metric };
}
function sumSeriesPerHour(body, metric) {
  const series = (body?.value ?? []).find((v) => v.name?.value === metric)?.timeseries ?? [];
  const perHour = /* @__PURE__ */ new Map();
  for (const s of series)
    for (const d of s.data ?? [])
      if (typeof d.average === "number" && Number.isFinite(d.average) && d.timeStamp)
        perHour.set(d.timeStamp, (perHour.get(d.timeStamp) ?? 0) + d.average);
  return [...perHour.values()];
}
function metricsPath(resourceId, now, days = 30, spec = CIRCUIT_EGRESS) {
  const end = new Date(Math.floor(now.getTime() / 36e5) * 36e5);
  const start = new Date(end.getTime() - days * 24 * 36e5);
  const q = new URLSearchParams({
    "api-version": METRICS_API_VERSION,
    metricnames: spec.metric,
    metricnamespace: spec.namespace,
    aggregation: "Average",
    interval: "PT1H",
    timespan: `${start.toISOString()}/${end.toISOString()}`,
    $filter: spec.filter
  });
  return `${resourceId.split("/").map(encodeURIComponent).join("/")}/providers/Microsoft.Insights/metrics?${q}`;
}
async function readEgress(jobs, now, concurrency = 6) {
  const metrics = {};
  const failed = [];
  const empty = [];
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const spec = job.kind === "port" ? PORT_EGRESS : CIRCUIT_EGRESS;
      try {
        const body = await job.get(metricsPath(job.resourceId, now, 30, spec));
        const e = egressFromHourlyAverages(sumSeriesPerHour(body, spec.metric), spec.metric);
        if (e)
          metrics[job.resourceId.toLowerCase()] = e;
        else
          empty.push(job.resourceId);
      } catch (err) {
        failed.push(`${job.resourceId} (${err.message})`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  const notices = [];
  if (failed.length)
    notices.push(`Azure Monitor egress (${EGRESS_METRIC} / ${PORT_EGRESS_METRIC}) could not be read for ${failed.length} resource(s); their cost uses the usage file or no egress: ${failed.sort().slice(0, 10).join("; ")}${failed.length > 10 ? "; \u2026" : ""}`);
  if (empty.length)
    notices.push(`Azure Monitor has no ${EGRESS_METRIC} data in the last 30 days for ${empty.length} resource(s): ${empty.sort().slice(0, 10).join(", ")}${empty.length > 10 ? ", \u2026" : ""}`);
  return { metrics, notices };
}

// dist/sources/graph/armreads.js
var DIAGNOSTIC_SETTINGS_API_VERSION = "2021-05-01-preview";
var DIAGNOSED = /* @__PURE__ */ new Set(["microsoft.network/expressroutecircuits", "microsoft.network/expressrouteports", "microsoft.network/virtualnetworkgateways", "microsoft.network/expressroutegateways"]);
function diagnosticSettingsPath(resourceId) {
  return `${resourceId.split("/").map(encodeURIComponent).join("/")}/providers/Microsoft.Insights/diagnosticSettings?api-version=${DIAGNOSTIC_SETTINGS_API_VERSION}`;
}
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
function listIds(ids) {
  return `${ids.slice(0, 3).join(", ")}${ids.length > 3 ? ", \u2026" : ""}`;
}
async function readArmData(o) {
  const clock = o.clock ?? systemClock;
  const concurrency = Math.max(1, o.concurrency ?? 16);
  const pacers = /* @__PURE__ */ new Map();
  const pacerOf = (label) => {
    if (!pacers.has(label))
      pacers.set(label, new ArmReadPacer(clock));
    return pacers.get(label);
  };
  const paced = async (label, get, id, path) => {
    const sub = /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]?.toLowerCase() ?? "";
    const pacer = pacerOf(label);
    await pacer.take(sub);
    return get(path, { onHeaders: (h) => pacer.learn(sub, h("x-ms-ratelimit-remaining-subscription-reads")) });
  };
  const byTenant = /* @__PURE__ */ new Map();
  for (const row of o.diagnosticSettings === false ? [] : o.rows) {
    const type = str(row.type)?.toLowerCase();
    const id = str(row.id);
    if (!type || !id || !DIAGNOSED.has(type))
      continue;
    const label = o.rowTenant.get(id.toLowerCase()) ?? "";
    if (!byTenant.has(label))
      byTenant.set(label, []);
    byTenant.get(label).push(row);
  }
  const failures = /* @__PURE__ */ new Map();
  let read = 0;
  await Promise.all([...byTenant.entries()].map(async ([label, rows]) => {
    const get = await o.getterFor(label);
    const queue = [...rows];
    const worker = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        const id = String(row.id);
        try {
          const body = await paced(label, get, id, diagnosticSettingsPath(id));
          if (!Array.isArray(body?.value))
            throw new Error("ARM answered without a value list (not a diagnostic settings list)");
          const value = body.value;
          row.erscan = { ...row.erscan ?? {}, diagnosticSettingsCount: value.length };
          read++;
        } catch (e) {
          const reason = e.message ?? String(e);
          if (!failures.has(reason))
            failures.set(reason, []);
          failures.get(reason).push(id);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, worker));
  }));
  const gaps = [];
  let failed = 0;
  for (const [reason, ids] of [...failures.entries()].sort()) {
    ids.sort();
    failed += ids.length;
    gaps.push({
      scope: ids.length === 1 ? `diagnostic settings of ${ids[0]}` : `diagnostic settings of ${ids.length} resources (${listIds(ids)})`,
      reason: `could not be read after retries: ${reason}; ERS-HYG-002/003/007 are not evaluated for ${ids.length === 1 ? "it" : "them"}`
    });
  }
  const notices = [];
  let metrics;
  if (o.metrics) {
    const jobs = [];
    for (const row of o.rows) {
      const type = str(row.type)?.toLowerCase();
      const id = str(row.id);
      if (!id || type !== "microsoft.network/expressroutecircuits" && type !== "microsoft.network/expressrouteports")
        continue;
      const label = o.rowTenant.get(id.toLowerCase()) ?? "";
      const get = await o.getterFor(label);
      jobs.push({ resourceId: id, kind: type === "microsoft.network/expressrouteports" ? "port" : "circuit", get: (path) => paced(label, get, id, path) });
    }
    const m = await readEgress(jobs, o.now);
    metrics = m.metrics;
    notices.push(...m.notices);
  }
  return { ...metrics ? { metrics } : {}, notices, gaps, stats: { diagnosticSettings: read, failed } };
}

// dist/sources/graph/clouds.js
var CLOUDS = {
  AzureCloud: { armEndpoint: "https://management.azure.com", authorityHost: "https://login.microsoftonline.com" },
  AzureUSGovernment: { armEndpoint: "https://management.usgovcloudapi.net", authorityHost: "https://login.microsoftonline.us" },
  AzureChinaCloud: { armEndpoint: "https://management.chinacloudapi.cn", authorityHost: "https://login.chinacloudapi.cn" }
};
var KNOWN_AUTHORITIES = new Set(Object.values(CLOUDS).map((c) => c.authorityHost));
function normaliseUrl(what, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${what}: expected an https:// URL, found ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "https:")
    throw new UsageError(`${what}: expected an https:// URL, found ${JSON.stringify(value)}`);
  if (url.search || url.hash)
    throw new UsageError(`${what}: expected a bare endpoint URL without query or fragment, found ${JSON.stringify(value)}`);
  return url.toString().replace(/\/+$/, "");
}
function resolveCloud(cloud, armEndpoint, env = process.env) {
  const name = cloud ?? "AzureCloud";
  const base = CLOUDS[name];
  if (!base)
    throw new UsageError(`--cloud: expected one of ${Object.keys(CLOUDS).join(", ")}, found ${JSON.stringify(cloud)}`);
  const arm = armEndpoint ? normaliseUrl("--arm-endpoint", armEndpoint) : base.armEndpoint;
  const authorityHost = env.AZURE_AUTHORITY_HOST ? normaliseUrl("AZURE_AUTHORITY_HOST", env.AZURE_AUTHORITY_HOST) : base.authorityHost;
  return {
    name: armEndpoint && arm !== base.armEndpoint ? "Custom" : name,
    armEndpoint: arm,
    authorityHost,
    scope: `${arm}/.default`,
    customAuthority: !KNOWN_AUTHORITIES.has(authorityHost)
  };
}

// dist/sources/graph/queries.js
var SUBSCRIPTIONS_QUERY = [
  "resourcecontainers",
  "| where type == 'microsoft.resources/subscriptions'",
  "| project id, subscriptionId, name, tenantId, state = tostring(properties.state)",
  "| order by id asc"
].join("\n");
var EXPRESSROUTE_TYPES = [
  "microsoft.network/expressroutecircuits",
  "microsoft.network/expressrouteports",
  "microsoft.network/virtualnetworkgateways",
  "microsoft.network/connections",
  "microsoft.network/expressroutegateways"
];
var METRIC_ALERT_TYPE = "microsoft.insights/metricalerts";
var VIRTUAL_NETWORK_TYPE = "microsoft.network/virtualnetworks";
var EXPRESSROUTE_QUERY = [
  "resources",
  `| where type in~ (${[...EXPRESSROUTE_TYPES, METRIC_ALERT_TYPE, VIRTUAL_NETWORK_TYPE].map((t) => `'${t}'`).join(", ")})`,
  "| where type !~ 'microsoft.network/virtualnetworkgateways' or tostring(properties.gatewayType) =~ 'ExpressRoute'",
  "| where type !~ 'microsoft.network/connections' or tostring(properties.connectionType) =~ 'ExpressRoute'",
  `| where type !~ '${METRIC_ALERT_TYPE}' or tostring(properties.scopes) contains 'microsoft.network/expressroute' or tostring(properties.scopes) contains 'microsoft.network/virtualnetworkgateways' or tostring(properties.targetResourceType) contains 'microsoft.network/expressroute' or tostring(properties.targetResourceType) contains 'microsoft.network/virtualnetworkgateways'`,
  `| where type !~ '${VIRTUAL_NETWORK_TYPE}' or tostring(properties.subnets) contains '/subnets/GatewaySubnet'`,
  "| project id, name, type, tenantId, subscriptionId, resourceGroup, location, zones, tags, sku, identity, extendedLocation, properties",
  "| order by id asc"
].join("\n");
var MAINTENANCE_QUERY = [
  "maintenanceresources",
  "| where type =~ 'microsoft.maintenance/configurationassignments'",
  "| extend resourceId = tolower(tostring(properties.resourceId))",
  "| where resourceId contains 'microsoft.network/virtualnetworkgateways' or resourceId contains 'microsoft.network/expressroutegateways'",
  "| project id, name, type, subscriptionId, resourceId, maintenanceConfigurationId = tostring(properties.maintenanceConfigurationId)",
  "| order by id asc"
].join("\n");
var MAX_PAGE_ROWS = 1e3;
var MAX_SUBSCRIPTIONS_PER_REQUEST = 300;

// dist/sources/graph/extras.js
var obj = (v) => isObj(v) ? v : {};
var str2 = (v) => typeof v === "string" && v !== "" ? v : void 0;
var lower = (v) => str2(v)?.toLowerCase();
function extraKind(row) {
  const t = lower(row.type);
  if (t === METRIC_ALERT_TYPE)
    return "alert";
  if (t === VIRTUAL_NETWORK_TYPE)
    return "vnet";
  return void 0;
}
var ANNOTATED = /* @__PURE__ */ new Set(["microsoft.network/expressroutecircuits", "microsoft.network/expressrouteports", "microsoft.network/virtualnetworkgateways", "microsoft.network/expressroutegateways"]);
function subscriptionOf(id) {
  return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]?.toLowerCase();
}
function extend(row, add) {
  row.erscan = { ...obj(row.erscan), ...add };
}
function annotateRows(rows, extras, reads) {
  const exact = /* @__PURE__ */ new Map();
  const container = /* @__PURE__ */ new Map();
  for (const a of extras.alerts) {
    const p = obj(a.properties);
    if (p.enabled === false || p.enabled === "false")
      continue;
    const target = lower(p.targetResourceType);
    const scopes = Array.isArray(p.scopes) ? p.scopes.map(lower).filter((s) => !!s) : [];
    for (const s of new Set(scopes)) {
      const isContainer = /^\/subscriptions\/[^/]+(\/resourcegroups\/[^/]+)?$/.test(s);
      if (isContainer && target)
        container.set(`${s}|${target}`, (container.get(`${s}|${target}`) ?? 0) + 1);
      else
        exact.set(s, (exact.get(s) ?? 0) + 1);
    }
  }
  const subnets = /* @__PURE__ */ new Map();
  for (const v of extras.vnets) {
    for (const s of Array.isArray(obj(v.properties).subnets) ? obj(v.properties).subnets : []) {
      const so = obj(s);
      const id = str2(so.id);
      if (!id || str2(so.name)?.toLowerCase() !== "gatewaysubnet")
        continue;
      subnets.set(id.toLowerCase(), { id, nsg: str2(obj(obj(so.properties).networkSecurityGroup).id) ?? null });
    }
  }
  const assigned = /* @__PURE__ */ new Map();
  for (const a of extras.assignments) {
    const target = lower(a.resourceId) ?? lower(obj(a.properties).resourceId);
    const config = str2(a.maintenanceConfigurationId) ?? str2(obj(a.properties).maintenanceConfigurationId);
    if (!target || !config)
      continue;
    const list = assigned.get(target) ?? [];
    if (!list.includes(config))
      list.push(config);
    assigned.set(target, list);
  }
  for (const row of rows) {
    const type = lower(row.type);
    const id = str2(row.id);
    if (!type || !id || !ANNOTATED.has(type))
      continue;
    const key = id.toLowerCase();
    const sub = subscriptionOf(id);
    if (!sub)
      continue;
    if (reads.main.has(sub)) {
      const rg = /^(\/subscriptions\/[^/]+\/resourcegroups\/[^/]+)\//.exec(key)?.[1];
      const n = (exact.get(key) ?? 0) + (container.get(`/subscriptions/${sub}|${type}`) ?? 0) + (rg ? container.get(`${rg}|${type}`) ?? 0 : 0);
      extend(row, { metricAlertCount: n });
      if (type === "microsoft.network/virtualnetworkgateways") {
        const configs = Array.isArray(obj(row.properties).ipConfigurations) ? obj(row.properties).ipConfigurations : [];
        const subnetId = lower(obj(obj(obj(configs[0]).properties).subnet).id);
        const found = subnetId ? subnets.get(subnetId) : void 0;
        if (found)
          extend(row, { gatewaySubnet: { id: found.id, networkSecurityGroupId: found.nsg } });
      }
    }
    if (reads.maintenance.has(sub) && (type === "microsoft.network/virtualnetworkgateways" || type === "microsoft.network/expressroutegateways")) {
      extend(row, { maintenanceConfigurationIds: assigned.get(key) ?? [] });
    }
  }
}

// dist/sources/graph/crawl.js
var PageFailure = class extends Error {
  page;
  failure;
  constructor(page, failure) {
    super(failure.message);
    this.page = page;
    this.failure = failure;
  }
};
var chunk = (xs, n) => {
  const out = [];
  for (let i = 0; i < xs.length; i += n)
    out.push(xs.slice(i, i + n));
  return out;
};
var str3 = (v) => typeof v === "string" && v !== "" ? v : void 0;
function describeSubscriptions(ids) {
  if (ids.length === 1)
    return `subscription ${ids[0]}`;
  const shown = ids.slice(0, 3).join(", ");
  return `${ids.length} subscriptions (${shown}${ids.length > 3 ? ", \u2026" : ""})`;
}
async function crawl(opts) {
  const clock = opts.clock ?? systemClock;
  const random = opts.random ?? Math.random;
  const emit = opts.onEvent ?? (() => {
  });
  const batchSize = Math.max(1, Math.min(opts.batchSize ?? MAX_SUBSCRIPTIONS_PER_REQUEST, MAX_SUBSCRIPTIONS_PER_REQUEST));
  const pageSize = Math.max(1, Math.min(opts.pageSize ?? MAX_PAGE_ROWS, MAX_PAGE_ROWS));
  const concurrency = Math.max(1, opts.concurrencyPerTenant ?? 4);
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 5);
  const maxThrottled = Math.max(1, opts.maxThrottledAttempts ?? 10);
  const baseMs = opts.retryBaseMs ?? 1e3;
  const capMs = opts.retryCapMs ?? 3e4;
  const maxNamedWaitMs = opts.maxNamedWaitMs ?? MAX_NAMED_WAIT_MS;
  const timeoutMs = opts.requestTimeoutMs ?? 9e4;
  const splitDepth = opts.splitDepth ?? 2;
  const gaps = [];
  const notices = [];
  const addGap = (scope, reason) => {
    const gap = { scope, reason };
    gaps.push(gap);
    emit({ type: "gap", gap });
  };
  const stats = { tenants: opts.tenants.length, subscriptions: 0, requests: 0, pages: 0, rows: 0, duplicates: 0, retries: 0, throttled: 0, quotaWaits: 0, quotaWaitMs: 0, requestsByTenant: {} };
  const rows = /* @__PURE__ */ new Map();
  const rowTenant = /* @__PURE__ */ new Map();
  const extras = { alerts: [], vnets: [], assignments: [] };
  const extraIds = /* @__PURE__ */ new Set();
  const outOfScope = /* @__PURE__ */ new Set();
  const unplaced = [];
  const reads = { main: /* @__PURE__ */ new Set(), maintenance: /* @__PURE__ */ new Set() };
  const readMaintenance = opts.maintenance !== false;
  async function call(t, req, what, page) {
    let serverFailures = 0;
    let throttles = 0;
    for (; ; ) {
      try {
        await t.pacer.acquire();
      } catch (e) {
        if (!(e instanceof QuotaWaitRefused))
          throw e;
        throw new GraphCallError(`not sent: Resource Graph's quota for this identity is spent, and Resource Graph ${refusedWait(e.waitMs, maxNamedWaitMs)} (x-ms-user-quota-resets-after)`, "throttled", void 0, void 0, {}, void 0);
      }
      const started = clock.now();
      const ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(TIMEOUT), timeoutMs);
      stats.requests++;
      stats.requestsByTenant[t.target.label] = (stats.requestsByTenant[t.target.label] ?? 0) + 1;
      let err;
      try {
        const res = await t.query(req, ctl.signal);
        t.pacer.release(res.quota);
        emit({ type: "request", tenant: t.target.label, what, page, ms: clock.now() - started, outcome: "ok", rows: res.rows.length, remaining: res.quota.remaining });
        return res;
      } catch (e) {
        err = toGraphCallError(e, ctl.signal.aborted && ctl.signal.reason === TIMEOUT);
        t.pacer.release(err.quota);
        emit({ type: "request", tenant: t.target.label, what, page, ms: clock.now() - started, outcome: err.message, remaining: err.quota.remaining });
      } finally {
        clearTimeout(timer);
      }
      if (!err.retryable)
        throw err;
      let wait;
      if (err.kind === "throttled") {
        stats.throttled++;
        if (++throttles >= maxThrottled)
          throw err;
        const named = err.retryAfterMs ?? err.quota.resetsAfterMs;
        const refused2 = withRefusedWait(err, named, maxNamedWaitMs, "Resource Graph");
        if (refused2)
          throw refused2;
        wait = named !== void 0 ? named + Math.round(random() * Math.min(1e3, named * 0.2 + 50)) : backoffMs(throttles, baseMs, capMs, random);
        t.pacer.exhausted(wait);
        emit({ type: "wait", tenant: t.target.label, ms: wait, reason: "throttled" });
        stats.retries++;
        continue;
      }
      if (++serverFailures >= maxAttempts)
        throw err;
      const refused = withRefusedWait(err, err.retryAfterMs, maxNamedWaitMs, "Resource Graph");
      if (refused)
        throw refused;
      wait = err.retryAfterMs ?? backoffMs(serverFailures, baseMs, capMs, random);
      stats.retries++;
      emit({ type: "wait", tenant: t.target.label, ms: wait, reason: "retry" });
      await clock.sleep(wait);
    }
  }
  async function paged(t, base, what, onRows) {
    let skipToken;
    let page = 0;
    let limitHit = false;
    let received = 0;
    const ids = /* @__PURE__ */ new Set();
    let repeated = 0;
    let counted;
    let miscounted;
    let emptyInARow = 0;
    const seen = /* @__PURE__ */ new Set();
    const fail = (message) => new PageFailure(page, new GraphCallError(message, "client", void 0, void 0, {}, void 0));
    for (; ; ) {
      page++;
      let res;
      try {
        res = await call(t, { ...base, top: pageSize, ...skipToken ? { skipToken } : {} }, what, page);
      } catch (e) {
        throw new PageFailure(page, toGraphCallError(e, false));
      }
      stats.pages++;
      limitHit ||= res.subscriptionLimitHit;
      onRows(res.rows);
      received += res.rows.length;
      for (const row of res.rows) {
        const id = isObj(row) ? str3(row.id)?.toLowerCase() : void 0;
        if (id === void 0)
          continue;
        if (ids.has(id))
          repeated++;
        else
          ids.add(id);
      }
      if (res.totalRecords !== void 0)
        counted = Math.max(counted ?? 0, res.totalRecords);
      if (res.count !== void 0 && res.count > res.rows.length)
        miscounted ??= `Resource Graph said page ${page} held ${res.count} rows (count) but sent ${res.rows.length}`;
      if (!res.skipToken) {
        if (res.truncated)
          return { truncated: 'Resource Graph returned resultTruncated "true" without a skip token', limitHit };
        if (miscounted)
          return { truncated: miscounted, limitHit };
        const total = res.totalRecords ?? counted;
        if (total === void 0)
          return { truncated: "Resource Graph did not say how many rows matched (its answer has no totalRecords number), so the rows returned cannot be checked complete", unchecked: true, limitHit };
        const distinct = received - repeated;
        if (distinct < total) {
          return { truncated: `Resource Graph counted ${total} rows (totalRecords) but returned ${distinct}${repeated > 0 ? ` different ones (${repeated} more ${repeated === 1 ? "was a repeat of a row" : "were repeats of rows"} of earlier pages)` : ""}`, limitHit };
        }
        return { limitHit };
      }
      if (seen.has(res.skipToken))
        throw fail("Resource Graph returned a skip token it had already returned (paging would loop)");
      emptyInARow = res.rows.length === 0 ? emptyInARow + 1 : 0;
      if (emptyInARow >= 3)
        throw fail(`Resource Graph returned ${emptyInARow} empty pages in a row, each with a new skip token`);
      if (counted !== void 0 && page >= Math.ceil(counted / pageSize) + 3)
        throw fail(`Resource Graph kept returning skip tokens past the ${counted} rows it counted (totalRecords) at page ${page}`);
      seen.add(res.skipToken);
      skipToken = res.skipToken;
    }
  }
  const toSubscription = (row) => {
    const id = str3(row.subscriptionId) ?? str3(row.id)?.replace(/^\/subscriptions\//i, "");
    if (!id)
      return void 0;
    return { subscriptionId: id.toLowerCase(), ...str3(row.name) ? { name: str3(row.name) } : {}, ...str3(row.tenantId) ? { tenantId: str3(row.tenantId) } : {}, ...str3(row.state) ? { state: str3(row.state) } : {} };
  };
  async function beyondLimit(t) {
    const label = t.target.label;
    const listed = t.visible.size;
    if (t.target.listSubscriptions) {
      try {
        const all = await t.target.listSubscriptions();
        const missing = all.filter((s) => !t.visible.has(s.subscriptionId.toLowerCase()));
        for (const s of missing)
          t.visible.set(s.subscriptionId.toLowerCase(), { ...s, subscriptionId: s.subscriptionId.toLowerCase() });
        notices.push(`tenant ${label}: Resource Graph listed only the first ${listed} subscriptions (x-ms-tenant-subscription-limit-hit); ARM listed ${missing.length} more, which were crawled by name${missing.length ? `: ${describeSubscriptions(missing.map((s) => s.subscriptionId.toLowerCase()).sort())}` : ""}`);
        return;
      } catch (e) {
        addGap(`tenant ${label}`, `Resource Graph listed only the first ${listed} subscriptions (x-ms-tenant-subscription-limit-hit) and ARM's subscription list could not be read (${e.message}); subscriptions beyond those are not covered: name them with --subscription or --management-group`);
        return;
      }
    }
    addGap(`tenant ${label}`, `Resource Graph listed only the first ${listed} subscriptions (x-ms-tenant-subscription-limit-hit); subscriptions beyond those are not covered: name them with --subscription or --management-group`);
  }
  const states = opts.tenants.map((target) => ({
    target,
    // A reset further away than the longest named wait erscan honours is not waited for (the 429 path adds up
    // to 1 s of jitter to a wait it honoured, hence the margin).
    pacer: new QuotaPacer(clock, 25, (ms) => {
      stats.quotaWaits++;
      stats.quotaWaitMs += ms;
      emit({ type: "wait", tenant: target.label, ms, reason: "quota" });
    }, maxNamedWaitMs + 2e3),
    visible: /* @__PURE__ */ new Map(),
    listedOk: false,
    failedSubscriptionLookups: /* @__PURE__ */ new Map(),
    unlisted: 0,
    mgResults: /* @__PURE__ */ new Map(),
    assigned: []
  }));
  const requested = opts.subscriptions?.map((s) => s.toLowerCase());
  const mgs = opts.managementGroups ?? [];
  await Promise.all(states.map(async (t) => {
    const label = t.target.label;
    emit({ type: "tenant", tenant: label, state: "signing-in" });
    try {
      t.query = await t.target.connect();
    } catch (e) {
      const err = toGraphCallError(e, false);
      addGap(`tenant ${label}`, `sign-in failed: ${err.message.replace(/^sign-in failed: /, "")}`);
      emit({ type: "tenant", tenant: label, state: "failed" });
      return;
    }
    emit({ type: "tenant", tenant: label, state: "listing" });
    const collect = (rs) => {
      for (const r of rs) {
        const s = isObj(r) ? toSubscription(r) : void 0;
        if (s)
          t.visible.set(s.subscriptionId, s);
        else
          t.unlisted++;
      }
    };
    if (requested) {
      for (const batch of chunk([...new Set(requested)].sort(), batchSize)) {
        try {
          const r = await paged(t, { query: SUBSCRIPTIONS_QUERY, subscriptions: batch }, "subscriptions", collect);
          if (r.truncated) {
            for (const s of batch)
              if (!t.visible.has(s))
                t.failedSubscriptionLookups.set(s, `${r.truncated}, and did not list it`);
          }
        } catch (e) {
          for (const s of batch)
            t.failedSubscriptionLookups.set(s, e.message);
        }
      }
      t.listedOk = true;
    } else if (mgs.length > 0) {
      for (const mg of mgs) {
        const before = t.visible.size;
        try {
          const r = await paged(t, { query: SUBSCRIPTIONS_QUERY, managementGroups: [mg], allowPartialScopes: true }, `subscriptions of ${mg}`, collect);
          t.mgResults.set(mg, { ok: true, count: t.visible.size - before });
          if (r.limitHit)
            addGap(`tenant ${label} management group ${mg}`, `Resource Graph listed only the first ${t.visible.size - before} subscriptions under it (x-ms-tenant-subscription-limit-hit); the rest are not covered: name subscriptions or smaller management groups`);
          if (r.truncated)
            addGap(`tenant ${label} management group ${mg}`, `the subscription list came back short (${r.truncated}): subscriptions under it may be missing`);
        } catch (e) {
          t.mgResults.set(mg, { ok: false, reason: e.message, count: 0 });
        }
      }
      t.listedOk = true;
    } else {
      try {
        const r = await paged(t, { query: SUBSCRIPTIONS_QUERY, allowPartialScopes: true }, "subscriptions", collect);
        if (r.limitHit)
          await beyondLimit(t);
        if (r.truncated)
          addGap(`tenant ${label}`, `the subscription list came back short (${r.truncated}): subscriptions may be missing`);
        t.listedOk = true;
      } catch (e) {
        const f = e;
        addGap(`tenant ${label}`, `could not list subscriptions (page ${f.page}): ${f.message}`);
      }
    }
    if (t.unlisted > 0)
      addGap(`tenant ${label}`, `the subscription list held ${t.unlisted} row${t.unlisted === 1 ? "" : "s"} naming no subscription (not an object, or no subscriptionId or id): subscriptions may be missing`);
    emit({ type: "subscriptions", tenant: label, count: t.visible.size });
  }));
  const owner = /* @__PURE__ */ new Map();
  const allSubs = /* @__PURE__ */ new Map();
  const ordered = [...states].sort((a, b) => compareText(a.target.label, b.target.label));
  for (const t of ordered)
    for (const [id, s] of t.visible)
      if (!allSubs.has(id) || s.tenantId && t.target.tenantId === s.tenantId)
        allSubs.set(id, s);
  for (const [id, s] of allSubs) {
    const own = ordered.find((t) => t.visible.has(id) && t.target.tenantId !== void 0 && t.target.tenantId.toLowerCase() === s.tenantId?.toLowerCase());
    const o = own ?? ordered.find((t) => t.visible.has(id));
    owner.set(id, o);
    o.assigned.push(id);
  }
  const delegated = [...allSubs.values()].filter((s) => ordered.filter((t) => t.visible.has(s.subscriptionId)).length > 1).length;
  if (delegated > 0)
    notices.push(`${delegated} subscription${delegated === 1 ? " was" : "s were"} visible from more than one tenant (Azure Lighthouse); each was read once`);
  if (requested) {
    for (const s of [...new Set(requested)].sort()) {
      if (allSubs.has(s))
        continue;
      const failures = states.filter((t) => t.failedSubscriptionLookups.has(s)).map((t) => `tenant ${t.target.label}: ${t.failedSubscriptionLookups.get(s)}`);
      const signedIn = states.some((t) => t.query);
      if (failures.length > 0)
        addGap(`subscription ${s}`, `could not be looked up (${failures.join("; ")})`);
      else if (signedIn)
        addGap(`subscription ${s}`, "not visible to the signed-in identity in any crawled tenant (missing, or no Reader role on it)");
    }
  }
  for (const mg of mgs) {
    const results = states.map((t) => t.mgResults.get(mg)).filter((r) => r !== void 0);
    if (results.length === 0)
      continue;
    if (!results.some((r) => r.ok))
      addGap(`management group ${mg}`, `could not list its subscriptions: ${[...new Set(results.map((r) => r.reason))].join("; ")}`);
    else if (results.every((r) => !r.ok || r.count === 0))
      notices.push(`management group ${mg}: no subscriptions visible under it`);
  }
  async function maintenanceOf(t, subs) {
    const got = [];
    try {
      const r = await paged(t, { query: MAINTENANCE_QUERY, subscriptions: subs }, `maintenance assignments of ${describeSubscriptions(subs)}`, (rs) => got.push(...rs));
      const odd = got.filter((a) => !isObj(a)).length;
      const short = r.truncated ?? (odd > 0 ? `${odd} row${odd === 1 ? " was" : "s were"} not an object` : void 0);
      if (short) {
        addGap(`tenant ${t.target.label} ${describeSubscriptions(subs)}`, `maintenance configuration assignments came back short (${short}); ERS-RED-011 is not evaluated for their gateways`);
        return;
      }
      for (const sub of subs)
        reads.maintenance.add(sub);
      extras.assignments.push(...got);
    } catch (e) {
      const f = e;
      addGap(`tenant ${t.target.label} ${describeSubscriptions(subs)}`, `maintenance configuration assignments could not be read (page ${f.page}): ${f.message}; ERS-RED-011 is not evaluated for their gateways`);
    }
  }
  await Promise.all(states.map(async (t) => {
    if (!t.query)
      return;
    const label = t.target.label;
    const ids = t.assigned.sort();
    if (ids.length === 0) {
      if (t.listedOk && !requested && mgs.length === 0)
        notices.push(`tenant ${label}: no subscriptions visible`);
      emit({ type: "tenant", tenant: label, state: "done" });
      return;
    }
    emit({ type: "tenant", tenant: label, state: "crawling" });
    const queue = chunk(ids, batchSize).map((subs) => ({ subs, depth: 0 }));
    emit({ type: "batches", tenant: label, count: queue.length });
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const got = [];
        let complete = false;
        const notCovered = () => `${job.subs.length === 1 ? "this subscription is" : "these subscriptions are"} not covered${got.length > 0 ? ` (the ${got.length} row${got.length === 1 ? "" : "s"} read before ${got.length === 1 ? "was" : "were"} set aside: part of a subscription is never scanned without the rest)` : ""}: ${job.subs.join(", ")}`;
        try {
          const r = await paged(t, { query: EXPRESSROUTE_QUERY, subscriptions: job.subs }, describeSubscriptions(job.subs), (rs) => got.push(...rs));
          if (r.truncated)
            addGap(`tenant ${label} ${describeSubscriptions(job.subs)}`, `${r.truncated}${r.unchecked ? "" : ": some rows were not returned"}; ${notCovered()}`);
          else {
            complete = true;
            for (const sub of job.subs)
              reads.main.add(sub);
          }
          if (readMaintenance && complete)
            await maintenanceOf(t, job.subs);
        } catch (e) {
          const f = e;
          const splittable = f.failure?.kind === "auth" ? f.failure.status === 403 : f.failure?.kind !== "throttled";
          const deeper = f.failure?.kind === "auth" || job.depth < splitDepth;
          if (job.subs.length > 1 && deeper && splittable) {
            const mid = Math.ceil(job.subs.length / 2);
            queue.push({ subs: job.subs.slice(0, mid), depth: job.depth + 1 }, { subs: job.subs.slice(mid), depth: job.depth + 1 });
            notices.push(`tenant ${label}: a batch of ${job.subs.length} subscriptions failed at page ${f.page} (${f.message}); retried as two halves`);
            if (queue.length > 0 && active < concurrency)
              spawn();
          } else {
            addGap(`tenant ${label} ${describeSubscriptions(job.subs)}`, `page ${f.page} could not be read after retries: ${f.message}; ${notCovered()}`);
          }
        } finally {
          if (!complete)
            got.length = 0;
          const inBatch = new Set(job.subs);
          for (const raw of got) {
            if (!isObj(raw)) {
              unplaced.push(raw);
              continue;
            }
            const id = str3(raw.id);
            const sub = (str3(raw.subscriptionId) ?? (id ? /^\/subscriptions\/([^/]+)/i.exec(id)?.[1] : void 0))?.toLowerCase();
            if (sub && !inBatch.has(sub)) {
              if (id)
                outOfScope.add(id.toLowerCase());
              continue;
            }
            if (!id) {
              unplaced.push(scrubSecrets(raw));
              continue;
            }
            const key = id.toLowerCase();
            stats.rows++;
            const extra = extraKind(raw);
            if (extra) {
              if (!extraIds.has(key))
                (extra === "alert" ? extras.alerts : extras.vnets).push(raw);
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
    const running = [];
    const spawn = () => {
      active++;
      running.push(worker().finally(() => void active--));
    };
    for (let i = 0; i < Math.min(concurrency, queue.length); i++)
      spawn();
    for (let n = 0; n < running.length; n++)
      await running[n];
    emit({ type: "tenant", tenant: label, state: "done" });
  }));
  const stray = [...outOfScope].filter((k) => !rows.has(k) && !extraIds.has(k)).sort();
  if (stray.length > 0)
    notices.push(`Resource Graph returned ${stray.length} row${stray.length === 1 ? "" : "s"} of subscriptions outside the scope asked for; ${stray.length === 1 ? "it was" : "they were"} dropped: ${stray.slice(0, 3).join(", ")}${stray.length > 3 ? ", \u2026" : ""}`);
  annotateRows([...rows.values()], extras, reads);
  const subscriptions = [...allSubs.values()].sort((a, b) => compareText(a.subscriptionId, b.subscriptionId));
  stats.subscriptions = subscriptions.length;
  if (stats.duplicates > 0)
    notices.push(`${stats.duplicates} duplicate row${stats.duplicates === 1 ? "" : "s"} (same resource reached through overlapping scopes) merged`);
  const sorted = [...rows.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, r]) => r);
  return { rows: sorted, subscriptions, gaps, notices, stats, rowTenant, subscriptionsRead: reads.main.size, unplaced };
}

// dist/sources/graph/credentials.js
var CREDENTIAL_KINDS = ["default", "cli", "env", "managed-identity", "workload-identity", "github-oidc"];
function canSwitchTenant(kind) {
  return kind !== "managed-identity";
}
var GITHUB_AUDIENCE = "api://AzureADTokenExchange";
function githubIdTokenFetcher(env, fetchImpl = fetch) {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) {
    throw new UsageError("--credential github-oidc: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set (the workflow needs `permissions: id-token: write`)");
  }
  return async () => {
    const target = new URL(url);
    target.searchParams.set("audience", env.ERSCAN_OIDC_AUDIENCE || GITHUB_AUDIENCE);
    const res = await fetchImpl(target, { headers: { Authorization: `Bearer ${bearer}`, Accept: "application/json" } });
    if (!res.ok)
      throw new Error(`GitHub OIDC token request failed: HTTP ${res.status}`);
    const body = await res.json();
    if (typeof body.value !== "string" || body.value === "")
      throw new Error('GitHub OIDC token response has no "value"');
    return body.value;
  };
}
function credentialFactory(kind, cloud, env = process.env) {
  const k = kind ?? "default";
  if (!CREDENTIAL_KINDS.includes(k))
    throw new UsageError(`--credential: expected one of ${CREDENTIAL_KINDS.join(", ")}, found ${JSON.stringify(kind)}`);
  const clientId = env.AZURE_CLIENT_ID || void 0;
  const homeTenant = env.AZURE_TENANT_ID || void 0;
  const authority = { authorityHost: cloud.authorityHost, ...cloud.customAuthority ? { disableInstanceDiscovery: true } : {} };
  const getAssertion = k === "github-oidc" ? githubIdTokenFetcher(env) : void 0;
  if (k === "env" || k === "github-oidc") {
    if (!clientId)
      throw new UsageError(`--credential ${k}: AZURE_CLIENT_ID is not set (the application (client) id to sign in as)`);
  }
  if (k === "env" && !env.AZURE_CLIENT_SECRET && !env.AZURE_CLIENT_CERTIFICATE_PATH) {
    throw new UsageError("--credential env: set AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH (with AZURE_CLIENT_ID and AZURE_TENANT_ID)");
  }
  const needTenant = (t) => {
    const tenant = t ?? homeTenant;
    if (!tenant)
      throw new UsageError(`--credential ${k}: name a tenant with --tenant or AZURE_TENANT_ID`);
    return tenant;
  };
  return {
    kind: k,
    homeTenant,
    async forTenant(tenantId) {
      const id = await import("./esm-CVSRCDT6.js");
      switch (k) {
        case "cli":
          return new id.AzureCliCredential({ tenantId: tenantId ?? homeTenant });
        case "env": {
          const tenant = needTenant(tenantId);
          if (env.AZURE_CLIENT_SECRET)
            return new id.ClientSecretCredential(tenant, clientId, env.AZURE_CLIENT_SECRET, authority);
          return new id.ClientCertificateCredential(tenant, clientId, { certificatePath: env.AZURE_CLIENT_CERTIFICATE_PATH }, authority);
        }
        case "github-oidc":
          return new id.ClientAssertionCredential(needTenant(tenantId), clientId, getAssertion, authority);
        case "managed-identity":
          return clientId ? new id.ManagedIdentityCredential({ clientId }) : new id.ManagedIdentityCredential();
        case "workload-identity":
          return new id.WorkloadIdentityCredential({ ...authority, tenantId: tenantId ?? homeTenant, clientId });
        case "default":
        default:
          return new id.DefaultAzureCredential({ ...authority, ...tenantId ?? homeTenant ? { tenantId: tenantId ?? homeTenant } : {} });
      }
    }
  };
}

// dist/sources/graph/progress.js
var CrawlProgress = class {
  out;
  verbose;
  live;
  tenants = /* @__PURE__ */ new Map();
  subscriptions = 0;
  pages = 0;
  rows = 0;
  waits = 0;
  waitMs = 0;
  gaps = 0;
  lastDraw = 0;
  drawn = false;
  constructor(out, verbose, live = out.isTTY === true) {
    this.out = out;
    this.verbose = verbose;
    this.live = live;
  }
  handle = (e) => {
    switch (e.type) {
      case "tenant":
        this.tenants.set(e.tenant, e.state);
        if (this.verbose)
          this.log(`tenant ${e.tenant}: ${e.state}`);
        break;
      case "subscriptions":
        this.subscriptions += e.count;
        if (this.verbose)
          this.log(`tenant ${e.tenant}: ${e.count} subscription(s) in scope`);
        break;
      case "batches":
        if (this.verbose)
          this.log(`tenant ${e.tenant}: ${e.count} batch(es) of at most 300 subscriptions`);
        break;
      case "request":
        if (e.outcome === "ok") {
          this.pages++;
          this.rows += e.rows ?? 0;
        }
        if (this.verbose)
          this.log(`tenant ${e.tenant}: ${e.what} page ${e.page}: ${e.outcome === "ok" ? `${e.rows} row(s)` : e.outcome} in ${e.ms} ms${e.remaining !== void 0 ? `, quota left ${e.remaining}` : ""}`);
        break;
      case "wait":
        this.waits++;
        this.waitMs += e.ms;
        if (this.verbose)
          this.log(`tenant ${e.tenant}: waiting ${(e.ms / 1e3).toFixed(1)} s (${e.reason === "quota" ? "quota window spent" : e.reason === "throttled" ? "throttled (429)" : "retrying after a failure"})`);
        break;
      case "gap":
        this.gaps++;
        if (this.verbose)
          this.log(`coverage gap: ${e.gap.scope}: ${e.gap.reason}`);
        break;
    }
    this.draw(false);
  };
  log(line) {
    this.clear();
    this.out.write(`erscan: ${line}
`);
  }
  clear() {
    if (this.live && this.drawn) {
      this.out.write("\r\x1B[K");
      this.drawn = false;
    }
  }
  draw(force) {
    if (!this.live)
      return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100)
      return;
    this.lastDraw = now;
    const states = [...this.tenants.values()];
    const done = states.filter((s) => s === "done" || s === "failed").length;
    const line = `erscan: tenants ${done}/${this.tenants.size} \xB7 subscriptions ${this.subscriptions} \xB7 pages ${this.pages} \xB7 rows ${this.rows} \xB7 throttling waits ${this.waits} (${(this.waitMs / 1e3).toFixed(1)} s)${this.gaps ? ` \xB7 gaps ${this.gaps}` : ""}`;
    this.out.write(`\r\x1B[K${line}`);
    this.drawn = true;
  }
  /** Removes the status line; prints a one-line summary on a terminal or with --verbose. */
  finish(stats, gaps) {
    this.clear();
    if (this.live || this.verbose) {
      this.out.write(`erscan: crawled ${stats.tenants} tenant(s), ${stats.subscriptions} subscription(s): ${stats.requests} request(s), ${stats.pages} page(s), ${stats.rows} row(s)${stats.retries ? `, ${stats.retries} retr${stats.retries === 1 ? "y" : "ies"}` : ""}${stats.quotaWaits ? `, ${stats.quotaWaits} quota wait(s) (${(stats.quotaWaitMs / 1e3).toFixed(1)} s)` : ""}${gaps ? `, ${gaps} coverage gap(s)` : ""}
`);
    }
  }
};

// dist/sources/graph/cli.js
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function cleanList(name, values, guid) {
  if (!values || values.length === 0)
    return void 0;
  const out = [...new Set(values.flatMap((v) => String(v).split(",")).map((v) => v.trim()).filter(Boolean))];
  for (const v of out)
    if (guid && !GUID.test(v))
      throw new UsageError(`${name}: expected a GUID, found ${JSON.stringify(v)}`);
  return out.length ? out : void 0;
}
async function runLiveCrawl(args, hooks = {}) {
  const env = hooks.env ?? process.env;
  const cloud = resolveCloud(args.cloud, args.armEndpoint, env);
  const creds = credentialFactory(args.credential, cloud, env);
  const subscriptions = cleanList("--subscription", args.subscription, true);
  const managementGroups = cleanList("--management-group", args.managementGroup, false);
  let tenants = cleanList("--tenant", args.tenant, false);
  if (!tenants && args.config)
    tenants = cleanList(`${args.config}: graph.tenants`, loadConfig(args.config).graph?.tenants, false);
  const notices = [];
  const progress = new CrawlProgress(hooks.stderr ?? process.stderr, args.verbose === true);
  const credentials = /* @__PURE__ */ new Map();
  const credentialFor = (tenant) => {
    const key = tenant ?? "";
    if (!credentials.has(key))
      credentials.set(key, creds.forTenant(tenant));
    return credentials.get(key);
  };
  let homeRefusal;
  let tenantListGap;
  if (!tenants) {
    if (canSwitchTenant(creds.kind)) {
      try {
        const home = await credentialFor(creds.homeTenant);
        try {
          await signIn(home, cloud.scope, creds.homeTenant);
        } catch (e) {
          if (!(e instanceof UsageError))
            homeRefusal = e;
          throw e;
        }
        const discovered = await listTenants(await armGetter(home, cloud, { agent: hooks.agent }));
        if (discovered.length > 0) {
          tenants = discovered;
          notices.push(`tenants discovered from the signed-in identity: ${discovered.join(", ")}`);
        }
      } catch (e) {
        if (homeRefusal || e instanceof UsageError)
          notices.push(`could not list the identity's tenants (${e.message}); crawling its home tenant only`);
        else
          tenantListGap = { scope: "the signed-in identity's tenants", reason: `could not be listed (GET /tenants: ${e.message}); only its home tenant was crawled, and any other tenant it belongs to is not covered: name the tenants with --tenant (or graph.tenants in the config)` };
      }
    } else {
      notices.push(`--credential ${creds.kind} signs in to one tenant only; crawling that tenant`);
    }
  }
  const targetTenants = tenants ?? [creds.homeTenant];
  const queries = /* @__PURE__ */ new Map();
  const signedIn = /* @__PURE__ */ new Set();
  const refused = /* @__PURE__ */ new Map();
  const targets = targetTenants.map((tenantId) => ({
    tenantId,
    label: tenantId ?? "home tenant",
    connect: async () => {
      const label = tenantId ?? "home tenant";
      try {
        if (homeRefusal && tenantId === creds.homeTenant)
          throw homeRefusal;
        const credential = await credentialFor(tenantId);
        await signIn(credential, cloud.scope, tenantId);
        signedIn.add(label);
        return sdkGraphQuery(credential, cloud, { agent: hooks.agent });
      } catch (e) {
        if (e instanceof UsageError)
          throw e;
        refused.set(label, signInFailureLine(e?.message ?? String(e)));
        throw e;
      }
    },
    listSubscriptions: async () => listSubscriptionsArm(await armGetter(await credentialFor(tenantId), cloud, { agent: hooks.agent }))
  }));
  const result = await crawl({ ...hooks.crawl, tenants: targets, subscriptions, managementGroups, onEvent: progress.handle });
  for (const g of result.gaps) {
    const label = /^tenant (.+)$/.exec(g.scope)?.[1];
    if (label && refused.has(label) && /^sign-in failed: /.test(g.reason))
      g.reason = `sign-in failed: ${refused.get(label)}`;
  }
  progress.finish(result.stats, result.gaps.length);
  failClosed(creds.kind, targets, signedIn, refused, result.subscriptions.length, result.gaps, result.subscriptionsRead + result.rows.length);
  const output = {
    raws: [],
    subscriptions: result.subscriptions,
    gaps: [...tenantListGap ? [tenantListGap] : [], ...result.gaps],
    notices: [...notices, ...result.notices]
  };
  let foreign = 0;
  for (const row of [...result.rows, ...result.unplaced]) {
    const c = checkRow(row);
    if (c.kind === "foreign")
      foreign++;
    else if (c.problems.length === 0)
      output.raws.push({ row, source: { kind: "graph" } });
    else {
      const p = c.problems[0];
      output.gaps.push({ scope: rowScope(row), reason: `${jsonPath(p.path)}: expected ${p.expected}, found ${p.found}; the resource was not read` });
      if (c.kind === "read") {
        const unread = unreadConnectionsOf(row, c.type, rowLabel(row, c.type, rowScope(row)));
        if (unread.length > 0)
          (output.unread ??= []).push(...unread);
      }
    }
  }
  if (foreign > 0)
    output.notices.push(`${foreign} row${foreign === 1 ? "" : "s"} of a type erscan does not scan ${foreign === 1 ? "was" : "were"} skipped`);
  const getterFor = async (label) => {
    if (!queries.has(label))
      queries.set(label, await armGetter(await credentialFor(targets.find((t) => t.label === label)?.tenantId), cloud, { agent: hooks.agent, ...hooks.crawl?.retryBaseMs !== void 0 ? { retryBaseMs: hooks.crawl.retryBaseMs } : {} }));
    return queries.get(label);
  };
  const diagnosticSettings = args.diagnosticSettings !== false;
  if (!diagnosticSettings)
    output.notices.push("diagnostic settings were not read (--no-diagnostic-settings): ERS-HYG-002, ERS-HYG-003 and ERS-HYG-007 are not evaluated");
  const arm = await readArmData({ rows: result.rows, rowTenant: result.rowTenant, getterFor, diagnosticSettings, metrics: args.metrics === true, now: hooks.now ?? /* @__PURE__ */ new Date() });
  output.gaps.push(...arm.gaps);
  output.notices.push(...arm.notices);
  if (arm.metrics)
    output.metrics = arm.metrics;
  return {
    output,
    cloud,
    scope: { tenants: targetTenants.filter((t) => !!t), ...managementGroups ? { managementGroups } : {}, ...subscriptions ? { subscriptions } : {} },
    stats: result.stats
  };
}
function rowScope(row) {
  const r = row !== null && typeof row === "object" && !Array.isArray(row) ? row : {};
  if (typeof r.id === "string" && r.id !== "")
    return `resource ${r.id}`;
  const named = ["type", "name", "subscriptionId"].filter((k) => typeof r[k] === "string" && r[k] !== "").map((k) => `${k} ${String(r[k])}`);
  return `resource (no id${named.length ? `; ${named.join(", ")}` : ""})`;
}
async function crawlForCli(args, hooks = {}) {
  return (await runLiveCrawl(args, hooks)).output;
}
function signInFailureLine(text) {
  const s = withoutTokens(text);
  const chain = s.split(/\n?CredentialUnavailableError: /).slice(1);
  if (/^ChainedTokenCredential authentication failed/.test(s) && chain.length > 0) {
    const reasons = chain.map((part) => {
      const flat2 = part.replace(/\s+/g, " ").trim();
      const status = /Http status code: (\d{3})/.exec(flat2)?.[1];
      const first = /^(?:Error: )?(.*?[.!])(?:\s|$)/.exec(flat2)?.[1] ?? flat2;
      const cut = first.length > 120 ? `${first.slice(0, 117)}...` : first;
      return `${cut.replace(/\.$/, "")}${status ? ` (HTTP ${status})` : ""}`;
    });
    return `no credential of the chain could sign in: ${reasons.join("; ")}`;
  }
  const flat = s.replace(/\s+/g, " ").replace(/^sign-in failed: /, "").trim();
  const aadsts = /AADSTS\d+: [^.]*(\.|$)/.exec(flat);
  const short = aadsts ? aadsts[0] : flat;
  return short.length > 300 ? `${short.slice(0, 297)}...` : short;
}
function failClosed(kind, targets, signedIn, refused, subscriptions, gaps, read) {
  if (signedIn.size === 0) {
    const each = targets.map((t) => `tenant ${t.label}: ${refused.get(t.label) ?? "sign-in did not complete"}`);
    const how = kind === "default" && [...refused.values()].every((r) => r.startsWith("no credential of the chain")) ? "; sign in with `az login`, or name a credential with --credential (docs/live-crawl.md)" : "";
    throw new NothingReadError(`could not sign in with --credential ${kind} to ${targets.length === 1 ? "the tenant" : `any of the ${targets.length} tenants`}, so nothing was read (${each.join("; ")})${how}`, 2);
  }
  if (subscriptions === 0) {
    const why = gaps.length > 0 ? `; ${gaps.map((g) => `${g.scope}: ${g.reason}`).join("; ")}` : "";
    throw new NothingReadError(`no subscription readable: --credential ${kind} signed in to ${[...signedIn].map((t) => `tenant ${t}`).join(", ")}, but no subscription in scope is visible to it (it needs the Reader role on the subscriptions, a management group above them, or the tenant root group)${why}`, 3);
  }
  if (read === 0 && gaps.length > 0) {
    throw new NothingReadError(`nothing read: --credential ${kind} signed in to ${[...signedIn].map((t) => `tenant ${t}`).join(", ")} and listed ${subscriptions} subscription${subscriptions === 1 ? "" : "s"}, but no query over them could be read; ` + gaps.map((g) => `${g.scope}: ${g.reason}`).join("; "), 3);
  }
}
var SIGN_IN_TIMEOUT_MS = 6e4;
async function signIn(credential, scope, tenantId) {
  await bounded((signal) => credential.getToken(scope, { ...tenantId ? { tenantId } : {}, abortSignal: signal }), "no answer from the sign-in authority");
}
async function bounded(call, what) {
  const ms = Number(process.env.ERSCAN_SIGN_IN_TIMEOUT_MS) > 0 ? Number(process.env.ERSCAN_SIGN_IN_TIMEOUT_MS) : SIGN_IN_TIMEOUT_MS;
  const ctl = new AbortController();
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => {
      ctl.abort();
      globalThis[ABANDONED] = true;
      reject(new Error(`${what} within ${Math.round(ms / 1e3)} s (the request was abandoned)`));
    }, ms);
  });
  try {
    return await Promise.race([call(ctl.signal), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
var ABANDONED = /* @__PURE__ */ Symbol.for("erscan.abandoned-requests");
export {
  ABANDONED,
  crawlForCli,
  runLiveCrawl,
  signInFailureLine
};
