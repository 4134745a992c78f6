// Builds the Retail Prices API pages the refresh tests replay. They are RECONSTRUCTED, not captured:
// this build environment has no route to prices.azure.com. Row shape and meter names follow
// research/pricing.md §5.2 and §6.1–6.3; circuit, egress, Local and brazilsouth gateway prices are the
// bundled catalogue's (API-derived) figures. Rows marked "test-only" (Direct, Global Reach, the
// westeurope gateway, noise rows) carry synthetic values that exist only to exercise the parser.
// Run: node test/pricing/recorded/make-pages.mjs
import { readFileSync, writeFileSync } from 'node:fs';
const here = new URL('.', import.meta.url);
const cat = JSON.parse(readFileSync(new URL('../../../prices/catalogue.json', here), 'utf8'));
const BASE = 'https://prices.azure.com/api/retail/prices';
const bwText = (mbps) => (mbps >= 1000 ? `${mbps / 1000} Gbps` : `${mbps} Mbps`);
const zoneRegion = (z) => (z === 'US Gov' ? 'US Gov Zone 1' : z);
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const row = (o) => ({ currencyCode: 'USD', tierMinimumUnits: 0, retailPrice: o.price, unitPrice: o.price, armRegionName: o.region, location: o.region, effectiveStartDate: o.date ?? '2026-07-01T00:00:00Z', meterId: id(), meterName: o.meter, productId: 'DZH318Z0BQ4P', skuId: 'DZH318Z0BQ4P/0001', productName: o.product, skuName: o.sku, serviceName: o.service ?? 'ExpressRoute', serviceId: 'DZH319F2869N', serviceFamily: 'Networking', unitOfMeasure: o.unit, type: o.type ?? 'Consumption', isPrimaryMeterRegion: true, armSkuName: '' });
const er = [];
for (const c of cat.circuits) {
  const plan = c.billingModel === 'MeteredData' ? 'Metered' : 'Unlimited';
  const meter = c.tier === 'Local' ? `Local ${bwText(c.bandwidthMbps)} Circuit` : `${c.tier} ${plan} Data ${bwText(c.bandwidthMbps)} Circuit`;
  er.push(row({ price: c.monthlyUsd, region: zoneRegion(c.zone), meter, product: 'ExpressRoute', sku: `${bwText(c.bandwidthMbps)} ${plan} Data`, unit: '1/Month' }));
}
for (const e of cat.egress) for (const bw of [50, 100, 200, 500, 1000, 2000, 5000, 10000]) er.push(row({ price: e.usdPerGb, region: zoneRegion(e.zone), meter: 'Metered Data - Data Transfer Out', product: 'ExpressRoute', sku: `${bwText(bw)} Metered Data`, unit: '1 GB' }));
for (const g of cat.gateways.filter((g) => g.usdPerHour !== null && g.region !== '*')) {
  const product = g.sku.startsWith('ErGw') ? 'ExpressRoute Gateway' : g.sku === 'Standard' ? 'ExpressRoute Standard Gateway' : 'ExpressRoute High Performance Gateway';
  const meter = g.sku.startsWith('ErGw') ? `${g.sku} Gateway` : g.sku === 'Standard' ? 'Standard Gateway' : 'High Performance Gateway';
  er.push(row({ price: g.usdPerHour, region: g.region, meter, product, sku: g.sku, unit: '1 Hour' }));
}
// test-only synthetic rows
er.push(row({ price: 0.25, region: 'westeurope', meter: 'ErGw1AZ Gateway', product: 'ExpressRoute Gateway', sku: 'ErGw1AZ', unit: '1 Hour' }));
er.push(row({ price: 0.21, region: 'westeurope', meter: 'ErGwScale Unit', product: 'ExpressRoute Gateway', sku: 'ErGwScale', unit: '1 Hour' }));
er.push(row({ price: 0.3, region: 'westeurope', meter: 'ErGw1AZ Gateway', product: 'ExpressRoute Gateway', sku: 'ErGw1AZ', unit: '1 Hour', type: 'DevTestConsumption' }));
er.push(row({ price: 5000, region: 'Zone 1', meter: 'ExpressRoute Direct 10 Gbps Metered Data Port Pair', product: 'ExpressRoute Direct', sku: '10 Gbps Metered Data', unit: '1/Month' }));
er.push(row({ price: 50000, region: 'Zone 1', meter: 'ExpressRoute Direct 100 Gbps Metered Data Port Pair', product: 'ExpressRoute Direct', sku: '100 Gbps Metered Data', unit: '1/Month' }));
er.push(row({ price: 9000, region: 'Zone 1', meter: 'ExpressRoute Direct 10 Gbps Unlimited Data Port Pair', product: 'ExpressRoute Direct', sku: '10 Gbps Unlimited Data', unit: '1/Month' }));
er.push(row({ price: 0.02, region: 'Zone 1', meter: 'Global Reach Data Transfer Out', product: 'ExpressRoute Global Reach', sku: 'Global Reach', unit: '1 GB' }));
er.push(row({ price: 0.02, region: 'Zone 1', meter: 'Global Reach Data Transfer In', product: 'ExpressRoute Global Reach', sku: 'Global Reach', unit: '1 GB' }));
er.push(row({ price: 0.05, region: 'Zone 2', meter: 'Global Reach Data Transfer Out', product: 'ExpressRoute Global Reach', sku: 'Global Reach', unit: '1 GB' }));
er.push(row({ price: 1, region: 'Zone 1', meter: 'Something Else Entirely', product: 'ExpressRoute', sku: 'Other', unit: '1/Month' }));
const pages = (items, prefix, filter) => {
  const out = [];
  for (let i = 0; i < items.length; i += 100) out.push(items.slice(i, i + 100));
  out.forEach((chunk, k) => {
    const next = k + 1 < out.length ? `${BASE}?api-version=2023-01-01-preview&currencyCode='USD'&$filter=${encodeURIComponent(filter)}&$skip=${(k + 1) * 100}` : null;
    writeFileSync(new URL(`${prefix}-${k + 1}.json`, here), JSON.stringify({ BillingCurrency: 'USD', CustomerEntityId: 'Default', CustomerEntityType: 'Retail', Items: chunk, NextPageLink: next, Count: chunk.length }, null, 1) + '\n');
  });
  return out.length;
};
const erPages = pages(er, 'expressroute', "serviceName eq 'ExpressRoute'");
const su = [row({ service: 'Virtual WAN', price: 0.42, region: 'westeurope', meter: 'ExpressRoute Scale Unit', product: 'Virtual WAN', sku: 'ExpressRoute Scale Unit', unit: '1 Hour' })];
const cu = [row({ service: 'Virtual WAN', price: 0.05, region: 'westeurope', meter: 'ExpressRoute Connection Unit', product: 'Virtual WAN', sku: 'ExpressRoute Connection Unit', unit: '1 Hour' })];
pages(su, 'vwan-scale-unit', "serviceName eq 'Virtual WAN' and skuName eq 'ExpressRoute Scale Unit'");
pages(cu, 'vwan-connection-unit', "serviceName eq 'Virtual WAN' and skuName eq 'ExpressRoute Connection Unit'");
console.log(`${er.length} ExpressRoute rows in ${erPages} pages`);
