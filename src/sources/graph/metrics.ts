import type { ArmGet } from './arm.js';
import type { GraphCallError } from './client.js';

/**
 * Measured egress for the pricing model, from Azure Monitor through the ARM metrics API, hourly over
 * the last 30 days:
 *
 * - circuits: `BitsOutPerSecond` (Microsoft.Network/expressRouteCircuits, "bits egressing Azure per
 *   second"), which Azure keeps per `PeeringType` and `DeviceRole` (one series per peering and link).
 *   Asked without a dimension filter, Azure Monitor answers one series whose Average is the mean over
 *   those series, not their sum: a circuit sending on both links would be measured at half its
 *   egress. So erscan asks with `$filter=PeeringType eq '*' and DeviceRole eq '*'` (one series per
 *   combination) and sums the series per hour;
 * - ExpressRoute Direct ports: `PortBitsOutPerSecond` (Microsoft.Network/expressRoutePorts), per
 *   `Link`, asked with `$filter=Link eq '*'` and summed over the links.
 *
 * Each hourly sum × 3,600 s is the bits sent in that hour; the sum over the hours with data, scaled
 * to a 30-day month, is the monthly egress (GB = 10^9 bytes, as Azure bills data transfer).
 */
export const EGRESS_METRIC = 'BitsOutPerSecond';
export const PORT_EGRESS_METRIC = 'PortBitsOutPerSecond';
export const METRICS_API_VERSION = '2023-10-01';
const HOURS_PER_MONTH = 30 * 24;

export interface MetricSpec {
  metric: string;
  namespace: string;
  /** OData filter that splits the metric by its dimensions ('*' = every value, one series each). */
  filter: string;
}

export const CIRCUIT_EGRESS: MetricSpec = { metric: EGRESS_METRIC, namespace: 'Microsoft.Network/expressRouteCircuits', filter: "PeeringType eq '*' and DeviceRole eq '*'" };
export const PORT_EGRESS: MetricSpec = { metric: PORT_EGRESS_METRIC, namespace: 'Microsoft.Network/expressRoutePorts', filter: "Link eq '*'" };

export interface CircuitEgress {
  egressGbPerMonth: number;
  days: number;
  metric: string;
}

interface MetricsResponse {
  value?: { name?: { value?: string }; timeseries?: { data?: { timeStamp?: string; average?: number }[] }[] }[];
}

/** GB per 30-day month from hourly bits-per-second values (already summed over series); undefined when no hour has data. */
export function egressFromHourlyAverages(averages: number[], metric = EGRESS_METRIC): CircuitEgress | undefined {
  if (averages.length === 0) return undefined;
  const bits = averages.reduce((sum, bps) => sum + bps * 3600, 0);
  const gb = bits / 8 / 1e9;
  const perMonth = (gb * HOURS_PER_MONTH) / averages.length;
  return { egressGbPerMonth: Math.round(perMonth * 1000) / 1000, days: Math.round((averages.length / 24) * 10) / 10, metric };
}

/** Sums every series of the metric per time stamp (the split series of one resource). */
export function sumSeriesPerHour(body: unknown, metric: string): number[] {
  const series = ((body as MetricsResponse | undefined)?.value ?? []).find((v) => v.name?.value === metric)?.timeseries ?? [];
  const perHour = new Map<string, number>();
  for (const s of series) for (const d of s.data ?? []) if (typeof d.average === 'number' && Number.isFinite(d.average) && d.timeStamp) perHour.set(d.timeStamp, (perHour.get(d.timeStamp) ?? 0) + d.average);
  return [...perHour.values()];
}

export function metricsPath(resourceId: string, now: Date, days = 30, spec: MetricSpec = CIRCUIT_EGRESS): string {
  const end = new Date(Math.floor(now.getTime() / 3600_000) * 3600_000);
  const start = new Date(end.getTime() - days * 24 * 3600_000);
  const q = new URLSearchParams({
    'api-version': METRICS_API_VERSION,
    metricnames: spec.metric,
    metricnamespace: spec.namespace,
    aggregation: 'Average',
    interval: 'PT1H',
    timespan: `${start.toISOString()}/${end.toISOString()}`,
    $filter: spec.filter,
  });
  return `${resourceId.split('/').map(encodeURIComponent).join('/')}/providers/Microsoft.Insights/metrics?${q}`;
}

export interface MetricsJob {
  /** Circuit or ExpressRoute Direct port id. */
  resourceId: string;
  kind: 'circuit' | 'port';
  get: ArmGet;
}

/** Reads egress for every circuit and port (a few at a time); failures become notices, never guesses. */
export async function readEgress(jobs: MetricsJob[], now: Date, concurrency = 6): Promise<{ metrics: Record<string, CircuitEgress>; notices: string[] }> {
  const metrics: Record<string, CircuitEgress> = {};
  const failed: string[] = [];
  const empty: string[] = [];
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const spec = job.kind === 'port' ? PORT_EGRESS : CIRCUIT_EGRESS;
      try {
        const body = await job.get(metricsPath(job.resourceId, now, 30, spec));
        const e = egressFromHourlyAverages(sumSeriesPerHour(body, spec.metric), spec.metric);
        if (e) metrics[job.resourceId.toLowerCase()] = e;
        else empty.push(job.resourceId);
      } catch (err) {
        failed.push(`${job.resourceId} (${(err as GraphCallError).message})`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  const notices: string[] = [];
  if (failed.length) notices.push(`Azure Monitor egress (${EGRESS_METRIC} / ${PORT_EGRESS_METRIC}) could not be read for ${failed.length} resource(s); their cost uses the usage file or no egress: ${failed.sort().slice(0, 10).join('; ')}${failed.length > 10 ? '; …' : ''}`);
  if (empty.length) notices.push(`Azure Monitor has no ${EGRESS_METRIC} data in the last 30 days for ${empty.length} resource(s): ${empty.sort().slice(0, 10).join(', ')}${empty.length > 10 ? ', …' : ''}`);
  return { metrics, notices };
}
