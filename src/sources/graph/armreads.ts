/**
 * What the live crawl reads through plain ARM after Resource Graph, because Resource Graph does not
 * hold it:
 *
 * - the diagnostic settings of every circuit, ExpressRoute Direct port and ExpressRoute gateway
 *   (`GET {resourceId}/providers/Microsoft.Insights/diagnosticSettings?api-version=2021-05-01-preview`),
 *   recorded on the row as `erscan.diagnosticSettingsCount` for ERS-HYG-002/003/007. A read that
 *   fails after retries is a coverage gap (the rules then say "not evaluated" for that resource);
 * - with `--metrics`, measured egress (src/sources/graph/metrics.ts).
 *
 * Each tenant's reads go through its own credential, a few at a time, paced per subscription by the
 * read budget ARM reports (ArmReadPacer); 429s wait for Retry-After in the ARM getter.
 */
import type { CoverageGap } from '../../inventory/model.js';
import type { ArmGet } from './arm.js';
import type { GraphCallError } from './client.js';
import { readEgress, type CircuitEgress, type MetricsJob } from './metrics.js';
import { ArmReadPacer, systemClock, type Clock } from './pacing.js';

export const DIAGNOSTIC_SETTINGS_API_VERSION = '2021-05-01-preview';

const DIAGNOSED = new Set(['microsoft.network/expressroutecircuits', 'microsoft.network/expressrouteports', 'microsoft.network/virtualnetworkgateways', 'microsoft.network/expressroutegateways']);

export function diagnosticSettingsPath(resourceId: string): string {
  return `${resourceId.split('/').map(encodeURIComponent).join('/')}/providers/Microsoft.Insights/diagnosticSettings?api-version=${DIAGNOSTIC_SETTINGS_API_VERSION}`;
}

export interface ArmReadOptions {
  /** The crawl's rows (mutated: `erscan.diagnosticSettingsCount` is added where read). */
  rows: Record<string, unknown>[];
  /** Which tenant (label) read each row, by lower-cased id. */
  rowTenant: Map<string, string>;
  /** The ARM getter of a tenant (its own credential). */
  getterFor(label: string): Promise<ArmGet>;
  /** Read diagnostic settings (default true; false: --no-diagnostic-settings). */
  diagnosticSettings?: boolean;
  /** Also read measured egress. */
  metrics?: boolean;
  now: Date;
  /** Requests in flight per tenant (default 16). */
  concurrency?: number;
  clock?: Clock;
}

export interface ArmReadResult {
  metrics?: Record<string, CircuitEgress>;
  notices: string[];
  gaps: CoverageGap[];
  stats: { diagnosticSettings: number; failed: number };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function listIds(ids: string[]): string {
  return `${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''}`;
}

export async function readArmData(o: ArmReadOptions): Promise<ArmReadResult> {
  const clock = o.clock ?? systemClock;
  const concurrency = Math.max(1, o.concurrency ?? 16);
  const pacers = new Map<string, ArmReadPacer>();
  const pacerOf = (label: string) => {
    if (!pacers.has(label)) pacers.set(label, new ArmReadPacer(clock));
    return pacers.get(label)!;
  };
  /** One paced read: waits for the subscription's budget, then learns it from the response. */
  const paced = async (label: string, get: ArmGet, id: string, path: string) => {
    const sub = /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]?.toLowerCase() ?? '';
    const pacer = pacerOf(label);
    await pacer.take(sub);
    return get(path, { onHeaders: (h) => pacer.learn(sub, h('x-ms-ratelimit-remaining-subscription-reads')) });
  };

  // ---- diagnostic settings, per tenant ----------------------------------------------------------
  const byTenant = new Map<string, Record<string, unknown>[]>();
  for (const row of o.diagnosticSettings === false ? [] : o.rows) {
    const type = str(row.type)?.toLowerCase();
    const id = str(row.id);
    if (!type || !id || !DIAGNOSED.has(type)) continue;
    const label = o.rowTenant.get(id.toLowerCase()) ?? '';
    if (!byTenant.has(label)) byTenant.set(label, []);
    byTenant.get(label)!.push(row);
  }
  const failures = new Map<string, string[]>(); // reason → resource ids
  let read = 0;
  await Promise.all(
    [...byTenant.entries()].map(async ([label, rows]) => {
      const get = await o.getterFor(label);
      const queue = [...rows];
      const worker = async () => {
        for (let row = queue.shift(); row; row = queue.shift()) {
          const id = String(row.id);
          try {
            const body = (await paced(label, get, id, diagnosticSettingsPath(id))) as { value?: unknown[] } | undefined;
            // An answer without the list is not "none": the count is not known (a gap), never 0.
            if (!Array.isArray(body?.value)) throw new Error('ARM answered without a value list (not a diagnostic settings list)');
            const value = body.value;
            row.erscan = { ...((row.erscan as Record<string, unknown> | undefined) ?? {}), diagnosticSettingsCount: value.length };
            read++;
          } catch (e) {
            const reason = (e as GraphCallError).message ?? String(e);
            if (!failures.has(reason)) failures.set(reason, []);
            failures.get(reason)!.push(id);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, worker));
    }),
  );
  const gaps: CoverageGap[] = [];
  let failed = 0;
  for (const [reason, ids] of [...failures.entries()].sort()) {
    ids.sort();
    failed += ids.length;
    gaps.push({
      scope: ids.length === 1 ? `diagnostic settings of ${ids[0]}` : `diagnostic settings of ${ids.length} resources (${listIds(ids)})`,
      reason: `could not be read after retries: ${reason}; ERS-HYG-002/003/007 are not evaluated for ${ids.length === 1 ? 'it' : 'them'}`,
    });
  }

  // ---- measured egress ---------------------------------------------------------------------------
  const notices: string[] = [];
  let metrics: Record<string, CircuitEgress> | undefined;
  if (o.metrics) {
    const jobs: MetricsJob[] = [];
    for (const row of o.rows) {
      const type = str(row.type)?.toLowerCase();
      const id = str(row.id);
      if (!id || (type !== 'microsoft.network/expressroutecircuits' && type !== 'microsoft.network/expressrouteports')) continue;
      const label = o.rowTenant.get(id.toLowerCase()) ?? '';
      const get = await o.getterFor(label);
      jobs.push({ resourceId: id, kind: type === 'microsoft.network/expressrouteports' ? 'port' : 'circuit', get: (path) => paced(label, get, id, path) });
    }
    const m = await readEgress(jobs, o.now);
    metrics = m.metrics;
    notices.push(...m.notices);
  }
  return { ...(metrics ? { metrics } : {}), notices, gaps, stats: { diagnosticSettings: read, failed } };
}
