import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/load.js';
import type { Finding } from '../../src/findings/model.js';
import { loadCatalogue } from '../../src/pricing/catalogue.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import type { CircuitCost, FixKind } from '../../src/pricing/model.js';
import type { UsageData } from '../../src/pricing/usage.js';
import { complianceTotals } from '../../src/reporters/cost-text.js';
import type { ScanResult } from '../../src/scan/result.js';
import { scanSources } from '../../src/scan/run.js';
import type { SourceOutput } from '../../src/sources/types.js';
import { generateEstate, toSnapshot } from '../../src/testing/synthetic.js';

/**
 * One story, as an invariant over many estates: for every resource of a scan, the findings, the cost view's advice,
 * the cost of compliance ("Fixing every high finding adds …") and the potential savings never contradict each
 * other, and every total is the sum of what it totals. Estates: arbitrary Resource Graph rows (tiers, billing models,
 * bandwidths, peering locations and gateway regions across geopolitical regions, Global Reach, Microsoft peering,
 * redeemed authorizations, idle and unprovisioned circuits, Direct ports, several subscriptions and declared egress),
 * and the synthetic estate of several seeds. Fixed seeds: the same estates at every run.
 */

const NOW = new Date('2026-11-01T00:00:00Z');
const catalogue = loadCatalogue();
const RANK: Record<string, number> = { Local: 0, Basic: 1, Standard: 1, Premium: 2 };
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Every contradiction of one scan, as text (empty: one story). */
/** A delete finding another finding's fix keeps, at $0 (src/findings/kept.ts): priced by the finding that keeps it. */
const KEPT = new Set(['connect', 'provision-circuit', 'migrate']);

function contradictions(result: ScanResult): string[] {
  const P: string[] = [];
  const cost = result.cost!;
  const open = result.findings.filter((f) => !f.suppression);
  const byResource = new Map<string, Finding[]>();
  for (const f of open) {
    const k = f.resourceId.toLowerCase();
    byResource.set(k, [...(byResource.get(k) ?? []), f]);
  }
  const on = (id: string, rule: string) => (byResource.get(id.toLowerCase()) ?? []).filter((f) => f.ruleId === rule);
  const failing = (id: string, rule: string) => on(id, rule).filter((f) => f.status !== 'unknown');
  const undecided = (id: string, rule: string) => on(id, rule).filter((f) => f.status === 'unknown');

  for (const c of cost.costs) {
    const r = c.recommendation;
    const n = c.resourceName;
    const changes = r?.changes ?? (r?.kind ? [r.kind] : []);
    const deletes = changes.includes('delete-unused') || changes.includes('delete-unprovisioned');
    const dropPremium = failing(c.resourceId, 'ERS-SKU-002');
    const needPremium = [...failing(c.resourceId, 'ERS-SKU-003'), ...(c.tier !== 'Premium' ? failing(c.resourceId, 'ERS-SKU-009') : [])];
    const beyondLocal = failing(c.resourceId, 'ERS-SKU-004');
    // (A finding another finding's fix keeps — `connect`, `provision-circuit`, `migrate`, src/findings/kept.ts — no longer deletes it.)
    const deleting = [...failing(c.resourceId, 'ERS-COST-001'), ...failing(c.resourceId, 'ERS-COST-003')].filter((f) => f.costImpactChange === undefined || f.costImpactChange === 'delete');
    const kept = on(c.resourceId, 'ERS-COST-001').concat(on(c.resourceId, 'ERS-COST-003')).filter((f) => KEPT.has(f.costImpactChange ?? ''));
    if (kept.length && (changes.includes('delete-unused') || changes.includes('delete-unprovisioned'))) P.push(`${n}: ${kept[0].ruleId} keeps it (${kept[0].costImpactChange}), the advice deletes it`);
    if (dropPremium.length && needPremium.length) P.push(`${n}: ERS-SKU-002 drops Premium, ${needPremium[0].ruleId} needs it`);
    // A finding that changes the circuit has its advice (deleting it settles every other change). Not checked yet: a
    // Local circuit on an ExpressRoute Direct port that must become Standard, which the estimate does not advise (what
    // Local and Standard cost on a Direct port, egress included, is not established in its sources).
    if (c.monthlyUsd.current !== null && !(c.isDirect && c.tier === 'Local')) {
      if (dropPremium.length && !deletes && !(r && RANK[r.tier] < RANK.Premium)) P.push(`${n}: ERS-SKU-002 drops Premium, the advice is ${r ? `${r.tier} (${changes})` : 'none'}`);
      if (needPremium.length && !deletes && !(r?.tier === 'Premium' && r.required)) P.push(`${n}: ${needPremium[0].ruleId} needs Premium, the advice is ${r ? `${r.tier} (${changes})` : 'none'}`);
      if (beyondLocal.length && !deletes && !(r && RANK[r.tier] >= RANK.Standard && r.required)) P.push(`${n}: ERS-SKU-004 needs Standard, the advice is ${r ? `${r.tier} (${changes})` : 'none'}`);
      if (deleting.length && !deletes) P.push(`${n}: ${deleting[0].ruleId} deletes it, the advice is ${r ? changes.join(' and ') : 'none'}`);
    }
    if (r) {
      // Advice a finding does not back, or forbids.
      if (deletes && !deleting.length) P.push(`${n}: the advice deletes it, no finding does`);
      if (changes.includes('remove-premium') && !dropPremium.length) P.push(`${n}: the advice drops Premium, ERS-SKU-002 ${undecided(c.resourceId, 'ERS-SKU-002').length ? 'is undecided' : 'does not'}`);
      if (changes.includes('move-to-local')) for (const rule of ['ERS-SKU-003', 'ERS-SKU-004', 'ERS-SKU-009', 'ERS-COST-004']) if (on(c.resourceId, rule).length) P.push(`${n}: the advice moves it to Local beside ${rule}`);
      // (An undecided ERS-SKU-003 leaves the tier open: advice that keeps a Standard circuit Standard, switching its plan in place, decides nothing about it.)
      if (!deletes && RANK[r.tier] < RANK.Premium && (needPremium.length || (on(c.resourceId, 'ERS-SKU-003').length && r.tier !== c.tier))) P.push(`${n}: the advice is ${r.tier} beside ERS-SKU-003`);
      if (changes.includes('switch-to-unlimited') && deleting.length) P.push(`${n}: the advice switches to Unlimited a circuit a finding deletes`);
      if (r.required && !(needPremium.length || beyondLocal.length || failing(c.resourceId, 'ERS-SKU-009').length)) P.push(`${n}: a required advice (${changes}) that no finding requires`);
      if (changes.includes('delete-unused') && undecided(c.resourceId, 'ERS-COST-003').length) P.push(`${n}: an undecided ERS-COST-003 beside the advice to delete it`);
      if (deletes && r.monthlySavingsUsd !== null && r.monthlySavingsUsd !== c.monthlyUsd.current) P.push(`${n}: deleting saves ${r.monthlySavingsUsd}, its bill is ${c.monthlyUsd.current}`);
      // An advice of one change is that change as fixCosts prices it, to the cent; steps add up (two rounded figures: a cent).
      if (!deletes && r.monthlySavingsUsd !== null && changes.length) {
        const steps = changes.map((k) => c.fixCosts?.[k as FixKind]);
        const unverified = c.bandwidthMbps === 100 && c.zone === 'Zone 1'; // the catalogue's unverified $110 (docs/pricing.md)
        if (steps.every((v): v is number => typeof v === 'number') && !unverified) {
          const total = round2(-steps.reduce((a, b) => a + b, 0));
          if (Math.abs(total - r.monthlySavingsUsd) > (steps.length === 1 ? 0 : 0.015)) P.push(`${n}: the advice saves ${r.monthlySavingsUsd}, its steps (${changes}) ${total}`);
        }
      }
    }
    // A finding's price is the estimate's for that change.
    for (const f of byResource.get(c.resourceId.toLowerCase()) ?? []) {
      const k = f.costImpactChange;
      if (k === undefined || f.costImpactUsd === undefined || KEPT.has(k) || k === 'add-circuit' || k === 'disable-global-reach') continue;
      const fix = c.fixCosts?.[k as FixKind];
      if (fix === undefined ? f.costImpactUsd !== null : fix !== f.costImpactUsd) P.push(`${n}: ${f.ruleId} prices ${k} at ${f.costImpactUsd}, the estimate at ${fix}`);
      if (k === 'delete' && typeof f.costImpactUsd === 'number' && f.costImpactUsd !== -(c.monthlyUsd.current ?? NaN)) P.push(`${n}: ${f.ruleId} deletes it for ${f.costImpactUsd}, its bill is ${c.monthlyUsd.current}`);
    }
    for (const [rule, kind] of [['ERS-COST-101', 'switch-to-unlimited'], ['ERS-COST-102', 'new-metered-circuit'], ['ERS-COST-103', 'move-to-local']])
      if (failing(c.resourceId, rule).length && !changes.includes(kind as never)) P.push(`${n}: ${rule} without the advice ${kind}`);
  }
  // Gateways and ports: one deleted is not also resized, nor given a second circuit.
  for (const o of cost.otherCosts) {
    const fs = (byResource.get(o.resourceId.toLowerCase()) ?? []).filter((f) => f.status !== 'unknown');
    const del = fs.filter((f) => f.costImpactChange === 'delete');
    const other = fs.filter((f) => f.costImpactChange !== undefined && f.costImpactChange !== 'delete');
    if (del.length && other.length) P.push(`${o.resourceName}: ${del[0].ruleId} deletes it, ${other[0].ruleId} changes it (${other[0].costImpactChange})`);
    for (const f of del) if (typeof f.costImpactUsd === 'number' && o.monthlyUsd !== null && f.costImpactUsd !== -o.monthlyUsd) P.push(`${o.resourceName}: ${f.ruleId} deletes it for ${f.costImpactUsd}, its bill is ${o.monthlyUsd}`);
    // The cost view advises deleting exactly what ERS-COST-005/006 delete, for what the finding says it saves.
    const deleting = del.filter((f) => f.ruleId === 'ERS-COST-005' || f.ruleId === 'ERS-COST-006');
    const advice = o.recommendation;
    if (deleting.length && !advice) P.push(`${o.resourceName}: ${deleting[0].ruleId} deletes it, the cost view does not advise it`);
    if (advice && !deleting.length) P.push(`${o.resourceName}: the cost view deletes it, no finding does`);
    if (advice && deleting.length && (deleting[0].costImpactUsd === null ? advice.monthlySavingsUsd !== null : advice.monthlySavingsUsd !== -(deleting[0].costImpactUsd ?? NaN)))
      P.push(`${o.resourceName}: ${deleting[0].ruleId} saves ${deleting[0].costImpactUsd}, the advice ${advice.monthlySavingsUsd}`);
  }
  // A circuit ERS-RED-001 connects is kept: neither the advice nor ERS-COST-003 deletes it.
  for (const f of open) {
    if (f.ruleId !== 'ERS-RED-001' || f.status === 'unknown') continue;
    const m = /connect (.+?), which the inventory already has/.exec(f.message);
    if (!m) continue;
    for (const c of cost.costs.filter((x) => m[1].includes(`${x.resourceName} (`))) {
      if (c.recommendation?.changes?.includes('delete-unused')) P.push(`${c.resourceName}: ERS-RED-001 connects it to ${f.resourceName}, the advice deletes it`);
      if (c.waste) P.push(`${c.resourceName}: ERS-RED-001 connects it to ${f.resourceName}, the cost view calls it waste`);
      if (failing(c.resourceId, 'ERS-COST-003').some((x) => x.costImpactChange === 'delete')) P.push(`${c.resourceName}: ERS-RED-001 connects it, ERS-COST-003 deletes it`);
    }
  }
  // Totals are sums: the estate's of its resources, the subscriptions' and tenants' of the estate's.
  const sum = round2([...cost.costs.map((c) => c.monthlyUsd.current), ...cost.otherCosts.map((o) => o.monthlyUsd)].reduce<number>((a, v) => a + (v ?? 0), 0));
  if (sum !== cost.totals.monthlyUsd) P.push(`the total ${cost.totals.monthlyUsd} is not the sum of the resources ${sum}`);
  const required = (c: CircuitCost) => {
    const fix = c.fixCosts?.[c.tier === 'Local' ? 'upgrade-from-local' : 'add-premium'];
    return c.recommendation?.required && typeof fix === 'number' ? fix : 0;
  };
  // (Deleting a gateway or Direct port that carries nothing saves its bill: counted too.)
  const savings = round2(
    cost.costs.reduce((a, c) => a + Math.max(0, (c.recommendation?.monthlySavingsUsd ?? 0) + required(c)), 0) + cost.otherCosts.reduce((a, o) => a + Math.max(0, o.recommendation?.monthlySavingsUsd ?? 0), 0),
  );
  if (savings !== cost.totals.potentialSavingsUsd) P.push(`potential savings ${cost.totals.potentialSavingsUsd}, the advice beyond required changes ${savings}`);
  const notFull = [...cost.costs, ...cost.otherCosts].filter((x) => x.priced !== 'full').length + result.coverage.gaps.length;
  if ((notFull > 0) !== (cost.totals.atLeast === true)) P.push(`"at least" is ${cost.totals.atLeast} with ${notFull} resource(s) not fully priced or input(s) not read`);
  for (const [by, groups] of [['subscription', cost.bySubscription], ['tenant', cost.byTenant]] as const) {
    const monthly = round2((groups ?? []).reduce((a, g) => a + g.monthlyUsd, 0));
    const saved = round2((groups ?? []).reduce((a, g) => a + g.potentialSavingsUsd, 0));
    const slack = 0.005 * (groups?.length ?? 0) + 0.001;
    if (Math.abs(monthly - cost.totals.monthlyUsd) > slack) P.push(`by ${by}: ${monthly} a month, the estate ${cost.totals.monthlyUsd}`);
    if (Math.abs(saved - cost.totals.potentialSavingsUsd) > slack) P.push(`by ${by}: ${saved} of potential savings, the estate ${cost.totals.potentialSavingsUsd}`);
  }
  // The cost of compliance counts each decided, open change once, and a deleted resource's delete alone.
  for (const t of complianceTotals(result.findings)) {
    const fs = open.filter((f) => f.severity === t.severity && f.status !== 'unknown' && f.costImpactUsd !== undefined);
    const deleted = new Set(fs.filter((f) => f.costImpactChange === 'delete').map((f) => f.resourceId.toLowerCase()));
    const seen = new Map<string, number | null>();
    for (const f of fs) {
      const k = f.resourceId.toLowerCase();
      if (deleted.has(k) && f.costImpactChange !== 'delete') continue;
      const key = `${k}|${f.costImpactChange ?? f.ruleId}`;
      if (seen.has(key) && seen.get(key) !== f.costImpactUsd) P.push(`${f.resourceName}: two findings price ${f.costImpactChange} at ${seen.get(key)} and ${f.costImpactUsd}`);
      if (!seen.has(key)) seen.set(key, f.costImpactUsd!);
    }
    const usd = round2([...seen.values()].reduce<number>((a, v) => a + (v ?? 0), 0));
    if (usd !== t.usd) P.push(`fixing every ${t.severity} finding: ${t.usd}, its changes ${usd}`);
  }
  return P;
}

// ---- arbitrary estates of Resource Graph rows ----

const SUBS = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-0000000000a3'];
const TENANTS = ['10000000-0000-4000-8000-0000000000a1', '10000000-0000-4000-8000-0000000000a2'];
const net = (sub: number) => `/subscriptions/${SUBS[sub]}/resourceGroups/rg/providers/Microsoft.Network`;
const LOCATIONS = ['Amsterdam', 'Amsterdam2', 'Dublin', 'London', 'Frankfurt', 'Silicon Valley', 'Washington DC', 'Sao Paulo', 'Tokyo', 'Amsterdam Metro', 'Lagos'];
const REGIONS = ['westeurope', 'northeurope', 'uksouth', 'germanywestcentral', 'westus', 'eastus', 'brazilsouth', 'japaneast', 'southeastasia'];

const circuitArb = fc.record({
  sub: fc.integer({ min: 0, max: SUBS.length - 1 }),
  tier: fc.constantFrom('Local', 'Standard', 'Standard', 'Premium', 'Premium'),
  family: fc.constantFrom('MeteredData', 'UnlimitedData'),
  location: fc.constantFrom(...LOCATIONS),
  mbps: fc.constantFrom(50, 100, 200, 500, 1000, 2000, 10000),
  state: fc.constantFrom('Provisioned', 'Provisioned', 'Provisioned', 'NotProvisioned'),
  microsoftPeering: fc.boolean(),
  privatePeering: fc.constantFrom('Enabled', 'Enabled', 'Enabled', 'Disabled', 'none'),
  authorizationsInUse: fc.constantFrom(0, 0, 0, 1),
  globalReachTo: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.nat(), weight: 1 }),
  globalReachEnabled: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.boolean(), weight: 1 }),
  egress: fc.option(fc.constantFrom(0, 800, 5000, 40000, 120000, 250000, 600000), { nil: undefined }),
  direct: fc.constantFrom(false, false, false, false, true),
  // A row that does not list its peerings (a projection without `properties.peerings`): read as rows of their own, or not at all.
  peeringsListed: fc.constantFrom('listed', 'listed', 'listed', 'listed', 'rows', 'absent'),
});
const gatewayArb = fc.record({
  sub: fc.integer({ min: 0, max: SUBS.length - 1 }),
  // West Europe is local to Amsterdam and Amsterdam2 (and Amsterdam Metro): Local advice needs every gateway there.
  region: fc.constantFrom('westeurope', 'westeurope', 'westeurope', ...REGIONS),
  sku: fc.constantFrom('ErGw1AZ', 'ErGw2AZ', 'ErGw3AZ', 'Standard', 'HighPerformance', 'ErGwScale'),
  vwan: fc.constantFrom(false, false, false, true),
});
const estateArb = fc.record({
  circuits: fc.array(circuitArb, { minLength: 1, maxLength: 8 }),
  gateways: fc.array(gatewayArb, { maxLength: 6 }),
  links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
  portBilling: fc.constantFrom('MeteredData', 'UnlimitedData'),
});
type Estate = typeof estateArb extends fc.Arbitrary<infer T> ? T : never;

/** Two Unlimited Standard circuits in Amsterdam and Amsterdam2 serving one West Europe gateway: Local would do for both. */
const localCircuit = (location: string): Estate['circuits'][number] => ({
  sub: 0, tier: 'Standard', family: 'UnlimitedData', location, mbps: 1000, state: 'Provisioned', microsoftPeering: false, privatePeering: 'Enabled',
  authorizationsInUse: 0, globalReachTo: undefined, globalReachEnabled: undefined, egress: undefined, direct: false, peeringsListed: 'listed',
});
const LOCAL_ESTATE: Estate = {
  circuits: [localCircuit('Amsterdam'), localCircuit('Amsterdam2')],
  gateways: [{ sub: 0, region: 'westeurope', sku: 'ErGw1AZ', vwan: false }],
  links: [[0, 0], [0, 1]],
  portBilling: 'MeteredData',
};

function rowsOf(e: Estate): { rows: Record<string, unknown>[]; usage: UsageData['circuits'] } {
  const rows: Record<string, unknown>[] = [];
  const usage: UsageData['circuits'] = {};
  const cid = (i: number) => `${net(e.circuits[i].sub)}/expressRouteCircuits/er-${i}`;
  const gid = (i: number) => `${net(e.gateways[i].sub)}/${e.gateways[i].vwan ? 'expressRouteGateways' : 'virtualNetworkGateways'}/gw-${i}`;
  const port = `${net(0)}/expressRoutePorts/port-0`;
  const onPort: { id: string }[] = [];
  const links = e.gateways.length ? e.links.map(([g, c]) => [g % e.gateways.length, c % e.circuits.length] as const) : [];
  const seen = new Set<string>();
  const uniqueLinks = links.filter(([g, c]) => !seen.has(`${g}|${c}`) && seen.add(`${g}|${c}`));
  e.circuits.forEach((c, i) => {
    const id = cid(i);
    const gr = c.globalReachTo !== undefined && e.circuits.length > 1 && c.globalReachTo % e.circuits.length !== i ? [c.globalReachTo % e.circuits.length] : [];
    const peerings = [
      ...(c.privatePeering === 'none'
        ? []
        : [
            {
              id: `${id}/peerings/AzurePrivatePeering`,
              name: 'AzurePrivatePeering',
              properties: {
                peeringType: 'AzurePrivatePeering',
                state: c.privatePeering,
                peerASN: 65001,
                vlanId: 100 + i,
                primaryPeerAddressPrefix: '10.0.0.0/30',
                secondaryPeerAddressPrefix: '10.0.0.4/30',
                connections: gr.map((p) => ({ id: `${id}/peerings/AzurePrivatePeering/connections/gr-${p}`, name: `gr-${p}`, properties: { peerExpressRouteCircuitPeering: { id: `${cid(p)}/peerings/AzurePrivatePeering` }, circuitConnectionStatus: 'Connected', addressPrefix: '10.9.0.0/29' } })),
                peeredConnections: [],
              },
            },
          ]),
      ...(c.microsoftPeering ? [{ id: `${id}/peerings/MicrosoftPeering`, name: 'MicrosoftPeering', properties: { peeringType: 'MicrosoftPeering', state: 'Enabled', vlanId: 300 + i } }] : []),
    ];
    if (c.direct) onPort.push({ id });
    rows.push({
      id,
      name: `er-${i}`,
      type: 'microsoft.network/expressroutecircuits',
      subscriptionId: SUBS[c.sub],
      tenantId: TENANTS[c.sub % TENANTS.length],
      location: 'westeurope',
      sku: { name: `${c.tier}_${c.family}`, tier: c.tier, family: c.family },
      properties: {
        serviceProviderProvisioningState: c.state,
        ...(c.globalReachEnabled !== undefined || gr.length ? { globalReachEnabled: c.globalReachEnabled ?? true } : {}),
        authorizations: Array.from({ length: c.authorizationsInUse }, (_, k) => ({ name: `auth${k}`, properties: { authorizationUseStatus: 'InUse' } })),
        ...(c.direct ? { expressRoutePort: { id: port }, bandwidthInGbps: Math.max(1, Math.round(c.mbps / 1000)) } : { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: c.location, bandwidthInMbps: c.mbps } }),
        ...(c.peeringsListed === 'listed' ? { peerings } : {}),
      },
    });
    if (c.peeringsListed === 'rows') for (const p of peerings) rows.push({ ...p, type: 'microsoft.network/expressroutecircuits/peerings', subscriptionId: SUBS[c.sub], tenantId: TENANTS[c.sub % TENANTS.length] });
    if (c.egress !== undefined) usage[id] = { egressGbPerMonth: c.egress };
  });
  if (onPort.length)
    rows.push({ id: port, name: 'port-0', type: 'microsoft.network/expressrouteports', subscriptionId: SUBS[0], tenantId: TENANTS[0], location: 'westeurope', properties: { peeringLocation: 'Equinix-Amsterdam-AM5', bandwidthInGbps: 10, billingType: e.portBilling, encapsulation: 'QinQ', circuits: onPort, links: [] } });
  e.gateways.forEach((g, i) => {
    const mine = uniqueLinks.filter(([gi]) => gi === i).map(([, c]) => c);
    const base = { id: gid(i), name: `gw-${i}`, subscriptionId: SUBS[g.sub], tenantId: TENANTS[g.sub % TENANTS.length], location: g.region };
    if (g.vwan) {
      rows.push({ ...base, type: 'microsoft.network/expressroutegateways', properties: { autoScaleConfiguration: { bounds: { min: 1, max: 2 } }, expressRouteConnections: mine.map((c) => ({ id: `${gid(i)}/expressRouteConnections/conn-${c}`, name: `conn-${c}`, properties: { expressRouteCircuitPeering: { id: `${cid(c)}/peerings/AzurePrivatePeering` } } })) } });
      return;
    }
    rows.push({ ...base, type: 'microsoft.network/virtualnetworkgateways', properties: { gatewayType: 'ExpressRoute', sku: { name: g.sku, tier: g.sku }, ...(g.sku === 'ErGwScale' ? { autoScaleConfiguration: { bounds: { min: 1, max: 4 } } } : {}) } });
    for (const c of mine)
      rows.push({ id: `${net(g.sub)}/connections/conn-${i}-${c}`, name: `conn-${i}-${c}`, type: 'microsoft.network/connections', subscriptionId: SUBS[g.sub], tenantId: TENANTS[g.sub % TENANTS.length], location: g.region, properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: gid(i) }, peer: { id: cid(c) } } });
  });
  return { rows, usage };
}

function scan(rows: Record<string, unknown>[], usage: UsageData['circuits'], subscriptions: SourceOutput['subscriptions'] = []): ScanResult {
  const source: SourceOutput = { raws: rows.map((row) => ({ row, source: { kind: 'snapshot', file: 'rows.json' } })), subscriptions, gaps: [], notices: [] };
  return scanSources(source, { config: emptyConfig(), now: NOW, inputs: ['rows.json'], scanCategory: 'erscan/one-story', estimateCosts: (inv) => estimateCosts(inv, { catalogue, usage: { circuits: usage, gateways: {} } }) });
}

describe('one story, over many estates', () => {
  // 300 whole scans: 16–27 s on a quiet 2-core machine, more when it is shared; the limit guards a hang, it times nothing.
  it('arbitrary estates of Resource Graph rows: no finding, advice or total contradicts another', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(estateArb, (e) => {
        const { rows, usage } = rowsOf(e);
        const result = scan(rows, usage);
        for (const c of result.cost!.costs) for (const k of c.recommendation?.changes ?? []) seen.add(k);
        for (const o of result.cost!.otherCosts) if (o.recommendation) seen.add(`gateway or port:${o.recommendation.kind}`);
        for (const f of result.findings) if (f.costImpactChange) seen.add(`${f.ruleId}:${f.costImpactChange}`);
        expect(contradictions(result)).toEqual([]);
      }),
      // (Its own fixed seed; ERSCAN_PROPERTY_SEED and ERSCAN_PROPERTY_RUNS explore further: test/setup/fast-check.ts.)
      // One estate given as is (run before the random ones): Local advice for a circuit in use needs every gateway it serves
      // in its Local regions and no fix elsewhere that would use it (ERS-RED-001 connects a spare circuit with an enabled
      // private peering to a gateway in one location, anywhere); the random estates reached it only through connected
      // circuits whose private peering is Disabled, which carry nothing (ERS-COST-003: delete them).
      { seed: Number(process.env.ERSCAN_PROPERTY_SEED ?? 7), numRuns: Number(process.env.ERSCAN_PROPERTY_RUNS ?? 300), examples: [[LOCAL_ESTATE]] },
    );
    // The estates reach every kind of advice, and the findings that change or delete what the advice prices.
    for (const k of ['add-premium', 'remove-premium', 'upgrade-from-local', 'switch-to-unlimited', 'new-metered-circuit', 'move-to-local', 'delete-unprovisioned', 'delete-unused', 'gateway or port:delete-unused']) expect(seen, k).toContain(k);
    for (const k of ['ERS-SKU-002:remove-premium', 'ERS-SKU-003:add-premium', 'ERS-SKU-004:upgrade-from-local', 'ERS-COST-003:delete', 'ERS-COST-003:connect', 'ERS-COST-005:delete', 'ERS-RED-001:add-circuit']) expect(seen, k).toContain(k);
  }, 180_000);

  it('the synthetic estate, over seeds, with declared egress', () => {
    for (const seed of [1, 2, 3, 4]) {
      const estate = generateEstate({ circuits: 120, seed });
      const snapshot = toSnapshot(estate) as { resources: Record<string, unknown>[] };
      let s = seed;
      const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
      const usage: UsageData['circuits'] = {};
      for (const r of snapshot.resources) if (r.type === 'microsoft.network/expressroutecircuits' && next() < 0.6) usage[r.id as string] = { egressGbPerMonth: Math.floor(next() ** 3 * 1_500_000) };
      const result = scan(snapshot.resources, usage, estate.subscriptions);
      expect(result.cost!.costs.length).toBe(120);
      expect(contradictions(result), `seed ${seed}`).toEqual([]);
    }
  });
});
