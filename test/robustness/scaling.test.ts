import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { costEstimatorFor } from '../../src/pricing/setup.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { selectRules } from '../../src/rules/select.js';
import { generateEstate } from '../../src/testing/synthetic.js';

/**
 * Cost grows linearly with the estate: inventory, pricing and every default rule (estate-level
 * functions included) on 500 and then 4,000 circuits. Linear work takes about 8 times as long;
 * a quadratic rule would take 64 times. CPU time, best of two, so other processes matter less.
 */
const rules = selectRules(loadRules(), {});
const estimate = costEstimatorFor({}, undefined, {});

function cpuMs(circuits: number): number {
  const e = generateEstate({ circuits, seed: 7 });
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t0 = process.cpuUsage();
    const { inventory } = buildInventory(e.rows.map((row) => ({ row })), e.subscriptions);
    runRules(inventory, rules, {}, estimate(inventory));
    const d = process.cpuUsage(t0);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

describe('scaling', () => {
  it('inventory, pricing and rules grow linearly with the number of circuits', () => {
    cpuMs(200); // warm up the JIT
    const small = cpuMs(500);
    const large = cpuMs(4000);
    expect(large / small, `500 circuits: ${small.toFixed(0)} ms, 4,000: ${large.toFixed(0)} ms`).toBeLessThan(24);
  }, 60_000);
});
