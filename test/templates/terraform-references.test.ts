import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { loadTemplates } from '../../src/sources/template/index.js';
import { parseJson } from '../../src/util/json.js';

/**
 * Relations a plan knows only from the configuration's `references` (the related id is known only after apply). An
 * expression whose references name several candidates (`coalesce(var.peering_id, azurerm_express_route_circuit_peering
 * .this.id)`, the shape of the AVM module avm-res-network-expressroutecircuit; a conditional; `try`) does not say which
 * one it takes: the relation is not known, never one of them picked.
 */
const dir = mkdtempSync(join(tmpdir(), 'erscan-tfref-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'plan.json');
const load = (doc: unknown) => loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(doc, null, 2), true), format: 'terraform-plan' }]);

const refs = (...r: string[]) => ({ references: r });
const constant = (v: unknown) => ({ constant_value: v });
const within = (address: string) => (/^(.*)\.[^.[]+\.[^.[]+(\[[^\]]*\])?$/.exec(address)?.[1] ?? '').replace(/^(?!module\.).*$/, '');
const change = (address: string, type: string, after: Record<string, unknown>, unknown: Record<string, unknown>) => ({
  address,
  ...(within(address) ? { module_address: within(address) } : {}),
  mode: 'managed',
  type,
  name: address.split('.').pop()!.replace(/\[.*$/, ''),
  ...(/\["([^"]+)"\]$/.test(address) ? { index: /\["([^"]+)"\]$/.exec(address)![1] } : {}),
  provider_name: 'registry.terraform.io/hashicorp/azurerm',
  change: { actions: ['create'], before: null, after, after_unknown: { id: true, ...unknown } },
});
const circuit = (address: string, name: string, location: string) =>
  change(address, 'azurerm_express_route_circuit', { name, resource_group_name: 'rg-er', location: 'westeurope', service_provider_name: 'Equinix', peering_location: location, bandwidth_in_mbps: 1000, sku: [{ tier: 'Standard', family: 'MeteredData' }] }, {});
const peering = (address: string, circuitName: string) =>
  change(address, 'azurerm_express_route_circuit_peering', { peering_type: 'AzurePrivatePeering', express_route_circuit_name: circuitName, resource_group_name: 'rg-er', peer_asn: 65001, vlan_id: 100, primary_peer_address_prefix: '10.0.0.0/30', secondary_peer_address_prefix: '10.0.0.4/30' }, {});
const cfg = (address: string, expressions: Record<string, unknown>) => ({ address, mode: 'managed', type: address.split('.')[0], name: address.split('.')[1], expressions });
const ownCircuit = [cfg('azurerm_express_route_circuit.this', {}), cfg('azurerm_express_route_circuit_peering.this', { express_route_circuit_name: refs('azurerm_express_route_circuit.this.name', 'azurerm_express_route_circuit.this') })];

/**
 * Two hub circuits (module.hub["sea"], module.hub["syd"], each with its private peering) and module.er, shaped as the AVM
 * module: its own circuit and peering, and a Virtual WAN connection whose peering is `peeringExpr` in module.er, whose
 * call gives var.peering_id `given` (undefined: not set, its default null).
 */
function avmPlan(peeringExpr: unknown, given: unknown, variables: Record<string, unknown> = { peering_id: { default: null } }) {
  return {
    format_version: '1.2',
    terraform_version: '1.9.5',
    resource_changes: [
      circuit('module.hub["sea"].azurerm_express_route_circuit.this', 'er-hub-sea', 'Singapore'),
      peering('module.hub["sea"].azurerm_express_route_circuit_peering.this', 'er-hub-sea'),
      circuit('module.hub["syd"].azurerm_express_route_circuit.this', 'er-hub-syd', 'Sydney'),
      peering('module.hub["syd"].azurerm_express_route_circuit_peering.this', 'er-hub-syd'),
      circuit('module.er.azurerm_express_route_circuit.this', 'er-spoke', 'Amsterdam'),
      peering('module.er.azurerm_express_route_circuit_peering.this', 'er-spoke'),
      change('azurerm_express_route_gateway.hub', 'azurerm_express_route_gateway', { name: 'ergw-hub', resource_group_name: 'rg-er', location: 'westeurope', scale_units: 1, virtual_hub_id: '/subscriptions/1111/resourceGroups/rg-er/providers/Microsoft.Network/virtualHubs/hub' }, {}),
      change('module.er.azurerm_express_route_connection.this', 'azurerm_express_route_connection', { name: 'conn-hub', routing_weight: 0, express_route_gateway_bypass_enabled: false, private_link_fast_path_enabled: false }, { express_route_circuit_peering_id: true, express_route_gateway_id: true }),
    ],
    configuration: {
      root_module: {
        resources: [cfg('azurerm_express_route_gateway.hub', {})],
        module_calls: {
          hub: { source: './modules/hub', expressions: {}, module: { resources: ownCircuit, outputs: { peering_id: { expression: refs('azurerm_express_route_circuit_peering.this.id', 'azurerm_express_route_circuit_peering.this') } } } },
          er: {
            source: './modules/er',
            expressions: { gateway_id: refs('azurerm_express_route_gateway.hub.id', 'azurerm_express_route_gateway.hub'), ...(given === undefined ? {} : { peering_id: given }) },
            module: {
              resources: [...ownCircuit, cfg('azurerm_express_route_connection.this', { express_route_circuit_peering_id: peeringExpr, express_route_gateway_id: refs('var.gateway_id') })],
              variables: { gateway_id: {}, ...variables },
            },
          },
        },
        variables: { hub_key: {} },
      },
    },
  };
}

const connection = (o: ReturnType<typeof load>) => o.output.raws.find((r) => r.row.type === 'Microsoft.Network/expressRouteGateways/expressRouteConnections')!;
const peeringOf = (o: ReturnType<typeof load>) => (connection(o).row.properties as { expressRouteCircuitPeering?: { id: string } }).expressRouteCircuitPeering?.id.split('/').slice(-3, -2)[0];
const PATH = 'properties.expressRouteCircuitPeering.id';
const ADDRESS = 'module.er.azurerm_express_route_connection.this';
const COALESCE = refs('var.peering_id', 'azurerm_express_route_circuit_peering.this.id', 'azurerm_express_route_circuit_peering.this');

describe('Terraform references naming several candidates', () => {
  it('coalesce(var.peering_id, own peering) with var.peering_id from a module instance the plan does not say: not known, never the own peering', () => {
    // peering_id = module.hub[var.hub_key].peering_id
    const o = load(avmPlan(COALESCE, refs('module.hub', 'var.hub_key')));
    expect(o.errors).toEqual([]);
    expect(peeringOf(o)).toBeUndefined();
    expect(connection(o).unresolved).toContain(PATH);
    expect(connection(o).reasons?.[PATH]).toBe(
      `comes from an expression that references more than one candidate (var.peering_id in module.er, module.er.azurerm_express_route_circuit_peering.this), and the plan does not say which one it takes (${ADDRESS})`,
    );
    expect(o.output.notices.some((n) => n.includes(`${ADDRESS} ${PATH} (var.peering_id in module.er, module.er.azurerm_express_route_circuit_peering.this)`))).toBe(true);
    // The gateway's circuits are not known: never "served by er-spoke".
    const { inventory } = buildInventory(o.output.raws);
    const f = runRules(inventory, loadRules().filter((r) => r.id === 'ERS-RED-001')).findings;
    expect(f.map((x) => [x.resourceName, x.status])).toEqual([['ergw-hub', 'unknown']]);
    expect(f[0].message).not.toContain('er-spoke');
  });

  it('coalesce(var.peering_id, own peering) with var.peering_id another peering of the plan: two candidates, not known', () => {
    const o = load(avmPlan(COALESCE, refs('module.hub["sea"].peering_id', 'module.hub["sea"]', 'module.hub')));
    expect(peeringOf(o)).toBeUndefined();
    expect(connection(o).reasons?.[PATH]).toContain('(var.peering_id in module.er, module.er.azurerm_express_route_circuit_peering.this)');
  });

  it('coalesce(var.peering_id, own peering) with var.peering_id not set (default null) or set to null: the own peering', () => {
    expect(peeringOf(load(avmPlan(COALESCE, undefined)))).toBe('er-spoke');
    expect(peeringOf(load(avmPlan(COALESCE, constant(null))))).toBe('er-spoke');
  });

  it('var.peering_id alone still follows the module call (a plain reference)', () => {
    expect(peeringOf(load(avmPlan(refs('var.peering_id'), refs('module.hub["syd"].peering_id', 'module.hub["syd"]', 'module.hub'))))).toBe('er-hub-syd');
  });

  it('the AVM connection: coalesce(each.value.…_resource_id, try(own peering[each.value.peering_map_key].id, "")): not known', () => {
    const expr = refs('each.value.express_route_circuit_peering_resource_id', 'each.value', 'azurerm_express_route_circuit_peering.this', 'each.value.peering_map_key', 'each.value');
    const o = load(avmPlan(expr, undefined));
    expect(peeringOf(o)).toBeUndefined();
    expect(connection(o).reasons?.[PATH]).toContain('(each.value in module.er, module.er.azurerm_express_route_circuit_peering.this)');
  });

  it('try(a.id, b.id) and a local beside a resource: not known; one resource however written (x[0] beside x): that one', () => {
    const a = refs('module.hub["sea"].peering_id', 'module.hub["sea"]', 'module.hub');
    // A local's value is not in the plan: it may be any id.
    expect(peeringOf(load(avmPlan(refs('local.peering_id', 'azurerm_express_route_circuit_peering.this.id', 'azurerm_express_route_circuit_peering.this'), undefined)))).toBeUndefined();
    // try(var.peering_id, azurerm_express_route_circuit_peering.this.id) with var.peering_id another plan peering
    expect(peeringOf(load(avmPlan(refs('var.peering_id', 'azurerm_express_route_circuit_peering.this.id', 'azurerm_express_route_circuit_peering.this'), a)))).toBeUndefined();
    // var.create ? azurerm_express_route_circuit_peering.this.id : null, var.create left at its default: a selector, known at plan
    expect(peeringOf(load(avmPlan(refs('var.create', 'azurerm_express_route_circuit_peering.this.id', 'azurerm_express_route_circuit_peering.this'), undefined, { create: { default: true } })))).toBe('er-spoke');
  });
});

describe('Terraform references in the root module', () => {
  const conn = (key: string) =>
    change(`azurerm_virtual_network_gateway_connection.c["${key}"]`, 'azurerm_virtual_network_gateway_connection', { name: `conn-${key}`, resource_group_name: 'rg', location: 'westeurope', type: 'ExpressRoute' }, { express_route_circuit_id: true, virtual_network_gateway_id: true });
  const plan = (circuits: string[], expr: unknown) => ({
    format_version: '1.2',
    resource_changes: [...circuits.map((a) => circuit(a, a.replace(/^.*\.|[[\]"]/g, ''), 'Amsterdam')), conn('a')],
    configuration: { root_module: { resources: [cfg('azurerm_virtual_network_gateway_connection.c', { express_route_circuit_id: expr })], variables: { circuit_id: {} } } },
  });
  const peer = (o: ReturnType<typeof load>) => o.output.raws.find((r) => r.row.type === 'Microsoft.Network/connections')!;
  const peerId = (o: ReturnType<typeof load>) => (peer(o).row.properties as { peer?: { id: string } }).peer?.id.split('/').pop();

  it('try(azurerm_express_route_circuit.a.id, azurerm_express_route_circuit.b.id): not known, naming both', () => {
    const o = load(plan(['azurerm_express_route_circuit.a', 'azurerm_express_route_circuit.b'], refs('azurerm_express_route_circuit.a.id', 'azurerm_express_route_circuit.a', 'azurerm_express_route_circuit.b.id', 'azurerm_express_route_circuit.b')));
    expect(peerId(o)).toBeUndefined();
    expect(peer(o).reasons?.['properties.peer.id']).toBe(
      'comes from an expression that references more than one candidate (azurerm_express_route_circuit.a, azurerm_express_route_circuit.b), and the plan does not say which one it takes (azurerm_virtual_network_gateway_connection.c["a"])',
    );
  });

  it('two instances of one resource (try(er["x"].id, er["y"].id)): not known; er["x"] beside er (length(er) > 0 ? er["x"].id : null): er["x"]', () => {
    const two = ['azurerm_express_route_circuit.er["x"]', 'azurerm_express_route_circuit.er["y"]'];
    expect(peerId(load(plan(two, refs('azurerm_express_route_circuit.er["x"].id', 'azurerm_express_route_circuit.er["x"]', 'azurerm_express_route_circuit.er', 'azurerm_express_route_circuit.er["y"].id', 'azurerm_express_route_circuit.er["y"]', 'azurerm_express_route_circuit.er'))))).toBeUndefined();
    expect(peerId(load(plan(two, refs('azurerm_express_route_circuit.er', 'azurerm_express_route_circuit.er["x"].id', 'azurerm_express_route_circuit.er["x"]', 'azurerm_express_route_circuit.er'))))).toBe('erx');
  });

  it('a root variable is known at plan: var.circuit_id != null ? var.circuit_id : er.id, with the id not known, is er; an index into a splat of two instances is not known', () => {
    expect(peerId(load(plan(['azurerm_express_route_circuit.er'], refs('var.circuit_id', 'azurerm_express_route_circuit.er.id', 'azurerm_express_route_circuit.er'))))).toBe('er');
    // azurerm_express_route_circuit.er[*].id[1]; one(azurerm_express_route_circuit.er[*].id) of one instance is it
    expect(peerId(load(plan(['azurerm_express_route_circuit.er[0]', 'azurerm_express_route_circuit.er[1]'], refs('azurerm_express_route_circuit.er'))))).toBeUndefined();
    expect(peerId(load(plan(['azurerm_express_route_circuit.er[0]'], refs('azurerm_express_route_circuit.er'))))).toBe('er0');
  });
});

describe('other relations named by several candidates', () => {
  const peeringIn = (address: string, circuitName: unknown, extra: Record<string, unknown> = {}) => {
    const p = peering(address, 'x');
    if (circuitName === undefined) {
      delete (p.change.after as Record<string, unknown>).express_route_circuit_name;
      (p.change.after_unknown as Record<string, unknown>).express_route_circuit_name = true;
    }
    Object.assign(p.change.after_unknown, extra);
    return p;
  };
  it("a peering's circuit, a Global Reach connection's peer peering and a circuit's Direct port: not known, never one of the candidates", () => {
    const unnamed = circuit('azurerm_express_route_circuit.a', 'er-a', 'Amsterdam');
    delete (unnamed.change.after as Record<string, unknown>).name;
    (unnamed.change.after_unknown as Record<string, unknown>).name = true;
    const direct = change('azurerm_express_route_circuit.d', 'azurerm_express_route_circuit', { name: 'er-d', resource_group_name: 'rg-er', location: 'westeurope', bandwidth_in_gbps: 10, sku: [{ tier: 'Premium', family: 'MeteredData' }] }, { express_route_port_id: true });
    const port = (n: string) => change(`azurerm_express_route_port.${n}`, 'azurerm_express_route_port', { name: `port-${n}`, resource_group_name: 'rg-er', location: 'westeurope', peering_location: 'Equinix-Amsterdam-AM5', bandwidth_in_gbps: 10, encapsulation: 'Dot1Q' }, {});
    const o = load({
      format_version: '1.2',
      resource_changes: [
        unnamed,
        circuit('azurerm_express_route_circuit.b', 'er-b', 'London'),
        peeringIn('azurerm_express_route_circuit_peering.a', undefined),
        peering('azurerm_express_route_circuit_peering.b', 'er-b'),
        change('azurerm_express_route_circuit_connection.gr', 'azurerm_express_route_circuit_connection', { name: 'gr', address_prefix_ipv4: '192.168.8.0/29' }, { peering_id: true, peer_peering_id: true }),
        port('p1'),
        port('p2'),
        direct,
      ],
      configuration: {
        root_module: {
          resources: [
            cfg('azurerm_express_route_circuit_peering.a', { express_route_circuit_name: refs('var.circuit_name', 'local.circuit', 'azurerm_express_route_circuit.a.name', 'azurerm_express_route_circuit.a') }),
            cfg('azurerm_express_route_circuit_connection.gr', {
              peering_id: refs('azurerm_express_route_circuit_peering.b.id', 'azurerm_express_route_circuit_peering.b'),
              peer_peering_id: refs('local.peer_peering_id', 'azurerm_express_route_circuit_peering.a.id', 'azurerm_express_route_circuit_peering.a'),
            }),
            cfg('azurerm_express_route_circuit.d', { express_route_port_id: refs('azurerm_express_route_port.p1.id', 'azurerm_express_route_port.p1', 'azurerm_express_route_port.p2.id', 'azurerm_express_route_port.p2') }),
          ],
        },
      },
    });
    expect(o.errors).toEqual([]);
    const gr = o.output.raws.find((r) => r.row.type === 'Microsoft.Network/expressRouteCircuits/peerings/connections')!;
    const props = gr.row.properties as Record<string, { id?: string } | undefined>;
    expect(props.expressRouteCircuitPeering?.id).toMatch(/expressRouteCircuits\/er-b\/peerings\/AzurePrivatePeering$/);
    expect(props.peerExpressRouteCircuitPeering).toBeUndefined();
    expect(gr.reasons?.['properties.peerExpressRouteCircuitPeering.id']).toContain('(local.peer_peering_id, azurerm_express_route_circuit_peering.a)');
    const d = o.output.raws.find((r) => r.row.name === 'er-d')!;
    expect((d.row.properties as { expressRoutePort?: unknown }).expressRoutePort).toBeUndefined();
    expect(d.reasons?.['properties.expressRoutePort.id']).toContain('(azurerm_express_route_port.p1, azurerm_express_route_port.p2)');
    // The peering is not placed under circuit a: it is under no circuit of the input, not checked, and said (var.circuit_name,
    // a root variable, is known at plan: no candidate).
    const peeringA = o.output.raws.find((r) => r.row.type === 'Microsoft.Network/expressRouteCircuits/peerings' && !String(r.row.id).includes('/er-b/'))!;
    expect(String(peeringA.row.id)).toContain('azurerm_express_route_circuit_peering.a-circuit/peerings/');
    expect(o.output.notices.some((n) => n.includes('azurerm_express_route_circuit_peering.a express_route_circuit_name (local.circuit, azurerm_express_route_circuit.a)'))).toBe(true);
  });
});

describe('notices for values a plan leaves open for a reason of their own', () => {
  it('a connection created without private_link_fast_path_enabled is not said to be an AzAPI resource setting sensitive_body', () => {
    const plan = avmPlan(refs('azurerm_express_route_circuit_peering.this.id', 'azurerm_express_route_circuit_peering.this'), undefined);
    const conn = plan.resource_changes.find((r) => r.type === 'azurerm_express_route_connection')!;
    delete (conn.change.after as Record<string, unknown>).private_link_fast_path_enabled;
    (conn.change.after as Record<string, unknown>).express_route_gateway_bypass_enabled = true;
    const o = load(plan);
    expect(connection(o).reasons?.['properties.enablePrivateLinkFastPath']).toMatch(/^is not set in the configuration/);
    const notices = o.output.notices.join('\n');
    expect(notices).not.toMatch(/sensitive_body/);
    expect(notices).toContain(`1 value(s) not known from the plan, each for the reason its findings give (${ADDRESS} properties.enablePrivateLinkFastPath)`);
  });
});
