import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCondition, compilePath, evaluate, getPath } from '../../src/rules/conditions.js';
import type { Condition, LeafCondition } from '../../src/rules/model.js';

// Compiled conditions (the engine's hot loop) decide exactly what the interpreter decides.

const FIELDS = ['a', 'tier', 'list', 'nested.x', 'list.0', 'list.length', 'missing', 'constructor', 'nested.0'];

// Few values, so that conditions and resources meet often (case, numbers as text, empty, null).
const scalar = fc.oneof(
  { arbitrary: fc.constantFrom('Premium', 'premium', 'PREM', '30', '030', '-2', ''), weight: 4 },
  { arbitrary: fc.constantFrom(0, 30, -2, 65515), weight: 3 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
);

const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.constant(undefined));

const resource = fc.record({
  a: value,
  b: value,
  tier: value,
  list: fc.oneof(fc.array(scalar, { maxLength: 4 }), scalar, fc.constant(undefined)),
  nested: fc.oneof(fc.record({ x: value, y: value }), fc.array(scalar, { maxLength: 3 }), scalar),
});

/** One operator (a leaf with many rarely passes: most would decide nothing). */
const operator = fc.oneof(
  scalar.map((v) => ({ equals: v })),
  scalar.map((v) => ({ notEquals: v })),
  fc.array(scalar, { maxLength: 3 }).map((v) => ({ in: v })),
  fc.array(scalar, { maxLength: 3 }).map((v) => ({ notIn: v })),
  fc.boolean().map((v) => ({ exists: v })),
  fc.constantFrom(-2, 0, 29, 30, 'Premium', 'p').map((v) => ({ greater: v })),
  fc.constantFrom(-2, 0, 30, 31, 'premium', 'P').map((v) => ({ greaterOrEquals: v })),
  fc.constantFrom(-2, 0, 30, 31, 'Premium', 'q').map((v) => ({ less: v })),
  fc.constantFrom(-2, 0, 30, 65515).map((v) => ({ lessOrEquals: v })),
  fc.constantFrom('prem.*', '[0-9]+', '-?2|30', 'PREM').map((v) => ({ matches: v })),
  fc.constantFrom('pre', 'PRE', '', '3').map((v) => ({ startsWith: v })),
  scalar.map((v) => ({ contains: v })),
  fc.record({ equals: fc.nat(4), greater: fc.nat(4), greaterOrEquals: fc.nat(4), less: fc.nat(4), lessOrEquals: fc.nat(4) }, { requiredKeys: [] }).map((v) => ({ count: v })),
);

const leaf: fc.Arbitrary<LeafCondition> = fc
  .tuple(fc.constantFrom(...FIELDS), operator, fc.option(operator, { freq: 3 }))
  .map(([field, a, b]) => ({ field, ...a, ...(b ?? {}) }) as LeafCondition);

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ allOf: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ anyOf: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
}));

describe('compiled conditions', () => {
  it('decide as evaluate does, on any condition and resource', () => {
    fc.assert(
      fc.property(condition, resource, (c, r) => {
        expect(compileCondition(c)(r)).toBe(evaluate(c, r).ok);
      }),
      { numRuns: 5000 },
    );
  });

  it('decide the cases the property test must not miss', () => {
    const cases: [Condition, unknown][] = [
      [{ field: 'tier', equals: 'premium' }, { tier: 'Premium' }],
      [{ field: 'tier', in: ['STANDARD', 'premium'] }, { tier: 'Premium' }],
      [{ field: 'n', equals: '30' }, { n: 30 }],
      [{ field: 'n', notIn: ['30'] }, { n: 30 }],
      [{ field: 'list', contains: 'A' }, { list: ['a'] }],
      [{ field: 's', contains: 'EM' }, { s: 'premium' }],
      [{ field: 'list', count: { greaterOrEquals: 2 } }, { list: [1, 2] }],
      [{ field: 'list.length', greater: 1 }, { list: [1, 2] }],
      [{ field: 'x', exists: false }, { x: '' }],
      [{ field: 'constructor', exists: true }, {}],
      [{ anyOf: [] }, {}],
      [{ allOf: [] }, {}],
      [{ not: { field: 's', startsWith: 'PRE' } }, { s: 'premium' }],
      [{ field: 's', matches: 'prem.*' }, { s: 'Premium' }],
      [{ field: 's', greater: 'a' }, { s: 'b' }],
    ];
    for (const [c, r] of cases) expect([c, compileCondition(c)(r)]).toEqual([c, evaluate(c, r).ok]);
  });

  it('read paths as getPath does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS, 'nested.x.0', 'list.1', 'a.b.c'), resource, (path, r) => {
        expect(compilePath(path)(r)).toBe(getPath(r, path));
      }),
      { numRuns: 2000 },
    );
  });

  it('throw past the nesting limit only when evaluated, as evaluate does', () => {
    let c: Condition = { field: 'a', exists: true };
    for (let i = 0; i < 20; i++) c = { not: c };
    const compiled = compileCondition(c);
    expect(() => compiled({ a: 1 })).toThrow(/nested deeper than 16 levels/);
    expect(() => evaluate(c, { a: 1 })).toThrow(/nested deeper than 16 levels/);
  });
});
