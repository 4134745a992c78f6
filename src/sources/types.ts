import type { CoverageGap, Subscription } from '../inventory/model.js';
import type { RawResource } from '../inventory/build.js';

/** What every source yields: ARM-shaped resources plus what it learned about scope and coverage. */
export interface SourceOutput {
  raws: RawResource[];
  subscriptions: Subscription[];
  gaps: CoverageGap[];
  notices: string[];
  /** Measured egress per lower-cased circuit id (live crawls and snapshots with metrics). */
  metrics?: Record<string, { egressGbPerMonth: number; days?: number; metric?: string }>;
  /** ExpressRoute connections whose rows could not be read (each a coverage gap), with what they name (src/sources/validate.ts). */
  unread?: UnreadConnection[];
  /**
   * Files whose rows are one page of several (a Resource Graph skip token, an ARM nextLink, a result Resource Graph
   * truncated), each said as `rows.json is one page of several (…)`: the pages not read may hold the connections of any
   * live circuit or gateway (src/inventory/build.ts, markPagesNotRead).
   */
  pagesNotRead?: string[];
  /**
   * Circuit peerings whose Global Reach connections were read from one page of several (an ARM list of
   * `…/peerings/{name}/connections` with a nextLink): the pages not read may hold more of them, so the peering's list is
   * not known in full (src/inventory/build.ts, markGlobalReachPagesNotRead). `why` names the file.
   */
  globalReachPagesNotRead?: { peeringKey: string; why: string }[];
}

/**
 * A connection row erscan could not read (a field of the wrong type: a coverage gap). The connection exists, or may: the
 * circuit and the gateway it names are not known in full (their connections, and what those reach, are undecided),
 * never judged as if it did not exist. A key is `null` where the row's reference cannot be read (or it names none):
 * the connection may then be any circuit's (or any gateway's of its flavour).
 */
export interface UnreadConnection {
  /** How a message names it: `connection conn2 (rows.json, $[5])`. */
  label: string;
  flavor: 'vnet' | 'vwan';
  /** Lower-cased id of the circuit it names, or null. */
  circuitKey: string | null;
  /** Lower-cased id of the gateway it names, or null. */
  gatewayKey: string | null;
}

export function emptyOutput(): SourceOutput {
  return { raws: [], subscriptions: [], gaps: [], notices: [] };
}

export function mergeOutputs(outputs: SourceOutput[]): SourceOutput {
  const out = emptyOutput();
  for (const o of outputs) {
    for (const r of o.raws) out.raws.push(r);
    out.subscriptions.push(...o.subscriptions);
    out.gaps.push(...o.gaps);
    out.notices.push(...o.notices);
    if (o.metrics) out.metrics = { ...(out.metrics ?? {}), ...o.metrics };
    if (o.unread && o.unread.length > 0) (out.unread ??= []).push(...o.unread);
    if (o.pagesNotRead && o.pagesNotRead.length > 0) (out.pagesNotRead ??= []).push(...o.pagesNotRead);
    if (o.globalReachPagesNotRead && o.globalReachPagesNotRead.length > 0) (out.globalReachPagesNotRead ??= []).push(...o.globalReachPagesNotRead);
  }
  return out;
}

/** Said of template declarations that a false condition leaves out (a notice of src/sources/template/arm/template.ts). */
export const LEFT_OUT_MARK = 'not deployed with the values scanned';

/** True when the notices name template declarations that a false condition leaves out. */
export const declaresLeftOut = (notices: readonly string[]): boolean => notices.some((n) => n.includes(LEFT_OUT_MARK));
