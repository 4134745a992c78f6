import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { emptyConfig } from '../../src/config/load.js';
import { buildInventory, type RawResource } from '../../src/inventory/build.js';
import { costEstimatorFor } from '../../src/pricing/setup.js';
import { reporterFor } from '../../src/reporters/index.js';
import { FORMATS } from '../../src/reporters/types.js';
import { compareFindings } from '../../src/rules/engine.js';
import { scanSources } from '../../src/scan/run.js';
import { detectFormat } from '../../src/sources/detect.js';
import { loadRows } from '../../src/sources/rows.js';
import { loadSnapshot } from '../../src/sources/snapshot.js';
import { loadTemplates } from '../../src/sources/template/index.js';
import type { SourceOutput } from '../../src/sources/types.js';
import { generateEstate } from '../../src/testing/synthetic.js';
import { InputError } from '../../src/util/errors.js';
import { parseJson } from '../../src/util/json.js';
import { lintForGitHub, sarifSchemaValidator } from '../reporters/sarif-validate.js';
import { validateReport } from '../helpers/report-schema.js';

/**
 * Properties of the whole pipeline, over generated inventories: loaders either read a document or
 * raise an InputError (never anything else); any inventory gives a JSON report valid against its
 * schema and SARIF valid against the OASIS schema; the same input gives the same bytes whatever the
 * order of its rows; and a finding never disappears when unrelated resources are added.
 */

const RUNS = Number(process.env.ERSCAN_PROPERTY_RUNS ?? 25);
const NOW = new Date('2026-01-01T00:00:00Z');
const estimate = costEstimatorFor({}, undefined, {});

const TYPES = [
  'Microsoft.Network/expressRouteCircuits',
  'Microsoft.Network/expressRouteCircuits/peerings',
  'Microsoft.Network/expressRouteCircuits/authorizations',
  'Microsoft.Network/expressRoutePorts',
  'Microsoft.Network/virtualNetworkGateways',
  'Microsoft.Network/expressRouteGateways',
  'Microsoft.Network/expressRouteGateways/expressRouteConnections',
  'Microsoft.Network/connections',
  'Microsoft.Storage/storageAccounts',
];
const SUB = '/subscriptions/00000000-0000-4000-8000-00000000abcd/resourceGroups/rg/providers/';
const NAMES = ['a', 'b', 'c', 'er-1', 'er-2', 'gw', 'AzurePrivatePeering', 'link1'];

/** Any casing of a string. */
const anyCase = (s: string) => fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((up) => [...s].map((ch, i) => (up[i] ? ch.toUpperCase() : ch.toLowerCase())).join(''));

/** An ARM id drawn from a small pool, so generated rows refer to each other (and to themselves). */
const armId = fc
  .tuple(fc.constantFrom(...TYPES), fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 2 }))
  .chain(([type, names]) => {
    const [provider, ...segments] = type.split('/');
    const path = segments.map((seg, i) => `${seg}/${names[i] ?? names[0]}`).join('/');
    return anyCase(`${SUB}${provider}/${path}`);
  });

/** Values of every JSON type, including the right shape for the fields rules read and junk. */
const leaf = fc.oneof(
  fc.constantFrom('Standard', 'Premium', 'Local', 'MeteredData', 'UnlimitedData', 'ExpressRoute', 'Enabled', 'Disabled', 'ErGw1AZ', 'Standard_MeteredData', 'Amsterdam', 'London', 'GcmAes256', '10.0.0.0/30', ''),
  fc.integer({ min: -5, max: 100_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  armId.map((id) => ({ id })),
);
const KEYS = [
  'sku', 'name', 'tier', 'family', 'properties', 'peerings', 'peeringType', 'state', 'peerASN', 'vlanId', 'serviceProviderProperties', 'peeringLocation', 'bandwidthInMbps',
  'bandwidthInGbps', 'expressRoutePort', 'circuits', 'links', 'macSecConfig', 'cipher', 'gatewayType', 'ipConfigurations', 'subnet', 'peer', 'virtualNetworkGateway1',
  'connectionType', 'expressRouteConnections', 'expressRouteCircuitPeering', 'connections', 'peerExpressRouteCircuitPeering', 'authorizations', 'zones', 'tags',
  'sharedKey', 'authorizationKey', 'routingWeight', 'autoScaleConfiguration', 'bounds', 'min', 'max', '__proto__', 'constructor', 'id',
];
const { tree: value } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('object'), tie('array')),
  object: fc.dictionary(fc.constantFrom(...KEYS), tie('tree'), { maxKeys: 6 }),
  array: fc.array(tie('tree'), { maxLength: 4 }),
}));

const row = fc.record(
  {
    id: armId,
    type: fc.constantFrom(...TYPES).chain(anyCase),
    name: fc.oneof(fc.constantFrom(...NAMES), value),
    sku: value,
    properties: value,
    tags: value,
    zones: value,
    subscriptionId: fc.oneof(fc.constant('00000000-0000-4000-8000-00000000abcd'), value),
    tenantId: fc.oneof(fc.constant('10000000-0000-4000-8000-00000000abcd'), value),
  },
  { requiredKeys: ['id', 'type'] },
);

function scan(rows: Record<string, unknown>[], subscriptions: SourceOutput['subscriptions'] = []) {
  const source: SourceOutput = { raws: rows.map((r): RawResource => ({ row: r, source: { kind: 'snapshot', file: 'generated.json' } })), subscriptions, gaps: [], notices: [] };
  return scanSources(source, { config: emptyConfig(), now: NOW, inputs: ['generated.json'], scanCategory: 'erscan/property', estimateCosts: estimate });
}

describe('loaders', () => {
  it('any JSON document is read or refused with an InputError, never anything else', () => {
    const doc = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.array(row, { maxLength: 5 }),
      fc.record({ value: fc.oneof(fc.array(row, { maxLength: 5 }), value), nextLink: fc.option(fc.string()) }),
      fc.record({ data: fc.oneof(fc.array(row, { maxLength: 5 }), value), skip_token: fc.option(fc.string()), total_records: fc.nat() }),
      fc.record({ totalRecords: fc.nat(), resultTruncated: fc.constantFrom('true', 'false'), data: fc.record({ columns: fc.array(value, { maxLength: 3 }), rows: fc.array(value, { maxLength: 3 }) }) }),
      fc.record({ erscanSnapshot: fc.constantFrom(1, 2, '1'), resources: fc.oneof(fc.array(row, { maxLength: 5 }), value), subscriptions: value, coverage: value }),
      fc.record({ $schema: fc.constant('https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'), contentVersion: fc.constant('1.0.0.0'), parameters: value, variables: value, resources: fc.oneof(fc.array(row, { maxLength: 4 }), value) }),
      fc.record({ format_version: fc.constant('1.2'), terraform_version: fc.constant('1.9.0'), planned_values: value, resource_changes: value, configuration: value }),
    );
    fc.assert(
      fc.property(doc, (d) => {
        const text = JSON.stringify(d) ?? 'null';
        try {
          const parsed = parseJson('generated.json', text, true);
          const format = detectFormat(parsed.value);
          let out: SourceOutput | undefined;
          if (format === 'snapshot') out = loadSnapshot('generated.json', parsed.value);
          else if (format === 'arm-template' || format === 'arm-parameters' || format === 'terraform-plan') {
            const t = loadTemplates([{ file: 'generated.json', parsed, format }]);
            for (const e of t.errors) expect(e).toBeInstanceOf(InputError);
            out = t.output;
          } else if (format !== 'unknown') out = loadRows('generated.json', parsed.value, format);
          if (out) buildInventory(out.raws, out.subscriptions);
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          expect(e.message).not.toMatch(/\n/);
        }
      }),
      { numRuns: RUNS * 5 },
    );
  });
});

describe('rules engine and reporters', () => {
  it('any inventory gives a valid JSON report and valid SARIF, with findings sorted', () => {
    const validateSarif = sarifSchemaValidator();
    const formats = FORMATS.filter((f) => {
      try {
        reporterFor(f);
        return true;
      } catch {
        return false;
      }
    });
    expect(formats).toEqual(expect.arrayContaining(['json', 'sarif']));
    let withFindings = 0;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const result = scan(rows);
        if (result.findings.length > 0) withFindings++;
        const json = JSON.parse(reporterFor('json')(result, {}));
        expect(validateReport(json), JSON.stringify(validateReport.errors)).toBe(true);
        const sarif = JSON.parse(reporterFor('sarif')(result, {})) as Log;
        expect(validateSarif(sarif), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
        expect(lintForGitHub(sarif)).toEqual([]);
        for (const f of formats) expect(typeof reporterFor(f)(result, { color: false })).toBe('string');
        for (let i = 1; i < result.findings.length; i++) expect(compareFindings(result.findings[i - 1], result.findings[i])).toBeLessThanOrEqual(0);
      }),
      // (Found by a run: a circuit whose port reference names a resource of another kind, which the HTML
      // report drew as a port; the loaders refuse such a reference, the builder's inventory may hold it.)
      { numRuns: RUNS, examples: [[[{ id: `${SUB}microsoft.network/expressroutecircuits/a`, type: 'microsoft.network/expressroutecircuits', properties: { expressRoutePort: { id: `${SUB}microsoft.network/expressroutegateways/er-1` } } }, { id: `${SUB}microsoft.network/expressroutegateways/er-1`, type: 'microsoft.network/expressroutecircuits' }]]] },
    );
    expect(withFindings).toBeGreaterThan(0); // the generator reaches the rules, not only the loaders' error paths
  });

  it('same input, same bytes: reports do not depend on the order of rows, nor of the lists inside them (only generatedAt may differ)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 1000 }), fc.integer(), (circuits, seed, shuffleSeed) => {
        const e = generateEstate({ circuits, seed });
        let s = shuffleSeed >>> 0;
        const shuffle = <T>(list: T[]): T[] => {
          for (let i = list.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
            const j = s % (i + 1);
            [list[i], list[j]] = [list[j], list[i]];
          }
          return list;
        };
        // Azure lists a circuit's peerings, a port's links and a hub's connections in an order of its own.
        const shuffled = shuffle(
          e.rows.map((row) => {
            const props = (row as { properties?: Record<string, unknown> }).properties;
            if (!props) return row;
            const copy = { ...props };
            for (const k of ['peerings', 'links', 'expressRouteConnections', 'authorizations']) if (Array.isArray(copy[k])) copy[k] = shuffle([...(copy[k] as unknown[])]);
            return { ...row, properties: copy };
          }),
        );
        const a = scan(e.rows, e.subscriptions);
        const b = scan(shuffled, e.subscriptions);
        for (const f of ['json', 'sarif', 'markdown', 'html'] as const) {
          let r: ReturnType<typeof reporterFor>;
          try {
            r = reporterFor(f);
          } catch {
            continue;
          }
          expect(r(b, {}), f).toBe(r(a, {}));
        }
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('a finding never disappears when unrelated resources are added', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(row, { maxLength: 6 }),
        (circuits, seed, extraCircuits, junk) => {
          const base = generateEstate({ circuits, seed });
          // Unrelated: other subscriptions (offset), and generated rows whose ids live in yet another one.
          const extra = generateEstate({ circuits: extraCircuits, seed: seed + 1, subscriptionOffset: 100_000 });
          const unrelatedJunk = junk.map((r) => ({ ...r, id: String(r.id).replace(/00000000abcd/i, '0000ffffabcd') }));
          const before = scan(base.rows, base.subscriptions);
          const after = scan([...base.rows, ...extra.rows, ...unrelatedJunk], [...base.subscriptions, ...extra.subscriptions]);
          const afterPrints = new Set(after.findings.map((f) => f.fingerprint));
          const lost = before.findings.filter((f) => !afterPrints.has(f.fingerprint)).map((f) => `${f.ruleId} ${f.resourceId}`);
          expect(lost).toEqual([]);
          compared += before.findings.length;
        },
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
    expect(compared).toBeGreaterThan(0);
  });
});
