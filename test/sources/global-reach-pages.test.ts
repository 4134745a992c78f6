import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/load.js';
import { loadInputs } from '../../src/sources/index.js';
import { scanSources } from '../../src/scan/run.js';

// An ARM list of a peering's Global Reach connections (GET …/expressRouteCircuits/x/peerings/AzurePrivatePeering/connections)
// with a nextLink is one page of that peering's list: the pages not read may hold more of its Global Reach connections
// (to a circuit in another geopolitical region, or enough to pass the link limit). What counts or places them is then
// undecided for that circuit, never judged on the page alone; a page with no rows at all is one page of several too.
const SUB = '00000000-0000-0000-0000-0000000000b3';
const S = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network`;
const PEERING = `${S}/expressRouteCircuits/er1/peerings/AzurePrivatePeering`;
const circuit = (name: string, location: string, tier: string, globalReachEnabled: boolean) => ({
  id: `${S}/expressRouteCircuits/${name}`,
  name,
  type: 'Microsoft.Network/expressRouteCircuits',
  location: 'westeurope',
  sku: { name: `${tier}_MeteredData`, tier, family: 'MeteredData' },
  properties: {
    serviceProviderProvisioningState: 'Provisioned',
    globalReachEnabled,
    serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: location, bandwidthInMbps: 1000 },
    peerings: [{ id: `${S}/expressRouteCircuits/${name}/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' } }],
    authorizations: [],
  },
});
const grRow = (peer: string) => ({
  id: `${PEERING}/connections/gr-${peer}`,
  name: `gr-${peer}`,
  type: 'Microsoft.Network/expressRouteCircuits/peerings/connections',
  properties: { peerExpressRouteCircuitPeering: { id: `${S}/expressRouteCircuits/${peer}/peerings/AzurePrivatePeering` }, addressPrefix: '10.255.0.0/29', circuitConnectionStatus: 'Connected' },
});
const nextLink = `https://management.azure.com${PEERING}/connections?api-version=2024-05-01&$skiptoken=abc`;

function scan(grList: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'erscan-grpages-'));
  writeFileSync(join(dir, 'circuits.json'), JSON.stringify({ value: [circuit('er1', 'Amsterdam', 'Standard', true), circuit('er-ams2', 'Amsterdam2', 'Standard', true), circuit('er-tok', 'Tokyo', 'Premium', true)] }));
  writeFileSync(join(dir, 'global-reach.json'), JSON.stringify(grList));
  const loaded = loadInputs([dir]);
  const result = scanSources(loaded.output, { config: emptyConfig(), now: new Date('2026-01-01T00:00:00Z'), inputs: [dir], scanCategory: 'test' });
  const verdict = (rule: string, name: string) => {
    const f = result.findings.filter((x) => x.ruleId === rule && x.resourceName === name);
    return f.length === 0 ? 'pass' : f.map((x) => x.status ?? 'fail').join(',');
  };
  const message = (rule: string, name: string) => result.findings.find((x) => x.ruleId === rule && x.resourceName === name)?.message ?? '';
  return { result, verdict, message };
}

describe("an ARM list of a peering's Global Reach connections with a nextLink", () => {
  it('the whole list (control): one link, in the circuit\'s geopolitical region, decides ERS-SKU-003 and ERS-COST-004', () => {
    const { verdict } = scan({ value: [grRow('er-ams2')] });
    expect(verdict('ERS-SKU-003', 'er1')).toBe('pass');
    expect(verdict('ERS-COST-004', 'er1')).toBe('pass');
  });

  it('one page of it: the pages not read may hold a link to Tokyo, so ERS-SKU-003 is undecided, naming the file', () => {
    const { verdict, message } = scan({ value: [grRow('er-ams2')], nextLink });
    expect(verdict('ERS-SKU-003', 'er1')).toBe('unknown');
    expect(message('ERS-SKU-003', 'er1')).toMatch(/global-reach\.json is one page of several \(an ARM list response with a nextLink\): the pages not read may hold more of its Global Reach connections/);
  });

  it('an empty page of it: "Global Reach enabled with no connection" and "carries nothing" are undecided, never a fail', () => {
    const control = scan({ value: [] });
    expect(control.verdict('ERS-COST-004', 'er1')).toBe('fail');
    const { verdict, result } = scan({ value: [], nextLink });
    expect(verdict('ERS-COST-004', 'er1')).toBe('unknown');
    expect(verdict('ERS-COST-003', 'er1')).toBe('unknown');
    expect(result.coverage.complete).toBe(false);
  });

  it('an empty page of a list of VNet connections (its nextLink names the connections list): the idle circuit is undecided, never "delete it"', () => {
    const connections = `https://management.azure.com/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/connections?api-version=2024-05-01&$skiptoken=abc`;
    const control = scan({ value: [] });
    expect(control.verdict('ERS-COST-003', 'er-ams2')).toBe('fail');
    expect(scan({ value: [], nextLink: connections }).verdict('ERS-COST-003', 'er-ams2')).toBe('unknown');
    // An empty page of a list of circuits leaves out circuits, not connections: decided as before.
    const circuits = `https://management.azure.com/subscriptions/${SUB}/providers/Microsoft.Network/expressRouteCircuits?api-version=2024-05-01&$skiptoken=abc`;
    expect(scan({ value: [], nextLink: circuits }).verdict('ERS-COST-003', 'er-ams2')).toBe('fail');
  });
});
