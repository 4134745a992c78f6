// A local fake of the Azure endpoints erscan's live crawl talks to, speaking their documented wire
// formats over HTTPS on loopback (the Azure SDK refuses bearer tokens over plain HTTP):
//   POST /providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01   Resource Graph
//   GET  /{tenant}/v2.0/.well-known/openid-configuration, POST /{tenant}/oauth2/v2.0/token   Entra ID
//   GET  /github/oidc-token?audience=…                                           GitHub Actions OIDC
//   GET  /msi/token?api-version=2019-08-01&resource=…                            managed identity (App Service's
//                                                                                IDENTITY_ENDPOINT, X-IDENTITY-HEADER)
//   GET  /tenants?api-version=…                                                  ARM tenant list
//   GET  {resourceId}/providers/Microsoft.Insights/metrics?…                     Azure Monitor metrics
//   GET  {resourceId}/providers/Microsoft.Insights/diagnosticSettings?…          diagnostic settings
//   GET  /subscriptions?api-version=…                                            ARM subscription list
// Resource Graph behaviour: $top ≤ 1000 pages with $skipToken bound to the query and scope,
// `resultTruncated` as a string, per-principal quota with x-ms-user-quota-* headers on every
// response, 429 RateLimiting (without Retry-After unless asked), per-tenant data (Lighthouse
// delegation, management groups), and scripted faults: HTTP statuses, connection resets, slow pages.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const TEST_CA_FILE = join(here, 'tls', 'loopback-cert.pem');
export const TEST_CA = readFileSync(TEST_CA_FILE, 'utf8');
const TEST_KEY = readFileSync(join(here, 'tls', 'loopback-key.pem'), 'utf8');

export const ER_TYPES = [
  'microsoft.network/expressroutecircuits',
  'microsoft.network/expressrouteports',
  'microsoft.network/virtualnetworkgateways',
  'microsoft.network/connections',
  'microsoft.network/expressroutegateways',
];
export const GITHUB_REQUEST_TOKEN = 'gh-request-token';
export const CLIENT_SECRET = 'fake-client-secret';
/** The secret header App Service gives a managed identity's token endpoint (IDENTITY_HEADER). */
export const MSI_HEADER = 'fake-identity-header';

const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const unb64 = (s) => JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** `hh:mm:ss` with fractional seconds when below one second, as .NET TimeSpan prints it. */
export function formatTimeSpan(ms) {
  const total = Math.max(0, ms) / 1000;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = Number.isInteger(s) ? String(s).padStart(2, '0') : s.toFixed(3).padStart(6, '0');
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${ss}`;
}

/**
 * @param {object} cfg
 * @param {{id:string, member?:boolean, loginFails?:boolean}[]} cfg.tenants
 * @param {{subscriptionId:string, name?:string, tenantId:string, state?:string, delegatedTo?:string[], managementGroups?:string[]}[]} cfg.subscriptions
 * @param {object[]} cfg.resources  ARM-shaped rows (id, type lower-cased, subscriptionId, tenantId, properties…)
 * @param {{limit:number, windowMs:number}} [cfg.quota]  per principal (token tenant); default 15 per 5 s
 * @param {boolean} [cfg.retryAfterOn429]  add Retry-After to 429s (default: no, like the docs do not promise)
 * @param {object[]} [cfg.faults]  { match: {kind? ('subscriptions'|'resources'|'maintenance'|'token'|'tenants'|'metrics'|'diagnosticSettings'), tenant?, page?, subscription?, managementGroup?}, skip?, times?, action: 'status'|'reset'|'slow'|'raw'|'cut'|'rewrite', status?,
 *   code?, headers?, delayMs?, body?, contentType?, rewrite?(page, info) }: 'raw' answers `body` as is, 'cut' drops the connection
 *   halfway through the page's body, 'rewrite' sends what `rewrite` returns instead of the page
 * @param {number} [cfg.tokenLifetimeSec]  lifetime of issued access tokens (default 3600)
 * @param {number} [cfg.assertionLifetimeMs]  how long a GitHub ID token is accepted (default 10 min)
 * @param {{tenant:string, clientId?:string}} [cfg.managedIdentity]  the identity GET /msi/token signs in (App Service)
 * @param {Record<string, number|{dims: Record<string,string>, average: number}[]>} [cfg.metrics]  lower-cased circuit or
 *   port id → one average (a single series) or one series per dimension combination (circuits: PeeringType,
 *   DeviceRole; ports: Link). Asked without a dimension filter, the fake answers as Azure Monitor does: one
 *   series whose average is the mean over the series; with `$filter=<dim> eq '*'` one series per value.
 * @param {Record<string, number|{status:number, code?:string}>} [cfg.diagnosticSettings]  lower-cased resource id →
 *   number of diagnostic settings (default 0), or an injected failure
 * @param {object[]} [cfg.maintenanceAssignments]  maintenanceresources rows (configurationAssignments)
 * @param {number} [cfg.subscriptionLimit]  tenant/MG-scope queries see at most this many subscriptions:
 *   without allowPartialScopes the query fails (TooManySubscriptionsUnderScope), with it the first ones
 *   are returned with x-ms-tenant-subscription-limit-hit: true
 * @param {number} [cfg.latencyMs]  added to every Resource Graph response
 * @param {{bucket:number, refillPerSecond:number}} [cfg.armReads]  ARM's subscription read limit (token bucket per
 *   principal and subscription; Microsoft's figures are 250 and 25 per second): every diagnostic settings and
 *   metrics GET takes a token and reports what is left in x-ms-ratelimit-remaining-subscription-reads; an empty
 *   bucket answers 429 with Retry-After. Without it, no read limit and no header.
 */
export async function startFakeAzure(cfg) {
  const quota = cfg.quota ?? { limit: 15, windowMs: 5000 };
  const faults = (cfg.faults ?? []).map((f) => ({ times: Infinity, skip: 0, ...f, seen: 0 }));
  const windows = new Map(); // tenant → { start, used }
  const log = [];
  const counters = { graph: 0, throttled: 0, tokens: 0, githubTokens: 0, metrics: 0, diagnosticSettings: 0, maxSubscriptionsPerRequest: 0, rowsServed: 0, scopeChanges: 0, armThrottled: 0 };
  // ARM's subscription read buckets: `${tenant}|${subscription}` → { tokens, at }
  const readBuckets = new Map();
  /** Takes one read token; returns the headers to send, or a 429 to answer instead. */
  function armRead(tid, resourceId) {
    if (!cfg.armReads) return { headers: {} };
    const { bucket, refillPerSecond } = cfg.armReads;
    const sub = String(/^\/subscriptions\/([^/]+)/i.exec(resourceId)?.[1] ?? '').toLowerCase();
    const key = `${tid}|${sub}`;
    const now = Date.now();
    const b = readBuckets.get(key) ?? { tokens: bucket, at: now };
    b.tokens = Math.min(bucket, b.tokens + ((now - b.at) / 1000) * refillPerSecond);
    b.at = now;
    readBuckets.set(key, b);
    if (b.tokens < 1) {
      counters.armThrottled++;
      return { throttled: true, headers: { 'retry-after': String(Math.ceil((1 - b.tokens) / refillPerSecond)), 'x-ms-ratelimit-remaining-subscription-reads': '0' } };
    }
    b.tokens -= 1;
    return { headers: { 'x-ms-ratelimit-remaining-subscription-reads': String(Math.floor(b.tokens)) } };
  }
  let origin = '';
  const subsById = new Map(cfg.subscriptions.map((s) => [s.subscriptionId.toLowerCase(), s]));
  const knownIds = new Set(cfg.resources.map((r) => String(r.id).toLowerCase()));
  const resourcesBySub = new Map();
  for (const r of cfg.resources) {
    const sub = String(r.subscriptionId ?? /^\/subscriptions\/([^/]+)/i.exec(r.id)?.[1] ?? '').toLowerCase();
    if (!resourcesBySub.has(sub)) resourcesBySub.set(sub, []);
    resourcesBySub.get(sub).push(r);
  }
  for (const list of resourcesBySub.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const visibleTo = (tid) =>
    cfg.subscriptions.filter((s) => s.tenantId === tid || (s.delegatedTo ?? []).includes(tid)).map((s) => s.subscriptionId.toLowerCase());

  function send(res, status, body, headers = {}) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  }
  const armError = (code, message) => ({ error: { code, message } });
  /** A 'raw' fault's answer: `body` as is (a proxy's page, an empty body), with its status and content type. */
  function rawAnswer(res, fault) {
    res.writeHead(fault.status ?? 200, { 'content-type': fault.contentType ?? 'application/json; charset=utf-8', ...(fault.headers ?? {}) });
    res.end(fault.body ?? '');
  }

  function takeFault(info) {
    for (const f of faults) {
      const m = f.match ?? {};
      if (m.kind && m.kind !== info.kind) continue;
      if (m.tenant && m.tenant !== info.tenant) continue;
      if (m.page && m.page !== info.page) continue;
      if (m.subscription && !(info.subscriptions ?? []).includes(m.subscription.toLowerCase())) continue;
      if (m.managementGroup && !(info.managementGroups ?? []).includes(m.managementGroup)) continue;
      f.seen++;
      if (f.seen <= f.skip) continue;
      if (f.times <= 0) continue;
      f.times--;
      return f;
    }
    return undefined;
  }

  function principalOf(req) {
    const auth = req.headers.authorization ?? '';
    const m = /^Bearer fake\.([A-Za-z0-9_-]+)$/.exec(auth);
    if (!m) return { error: [401, armError('AuthenticationFailed', 'Authentication failed. The Authorization header is missing or malformed.')] };
    let claims;
    try {
      claims = unb64(m[1]);
    } catch {
      return { error: [401, armError('InvalidAuthenticationToken', 'The access token is invalid.')] };
    }
    if (claims.exp * 1000 < Date.now()) return { error: [401, armError('ExpiredAuthenticationToken', 'The access token expiry UTC time is earlier than current UTC time.')] };
    if (claims.aud !== origin) return { error: [401, armError('InvalidAuthenticationTokenAudience', `The access token has been obtained for wrong audience or resource '${claims.aud}'.`)] };
    return { tid: claims.tid };
  }

  function quotaHeaders(tid, consume) {
    const now = Date.now();
    let w = windows.get(tid);
    if (!w || now - w.start >= quota.windowMs) {
      w = { start: now, used: 0 };
      windows.set(tid, w);
    }
    let allowed = true;
    if (consume) {
      if (w.used >= quota.limit) allowed = false;
      else w.used++;
    }
    return {
      allowed,
      headers: {
        'x-ms-user-quota-remaining': String(Math.max(0, quota.limit - w.used)),
        'x-ms-user-quota-resets-after': formatTimeSpan(w.start + quota.windowMs - now),
      },
    };
  }

  async function handleGraph(req, res, bodyText) {
    const p = principalOf(req);
    if (p.error) return send(res, ...p.error);
    const tid = p.tid;
    counters.graph++;
    const q = quotaHeaders(tid, true);
    const entry = { at: Date.now(), tenant: tid, kind: 'graph', status: 0, page: 0, subscriptions: 0 };
    log.push(entry);
    if (!q.allowed) {
      counters.throttled++;
      entry.status = 429;
      const h = { ...q.headers, ...(cfg.retryAfterOn429 ? { 'retry-after': String(Math.max(1, Math.ceil(Number(q.headers['x-ms-user-quota-resets-after'].split(':')[2])))) } : {}) };
      return send(res, 429, armError('RateLimiting', 'Client application has been throttled and should not attempt to repeat the request until an amount of time has elapsed. Please see https://aka.ms/resourcegraph-throttling for help.'), h);
    }
    if (!/^application\/json/i.test(req.headers['content-type'] ?? '')) {
      entry.status = 500;
      return send(res, 500, armError('InternalServerError', 'Encountered an internal server error.'), q.headers);
    }
    let body;
    try {
      body = JSON.parse(bodyText);
    } catch {
      entry.status = 400;
      return send(res, 400, armError('BadRequest', 'The request body is not valid JSON.'), q.headers);
    }
    const query = String(body.query ?? '');
    const options = body.options ?? {};
    const top = options.$top ?? 100;
    const subsReq = Array.isArray(body.subscriptions) ? body.subscriptions.map((s) => String(s).toLowerCase()) : undefined;
    const mgsReq = Array.isArray(body.managementGroups) ? body.managementGroups.map(String) : undefined;
    entry.subscriptions = subsReq?.length ?? 0;
    entry.managementGroups = mgsReq;
    counters.maxSubscriptionsPerRequest = Math.max(counters.maxSubscriptionsPerRequest, subsReq?.length ?? 0);
    const kind = /resourcecontainers/i.test(query) ? 'subscriptions' : /maintenanceresources/i.test(query) ? 'maintenance' : /microsoft\.network\/expressroutecircuits/i.test(query) ? 'resources' : 'other';
    entry.query = kind;
    if (!Number.isInteger(top) || top < 1 || top > 1000) {
      entry.status = 400;
      return send(res, 400, armError('BadRequest', `$top must be between 1 and 1000, found ${top}`), q.headers);
    }
    if (subsReq && subsReq.length > 1000) {
      entry.status = 400;
      return send(res, 400, armError('BadRequest', 'Too many subscriptions in one request.'), q.headers);
    }
    const scopeKey = hash(JSON.stringify([tid, query, [...(subsReq ?? [])].sort(), [...(mgsReq ?? [])].sort(), top]));
    let offset = 0;
    if (options.$skipToken) {
      let tok;
      try {
        tok = unb64(options.$skipToken);
      } catch {
        tok = {};
      }
      if (tok.h !== scopeKey) {
        counters.scopeChanges++;
        entry.status = 400;
        return send(res, 400, armError('InvalidSkipToken', 'The skip token does not belong to this query and scope.'), q.headers);
      }
      offset = tok.o;
    }
    entry.page = Math.floor(offset / top) + 1;
    const visible = new Set(visibleTo(tid));
    let scopeSubs;
    if (subsReq) scopeSubs = subsReq.filter((s) => visible.has(s));
    else if (mgsReq) {
      const known = new Set(cfg.subscriptions.flatMap((s) => s.managementGroups ?? []));
      const unknown = mgsReq.filter((m) => !known.has(m));
      if (unknown.length > 0) {
        entry.status = 403;
        return send(res, 403, armError('AuthorizationFailed', `The client does not have authorization over management group '${unknown[0]}' or it does not exist.`), q.headers);
      }
      scopeSubs = [...visible].filter((s) => (subsById.get(s)?.managementGroups ?? []).some((m) => mgsReq.includes(m)));
    } else scopeSubs = [...visible];
    // Resource Graph's subscription limit at tenant and management-group scope (10,000 documented).
    let limitHit = false;
    if (!subsReq && cfg.subscriptionLimit !== undefined && scopeSubs.length > cfg.subscriptionLimit) {
      if (!options.allowPartialScopes) {
        entry.status = 400;
        return send(res, 400, { error: { code: 'BadRequest', message: 'Please provide below info when asking for support.', details: [{ code: 'TooManySubscriptionsUnderScope', message: `The number of subscriptions under provided tenant or management groups in the request has exceeded the allowed limit ${cfg.subscriptionLimit}. Please select a more granular scope or allow partial scopes results by passing AllowPartialScopes flag in the query options.` }] } }, q.headers);
      }
      scopeSubs = [...scopeSubs].sort().slice(0, cfg.subscriptionLimit);
      limitHit = true;
    }

    const fault = takeFault({ kind, tenant: tid, page: entry.page, subscriptions: subsReq, managementGroups: mgsReq });
    if (fault) {
      entry.fault = fault.action;
      if (fault.action === 'reset') {
        entry.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault.action === 'slow') await new Promise((r) => setTimeout(r, fault.delayMs ?? 1000));
      if (fault.action === 'status') {
        entry.status = fault.status;
        // echoAuthorization: a careless proxy or service that quotes the request's Authorization header in its error.
        const said = fault.echoAuthorization ? `Injected fault ${fault.status}: the header '${req.headers.authorization}' was refused.` : `Injected fault ${fault.status}.`;
        return send(res, fault.status, armError(fault.code ?? (fault.status === 429 ? 'RateLimiting' : fault.status >= 500 ? 'InternalServerError' : 'BadRequest'), said), { ...q.headers, ...(fault.headers ?? {}) });
      }
      if (fault.action === 'raw') {
        // A body that is not what the status promises (a proxy's HTML page, a cut JSON document).
        entry.status = fault.status ?? 200;
        res.writeHead(entry.status, { 'content-type': fault.contentType ?? 'application/json; charset=utf-8', ...q.headers, ...(fault.headers ?? {}) });
        return res.end(fault.body ?? '');
      }
    }

    let data;
    if (kind === 'subscriptions') {
      data = [...scopeSubs].sort().map((s) => {
        const sub = subsById.get(s);
        return { id: `/subscriptions/${sub.subscriptionId}`, subscriptionId: sub.subscriptionId, name: sub.name ?? sub.subscriptionId, tenantId: sub.tenantId, state: sub.state ?? 'Enabled' };
      });
    } else if (kind === 'maintenance') {
      const scoped = new Set(scopeSubs);
      data = (cfg.maintenanceAssignments ?? [])
        .filter((a) => scoped.has(String(/^\/subscriptions\/([^/]+)/i.exec(a.id)?.[1] ?? '').toLowerCase()))
        .map((a) => ({ id: a.id, name: a.name, type: 'microsoft.maintenance/configurationassignments', subscriptionId: /^\/subscriptions\/([^/]+)/i.exec(a.id)?.[1], resourceId: String(a.properties?.resourceId ?? '').toLowerCase(), maintenanceConfigurationId: a.properties?.maintenanceConfigurationId ?? '' }))
        .filter((a) => /microsoft\.network\/(virtualnetworkgateways|expressroutegateways)/.test(a.resourceId))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    } else if (kind === 'resources') {
      data = [];
      // The rows the query asks for beside the ExpressRoute families, with its filters.
      const wantsAlerts = /microsoft\.insights\/metricalerts/i.test(query);
      const wantsVnets = /'microsoft\.network\/virtualnetworks'/i.test(query);
      for (const s of [...scopeSubs].sort()) for (const r of resourcesBySub.get(s) ?? []) {
        const type = String(r.type).toLowerCase();
        if (type === 'microsoft.insights/metricalerts' && wantsAlerts) {
          const text = JSON.stringify(r.properties?.scopes ?? []).toLowerCase() + String(r.properties?.targetResourceType ?? '').toLowerCase();
          if (/microsoft\.network\/(expressroute|virtualnetworkgateways)/.test(text)) data.push(r);
          continue;
        }
        if (type === 'microsoft.network/virtualnetworks' && wantsVnets) {
          if (JSON.stringify(r.properties?.subnets ?? []).includes('/subnets/GatewaySubnet')) data.push(r);
          continue;
        }
        if (!ER_TYPES.includes(type)) continue;
        if (type === 'microsoft.network/virtualnetworkgateways' && String(r.properties?.gatewayType).toLowerCase() !== 'expressroute') continue;
        if (type === 'microsoft.network/connections' && String(r.properties?.connectionType).toLowerCase() !== 'expressroute') continue;
        data.push(r);
      }
      data.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    } else {
      entry.status = 400;
      return send(res, 400, armError('BadRequest', 'The fake only answers erscan queries.'), q.headers);
    }
    // Paging is only possible when the query projects id (work-with-data.md).
    const projectsId = /\|\s*project\s+id\b/i.test(query);
    const pageRows = data.slice(offset, offset + top);
    const more = offset + top < data.length;
    const out = {
      totalRecords: data.length,
      count: pageRows.length,
      resultTruncated: more && !projectsId ? 'true' : 'false',
      ...(more && projectsId ? { $skipToken: b64({ o: offset + top, h: scopeKey }) } : {}),
      data: pageRows,
      facets: [],
    };
    // A page Resource Graph answered wrongly on purpose: `rewrite(out, info)` returns the page to send
    // (resultTruncated without a token, totalRecords above the rows, repeating or cycling tokens, …).
    const page = fault?.action === 'rewrite' ? fault.rewrite(out, { page: entry.page, offset, top, subscriptions: subsReq, scopeKey, token: (o) => b64({ o, h: scopeKey }) }) : out;
    counters.rowsServed += page.data?.length ?? 0;
    entry.status = 200;
    entry.rows = page.data?.length ?? 0;
    if (cfg.latencyMs) await new Promise((r) => setTimeout(r, cfg.latencyMs));
    const headers = { ...q.headers, ...(limitHit ? { 'x-ms-tenant-subscription-limit-hit': 'true' } : {}) };
    if (fault?.action === 'cut') {
      // The connection drops in the middle of the body: headers and half the JSON were sent.
      const text = JSON.stringify(page);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers });
      res.write(text.slice(0, Math.floor(text.length / 2)));
      entry.status = -1;
      setTimeout(() => req.socket.destroy(), 20);
      return;
    }
    send(res, 200, page, headers);
  }

  function issueToken(tid, aud) {
    const life = cfg.tokenLifetimeSec ?? 3600;
    counters.tokens++;
    return { token_type: 'Bearer', expires_in: life, ext_expires_in: life, access_token: `fake.${b64({ tid, aud, exp: Math.floor(Date.now() / 1000) + life, n: counters.tokens })}` };
  }

  function handleToken(req, res, tenant, bodyText) {
    const form = new URLSearchParams(bodyText);
    const t = cfg.tenants.find((x) => x.id === tenant);
    const fault = takeFault({ kind: 'token', tenant });
    log.push({ at: Date.now(), tenant, kind: 'token', status: t && !t.loginFails && !fault ? 200 : 400 });
    const aadError = (code, desc) => send(res, 400, { error: code, error_description: desc, error_codes: [Number(/AADSTS(\d+)/.exec(desc)?.[1] ?? 0)], timestamp: new Date().toISOString() });
    if (!t) return aadError('invalid_tenant', `AADSTS90002: Tenant '${tenant}' not found.`);
    if (t.loginFails || fault) return aadError('unauthorized_client', `AADSTS700016: Application with identifier '${form.get('client_id')}' was not found in the directory '${tenant}'.`);
    const scope = form.get('scope') ?? '';
    const aud = scope.split(' ').find((s) => s.endsWith('/.default'))?.replace(/\/\.default$/, '');
    if (!aud) return aadError('invalid_scope', 'AADSTS70011: The provided request must include a scope input parameter.');
    const assertion = form.get('client_assertion');
    if (assertion) {
      const m = /^gh\.([A-Za-z0-9_-]+)$/.exec(assertion);
      if (!m) return aadError('invalid_client', 'AADSTS700021: Client assertion is not a GitHub token.');
      const claims = unb64(m[1]);
      const age = Date.now() - claims.iat;
      if (age > (cfg.assertionLifetimeMs ?? 600_000)) return aadError('invalid_client', 'AADSTS700024: Client assertion is not within its valid time range.');
      if (claims.aud !== 'api://AzureADTokenExchange') return aadError('invalid_client', 'AADSTS700211: No matching federated identity record found for presented assertion audience.');
    } else if (form.get('client_secret') !== CLIENT_SECRET) {
      return aadError('invalid_client', 'AADSTS7000215: Invalid client secret provided.');
    }
    send(res, 200, issueToken(tenant, aud));
  }

  // App Service's managed identity endpoint (api-version 2019-08-01): the secret header, the resource asked for,
  // a user-assigned identity by client_id when one is configured. The token is for cfg.managedIdentity.tenant.
  function handleManagedIdentity(req, res, url) {
    const mi = cfg.managedIdentity;
    const clientId = url.searchParams.get('client_id');
    const ok = mi && req.headers['x-identity-header'] === MSI_HEADER && url.searchParams.get('api-version') === '2019-08-01' && (!mi.clientId || clientId === mi.clientId);
    log.push({ at: Date.now(), tenant: mi?.tenant, kind: 'msi', status: ok ? 200 : 400, clientId });
    if (!ok) return send(res, 400, { statusCode: 400, message: mi ? 'No managed identity found for specified ClientId/ResourceId/PrincipalId.' : 'No managed identity is assigned.', correlationId: '00000000-0000-0000-0000-000000000000' });
    const aud = (url.searchParams.get('resource') ?? '').replace(/\/$/, '');
    const t = issueToken(mi.tenant, aud);
    send(res, 200, { access_token: t.access_token, expires_on: String(Math.floor(Date.now() / 1000) + t.expires_in), resource: aud, token_type: 'Bearer', client_id: mi.clientId ?? '00000000-0000-0000-0000-0000000000a1' });
  }

  function handleMetrics(req, res, url) {
    const p = principalOf(req);
    if (p.error) return send(res, ...p.error);
    counters.metrics++;
    const resourceId = decodeURIComponent(url.pathname.replace(/\/providers\/Microsoft\.Insights\/metrics$/i, ''));
    const isPort = /\/expressrouteports\//i.test(resourceId);
    const fault = takeFault({ kind: 'metrics', tenant: p.tid, subscriptions: [/^\/subscriptions\/([^/]+)/i.exec(resourceId)?.[1]?.toLowerCase()] });
    const filter = url.searchParams.get('$filter') ?? '';
    const limit = armRead(p.tid, resourceId);
    log.push({ at: Date.now(), tenant: p.tid, kind: 'metrics', status: limit.throttled ? 429 : (fault?.status ?? 200), resourceId, filter });
    if (limit.throttled) return send(res, 429, armError('TooManyRequests', 'The request is being throttled as the limit has been reached for operation type - Read.'), limit.headers);
    if (fault?.action === 'status') return send(res, fault.status, armError(fault.code ?? 'InternalServerError', 'Injected fault.'));
    const names = url.searchParams.get('metricnames');
    const metric = isPort ? 'PortBitsOutPerSecond' : 'BitsOutPerSecond';
    if (names !== metric) return send(res, 400, armError('BadRequest', `Failed to find metric configuration for provider: Microsoft.Network, resource Type: ${isPort ? 'expressRoutePorts' : 'expressRouteCircuits'}, metric: ${names}`));
    const [from, to] = (url.searchParams.get('timespan') ?? '').split('/').map((s) => Date.parse(s));
    if (!Number.isFinite(from) || !Number.isFinite(to) || url.searchParams.get('interval') !== 'PT1H') return send(res, 400, armError('BadRequest', 'timespan and interval PT1H required by the fake'));
    const dims = isPort ? ['Link'] : ['PeeringType', 'DeviceRole'];
    const split = dims.filter((d) => new RegExp(`\\b${d}\\s+eq\\s+'\\*'`, 'i').test(filter));
    if (filter && split.length === 0) return send(res, 400, armError('BadRequest', `The fake only knows the dimensions ${dims.join(', ')}`));
    const cfgValue = cfg.metrics?.[resourceId.toLowerCase()];
    const series = cfgValue === undefined ? [] : Array.isArray(cfgValue) ? cfgValue : [{ dims: Object.fromEntries(dims.map((d) => [d, d === 'PeeringType' ? 'PrivatePeering' : d === 'DeviceRole' ? 'Primary' : 'link1'])), average: cfgValue }];
    // Group the stored series by the dimensions asked for; each group is one answered series whose
    // Average is the mean of its members (Azure Monitor averages the series it merges).
    const groups = new Map();
    for (const s0 of series) {
      const key = JSON.stringify(split.map((d) => s0.dims?.[d] ?? ''));
      if (!groups.has(key)) groups.set(key, { metadatavalues: split.map((d) => ({ name: { value: d, localizedValue: d }, value: s0.dims?.[d] ?? '' })), members: [] });
      groups.get(key).members.push(s0.average);
    }
    const timeseries = [...groups.values()].map((g) => {
      const avg = g.members.reduce((a, b) => a + b, 0) / g.members.length;
      const data = [];
      for (let t = from; t < to; t += 3600_000) data.push({ timeStamp: new Date(t).toISOString(), average: avg });
      return { metadatavalues: g.metadatavalues, data };
    });
    if (timeseries.length === 0) {
      const data = [];
      for (let t = from; t < to; t += 3600_000) data.push({ timeStamp: new Date(t).toISOString() });
      timeseries.push({ metadatavalues: [], data });
    }
    send(res, 200, {
      cost: 0,
      timespan: url.searchParams.get('timespan'),
      interval: 'PT1H',
      namespace: isPort ? 'Microsoft.Network/expressRoutePorts' : 'Microsoft.Network/expressRouteCircuits',
      resourceregion: 'westeurope',
      value: [{ id: `${resourceId}/providers/Microsoft.Insights/metrics/${metric}`, type: 'Microsoft.Insights/metrics', name: { value: metric, localizedValue: isPort ? 'BitsOutPerSecond' : metric }, unit: 'BitsPerSecond', timeseries, errorCode: 'Success' }],
    }, limit.headers);
  }

  function handleDiagnosticSettings(req, res, url) {
    const p = principalOf(req);
    if (p.error) return send(res, ...p.error);
    counters.diagnosticSettings++;
    const resourceId = decodeURIComponent(url.pathname.replace(/\/providers\/Microsoft\.Insights\/diagnosticSettings$/i, ''));
    const fault = takeFault({ kind: 'diagnosticSettings', tenant: p.tid, subscriptions: [/^\/subscriptions\/([^/]+)/i.exec(resourceId)?.[1]?.toLowerCase()] });
    const limit = armRead(p.tid, resourceId);
    log.push({ at: Date.now(), tenant: p.tid, kind: 'diagnosticSettings', status: limit.throttled ? 429 : (fault?.status ?? 200), resourceId });
    if (limit.throttled) return send(res, 429, armError('TooManyRequests', 'The request is being throttled as the limit has been reached for operation type - Read.'), limit.headers);
    if (fault?.action === 'status') return send(res, fault.status, armError(fault.code ?? 'InternalServerError', 'Injected fault.'), fault.status === 429 ? { 'retry-after': '0' } : {});
    if (fault?.action === 'raw') return rawAnswer(res, fault);
    if (url.searchParams.get('api-version') !== '2021-05-01-preview') return send(res, 400, armError('InvalidApiVersionParameter', 'unsupported api-version'));
    const known = knownIds.has(resourceId.toLowerCase());
    if (!known) return send(res, 404, armError('ResourceNotFound', `The Resource '${resourceId}' was not found.`));
    const want = cfg.diagnosticSettings?.[resourceId.toLowerCase()] ?? 0;
    if (typeof want === 'object') return send(res, want.status, armError(want.code ?? 'AuthorizationFailed', 'Injected failure.'));
    const value = Array.from({ length: want }, (_, i) => ({ id: `${resourceId}/providers/microsoft.insights/diagnosticSettings/ds${i}`, type: 'Microsoft.Insights/diagnosticSettings', name: `ds${i}`, properties: { workspaceId: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law', logs: [{ categoryGroup: 'allLogs', enabled: true }], metrics: [{ category: 'AllMetrics', enabled: true }] } }));
    send(res, 200, { value }, limit.headers);
  }

  function handleSubscriptionList(req, res, url) {
    const p = principalOf(req);
    if (p.error) return send(res, ...p.error);
    const all = [...new Set(visibleTo(p.tid))].sort();
    const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
    const pageSize = 1000;
    const value = all.slice(skip, skip + pageSize).map((s) => {
      const sub = subsById.get(s);
      return { id: `/subscriptions/${sub.subscriptionId}`, subscriptionId: sub.subscriptionId, displayName: sub.name ?? sub.subscriptionId, tenantId: sub.tenantId, state: sub.state ?? 'Enabled' };
    });
    log.push({ at: Date.now(), tenant: p.tid, kind: 'subscriptionList', status: 200 });
    send(res, 200, { value, ...(skip + pageSize < all.length ? { nextLink: `${origin}/subscriptions?api-version=2022-12-01&$skiptoken=${skip + pageSize}` } : {}) });
  }

  const server = https.createServer({ key: TEST_KEY, cert: TEST_CA }, (req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const bodyText = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', origin);
      const path = url.pathname;
      let m;
      Promise.resolve()
        .then(() => {
          if (req.method === 'POST' && /^\/providers\/Microsoft\.ResourceGraph\/resources$/i.test(path)) {
            if (url.searchParams.get('api-version') !== '2024-04-01') return send(res, 400, armError('InvalidApiVersionParameter', 'unsupported api-version'));
            return handleGraph(req, res, bodyText);
          }
          if (req.method === 'GET' && (m = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path))) {
            const t = m[1];
            return send(res, 200, { token_endpoint: `${origin}/${t}/oauth2/v2.0/token`, authorization_endpoint: `${origin}/${t}/oauth2/v2.0/authorize`, end_session_endpoint: `${origin}/${t}/oauth2/v2.0/logout`, issuer: `${origin}/${t}/v2.0`, jwks_uri: `${origin}/${t}/discovery/v2.0/keys`, response_types_supported: ['code', 'token'] });
          }
          if (req.method === 'POST' && (m = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path))) return handleToken(req, res, m[1], bodyText);
          if (req.method === 'GET' && path === '/github/oidc-token') {
            if (req.headers.authorization !== `Bearer ${GITHUB_REQUEST_TOKEN}`) return send(res, 401, { message: 'bad request token' });
            counters.githubTokens++;
            return send(res, 200, { count: 1, value: `gh.${b64({ iat: Date.now(), aud: url.searchParams.get('audience'), n: counters.githubTokens })}` });
          }
          if (req.method === 'GET' && path === '/msi/token') return handleManagedIdentity(req, res, url);
          if (req.method === 'GET' && path === '/tenants') {
            const p = principalOf(req);
            if (p.error) return send(res, ...p.error);
            const fault = takeFault({ kind: 'tenants', tenant: p.tid });
            if (fault?.action === 'status') {
              log.push({ at: Date.now(), tenant: p.tid, kind: 'tenants', status: fault.status });
              return send(res, fault.status, armError(fault.code ?? 'InternalServerError', 'Injected fault.'));
            }
            if (fault?.action === 'raw') return rawAnswer(res, fault);
            const value = cfg.tenants.filter((t) => t.member !== false).map((t) => ({ id: `/tenants/${t.id}`, tenantId: t.id, displayName: t.name ?? t.id, tenantCategory: 'Home' }));
            log.push({ at: Date.now(), tenant: p.tid, kind: 'tenants', status: 200 });
            return send(res, 200, { value });
          }
          if (req.method === 'GET' && /\/providers\/Microsoft\.Insights\/metrics$/i.test(path)) return handleMetrics(req, res, url);
          if (req.method === 'GET' && /\/providers\/Microsoft\.Insights\/diagnosticSettings$/i.test(path)) return handleDiagnosticSettings(req, res, url);
          if (req.method === 'GET' && path === '/subscriptions') return handleSubscriptionList(req, res, url);
          send(res, 404, armError('NotFound', `no fake for ${req.method} ${path}`));
        })
        .catch((e) => send(res, 500, armError('FakeCrashed', String(e?.stack ?? e))));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `https://127.0.0.1:${server.address().port}`;
  return {
    url: origin,
    log,
    counters,
    /** An access token as the fake's Entra ID would issue it (for in-process tests). */
    tokenFor(tid, lifetimeSec = 3600) {
      return fakeAccessToken(origin, tid, lifetimeSec);
    },
    graphRequests(tenant) {
      return log.filter((e) => e.kind === 'graph' && (!tenant || e.tenant === tenant));
    },
    stop() {
      return new Promise((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      });
    },
  };
}

/** An access token for the fake at `origin`, as its Entra ID endpoint would issue it. */
export function fakeAccessToken(origin, tid, lifetimeSec = 3600) {
  return { token: `fake.${b64({ tid, aud: origin, exp: Math.floor(Date.now() / 1000) + lifetimeSec })}`, expiresOnTimestamp: Date.now() + lifetimeSec * 1000 };
}

/**
 * A synthetic estate: `tenants` tenants, each with `subscriptionsPerTenant` subscriptions and
 * `circuitsPerTenant` circuits spread over them (each circuit with a private peering, an ER gateway
 * and a connection to it every second circuit).
 */
export function syntheticEstate({ tenants = 1, subscriptionsPerTenant = 10, circuitsPerTenant = 20, gateways = true } = {}) {
  const out = { tenants: [], subscriptions: [], resources: [] };
  const hex = (n, w) => n.toString(16).padStart(w, '0');
  for (let t = 0; t < tenants; t++) {
    const tid = `${hex(t + 1, 8)}-0000-4000-8000-${hex(0xaaaa00000000 + t, 12)}`;
    out.tenants.push({ id: tid });
    const subs = [];
    for (let s = 0; s < subscriptionsPerTenant; s++) {
      const sid = `${hex(t + 1, 8)}-${hex(s, 4)}-4000-8000-${hex(s, 12)}`;
      subs.push(sid);
      out.subscriptions.push({ subscriptionId: sid, name: `sub-${t}-${s}`, tenantId: tid, managementGroups: [`mg-${t}`, `mg-${t}-${s % 2 ? 'odd' : 'even'}`] });
    }
    for (let c = 0; c < circuitsPerTenant; c++) {
      const sid = subs[c % subs.length];
      const rg = `/subscriptions/${sid}/resourceGroups/rg-er`;
      const cid = `${rg}/providers/Microsoft.Network/expressRouteCircuits/er-${t}-${c}`;
      out.resources.push({
        id: cid,
        name: `er-${t}-${c}`,
        type: 'microsoft.network/expressroutecircuits',
        tenantId: tid,
        subscriptionId: sid,
        resourceGroup: 'rg-er',
        location: 'westeurope',
        sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
        tags: {},
        properties: {
          serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: c % 2 ? 'Amsterdam' : 'London', bandwidthInMbps: 1000 },
          serviceProviderProvisioningState: 'Provisioned',
          circuitProvisioningState: 'Enabled',
          serviceKey: `00000000-0000-0000-0000-${hex(c, 12)}`,
          authorizations: [{ id: `${cid}/authorizations/a1`, name: 'a1', properties: { authorizationKey: 'SECRET-AUTH-KEY', authorizationUseStatus: 'InUse' } }],
          peerings: [
            { id: `${cid}/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', azureASN: 12076, peerASN: 65000 + (c % 1000), primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30', vlanId: 100, sharedKey: 'SECRET-MD5-KEY' } },
          ],
        },
      });
      if (gateways && c % 2 === 0) {
        const gw = `${rg}/providers/Microsoft.Network/virtualNetworkGateways/ergw-${t}-${c}`;
        out.resources.push({ id: gw, name: `ergw-${t}-${c}`, type: 'microsoft.network/virtualnetworkgateways', tenantId: tid, subscriptionId: sid, resourceGroup: 'rg-er', location: 'westeurope', zones: [], tags: {}, properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' }, ipConfigurations: [] } });
        out.resources.push({ id: `${rg}/providers/Microsoft.Network/connections/conn-${t}-${c}`, name: `conn-${t}-${c}`, type: 'microsoft.network/connections', tenantId: tid, subscriptionId: sid, resourceGroup: 'rg-er', location: 'westeurope', tags: {}, properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: gw }, peer: { id: cid }, routingWeight: 0, authorizationKey: 'SECRET-CONN-KEY' } });
        // A VPN gateway in the same place: must not be crawled.
        out.resources.push({ id: `${rg}/providers/Microsoft.Network/virtualNetworkGateways/vpngw-${t}-${c}`, name: `vpngw-${t}-${c}`, type: 'microsoft.network/virtualnetworkgateways', tenantId: tid, subscriptionId: sid, properties: { gatewayType: 'Vpn' } });
      }
    }
  }
  return out;
}
