import type { AnyResource, Inventory } from '../../inventory/model.js';
import type { RuleDefinition } from '../model.js';
import type { CostSummary } from '../../pricing/model.js';

/** One resource that breaks an estate-level rule. */
export interface Violation {
  resource: AnyResource;
  /** The value found, for `{actual}` in the message. */
  actual?: unknown;
  /** What was expected, for `{expected}` (defaults to the rule's `expected`). */
  expected?: string;
  /** Extra values for the message template: `{details.x}`. */
  details?: Record<string, unknown>;
  /** `unknown` when the check could not be decided from what was read. */
  status?: 'fail' | 'unknown';
  /**
   * Cost of compliance: the monthly change of the bill if the finding is fixed (negative saves), null when a
   * price it needs is missing; absent when the fix does not change the bill.
   */
  costImpactUsd?: number | null;
  /** What the fix changes, so totals count one change once (e.g. `add-premium` on a circuit two findings name). */
  costImpactChange?: string;
  /**
   * Keys of resources the fix uses as they are (ERS-RED-001 connects a circuit the estate already has): no other
   * finding's fix and no cost advice deletes them (src/findings/kept.ts). Internal: not reported.
   */
  keeps?: string[];
  /** Of `keeps`, the circuits the fix has their provider provision (not used as they are). Internal: not reported. */
  provisions?: string[];
}

export interface FunctionContext {
  inventory: Inventory;
  params: Record<string, unknown>;
  rule: RuleDefinition;
  /** The pricing model's estimates, when costs were computed for this scan. */
  cost?: CostSummary;
}

/**
 * A named check written in TypeScript: the escape hatch for topology and estate-level questions
 * that a per-resource condition cannot express. Must run in time linear in the inventory.
 */
export type RuleFunction = (ctx: FunctionContext) => Violation[];

const registry = new Map<string, RuleFunction>();

export function registerFunction(name: string, fn: RuleFunction): void {
  if (registry.has(name)) throw new Error(`rule function ${name} registered twice`);
  registry.set(name, fn);
}

export function getFunction(name: string): RuleFunction | undefined {
  return registry.get(name);
}

export function functionNames(): string[] {
  return [...registry.keys()].sort();
}
