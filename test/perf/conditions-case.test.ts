import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCondition, evaluate } from '../../src/rules/conditions.js';
import type { Condition } from '../../src/rules/model.js';

// Compiled equality skips lower-casing a value whose length differs from an ASCII operand's: texts
// whose lower-casing changes length or leaves ASCII (İ, the Kelvin sign) decide as the interpreter does.
const text = fc.constantFrom('Disabled', 'disabled', 'DISABLED', 'Dİsabled', 'dİsabled', 'İ', 'i̇', 'i', 'I', 'K', 'k', 'K', 'Kelvin', 'Kelvin', 'ǅ', 'ǆ', 'Ä', 'ä', '', '30', '030');

describe('compiled equality and case', () => {
  it('equals, notEquals, in and notIn decide as evaluate does on texts that change length or script when lower-cased', () => {
    fc.assert(
      fc.property(fc.constantFrom('equals', 'notEquals', 'in', 'notIn'), text, text, (op, want, v) => {
        const cond = { field: 'a', [op]: op === 'in' || op === 'notIn' ? [want] : want } as Condition;
        const r = { a: v };
        expect(compileCondition(cond)(r)).toBe(evaluate(cond, r).ok);
      }),
      { numRuns: 2000 },
    );
  });
});
