import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/cli/pipeline.js';
import type { Finding } from '../../src/findings/model.js';
import type { CircuitCost, CostSummary } from '../../src/pricing/model.js';
import { renderHtmlReport } from '../../src/reporters/html.js';
import { toJsonReport } from '../../src/reporters/json.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { renderConsole } from '../../src/reporters/console.js';
import { complianceTotals, money } from '../../src/reporters/cost-text.js';
import type { ScanResult } from '../../src/scan/result.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { circuitRow, connectionRow, gatewayRow, portRow, scan, vnetLinks, type CircuitOpts } from './helpers.js';

const TIER_RANK: Record<string, number> = { Local: 0, Standard: 1, Premium: 2 };

/**
 * The one-story invariants: a FinOps recommendation never proposes a change a finding forbids, every
 * finding that implies a tier change has its recommendation and its cost, and no rule asks to add to what
 * another asks to delete. Returns every violation as text (an empty list means the story holds).
 */
function contradictions(findings: Finding[], cost: CostSummary): string[] {
  const problems: string[] = [];
  const on = (id: string, ruleId: string) => findings.filter((f) => f.resourceId.toLowerCase() === id.toLowerCase() && f.ruleId === ruleId && !f.suppression);
  const failing = (id: string, ruleId: string) => on(id, ruleId).filter((f) => f.status !== 'unknown');
  for (const c of cost.costs) {
    const r = c.recommendation;
    const name = c.resourceName;
    const sku002 = failing(c.resourceId, 'ERS-SKU-002');
    const needsPremium = [...failing(c.resourceId, 'ERS-SKU-003'), ...failing(c.resourceId, 'ERS-SKU-009').filter(() => c.tier !== 'Premium')];
    const beyondLocal = failing(c.resourceId, 'ERS-SKU-004');
    for (const f of [...sku002, ...needsPremium, ...beyondLocal]) if (f.costImpactUsd === undefined) problems.push(`${name}: ${f.ruleId} implies a tier change but carries no cost impact`);
    // Deleting a circuit billed for nothing settles every finding about its tier: it is compatible with all of them.
    if (r?.kind === 'delete-unprovisioned') {
      if (!failing(c.resourceId, 'ERS-COST-001').length) problems.push(`${name}: the advice is to delete it, but ERS-COST-001 does not say it is unprovisioned`);
      continue;
    }
    // So does deleting a circuit that carries nothing: ERS-COST-003 and the advice say the same.
    const unused = failing(c.resourceId, 'ERS-COST-003').filter((f) => f.status !== 'unknown');
    if (unused.length && c.monthlyUsd.current !== null && r?.kind !== 'delete-unused') problems.push(`${name}: ERS-COST-003 says delete it, the advice is ${r ? r.kind : 'none'}`);
    if (r?.kind === 'delete-unused') {
      if (!unused.length) problems.push(`${name}: the advice is to delete it, but ERS-COST-003 does not say it carries nothing`);
      continue;
    }
    // a finding that implies a tier change has the matching recommendation
    if (sku002.length && c.monthlyUsd.current !== null && !(r && TIER_RANK[r.tier] < TIER_RANK.Premium)) problems.push(`${name}: ERS-SKU-002 says drop Premium, the advice is ${r ? `${r.tier} ${r.billingModel}` : 'none'}`);
    if (needsPremium.length && c.monthlyUsd.current !== null && !(r && r.tier === 'Premium' && r.required)) problems.push(`${name}: ${needsPremium[0].ruleId} requires Premium, the advice is ${r ? `${r.tier} ${r.billingModel}` : 'none'}`);
    if (beyondLocal.length && c.monthlyUsd.current !== null && !(r && TIER_RANK[r.tier] >= TIER_RANK.Standard && r.required)) problems.push(`${name}: ERS-SKU-004 requires Standard, the advice is ${r ? r.tier : 'none'}`);
    // a recommendation never proposes what a finding forbids
    if (r) {
      if (c.tier === 'Premium' && TIER_RANK[r.tier] < TIER_RANK.Premium && !sku002.length) problems.push(`${name}: the advice drops Premium, but no finding says Premium is unneeded`);
      if (TIER_RANK[r.tier] < TIER_RANK.Premium && (needsPremium.length || on(c.resourceId, 'ERS-SKU-003').length)) problems.push(`${name}: the advice is ${r.tier} where a finding requires Premium`);
      if (r.tier === 'Local' && (beyondLocal.length || needsPremium.length)) problems.push(`${name}: the advice is Local where a finding forbids it`);
      if (r.changes?.includes('new-metered-circuit') && c.billingModel !== 'UnlimitedData') problems.push(`${name}: a new Metered circuit advised for a ${c.billingModel} circuit`);
      if (r.changes?.includes('switch-to-unlimited') && c.billingModel !== 'MeteredData') problems.push(`${name}: switch to Unlimited advised for a ${c.billingModel} circuit`);
      if ((r.bandwidthMbps ?? c.bandwidthMbps) < c.bandwidthMbps) problems.push(`${name}: a bandwidth downgrade was advised`);
    }
    // an idle circuit carries nothing: no declared or measured egress
    if (failing(c.resourceId, 'ERS-COST-003').length && c.egressGbPerMonth > 0) problems.push(`${name}: called idle while it carries ${c.egressGbPerMonth} GB/month`);
  }
  // no rule asks to add circuits to a gateway another rule asks to delete
  for (const f of findings.filter((x) => x.ruleId === 'ERS-RED-001' && x.status !== 'unknown'))
    if (failing(f.resourceId, 'ERS-COST-005').length) problems.push(`${f.resourceName}: ERS-RED-001 asks for a second circuit while ERS-COST-005 says it carries nothing`);
  // the circuit ERS-RED-001 proposes is of a tier and plan that no finding or advice about the circuits it is
  // modelled on rejects: never the retired Basic tier, Premium only where a circuit of the gateway needs it,
  // Unlimited only where no advice says a new Metered circuit would cost less
  for (const f of findings.filter((x) => x.ruleId === 'ERS-RED-001')) {
    const proposed = /one more \S+ \S+ (\w+) (Metered|Unlimited) circuit/.exec(f.message);
    if (!proposed) continue;
    const [, tier, plan] = proposed;
    const served = cost.costs.filter((c) => f.message.includes(`${c.resourceName} (`));
    if (tier === 'Basic') problems.push(`${f.resourceName}: ERS-RED-001 proposes a Basic circuit, which ERS-SKU-001 rejects`);
    if (tier === 'Premium' && served.length > 0 && served.every((c) => c.premiumNeeded === false)) problems.push(`${f.resourceName}: ERS-RED-001 proposes a Premium circuit that nothing needs`);
    if (plan === 'Unlimited' && served.length > 0 && served.every((c) => c.recommendation?.changes?.includes('new-metered-circuit'))) problems.push(`${f.resourceName}: ERS-RED-001 proposes an Unlimited circuit where the advice is Metered`);
  }
  return problems;
}

/** The numbers add up: totals are the sums of what each resource shows, and a combined advice sums its steps. */
function arithmetic(cost: CostSummary): string[] {
  const problems: string[] = [];
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const sum = round2([...cost.costs.map((c) => c.monthlyUsd.current), ...cost.otherCosts.map((o) => o.monthlyUsd)].reduce<number>((n, v) => n + (v ?? 0), 0));
  if (sum !== cost.totals.monthlyUsd) problems.push(`total ${cost.totals.monthlyUsd} is not the sum of the resources ${sum}`);
  // A required tier change is counted once, in the required total; the savings are what the advice saves beyond it.
  const requiredFix = (c: CircuitCost) => {
    const fix = c.fixCosts?.[c.tier === 'Local' ? 'upgrade-from-local' : 'add-premium'];
    return c.recommendation?.required && typeof fix === 'number' ? fix : 0;
  };
  // (Deleting a gateway or Direct port that carries nothing saves its bill: counted too.)
  const otherSavings = cost.otherCosts.reduce((n, o) => n + Math.max(0, o.recommendation?.monthlySavingsUsd ?? 0), 0);
  const savings = round2(cost.costs.reduce((n, c) => n + Math.max(0, (c.recommendation?.monthlySavingsUsd ?? 0) + requiredFix(c)), 0) + otherSavings);
  if (savings !== cost.totals.potentialSavingsUsd) problems.push(`potential savings ${cost.totals.potentialSavingsUsd} are not the sum of the advice beyond required changes ${savings}`);
  // Each subscription's and tenant's figures sum to the estate's (the cost table prints both).
  for (const [by, groups] of [['subscription', cost.bySubscription], ['tenant', cost.byTenant]] as const) {
    const saved = round2((groups ?? []).reduce((n, g) => n + g.potentialSavingsUsd, 0));
    const monthly = round2((groups ?? []).reduce((n, g) => n + g.monthlyUsd, 0));
    if (Math.abs(saved - cost.totals.potentialSavingsUsd) > 0.01 * (groups?.length ?? 0)) problems.push(`potential savings by ${by} sum to ${saved}, the estate's are ${cost.totals.potentialSavingsUsd}`);
    if (Math.abs(monthly - cost.totals.monthlyUsd) > 0.01 * (groups?.length ?? 0)) problems.push(`monthly figures by ${by} sum to ${monthly}, the estate's is ${cost.totals.monthlyUsd}`);
  }
  // Read together, the two totals are the change of the bill that following every advice makes.
  const adviceChange = round2(cost.costs.reduce((n, c) => n - (c.recommendation?.monthlySavingsUsd ?? 0), 0) - otherSavings);
  const required = cost.totals.requiredChangesUsd ?? 0;
  if ([...cost.costs, ...cost.otherCosts].every((c) => !c.recommendation || c.recommendation.monthlySavingsUsd !== null) && Math.abs(round2(required - cost.totals.potentialSavingsUsd) - adviceChange) > 0.05)
    problems.push(`required ${required} less savings ${cost.totals.potentialSavingsUsd} is not the change of the bill the advice makes (${adviceChange})`);
  const partial = [...cost.costs, ...cost.otherCosts].filter((x) => x.priced !== 'full').length;
  if ((partial > 0) !== (cost.totals.atLeast === true)) problems.push(`"at least" is ${cost.totals.atLeast} with ${partial} resource(s) not fully priced`);
  for (const c of cost.costs) {
    const r = c.recommendation;
    if (!r || r.monthlySavingsUsd === null || !r.changes || r.kind === 'delete-unprovisioned' || r.kind === 'delete-unused') continue;
    const steps = r.changes.map((k) => c.fixCosts?.[k as keyof NonNullable<CircuitCost['fixCosts']>]);
    if (steps.some((v) => v === undefined || v === null)) continue;
    // the Premium add-on is one fee on both plans (research/pricing.md §2.3), so the steps add up exactly,
    // except where the catalogue's unverified 100 Mbps Zone 1 figure breaks that (flagged in the estimate)
    const total = round2(-(steps as number[]).reduce((n, v) => n + v, 0));
    if (Math.abs(total - r.monthlySavingsUsd) > (c.unverified?.some((u) => /100 Mbps Zone 1/.test(u)) ? 10 : 0.01)) problems.push(`${c.resourceName}: the advice saves ${r.monthlySavingsUsd}, its steps ${r.changes.join(' + ')} save ${total}`);
  }
  return problems;
}

/** The same figures in every format: JSON (the numbers), Markdown, HTML and console (their text). */
function formats(result: ScanResult): string[] {
  const problems: string[] = [];
  const cost = result.cost!;
  const json = toJsonReport(result) as { costTotals: CostSummary['totals']; findings: Finding[] };
  if (json.costTotals.monthlyUsd !== cost.totals.monthlyUsd) problems.push('JSON total differs');
  const total = `${cost.totals.atLeast ? 'at least ' : ''}${money(cost.totals.monthlyUsd)}`;
  const md = renderMarkdown(result, {});
  const html = renderHtmlReport(result);
  const con = renderConsole(result, { color: false });
  for (const [fmt, text] of [['Markdown', md], ['HTML', html], ['console', con]] as const) if (!text.includes(total)) problems.push(`${fmt} does not show the total "${total}"`);
  const high = complianceTotals(json.findings).find((t) => t.severity === 'high');
  if (high && high.usd !== 0) {
    const line = `Fixing every high finding ${high.usd > 0 ? 'adds' : 'saves'} ${money(Math.abs(high.usd))}/month`;
    for (const [fmt, text] of [['Markdown', md], ['HTML', html], ['console', con]] as const) if (!text.includes(line)) problems.push(`${fmt} does not say "${line}"`);
  }
  for (const f of json.findings) {
    if (f.costImpactUsd === undefined || f.suppression) continue;
    const shown = f.costImpactUsd === null ? 'price not known' : `${f.costImpactUsd > 0 ? '+' : f.costImpactUsd < 0 ? '-' : ''}${money(Math.abs(f.costImpactUsd))}/month`;
    if (!html.includes(`Cost if fixed: ${shown}`)) problems.push(`HTML does not show ${f.ruleId} on ${f.resourceName}: ${shown}`);
  }
  return problems;
}

describe('one story per circuit: the example estate', async () => {
  const { result } = await runPipeline({ inputs: [join(PACKAGE_ROOT, 'examples', 'estate')], usage: join(PACKAGE_ROOT, 'examples', 'usage.json') }, new Date('2026-11-01T00:00:00Z'));
  const cost = result.cost!;
  const circuit = (n: string) => cost.costs.find((c) => c.resourceName === n)!;
  const findings = (n: string, ruleId: string) => result.findings.filter((f) => f.resourceName === n && f.ruleId === ruleId);

  it('has no contradiction on any circuit or gateway', () => {
    expect(cost.costs.length).toBeGreaterThan(10);
    expect(contradictions(result.findings, cost)).toEqual([]);
  });
  it('adds up, and shows the same figures in every format', () => {
    expect(arithmetic(cost)).toEqual([]);
    expect(formats(result)).toEqual([]);
  });

  it('er-ams-prod-01: needs Premium for its reach, and the advice prices it (Premium Unlimited)', () => {
    expect(findings('er-ams-prod-01', 'ERS-SKU-003')[0].costImpactUsd).toBe(750);
    expect(circuit('er-ams-prod-01').recommendation).toMatchObject({ tier: 'Premium', billingModel: 'UnlimitedData', required: true, changes: ['add-premium', 'switch-to-unlimited'], monthlySavingsUsd: 6936 - 6450 });
    expect(findings('er-ams-prod-01', 'ERS-COST-101')[0].costImpactUsd).toBe(-1236);
  });
  it('er-sv-lab-01: the Local circuit must become Standard, and the upgrade is priced', () => {
    expect(findings('er-sv-lab-01', 'ERS-SKU-004')[0].costImpactUsd).toBe(4500); // Standard Unlimited 1 Gbps Zone 1 $5,700 − Local $1,200
    expect(circuit('er-sv-lab-01').recommendation).toMatchObject({ kind: 'upgrade-from-local', tier: 'Standard', billingModel: 'UnlimitedData', monthlySavingsUsd: -4500, required: true });
  });
  it('er-direct-ams-01: drop Premium, with an unknown saving, and an honest partial price', () => {
    expect(findings('er-direct-ams-01', 'ERS-SKU-002')[0].costImpactUsd).toBeNull();
    expect(circuit('er-direct-ams-01')).toMatchObject({ priced: 'partial', recommendation: { kind: 'remove-premium', tier: 'Standard', monthlySavingsUsd: null } });
    expect(circuit('er-direct-ams-01').missing).toEqual(['Global Reach add-on', 'Premium add-on on ExpressRoute Direct']);
    // Its Global Reach peer er-lon-prod-01 has the link too (Azure lists it there as a peered
    // connection), so the add-on leaves both partly priced.
    expect(circuit('er-lon-prod-01')).toMatchObject({ priced: 'partial', missing: ['Global Reach add-on'] });
    expect(cost.totals.partlyPriced).toBe(2);
  });
  it('ERS-RED-001 sizes the second circuit as the findings and the advice would have the first', () => {
    const red = (n: string) => findings(n, 'ERS-RED-001')[0];
    // ergw-gwc-dr (Frankfurt) and ergw-neu-direct (Amsterdam) can each take a circuit the inventory has elsewhere: no new
    // circuit. ergw-gwc-dr is an ErGw1AZ (about 1 Gbps): the 5 Gbps Direct circuit er-direct-ams-01 would overrun it
    // (ERS-SKU-006 would then ask to resize it), so the 1 Gbps er-lon-prod-01 is the one that serves it as it is.
    expect(red('ergw-gwc-dr').message).toContain('connect er-lon-prod-01 (London), which the inventory already has in another peering location');
    expect(red('ergw-gwc-dr').costImpactUsd).toBe(0);
    expect(red('ergw-neu-direct').message).toContain('connect er-fra-dr-01 (Frankfurt)');
    expect(red('ergw-neu-direct').costImpactUsd).toBe(0);
    // er-sin-fab-03 is Basic (ERS-SKU-001): Standard, and priced
    expect(red('ergw-sea-fab').message).toContain('one more 100 Mbps Standard Metered circuit');
    expect(red('ergw-sea-fab').costImpactUsd).toBe(100);
    // er-tlv-nw-04 is Unlimited far below the break-even (ERS-COST-102): the second circuit is Metered
    expect(red('ergw-ilc-nw').message).toContain('one more 2 Gbps Standard Metered circuit');
    // ergw-weu-nw is served by er-qro-nw-03 and the Amsterdam Metro circuit (two sites): no second circuit asked for
    expect(findings('ergw-weu-nw', 'ERS-RED-001')).toEqual([]);
  });
  it('ERS-COST-101 on a circuit that must become Premium says what the saving is measured from', () => {
    expect(findings('er-ams-prod-01', 'ERS-COST-101')[0].message).toContain('Standard MeteredData at $6,936/month ($7,686/month once it is Premium, as a finding requires)');
  });
  it('ergw-wus2-unused: deleted, not given a second circuit', () => {
    expect(findings('ergw-wus2-unused', 'ERS-RED-001')).toEqual([]);
    expect(findings('ergw-wus2-unused', 'ERS-COST-005')[0].costImpactUsd).toBe(-263.53);
  });
  it('er-ams-prod-02: the delete advice says delete, in every format', () => {
    expect(circuit('er-ams-prod-02').recommendation).toMatchObject({ kind: 'delete-unprovisioned', monthlySavingsUsd: 436 });
    const md = renderMarkdown(result, {});
    const html = renderHtmlReport(result);
    expect(md).not.toMatch(/MeteredData Standard/);
    expect(html).toContain('delete the circuit (provider state not provisioned): saves $436/month');
  });
  it('ErGwScale is billed for at least the catalogue minimum, and labels print the exact rates', () => {
    const ilc = cost.otherCosts.find((o) => o.resourceName === 'ergw-ilc-nw')!;
    expect(ilc.monthlyUsd).toBe(306.6); // 2 scale units × $0.21 × 730 h
    expect(ilc.notes!.join()).toMatch(/2 scale unit\(s\) billed: the configured minimum is 1, below the 2 units the catalogue says are billed at least/);
    expect(cost.otherCosts.find((o) => o.resourceName === 'ergw-scus-fab')!.basis).toBe('ErGw3AZ: $2.151/h × 730 h');
  });
});

/** Estates of our own: every tier × billing model × reach × egress combination, one circuit and gateway each. */
describe('one story per circuit: generated estates', () => {
  const rows: Record<string, unknown>[] = [];
  const usage: Record<string, { egressGbPerMonth: number }> = {};
  let n = 0;
  const reaches: Record<string, string | undefined> = { local: 'westeurope', samegeo: 'northeurope', crossgeo: 'eastus', none: undefined };
  for (const tier of ['Local', 'Standard', 'Premium'])
    for (const family of ['MeteredData', 'UnlimitedData'])
      for (const [reach, region] of Object.entries(reaches))
        for (const egress of [undefined, 5000, 400000])
          for (const extra of [{}, { microsoftPeering: true }, { peeredFrom: ['gr-hub'] }, { state: 'NotProvisioned' }] as CircuitOpts[]) {
            if (tier === 'Local' && family === 'MeteredData') continue;
            const name = `c${n++}-${tier}-${family}-${reach}`.toLowerCase();
            rows.push(circuitRow(name, { tier, family, ...extra, bandwidthMbps: tier === 'Local' ? 1000 : [200, 1000, 10000][n % 3] }));
            if (region) rows.push(gatewayRow(`${name}-gw`, region), connectionRow(`${name}-c`, `${name}-gw`, name, region));
            if (egress !== undefined) usage[name] = { egressGbPerMonth: egress };
          }
  // the circuit that initiated their Global Reach (Amsterdam, as they are)
  rows.push(circuitRow('gr-hub', { tier: 'Premium' }));
  // link counting, Metro and Direct
  rows.push(circuitRow('links-std', { peeredGlobalReach: 3 }), ...vnetLinks('links-std', 9));
  rows.push(circuitRow('links-prem', { tier: 'Premium', peeredGlobalReach: 4 }), ...vnetLinks('links-prem', 8));
  rows.push(circuitRow('metro', { location: 'Zurich Metro', region: 'switzerlandnorth' }), gatewayRow('metro-gw', 'switzerlandnorth'), connectionRow('metro-c', 'metro-gw', 'metro', 'switzerlandnorth'));
  rows.push(portRow('p1'), circuitRow('direct-prem', { port: 'p1', tier: 'Premium', family: 'UnlimitedData' }), gatewayRow('direct-gw', 'northeurope'), connectionRow('direct-c', 'direct-gw', 'direct-prem', 'northeurope'));
  rows.push(circuitRow('idle-with-traffic'), gatewayRow('unused-gw'));
  usage['idle-with-traffic'] = { egressGbPerMonth: 400000 };
  const s = scan(rows, usage);

  it(`has no contradiction on any of its ${n + 6} circuits`, () => {
    expect(s.cost.costs.length).toBe(n + 6);
    expect(contradictions(s.findings, s.cost)).toEqual([]);
  });
  it('adds up', () => {
    expect(arithmetic(s.cost)).toEqual([]);
  });
  it('exercises every kind of advice and every tier-changing rule', () => {
    const kinds = new Set(s.cost.costs.flatMap((c) => c.recommendation?.changes ?? []));
    expect([...kinds].sort()).toEqual(['add-premium', 'delete-unprovisioned', 'delete-unused', 'move-to-local', 'new-metered-circuit', 'remove-premium', 'switch-to-unlimited', 'upgrade-from-local']);
    for (const rule of ['ERS-SKU-002', 'ERS-SKU-003', 'ERS-SKU-004', 'ERS-SKU-009', 'ERS-COST-001', 'ERS-COST-003', 'ERS-COST-005', 'ERS-RED-001']) expect(s.findings.some((f) => f.ruleId === rule), rule).toBe(true);
  });
});
