import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMain } from '../helpers/main.js';

const FIX = join(import.meta.dirname, 'fixtures');

const run = runMain;

afterEach(() => vi.restoreAllMocks());

describe('erscan cost (CLI)', () => {
  it('prints the Microsoft-confirmed figures exactly and writes them to the JSON report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'erscan-cost-'));
    const r = await run(['cost', join(FIX, 'estate-1g-zone1.json'), '--usage', join(FIX, 'usage-1tb.yaml'), '--format', 'console,json', '--out', dir, '--no-color']);
    expect(r.code).toBe(0);
    const row = r.out.split('\n').find((l) => l.startsWith('er-ams-1g'))!;
    // $436 fee + 1,024 GB × $0.025 = $461.60 now; unlimited $5,700; break-even 210,560 GB ≈ 205.6 TB
    expect(row).toMatch(/Amsterdam\s+Zone 1\s+Standard\/Metered\s+1 Gbps\s+1,024 \(usage\)\s+\$461\.60\s+\$461\.60\s+\$5,700\s+-\s+210,560 \(205\.6 TB\)\s+keep/);
    expect(r.out).toMatch(/er-lagos\s+Lagos\s+unknown/);
    expect(r.out).toContain('unknown peering location "Lagos" (not priced)');
    const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    const c = json.costs.find((x: { resourceId: string }) => x.resourceId.endsWith('/er-ams-1g'));
    expect(c).toMatchObject({ zone: 'Zone 1', tier: 'Standard', billingModel: 'MeteredData', bandwidthMbps: 1000, egressGbPerMonth: 1024, egressSource: 'usage', breakEvenGbPerMonth: 210560 });
    expect(c.monthlyUsd).toEqual({ current: 461.6, metered: 461.6, unlimited: 5700, local: null });
    expect(c.egressUsd).toBe(25.6);
    expect(json.priceCatalogue).toMatchObject({ effectiveDate: '2026-07-21', currency: 'USD' });
    expect(json.findings.every((f: { category: string }) => f.category === 'cost')).toBe(true);
  });

  it('without usage the fee alone is $436', async () => {
    const r = await run(['cost', join(FIX, 'estate-1g-zone1.json'), '--no-color']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').find((l) => l.startsWith('er-ams-1g'))).toMatch(/- \(none\)\s+\$436\s+\$436\s+\$5,700/);
    expect(r.out).toMatch(/1 metered circuit\(s\) have no declared or measured egress/);
  });

  it('a bad usage file or price catalogue is bad input (exit 2) naming the file and path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'erscan-cost-'));
    const bad = join(dir, 'usage.json');
    (await import('node:fs')).writeFileSync(bad, JSON.stringify({ circuits: { x: { egressGbPerMonth: -1 } } }));
    const r = await run(['cost', join(FIX, 'estate-1g-zone1.json'), '--usage', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage\.json: at \$\.circuits\.x\.egressGbPerMonth: expected/);
    const badPrices = join(dir, 'prices.json');
    (await import('node:fs')).writeFileSync(badPrices, JSON.stringify({ catalogueVersion: 1 }));
    const r2 = await run(['cost', join(FIX, 'estate-1g-zone1.json'), '--prices', badPrices]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/prices\.json: at \$: expected a property "effectiveDate"/);
  });

  it.each([
    ['a circuit fee of 0', (c: Catalogue) => void (c.circuits.find((f) => f.tier === 'Standard' && f.billingModel === 'MeteredData' && f.bandwidthMbps === 1000 && f.zone === 'Zone 1')!.monthlyUsd = 0), /at \$\.circuits\[\d+\]\.monthlyUsd: expected a number above 0, found number 0/],
    ['an egress rate of 0', (c: Catalogue) => void (c.egress.find((f) => f.zone === 'Zone 1')!.usdPerGb = 0), /at \$\.egress\[0\]\.usdPerGb: expected a number above 0, found number 0/],
  ])('a hand-edited catalogue with %s is bad input, not a free circuit or free egress', async (_what, edit, message) => {
    // A circuit fee and a Metered plan's egress are always charged: 0 priced 1,024 GB at $0 and left no break-even.
    const dir = mkdtempSync(join(tmpdir(), 'erscan-cost-'));
    const cat = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'prices', 'catalogue.json'), 'utf8')) as Catalogue;
    edit(cat);
    const file = join(dir, 'prices.json');
    (await import('node:fs')).writeFileSync(file, JSON.stringify(cat));
    const r = await run(['cost', join(FIX, 'estate-1g-zone1.json'), '--usage', join(FIX, 'usage-1tb.yaml'), '--prices', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toContain('prices.json');
  });
});

type Catalogue = import('../../src/pricing/catalogue.js').PriceCatalogue;

describe('ERS-COST-101 beside advice that also drops Premium', () => {
  it('says the figure is the switch alone and gives the advised plan its own saving', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'erscan-cost-'));
    const S = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network';
    const rows = [
      { id: `${S}/expressRouteCircuits/er-p`, name: 'er-p', type: 'Microsoft.Network/expressRouteCircuits', location: 'westeurope', sku: { name: 'Premium_MeteredData', tier: 'Premium', family: 'MeteredData' }, properties: { serviceProviderProvisioningState: 'Provisioned', authorizations: [], serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 }, peerings: [{ name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }] } },
      { id: `${S}/virtualNetworkGateways/gw`, name: 'gw', type: 'Microsoft.Network/virtualNetworkGateways', location: 'northeurope', properties: { gatewayType: 'ExpressRoute', sku: { name: 'ErGw1AZ' } } },
      { id: `${S}/connections/c`, name: 'c', type: 'Microsoft.Network/connections', location: 'northeurope', properties: { connectionType: 'ExpressRoute', virtualNetworkGateway1: { id: `${S}/virtualNetworkGateways/gw` }, peer: { id: `${S}/expressRouteCircuits/er-p` } } },
    ];
    const fs = await import('node:fs');
    fs.writeFileSync(join(dir, 'rows.json'), JSON.stringify(rows));
    fs.writeFileSync(join(dir, 'usage.json'), JSON.stringify({ circuits: { 'er-p': { egressGbPerMonth: 300000 } } }));
    const r = await run(['cost', join(dir, 'rows.json'), '--usage', join(dir, 'usage.json'), '--format', 'json', '--out', dir]);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(json.costs[0].recommendation).toMatchObject({ changes: ['remove-premium', 'switch-to-unlimited'], tier: 'Standard', monthlySavingsUsd: 2986 });
    const f = json.findings.find((x: { ruleId: string }) => x.ruleId === 'ERS-COST-101');
    // $8,686 now; Premium Unlimited $6,450 (the switch alone: $2,236); Standard Unlimited $5,700 ($2,986 in all).
    expect(f.message).toContain('Unlimited would save $2,236/month (Standard UnlimitedData; with Premium dropped too, as advised, $2,986/month in all)');
    expect(f.costImpactUsd).toBe(-2236);
  });
});

describe('erscan cost: totals per subscription and tenant', () => {
  it('marks a group holding a resource priced in part as a lower bound (≥), and says when scopes were not read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'erscan-cost-'));
    const T = 'aaaaaaaa-0000-4000-8000-00000000000a';
    const sub = (n: number) => `a${n}a${n}a${n}a${n}-0000-4000-8000-00000000000${n}`;
    const circuit = (s: string, name: string, globalReachEnabled: boolean) => ({
      id: `/subscriptions/${s}/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/${name}`,
      name,
      type: 'microsoft.network/expressroutecircuits',
      tenantId: T,
      subscriptionId: s,
      resourceGroup: 'rg',
      location: 'westeurope',
      sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
      properties: { serviceProviderProvisioningState: 'Provisioned', globalReachEnabled, authorizations: [], serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 }, peerings: [] },
    });
    // er-gr carries the Global Reach add-on the bundled catalogue does not price: its subscription's and tenant's totals are lower bounds.
    const snapshot = {
      erscanSnapshot: 1,
      coverage: { complete: false, gaps: [{ scope: `subscription ${sub(3)}`, reason: 'AuthorizationFailed' }] },
      subscriptions: [1, 2, 3].map((n) => ({ subscriptionId: sub(n), tenantId: T })),
      resources: [circuit(sub(1), 'er-gr', true), circuit(sub(2), 'er-plain', false)],
    };
    const file = join(dir, 'estate.json');
    (await import('node:fs')).writeFileSync(file, JSON.stringify(snapshot));
    const r = await run(['cost', file, '--no-color']);
    const lines = r.out.split('\n');
    expect(lines.find((l) => l.startsWith(sub(1)))).toMatch(/\s1\s+≥\$436\s/);
    expect(lines.find((l) => l.startsWith(sub(2)))).toMatch(/\s1\s+\$436\s/);
    expect(lines.find((l) => l.startsWith(T))).toMatch(/\s2\s+≥\$872\s/);
    expect(r.out).toMatch(/Estate: at least \$872\/month, .*\(1 input\(s\) or scope\(s\) not read: what they hold is in no total above\)/);
  });
});
