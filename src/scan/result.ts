import type { CoverageGap, Inventory, InventoryCounts } from '../inventory/model.js';
import type { Finding } from '../findings/model.js';
import type { RuleDefinition } from '../rules/model.js';
import type { CostSummary } from '../pricing/model.js';
import type { SuppressionUse } from '../findings/suppressions.js';

/**
 * Everything one scan produced. Reporters are pure functions of this value (plus options);
 * they never read files or the clock.
 */
export interface ScanResult {
  tool: { name: 'erscan'; version: string };
  generatedAt: string;
  /** A short category for this scan scope (SARIF automationDetails.id), e.g. `erscan/examples-estate`. */
  scanCategory: string;
  /** The inputs, as the user named them, or `graph:` scopes for live crawls. */
  inputs: string[];
  coverage: { complete: boolean; gaps: CoverageGap[] };
  inventory: Inventory;
  counts: InventoryCounts;
  /** Findings, sorted deterministically; includes suppressed findings (with `suppression`). */
  findings: Finding[];
  /** Baseline findings that no longer occur (only with --baseline). */
  fixed?: Finding[];
  /**
   * Baseline findings this scan could not look at again (their rule did not run on their resource, or
   * it lies behind a coverage gap): neither fixed nor open, carried so the next scan against this
   * report still knows them (only with --baseline, when there are any).
   */
  notEvaluated?: Finding[];
  baselineFile?: string;
  /** The rules that ran (metadata for SARIF and HTML). */
  rules: RuleDefinition[];
  /** Notes for the user: expired suppressions, skipped files, unresolved template values. */
  notices: string[];
  cost?: CostSummary;
  /** Each suppression of the config with how many findings it matched (only when there are any). */
  suppressions?: SuppressionUse[];
  /**
   * Only when the estate holds resources and rules were selected, yet none of them could be evaluated (each needs
   * data the inputs do not carry): their ids. No rule ran, so nothing was checked (`erscan scan` exits 2).
   */
  noRuleEvaluated?: string[];
}
