import { describe, expect, it } from 'vitest';
import { renderHtml, renderHtmlReport } from '../../src/reporters/html.js';
import { costChartFor, renderDocHtml } from '../../src/reporters/html-model.js';
import type { Finding } from '../../src/findings/model.js';
import { fingerprintOf } from '../../src/rules/engine.js';
import { fixtureCost, fixtureFindings, fixtureResult, PLANTED_SECRETS } from './fixture.js';
import { expectGolden } from './golden.js';

/** The HTML with the inline stylesheet and script cut out, to inspect only what the template emits. */
function markup(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>').replace(/<script>[\s\S]*?<\/script>/, '<script></script>');
}

describe('HTML reporter', () => {
  it('matches the golden file', () => {
    expectGolden('report.html', renderHtml(fixtureResult(), {}));
  });

  it('matches the golden file without baseline or cost', () => {
    expectGolden('report-plain.html', renderHtml(fixtureResult({ baseline: false, cost: false }), {}));
  });

  it('is one self-contained file: no external resource, a CSP that allows only its own script and style', () => {
    const html = renderHtmlReport(fixtureResult());
    const m = markup(html);
    expect(m).not.toMatch(/<link\b/i);
    expect(m).not.toMatch(/\ssrc=/i);
    expect(m).not.toMatch(/url\(/i);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    // the stylesheet, and a one-rule stylesheet inside <noscript> that shows every row without script
    expect(html.match(/<style\b/g)).toHaveLength(2);
    expect(html).toContain('<noscript><style>#findings-table tbody tr[hidden]{display:table-row}.more{display:none}</style></noscript>');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; img-src data:; style-src (&#x27;sha256-[A-Za-z0-9+/]+(&#x3D;)*&#x27; ?){2}; script-src &#x27;sha256-/);
    // every href is an in-page anchor or an http(s) link (navigation, never loaded by the page)
    for (const [, href] of m.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(#[A-Za-z0-9_-]+|https?:\/\/)/);
  });

  it('escapes everything from the estate', () => {
    const html = renderHtmlReport(fixtureResult());
    const m = markup(html);
    expect(m).not.toContain('<img src=x');
    expect(m).toContain('Evil &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &amp; &quot;Co&quot;');
    expect(m).not.toContain('<script>alert');
    expect(m).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(m).toContain('Tagged by the &lt;CMDB&gt; sync &amp; owned by NetOps');
    expect(m).toContain('AuthorizationFailed: the client has no read access &lt;denied&gt;');
    for (const s of PLANTED_SECRETS) expect(html).not.toContain(s);
  });

  it('has the sections a reader needs', () => {
    const m = markup(renderHtmlReport(fixtureResult()));
    for (const id of ['summary', 'findings', 'baseline', 'circuits', 'cost', 'rules', 'notes']) expect(m).toContain(`<section id="${id}">`);
    // every finding links to its rule doc, which exists
    for (const [, anchor] of m.matchAll(/<td><a href="#(rule-[^"]+)">/g)) expect(m).toContain(`id="${anchor}"`);
    // one section per circuit, each with a topology drawing
    const circuits = fixtureResult().inventory.circuits.length;
    expect(m.match(/<article class="circuit"/g)).toHaveLength(circuits);
    expect(m.match(/<svg class="topo"/g)).toHaveLength(circuits);
    // a cost chart with a break-even line for each circuit whose numbers allow one
    expect(m.match(/<line class="breakeven"/g)).toHaveLength(2);
    expect(m).toContain('No chart: no price for one of the billing models.');
    // filters for severity, category, tenant, subscription and rule
    for (const id of ['f-sev', 'f-cat', 'f-tenant', 'f-sub', 'f-rule', 'f-state']) expect(m).toContain(`id="${id}"`);
  });

  it('renders rule docs as safe HTML', () => {
    const html = renderDocHtml('# T\n\n## Why\nA `code` **bold** [ok](https://learn.microsoft.com/x) [bad](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n- one\n- two\n\n```\n<b>raw</b>\n```\n');
    expect(html).toBe(
      '<h3>T</h3>\n<h4>Why</h4>\n<p>A <code>code</code> <strong>bold</strong> <a href="https://learn.microsoft.com/x" rel="noreferrer">ok</a> [bad](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;</p>\n<ul><li>one</li><li>two</li></ul>\n<pre><code>&lt;b&gt;raw&lt;/b&gt;</code></pre>',
    );
    expect(renderDocHtml('[x](https://a.example/"onmouseover="y)')).not.toContain('"onmouseover');
  });

  it('draws the metered line through the estimate and the break-even', () => {
    const [ams] = fixtureCost().costs;
    const chart = costChartFor(ams);
    if ('reason' in chart) throw new Error(chart.reason);
    // metered and unlimited cross at the break-even x
    const [, mx0, my0, mx1, my1] = /M([\d.]+),([\d.]+) L([\d.]+),([\d.]+)/.exec(chart.metered)!.map(Number);
    const uy = Number(/M[\d.]+,([\d.]+)/.exec(chart.unlimited)![1]);
    const yAtBreakEven = my0 + ((chart.breakEven!.x - mx0) / (mx1 - mx0)) * (my1 - my0);
    expect(Math.abs(yAtBreakEven - uy)).toBeLessThan(0.5);
    expect(costChartFor({ ...ams, breakEvenGbPerMonth: null })).toEqual({ reason: 'no break-even point' });
  });

  it('never shows an egress it does not know as 0 GB', () => {
    // er-fra-dr-01 has nothing declared or measured (egressSource "none", egressGbPerMonth 0 by convention)
    const m = markup(renderHtmlReport(fixtureResult()));
    const row = /<tr><td><a href="#[^"]+" title="[^"]*er-fra-dr-01">er-fra-dr-01<\/a><\/td>.*?<\/tr>/.exec(m)?.[0] ?? '';
    expect(row).toContain('not known <span class="sub">(none declared)</span>');
    expect(row).not.toContain('0 GB');
    // the chart of a circuit without known egress draws no "now" point at 0 GB
    const [ams] = fixtureCost().costs;
    const chart = costChartFor({ ...ams, egressSource: 'none' });
    if ('reason' in chart) throw new Error(chart.reason);
    expect(chart.current).toBeUndefined();
    expect(chart.breakEven).toBeDefined();
  });

  it('says how many findings are undecided, and that they are not failures', () => {
    const result = fixtureResult();
    const undecided = result.findings.filter((f) => f.status === 'unknown' && !f.suppression).length;
    expect(undecided).toBeGreaterThan(0);
    expect(markup(renderHtmlReport(result))).toContain(`<div class="sub" id="undecided-count">of which ${undecided} undecided: not failures</div>`);
    const none = { ...result, findings: result.findings.filter((f) => f.status !== 'unknown') };
    expect(markup(renderHtmlReport(none))).not.toContain('undecided-count');
  });

  it('says a scan with no findings has none (not that a filter matched nothing)', () => {
    const result = { ...fixtureResult(), findings: [] };
    const m = markup(renderHtmlReport(result));
    expect(m).toContain(`<p id="no-match" class="empty">No findings: ${result.rules.length} rules ran and none found anything.</p>`);
    expect(markup(renderHtmlReport(fixtureResult()))).toContain('<p id="no-match" class="empty" hidden>No finding matches.</p>');
  });

  it('stays fast with 10,000 findings', () => {
    const base = fixtureFindings();
    const many: Finding[] = Array.from({ length: 10_000 }, (_, i) => {
      const f = base[i % base.length];
      const resourceId = `${f.resourceId}-${i}`;
      return { ...f, resourceId, resourceName: `${f.resourceName}-${i}`, fingerprint: fingerprintOf(f.ruleId, resourceId) };
    });
    const result = { ...fixtureResult(), findings: many };
    renderHtmlReport(fixtureResult()); // compile once, as a real run would have
    const t0 = performance.now();
    const html = renderHtmlReport(result);
    const ms = performance.now() - t0;
    console.log(`HTML report with 10,000 findings: ${Math.round(ms)} ms, ${(html.length / 1024 / 1024).toFixed(1)} MB`);
    expect(html.match(/<tr data-sev=/g)).toHaveLength(10_000);
    // a generous bound: a regression to quadratic work would blow far past it
    expect(ms).toBeLessThan(15_000);
  });
});

describe('HTML reporter: Global Reach counts', () => {
  it('counts a link declared on the other circuit of a template for both circuits, as the analysis does', async () => {
    const { buildHtmlModel } = await import('../../src/reporters/html-model.js');
    const { scanSources } = await import('../../src/scan/run.js');
    const { loadTemplates } = await import('../../src/sources/template/index.js');
    const { parseJson } = await import('../../src/util/json.js');
    const { emptyConfig } = await import('../../src/config/load.js');
    const circuit = (name: string, peering: string, asn: number) => ({
      type: 'Microsoft.Network/expressRouteCircuits',
      apiVersion: '2024-05-01',
      name,
      location: 'westeurope',
      sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
      properties: {
        serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: peering, bandwidthInMbps: 1000 },
        peerings: [{ name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', peerASN: asn, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30', vlanId: 100 } }],
      },
    });
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [
        circuit('er-ams', 'Amsterdam', 65001),
        circuit('er-lon', 'London', 65002),
        {
          type: 'Microsoft.Network/expressRouteCircuits/peerings/connections',
          apiVersion: '2024-05-01',
          name: 'er-ams/AzurePrivatePeering/gr-ams-lon',
          properties: {
            expressRouteCircuitPeering: { id: "[resourceId('Microsoft.Network/expressRouteCircuits/peerings', 'er-ams', 'AzurePrivatePeering')]" },
            peerExpressRouteCircuitPeering: { id: "[resourceId('Microsoft.Network/expressRouteCircuits/peerings', 'er-lon', 'AzurePrivatePeering')]" },
            addressPrefix: '192.168.8.0/29',
          },
        },
      ],
    };
    const file = 'gr/azuredeploy.json';
    const { output } = loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(template, null, 2), true), format: 'arm-template' }]);
    const result = scanSources({ raws: output.raws, subscriptions: [], gaps: [], notices: [] }, { config: emptyConfig(), now: new Date('2026-11-30T00:00:00Z'), inputs: [file], scanCategory: 'erscan/gr' });
    const model = buildHtmlModel(result) as unknown as { circuits: { name: string; peerings: { globalReach: string }[] }[] };
    expect(Object.fromEntries(model.circuits.map((c) => [c.name, c.peerings.map((p) => p.globalReach)]))).toEqual({ 'er-ams': ['1'], 'er-lon': ['1'] });
  });
});

describe('HTML reporter: a peering whose reads list different Global Reach connections', () => {
  it('shows its Global Reach count as not known, never one read\'s count', async () => {
    const { buildHtmlModel } = await import('../../src/reporters/html-model.js');
    const { scanSources } = await import('../../src/scan/run.js');
    const { emptyConfig } = await import('../../src/config/load.js');
    const S = '/subscriptions/00000000-0000-0000-0000-0000000000b1/resourceGroups/rg/providers/Microsoft.Network';
    const gr = { id: `${S}/expressRouteCircuits/er1/peerings/AzurePrivatePeering/connections/gr1`, name: 'gr1', properties: { peerExpressRouteCircuitPeering: { id: `${S}/expressRouteCircuits/er-tok/peerings/AzurePrivatePeering` }, addressPrefix: '10.255.0.0/29', circuitConnectionStatus: 'Connected' } };
    const peering = (connections: unknown[]) => ({ id: `${S}/expressRouteCircuits/er1/peerings/AzurePrivatePeering`, name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering', state: 'Enabled', peerASN: 65001, vlanId: 100, primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30', connections, peeredConnections: [] } });
    const er1 = { id: `${S}/expressRouteCircuits/er1`, name: 'er1', type: 'microsoft.network/expressroutecircuits', location: 'westeurope', sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' }, properties: { serviceProviderProvisioningState: 'Provisioned', globalReachEnabled: true, serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 }, peerings: [peering([gr])], authorizations: [] } };
    const raws = [er1, { ...peering([]), type: 'Microsoft.Network/expressRouteCircuits/peerings' }].map((row) => ({ row, source: { kind: 'graph' as const, file: 'rows.json' } }));
    const result = scanSources({ raws, subscriptions: [], gaps: [], notices: [] }, { config: emptyConfig(), now: new Date('2026-11-30T00:00:00Z'), inputs: ['rows.json'], scanCategory: 'erscan/gr' });
    const model = buildHtmlModel(result) as unknown as { circuits: { name: string; peerings: { globalReach: string }[] }[] };
    expect(model.circuits.find((c) => c.name === 'er1')!.peerings.map((p) => p.globalReach)).toEqual(['not known']);
  });
});

describe('HTML reporter: a module in a resource group and subscription a parameter leaves open', () => {
  it('shows them by their labels (‹hubRg›), never the stand-in', async () => {
    const { buildHtmlModel } = await import('../../src/reporters/html-model.js');
    const { scanSources } = await import('../../src/scan/run.js');
    const { loadTemplates } = await import('../../src/sources/template/index.js');
    const { parseJson } = await import('../../src/util/json.js');
    const { emptyConfig } = await import('../../src/config/load.js');
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { hubSub: { type: 'string' }, hubRg: { type: 'string' } },
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'hub',
          subscriptionId: "[parameters('hubSub')]",
          resourceGroup: "[parameters('hubRg')]",
          properties: {
            mode: 'Incremental',
            expressionEvaluationOptions: { scope: 'inner' },
            template: {
              $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
              contentVersion: '1.0.0.0',
              resources: [
                {
                  type: 'Microsoft.Network/expressRouteCircuits',
                  apiVersion: '2023-09-01',
                  name: 'er-hub',
                  location: 'westeurope',
                  sku: { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
                  properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } },
                },
              ],
            },
          },
        },
      ],
    };
    const file = 'hub/main.json';
    const { output } = loadTemplates([{ file, parsed: parseJson(file, JSON.stringify(template, null, 2), true), format: 'arm-template' }]);
    const result = scanSources({ raws: output.raws, subscriptions: [], gaps: [], notices: [] }, { config: emptyConfig(), now: new Date('2026-11-30T00:00:00Z'), inputs: [file], scanCategory: 'erscan/hub' });
    const model = buildHtmlModel(result) as unknown as { circuits: { subscription: string; resourceGroup: string }[] };
    expect(model.circuits.map((c) => [c.subscription, c.resourceGroup])).toEqual([['‹hubSub›', '‹hubRg›']]);
  });
});
