import type { ArmGet } from './arm.js';
import type { GraphCallError } from './client.js';

/**
 * Measured egress per circuit for the pricing model: Azure Monitor's `BitsOutPerSecond` on
 * Microsoft.Network/expressRouteCircuits ("bits egressing Azure per second", average), hourly over
 * the last 30 days, read through the ARM metrics API. Each hourly average × 3,600 s is the bits
 * sent in that hour; the sum over the hours that have data, scaled to a 30-day month, is the
 * monthly egress (GB = 10^9 bytes, as Azure bills data transfer).
 */
export const EGRESS_METRIC = 'BitsOutPerSecond';
export const METRICS_API_VERSION = '2023-10-01';
const HOURS_PER_MONTH = 30 * 24;

export interface CircuitEgress {
  egressGbPerMonth: number;
  days: number;
  metric: string;
}

interface MetricsResponse {
  value?: { name?: { value?: string }; timeseries?: { data?: { timeStamp?: string; average?: number }[] }[] }[];
}

/** GB per 30-day month from hourly BitsOutPerSecond averages; undefined when no hour has data. */
export function egressFromHourlyAverages(averages: number[]): CircuitEgress | undefined {
  if (averages.length === 0) return undefined;
  const bits = averages.reduce((sum, bps) => sum + bps * 3600, 0);
  const gb = bits / 8 / 1e9;
  const perMonth = (gb * HOURS_PER_MONTH) / averages.length;
  return { egressGbPerMonth: Math.round(perMonth * 1000) / 1000, days: Math.round((averages.length / 24) * 10) / 10, metric: EGRESS_METRIC };
}

export function metricsPath(circuitId: string, now: Date, days = 30): string {
  const end = new Date(Math.floor(now.getTime() / 3600_000) * 3600_000);
  const start = new Date(end.getTime() - days * 24 * 3600_000);
  const q = new URLSearchParams({
    'api-version': METRICS_API_VERSION,
    metricnames: EGRESS_METRIC,
    metricnamespace: 'Microsoft.Network/expressRouteCircuits',
    aggregation: 'Average',
    interval: 'PT1H',
    timespan: `${start.toISOString()}/${end.toISOString()}`,
  });
  return `${circuitId.split('/').map(encodeURIComponent).join('/')}/providers/Microsoft.Insights/metrics?${q}`;
}

export interface MetricsJob {
  circuitId: string;
  get: ArmGet;
}

/** Reads egress for every circuit (a few at a time); failures become notices, never guesses. */
export async function readCircuitEgress(jobs: MetricsJob[], now: Date, concurrency = 6): Promise<{ metrics: Record<string, CircuitEgress>; notices: string[] }> {
  const metrics: Record<string, CircuitEgress> = {};
  const failed: string[] = [];
  const empty: string[] = [];
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        const body = (await job.get(metricsPath(job.circuitId, now))) as MetricsResponse;
        const series = (body?.value ?? []).find((v) => v.name?.value === EGRESS_METRIC)?.timeseries ?? [];
        // Without dimensions there is one series; sum per hour across series if Azure splits it.
        const perHour = new Map<string, number>();
        for (const s of series) for (const d of s.data ?? []) if (typeof d.average === 'number' && Number.isFinite(d.average) && d.timeStamp) perHour.set(d.timeStamp, (perHour.get(d.timeStamp) ?? 0) + d.average);
        const e = egressFromHourlyAverages([...perHour.values()]);
        if (e) metrics[job.circuitId.toLowerCase()] = e;
        else empty.push(job.circuitId);
      } catch (err) {
        failed.push(`${job.circuitId} (${(err as GraphCallError).message})`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  const notices: string[] = [];
  if (failed.length) notices.push(`Azure Monitor ${EGRESS_METRIC} could not be read for ${failed.length} circuit(s); their cost uses the usage file or no egress: ${failed.sort().slice(0, 10).join('; ')}${failed.length > 10 ? '; …' : ''}`);
  if (empty.length) notices.push(`Azure Monitor has no ${EGRESS_METRIC} data in the last 30 days for ${empty.length} circuit(s): ${empty.sort().slice(0, 10).join(', ')}${empty.length > 10 ? ', …' : ''}`);
  return { metrics, notices };
}
