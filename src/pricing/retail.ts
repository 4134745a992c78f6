/**
 * `erscan prices refresh`: rebuilds the price catalogue from the Azure Retail Prices API
 * (GET https://prices.azure.com/api/retail/prices, unauthenticated, `$filter` on serviceName, paged by
 * `NextPageLink`; research/pricing.md §5–6). Meter names follow research/pricing.md §6.1–6.2; rows the
 * parser does not recognise are counted and ignored, never guessed into a price.
 */
import { CIRCUIT_BANDWIDTHS_MBPS, formatBandwidth, type BillingModel, type CircuitPrice, type DirectPortPrice, type EgressPrice, type GatewayPrice, type GlobalReachAddOn, type GlobalReachPerGb, type MeterRef, type PremiumAddOnPrice, type PriceCatalogue, type VwanPrice, ZONES } from './catalogue.js';
import type { Zone } from './model.js';
import { compareText } from '../util/collate.js';
import { MAX_NAMED_WAIT_MS, refusedWait } from '../util/waits.js';

export const RETAIL_ENDPOINT = 'https://prices.azure.com/api/retail/prices';
export const API_VERSION = '2023-01-01-preview';

/**
 * The currencies the Retail Prices API supports (`currencyCode`), as its documentation lists them:
 * https://learn.microsoft.com/rest/api/cost-management/retail-prices/azure-retail-prices#supported-currencies
 * (USD is the billing currency; the others are converted "for reference").
 */
export const RETAIL_CURRENCIES = ['USD', 'AUD', 'BRL', 'CAD', 'CHF', 'CNY', 'DKK', 'EUR', 'GBP', 'INR', 'JPY', 'KRW', 'NOK', 'NZD', 'RUB', 'SEK', 'TWD'] as const;

const isLoopback = (host: string) => host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

/**
 * Checks an `--endpoint`: an https:// URL, or http:// on a loopback address (a local test server).
 * Returns the reason it is refused, or undefined when it is acceptable.
 */
export function endpointProblem(endpoint: string): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'not a URL';
  }
  if (url.username || url.password) return 'a URL with a user name or password in it';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return undefined;
  return url.protocol === 'http:' ? 'an http:// URL to a host that is not this machine' : `a ${url.protocol} URL`;
}

/** One row of the Retail Prices API (the fields erscan reads). */
export interface RetailItem {
  currencyCode: string;
  tierMinimumUnits?: number;
  retailPrice: number;
  unitPrice?: number;
  armRegionName?: string;
  location?: string;
  effectiveStartDate?: string;
  meterId?: string;
  meterName?: string;
  productName?: string;
  skuName?: string;
  serviceName?: string;
  unitOfMeasure?: string;
  type?: string;
}

interface RetailPage {
  Items?: RetailItem[];
  NextPageLink?: string | null;
  BillingCurrency?: string;
}

export type FetchLike = (url: string, init?: { headers?: Record<string, string>; signal?: AbortSignal }) => Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;

export interface FetchOptions {
  endpoint?: string;
  currency?: string;
  fetch?: FetchLike;
  /** Longest Retry-After honoured (default 5 minutes); a longer one fails the refresh at once. */
  maxRetryAfterMs?: number;
  /** Attempts per page (default 5), with exponential backoff and jitter; honours Retry-After. */
  attempts?: number;
  /** Base backoff in ms (default 1000). */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Safety stop against a server that pages forever (default 500). */
  maxPages?: number;
  log?: (line: string) => void;
  timeoutMs?: number;
}

export class RetailApiError extends Error {}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const s = Number(value);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}

/** The first page's URL for a `$filter`. */
export function firstPageUrl(filter: string, opts: FetchOptions = {}): string {
  const base = opts.endpoint ?? RETAIL_ENDPOINT;
  const params = new URLSearchParams({ 'api-version': API_VERSION, currencyCode: opts.currency ?? 'USD', $filter: filter });
  return `${base}${base.includes('?') ? '&' : '?'}${params.toString().replace(/\+/g, '%20')}`;
}

async function getPage(url: string, opts: FetchOptions): Promise<RetailPage> {
  const fetchImpl = opts.fetch ?? (globalThis.fetch as unknown as FetchLike);
  const attempts = opts.attempts ?? 5;
  const base = opts.backoffMs ?? 1000;
  const sleep = opts.sleep ?? defaultSleep;
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let status = 0;
    let retryAfter: number | undefined;
    try {
      const signal = AbortSignal.timeout(opts.timeoutMs ?? 60_000);
      const res = await fetchImpl(url, { headers: { accept: 'application/json' }, signal });
      status = res.status;
      const text = await res.text();
      if (status === 200) {
        try {
          return JSON.parse(text) as RetailPage;
        } catch {
          last = 'a response that is not JSON';
        }
      } else {
        last = `HTTP ${status}`;
        retryAfter = retryAfterMs(res.headers.get('retry-after'));
        if (status !== 429 && status < 500) throw new RetailApiError(`Retail Prices API: ${url} answered HTTP ${status}: ${text.slice(0, 200)}`);
      }
    } catch (e) {
      if (e instanceof RetailApiError) throw e;
      last = (e as Error).message ?? String(e);
    }
    // A wait longer than erscan honours (5 minutes, as the live crawl's) fails the refresh now, the previous catalogue kept.
    const refused = refusedWait(retryAfter, opts.maxRetryAfterMs ?? MAX_NAMED_WAIT_MS);
    if (refused) throw new RetailApiError(`Retail Prices API: ${url} answered ${last} and ${refused}; try again later`);
    if (attempt < attempts) {
      const wait = retryAfter ?? base * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
      opts.log?.(`retail prices: ${last} on attempt ${attempt}/${attempts}; retrying in ${Math.round(wait)} ms`);
      await sleep(wait);
    }
  }
  throw new RetailApiError(`Retail Prices API: ${url} failed after ${attempts} attempts (${last})`);
}

/**
 * Every item for one `$filter`, following NextPageLink until it is null. A NextPageLink is followed
 * only on the origin (scheme, host and port) of the first page: the API cannot send erscan to
 * another host (a link-local metadata address, an internal service). A page that is not the API's
 * shape is refused in one line.
 */
export async function fetchAllItems(filter: string, opts: FetchOptions = {}): Promise<RetailItem[]> {
  const items: RetailItem[] = [];
  let url: string | null | undefined = firstPageUrl(filter, opts);
  const origin = new URL(url).origin;
  const seen = new Set<string>();
  for (let page = 0; url; page++) {
    if (page >= (opts.maxPages ?? 500)) throw new RetailApiError(`Retail Prices API: more than ${opts.maxPages ?? 500} pages for ${filter}; stopping`);
    if (seen.has(url)) throw new RetailApiError(`Retail Prices API: NextPageLink repeats ${url}; stopping`);
    seen.add(url);
    const raw: unknown = await getPage(url, opts);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter} is not a price page (expected {"Items": [...], "NextPageLink": ...})`);
    const body = raw as RetailPage;
    if (!Array.isArray(body.Items)) throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter} has no Items array`);
    const bad = body.Items.findIndex((i) => typeof i !== 'object' || i === null || Array.isArray(i));
    if (bad >= 0) throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter}: Items[${bad}] is not a price row`);
    // Every row is in the currency asked for (`currencyCode`), with a number for its price: a row in another
    // currency, or without a price, would put a figure in the catalogue that is not what it says it is.
    const currency = opts.currency ?? 'USD';
    body.Items.forEach((i, k) => {
      if (i.currencyCode !== currency) throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter}: Items[${k}].currencyCode: expected ${currency} (the currency asked for), found ${JSON.stringify(i.currencyCode ?? null)}`);
      if (typeof i.retailPrice !== 'number' || !Number.isFinite(i.retailPrice)) throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter}: Items[${k}].retailPrice: expected a number, found ${JSON.stringify(i.retailPrice ?? null)}`);
    });
    items.push(...body.Items);
    opts.log?.(`retail prices: ${filter}: page ${page + 1}, ${body.Items.length} item(s)`);
    const next: unknown = body.NextPageLink;
    if (next === null || next === undefined || next === '') break;
    if (typeof next !== 'string') throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter} has a NextPageLink that is not a URL`);
    let nextOrigin: string;
    try {
      nextOrigin = new URL(next).origin;
    } catch {
      throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter} has a NextPageLink that is not a URL`);
    }
    if (nextOrigin !== origin) throw new RetailApiError(`Retail Prices API: page ${page + 1} of ${filter} links its next page to ${nextOrigin}, not ${origin} (the endpoint's origin); not followed`);
    url = next;
  }
  return items;
}

/** The filters `prices refresh` runs: ExpressRoute itself and the two vWAN ExpressRoute meters. */
export const REFRESH_FILTERS = [
  "serviceName eq 'ExpressRoute'",
  "serviceName eq 'Virtual WAN' and skuName eq 'ExpressRoute Scale Unit'",
  "serviceName eq 'Virtual WAN' and skuName eq 'ExpressRoute Connection Unit'",
];

function zoneOf(item: RetailItem): Zone | undefined {
  for (const v of [item.armRegionName, item.location]) {
    const s = (v ?? '').trim();
    const m = /^zone\s*([1-4])$/i.exec(s);
    if (m) return `Zone ${m[1]}` as Zone;
    if (/^us\s*gov(ernment)?\s*zone\s*1$/i.test(s)) return 'US Gov';
  }
  return undefined;
}

function bandwidthMbps(value: string, unit: string): number {
  return unit.toLowerCase() === 'gbps' ? Number(value) * 1000 : Number(value);
}

function meterOf(i: RetailItem): MeterRef {
  const m: MeterRef = {};
  if (i.meterId) m.meterId = i.meterId;
  if (i.meterName) m.meterName = i.meterName;
  if (i.productName) m.productName = i.productName;
  if (i.skuName) m.skuName = i.skuName;
  if (i.armRegionName) m.armRegionName = i.armRegionName;
  if (i.unitOfMeasure) m.unitOfMeasure = i.unitOfMeasure;
  if (i.effectiveStartDate) m.effectiveStartDate = i.effectiveStartDate;
  return m;
}

const isMonthly = (i: RetailItem) => /^1\s*\/\s*month$/i.test(i.unitOfMeasure ?? '');
const isHourly = (i: RetailItem) => /^1\s*hours?$/i.test(i.unitOfMeasure ?? '');
const isPerGb = (i: RetailItem) => /^1\s*gb$/i.test(i.unitOfMeasure ?? '');

export interface BuildResult {
  catalogue: PriceCatalogue;
  /** Rows that matched no known meter (counted, listed by meter name for the log). */
  ignored: string[];
  warnings: string[];
  /** Figures the rows do not settle (two prices in effect from the same date): the catalogue is not written. */
  errors: string[];
}

/** The day a row's price takes effect (`effectiveStartDate`'s date), '' when the row does not say. */
const effectiveDay = (i: { effectiveStartDate?: string }) => (i.effectiveStartDate ?? '').slice(0, 10);

/**
 * Turns Retail Prices API rows into a catalogue. Consumption rows at tier 0 only, whose price is in effect
 * on `date` (a row whose effectiveStartDate is later is a price to come, not today's); a figure seen twice
 * with different prices keeps the newest effectiveStartDate and is reported, and two different prices in
 * effect from the same date are an error (which one applies is not known).
 */
export function buildCatalogueFromRetail(items: RetailItem[], opts: { currency: string; date: string; endpoint?: string }): BuildResult {
  const SRC = 'retail-api';
  const warnings: string[] = [];
  const errors: string[] = [];
  const ignored: string[] = [];
  const consumption = items.filter((i) => (i.type ?? 'Consumption') === 'Consumption' && (i.tierMinimumUnits ?? 0) === 0 && Number.isFinite(i.retailPrice));
  const rows = consumption.filter((i) => effectiveDay(i) <= opts.date);
  if (rows.length < consumption.length) warnings.push(`${consumption.length - rows.length} row(s) take effect after ${opts.date} (${[...new Set(consumption.filter((i) => !rows.includes(i)).map((i) => `${i.meterName ?? '?'} from ${effectiveDay(i)}`))].slice(0, 5).join(', ')}): not used`);
  // Per figure (named by `what`), two different prices in effect from its newest date, until a newer row settles it.
  const conflicts = new Map<string, string>();
  const newest = <T extends { meter?: MeterRef }>(map: Map<string, T & { price: number }>, key: string, value: T & { price: number }, what: string) => {
    const prev = map.get(key);
    if (!prev) return void map.set(key, value);
    if (prev.price !== value.price) {
      const [was, now] = [effectiveDay(prev.meter ?? {}), effectiveDay(value.meter ?? {})];
      if (was === now) return void conflicts.set(what, `${what}: two prices in effect from ${now || 'an unstated date'} (${prev.price} and ${value.price}); which one applies is not known`);
      const keepNew = now > was;
      warnings.push(`${what}: two prices (${prev.price} and ${value.price}); kept ${keepNew ? value.price : prev.price} (newest effectiveStartDate)`);
      if (keepNew) {
        map.set(key, value);
        conflicts.delete(what);
      }
    }
  };
  const toMonthly = (i: RetailItem) => (isHourly(i) ? i.retailPrice * 730 : i.retailPrice);

  const circuits = new Map<string, CircuitPrice & { price: number }>();
  const egressByZone = new Map<Zone, Map<number, RetailItem[]>>();
  const grPerGb = new Map<string, GlobalReachPerGb & { price: number }>();
  const grAddOn = new Map<string, GlobalReachAddOn & { price: number }>();
  const direct = new Map<string, DirectPortPrice & { price: number }>();
  const gateways = new Map<string, GatewayPrice & { price: number }>();
  const vwan = new Map<string, VwanPrice & { price: number }>();

  for (const i of rows) {
    const meter = (i.meterName ?? '').trim();
    const product = (i.productName ?? '').trim();
    const sku = (i.skuName ?? '').trim();
    const region = (i.armRegionName ?? '').trim().toLowerCase();
    const zone = zoneOf(i);
    let m: RegExpExecArray | null;
    if (/^virtual wan$/i.test(i.serviceName ?? '')) {
      const kind = /^expressroute scale unit$/i.test(sku) ? 'scaleUnit' : /^expressroute connection unit$/i.test(sku) ? 'connectionUnit' : undefined;
      if (kind && isHourly(i) && region) newest(vwan, `${kind}|${region}`, { kind, region, usdPerHour: i.retailPrice, price: i.retailPrice, source: SRC, meter: meterOf(i) }, `vWAN ${kind} ${region}`);
      else ignored.push(`${i.serviceName}/${meter || sku}`);
      continue;
    }
    const all = `${product} ${meter} ${sku}`;
    if (/global\s*reach/i.test(all)) {
      if (!zone) ignored.push(`${product}/${meter} (no zone)`);
      else if (isPerGb(i)) {
        const direction = /\b(in|inbound|ingress)\b|transfer in/i.test(meter) ? 'in' : 'out';
        newest(grPerGb, `${zone}|${direction}`, { zone, direction, usdPerGb: i.retailPrice, price: i.retailPrice, source: SRC, meter: meterOf(i) }, `Global Reach ${direction} ${zone}`);
      } else if (isMonthly(i) || isHourly(i)) {
        const bw = /(\d+)\s*(Mbps|Gbps)/i.exec(all);
        const b = bw ? bandwidthMbps(bw[1], bw[2]) : undefined;
        const v = toMonthly(i);
        newest(grAddOn, `${zone}|${b ?? ''}`, { zone, ...(b ? { bandwidthMbps: b } : {}), monthlyUsd: v, price: v, source: SRC, meter: meterOf(i) }, `Global Reach add-on ${zone}`);
      } else ignored.push(`${product}/${meter}`);
      continue;
    }
    if (/gateway|ergw/i.test(all)) {
      let gw: string | undefined;
      let per: 'gateway' | 'scaleUnit' = 'gateway';
      if ((m = /^(ErGw\w*AZ)\s+Gateway$/i.exec(meter))) gw = m[1];
      else if (/^ErGwScale\s+Unit$/i.test(meter)) [gw, per] = ['ErGwScale', 'scaleUnit'];
      else if (/ultra\s*(high\s*)?performance/i.test(all)) gw = 'UltraPerformance';
      else if (/high\s*performance/i.test(all)) gw = 'HighPerformance';
      else if (/standard gateway/i.test(all)) gw = 'Standard';
      if (gw && isHourly(i) && region) newest(gateways, `${gw}|${region}`, { sku: gw, region, usdPerHour: i.retailPrice, price: i.retailPrice, per, source: SRC, meter: meterOf(i) }, `gateway ${gw} ${region}`);
      else ignored.push(`${product}/${meter}`);
      continue;
    }
    // Whole words: "Support", "Transport" or "Import" in a product or meter name is no Direct port.
    if (/\bdirect\b|\bport\b/i.test(`${product} ${meter}`)) {
      const bw = /(\d+)\s*Gbps/i.exec(all);
      const model: BillingModel | undefined = /unlimited/i.test(all) ? 'UnlimitedData' : /metered/i.test(all) ? 'MeteredData' : undefined;
      if (bw && model && (isMonthly(i) || isHourly(i))) {
        const v = toMonthly(i);
        newest(direct, `${bw[1]}|${model}|${zone ?? ''}`, { portBandwidthGbps: Number(bw[1]), billingType: model, ...(zone ? { zone } : {}), monthlyUsd: v, price: v, source: SRC, meter: meterOf(i) }, `Direct ${bw[1]} Gbps ${model}`);
      } else ignored.push(`${product}/${meter}`);
      continue;
    }
    if (!zone) {
      ignored.push(`${product}/${meter} (region ${i.armRegionName ?? '?'})`);
      continue;
    }
    if ((m = /^(Standard|Premium)\s+(Metered|Unlimited)\s+Data\s+(\d+)\s*(Mbps|Gbps)\s+Circuit$/i.exec(meter)) && (isMonthly(i) || isHourly(i))) {
      const tier = (m[1][0].toUpperCase() + m[1].slice(1).toLowerCase()) as 'Standard' | 'Premium';
      const model = (/^metered$/i.test(m[2]) ? 'MeteredData' : 'UnlimitedData') as BillingModel;
      const bw = bandwidthMbps(m[3], m[4]);
      const v = toMonthly(i);
      newest(circuits, `${tier}|${model}|${bw}|${zone}`, { tier, billingModel: model, bandwidthMbps: bw, zone, monthlyUsd: v, price: v, source: SRC, meter: meterOf(i) }, `${tier} ${model} ${bw} Mbps ${zone}`);
    } else if ((m = /^Local\s+(?:Unlimited\s+Data\s+)?(\d+)\s*(Mbps|Gbps)\s+Circuit$/i.exec(meter)) && (isMonthly(i) || isHourly(i))) {
      const bw = bandwidthMbps(m[1], m[2]);
      const v = toMonthly(i);
      newest(circuits, `Local|UnlimitedData|${bw}|${zone}`, { tier: 'Local', billingModel: 'UnlimitedData', bandwidthMbps: bw, zone, monthlyUsd: v, price: v, source: SRC, meter: meterOf(i) }, `Local ${bw} Mbps ${zone}`);
    } else if (/data transfer out/i.test(meter) && isPerGb(i)) {
      const bw = /(\d+)\s*(Mbps|Gbps)/i.exec(sku);
      const byBw = egressByZone.get(zone) ?? new Map<number, RetailItem[]>();
      const key = bw ? bandwidthMbps(bw[1], bw[2]) : 0;
      byBw.set(key, [...(byBw.get(key) ?? []), i]);
      egressByZone.set(zone, byBw);
    } else ignored.push(`${product}/${meter}`);
  }

  // Egress: one meter per bandwidth SKU in the API, but one rate per zone (research/pricing.md §2.2).
  const egress: EgressPrice[] = [];
  for (const zone of ZONES) {
    const byBw = egressByZone.get(zone);
    if (!byBw) continue;
    // Each bandwidth SKU's rate is its newest row's, as for every other figure; then the rate most SKUs have.
    const all: RetailItem[] = [];
    const superseded = new Set<number>();
    for (const [bw, skuRows] of byBw) {
      const day = skuRows.reduce((d, r) => (effectiveDay(r) > d ? effectiveDay(r) : d), '');
      const current = skuRows.filter((r) => effectiveDay(r) === day);
      const prices = [...new Set(current.map((r) => r.retailPrice))];
      const what = `egress ${zone}${bw ? ` (${formatBandwidth(bw)} SKU)` : ''}`;
      if (prices.length > 1) conflicts.set(what, `${what}: two prices in effect from ${day || 'an unstated date'} (${prices.join(' and ')}); which one applies is not known`);
      else {
        for (const r of skuRows) if (r.retailPrice !== prices[0]) superseded.add(r.retailPrice);
        all.push(current[0]);
      }
    }
    if (superseded.size > 0) warnings.push(`egress ${zone}: older prices (${[...superseded].join(', ')}) superseded by a newer effectiveStartDate; kept the newest on each bandwidth SKU`);
    if (all.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of all) counts.set(r.retailPrice, (counts.get(r.retailPrice) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const [rate] = ranked[0];
    if (ranked.length > 1 && ranked[1][1] === ranked[0][1]) {
      conflicts.set(`egress ${zone}`, `egress ${zone}: the bandwidth SKUs have different rates (${ranked.map(([p, n]) => `${p} on ${n}`).join(', ')}) and none is the most common; which one applies is not known`);
      continue;
    }
    if (counts.size > 1) warnings.push(`egress in ${zone} differs by bandwidth SKU (${[...counts.keys()].join(', ')}); using the most common, ${rate}`);
    const row = all.find((r) => r.retailPrice === rate)!;
    egress.push({ zone, usdPerGb: rate, source: SRC, meter: meterOf(row) });
  }

  const strip = <T extends { price: number }>(v: T): Omit<T, 'price'> => {
    const { price: _p, ...rest } = v;
    return rest;
  };
  const circuitList = [...circuits.values()].map(strip).sort((a, b) => compareText(a.tier, b.tier) || compareText(a.billingModel, b.billingModel) || a.bandwidthMbps - b.bandwidthMbps || compareText(a.zone, b.zone));

  // Premium add-on = Premium Unlimited − Standard Unlimited (the Premium meter already includes it).
  const premiumAddOn: PremiumAddOnPrice[] = [];
  for (const zone of ZONES)
    for (const bw of CIRCUIT_BANDWIDTHS_MBPS) {
      const p = circuits.get(`Premium|UnlimitedData|${bw}|${zone}`);
      const s = circuits.get(`Standard|UnlimitedData|${bw}|${zone}`);
      if (p && s) premiumAddOn.push({ bandwidthMbps: bw, zone, monthlyUsd: Math.round((p.price - s.price) * 100) / 100, source: 'derived-premium' });
    }

  const missing = `not returned by the Retail Prices API on ${opts.date}`;
  const directPorts = [...direct.values()].map(strip);
  const catalogue: PriceCatalogue = {
    $schema: '../schemas/prices.schema.json',
    catalogueVersion: 1,
    effectiveDate: opts.date,
    currency: opts.currency,
    source: `Azure Retail Prices API (${opts.endpoint ?? RETAIL_ENDPOINT}), retrieved ${opts.date}`,
    hoursPerMonth: 730,
    gbPerTb: 1024,
    sources: {
      [SRC]: { kind: 'api', title: 'Azure Retail Prices API', reference: `${opts.endpoint ?? RETAIL_ENDPOINT} $filter: ${REFRESH_FILTERS.join(' | ')}`, date: opts.date },
      'derived-premium': { kind: 'derived', title: 'Premium add-on = Premium Unlimited − Standard Unlimited (same zone and bandwidth)', reference: 'research/pricing.md §2.3', date: opts.date },
      none: { kind: 'missing', title: 'The API returned no row for this figure', reference: `${opts.endpoint ?? RETAIL_ENDPOINT}`, date: opts.date },
    },
    circuits: circuitList,
    egress,
    premiumAddOn,
    directPorts: directPorts.length > 0 ? directPorts : [10, 100].flatMap((g) => (['MeteredData', 'UnlimitedData'] as const).map((billingType) => ({ portBandwidthGbps: g, billingType, monthlyUsd: null, source: 'none', unverified: `ExpressRoute Direct port-pair fee ${missing}` }))),
    directPremiumAddOn: { monthlyUsd: null, source: 'none', unverified: `Microsoft publishes the Premium add-on on Direct circuits only as "a slight add-on charge"; ${missing}` },
    globalReach: {
      addOn: grAddOn.size > 0 ? [...grAddOn.values()].map(strip) : [{ monthlyUsd: null, source: 'none', unverified: `Global Reach add-on ${missing}` }],
      perGb: [...grPerGb.values()].map(strip).sort((a, b) => compareText(a.zone, b.zone) || compareText(a.direction, b.direction)),
    },
    gateways: [...gateways.values()].map(strip).sort((a, b) => compareText(a.sku, b.sku) || compareText(a.region, b.region)),
    vwan: [...vwan.values()].map(strip).sort((a, b) => compareText(a.kind, b.kind) || compareText(a.region, b.region)),
  };
  errors.push(...conflicts.values());
  return { catalogue, ignored, warnings, errors };
}
