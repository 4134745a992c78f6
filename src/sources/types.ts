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
  }
  return out;
}

/** Said of template declarations that a false condition leaves out (a notice of src/sources/template/arm/template.ts). */
export const LEFT_OUT_MARK = 'not deployed with the values scanned';

/** True when the notices name template declarations that a false condition leaves out. */
export const declaresLeftOut = (notices: readonly string[]): boolean => notices.some((n) => n.includes(LEFT_OUT_MARK));
