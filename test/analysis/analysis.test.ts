import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/index.js';
import { worldsOf } from '../../src/inventory/worlds.js';
import { runRules } from '../../src/rules/engine.js';
import { builtinRules, circuitRow, connectionRow, costOf, findingsOf, gatewayRow, ids, inventoryOf, portRow, scan, SUB, vnetLinks } from './helpers.js';

/** Issue 18: Microsoft counts VNet links and Global Reach connections against one per-circuit limit (includes/expressroute-limits.md). */
describe('links: VNet links and Global Reach connections count against one limit', () => {
  const peers = ['p1', 'p2', 'p3', 'p4'].map((n) => circuitRow(n, { location: 'London', region: 'uksouth', tier: 'Premium' }));

  it('a Premium circuit with 8 VNets and 4 Global Reach links is not told to drop to Standard', () => {
    const s = scan([circuitRow('er-prem', { tier: 'Premium', globalReachTo: ['p1', 'p2', 'p3', 'p4'] }), ...peers, ...vnetLinks('er-prem', 8)]);
    const a = analyse(s.inventory).circuit(s.inventory.circuits.find((c) => c.name === 'er-prem')!);
    expect(a.carries).toMatchObject({ vnetLinks: 8, globalReachLinks: 4, linksUsed: 12 });
    expect(a.needs.premium.verdict).toBe('needed');
    expect(a.needs.premium.reasons.join()).toMatch(/8 VNet link\(s\) and 4 Global Reach connection\(s\) make 12, more than the 10/);
    expect(findingsOf(s, 'ERS-SKU-002', 'er-prem')).toEqual([]);
    expect(findingsOf(s, 'ERS-SKU-009', 'er-prem')).toEqual([]); // 12 ≤ 50 (1 Gbps Premium)
    expect(costOf(s, 'er-prem').recommendation?.tier ?? 'Premium').toBe('Premium');
    expect(costOf(s, 'er-prem').premiumNeeded).toBe(true);
  });

  it('a Standard circuit with 9 VNets and 3 Global Reach links fails, with the Premium it needs priced', () => {
    const s = scan([circuitRow('er-std', { globalReachTo: ['p1', 'p2', 'p3'] }), ...peers, ...vnetLinks('er-std', 9)]);
    const [f] = findingsOf(s, 'ERS-SKU-009', 'er-std');
    expect(f.message).toMatch(/9 VNet link\(s\) and 3 Global Reach connection\(s\) \(12 links\) on a Standard circuit of 1 Gbps; expected at most 10 links \(VNet links and Global Reach connections together\); Premium raises the limit to 50/);
    // the cost of compliance: Premium Metered 1 Gbps Zone 1 ($1,186) − Standard Metered ($436)
    expect(f.costImpactUsd).toBe(750);
    const c = costOf(s, 'er-std');
    expect(c.recommendation).toMatchObject({ kind: 'add-premium', tier: 'Premium', required: true, monthlySavingsUsd: -750 });
  });

  it('counts Global Reach connections the peer initiated too', () => {
    const s = scan([circuitRow('er-std', { peeredGlobalReach: 2 }), ...vnetLinks('er-std', 9)]);
    expect(findingsOf(s, 'ERS-SKU-009', 'er-std')[0].message).toMatch(/9 VNet link\(s\) and 2 Global Reach connection\(s\) \(11 links\)/);
  });

  it('10 links together pass on Standard', () => {
    const s = scan([circuitRow('er-std', { peeredFrom: ['er-peer'] }), circuitRow('er-peer'), ...vnetLinks('er-std', 9)]);
    expect(findingsOf(s, 'ERS-SKU-009')).toEqual([]);
    expect(findingsOf(s, 'ERS-SKU-003')).toEqual([]);
  });

  it('a peered connection that does not name the circuit that initiated it leaves the Premium need open', () => {
    const s = scan([circuitRow('er-std', { peeredGlobalReach: 1 }), ...vnetLinks('er-std', 9)]);
    expect(findingsOf(s, 'ERS-SKU-009')).toEqual([]);
    expect(findingsOf(s, 'ERS-SKU-003').map((f) => [f.status, f.message])).toEqual([['unknown', expect.stringMatching(/undecided: the circuit that initiated peered connection peered0 is not named/)]]);
  });
});

/** Issue 18: ExpressRoute Metro (metro.md, 2026-05-10): one circuit dual-homed across two sites of one metro. */
describe('ExpressRoute Metro', () => {
  const metro = () => [circuitRow('er-metro', { location: 'Amsterdam Metro' }), gatewayRow('gw'), connectionRow('c1', 'gw', 'er-metro')];

  it('a gateway served by one Metro circuit is not told it has "1 peering location"', () => {
    const s = scan(metro());
    expect(findingsOf(s, 'ERS-RED-001')).toEqual([]);
    const ga = analyse(s.inventory).gateway(s.inventory.gateways[0]);
    expect([...ga.sites.values()]).toEqual(['Amsterdam', 'Amsterdam2']);
    expect([...ga.metros]).toEqual(['amsterdam']);
  });

  it('is one metro where the policy asks for two metros (distinctBy: metro)', () => {
    const s = scan(metro());
    const rule = builtinRules().find((r) => r.id === 'ERS-RED-001')!;
    const { findings } = runRules(s.inventory, [rule], { 'ERS-RED-001': { distinctBy: 'metro' } }, s.cost);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/served by 1 metro: er-metro \(Amsterdam Metro: Amsterdam \+ Amsterdam2\)/);
  });

  it('is known to pricing (zone of the Metro row) and to geography (Local region West Europe)', () => {
    const s = scan(metro(), { 'er-metro': { egressGbPerMonth: 1000 } });
    const c = costOf(s, 'er-metro');
    expect(c).toMatchObject({ zone: 'Zone 1', priced: 'full', monthlyUsd: { current: 436 + 25 } });
    expect(c.unverified!.join()).toMatch(/Amsterdam Metro is an ExpressRoute Metro location: priced as a Zone 1 circuit/);
    const a = analyse(s.inventory).circuit(s.inventory.circuits[0]);
    expect(a.reach.geopolitical).toBe('Europe');
    expect(a.needs.localSuffices.value).toBe(true); // the gateway is in West Europe, the Metro's Local region
    expect(findingsOf(s, 'ERS-COST-104')).toEqual([]);
  });

  it('shares a site with a standard circuit at one of its two locations (ERS-RED-003)', () => {
    const s = scan([...metro(), circuitRow('er-ams2', { location: 'Amsterdam2' }), connectionRow('c2', 'gw', 'er-ams2')]);
    expect(findingsOf(s, 'ERS-RED-003')[0].message).toMatch(/2 circuits in Amsterdam2: er-ams2, er-metro \(Amsterdam Metro\)/);
    expect(findingsOf(s, 'ERS-RED-001')).toEqual([]);
  });

  it('Local regions newer than the 2024 table keep a Metro circuit reachable (Brussels Metro → Belgium Central)', () => {
    const s = scan([circuitRow('er-bru', { location: 'Brussels Metro', tier: 'Local', family: 'UnlimitedData' }), gatewayRow('gw', 'belgiumcentral'), connectionRow('c1', 'gw', 'er-bru', 'belgiumcentral')]);
    expect(findingsOf(s, 'ERS-SKU-004')).toEqual([]);
    expect(costOf(s, 'er-bru')).toMatchObject({ zone: 'Zone 1', monthlyUsd: { current: 1200 } });
  });
});

describe('what a circuit carries', () => {
  it('traffic proves a connection in an unread scope: not idle, and said so', () => {
    const s = scan([circuitRow('er-far')], { 'er-far': { egressGbPerMonth: 400000 } });
    expect(findingsOf(s, 'ERS-COST-003')).toEqual([]);
    const a = analyse(s.inventory, undefined);
    expect(a.circuit(s.inventory.circuits[0]).carries.idle.value).toBe(true); // without the usage, nothing shows it carries anything
    expect(s.cost.notices!.join('\n')).toMatch(/er-far is not idle: it carries 400,000 GB\/month \(usage file\), but no connection to it is in the scanned scopes: its connection is outside them/);
  });

  it('a circuit with no connection, peering use or traffic is idle, and deleting it is priced', () => {
    const s = scan([circuitRow('er-idle')]);
    const [f] = findingsOf(s, 'ERS-COST-003', 'er-idle');
    expect(f.message).toMatch(/no declared or measured egress/);
    expect(f.costImpactUsd).toBe(-436);
  });

  it("a peering that names its vWAN connection (expressRouteConnection, as ARM reports it) carries it, though the hub's gateway is not in the input", () => {
    const withHub = (name: string, tier = 'Standard') => {
      const row = circuitRow(name, { tier });
      const props = row.properties as { peerings: { properties: Record<string, unknown> }[] };
      props.peerings[0].properties.expressRouteConnection = { id: `/subscriptions/${SUB}/resourceGroups/rg-hub/providers/Microsoft.Network/expressRouteGateways/hub-gw/expressRouteConnections/${name}-conn` };
      return row;
    };
    const s = scan([withHub('er-hub'), withHub('er-hub-p', 'Premium')]);
    // Not idle: no ERS-COST-003 and no advice to delete it.
    expect(findingsOf(s, 'ERS-COST-003')).toEqual([]);
    const idle = analyse(s.inventory).circuit(s.inventory.circuits.find((c) => c.name === 'er-hub')!).carries;
    expect(idle.idle.value).toBe(false);
    expect(idle.idle.reasons).toEqual(['1 vWAN connection(s) in scopes erscan did not read (its peering names them in `expressRouteConnection`)']);
    expect(idle.vnetLinks).toBe(1);
    // Premium need: that hub's region is not known, so undecided, never "no connection".
    const [f] = findingsOf(s, 'ERS-SKU-002', 'er-hub-p');
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/vWAN connection\(s\) in scopes erscan did not read/);
    // With the connection in the input, it is counted once (its key), not again as one outside.
    const gw0 = `/subscriptions/${SUB}/resourceGroups/rg-hub/providers/Microsoft.Network/expressRouteGateways/hub-gw`;
    const gw = { id: gw0, name: 'hub-gw', type: 'microsoft.network/expressroutegateways', subscriptionId: SUB, location: 'westeurope', properties: { virtualHub: { id: `/subscriptions/${SUB}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualHubs/hub` }, autoScaleConfiguration: { bounds: { min: 2 } }, expressRouteConnections: [{ id: `${gw0}/expressRouteConnections/er-hub-conn`, name: 'er-hub-conn', properties: { expressRouteCircuitPeering: { id: `${ids.circuit('er-hub')}/peerings/AzurePrivatePeering` } } }] } };
    const both = scan([withHub('er-hub'), gw]);
    const carries = analyse(both.inventory).circuit(both.inventory.circuits[0]).carries;
    expect([carries.vnetLinks, carries.vwanConnectionsOutside]).toEqual([1, 0]);
  });

  it('a Microsoft peering whose row does not carry its state: whether it carries anything is not known, never "an enabled Microsoft peering"', () => {
    const row = circuitRow('er-ms', { microsoftPeering: true });
    const props = row.properties as { peerings: { properties: Record<string, unknown> }[] };
    props.peerings = props.peerings.filter((p) => p.properties.peeringType === 'MicrosoftPeering');
    delete props.peerings[0].properties.state;
    const s = scan([row]);
    const idle = analyse(s.inventory).circuit(s.inventory.circuits[0]).carries.idle;
    expect(idle.value).toBeNull();
    expect(idle.reasons.join(' ')).toMatch(/Microsoft peering MicrosoftPeering, whose state is not known \(`state`: the input row does not carry `properties\.state`/);
    const [f] = findingsOf(s, 'ERS-COST-003', 'er-ms');
    expect(f.status).toBe('unknown');
    // Enabled, it carries: no finding, as before.
    expect(findingsOf(scan([circuitRow('er-ms2', { microsoftPeering: true, peerings: true })]), 'ERS-COST-003')).toEqual([]);
  });

  it('redeemed authorizations make Premium need undecided (connections erscan cannot see)', () => {
    const s = scan([circuitRow('er-p', { tier: 'Premium', authorizationsInUse: 1 }), gatewayRow('gw'), connectionRow('c', 'gw', 'er-p')]);
    const [f] = findingsOf(s, 'ERS-SKU-002', 'er-p');
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/redeemed authorization/);
    expect(costOf(s, 'er-p').recommendation).toBeNull();
  });
});

describe('gateways', () => {
  it('a gateway with no connections is deleted, not given a second circuit', () => {
    const s = scan([gatewayRow('gw-unused')]);
    expect(findingsOf(s, 'ERS-RED-001')).toEqual([]);
    const [f] = findingsOf(s, 'ERS-COST-005', 'gw-unused');
    expect(f.costImpactUsd).toBe(-263.53); // ErGw1AZ $0.361/h × 730 h
  });

  it('a single-location gateway is told what the second circuit costs', () => {
    const s = scan([circuitRow('er-a', { bandwidthMbps: 500, tier: 'Premium' }), gatewayRow('gw'), connectionRow('c', 'gw', 'er-a')]);
    const [f] = findingsOf(s, 'ERS-RED-001', 'gw');
    // er-a is Premium but nothing needs it (ERS-SKU-002): the second circuit is Standard, Metered 500 Mbps in Zone 1
    expect(f.costImpactUsd).toBe(290);
    expect(f.message).toMatch(/one more 500 Mbps Standard Metered circuit in a second peering location, priced in Zone 1/);
    expect(findingsOf(s, 'ERS-SKU-002', 'er-a')).toHaveLength(1);
  });
  it('a 500 Mbps Local circuit (ERS-SKU-005: Local is 1 to 10 Gbps) gets a second Local circuit of 1 Gbps, as priced', () => {
    const s = scan([circuitRow('er-l', { bandwidthMbps: 500, tier: 'Local', family: 'UnlimitedData' }), gatewayRow('gw'), connectionRow('c', 'gw', 'er-l')]);
    const [f] = findingsOf(s, 'ERS-RED-001', 'gw');
    expect(f.message).toContain('one more 1 Gbps Local Unlimited circuit');
    expect(f.costImpactUsd).toBe(1200);
    expect(findingsOf(s, 'ERS-SKU-005', 'er-l')).toHaveLength(1);
  });
  it('a Local circuit whose region no other peering location serves with Local gets a Standard second circuit, never a Local one ERS-SKU-004 would fail', () => {
    // Japan West is the Local region of Osaka only: a second Local circuit elsewhere could not reach it.
    const s = scan([circuitRow('er-osa', { location: 'Osaka', region: 'japanwest', tier: 'Local', family: 'UnlimitedData' }), gatewayRow('gw-jpw', 'japanwest'), connectionRow('c', 'gw-jpw', 'er-osa', 'japanwest')]);
    const [f] = findingsOf(s, 'ERS-RED-001', 'gw-jpw');
    expect(f.message).toContain('one more 1 Gbps Standard Unlimited circuit in a second peering location');
    expect(f.message).toContain('no other peering location offers ExpressRoute Local for Japan West');
    expect(f.costImpactUsd).toBe(8700); // Standard Unlimited 1 Gbps, Zone 2
    // Where another location offers Local for the region (Sao Paulo2, Campinas for Brazil South), the second circuit stays Local.
    const brs = scan([circuitRow('er-sao', { location: 'Sao Paulo', region: 'brazilsouth', tier: 'Local', family: 'UnlimitedData' }), gatewayRow('gw-brs', 'brazilsouth'), connectionRow('c', 'gw-brs', 'er-sao', 'brazilsouth')]);
    expect(findingsOf(brs, 'ERS-RED-001', 'gw-brs')[0].message).toContain('one more 1 Gbps Local Unlimited circuit');
  });
  it('a Local circuit behind a gateway whose region is not known: a Standard second circuit, saying why, never "undefined"', () => {
    const gw = gatewayRow('gw-x');
    delete gw.location;
    const s = scan([circuitRow('er-osa', { location: 'Osaka', region: 'japanwest', tier: 'Local', family: 'UnlimitedData' }), gw, connectionRow('c', 'gw-x', 'er-osa', 'japanwest')]);
    const text = findingsOf(s, 'ERS-RED-001', 'gw-x').map((f) => f.message).join('\n');
    expect(text).not.toMatch(/undefined|none only/);
    expect(text).toContain("one more 1 Gbps Standard Unlimited circuit in a second peering location: the gateway's region is not known, so whether another peering location offers ExpressRoute Local for it is not known either: Standard");
  });
  it('a circuit that needs Premium (its gateway is in another geopolitical region) gets a Premium second circuit', () => {
    const s = scan([circuitRow('er-p', { bandwidthMbps: 500, tier: 'Premium' }), gatewayRow('gw-us', 'eastus'), connectionRow('c', 'gw-us', 'er-p', 'eastus')]);
    const [f] = findingsOf(s, 'ERS-RED-001', 'gw-us');
    expect(f.message).toMatch(/one more 500 Mbps Premium Metered circuit in a second peering location, priced in Zone 1/);
    expect(f.costImpactUsd).toBe(690); // 500 Mbps Metered $290 + Premium add-on $400
    expect(findingsOf(s, 'ERS-SKU-002', 'er-p')).toEqual([]);
  });
});

describe('ERS-RED-001: a circuit the estate already has elsewhere (bow-tie)', () => {
  // Two hubs, Amsterdam and Dublin circuits; gw-weu has lost its Dublin connection, gw-neu keeps both.
  const rows = (dub: Parameters<typeof circuitRow>[1] = {}) => [
    circuitRow('er-ams'),
    circuitRow('er-dub', { location: 'Dublin', region: 'northeurope', ...dub }),
    gatewayRow('gw-weu'),
    gatewayRow('gw-neu', 'northeurope'),
    connectionRow('c-weu-ams', 'gw-weu', 'er-ams'),
    connectionRow('c-neu-dub', 'gw-neu', 'er-dub', 'northeurope'),
    connectionRow('c-neu-ams', 'gw-neu', 'er-ams', 'northeurope'),
  ];
  it('is connected, at no cost, instead of buying a second circuit', () => {
    const [f] = findingsOf(scan(rows()), 'ERS-RED-001', 'gw-weu');
    expect(f.status).not.toBe('unknown');
    expect(f.message).toContain('connect er-dub (Dublin), which the inventory already has in another peering location and which can serve it as it is; no new circuit');
    expect(f.costImpactUsd).toBe(0);
    expect(findingsOf(scan(rows()), 'ERS-RED-001', 'gw-neu')).toEqual([]);
  });
  it('is not offered when it has no link to spare, or is in another geopolitical region', () => {
    const full = [...rows(), ...vnetLinks('er-dub', 9, 'northeurope')]; // 10 links: Standard's limit
    expect(findingsOf(scan(full), 'ERS-RED-001', 'gw-weu')[0].message).toContain('one more 1 Gbps Standard Metered circuit');
    const far = [circuitRow('er-ams'), circuitRow('er-nyc', { location: 'New York', region: 'eastus', tier: 'Premium' }), gatewayRow('gw-weu'), gatewayRow('gw-eus', 'eastus'), connectionRow('c1', 'gw-weu', 'er-ams'), connectionRow('c2', 'gw-eus', 'er-nyc', 'eastus'), connectionRow('c3', 'gw-eus', 'er-ams', 'eastus')];
    expect(findingsOf(scan(far), 'ERS-RED-001', 'gw-weu')[0].message).toContain('one more 1 Gbps');
  });
  it('an idle circuit (ERS-COST-003: delete it) is offered, and the message says it is then kept', () => {
    const s = scan([circuitRow('er-ams'), circuitRow('er-dub', { location: 'Dublin', region: 'northeurope' }), gatewayRow('gw-weu'), connectionRow('c-weu-ams', 'gw-weu', 'er-ams')]);
    expect(findingsOf(s, 'ERS-RED-001', 'gw-weu')[0].message).toContain('connect er-dub (Dublin), which the inventory already has in another peering location and which can serve it as it is; no new circuit, and er-dub, which carries nothing now (ERS-COST-003), is then kept rather than deleted');
    expect(findingsOf(s, 'ERS-COST-003', 'er-dub')).toHaveLength(1);
  });
  it('is offered to no more gateways than it has links left', () => {
    // er-dub has 9 of Standard's 10 links in use: one more gateway can take it, the second needs a circuit of its own.
    const two = [...rows(), ...vnetLinks('er-dub', 8, 'northeurope'), gatewayRow('gw-weu2'), connectionRow('c-weu2-ams', 'gw-weu2', 'er-ams')];
    const s = scan(two);
    expect(findingsOf(s, 'ERS-RED-001', 'gw-weu')[0].message).toContain('connect er-dub (Dublin)');
    expect(findingsOf(s, 'ERS-RED-001', 'gw-weu2')[0].message).toContain('one more 1 Gbps Standard Metered circuit');
  });
  it('is not offered when it is not provisioned at the provider', () => {
    expect(findingsOf(scan(rows({ state: 'NotProvisioned' })), 'ERS-RED-001', 'gw-weu')[0].message).toContain('one more 1 Gbps Standard Metered circuit');
  });
  it('is not offered when whether its private peering is enabled is not known (the row does not carry its state)', () => {
    const noState = rows();
    const dub = noState.find((r) => r.name === 'er-dub') as { properties: { peerings: { properties: Record<string, unknown> }[] } };
    delete dub.properties.peerings[0].properties.state;
    const [f] = findingsOf(scan(noState), 'ERS-RED-001', 'gw-weu');
    expect(f.message).not.toContain('connect er-dub');
    expect(f.message).toContain('one more 1 Gbps Standard Metered circuit');
  });
});

describe('templates are partial views: not decidable from these files', () => {
  const asTemplate = (inv: ReturnType<typeof inventoryOf>) => {
    for (const r of inv.byKey.values()) r.source = { kind: 'arm', file: 'main.json', line: 1, column: 1 };
    return inv;
  };

  it('a gateway module with no connection is neither "served by no circuits" nor idle', () => {
    const s = scan(asTemplate(inventoryOf([gatewayRow('gw-mod')])));
    const red = findingsOf(s, 'ERS-RED-001', 'gw-mod');
    expect(red).toHaveLength(1);
    expect(red[0]).toMatchObject({ status: 'unknown' });
    expect(red[0].message).toMatch(/not decidable from these files/);
    const cost = findingsOf(s, 'ERS-COST-005', 'gw-mod');
    expect(cost[0]).toMatchObject({ status: 'unknown' });
    expect(cost[0].message).toMatch(/not decidable from these files/);
  });

  it('a Premium circuit in a template: its need for Premium is not decidable, so no advice to drop it', () => {
    const s = scan(asTemplate(inventoryOf([circuitRow('er-p', { tier: 'Premium' }), gatewayRow('gw'), connectionRow('c', 'gw', 'er-p')])));
    expect(findingsOf(s, 'ERS-SKU-002', 'er-p')[0]).toMatchObject({ status: 'unknown' });
    expect(costOf(s, 'er-p').recommendation).toBeNull();
  });

  it('a connection in the files that needs Premium is a failure all the same', () => {
    const s = scan(asTemplate(inventoryOf([circuitRow('er-s'), gatewayRow('gw', 'eastus'), connectionRow('c', 'gw', 'er-s', 'eastus')])));
    const [f] = findingsOf(s, 'ERS-SKU-003', 'er-s');
    expect(f.status).toBeUndefined();
    expect(f.costImpactUsd).toBe(750);
  });

  it('an unknown field is named with its reason, never given a value', () => {
    const inv = asTemplate(inventoryOf([circuitRow('er-u'), gatewayRow('gw', 'eastus'), connectionRow('c', 'gw', 'er-u', 'eastus')]));
    const c = inv.circuits[0];
    c.tier = undefined;
    c.skuName = undefined;
    c.unknown = { tier: 'from parameter skuTier, which has no value here' };
    const s = scan(inv);
    const [f] = findingsOf(s, 'ERS-SKU-003', 'er-u');
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/`tier` is not known \(from parameter skuTier, which has no value here\)/);
    expect(costOf(s, 'er-u')).toMatchObject({ priced: 'none', monthlyUsd: { current: null } });
    expect(costOf(s, 'er-u').notes!.join()).toMatch(/`tier` is not known \(from parameter skuTier, which has no value here\): not priced/);
  });
});

describe('the analysis is a pure function of the inventory, memoised per inventory object', () => {
  it('returns the same object for the same inventory and traffic, a new one per world', () => {
    const inv = inventoryOf([circuitRow('er-w'), gatewayRow('gw', 'eastus'), connectionRow('c', 'gw', 'er-w', 'eastus')]);
    expect(analyse(inv)).toBe(analyse(inv));
    inv.circuits[0].tier = undefined;
    inv.circuits[0].skuName = undefined;
    inv.circuits[0].possible = { tier: { values: ['Standard', 'Premium'], from: 'parameter skuTier (allowedValues)' } };
    const worlds = worldsOf(inv)!;
    expect(worlds).toHaveLength(2);
    const verdicts = worlds.map((w) => {
      const a = analyse(w.inventory);
      expect(a).not.toBe(analyse(inv));
      const c = a.circuit(w.inventory.circuits[0]);
      return `${c.tier}:${c.needs.requiredTier ?? '-'}`;
    });
    expect(verdicts.sort()).toEqual(['Premium:-', 'Standard:Premium']);
  });

  it('prices each world and gives the range where a template value has several possible values', () => {
    const inv = inventoryOf([circuitRow('er-w', { family: 'UnlimitedData' })]);
    inv.circuits[0].tier = undefined;
    inv.circuits[0].skuName = undefined;
    inv.circuits[0].possible = { tier: { values: ['Standard', 'Premium'], from: 'parameter skuTier (allowedValues)' } };
    const s = scan(inv);
    const c = costOf(s, 'er-w');
    expect(c.monthlyUsd.current).toBeNull();
    expect(c.monthlyUsdRange).toEqual({ min: 5700, max: 6450 }); // Standard / Premium Unlimited 1 Gbps Zone 1
    expect(c.notes!.join()).toMatch(/`tier` is one of Standard, Premium \(parameter skuTier \(allowedValues\)\)/);
  });
});

describe('Direct circuits', () => {
  it('are priced in part when Premium (the Direct add-on is not published), and the advice to drop it stands with an unknown saving', () => {
    const s = scan([portRow('p1'), circuitRow('d1', { port: 'p1', tier: 'Premium', family: 'UnlimitedData' }), gatewayRow('gw', 'northeurope'), connectionRow('c', 'gw', 'd1', 'northeurope')]);
    const c = costOf(s, 'd1');
    expect(c).toMatchObject({ priced: 'partial', missing: ['Premium add-on on ExpressRoute Direct'] });
    expect(c.recommendation).toMatchObject({ kind: 'remove-premium', tier: 'Standard', monthlySavingsUsd: null });
    const [f] = findingsOf(s, 'ERS-SKU-002', 'd1');
    expect(f.costImpactUsd).toBeNull();
    expect(s.cost.totals).toMatchObject({ atLeast: true, partlyPriced: 1 });
  });
});

describe('the cost of compliance of a gateway resize (ERS-SKU-006)', () => {
  it('prices the next SKU of the same family that carries the circuit where the gateway stays in its family (an Extended Zone)', () => {
    const gw = { ...gatewayRow('gw-legacy', 'westeurope', 'Standard'), extendedLocation: { name: 'losangeles', type: 'EdgeZone' } };
    const s = scan([circuitRow('er-2g', { bandwidthMbps: 2000 }), gw, connectionRow('c', 'gw-legacy', 'er-2g')]);
    const [f] = findingsOf(s, 'ERS-SKU-006', 'gw-legacy');
    // HighPerformance $0.49/h − Standard $0.19/h, × 730 h (both observed in brazilsouth: marked unverified in the cost view)
    expect(f.costImpactUsd).toBe(219);
    expect(f.costImpactChange).toBe('resize-to-HighPerformance');
    expect(findingsOf(s, 'ERS-RED-004', 'gw-legacy')).toEqual([]);
  });
  it('moves a legacy gateway that ERS-RED-004 fails to a zone-redundant SKU, one change for both findings', () => {
    const s = scan([circuitRow('er-2g', { bandwidthMbps: 2000 }), gatewayRow('gw-legacy', 'westeurope', 'Standard'), connectionRow('c', 'gw-legacy', 'er-2g')]);
    const [f] = findingsOf(s, 'ERS-SKU-006', 'gw-legacy');
    const [r] = findingsOf(s, 'ERS-RED-004', 'gw-legacy');
    // ErGw2AZ (no price in the catalogue) or ErGwScale with 2 scale units: which is cheaper is not known
    expect(f).toMatchObject({ costImpactUsd: null, costImpactChange: 'resize-to-ErGw2AZ' });
    expect(r).toMatchObject({ costImpactUsd: null, costImpactChange: 'resize-to-ErGw2AZ' });
  });
  it('says the price is not known when the catalogue has none (ErGw2AZ)', () => {
    const s = scan([circuitRow('er-2g', { bandwidthMbps: 2000 }), gatewayRow('gw-az', 'westeurope', 'ErGw1AZ'), connectionRow('c', 'gw-az', 'er-2g')]);
    expect(findingsOf(s, 'ERS-SKU-006', 'gw-az')[0].costImpactUsd).toBeNull();
  });
  it('sizes ErGwScale in 1-Gbps scale units, billed at least at the catalogue minimum', () => {
    const s = scan([circuitRow('er-5g', { bandwidthMbps: 5000 }), gatewayRow('gw-scale', 'westeurope', 'ErGwScale', { autoScaleConfiguration: { bounds: { min: 1, max: 2 } } }), connectionRow('c', 'gw-scale', 'er-5g')]);
    const [f] = findingsOf(s, 'ERS-SKU-006', 'gw-scale');
    // 5 units × $0.21 × 730 − 2 billed units × $0.21 × 730
    expect(f.costImpactUsd).toBe(Math.round((5 - 2) * 0.21 * 730 * 100) / 100);
  });
});

describe('a scan without a cost estimate', () => {
  it('reports no cost of compliance rather than a missing price', () => {
    const inv = inventoryOf([circuitRow('er-s'), gatewayRow('gw', 'eastus'), connectionRow('c', 'gw', 'er-s', 'eastus'), gatewayRow('gw-unused')]);
    const { findings } = runRules(inv, builtinRules());
    const sku003 = findings.find((f) => f.ruleId === 'ERS-SKU-003')!;
    expect(sku003).toBeDefined();
    expect('costImpactUsd' in sku003).toBe(false);
    expect(findings.filter((f) => 'costImpactUsd' in f)).toEqual([]);
  });
});

describe('three-valued gateway and port checks', () => {
  it('a gateway SKU a template leaves unknown makes ERS-SKU-006 and ERS-SKU-007 undecided, naming why', () => {
    const inv = inventoryOf([circuitRow('er-2g', { bandwidthMbps: 2000 }), gatewayRow('gw', 'westeurope', 'ErGw1AZ'), connectionRow('c', 'gw', 'er-2g')]);
    const g = inv.gateways[0];
    g.skuName = undefined;
    g.skuTier = undefined;
    g.unknown = { skuName: 'from parameter gatewaySku, which has no value here' };
    const s = scan(inv);
    const [sku006] = findingsOf(s, 'ERS-SKU-006', 'gw');
    expect(sku006).toMatchObject({ status: 'unknown' });
    expect(sku006.message).toMatch(/`skuName` is not known \(from parameter gatewaySku, which has no value here\)/);
    expect(s.cost.otherCosts.find((o) => o.resourceName === 'gw')).toMatchObject({ priced: 'none', monthlyUsd: null });
    inv.connections[0].fastPath = true; // FastPath needs UltraPerformance, ErGw3AZ or enough ErGwScale units: undecided
    expect(findingsOf(scan(inv), 'ERS-SKU-007', 'c')[0]).toMatchObject({ status: 'unknown' });
  });
  it('a circuit bandwidth left unknown makes ERS-SKU-006 undecided when the known ones fit', () => {
    const inv = inventoryOf([circuitRow('er-x'), gatewayRow('gw', 'westeurope', 'ErGw1AZ'), connectionRow('c', 'gw', 'er-x')]);
    inv.circuits[0].bandwidthMbps = undefined;
    inv.circuits[0].unknown = { bandwidthMbps: 'from parameter bandwidth, which has no value here' };
    expect(findingsOf(scan(inv), 'ERS-SKU-006', 'gw')[0]).toMatchObject({ status: 'unknown' });
  });
});

/** A region or peering location erscan's tables do not hold (a new Azure region such as Chile Central): the reach is undecided, never passed. */
describe('reach to a place whose geopolitical region erscan does not know', () => {
  const rows = (tier: string, family = 'MeteredData') => [circuitRow('er-x', { tier, family }), gatewayRow('gw-new', 'newregioncentral'), connectionRow('c1', 'gw-new', 'er-x', 'newregioncentral')];

  it('a Standard circuit: ERS-SKU-003 is undecided, naming the gateway (as ERS-SKU-002 is for Premium)', () => {
    const [f] = findingsOf(scan(rows('Standard')), 'ERS-SKU-003', 'er-x');
    expect(f.status).toBe('unknown');
    expect(f.message).toContain('undecided: the geopolitical region of gateway gw-new (newregioncentral) is not known');
    expect(findingsOf(scan(rows('Premium')), 'ERS-SKU-002', 'er-x')[0].status).toBe('unknown');
  });

  it('a Standard circuit at a peering location erscan does not know: undecided', () => {
    const s = scan([circuitRow('er-y', { location: 'Atlantis' }), gatewayRow('gw-eus', 'eastus'), connectionRow('c1', 'gw-eus', 'er-y', 'eastus')]);
    expect(findingsOf(s, 'ERS-SKU-003', 'er-y')[0]).toMatchObject({ status: 'unknown' });
  });

  it('a Local circuit needs at least Standard, and its advice and finding say Premium may be needed too', () => {
    const s = scan(rows('Local', 'UnlimitedData'));
    const [f] = findingsOf(s, 'ERS-SKU-004', 'er-x');
    expect(f.status).toBeUndefined();
    expect(f.message).toContain('or upgrade to at least Standard (Premium too if it reaches beyond its geopolitical region; undecided: the geopolitical region of gateway gw-new (newregioncentral) is not known)');
    const c = costOf(s, 'er-x');
    expect(c.premiumNeeded).toBeNull();
    expect(c.recommendation).toMatchObject({ kind: 'upgrade-from-local', tier: 'Standard', required: true });
    expect(c.recommendation?.reason).toContain('so it needs at least Standard (Premium too if it reaches beyond its geopolitical region; undecided: the geopolitical region of gateway gw-new (newregioncentral) is not known)');
  });

  it('a Local circuit whose reach is known keeps its plain advice', () => {
    const s = scan([circuitRow('er-l', { tier: 'Local', family: 'UnlimitedData' }), gatewayRow('gw-neu', 'northeurope'), connectionRow('c1', 'gw-neu', 'er-l', 'northeurope')]);
    expect(costOf(s, 'er-l').recommendation?.reason).toContain('so it needs Standard.');
  });
});
