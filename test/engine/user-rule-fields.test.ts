import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import type { RuleDefinition } from '../../src/rules/model.js';
import { loadInputs } from '../../src/sources/index.js';

// A rule of one's own that reads a misspelt field would pass (notEquals) or fail (equals) on every
// resource, on a value that is never there: the scan says so.
describe('a user rule reading a field no resource of its kind holds', () => {
  const loaded = loadInputs(['examples/estate']);
  const { inventory } = buildInventory(loaded.output.raws, loaded.output.subscriptions);
  const base = loadRules().find((r) => r.id === 'ERS-HYG-001')!;
  const rule = (id: string, field: string): RuleDefinition => ({ ...base, id, function: undefined, where: undefined, assert: { field, notEquals: true } as never, resource: 'circuit' });

  it('gets a notice naming the rule and the field', () => {
    const { notices } = runRules(inventory, [rule('ACME-ER-001', 'alowClassicOperationz')]);
    expect(notices).toContain('rule ACME-ER-001 reads `alowClassicOperationz`, which no circuit in the inputs holds (a misspelt field?): its verdicts rest on a value that is never there');
  });

  it('a field some circuit holds, or a built-in rule, gets none', () => {
    expect(runRules(inventory, [rule('ACME-ER-002', 'allowClassicOperations')]).notices.filter((n) => /misspelt/.test(n))).toEqual([]);
    expect(runRules(inventory, loadRules()).notices.filter((n) => /misspelt/.test(n))).toEqual([]);
  });
});
