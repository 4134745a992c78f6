import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/loader.js';
import { testRule } from '../../src/rules/fixtures.js';

// The generic rule test: every rule of the catalogue runs against its pass and fail fixtures, and
// must have a doc and fixtures. A new rule needs no new test code.
const rules = loadRules();

describe('rule catalogue', () => {
  it('has rules', () => {
    expect(rules.length).toBeGreaterThan(0);
  });
  it.each(rules.map((r) => [r.id, r] as const))('%s passes its fixtures and has a doc', (_id, rule) => {
    expect(testRule(rule).problems).toEqual([]);
  });
});
