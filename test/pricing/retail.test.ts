import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditCatalogue, CatalogueIndex } from '../../src/pricing/catalogue.js';
import { buildCatalogueFromRetail, fetchAllItems, firstPageUrl, REFRESH_FILTERS, RetailApiError } from '../../src/pricing/retail.js';
import { pricesRefreshCommand } from '../../src/cli/commands/prices.js';
import { schemaValidator } from '../../src/util/schema.js';

const REC = join(import.meta.dirname, 'recorded');
const page = (name: string) => readFileSync(join(REC, name), 'utf8');

/** Serves the recorded pages like prices.azure.com, rewriting NextPageLink to this server. */
function fakeRetailApi(opts: { failFirst?: number[]; dropPage?: string; retryAfter?: string } = {}) {
  const failures = [...(opts.failFirst ?? [])];
  const requests: string[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url!, base);
    requests.push(url.search);
    const fail = failures.shift();
    if (fail) {
      res.writeHead(fail, { 'retry-after': opts.retryAfter ?? '0', 'content-type': 'application/json' });
      return res.end('{"error":"throttled"}');
    }
    const filter = url.searchParams.get('$filter') ?? '';
    const skip = Number(url.searchParams.get('$skip') ?? 0);
    if (url.searchParams.get('currencyCode') !== "'USD'" && url.searchParams.get('currencyCode') !== 'USD') {
      res.writeHead(400);
      return res.end('bad currency');
    }
    const prefix = filter === "serviceName eq 'ExpressRoute'" ? 'expressroute' : filter.includes('Scale Unit') ? 'vwan-scale-unit' : filter.includes('Connection Unit') ? 'vwan-connection-unit' : undefined;
    const name = `${prefix}-${skip / 100 + 1}.json`;
    if (!prefix || !existsSync(join(REC, name)) || name === opts.dropPage) {
      res.writeHead(400, { 'content-type': 'application/json' });
      return res.end(`{"error":"unknown filter ${filter}"}`);
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(page(name).replaceAll('https://prices.azure.com/api/retail/prices', `${base}/api/retail/prices`));
  });
  return {
    requests,
    start: () => new Promise<string>((r) => server.listen(0, '127.0.0.1', () => { base = `http://127.0.0.1:${(server.address() as { port: number }).port}`; r(`${base}/api/retail/prices`); })),
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('Retail Prices API client', () => {
  it('builds the first page URL with api-version, currency and $filter', () => {
    const u = new URL(firstPageUrl("serviceName eq 'ExpressRoute'", { currency: 'EUR' }));
    expect(u.origin + u.pathname).toBe('https://prices.azure.com/api/retail/prices');
    expect(u.searchParams.get('$filter')).toBe("serviceName eq 'ExpressRoute'");
    expect(u.searchParams.get('currencyCode')).toBe('EUR');
    expect(u.searchParams.get('api-version')).toBe('2023-01-01-preview');
  });

  it('follows NextPageLink and retries 429 and 503 (honouring Retry-After)', async () => {
    const api = fakeRetailApi({ failFirst: [429, 503] });
    const endpoint = await api.start();
    try {
      const sleep = vi.fn(async () => {});
      const items = await fetchAllItems(REFRESH_FILTERS[0], { endpoint, sleep });
      expect(items.length).toBe(230);
      expect(api.requests.length).toBe(5); // 2 failures + 3 pages
      expect(sleep).toHaveBeenCalledTimes(2);
      expect(sleep).toHaveBeenCalledWith(0);
    } finally {
      await api.stop();
    }
  });

  it('does not wait out a Retry-After longer than it honours: the refresh fails at once, saying so', async () => {
    const api = fakeRetailApi({ failFirst: [429], retryAfter: '3600' });
    const endpoint = await api.start();
    try {
      const sleep = vi.fn(async () => {});
      await expect(fetchAllItems(REFRESH_FILTERS[0], { endpoint, sleep })).rejects.toThrow(/answered HTTP 429 and asked to wait 3600 s, longer than the 300 s erscan waits/);
      expect(sleep).not.toHaveBeenCalled();
      expect(api.requests.length).toBe(1);
    } finally {
      await api.stop();
    }
  });

  it('gives up after the attempts and does not retry a 400', async () => {
    const api = fakeRetailApi({ failFirst: [500, 500, 500] });
    const endpoint = await api.start();
    try {
      await expect(fetchAllItems(REFRESH_FILTERS[0], { endpoint, attempts: 3, sleep: async () => {} })).rejects.toThrow(/failed after 3 attempts \(HTTP 500\)/);
      await expect(fetchAllItems("serviceName eq 'Nope'", { endpoint, sleep: async () => {} })).rejects.toBeInstanceOf(RetailApiError);
    } finally {
      await api.stop();
    }
  });

  it('stops on a NextPageLink loop', async () => {
    const body = JSON.stringify({ Items: [], NextPageLink: 'http://x/loop' });
    const fetch = async () => ({ status: 200, headers: { get: () => null }, text: async () => body });
    await expect(fetchAllItems('f', { endpoint: 'http://x/loop', fetch: fetch as never })).rejects.toThrow(/repeats/);
  });
});

describe('catalogue from recorded API pages', () => {
  const items = ['expressroute-1.json', 'expressroute-2.json', 'expressroute-3.json', 'vwan-scale-unit-1.json', 'vwan-connection-unit-1.json'].flatMap((f) => JSON.parse(page(f)).Items);
  const { catalogue, ignored, warnings } = buildCatalogueFromRetail(items, { currency: 'USD', date: '2026-07-21' });
  const idx = new CatalogueIndex(catalogue);

  it('is complete, valid against the schema, and keeps the Microsoft-confirmed anchors', () => {
    expect(schemaValidator('prices.schema.json')(catalogue)).toBe(true);
    expect(auditCatalogue(catalogue).errors).toEqual([]);
    expect(idx.circuitFee('Standard', 'MeteredData', 1000, 'Zone 1')?.value).toBe(436);
    expect(idx.egressRate('Zone 1')?.value).toBe(0.025);
    expect(idx.circuitFee('Premium', 'UnlimitedData', 10000, 'US Gov')?.value).toBe(67875);
    expect(idx.circuitFee('Local', 'UnlimitedData', 5000, 'Zone 3')?.value).toBe(4300);
    expect(catalogue.circuits.every((c) => c.source === 'retail-api' && c.meter?.meterId)).toBe(true);
  });
  it('reads a Direct port pair only from whole words: a "Support" or "Transport" meter is not one', () => {
    const direct = items.find((i: { meterName: string }) => i.meterName === 'ExpressRoute Direct 10 Gbps Metered Data Port Pair');
    const support = { ...direct, productName: 'ExpressRoute Support', meterName: 'Premium Support 10 Gbps Metered Data' };
    const { catalogue, ignored } = buildCatalogueFromRetail([...items.filter((i: { productName: string }) => i.productName !== 'ExpressRoute Direct'), support], { currency: 'USD', date: '2026-07-21' });
    expect(catalogue.directPorts.every((d) => d.monthlyUsd === null)).toBe(true);
    expect(ignored.some((x: string) => x.includes('Premium Support 10 Gbps'))).toBe(true);
  });

  it('derives the Premium add-on and reads Direct, Global Reach, gateways and vWAN', () => {
    expect(idx.premiumAddOn(1000, 'Zone 1')?.value).toBe(750);
    expect(idx.directPort(10, 'MeteredData', 'Zone 1').quote?.value).toBe(5000);
    expect(idx.directPort(100, 'MeteredData', 'Zone 1').quote?.value).toBe(50000);
    expect(idx.globalReachPerGb('Zone 1', 'in')?.value).toBe(0.02);
    expect(idx.globalReachPerGb('Zone 2', 'out')?.value).toBe(0.05);
    expect(idx.gateway('ErGw1AZ', 'westeurope').quote?.value).toBe(0.25); // the DevTest row (0.3) is ignored
    expect(idx.gateway('ErGwScale', 'westeurope').per).toBe('scaleUnit');
    expect(idx.vwan('scaleUnit', 'westeurope').quote?.value).toBe(0.42);
    expect(idx.vwan('connectionUnit', 'westeurope').quote?.value).toBe(0.05);
  });
  it('ignores unknown meters and reports nothing inconsistent', () => {
    expect(ignored).toEqual(['ExpressRoute/Something Else Entirely']);
    expect(warnings).toEqual([]);
  });
  it('audits an incomplete catalogue as errors (what refresh refuses to write)', () => {
    const zone1 = buildCatalogueFromRetail(items.filter((i: { armRegionName: string }) => i.armRegionName !== 'Zone 4'), { currency: 'USD', date: '2026-07-21' }).catalogue;
    const { errors } = auditCatalogue(zone1);
    expect(errors).toContain('no price for Standard MeteredData 1 Gbps in Zone 4');
    expect(errors).toContain('no egress price per GB for Zone 4');
    expect(errors.length).toBe(33);
  });
  it('marks what the API did not return', () => {
    const partial = buildCatalogueFromRetail(items.filter((i: { productName: string }) => !/Direct|Global Reach/.test(i.productName)), { currency: 'USD', date: '2026-07-21' }).catalogue;
    expect(partial.directPorts.every((d) => d.monthlyUsd === null && /not returned/.test(d.unverified ?? ''))).toBe(true);
    expect(partial.globalReach.addOn[0].unverified).toMatch(/not returned/);
    expect(auditCatalogue(partial).warnings).toContain('no ExpressRoute Direct port-pair price: Direct ports will be shown unpriced');
  });
  it('names each gateway SKU and vWAN unit the API returned no price for (the catalogue is written without them)', () => {
    expect(auditCatalogue(catalogue).warnings).toContain('no price for gateway SKU(s) UltraPerformance, ErGw2AZ: gateways of these SKUs will be shown unpriced');
    const noVwan = buildCatalogueFromRetail(items.filter((i: { serviceName: string }) => i.serviceName !== 'Virtual WAN'), { currency: 'USD', date: '2026-07-21' }).catalogue;
    expect(auditCatalogue(noVwan).warnings).toEqual(expect.arrayContaining([
      'no price for the vWAN ExpressRoute scale unit: vWAN ExpressRoute gateways will be shown unpriced',
      'no price for the vWAN ExpressRoute connection unit: vWAN ExpressRoute gateways will be shown unpriced',
    ]));
    expect(auditCatalogue(noVwan).errors).toEqual([]);
  });
  it('warns when egress differs by bandwidth SKU and keeps the newest of duplicate prices', () => {
    const base = { currencyCode: 'USD', serviceName: 'ExpressRoute', productName: 'ExpressRoute', armRegionName: 'Zone 2' };
    const r = buildCatalogueFromRetail(
      [
        { ...base, retailPrice: 0.05, meterName: 'Metered Data - Data Transfer Out', skuName: '50 Mbps Metered Data', unitOfMeasure: '1 GB' },
        { ...base, retailPrice: 0.05, meterName: 'Metered Data - Data Transfer Out', skuName: '100 Mbps Metered Data', unitOfMeasure: '1 GB' },
        { ...base, retailPrice: 0.06, meterName: 'Metered Data - Data Transfer Out', skuName: '1 Gbps Metered Data', unitOfMeasure: '1 GB' },
        { ...base, retailPrice: 430, meterName: 'Standard Metered Data 1 Gbps Circuit', unitOfMeasure: '1/Month', effectiveStartDate: '2024-01-01' },
        { ...base, retailPrice: 436, meterName: 'Standard Metered Data 1 Gbps Circuit', unitOfMeasure: '1/Month', effectiveStartDate: '2025-01-01' },
      ],
      { currency: 'USD', date: '2026-07-21' },
    );
    expect(r.catalogue.egress).toMatchObject([{ zone: 'Zone 2', usdPerGb: 0.05 }]);
    expect(r.catalogue.circuits).toMatchObject([{ monthlyUsd: 436 }]);
    expect(r.warnings.length).toBe(2);
  });
});

describe('which of several prices for a figure is used', () => {
  const base = { currencyCode: 'USD', serviceName: 'ExpressRoute', productName: 'ExpressRoute', armRegionName: 'Zone 2', type: 'Consumption' };
  const fee = (retailPrice: number, effectiveStartDate: string) => ({ ...base, retailPrice, meterName: 'Standard Metered Data 1 Gbps Circuit', unitOfMeasure: '1/Month', effectiveStartDate });
  const egress = (retailPrice: number, sku: string, effectiveStartDate: string) => ({ ...base, retailPrice, meterName: 'Metered Data - Data Transfer Out', skuName: `${sku} Metered Data`, unitOfMeasure: '1 GB', effectiveStartDate });
  const build = (items: object[]) => buildCatalogueFromRetail(items as never, { currency: 'USD', date: '2026-07-21' });

  it('a price that takes effect after the refresh date is not today\'s: the one in effect is kept, and the other is named', () => {
    const r = build([fee(436, '2025-01-01T00:00:00Z'), fee(999, '2027-01-01T00:00:00Z')]);
    expect(r.catalogue.circuits).toMatchObject([{ monthlyUsd: 436 }]);
    expect(r.warnings).toEqual(['1 row(s) take effect after 2026-07-21 (Standard Metered Data 1 Gbps Circuit from 2027-01-01): not used']);
    expect(r.errors).toEqual([]);
  });

  it('egress: the newest rate of each bandwidth SKU, not the lowest of old and new', () => {
    const skus = ['50 Mbps', '1 Gbps', '10 Gbps'];
    const r = build([...skus.map((s) => egress(0.05, s, '2024-01-01T00:00:00Z')), ...skus.map((s) => egress(0.07, s, '2026-06-01T00:00:00Z'))]);
    expect(r.catalogue.egress).toMatchObject([{ zone: 'Zone 2', usdPerGb: 0.07 }]);
    expect(r.warnings).toEqual(['egress Zone 2: older prices (0.05) superseded by a newer effectiveStartDate; kept the newest on each bandwidth SKU']);
    expect(r.errors).toEqual([]);
  });

  it('two prices in effect from the same date, or SKUs split evenly between two rates, are errors: neither is guessed', () => {
    const r = build([fee(436, '2025-01-01T00:00:00Z'), fee(437, '2025-01-01T00:00:00Z'), egress(0.05, '50 Mbps', '2025-01-01'), egress(0.06, '1 Gbps', '2025-01-01')]);
    expect(r.errors).toEqual([
      'Standard MeteredData 1000 Mbps Zone 2: two prices in effect from 2025-01-01 (436 and 437); which one applies is not known',
      'egress Zone 2: the bandwidth SKUs have different rates (0.05 on 1, 0.06 on 1) and none is the most common; which one applies is not known',
    ]);
    expect(r.catalogue.egress).toEqual([]);
    // A newer price settles an earlier conflict.
    expect(build([fee(436, '2025-01-01'), fee(437, '2025-01-01'), fee(440, '2026-01-01')]).errors).toEqual([]);
  });
});

describe('erscan prices refresh (command)', () => {
  const api = fakeRetailApi({ failFirst: [429] });
  let endpoint = '';
  beforeAll(async () => { endpoint = await api.start(); });
  afterAll(() => api.stop());

  it('writes a validated catalogue that loads and prices like the bundled one', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'erscan-prices-')), 'catalogue.json');
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await pricesRefreshCommand({ endpoint, out })).toBe(0);
    } finally {
      err.mockRestore();
    }
    const { loadCatalogue } = await import('../../src/pricing/catalogue.js');
    const cat = loadCatalogue(out);
    expect(new CatalogueIndex(cat).circuitFee('Standard', 'MeteredData', 1000, 'Zone 1')?.value).toBe(436);
    expect(cat.source).toMatch(/Azure Retail Prices API/);
  });

  it('refuses to write an incomplete catalogue (exit 2)', async () => {
    const broken = fakeRetailApi({ dropPage: 'expressroute-3.json' });
    const ep = await broken.start();
    const out = join(mkdtempSync(join(tmpdir(), 'erscan-prices-')), 'catalogue.json');
    const lines: string[] = [];
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (lines.push(String(s)), true));
    try {
      expect(await pricesRefreshCommand({ endpoint: ep, out })).toBe(2);
    } finally {
      err.mockRestore();
      await broken.stop();
    }
    expect(existsSync(out)).toBe(false);
    expect(lines.join('')).toMatch(/HTTP 400/);
  });
});
