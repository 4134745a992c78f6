/**
 * The price catalogue: data, dated and sourced (prices/catalogue.json, schema schemas/prices.schema.json).
 * Every figure names its source; a figure nobody published is `null` and carries `unverified`. This
 * module loads and validates a catalogue and answers price look-ups; it never invents a price.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InputError } from '../util/errors.js';
import { parseJson, readText } from '../util/json.js';
import { refuseDuplicateKeys } from '../util/yaml.js';
import { packagePath } from '../util/paths.js';
import { schemaValidator, validateOrThrow } from '../util/schema.js';
import type { Zone } from './model.js';
import { validatedCatalogue } from './validated-catalogue.js';
import { compareText } from '../util/collate.js';

export const ZONES: Zone[] = ['Zone 1', 'Zone 2', 'Zone 3', 'Zone 4', 'US Gov'];
export const CIRCUIT_BANDWIDTHS_MBPS = [50, 100, 200, 500, 1000, 2000, 5000, 10000];
/** The ExpressRoute virtual network gateway SKUs the catalogue prices (legacy, zone-redundant, scalable). */
export const GATEWAY_SKUS = ['Standard', 'HighPerformance', 'UltraPerformance', 'ErGw1AZ', 'ErGw2AZ', 'ErGw3AZ', 'ErGwScale'];
/** ExpressRoute Local is sold at 1, 2, 5 and 10 Gbps only. */
export const LOCAL_BANDWIDTHS_MBPS = [1000, 2000, 5000, 10000];

/** The smallest Local bandwidth of at least `bw` Mbps (Local starts at 1 Gbps), if any: the one the estimate prices a move to Local at. */
export function localBandwidthFor(bw: number): number | undefined {
  for (let i = 0; i < LOCAL_BANDWIDTHS_MBPS.length; i++) if (LOCAL_BANDWIDTHS_MBPS[i] >= bw) return LOCAL_BANDWIDTHS_MBPS[i];
  return undefined;
}
export type Tier = 'Local' | 'Standard' | 'Premium';
export type BillingModel = 'MeteredData' | 'UnlimitedData';

export interface MeterRef {
  meterId?: string;
  meterName?: string;
  productName?: string;
  skuName?: string;
  armRegionName?: string;
  unitOfMeasure?: string;
  effectiveStartDate?: string;
}

interface Figure {
  source: string;
  confirmedBy?: string;
  unverified?: string;
  meter?: MeterRef;
}

export interface CircuitPrice extends Figure { tier: Tier; billingModel: BillingModel; bandwidthMbps: number; zone: Zone; monthlyUsd: number | null }
export interface EgressPrice extends Figure { zone: Zone; usdPerGb: number | null }
export interface PremiumAddOnPrice extends Figure { bandwidthMbps: number; zone: Zone; monthlyUsd: number | null }
export interface DirectPortPrice extends Figure { portBandwidthGbps: number; billingType: BillingModel; zone?: Zone; monthlyUsd: number | null }
export interface GlobalReachAddOn extends Figure { zone?: Zone; bandwidthMbps?: number; monthlyUsd: number | null }
export interface GlobalReachPerGb extends Figure { zone: Zone; direction: 'in' | 'out'; usdPerGb: number | null }
export interface GatewayPrice extends Figure {
  sku: string;
  region: string;
  usdPerHour: number | null;
  per: 'gateway' | 'scaleUnit';
  /** Scale-unit SKUs: the fewest units billed whatever the configured minimum (unverified where it says so). */
  billedMinimumUnits?: number;
}
export interface VwanPrice extends Figure { kind: 'scaleUnit' | 'connectionUnit'; region: string; usdPerHour: number | null }

export interface SourceInfo {
  kind: 'microsoft' | 'api' | 'api-derived' | 'third-party' | 'derived' | 'missing';
  title: string;
  reference: string;
  date?: string;
}

export interface PriceCatalogue {
  $schema?: string;
  catalogueVersion: 1;
  effectiveDate: string;
  currency: string;
  source: string;
  hoursPerMonth: number;
  gbPerTb?: number;
  sources: Record<string, SourceInfo>;
  circuits: CircuitPrice[];
  egress: EgressPrice[];
  premiumAddOn: PremiumAddOnPrice[];
  directPorts: DirectPortPrice[];
  directPremiumAddOn?: Figure & { monthlyUsd: number | null };
  globalReach: { addOn: GlobalReachAddOn[]; perGb: GlobalReachPerGb[] };
  gateways: GatewayPrice[];
  vwan: VwanPrice[];
}

/** A price together with what the report must say about it. */
export interface Quote {
  value: number;
  source: string;
  unverified?: string;
}

export const BUNDLED_CATALOGUE = packagePath('prices', 'catalogue.json');

/** Reads and validates a catalogue file (schema and cross-references); throws InputError on bad input. */
export function loadCatalogue(file = BUNDLED_CATALOGUE): PriceCatalogue {
  const text = readText(file);
  const parsed = parseJson(file, text);
  const data = parsed.value;
  const cat = data as PriceCatalogue;
  // The bundled catalogue, byte for byte what the build validated (src/pricing/validated-catalogue.ts), is not validated again.
  if (file === BUNDLED_CATALOGUE && validatedCatalogue !== undefined && validatedCatalogue.digest === bundledCatalogueDigest(text)) return cat;
  // A price written twice in one object (`"monthlyUsd": 436, "monthlyUsd": 43.6`): JSON.parse would keep the last in silence.
  refuseDuplicateKeys(file, text, parsed.lines);
  validateOrThrow(schemaValidator('prices.schema.json'), data, file);
  const problem = checkSourceRefs(cat)[0] ?? checkDuplicates(cat)[0];
  if (problem) throw new InputError(file, problem.path, problem.expected, problem.found);
  return cat;
}

/** sha256 of the catalogue's text and of its schema's: what the build's validation of it holds for. */
export function bundledCatalogueDigest(text: string): string {
  return createHash('sha256').update(text).update('\0').update(readFileSync(packagePath('schemas', 'prices.schema.json'))).digest('hex');
}

interface RefProblem { path: string; expected: string; found: string }

function checkSourceRefs(cat: PriceCatalogue): RefProblem[] {
  const problems: RefProblem[] = [];
  const check = (path: string, f: Figure) => {
    for (const key of ['source', 'confirmedBy'] as const) {
      const ref = f[key];
      if (ref !== undefined && !cat.sources[ref]) problems.push({ path: `${path}.${key}`, expected: `a key of $.sources (${Object.keys(cat.sources).join(', ')})`, found: JSON.stringify(ref) });
    }
  };
  cat.circuits.forEach((f, i) => check(`$.circuits[${i}]`, f));
  cat.egress.forEach((f, i) => check(`$.egress[${i}]`, f));
  cat.premiumAddOn.forEach((f, i) => check(`$.premiumAddOn[${i}]`, f));
  cat.directPorts.forEach((f, i) => check(`$.directPorts[${i}]`, f));
  if (cat.directPremiumAddOn) check('$.directPremiumAddOn', cat.directPremiumAddOn);
  cat.globalReach.addOn.forEach((f, i) => check(`$.globalReach.addOn[${i}]`, f));
  cat.globalReach.perGb.forEach((f, i) => check(`$.globalReach.perGb[${i}]`, f));
  cat.gateways.forEach((f, i) => check(`$.gateways[${i}]`, f));
  cat.vwan.forEach((f, i) => check(`$.vwan[${i}]`, f));
  return problems;
}

/**
 * Two figures for the same price (the same circuit tier, billing model, bandwidth and zone; the same
 * gateway SKU and region, in any case; …) would make the figure a report uses depend on the order of
 * the file: the later one won for circuits, egress and the Premium add-on, the earlier one elsewhere.
 */
function checkDuplicates(cat: PriceCatalogue): RefProblem[] {
  const problems: RefProblem[] = [];
  const lower = (v: string | undefined) => (v ?? '').toLowerCase().replace(/\s+/g, '');
  const check = <T>(path: string, rows: T[], what: string, key: (r: T) => unknown[]) => {
    const seen = new Map<string, number>();
    rows.forEach((r, i) => {
      const k = JSON.stringify(key(r));
      const first = seen.get(k);
      if (first === undefined) seen.set(k, i);
      else problems.push({ path: `${path}[${i}]`, expected: `one price for each ${what}`, found: `the same ${what} (${key(r).filter((v) => v !== undefined && v !== '').join(', ')}) as ${path}[${first}]` });
    });
  };
  check('$.circuits', cat.circuits, 'tier, billing model, bandwidth and zone', (c) => [c.tier, c.billingModel, c.bandwidthMbps, c.zone]);
  check('$.egress', cat.egress, 'zone', (e) => [e.zone]);
  check('$.premiumAddOn', cat.premiumAddOn, 'bandwidth and zone', (p) => [p.bandwidthMbps, p.zone]);
  check('$.directPorts', cat.directPorts, 'port bandwidth, billing type and zone', (d) => [d.portBandwidthGbps, d.billingType, d.zone]);
  check('$.globalReach.addOn', cat.globalReach.addOn, 'zone and bandwidth', (g) => [g.zone, g.bandwidthMbps]);
  check('$.globalReach.perGb', cat.globalReach.perGb, 'zone and direction', (g) => [g.zone, g.direction]);
  check('$.gateways', cat.gateways, 'gateway SKU and region', (g) => [lower(g.sku), lower(g.region)]);
  check('$.vwan', cat.vwan, 'vWAN unit kind and region', (v) => [v.kind, lower(v.region)]);
  return problems;
}

/**
 * Completeness and sanity of a catalogue (used by `prices refresh` before writing one):
 * errors for a missing circuit/egress figure, warnings for optional parts and for figures that
 * differ from the two Microsoft-confirmed values.
 */
export function auditCatalogue(cat: PriceCatalogue): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const p of [...checkSourceRefs(cat), ...checkDuplicates(cat)]) errors.push(`${p.path}: expected ${p.expected}, found ${p.found}`);
  const idx = new CatalogueIndex(cat);
  for (const zone of ZONES) {
    for (const tier of ['Standard', 'Premium'] as const)
      for (const model of ['MeteredData', 'UnlimitedData'] as const)
        for (const bw of CIRCUIT_BANDWIDTHS_MBPS) if (!idx.circuitFee(tier, model, bw, zone)) errors.push(`no price for ${tier} ${model} ${formatBandwidth(bw)} in ${zone}`);
    if (zone !== 'Zone 4') for (const bw of LOCAL_BANDWIDTHS_MBPS) if (!idx.circuitFee('Local', 'UnlimitedData', bw, zone)) warnings.push(`no price for Local ${formatBandwidth(bw)} in ${zone}`);
    if (!idx.egressRate(zone)) errors.push(`no egress price per GB for ${zone}`);
  }
  for (const f of cat.circuits) {
    if (f.monthlyUsd !== null && f.monthlyUsd <= 0) errors.push(`${f.tier} ${f.billingModel} ${formatBandwidth(f.bandwidthMbps)} ${f.zone}: a monthly fee of ${f.monthlyUsd} is not plausible`);
    if (f.tier === 'Local' && f.billingModel === 'MeteredData') errors.push(`Local ${formatBandwidth(f.bandwidthMbps)} ${f.zone}: Local is Unlimited only`);
  }
  const anchor = idx.circuitFee('Standard', 'MeteredData', 1000, 'Zone 1');
  if (cat.currency === 'USD' && anchor && anchor.value !== 436) warnings.push(`1 Gbps Standard Metered Zone 1 is $${anchor.value}; Microsoft's Well-Architected example (2023-04-18) says $436`);
  const rate = idx.egressRate('Zone 1');
  if (cat.currency === 'USD' && rate && rate.value !== 0.025) warnings.push(`Zone 1 egress is $${rate.value}/GB; Microsoft's Well-Architected example (2023-04-18) says $0.025`);
  if (!cat.directPorts.some((d) => d.monthlyUsd !== null)) warnings.push('no ExpressRoute Direct port-pair price: Direct ports will be shown unpriced');
  if (!cat.globalReach.perGb.some((d) => d.usdPerGb !== null)) warnings.push('no Global Reach per-GB price');
  // Each gateway SKU and vWAN unit the model prices (research/pricing.md §2.4, §6.2) is named when it has no figure.
  const unpricedSkus = GATEWAY_SKUS.filter((sku) => !cat.gateways.some((g) => g.sku === sku && g.usdPerHour !== null));
  if (unpricedSkus.length > 0) warnings.push(`no price for gateway SKU(s) ${unpricedSkus.join(', ')}: gateways of ${unpricedSkus.length > 1 ? 'these SKUs' : 'this SKU'} will be shown unpriced`);
  for (const [kind, what] of [['scaleUnit', 'scale unit'], ['connectionUnit', 'connection unit']] as const)
    if (!cat.vwan.some((v) => v.kind === kind && v.usdPerHour !== null)) warnings.push(`no price for the vWAN ExpressRoute ${what}: vWAN ExpressRoute gateways will be shown unpriced`);
  return { errors, warnings };
}

const bandwidthTexts = new Map<number, string>();

export function formatBandwidth(mbps: number): string {
  // Messages name a circuit's bandwidth several times per circuit, of a dozen sizes: each text is made once.
  let text = bandwidthTexts.get(mbps);
  if (text === undefined) {
    text = mbps >= 1000 && mbps % 1000 === 0 ? `${mbps / 1000} Gbps` : `${mbps} Mbps`;
    if (bandwidthTexts.size < 1000) bandwidthTexts.set(mbps, text);
  }
  return text;
}

const quoteOf = (value: number | null | undefined, f: Figure): Quote | undefined =>
  value === null || value === undefined ? undefined : { value, source: f.source, ...(f.unverified ? { unverified: f.unverified } : {}) };

/** Indexed look-ups over one catalogue. Each answer carries the figure's source and `unverified` mark. */
export class CatalogueIndex {
  private readonly circuits = new Map<string, CircuitPrice>();
  private readonly egress = new Map<string, EgressPrice>();
  private readonly premium = new Map<string, PremiumAddOnPrice>();

  /**
   * Each figure's quote, made once per index: an estate asks for the same few figures thousands of times
   * (the egress rate, a gateway's hourly price), and a quote only reads its figure (one index is made per
   * estimate, so a quote cannot outlive its catalogue's figures).
   */
  private readonly quotes = new Map<Figure, Quote | undefined>();
  private quote(value: number | null | undefined, f: Figure): Quote | undefined {
    if (this.quotes.has(f)) return this.quotes.get(f);
    const q = quoteOf(value, f);
    this.quotes.set(f, q);
    return q;
  }

  constructor(readonly catalogue: PriceCatalogue) {
    for (const c of catalogue.circuits) this.circuits.set(`${c.tier}|${c.billingModel}|${c.bandwidthMbps}|${c.zone}`, c);
    for (const e of catalogue.egress) this.egress.set(e.zone, e);
    for (const p of catalogue.premiumAddOn) this.premium.set(`${p.bandwidthMbps}|${p.zone}`, p);
  }

  get hoursPerMonth(): number {
    return this.catalogue.hoursPerMonth;
  }

  circuitFee(tier: Tier, model: BillingModel, bandwidthMbps: number, zone: Zone): Quote | undefined {
    // Asked several times per circuit, of a few dozen combinations: each answer is made once (no key
    // string, no quote object per call).
    let byModel = this.feeAnswers.get(tier);
    if (!byModel) this.feeAnswers.set(tier, (byModel = new Map()));
    let byBandwidth = byModel.get(model);
    if (!byBandwidth) byModel.set(model, (byBandwidth = new Map()));
    let byZone = byBandwidth.get(bandwidthMbps);
    if (!byZone) byBandwidth.set(bandwidthMbps, (byZone = new Map()));
    if (byZone.has(zone)) return byZone.get(zone);
    const f = this.circuits.get(`${tier}|${model}|${bandwidthMbps}|${zone}`);
    const q = f ? this.quote(f.monthlyUsd, f) : undefined;
    byZone.set(zone, q);
    return q;
  }

  private readonly feeAnswers = new Map<Tier, Map<BillingModel, Map<number, Map<Zone, Quote | undefined>>>>();

  egressRate(zone: Zone): Quote | undefined {
    const f = this.egress.get(zone);
    return f ? this.quote(f.usdPerGb, f) : undefined;
  }

  premiumAddOn(bandwidthMbps: number, zone: Zone): Quote | undefined {
    const f = this.premium.get(`${bandwidthMbps}|${zone}`);
    return f ? this.quote(f.monthlyUsd, f) : undefined;
  }

  /** Direct port-pair fee: a zone-specific figure first, then a zone-less one. */
  directPort(portBandwidthGbps: number, billingType: BillingModel, zone: Zone | null): { quote?: Quote; figure?: DirectPortPrice } {
    const rows = this.catalogue.directPorts.filter((d) => d.portBandwidthGbps === portBandwidthGbps && d.billingType === billingType);
    const f = rows.find((d) => zone && d.zone === zone) ?? rows.find((d) => !d.zone);
    return { quote: f ? this.quote(f.monthlyUsd, f) : undefined, figure: f };
  }

  directPremiumAddOn(): { quote?: Quote; unverified?: string } {
    const f = this.catalogue.directPremiumAddOn;
    return f ? { quote: this.quote(f.monthlyUsd, f), unverified: f.unverified } : {};
  }

  globalReachPerGb(zone: Zone, direction: 'in' | 'out'): Quote | undefined {
    const f = this.catalogue.globalReach.perGb.find((g) => g.zone === zone && g.direction === direction);
    return f ? this.quote(f.usdPerGb, f) : undefined;
  }

  /** The Global Reach add-on for a circuit: most specific figure first (zone + bandwidth, zone, any). */
  globalReachAddOn(zone: Zone, bandwidthMbps: number): { quote?: Quote; figure?: GlobalReachAddOn } {
    const rows = this.catalogue.globalReach.addOn;
    const f =
      rows.find((r) => r.zone === zone && r.bandwidthMbps === bandwidthMbps) ??
      rows.find((r) => r.zone === zone && r.bandwidthMbps === undefined) ??
      rows.find((r) => r.zone === undefined && r.bandwidthMbps === undefined);
    return { quote: f ? this.quote(f.monthlyUsd, f) : undefined, figure: f };
  }

  /**
   * Gateway hourly price by SKU and ARM region. When the catalogue has no figure for that region, a
   * figure from another region is returned with `otherRegion` set: the caller must say so.
   */
  gateway(sku: string, region: string | undefined): { quote?: Quote; per?: 'gateway' | 'scaleUnit'; otherRegion?: string; figure?: GatewayPrice } {
    // Asked once per gateway, of a few SKUs and regions: each answer is worked out once.
    const key = `${sku}\n${region ?? ''}`;
    let answer = this.gatewayAnswers.get(key);
    if (!answer) this.gatewayAnswers.set(key, (answer = this.gatewayLookup(sku, region)));
    return answer;
  }

  private readonly gatewayAnswers = new Map<string, ReturnType<CatalogueIndex['gatewayLookup']>>();

  private gatewayLookup(sku: string, region: string | undefined): { quote?: Quote; per?: 'gateway' | 'scaleUnit'; otherRegion?: string; figure?: GatewayPrice } {
    const s = sku.toLowerCase();
    const r = (region ?? '').toLowerCase().replace(/\s+/g, '');
    const rows = this.catalogue.gateways.filter((g) => g.sku.toLowerCase() === s);
    const exact = rows.find((g) => g.region.toLowerCase() === r && g.usdPerHour !== null);
    if (exact) return { quote: this.quote(exact.usdPerHour, exact), per: exact.per, figure: exact };
    const anyRegion = rows.find((g) => g.region === '*' && g.usdPerHour !== null);
    if (anyRegion) return { quote: this.quote(anyRegion.usdPerHour, anyRegion), per: anyRegion.per, figure: anyRegion };
    const other = [...rows].sort((a, b) => compareText(a.region, b.region)).find((g) => g.usdPerHour !== null);
    if (other) return { quote: this.quote(other.usdPerHour, other), per: other.per, otherRegion: other.region, figure: other };
    return { figure: rows[0], per: rows[0]?.per };
  }

  vwan(kind: 'scaleUnit' | 'connectionUnit', region: string | undefined): { quote?: Quote; otherRegion?: string } {
    const key = `${kind}\n${region ?? ''}`;
    let answer = this.vwanAnswers.get(key);
    if (!answer) this.vwanAnswers.set(key, (answer = this.vwanLookup(kind, region)));
    return answer;
  }

  private readonly vwanAnswers = new Map<string, { quote?: Quote; otherRegion?: string }>();

  private vwanLookup(kind: 'scaleUnit' | 'connectionUnit', region: string | undefined): { quote?: Quote; otherRegion?: string } {
    const r = (region ?? '').toLowerCase().replace(/\s+/g, '');
    const rows = this.catalogue.vwan.filter((v) => v.kind === kind && v.usdPerHour !== null);
    const exact = rows.find((v) => v.region.toLowerCase() === r) ?? rows.find((v) => v.region === '*');
    if (exact) return { quote: this.quote(exact.usdPerHour, exact) };
    const other = [...rows].sort((a, b) => compareText(a.region, b.region))[0];
    return other ? { quote: this.quote(other.usdPerHour, other), otherRegion: other.region } : {};
  }
}
