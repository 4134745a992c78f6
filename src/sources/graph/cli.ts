import type { Agent } from 'node:http';
import type { TokenCredential } from '@azure/core-auth';
import { loadConfig } from '../../config/load.js';
import { NothingReadError, UsageError, jsonPath } from '../../util/errors.js';
import { checkRow, rowLabel, unreadConnectionsOf } from '../validate.js';
import type { SourceOutput } from '../types.js';
import { armGetter, listSubscriptionsArm, listTenants, type ArmGet } from './arm.js';
import { readArmData } from './armreads.js';
import { sdkGraphQuery, withoutTokens } from './client.js';
import { resolveCloud, type CloudSettings } from './clouds.js';
import { crawl, type CrawlOptions, type CrawlStats, type TenantTarget } from './crawl.js';
import { canSwitchTenant, credentialFactory } from './credentials.js';
import { CrawlProgress, type ProgressSink } from './progress.js';

/**
 * The crawler's own options (`scan --graph`, `cost --graph` and `collect` pass theirs): the crawler
 * depends on no command's argument type, so nothing in src/sources imports src/cli.
 */
export interface GraphArgs {
  tenant?: string[];
  subscription?: string[];
  managementGroup?: string[];
  credential?: string;
  cloud?: string;
  armEndpoint?: string;
  metrics?: boolean;
  /**
   * Read each circuit's, port's and gateway's diagnostic settings through ARM (default true). `false`
   * (`--no-diagnostic-settings`) skips those GETs: ERS-HYG-002/003/007 are then not evaluated.
   */
  diagnosticSettings?: boolean;
  verbose?: boolean;
  /** A config file whose `graph.tenants` lists the tenants to crawl when `tenant` is not given. */
  config?: string;
}

export interface LiveCrawlHooks {
  env?: NodeJS.ProcessEnv;
  stderr?: ProgressSink;
  /** HTTP agent for every Azure call (tests: one that trusts the fake's certificate). */
  agent?: Agent;
  /** Crawl tuning (tests shorten retry delays); production uses the defaults. */
  crawl?: Partial<Omit<CrawlOptions, 'tenants' | 'subscriptions' | 'managementGroups'>>;
  now?: Date;
}

export interface LiveCrawl {
  output: SourceOutput;
  cloud: CloudSettings;
  scope: { tenants: string[]; managementGroups?: string[]; subscriptions?: string[] };
  stats: CrawlStats;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function cleanList(name: string, values: string[] | undefined, guid: boolean): string[] | undefined {
  if (!values || values.length === 0) return undefined;
  const out = [...new Set(values.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean))];
  for (const v of out) if (guid && !GUID.test(v)) throw new UsageError(`${name}: expected a GUID, found ${JSON.stringify(v)}`);
  return out.length ? out : undefined;
}

/** Crawls live Azure as the command-line options say; used by `collect` and `scan|cost --graph`. */
export async function runLiveCrawl(args: GraphArgs, hooks: LiveCrawlHooks = {}): Promise<LiveCrawl> {
  const env = hooks.env ?? process.env;
  const cloud = resolveCloud(args.cloud, args.armEndpoint, env);
  const creds = credentialFactory(args.credential, cloud, env);
  const subscriptions = cleanList('--subscription', args.subscription, true);
  const managementGroups = cleanList('--management-group', args.managementGroup, false);
  let tenants = cleanList('--tenant', args.tenant, false);
  if (!tenants && args.config) tenants = cleanList(`${args.config}: graph.tenants`, loadConfig(args.config).graph?.tenants, false);
  const notices: string[] = [];
  const progress = new CrawlProgress(hooks.stderr ?? process.stderr, args.verbose === true);

  // One credential (and, below, one Resource Graph client) per tenant.
  const credentials = new Map<string, Promise<TokenCredential>>();
  const credentialFor = (tenant: string | undefined) => {
    const key = tenant ?? '';
    if (!credentials.has(key)) credentials.set(key, creds.forTenant(tenant));
    return credentials.get(key)!;
  };

  // A home-tenant sign-in that failed while listing tenants: the home tenant is then refused with that
  // reason, not signed in to again (an authority that never answers would cost a second timeout).
  let homeRefusal: Error | undefined;
  // The identity's tenants could not be listed: the tenants beyond its home one are not covered (a gap, not a note).
  let tenantListGap: { scope: string; reason: string } | undefined;
  if (!tenants) {
    if (canSwitchTenant(creds.kind)) {
      // No tenant named: crawl every tenant the identity belongs to (GET /tenants). Delegated
      // (Lighthouse) subscriptions are read through the managing tenant and counted once.
      try {
        // Listing tenants signs in first: bounded like every sign-in, so an authority that never answers is reported.
        const home = await credentialFor(creds.homeTenant);
        try {
          await signIn(home, cloud.scope, creds.homeTenant);
        } catch (e) {
          if (!(e instanceof UsageError)) homeRefusal = e as Error;
          throw e;
        }
        const discovered = await listTenants(await armGetter(home, cloud, { agent: hooks.agent }));
        if (discovered.length > 0) {
          tenants = discovered;
          notices.push(`tenants discovered from the signed-in identity: ${discovered.join(', ')}`);
        }
      } catch (e) {
        // A sign-in refused here is the home tenant's gap (below); a list that could not be read leaves every
        // other tenant of the identity unread, which a note alone let pass as complete coverage.
        if (homeRefusal || e instanceof UsageError) notices.push(`could not list the identity's tenants (${(e as Error).message}); crawling its home tenant only`);
        else tenantListGap = { scope: "the signed-in identity's tenants", reason: `could not be listed (GET /tenants: ${(e as Error).message}); only its home tenant was crawled, and any other tenant it belongs to is not covered: name the tenants with --tenant (or graph.tenants in the config)` };
      }
    } else {
      notices.push(`--credential ${creds.kind} signs in to one tenant only; crawling that tenant`);
    }
  }
  const targetTenants: (string | undefined)[] = tenants ?? [creds.homeTenant];
  const queries = new Map<string, ArmGet>();
  // Which tenants let the identity in, and why the others did not (the crawl turns each refusal
  // into a coverage gap; refusal everywhere means nothing at all was read).
  const signedIn = new Set<string>();
  const refused = new Map<string, string>();
  const targets: TenantTarget[] = targetTenants.map((tenantId) => ({
    tenantId,
    label: tenantId ?? 'home tenant',
    connect: async () => {
      const label = tenantId ?? 'home tenant';
      try {
        if (homeRefusal && tenantId === creds.homeTenant) throw homeRefusal;
        const credential = await credentialFor(tenantId);
        // Sign in now, so a tenant that refuses the identity is reported as such (a coverage gap).
        await signIn(credential, cloud.scope, tenantId);
        signedIn.add(label);
        return sdkGraphQuery(credential, cloud, { agent: hooks.agent });
      } catch (e) {
        if (e instanceof UsageError) throw e;
        refused.set(label, signInFailureLine((e as Error)?.message ?? String(e)));
        throw e;
      }
    },
    listSubscriptions: async () => listSubscriptionsArm(await armGetter(await credentialFor(tenantId), cloud, { agent: hooks.agent })),
  }));

  const result = await crawl({ ...hooks.crawl, tenants: targets, subscriptions, managementGroups, onEvent: progress.handle });
  // A tenant that refused sign-in is one short line in the gaps too (Entra ID's AADSTS sentence, not its trace ids).
  for (const g of result.gaps) {
    const label = /^tenant (.+)$/.exec(g.scope)?.[1];
    if (label && refused.has(label) && /^sign-in failed: /.test(g.reason)) g.reason = `sign-in failed: ${refused.get(label)}`;
  }
  progress.finish(result.stats, result.gaps.length);
  failClosed(creds.kind, targets, signedIn, refused, result.subscriptions.length, result.gaps, result.subscriptionsRead + result.rows.length);

  const output: SourceOutput = {
    raws: [],
    subscriptions: result.subscriptions,
    gaps: [...(tenantListGap ? [tenantListGap] : []), ...result.gaps],
    notices: [...notices, ...result.notices],
  };
  // Rows are checked like file inputs (src/sources/validate.ts): one that erscan cannot read is a
  // coverage gap naming the resource and the field, never a resource with "not set" values.
  let foreign = 0;
  for (const row of [...result.rows, ...result.unplaced]) {
    const c = checkRow(row);
    if (c.kind === 'foreign') foreign++;
    else if (c.problems.length === 0) output.raws.push({ row: row as Record<string, unknown>, source: { kind: 'graph' } });
    else {
      const p = c.problems[0];
      output.gaps.push({ scope: rowScope(row), reason: `${jsonPath(p.path)}: expected ${p.expected}, found ${p.found}; the resource was not read` });
      // A connection that cannot be read leaves what it names undecided (see UnreadConnection), as in a file of rows.
      if (c.kind === 'read') {
        const unread = unreadConnectionsOf(row, c.type, rowLabel(row, c.type, rowScope(row)));
        if (unread.length > 0) (output.unread ??= []).push(...unread);
      }
    }
  }
  if (foreign > 0) output.notices.push(`${foreign} row${foreign === 1 ? '' : 's'} of a type erscan does not scan ${foreign === 1 ? 'was' : 'were'} skipped`);

  // Diagnostic settings (unless --no-diagnostic-settings) and measured egress (--metrics) through ARM: src/sources/graph/armreads.ts.
  const getterFor = async (label: string) => {
    if (!queries.has(label)) queries.set(label, await armGetter(await credentialFor(targets.find((t) => t.label === label)?.tenantId), cloud, { agent: hooks.agent, ...(hooks.crawl?.retryBaseMs !== undefined ? { retryBaseMs: hooks.crawl.retryBaseMs } : {}) }));
    return queries.get(label)!;
  };
  const diagnosticSettings = args.diagnosticSettings !== false;
  if (!diagnosticSettings) output.notices.push('diagnostic settings were not read (--no-diagnostic-settings): ERS-HYG-002, ERS-HYG-003 and ERS-HYG-007 are not evaluated');
  const arm = await readArmData({ rows: result.rows, rowTenant: result.rowTenant, getterFor, diagnosticSettings, metrics: args.metrics === true, now: hooks.now ?? new Date() });
  output.gaps.push(...arm.gaps);
  output.notices.push(...arm.notices);
  if (arm.metrics) output.metrics = arm.metrics;

  return {
    output,
    cloud,
    scope: { tenants: targetTenants.filter((t): t is string => !!t), ...(managementGroups ? { managementGroups } : {}), ...(subscriptions ? { subscriptions } : {}) },
    stats: result.stats,
  };
}

/** The scope of a gap for a row that cannot be read: its id, or what else names it when it has none. */
function rowScope(row: unknown): string {
  const r = row !== null && typeof row === 'object' && !Array.isArray(row) ? (row as Record<string, unknown>) : {};
  if (typeof r.id === 'string' && r.id !== '') return `resource ${r.id}`;
  const named = (['type', 'name', 'subscriptionId'] as const).filter((k) => typeof r[k] === 'string' && r[k] !== '').map((k) => `${k} ${String(r[k])}`);
  return `resource (no id${named.length ? `; ${named.join(', ')}` : ''})`;
}

/** `scan --graph` / `cost --graph`: the crawl as a source for the scan pipeline. */
export async function crawlForCli(args: GraphArgs, hooks: LiveCrawlHooks = {}): Promise<SourceOutput> {
  return (await runLiveCrawl(args, hooks)).output;
}

/** A sign-in failure in one short line: Entra ID's own AADSTS sentence when there is one, or each credential of a chain with its reason. */
export function signInFailureLine(text: string): string {
  const s = withoutTokens(text);
  // A credential chain (DefaultAzureCredential) tried several: each one's first sentence, so the line says
  // what was tried and why each failed (cut at 300 characters, it named only the first one or two).
  const chain = s.split(/\n?CredentialUnavailableError: /).slice(1);
  if (/^ChainedTokenCredential authentication failed/.test(s) && chain.length > 0) {
    const reasons = chain.map((part) => {
      const flat = part.replace(/\s+/g, ' ').trim();
      const status = /Http status code: (\d{3})/.exec(flat)?.[1];
      const first = /^(?:Error: )?(.*?[.!])(?:\s|$)/.exec(flat)?.[1] ?? flat;
      const cut = first.length > 120 ? `${first.slice(0, 117)}...` : first;
      return `${cut.replace(/\.$/, '')}${status ? ` (HTTP ${status})` : ''}`;
    });
    return `no credential of the chain could sign in: ${reasons.join('; ')}`;
  }
  const flat = s.replace(/\s+/g, ' ').replace(/^sign-in failed: /, '').trim();
  const aadsts = /AADSTS\d+: [^.]*(\.|$)/.exec(flat);
  const short = aadsts ? aadsts[0] : flat;
  return short.length > 300 ? `${short.slice(0, 297)}...` : short;
}

/**
 * A crawl that read nothing is never a clean, empty estate:
 * - every tenant refused sign-in: exit 2, naming each tenant, its reason and the credential;
 * - some tenant signed in, but no subscription could be read anywhere: exit 3;
 * - subscriptions were listed, but every query over them failed (nothing read at all): exit 3.
 * (Tenants that refused while others were read stay coverage gaps, and the scan goes on.)
 */
function failClosed(kind: string, targets: TenantTarget[], signedIn: Set<string>, refused: Map<string, string>, subscriptions: number, gaps: { scope: string; reason: string }[], read: number): void {
  if (signedIn.size === 0) {
    const each = targets.map((t) => `tenant ${t.label}: ${refused.get(t.label) ?? 'sign-in did not complete'}`);
    // The default chain found nothing to sign in with: say how to give it one.
    const how = kind === 'default' && [...refused.values()].every((r) => r.startsWith('no credential of the chain')) ? '; sign in with `az login`, or name a credential with --credential (docs/live-crawl.md)' : '';
    throw new NothingReadError(`could not sign in with --credential ${kind} to ${targets.length === 1 ? 'the tenant' : `any of the ${targets.length} tenants`}, so nothing was read (${each.join('; ')})${how}`, 2);
  }
  if (subscriptions === 0) {
    const why = gaps.length > 0 ? `; ${gaps.map((g) => `${g.scope}: ${g.reason}`).join('; ')}` : '';
    throw new NothingReadError(
      `no subscription readable: --credential ${kind} signed in to ${[...signedIn].map((t) => `tenant ${t}`).join(', ')}, but no subscription in scope is visible to it ` +
        `(it needs the Reader role on the subscriptions, a management group above them, or the tenant root group)${why}`,
      3,
    );
  }
  if (read === 0 && gaps.length > 0) {
    throw new NothingReadError(
      `nothing read: --credential ${kind} signed in to ${[...signedIn].map((t) => `tenant ${t}`).join(', ')} and listed ${subscriptions} subscription${subscriptions === 1 ? '' : 's'}, but no query over them could be read; ` +
        gaps.map((g) => `${g.scope}: ${g.reason}`).join('; '),
      3,
    );
  }
}

/** How long a sign-in may take before the tenant counts as refused (ERSCAN_SIGN_IN_TIMEOUT_MS overrides; tests). */
const SIGN_IN_TIMEOUT_MS = 60_000;

/**
 * One sign-in, bounded in time: an authority that takes the connection and never answers would otherwise
 * hold the crawl (and the CI job) with nothing printed. The request is aborted, and the tenant is refused
 * with that reason (a coverage gap; refused everywhere, exit 2).
 */
async function signIn(credential: TokenCredential, scope: string, tenantId: string | undefined): Promise<void> {
  await bounded((signal) => credential.getToken(scope, { ...(tenantId ? { tenantId } : {}), abortSignal: signal }), 'no answer from the sign-in authority');
}

/**
 * A call that signs in, bounded by the sign-in timeout: on timeout it is aborted and abandoned (a request an
 * authority never answers may hold its socket; the CLI then ends the process once its reports are written:
 * `ABANDONED`), and the call fails with `what` and the time waited.
 */
async function bounded<T>(call: (signal: AbortSignal) => Promise<T>, what: string): Promise<T> {
  const ms = Number(process.env.ERSCAN_SIGN_IN_TIMEOUT_MS) > 0 ? Number(process.env.ERSCAN_SIGN_IN_TIMEOUT_MS) : SIGN_IN_TIMEOUT_MS;
  const ctl = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      ctl.abort();
      (globalThis as Record<symbol, unknown>)[ABANDONED] = true;
      reject(new Error(`${what} within ${Math.round(ms / 1000)} s (the request was abandoned)`));
    }, ms);
  });
  try {
    return await Promise.race([call(ctl.signal), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Set (on globalThis) when a sign-in request was abandoned: see src/cli/main.ts. */
export const ABANDONED = Symbol.for('erscan.abandoned-requests');
