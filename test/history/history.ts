import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../src/cli/pipeline.js';
import { renderJson } from '../../src/reporters/json.js';
import { renderHtmlReport } from '../../src/reporters/html.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import type { ScanResult } from '../../src/scan/result.js';
import { FIXTURE_ROWS } from '../reporters/fixture.js';

/**
 * A history of weekly audits: twelve estates that change over time (findings appear and get fixed,
 * a circuit is added, a tier changes, a Direct link loses MACsec, a peering is disabled, a circuit is
 * deleted), each scanned by the real pipeline at a fixed time, with the previous week's report as
 * the baseline, exactly as a scheduled job does. Each week's estate is kept as a snapshot file (for
 * `erscan diff`) and its report.json records its inventory (--record-inventory).
 */

type Row = { id: string; name: string; type: string; sku?: Record<string, unknown>; properties: Record<string, unknown>; [k: string]: unknown };

export const WEEKS = 12;
export const START = Date.parse('2026-01-05T06:00:00.000Z');
export const DAY_MS = 86_400_000;
export const weekTime = (w: number) => new Date(START + w * 7 * DAY_MS);
export const CATEGORY = 'erscan/contoso-weekly';

const SUB_PROD = '11111111-2222-3333-4444-000000000101';
const PROD = `/subscriptions/${SUB_PROD}/resourceGroups/rg-connectivity-prod/providers/Microsoft.Network`;
const DR = '/subscriptions/11111111-2222-3333-4444-000000000102/resourceGroups/rg-connectivity-dr/providers/Microsoft.Network';
export const IDS = {
  gwNeu: `${PROD}/virtualNetworkGateways/ergw-neu-direct`,
  lon: `${PROD}/expressRouteCircuits/er-lon-prod-01`,
  amsPrivate: `${PROD}/expressRouteCircuits/er-ams-prod-01/peerings/AzurePrivatePeering`,
  ams02: `${PROD}/expressRouteCircuits/er-ams-prod-02`,
  amsLink1: `${PROD}/expressRoutePorts/erdirect-ams2/links/link1`,
  amsLink2: `${PROD}/expressRoutePorts/erdirect-ams2/links/link2`,
  lonPort: `${DR}/expressRoutePorts/erdirect-lon2`,
  paris: `${PROD}/expressRouteCircuits/er-par-prod-01`,
};

/** What happens in which week (cumulative). */
export const EVENTS: Record<number, string> = {
  2: 'gateway ergw-neu-direct moves to the zone-redundant ErGw3AZ',
  3: 'circuit er-par-prod-01 is added',
  4: 'Direct link erdirect-ams2/link2 is enabled',
  5: 'circuit er-lon-prod-01 goes from Standard to Premium',
  6: "Direct link erdirect-ams2/link1 loses its macSecConfig",
  7: 'the private peering of er-ams-prod-01 is disabled',
  8: 'circuit er-ams-prod-02 (never provisioned) is deleted',
  9: 'Direct link erdirect-ams2/link1 gets MACsec back',
  11: 'the links of erdirect-lon2 get MACsec',
};

const find = (rows: Row[], id: string) => rows.find((r) => r.id.toLowerCase() === id.toLowerCase());
function link(rows: Row[], linkId: string): Record<string, unknown> {
  const port = find(rows, linkId.replace(/\/links\/[^/]+$/, ''))!;
  const links = port.properties.links as { id: string; properties: Record<string, unknown> }[];
  return links.find((l) => l.id.toLowerCase() === linkId.toLowerCase())!.properties;
}
/** MACsec secret identifiers planted in the estates: they must never reach a report or a diff. */
export const PLANTED = ['https://kv-net.vault.azure.net/secrets/ckn/0001', 'https://kv-net.vault.azure.net/secrets/cak/0001'];
const MACSEC = { cipher: 'GcmAes256', sciState: 'Disabled', cknSecretIdentifier: PLANTED[0], cakSecretIdentifier: PLANTED[1] };

/** The estate of week `w` (Resource Graph rows). */
export function estateOf(w: number): Row[] {
  const rows = JSON.parse(readFileSync(FIXTURE_ROWS, 'utf8')) as Row[];
  if (w >= 2) (find(rows, IDS.gwNeu)!.properties.sku as Record<string, unknown>) = { name: 'ErGw3AZ', tier: 'ErGw3AZ' };
  if (w >= 3) {
    const lon = find(rows, IDS.lon)!;
    const paris = JSON.parse(JSON.stringify(lon).replaceAll('er-lon-prod-01', 'er-par-prod-01').replaceAll('172.16.1.', '172.16.9.')) as Row;
    paris.location = 'francecentral';
    (paris.properties.serviceProviderProperties as Record<string, unknown>) = { serviceProviderName: 'Orange', peeringLocation: 'Paris', bandwidthInMbps: 500 };
    paris.sku = { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' };
    paris.tags = { env: 'prod' };
    rows.push(paris);
  }
  if (w >= 4) link(rows, IDS.amsLink2).adminState = 'Enabled';
  if (w >= 5) find(rows, IDS.lon)!.sku = { name: 'Premium_UnlimitedData', tier: 'Premium', family: 'UnlimitedData' };
  if (w >= 6 && w < 9) delete link(rows, IDS.amsLink1).macSecConfig;
  if (w >= 7) {
    const ams = find(rows, IDS.amsPrivate.replace(/\/peerings\/.*$/, ''))!;
    const p = (ams.properties.peerings as { name: string; properties: Record<string, unknown> }[]).find((x) => x.name === 'AzurePrivatePeering')!;
    p.properties.state = 'Disabled';
  }
  if (w >= 8) rows.splice(rows.indexOf(find(rows, IDS.ams02)!), 1);
  if (w >= 11) {
    for (const l of (find(rows, IDS.lonPort)!.properties.links as { properties: Record<string, unknown> }[])) l.properties.macSecConfig = { ...MACSEC };
  }
  return rows;
}

export interface History {
  dir: string;
  /** reports/week-NN/report.json, oldest first. */
  reports: string[];
  /** snapshots/week-NN.json: the estate each week, as Resource Graph rows. */
  snapshots: string[];
  results: ScanResult[];
}

/**
 * Runs the weekly scans into `dir`. Week 11 also gets its Markdown and HTML reports (ages shown,
 * sorted by age). The estate file is always `estate/estate.json`, as a job that overwrites its
 * export would have it; the scope is the `--category` of the job.
 */
export async function buildHistory(dir: string, opts: { weeks?: number; category?: string } = {}): Promise<History> {
  const weeks = opts.weeks ?? WEEKS;
  const reports: string[] = [];
  const snapshots: string[] = [];
  const results: ScanResult[] = [];
  mkdirSync(join(dir, 'estate'), { recursive: true });
  mkdirSync(join(dir, 'snapshots'), { recursive: true });
  for (let w = 0; w < weeks; w++) {
    const estate = join(dir, 'estate', 'estate.json');
    writeFileSync(estate, JSON.stringify(estateOf(w), null, 1));
    const snapshot = join(dir, 'snapshots', `week-${String(w).padStart(2, '0')}.json`);
    copyFileSync(estate, snapshot);
    snapshots.push(snapshot);
    const { result } = await runPipeline(
      { inputs: [estate], failOn: 'none', category: opts.category ?? CATEGORY, ...(w > 0 ? { baseline: reports[w - 1] } : {}) },
      weekTime(w),
    );
    const out = join(dir, 'reports', `week-${String(w).padStart(2, '0')}`);
    mkdirSync(out, { recursive: true });
    const report = join(out, 'report.json');
    writeFileSync(report, renderJson(result, { recordInventory: true }));
    if (w === weeks - 1) {
      writeFileSync(join(out, 'report.md'), renderMarkdown(result, { sortBy: 'age' }));
      writeFileSync(join(out, 'report.html'), renderHtmlReport(result, { sortBy: 'age' }));
    }
    reports.push(report);
    results.push(result);
  }
  return { dir, reports, snapshots, results };
}
