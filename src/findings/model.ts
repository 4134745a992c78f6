import type { SourceRef } from '../inventory/model.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = ['redundancy', 'sku', 'bgp', 'encryption', 'cost', 'hygiene'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Rank for comparisons: higher is more severe. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

/** True when `s` is at or above `threshold` (`none` never matches). */
export function atOrAbove(s: Severity, threshold: Severity | 'none'): boolean {
  return threshold !== 'none' && severityRank(s) >= severityRank(threshold);
}

export interface Suppression {
  justification: string;
  expires?: string; // YYYY-MM-DD
}

export interface Finding {
  ruleId: string;
  ruleName: string;
  category: Category;
  severity: Severity;
  /** ARM id, as Azure spells it. */
  resourceId: string;
  /** Canonical ARM type. */
  resourceType: string;
  /** Display name of the resource. */
  resourceName: string;
  subscriptionId?: string;
  tenantId?: string;
  message: string;
  /** Template sources only. */
  location?: { file: string; line: number; column: number };
  /** Where the resource was read from (file for snapshots, too). */
  source?: SourceRef;
  fingerprint: string;
  /**
   * `fail`: the resource breaks the rule. `unknown`: the rule could not be decided because a value
   * it reads could not be resolved (templates) — reported, never counted as compliant.
   */
  status?: 'fail' | 'unknown';
  suppression?: Suppression;
  baselineState?: 'new' | 'unchanged';
  /**
   * With --baseline: when the finding was first seen (ISO-8601), carried forward from the baseline's
   * `firstSeen`, else the baseline's `generatedAt`; a new finding is first seen by this scan.
   */
  firstSeen?: string;
  /** Fixed findings: when a report last saw the finding open (the baseline's `generatedAt`). */
  lastSeen?: string;
  /**
   * With --baseline: whole days from `firstSeen` to this scan. For a fixed finding, how long it was
   * open until this scan found it fixed (the fix happened between `lastSeen` and this scan).
   */
  openDays?: number;
  /** Cost of compliance: monthly change of the bill if fixed (negative saves); null when a price is missing. */
  costImpactUsd?: number | null;
  /** The change that fix makes (`add-premium`, `delete`, …): one change named by two findings is counted once. */
  costImpactChange?: string;
  /** Internal, never reported: keys of the resources this finding's fix uses as they are (src/findings/kept.ts). */
  keeps?: string[];
  /** Internal, never reported: of `keeps`, those the fix has their provider provision (ERS-RED-001, `provision-circuit`). */
  provisions?: string[];
}
