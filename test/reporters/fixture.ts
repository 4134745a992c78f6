import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { countInventory, type Subscription } from '../../src/inventory/model.js';
import type { Finding, Severity } from '../../src/findings/model.js';
import type { RuleDefinition } from '../../src/rules/model.js';
import type { CostSummary } from '../../src/pricing/model.js';
import type { ScanResult } from '../../src/scan/result.js';
import { fingerprintOf } from '../../src/rules/engine.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

/**
 * A fixed scan result for reporter tests: a frozen copy of a small estate (with two planted secrets
 * and a hostile provider name), hand-written rules and findings that cover every reporter path
 * (template location, live resource, suppression, baseline new/unchanged/fixed, undecided), and a
 * hand-written cost summary. Independent of the rule catalogue and the pricing engine on purpose.
 */

const HERE = dirname(fileURLToPath(import.meta.url));
export const FIXTURE_ROWS = join(HERE, 'fixtures', 'estate-rows.json');
export const GENERATED_AT = '2026-03-01T06:00:00.000Z';
/** Secret values planted in the fixture rows: they must never reach a report. */
export const PLANTED_SECRETS = ['c0ffee00-secret-service-key-0001', 'TopSecretBgpMd5Key!'];

const SUB_PROD = '11111111-2222-3333-4444-000000000101';
const SUB_DR = '11111111-2222-3333-4444-000000000102';
const TENANT = '7f3c2a10-4b8e-4d7a-9c21-0a1b2c3d4e01';
const base = (sub: string, rg: string) => `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Network`;
export const IDS = {
  amsCircuit: `${base(SUB_PROD, 'rg-connectivity-prod')}/expressRouteCircuits/er-ams-prod-01`,
  lonCircuit: `${base(SUB_PROD, 'rg-connectivity-prod')}/expressRouteCircuits/er-lon-prod-01`,
  fraCircuit: `${base(SUB_DR, 'rg-connectivity-dr')}/expressRouteCircuits/er-fra-dr-01`,
  directCircuit: `${base(SUB_PROD, 'rg-connectivity-prod')}/expressRouteCircuits/er-direct-ams-01`,
  port: `${base(SUB_PROD, 'rg-connectivity-prod')}/expressRoutePorts/erdirect-ams2`,
  gwNeu: `${base(SUB_PROD, 'rg-connectivity-prod')}/virtualNetworkGateways/ergw-neu-direct`,
  gwDr: `${base(SUB_DR, 'rg-connectivity-dr')}/virtualNetworkGateways/ergw-gwc-dr`,
  templateCircuit: `${base(SUB_PROD, 'rg-pr (staging)')}/expressRouteCircuits/er-new-circuit`,
};

function rule(id: string, name: string, title: string, severity: Severity, category: RuleDefinition['category'], pillar: RuleDefinition['pillar'], extra: Partial<RuleDefinition> = {}): RuleDefinition {
  return {
    id,
    name,
    title,
    category,
    severity,
    pillar,
    tags: ['fixture'],
    resource: 'circuit',
    assert: { field: 'tier', exists: true },
    message: `${title}: {name}`,
    remediation: `Fix ${name} as the documentation describes.`,
    links: ['https://learn.microsoft.com/azure/expressroute/expressroute-introduction'],
    doc: `# ${id} ${name}\n\n**${title}.**\n\n## Why\nBecause \`${name}\` matters for the\nestate (see [docs](https://learn.microsoft.com/azure/expressroute/)).\n\n## How to fix\n- Step one with \`code\`\n- Step <two> & three\n`,
    file: join(PACKAGE_ROOT, 'rules', category, `${id}.yaml`),
    ...extra,
  };
}

export const FIXTURE_RULES: RuleDefinition[] = [
  rule('ERS-ENC-001', 'direct-port-macsec', 'ExpressRoute Direct ports encrypt links with MACsec', 'critical', 'encryption', 'security'),
  rule('ERS-RED-004', 'gateway-zone-redundant-sku', 'ExpressRoute virtual network gateways use a zone-redundant SKU', 'high', 'redundancy', 'reliability'),
  rule('ERS-BGP-002', 'peering-md5', 'Private peerings use an MD5 key', 'medium', 'bgp', 'security', { function: 'checkMd5' }),
  rule('ERS-HYG-001', 'circuit-tags', 'Circuits carry owner and cost-centre tags', 'low', 'hygiene', 'operational-excellence'),
  rule('ERS-CST-001', 'metered-vs-unlimited', 'Circuits use the cheaper billing model for their egress', 'info', 'cost', 'cost-optimization'),
  // A user rule outside the catalogue: helpUri falls back to its first link.
  rule('ACME-SKU-001', 'premium-only-when-needed', 'Premium tier only where cross-geo reach is needed', 'medium', 'sku', 'cost-optimization', { file: '/opt/acme/rules/ACME-SKU-001.yaml', doc: '' }),
];

function finding(ruleId: string, resourceId: string, message: string, extra: Partial<Finding> = {}): Finding {
  const r = FIXTURE_RULES.find((x) => x.id === ruleId)!;
  const parts = resourceId.split('/');
  const type = `Microsoft.Network/${parts[parts.length - 2]}`;
  return {
    ruleId,
    ruleName: r.name,
    category: r.category,
    severity: r.severity,
    resourceId,
    resourceType: type,
    resourceName: parts[parts.length - 1],
    subscriptionId: parts[2],
    tenantId: TENANT,
    message,
    fingerprint: fingerprintOf(ruleId, resourceId),
    ...extra,
  };
}

export function fixtureFindings(): Finding[] {
  return [
    finding('ERS-ENC-001', IDS.port, 'Port erdirect-ams2 has MACsec cipher (not set); expected GcmAes256 or GcmAesXpn256.', { baselineState: 'unchanged' }),
    finding('ERS-RED-004', IDS.gwNeu, 'Gateway ergw-neu-direct uses SKU UltraPerformance; expected a zone-redundant SKU (ErGw1AZ, ErGw2AZ, ErGw3AZ or ErGwScale).', { baselineState: 'new', costImpactUsd: null, costImpactChange: 'resize-to-ErGw3AZ' }),
    finding('ERS-RED-004', IDS.templateCircuit, 'Gateway in template uses SKU Standard; expected a zone-redundant SKU.', {
      location: { file: 'infra/er (prod).json', line: 42, column: 7 },
      source: { kind: 'arm', file: 'infra/er (prod).json', line: 42, column: 7 },
      status: 'unknown',
      baselineState: 'new',
    }),
    finding('ERS-BGP-002', `${IDS.lonCircuit}/peerings/AzurePrivatePeering`, 'Peering AzurePrivatePeering of <script>alert("x")</script> | er-lon-prod-01 has no MD5 key; expected a *shared* key.', { baselineState: 'unchanged' }),
    finding('ACME-SKU-001', IDS.fraCircuit, 'Circuit er-fra-dr-01 is Premium; expected Standard unless cross-geo reach is needed.', { baselineState: 'new', costImpactUsd: -400, costImpactChange: 'remove-premium' }),
    finding('ERS-HYG-001', IDS.amsCircuit, 'Circuit er-ams-prod-01 has no owner tag; expected tags owner and costCentre.', {
      suppression: { justification: 'Tagged by the <CMDB> sync & owned by NetOps', expires: '2026-12-31' },
      baselineState: 'unchanged',
    }),
    finding('ERS-CST-001', IDS.directCircuit, 'Circuit er-direct-ams-01 would save $1,234/month on UnlimitedData.', { baselineState: 'new', costImpactUsd: -1234, costImpactChange: 'switch-to-unlimited' }),
  ];
}

export function fixtureCost(opts: { baseline?: boolean } = {}): CostSummary {
  return {
    ...(opts.baseline
      ? {
          costDelta: {
            baselineMonthlyUsd: 72173.02,
            currentMonthlyUsd: 77437.02,
            deltaUsd: 5264,
            resources: [
              { resourceId: IDS.lonCircuit, name: 'er-lon-prod-01', change: 'added' as const, beforeUsd: null, afterUsd: 5700, deltaUsd: 5700, reason: 'new 1 Gbps Standard Unlimited circuit in Zone 1' },
              { resourceId: IDS.gwDr, name: 'ergw-gwc-dr', change: 'removed' as const, beforeUsd: 263.53, afterUsd: null, deltaUsd: -263.53, reason: 'removed gateway (ErGw1AZ: $0.361/h × 730 h)' },
              { resourceId: IDS.amsCircuit, name: 'er-ams-prod-01', change: 'changed' as const, beforeUsd: 8347.47, afterUsd: 8175, deltaUsd: -172.47, reason: 'egress 306,899 → 300,000 GB/month' },
            ],
            baselineFile: 'out/previous/report.json',
          },
        }
      : {}),
    costs: [
      {
        resourceId: IDS.amsCircuit,
        resourceName: 'er-ams-prod-01',
        subscriptionId: SUB_PROD,
        tenantId: TENANT,
        zone: 'Zone 1',
        tier: 'Standard',
        billingModel: 'MeteredData',
        bandwidthMbps: 1000,
        egressGbPerMonth: 300000,
        egressSource: 'usage',
        monthlyUsd: { current: 8175, metered: 8175, unlimited: 5700, local: null },
        breakEvenGbPerMonth: 201000,
        recommendation: { kind: 'switch-to-unlimited', changes: ['switch-to-unlimited'], billingModel: 'UnlimitedData', tier: 'Standard', monthlySavingsUsd: 2475, reason: 'Egress of 300,000 GB/month is above the break-even of 201,000 GB/month.' },
        notes: ['Unlimited → Metered is a one-way door: it cannot be reversed.'],
        priced: 'full',
      },
      {
        resourceId: IDS.lonCircuit,
        resourceName: 'er-lon-prod-01',
        subscriptionId: SUB_PROD,
        tenantId: TENANT,
        zone: 'Zone 1',
        tier: 'Standard',
        billingModel: 'UnlimitedData',
        bandwidthMbps: 1000,
        egressGbPerMonth: 20000,
        egressSource: 'metrics',
        monthlyUsd: { current: 5700, metered: 1175, unlimited: 5700, local: null },
        breakEvenGbPerMonth: 181000,
        recommendation: null,
        notes: ['Metered would be cheaper, but UnlimitedData → MeteredData cannot be changed on an existing circuit.'],
        priced: 'full',
      },
      {
        resourceId: IDS.directCircuit,
        resourceName: 'er-direct-ams-01',
        subscriptionId: SUB_PROD,
        tenantId: TENANT,
        zone: 'Zone 1',
        tier: 'Premium',
        billingModel: 'UnlimitedData',
        bandwidthMbps: 5000,
        egressGbPerMonth: 400000,
        egressSource: 'usage',
        monthlyUsd: { current: 2000, metered: null, unlimited: null, local: null },
        breakEvenGbPerMonth: null,
        recommendation: { kind: 'remove-premium', changes: ['remove-premium'], billingModel: 'UnlimitedData', tier: 'Standard', monthlySavingsUsd: null, reason: 'The Premium add-on does not look needed; its price on ExpressRoute Direct is not known.' },
        notes: ['partly priced: Premium add-on on ExpressRoute Direct not priced, so $2,000 is a lower bound'],
        priced: 'partial',
        missing: ['Premium add-on on ExpressRoute Direct'],
        isDirect: true,
      },
      {
        resourceId: IDS.fraCircuit,
        resourceName: 'er-fra-dr-01',
        subscriptionId: SUB_DR,
        tenantId: TENANT,
        zone: null,
        tier: 'Premium',
        billingModel: 'MeteredData',
        bandwidthMbps: 500,
        egressGbPerMonth: 0,
        egressSource: 'none',
        monthlyUsd: { current: null, metered: null, unlimited: null, local: null },
        breakEvenGbPerMonth: null,
        recommendation: null,
        notes: ['Peering location "Frankfurt2" is not in the zone map.'],
        priced: 'none',
      },
    ],
    otherCosts: [
      { resourceId: IDS.gwNeu, resourceName: 'ergw-neu-direct', resourceType: 'Microsoft.Network/virtualNetworkGateways', subscriptionId: SUB_PROD, tenantId: TENANT, monthlyUsd: 1387.02, basis: 'UltraPerformance gateway, 730 hours', priced: 'full' },
      { resourceId: IDS.port, resourceName: 'erdirect-ams2', resourceType: 'Microsoft.Network/expressRoutePorts', subscriptionId: SUB_PROD, tenantId: TENANT, monthlyUsd: 55000, basis: '10 Gbps Direct port, MeteredData', priced: 'full' },
    ],
    totals: { monthlyUsd: 77437.02, potentialSavingsUsd: 2475, unpriced: 1, partlyPriced: 1, atLeast: true },
    priceCatalogue: { effectiveDate: '2026-02-01', currency: 'USD', source: 'Azure Retail Prices API' },
  };
}

/** The fixed scan result every golden file is built from. */
export function fixtureResult(opts: { cost?: boolean; baseline?: boolean } = {}): ScanResult {
  const doc = JSON.parse(readFileSync(FIXTURE_ROWS, 'utf8')) as Record<string, unknown>[];
  const raws: RawResource[] = doc.map((row) => ({ row, source: { kind: 'snapshot', file: 'fixtures/estate-rows.json' } }));
  const subs: Subscription[] = [
    { subscriptionId: SUB_PROD, name: 'contoso-connectivity-prod', tenantId: TENANT, state: 'Enabled' },
    { subscriptionId: SUB_DR, name: 'contoso-connectivity-dr', tenantId: TENANT, state: 'Enabled' },
  ];
  const { inventory } = buildInventory(raws, subs);
  const withBaseline = opts.baseline !== false;
  const findings = fixtureFindings().map((f) => {
    if (withBaseline) return f;
    const { baselineState: _b, ...rest } = f;
    return rest as Finding;
  });
  return {
    tool: { name: 'erscan', version: '0.1.0' },
    generatedAt: GENERATED_AT,
    scanCategory: 'erscan/fixtures/estate-rows.json',
    inputs: ['fixtures/estate-rows.json'],
    coverage: { complete: false, gaps: [{ scope: 'subscription 11111111-2222-3333-4444-000000000199', reason: 'AuthorizationFailed: the client has no read access <denied>' }] },
    inventory,
    counts: countInventory(inventory),
    findings,
    ...(withBaseline
      ? {
          fixed: [finding('ERS-RED-004', IDS.gwDr, 'Gateway ergw-gwc-dr uses SKU Standard; expected a zone-redundant SKU.')],
          baselineFile: 'out/previous/report.json',
        }
      : {}),
    rules: FIXTURE_RULES,
    notices: ['suppression of ERS-HYG-001 on er-old expired on 2026-01-31 (erscan.yaml)'],
    ...(opts.cost !== false ? { cost: fixtureCost({ baseline: withBaseline }) } : {}),
  };
}
