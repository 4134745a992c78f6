import { describe, expect, it } from 'vitest';
import { HTML_MAX_CIRCUITS, HTML_MAX_FINDINGS } from '../../src/reporters/html-model.js';
import { renderHtml } from '../../src/reporters/html.js';
import { fingerprintOf } from '../../src/rules/engine.js';
import { fixtureResult } from './fixture.js';

// A page for a 100,000-circuit estate must not exceed V8's largest string: the HTML shows the most
// severe findings and the first circuits, and says what it left out.
describe('HTML report of a very large estate', () => {
  it('bounds the findings and circuits it lays out and says so', () => {
    const base = fixtureResult();
    const f0 = base.findings[0];
    const findings = Array.from({ length: HTML_MAX_FINDINGS + 5 }, (_, i) => {
      const resourceId = `${f0.resourceId}-${i}`;
      return { ...f0, resourceId, resourceName: `r-${i}`, fingerprint: fingerprintOf(f0.ruleId, resourceId), suppression: undefined };
    });
    const c0 = base.inventory.circuits[0];
    const circuits = Array.from({ length: HTML_MAX_CIRCUITS + 3 }, (_, i) => ({ ...c0, id: `${c0.id}-${i}`, key: `${c0.key}-${i}`, name: `c-${i}` }));
    const html = renderHtml({ ...base, findings, inventory: { ...base.inventory, circuits } }, {});
    expect(html).toContain(`lists the 10,000 most severe of 10,005 findings`);
    expect(html).toContain(`draws the first 1,000 of 1,003 circuits`);
    expect(html).not.toContain('>r-10000<');
    expect(html).toContain('>c-999<');
    expect(html).not.toContain('>c-1000<');
  });
});
