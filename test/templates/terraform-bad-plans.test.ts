import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';
import { ROOT } from '../helpers/cli.js';

// A plan whose structure is not what `terraform show -json` writes (a hand-edited or truncated-and-repaired file, another
// tool's output) was read as far as it went: a change that is not an object, or whose `after` is not one, gave a circuit
// with no values (ERS-SKU-010 failed it, "bandwidthMbps (not set)"), an entry whose address is not a string was skipped in
// silence (its peering never judged), actions that are not a list judged a resource the plan may destroy, and a
// resource_changes that is not a list made erscan read planned_values instead. Each is now an input error naming the file,
// the path in it and what was expected (exit 2; the other inputs are scanned).
// Base plan: test/fixtures/iac/terraform-public-modules/avm-circuit-for-each (the AVM circuit module's shape).
const FILE = join(ROOT, 'test/fixtures/iac/terraform-public-modules/avm-circuit-for-each/plan.json');
const base = () => JSON.parse(readFileSync(FILE, 'utf8')) as { resource_changes: Record<string, any>[]; planned_values?: unknown; configuration?: unknown };
const at = (doc: ReturnType<typeof base>, address: string) => doc.resource_changes.findIndex((r) => r.address === address);
const CIRCUIT = 'module.er["ams"].azurerm_express_route_circuit.this';
const PEERING = 'module.er["ams"].azurerm_express_route_circuit_peering.this["PrivatePeering"]';

function errorsOf(doc: unknown): string[] {
  const file = join(ROOT, 'test/fixtures/iac/terraform-public-modules/avm-circuit-for-each/edited.json');
  const { output, errors } = loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(doc, null, 2), true), format: 'terraform-plan' }]);
  if (errors.length > 0) expect(output.raws.filter((r) => String(r.source?.deployment).endsWith('edited.json'))).toEqual([]);
  return errors.map((e) => e.message);
}

describe('Terraform plans of a structure terraform show -json never writes', () => {
  it('reads the plan as written without error', () => {
    expect(errorsOf(base())).toEqual([]);
  });

  it('refuses a change that is not an object', () => {
    const doc = base();
    const i = at(doc, CIRCUIT);
    doc.resource_changes[i].change = [];
    expect(errorsOf(doc)).toEqual([expect.stringMatching(new RegExp(`at \\$\\.resource_changes\\[${i}\\]\\.change: expected .*object`))]);
  });

  it('refuses a change whose after is neither an object nor null', () => {
    const doc = base();
    const i = at(doc, CIRCUIT);
    doc.resource_changes[i].change.after = 'oops';
    expect(errorsOf(doc)).toEqual([expect.stringMatching(new RegExp(`at \\$\\.resource_changes\\[${i}\\]\\.change\\.after: expected .*object.*found "oops"`))]);
  });

  it('refuses actions that are not a list of strings', () => {
    const doc = base();
    const i = at(doc, CIRCUIT);
    doc.resource_changes[i].change.actions = 'create';
    expect(errorsOf(doc)).toEqual([expect.stringMatching(new RegExp(`at \\$\\.resource_changes\\[${i}\\]\\.change\\.actions: expected .*list`))]);
  });

  it('refuses an entry whose address or type is not a string', () => {
    const doc = base();
    const i = at(doc, PEERING);
    doc.resource_changes[i].address = 5;
    expect(errorsOf(doc)).toEqual([expect.stringMatching(new RegExp(`at \\$\\.resource_changes\\[${i}\\]\\.address: expected .*string.*found number`))]);
    const doc2 = base();
    doc2.resource_changes[i].type = null;
    expect(errorsOf(doc2)).toEqual([expect.stringMatching(new RegExp(`at \\$\\.resource_changes\\[${i}\\]\\.type: expected .*string`))]);
  });

  it('refuses resource_changes that is not a list, never reading planned_values in its place', () => {
    const doc = base();
    (doc as Record<string, unknown>).resource_changes = {};
    expect(errorsOf(doc)).toEqual([expect.stringMatching(/at \$\.resource_changes: expected .*list/)]);
  });

  it('refuses planned_values or values whose resources or child_modules are not lists', () => {
    const doc = base() as Record<string, unknown>;
    delete doc.resource_changes;
    doc.planned_values = { root_module: { resources: 'x' } };
    expect(errorsOf(doc)).toEqual([expect.stringMatching(/at \$\.planned_values\.root_module\.resources: expected .*list/)]);
    doc.planned_values = { root_module: { resources: [], child_modules: [{ address: 'module.er', resources: {} }] } };
    expect(errorsOf(doc)).toEqual([expect.stringMatching(/at \$\.planned_values\.root_module\.child_modules\[0\]\.resources: expected .*list/)]);
  });

  it('refuses a configuration that is not an object', () => {
    const doc = base();
    doc.configuration = [];
    expect(errorsOf(doc)).toEqual([expect.stringMatching(/at \$\.configuration: expected .*object/)]);
  });
});

describe('Terraform states and planned_values of a structure terraform show -json never writes', () => {
  const state = () => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/iac/terraform-public-modules/c4c-state/state.json'), 'utf8'));
  it('reads the state as written without error', () => {
    expect(errorsOf(state())).toEqual([]);
  });
  it('refuses a resource whose address, type or values are not what Terraform writes', () => {
    const a = state();
    a.values.root_module.child_modules[0].resources[1].address = ['x'];
    expect(errorsOf(a)).toEqual([expect.stringMatching(/at \$\.values\.root_module\.child_modules\[0\]\.resources\[1\]\.address: expected .*string/)]);
    const b = state();
    b.values.root_module.child_modules[0].resources[1].values = 'x';
    expect(errorsOf(b)).toEqual([expect.stringMatching(/at \$\.values\.root_module\.child_modules\[0\]\.resources\[1\]\.values: expected .*object/)]);
    const c = state();
    c.values.root_module.child_modules[0].resources[1] = 7;
    expect(errorsOf(c)).toEqual([expect.stringMatching(/at \$\.values\.root_module\.child_modules\[0\]\.resources\[1\]: expected a resource object/)]);
  });
});

// An attribute of the wrong shape (a block written as a string or a single object, tags as a list) read as not set: a
// circuit whose sku was the string "Standard" was said to be one where "the template does not set sku.tier", a port's
// link1 written as one object was left out (and judged as the link Azure creates), tags in a list read as no tags.
describe('Terraform resource attributes of a shape the provider never writes', () => {
  const edited = (address: string, edit: (after: Record<string, any>) => void) => {
    const doc = base();
    const i = at(doc, address);
    edit(doc.resource_changes[i].change.after);
    return { doc, i };
  };
  it.each([
    ['a circuit sku as a string', CIRCUIT, (a: Record<string, any>) => (a.sku = 'Standard'), 'sku', /list/, /"Standard"/],
    ['a circuit sku block as a string', CIRCUIT, (a: Record<string, any>) => (a.sku = ['Standard']), 'sku[0]', /object/, /"Standard"/],
    ['tags as a list', CIRCUIT, (a: Record<string, any>) => (a.tags = ['env']), 'tags', /map|object/, /array/],
    ['a gateway ip_configuration as a string', 'azurerm_virtual_network_gateway.gw', (a: Record<string, any>) => (a.ip_configuration = 'default'), 'ip_configuration', /list/, /"default"/],
    ['a peering microsoft_peering_config as one object', PEERING, (a: Record<string, any>) => (a.microsoft_peering_config = { customer_asn: 0 }), 'microsoft_peering_config', /list/, /an object/],
    ['a peering ipv6 block as a number', PEERING, (a: Record<string, any>) => (a.ipv6 = 1), 'ipv6', /list/, /number 1/],
  ])('refuses %s', (_, address, edit, path, expected, found) => {
    const { doc, i } = edited(address, edit);
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(1);
    const m = /at (\S+): expected (.*), found (.*)$/.exec(errors[0]);
    expect(m?.[1]).toBe(`$.resource_changes[${i}].change.after.${path}`);
    expect(m?.[2]).toMatch(expected);
    expect(m?.[3]).toMatch(found);
  });
});
