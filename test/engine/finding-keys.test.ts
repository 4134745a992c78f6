import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { allLinks, allPeerings, type AnyResource } from '../../src/inventory/model.js';
import { runRules, fingerprintOf } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { loadInputs } from '../../src/sources/index.js';

// The engine fingerprints and sorts a finding by its resource's join key, which the inventory makes
// once per resource as the id lower-cased (instead of lower-casing the id again per finding). These
// inputs cover live rows, inline and separate peerings, Direct ports and links, gateways,
// connections and templates (ARM, Terraform), with ids in mixed case.
const INPUTS = ['examples/estate', 'examples/iac', 'test/fixtures'];

describe('a resource\'s key is its id lower-cased (what findings are fingerprinted and sorted by)', () => {
  for (const input of INPUTS) {
    it(input, () => {
      const loaded = loadInputs([input]);
      const { inventory } = buildInventory(loaded.output.raws, loaded.output.subscriptions);
      const all: AnyResource[] = [...inventory.circuits, ...allPeerings(inventory), ...inventory.ports, ...allLinks(inventory), ...inventory.gateways, ...inventory.connections];
      expect(all.length).toBeGreaterThan(0);
      for (const r of all) expect(r.key, r.id).toBe(r.id.toLowerCase());
      const { findings } = runRules(inventory, loadRules());
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) expect(f.fingerprint, `${f.ruleId} ${f.resourceId}`).toBe(fingerprintOf(f.ruleId, f.resourceId));
    });
  }
});
