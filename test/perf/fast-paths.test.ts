import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pseudoPathForResource } from '../../src/reporters/sarif.js';
import { renderMessage } from '../../src/rules/engine.js';

/**
 * Fast paths taken for speed (docs/benchmarks.md, phase 3) give what the general code gives.
 */
describe('fast paths', () => {
  // The general form: the lower-cased id's every non-empty segment percent-encoded, behind `azure`.
  const general = (id: string) => ['azure', ...id.toLowerCase().split('/').filter(Boolean).map(encodeURIComponent)].join('/');

  it('the pseudo-path of an ARM id is the general one, plain or not', () => {
    const segment = fc.string({ unit: fc.constantFrom(...'aZ09-_.!~*\'() %/é#?'.split('')), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), fc.boolean(), (segments, leading) => {
        const id = `${leading ? '/' : ''}${segments.join('/')}`;
        expect(pseudoPathForResource(id)).toBe(general(id));
      }),
      { numRuns: 2000 },
    );
    for (const id of [
      '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er1',
      '/subscriptions/s//resourceGroups/rg',
      '/subscriptions/s/resourceGroups/rg/',
      'subscriptions/s',
      '/',
      '',
    ])
      expect(pseudoPathForResource(id)).toBe(general(id));
  });

  it('a message template renders as the placeholder-by-placeholder replacement did', () => {
    const ctx = { name: 'er1', sku: { tier: 'Premium' }, n: 0, list: ['a', 'b'], empty: '', params: { min: 2 } };
    const byReplace = (t: string) =>
      t.replace(/\{([A-Za-z0-9_.]+)\}/g, (m, path: string) => renderMessage(m, ctx)); // one placeholder at a time
    for (const t of [
      'Circuit {name} is {sku.tier} with {n} of {params.min} ({list}); {empty}; {missing.x} {sku.missing} {{name}} {name',
      '{name}{name}',
      'no placeholders',
      '',
      '{}',
    ])
      expect(renderMessage(t, ctx)).toBe(byReplace(t));
  });
});
