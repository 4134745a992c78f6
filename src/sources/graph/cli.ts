import type { Agent } from 'node:http';
import type { TokenCredential } from '@azure/core-auth';
import type { ScanArgs } from '../../cli/pipeline.js';
import { loadConfig } from '../../config/load.js';
import { UsageError } from '../../util/errors.js';
import type { SourceOutput } from '../types.js';
import { armGetter, listSubscriptionsArm, listTenants, type ArmGet } from './arm.js';
import { readArmData } from './armreads.js';
import { sdkGraphQuery } from './client.js';
import { resolveCloud, type CloudSettings } from './clouds.js';
import { crawl, type CrawlOptions, type CrawlStats, type TenantTarget } from './crawl.js';
import { canSwitchTenant, credentialFactory } from './credentials.js';
import { CrawlProgress, type ProgressSink } from './progress.js';

/** The graph options `scan --graph`, `cost --graph` and `collect` share. */
export type GraphArgs = Pick<ScanArgs, 'tenant' | 'subscription' | 'managementGroup' | 'credential' | 'cloud' | 'armEndpoint' | 'metrics' | 'verbose' | 'config'>;

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

  if (!tenants) {
    if (canSwitchTenant(creds.kind)) {
      // No tenant named: crawl every tenant the identity belongs to (GET /tenants). Delegated
      // (Lighthouse) subscriptions are read through the managing tenant and counted once.
      try {
        const discovered = await listTenants(await armGetter(await credentialFor(creds.homeTenant), cloud, { agent: hooks.agent }));
        if (discovered.length > 0) {
          tenants = discovered;
          notices.push(`tenants discovered from the signed-in identity: ${discovered.join(', ')}`);
        }
      } catch (e) {
        notices.push(`could not list the identity's tenants (${(e as Error).message}); crawling its home tenant only`);
      }
    } else {
      notices.push(`--credential ${creds.kind} signs in to one tenant only; crawling that tenant`);
    }
  }
  const targetTenants: (string | undefined)[] = tenants ?? [creds.homeTenant];
  const queries = new Map<string, ArmGet>();
  const targets: TenantTarget[] = targetTenants.map((tenantId) => ({
    tenantId,
    label: tenantId ?? 'home tenant',
    connect: async () => {
      const credential = await credentialFor(tenantId);
      // Sign in now, so a tenant that refuses the identity is reported as such (a coverage gap).
      await credential.getToken(cloud.scope, tenantId ? { tenantId } : {});
      return sdkGraphQuery(credential, cloud, { agent: hooks.agent });
    },
    listSubscriptions: async () => listSubscriptionsArm(await armGetter(await credentialFor(tenantId), cloud, { agent: hooks.agent })),
  }));

  const result = await crawl({ ...hooks.crawl, tenants: targets, subscriptions, managementGroups, onEvent: progress.handle });
  progress.finish(result.stats, result.gaps.length);

  const output: SourceOutput = {
    raws: result.rows.map((row) => ({ row, source: { kind: 'graph' } })),
    subscriptions: result.subscriptions,
    gaps: result.gaps,
    notices: [...notices, ...result.notices],
  };

  // Diagnostic settings (always) and measured egress (--metrics) through ARM: src/sources/graph/armreads.ts.
  const getterFor = async (label: string) => {
    if (!queries.has(label)) queries.set(label, await armGetter(await credentialFor(targets.find((t) => t.label === label)?.tenantId), cloud, { agent: hooks.agent, ...(hooks.crawl?.retryBaseMs !== undefined ? { retryBaseMs: hooks.crawl.retryBaseMs } : {}) }));
    return queries.get(label)!;
  };
  const arm = await readArmData({ rows: result.rows, rowTenant: result.rowTenant, getterFor, metrics: args.metrics === true, now: hooks.now ?? new Date() });
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

/** `scan --graph` / `cost --graph`: the crawl as a source for the scan pipeline. */
export async function crawlForCli(args: ScanArgs): Promise<SourceOutput> {
  return (await runLiveCrawl(args)).output;
}
