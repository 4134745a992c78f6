import { CATEGORIES, SEVERITIES, severityRank, type Finding } from '../findings/model.js';
import { SEVERITY_LABEL, usd, wholeNum as num } from './format.js';
import { lookup, readNothing, type Circuit, type Connection, type Gateway, type Inventory } from '../inventory/model.js';
import type { CircuitCost } from '../pricing/model.js';
import type { ScanResult } from '../scan/result.js';
import { severityCounts } from './json.js';
import { byAge, daysLabel, hasAges, openLabel } from '../history/age.js';
import { cloudOfRegion, peeringLocationInfo } from '../locations/index.js';
import { globalReachInbound, inboundLinksOf } from '../analysis/index.js';
import { labelStandIns } from '../inventory/names.js';
import { isTemplateResource, isUnknown } from '../inventory/facts.js';
import type { ReportOptions } from './types.js';
import { currencyPrefix, useCurrency } from '../util/money.js';
import { adviceLine, complianceSentence, complianceTotals, costDeltaHeadline, deltaCell, figure, impactText, money, otherAdviceLine, totalCaveat, totalText } from './cost-text.js';

/**
 * The view model of the HTML report: everything the Handlebars template shows, computed here so the
 * template stays declarative. Estate text stays plain text in this model (the template escapes it
 * with `{{ }}`); the only pre-rendered HTML is the rule docs (`docHtml`), built by `renderDocHtml`,
 * which escapes before it formats. Geometry for the inline SVG drawings is numbers only.
 */

/** Rows of the findings table laid out at once; the page script shows more on request. */
export const HTML_PAGE_SIZE = 500;

/**
 * Bounds that keep one HTML page usable (and under V8's largest string) for very large estates:
 * the most severe findings (findings are sorted by severity) and the first circuits are shown, and
 * the page says what it left out; the JSON and SARIF reports hold everything.
 */
export const HTML_MAX_FINDINGS = 10_000;
export const HTML_MAX_CIRCUITS = 1_000;


const orDash = (v: unknown): string => (v === undefined || v === null || v === '' ? '—' : String(v));

/**
 * The peering location, with the two sites of an ExpressRoute Metro location (one circuit over both), or a
 * Direct port location with the peering location it maps to ("Equinix-Amsterdam-AM5 (Amsterdam)").
 */
function locationFact(c: Circuit): string {
  if (!c.peeringLocation) return '—';
  const info = peeringLocationInfo(c.peeringLocation, cloudOfRegion(c.location));
  return info?.kind === 'metro' ? `${c.peeringLocation} (Metro: ${info.sites.map((x) => x.label).join(' + ')})` : (info?.label ?? c.peeringLocation);
}
const yesNo = (v: boolean | undefined): string => (v === undefined ? '—' : v ? 'yes' : 'no');

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** An id-safe anchor fragment from any text. */
export function anchorFor(prefix: string, text: string): string {
  return `${prefix}-${text.replace(/[^A-Za-z0-9_-]+/g, '_')}`;
}

/** Inline Markdown on already-escaped text: code spans, bold, and http(s) links. */
function inline(escaped: string): string {
  const codes: string[] = [];
  let s = escaped.replace(/`([^`]+)`/g, (_m, c: string) => {
    codes.push(`<code>${c}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  s = s.replace(/\[([^\]]+)\]\((https?:\/\/[^\s)"'<>]+)\)/g, '<a href="$2" rel="noreferrer">$1</a>');
  return s.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => codes[Number(i)]);
}

/**
 * A small, safe Markdown renderer for rule docs (headings, paragraphs, lists, fenced code, code
 * spans, bold, http(s) links). Every line is HTML-escaped first, so a doc (built-in or from a user
 * rule folder) cannot inject markup; links only ever get an escaped http(s) href.
 */
export function renderDocHtml(md: string): string {
  const out: string[] = [];
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  let para: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | undefined;
  const flushPara = () => {
    if (para.length) out.push(`<p>${inline(para.join(' '))}</p>`);
    para = [];
  };
  const flushList = () => {
    if (list) out.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${list.tag}>`);
    list = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = escapeHtml(raw);
    if (/^\s*```/.test(raw)) {
      flushPara();
      flushList();
      const code: string[] = [];
      while (++i < lines.length && !/^\s*```/.test(lines[i])) code.push(escapeHtml(lines[i]));
      out.push(`<pre><code>${code.join('\n')}</code></pre>`);
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      flushPara();
      flushList();
      const level = Math.min(6, h[1].length + 2);
      out.push(`<h${level}>${inline(h[2])}</h${level}>`);
      continue;
    }
    const li = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/.exec(line);
    if (li) {
      flushPara();
      const tag = li[1] ? 'ul' : 'ol';
      if (list && list.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push(li[3]);
      continue;
    }
    if (!line.trim()) {
      flushPara();
      flushList();
      continue;
    }
    if (list && /^\s+/.test(raw)) {
      list.items[list.items.length - 1] += ' ' + line.trim();
      continue;
    }
    flushList();
    para.push(line.trim());
  }
  flushPara();
  flushList();
  return out.join('\n');
}

/** Label that fits a box of `chars` characters (the full text goes into a <title>). */
function fit(text: string, chars: number): string {
  return text.length <= chars ? text : text.slice(0, Math.max(1, chars - 1)) + '…';
}

export interface TopoNode {
  x: number;
  y: number;
  w: number;
  h: number;
  kind: string;
  label: string;
  sub: string;
  title: string;
}
export interface TopoEdge {
  d: string;
  label: string;
  lx: number;
  ly: number;
  title: string;
}
export interface Topology {
  width: number;
  height: number;
  nodes: TopoNode[];
  edges: TopoEdge[];
}

const BOX_W = 170;
const BOX_H = 40;
const COL_X = [10, 220, 510];
const ROW_GAP = 54;

/** circuit → peering location (and Direct port) → gateways, one row per connected gateway. */
export function topologyFor(c: Circuit, inv: Inventory): Topology {
  const gateways = c.gatewayKeys.map((k) => inv.byKey.get(k)).filter((g): g is Gateway => g?.kind === 'gateway');
  const conns = c.connectionKeys.map((k) => inv.byKey.get(k)).filter((x): x is Connection => x?.kind === 'connection');
  const rows = Math.max(1, gateways.length);
  const height = rows * ROW_GAP + 6;
  const midY = height / 2 - BOX_H / 2;
  const port = lookup(inv, c.portKey, 'port');
  const circuitNode: TopoNode = {
    x: COL_X[0], y: midY, w: BOX_W, h: BOX_H, kind: 'circuit',
    label: fit(c.name, 24), sub: fit([c.tier, c.billingModel, c.bandwidthMbps ? `${num(c.bandwidthMbps)} Mbps` : ''].filter(Boolean).join(' · '), 28), title: c.id,
  };
  const info = c.peeringLocation ? peeringLocationInfo(c.peeringLocation, cloudOfRegion(c.location)) : undefined;
  const location = info?.label ?? c.peeringLocation ?? 'unknown location';
  // A Direct port location is drawn by the name the port carries, with the peering location it maps to below it.
  const locNode: TopoNode = {
    x: COL_X[1], y: midY, w: BOX_W, h: BOX_H, kind: 'location',
    label: fit(info?.directPort?.name ?? location, 24),
    sub: fit(port ? (info?.directPort ? `${info.name} · ${port.name}` : `Direct port ${port.name}`) : c.serviceProviderName ?? '', 28),
    title: port ? `${location} · ${port.id}` : location,
  };
  const nodes = [circuitNode, locNode];
  const edges: TopoEdge[] = [
    { d: `M${COL_X[0] + BOX_W},${midY + BOX_H / 2} L${COL_X[1]},${midY + BOX_H / 2}`, label: '', lx: 0, ly: 0, title: `${c.name} at ${location}` },
  ];
  gateways.forEach((g, i) => {
    const y = 3 + i * ROW_GAP + (ROW_GAP - BOX_H) / 2;
    nodes.push({
      x: COL_X[2], y, w: BOX_W, h: BOX_H, kind: 'gateway',
      label: fit(g.name, 24), sub: fit(`${g.flavor === 'vwan' ? 'vWAN' : 'VNet'} · ${g.skuName ?? 'SKU ?'}${g.zones.length ? ` · zones ${g.zones.join(',')}` : ''}`, 28), title: g.id,
    });
    const via = conns.filter((x) => x.gatewayKey === g.key).map((x) => x.name);
    const x1 = COL_X[1] + BOX_W;
    const y1 = midY + BOX_H / 2;
    const x2 = COL_X[2];
    const y2 = y + BOX_H / 2;
    edges.push({ d: `M${x1},${y1} C${x1 + 40},${y1} ${x2 - 40},${y2} ${x2},${y2}`, label: fit(via.join(', '), 17), lx: (x1 + x2) / 2, ly: (y1 + y2) / 2 - 4, title: via.join(', ') });
  });
  if (gateways.length === 0) {
    nodes.push({ x: COL_X[2], y: midY, w: BOX_W, h: BOX_H, kind: 'none', label: 'no gateway connected', sub: '', title: 'No connection in the inventory uses this circuit' });
  }
  return { width: COL_X[2] + BOX_W + 10, height, nodes, edges };
}

export interface CostChart {
  width: number;
  height: number;
  plot: { x: number; y: number; w: number; h: number };
  metered: string;
  unlimited: string;
  breakEven?: { x: number; label: string };
  current?: { x: number; y: number; label: string };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
}

/**
 * Cost against monthly egress for one circuit: the metered line (port fee + per-GB price) and the
 * flat unlimited line cross at the break-even. The metered line is recovered from two points the
 * estimate gives: (egress, metered cost) and (break-even, unlimited cost).
 */
export function costChartFor(c: CircuitCost): CostChart | { reason: string } {
  const m = c.monthlyUsd.metered;
  const u = c.monthlyUsd.unlimited;
  const b = c.breakEvenGbPerMonth;
  const e = c.egressGbPerMonth;
  if (m === null || u === null) return { reason: 'no price for one of the billing models' };
  if (b === null || b <= 0 || Math.abs(b - e) < 1e-9) return { reason: 'no break-even point' };
  const rate = (u - m) / (b - e);
  const fixed = m - rate * e;
  if (!(rate > 0) || !Number.isFinite(fixed)) return { reason: 'the estimate gives no per-GB price' };
  const xMax = niceCeil(Math.max(b * 2, e * 1.15));
  const yMax = niceCeil(Math.max(u, fixed + rate * xMax) * 1.05);
  const plot = { x: 64, y: 10, w: 380, h: 150 };
  const sx = (x: number) => plot.x + (x / xMax) * plot.w;
  const sy = (y: number) => plot.y + plot.h - (Math.min(y, yMax) / yMax) * plot.h;
  const r = (n: number) => Math.round(n * 10) / 10;
  // clip the metered line at the top of the plot
  const xTop = Math.min(xMax, (yMax - fixed) / rate);
  const currentY = c.billingModel === 'UnlimitedData' ? u : fixed + rate * e;
  // With no declared or measured egress the circuit's egress is not known: no point is drawn at 0 GB.
  const known = c.egressSource !== 'none';
  return {
    width: 460,
    height: 196,
    plot,
    metered: `M${r(sx(0))},${r(sy(fixed))} L${r(sx(xTop))},${r(sy(fixed + rate * xTop))}`,
    unlimited: `M${r(sx(0))},${r(sy(u))} L${r(sx(xMax))},${r(sy(u))}`,
    breakEven: { x: r(sx(b)), label: `break-even ${num(b)} GB` },
    current: known ? { x: r(sx(e)), y: r(sy(currentY)), label: `now: ${num(e)} GB, ${usd(currentY)}` } : undefined,
    xTicks: [0, 0.25, 0.5, 0.75, 1].map((t) => ({ x: r(plot.x + t * plot.w), label: shortNum(xMax * t) })),
    yTicks: [0, 0.5, 1].map((t) => ({ y: r(plot.y + plot.h - t * plot.h), label: `${currencyPrefix()}${shortNum(yMax * t)}` })),
  };
}

function niceCeil(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function shortNum(n: number): string {
  if (n >= 1e6) return `${Math.round(n / 1e5) / 10}M`;
  if (n >= 1e3) return `${Math.round(n / 100) / 10}k`;
  return `${Math.round(n)}`;
}

/** Horizontal bars for the summary (width in px of a 200px track). */
function bars(items: { key: string; label: string; count: number }[]) {
  const max = Math.max(1, ...items.map((i) => i.count));
  return items.map((i, n) => ({ ...i, y: n * 22, w: Math.round((i.count / max) * 200) }));
}

export function buildHtmlModel(result: ScanResult, options: ReportOptions = {}) {
  useCurrency(result.cost?.priceCatalogue.currency);
  const inv = result.inventory;
  const subName = new Map(inv.subscriptions.map((s) => [s.subscriptionId.toLowerCase(), s.name ?? s.subscriptionId]));
  // A template's module may deploy to a subscription or resource group a parameter leaves open: shown by its label (`‹hubSub›`), never the stand-in.
  const subLabel = (id?: string) => (id ? subName.get(id.toLowerCase()) ?? labelStandIns(id) : '—');

  // which circuit section a resource belongs to (for links from the findings table)
  const circuitAnchor = new Map<string, string>();
  const shownCircuits = inv.circuits.slice(0, HTML_MAX_CIRCUITS);
  const shownFindings = result.findings.slice(0, HTML_MAX_FINDINGS);
  const limits: string[] = [];
  if (shownFindings.length < result.findings.length)
    limits.push(`This page lists the ${num(shownFindings.length)} most severe of ${num(result.findings.length)} findings; report.json and report.sarif hold all of them.`);
  if (shownCircuits.length < inv.circuits.length)
    limits.push(`This page draws the first ${num(shownCircuits.length)} of ${num(inv.circuits.length)} circuits and their costs; report.json holds all of them.`);
  shownCircuits.forEach((c, i) => {
    const a = `circuit-${i + 1}`;
    circuitAnchor.set(c.key, a);
    for (const p of c.peerings) circuitAnchor.set(p.key, a);
  });
  const ruleAnchor = (id: string) => anchorFor('rule', id);
  const row = (f: Finding) => ({
    severity: f.severity,
    sevLabel: SEVERITY_LABEL[f.severity] ?? f.severity,
    sevRank: severityRank(f.severity),
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    ruleAnchor: ruleAnchor(f.ruleId),
    category: f.category,
    tenant: f.tenantId ?? '',
    subscription: f.subscriptionId ?? '',
    subscriptionLabel: subLabel(f.subscriptionId),
    resourceName: f.resourceName ?? f.resourceId,
    resourceId: f.resourceId,
    resourceAnchor: circuitAnchor.get(f.resourceId.toLowerCase()),
    message: f.message,
    location: f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : undefined,
    state: f.baselineState ?? '',
    openDays: f.openDays ?? '',
    age: f.openDays === undefined ? undefined : openLabel(f.openDays),
    openFor: f.openDays === undefined ? undefined : daysLabel(f.openDays),
    firstSeen: f.firstSeen?.slice(0, 10),
    undecided: f.status === 'unknown',
    costImpact: impactText(f),
    suppressed: !!f.suppression,
    justification: f.suppression ? `${f.suppression.justification}${f.suppression.expires ? ` (until ${f.suppression.expires})` : ''}` : undefined,
  });

  const active = result.findings.filter((f) => !f.suppression);
  const counts = severityCounts(result.findings);
  const baseline = result.fixed !== undefined;
  // Ages come with a baseline; sorting by them is asked for with --sort age.
  const ages = hasAges(result.findings);
  const sortByAge = ages && options.sortBy === 'age';
  const newActive = active.filter((f) => f.baselineState === 'new');
  const sorted = <T>(xs: Iterable<T>) => [...new Set(xs)].sort();

  const costByCircuit = new Map((result.cost?.costs ?? []).map((c) => [c.resourceId.toLowerCase(), c]));
  // Global Reach links other circuits declare towards a circuit: counted as the analysis counts them.
  const inboundGlobalReach = globalReachInbound(inv);
  const findingsByCircuit = new Map<string, number>();
  for (const f of active) {
    const a = circuitAnchor.get(f.resourceId.toLowerCase());
    if (a) findingsByCircuit.set(a, (findingsByCircuit.get(a) ?? 0) + 1);
  }

  const circuits = shownCircuits.map((c, i) => {
    const anchor = `circuit-${i + 1}`;
    const port = lookup(inv, c.portKey, 'port');
    const conns = c.connectionKeys.map((k) => inv.byKey.get(k)).filter((x): x is Connection => x?.kind === 'connection');
    const gws = c.gatewayKeys.map((k) => inv.byKey.get(k)).filter((x): x is Gateway => x?.kind === 'gateway');
    const cost = costByCircuit.get(c.key);
    return {
      anchor,
      name: c.name,
      id: c.id,
      subscription: subLabel(c.subscriptionId),
      resourceGroup: orDash(c.resourceGroup && labelStandIns(c.resourceGroup)),
      facts: [
        ['SKU', [c.tier, c.billingModel].filter(Boolean).join(' · ') || '—'],
        ['Bandwidth', c.bandwidthMbps ? `${num(c.bandwidthMbps)} Mbps` : '—'],
        ['Provider', c.isDirect ? 'ExpressRoute Direct' : orDash(c.serviceProviderName)],
        ['Peering location', locationFact(c)],
        ['Provider state', orDash(c.serviceProviderProvisioningState)],
        ['Circuit state', orDash(c.circuitProvisioningState)],
        ['Global Reach', yesNo(c.globalReachEnabled)],
        ['Authorizations', String(c.authorizations.length)],
        ['Region', orDash(c.location)],
      ].map(([k, v]) => ({ k, v })),
      findings: findingsByCircuit.get(anchor) ?? 0,
      peerings: c.peerings.map((p) => ({
        name: p.name,
        type: orDash(p.peeringType),
        state: orDash(p.state),
        vlan: orDash(p.vlanId),
        peerAsn: orDash(p.peerASN),
        primary: orDash(p.primaryPeerAddressPrefix),
        secondary: orDash(p.secondaryPeerAddressPrefix),
        md5: yesNo(p.sharedKeyConfigured),
        // A live peering whose reads disagree on its Global Reach list (src/inventory/build.ts, markDisagreements): never one read's count.
        globalReach: !isTemplateResource(p) && (isUnknown(p, 'globalReach') || isUnknown(p, 'peeredConnections')) ? 'not known' : String(p.globalReach.length + (p.peeringType?.toLowerCase() === 'azureprivatepeering' ? Math.max(p.peeredConnectionCount, inboundLinksOf(c, inboundGlobalReach).length) : p.peeredConnectionCount)),
        ipv6: p.ipv6 ? 'yes' : 'no',
      })),
      port: port
        ? {
            name: port.name,
            id: port.id,
            bandwidth: port.bandwidthGbps ? `${port.bandwidthGbps} Gbps` : '—',
            encapsulation: orDash(port.encapsulation),
            links: port.links.map((l) => ({
              name: l.name,
              adminState: orDash(l.adminState),
              connector: orDash(l.connectorType),
              cipher: orDash(l.macsec.cipher),
              keyVault: l.macsec.cknSecretConfigured || l.macsec.cakSecretConfigured ? yesNo(l.macsec.secretsInKeyVault) : 'no secrets',
            })),
          }
        : undefined,
      connections: conns.map((x) => {
        const g = lookup(inv, x.gatewayKey, 'gateway');
        return {
          name: x.name,
          flavor: x.flavor === 'vwan' ? 'vWAN' : 'VNet',
          gateway: g?.name ?? '—',
          status: orDash(x.connectionStatus ?? x.provisioningState),
          weight: orDash(x.routingWeight),
          fastPath: yesNo(x.fastPath),
          authorization: yesNo(x.usesAuthorization),
        };
      }),
      gateways: gws.map((g) => ({
        name: g.name,
        flavor: g.flavor === 'vwan' ? 'vWAN' : 'VNet',
        sku: orDash(g.skuName),
        zones: g.zones.length ? g.zones.join(', ') : '—',
        scale: g.minScaleUnits !== undefined ? `${g.minScaleUnits}–${g.maxScaleUnits ?? g.minScaleUnits}` : '—',
        subscription: subLabel(g.subscriptionId),
      })),
      topology: topologyFor(c, inv),
      cost: cost ? { current: cost.monthlyUsd.current === null && !cost.monthlyUsdRange ? 'not priced' : `${figure(cost.monthlyUsd.current, cost.priced, cost.monthlyUsdRange)}/month`, model: cost.billingModel } : undefined,
    };
  });

  const none = readNothing(result);
  const cost = result.cost
    ? {
        readNothing: none,
        total: totalText(result.cost, none),
        caveat: totalCaveat(result.cost, result.coverage.gaps.length),
        savings: none ? 'not known' : usd(result.cost.totals.potentialSavingsUsd),
        compliance: complianceTotals(result.findings).map(complianceSentence),
        delta: result.cost.costDelta
          ? {
              headline: costDeltaHeadline(result.cost.costDelta),
              baseline: money(result.cost.costDelta.baselineMonthlyUsd),
              current: money(result.cost.costDelta.currentMonthlyUsd),
              // the change itself (the totals may be lower bounds; their difference is what the change does to the priced parts)
              change: deltaCell(result.cost.costDelta),
              file: result.cost.costDelta.baselineFile,
              notes: result.cost.costDelta.notes ?? [],
              rows: result.cost.costDelta.resources.map((r) => ({ name: r.name, id: r.resourceId, change: r.change, before: money(r.beforeUsd), after: money(r.afterUsd), delta: deltaCell(r), reason: r.reason })),
            }
          : undefined,
        catalogue: result.cost.priceCatalogue,
        rows: result.cost.costs.slice(0, HTML_MAX_CIRCUITS).map((c) => {
          const chart = costChartFor(c);
          return {
            name: c.resourceName ?? c.resourceId,
            id: c.resourceId,
            anchor: circuitAnchor.get(c.resourceId.toLowerCase()),
            zone: c.zone ?? 'unknown zone',
            tier: c.tier,
            billingModel: c.billingModel,
            bandwidth: `${num(c.bandwidthMbps)} Mbps`,
            // "none": nothing declared or measured, so the egress is not known (the estimate leaves it out)
            egress: c.egressSource === 'none' ? 'not known' : `${num(c.egressGbPerMonth)} GB`,
            egressSource: c.egressSource === 'none' ? 'none declared' : c.egressSource,
            current: figure(c.monthlyUsd.current, c.priced, c.monthlyUsdRange),
            priced: c.priced,
            missing: c.missing ?? [],
            metered: usd(c.monthlyUsd.metered),
            unlimited: usd(c.monthlyUsd.unlimited),
            local: c.monthlyUsd.local === null ? undefined : usd(c.monthlyUsd.local),
            breakEven: c.breakEvenGbPerMonth === null ? 'n/a' : `${num(c.breakEvenGbPerMonth)} GB`,
            recommendation: c.recommendation ? `${adviceLine(c)}. ${c.recommendation.reason}` : undefined,
            notes: c.notes ?? [],
            chart: 'reason' in chart ? undefined : chart,
            noChart: 'reason' in chart ? chart.reason : undefined,
          };
        }),
        other: result.cost.otherCosts.slice(0, HTML_MAX_CIRCUITS).map((o) => ({ name: o.resourceName ?? o.resourceId, id: o.resourceId, type: o.resourceType, monthly: figure(o.monthlyUsd, o.priced, o.monthlyUsdRange), basis: o.basis, advice: o.recommendation ? `${otherAdviceLine(o)}. ${o.recommendation.reason}` : undefined, notes: o.notes ?? [] })),
      }
    : undefined;

  const rulesWithCounts = result.rules
    .map((r) => ({
      id: r.id,
      anchor: ruleAnchor(r.id),
      name: r.name,
      title: r.title,
      severity: r.severity,
      sevLabel: SEVERITY_LABEL[r.severity],
      category: r.category,
      pillar: r.pillar,
      remediation: r.remediation,
      links: r.links.filter((l) => /^https?:\/\//.test(l)),
      docHtml: renderDocHtml(r.doc || `**${r.title}.**`),
      count: active.filter((f) => f.ruleId === r.id).length,
    }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));

  return {
    title: `erscan report: ${result.scanCategory}`,
    tool: result.tool,
    generatedAt: result.generatedAt,
    inputs: result.inputs,
    scanCategory: result.scanCategory,
    coverage: result.coverage,
    counts: [
      ['Circuits', result.counts.circuits],
      ['Peerings', result.counts.peerings],
      ['Direct ports', result.counts.ports],
      ['Gateways', result.counts.gateways],
      ['Connections', result.counts.connections],
      ['Subscriptions', result.counts.subscriptions],
      ['Tenants', result.counts.tenants],
    ].map(([label, value]) => ({ label, value })),
    totals: {
      active: active.length,
      suppressed: result.findings.length - active.length,
      // undecided verdicts (a value the inputs do not give) are counted in the findings but are not failures
      undecided: active.filter((f) => f.status === 'unknown').length,
      all: result.findings.length,
      new: newActive.length,
      unchanged: active.filter((f) => f.baselineState === 'unchanged').length,
      fixed: result.fixed?.length ?? 0,
    },
    baseline,
    baselineFile: result.baselineFile,
    severityBars: bars(SEVERITIES.map((s) => ({ key: s, label: SEVERITY_LABEL[s], count: counts[s] }))),
    categoryBars: bars(CATEGORIES.map((c) => ({ key: c, label: c, count: active.filter((f) => f.category === c).length }))),
    filters: {
      severities: SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABEL[s] })),
      categories: sorted(result.findings.map((f) => f.category)),
      tenants: sorted(result.findings.map((f) => f.tenantId ?? '').filter(Boolean)),
      subscriptions: sorted(result.findings.map((f) => f.subscriptionId ?? '').filter(Boolean)).map((s) => ({ value: s, label: subLabel(s) })),
      rules: sorted(result.findings.map((f) => f.ruleId)),
    },
    ages,
    fixedAges: hasAges(result.fixed ?? []),
    sortByAge,
    findings: (sortByAge ? byAge(shownFindings) : shownFindings).map((f, i) => ({ ...row(f), pagedOut: i >= HTML_PAGE_SIZE })),
    pageSize: HTML_PAGE_SIZE,
    pagedOut: shownFindings.length > HTML_PAGE_SIZE,
    newFindings: newActive.slice(0, HTML_MAX_FINDINGS).map(row),
    fixed: (result.fixed ?? []).slice(0, HTML_MAX_FINDINGS).map(row),
    circuits,
    cost,
    rules: rulesWithCounts,
    limits,
    notices: [...limits, ...result.notices],
  };
}

export type HtmlModel = ReturnType<typeof buildHtmlModel>;
