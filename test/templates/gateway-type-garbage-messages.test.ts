import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { ROOT } from '../helpers/cli.js';

// A circuit whose connection names a VNet gateway whose gatewayType is none Azure allows (d7ff0aa): ERS-SKU-002 and
// ERS-SKU-003 are undecided, and their messages say what is known (the connection, its gateway, which could not be
// read as an ExpressRoute gateway, and why), never a value erscan does not know: not "no connection", not "1 connected
// gateway(s) are outside the inventory" (the gateway is in the inputs; only its type is not known).
const rules = loadRules().filter((r) => r.id === 'ERS-SKU-002' || r.id === 'ERS-SKU-003');
const all = JSON.parse(readFileSync(join(ROOT, 'examples/estate/northwind-rows.json'), 'utf8')) as Record<string, any>[];
const pick = (name: string) => structuredClone(all.find((r) => r.name === name)!);

function messages(tier: string): Record<string, string> {
  const circuit = pick('er-qro-nw-03');
  circuit.sku = { name: `${tier}_MeteredData`, tier, family: 'MeteredData' };
  const gw = pick('ergw-weu-nw');
  gw.properties.gatewayType = 'ExpresRoute';
  const raws: RawResource[] = [circuit, gw, pick('conn-weu-qro01')].map((row) => ({ row, source: { kind: 'graph', file: 'rows.json' } }));
  const { inventory } = buildInventory(raws);
  const found = runRules(inventory, rules).findings.filter((f) => f.resourceName === 'er-qro-nw-03');
  for (const f of found) expect(f.status, f.message).toBe('unknown');
  return Object.fromEntries(found.map((f) => [f.ruleId, f.message]));
}

describe('a circuit whose connection names a gateway with a gatewayType Azure does not allow', () => {
  it.each([
    ['Premium', 'ERS-SKU-002'],
    ['Standard', 'ERS-SKU-003'],
  ])('%s: %s says what is known, never a connection count or a gateway outside the inventory', (tier, id) => {
    const m = messages(tier)[id];
    expect(m, id).toBeDefined();
    expect(m).not.toMatch(/no connection|\d+ connection\(s\)/);
    expect(m).not.toMatch(/outside the inventory/);
    expect(m).toMatch(/connection conn-weu-qro01, whose gateway ergw-weu-nw could not be read as an ExpressRoute gateway \(its gatewayType "ExpresRoute" is none of Vpn, ExpressRoute, LocalGateway\)/);
  });
});
