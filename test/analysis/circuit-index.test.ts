import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/index.js';
import { circuitRow, inventoryOf } from './helpers.js';

describe('CircuitAnalysis.index', () => {
  it("is the circuit's place in inventory.circuits, whichever analysis is read first", () => {
    const inv = inventoryOf([circuitRow('er-a'), circuitRow('er-b'), circuitRow('er-c')]);
    const a = analyse(inv);
    expect(a.circuit(inv.circuits[2]).index).toBe(2);
    a.circuits().forEach((x, i) => {
      expect(x.circuit).toBe(inv.circuits[i]);
      expect(x.index).toBe(i);
    });
  });
});
