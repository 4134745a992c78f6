import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateEstate, toSnapshot } from '../../src/testing/synthetic.js';
import { buildInventory } from '../../src/inventory/build.js';
import { scrubSecrets } from '../../src/inventory/secrets.js';
import { FORMATS } from '../../src/reporters/types.js';
import { ROOT, cli, ensureBuilt, pool, tempDir, type Run } from '../robustness/support.js';

/**
 * Planted secrets never come out: distinctive values go into every secret-bearing property of every
 * input format (Resource Graph rows, az graph and REST output, ARM list and GET responses, snapshots,
 * ARM templates and parameter files, Terraform plans) and into properties merely shaped like secrets;
 * then the CLI runs with every report format and every byte it prints or writes is searched.
 */

const MARK = 'ERSCANLEAK';
let n = 0;
const secret = (what: string) => `${MARK}${what.replace(/[^A-Za-z]/g, '')}${n++}Zq`;
const plant = (p: string, i: number) => `${MARK}${p}${i}Zq`;

const SUB = '/subscriptions/00000000-0000-4000-8000-0000000f00d5/resourceGroups/rg-leak/providers/Microsoft.Network';
const CIRCUIT = `${SUB}/expressRouteCircuits/er-leak`;

/** Child rows and key-shaped properties the synthetic estate does not have. */
function extraRows(): Record<string, unknown>[] {
  return [
    {
      id: CIRCUIT,
      name: 'er-leak',
      type: 'microsoft.network/expressroutecircuits',
      sku: { name: 'Premium_MeteredData', tier: 'Premium', family: 'MeteredData' },
      // secrets inside strings under names that are no secret: a connection string and a SAS URL in tags, a description
      tags: {
        storage: `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${secret('tagAccountKey')};EndpointSuffix=core.windows.net`,
        sas: `https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=${secret('tagSig')}`,
      },
      properties: {
        description: `Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${secret('descriptionSharedAccessKey')}`,
        serviceKey: secret('serviceKey'),
        authorizationKey: secret('authorizationKey'),
        serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 },
        // shaped like secrets, under names erscan does not know
        primaryKey: secret('primaryKey'),
        storage_account_key: secret('storage_account_key'),
        connectionString: secret('connectionString'),
        adminPassword: secret('adminPassword'),
        accessToken: secret('accessToken'),
        clientSecret: secret('clientSecret'),
        nested: { deeper: [{ apiKey: secret('apiKey') }] },
        // pre-shared keys under their short and long names
        psk: secret('psk'),
        ipsecPsk: secret('ipsecPsk'),
        PSK: secret('PSK'),
        pre_shared_key: secret('pre_shared_key'),
        preSharedKey: secret('preSharedKey'),
        adminPwd: secret('adminPwd'),
        // a secret word followed by a word for its value
        pskValue: secret('pskValue'),
        sharedKeyValue: secret('sharedKeyValue'),
        secretValue: secret('secretValue'),
        passwordText: secret('passwordText'),
        authorizationKeyString: secret('authorizationKeyString'),
        client_secret_value: secret('client_secret_value'),
        'api-token-data': secret('api-token-data'),
        // plural secret words: arrays and objects of secrets
        secrets: [secret('secretsA'), secret('secretsB')],
        tokens: { access: secret('tokensAccess'), refresh: secret('tokensRefresh') },
        passwords: [secret('passwords')],
        sharedKeys: [{ name: 'k1', value: secret('sharedKeysValue') }],
        authorizationKeys: [secret('authorizationKeys')],
        client_secrets: [{ value: secret('client_secrets') }],
      },
    },
    { id: `${CIRCUIT}/peerings/AzurePrivatePeering`, type: 'microsoft.network/expressroutecircuits/peerings', properties: { peeringType: 'AzurePrivatePeering', sharedKey: secret('childSharedKey'), peerASN: 65010, vlanId: 10 } },
    { id: `${CIRCUIT}/authorizations/auth-1`, type: 'microsoft.network/expressroutecircuits/authorizations', properties: { authorizationKey: secret('childAuthorizationKey'), authorizationUseStatus: 'Available' } },
    { id: `${SUB}/expressRouteGateways/hub-gw`, type: 'microsoft.network/expressroutegateways', properties: { expressRouteConnections: [] } },
    {
      id: `${SUB}/expressRouteGateways/hub-gw/expressRouteConnections/c1`,
      type: 'microsoft.network/expressroutegateways/expressrouteconnections',
      properties: { expressRouteCircuitPeering: { id: `${CIRCUIT}/peerings/AzurePrivatePeering` }, authorizationKey: secret('vwanChildAuthorizationKey') },
    },
    { id: `${SUB}/connections/ipsec`, type: 'microsoft.network/connections', properties: { connectionType: 'IPsec', sharedKey: secret('ipsecSharedKey'), psk: secret('connPsk'), pskValue: secret('connPskValue'), ipsecPolicies: [{ psk: secret('policyPsk'), psk_value: secret('policyPskValue') }], sharedKeys: [secret('connSharedKeys')] } },
    { id: `${SUB}/connections/er-conn`, type: 'microsoft.network/connections', properties: { connectionType: 'ExpressRoute', peer: { id: CIRCUIT }, authorizationKey: secret('connAuthorizationKey'), sharedKey: secret('connSharedKey') } },
  ];
}

/** Sets every property named in `names` (at any depth) to a planted secret. */
function plantEverywhere(doc: unknown, names: RegExp): void {
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (names.test(k) && (typeof x === 'string' || x === null)) (v as Record<string, unknown>)[k] = secret(k);
        else walk(x);
      }
    }
  };
  walk(doc);
}

function armTemplate(): { template: unknown; parameters: unknown } {
  const template = JSON.parse(readFileSync(join(ROOT, 'examples/iac/arm/expressroute.json'), 'utf8'));
  const parameters = JSON.parse(readFileSync(join(ROOT, 'examples/iac/arm/expressroute.parameters.json'), 'utf8'));
  template.parameters.erSharedKey = { type: 'securestring', defaultValue: secret('templateDefault') };
  template.parameters.erAuthKey = { type: 'securestring' };
  parameters.parameters.erAuthKey = { value: secret('parameterFileValue') };
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, any>;
      if (typeof o.type === 'string' && o.properties && typeof o.properties === 'object') {
        const t = o.type.toLowerCase();
        if (t.endsWith('/expressroutecircuits')) Object.assign(o.properties, { serviceKey: secret('armServiceKey'), authorizationKey: "[parameters('erAuthKey')]" });
        if (t.endsWith('/peerings') || o.properties.peeringType) o.properties.sharedKey = "[parameters('erSharedKey')]";
        if (t.endsWith('/connections')) Object.assign(o.properties, { authorizationKey: secret('armConnAuthKey'), sharedKey: secret('armConnSharedKey'), psk: secret('armConnPsk'), pskValue: secret('armConnPskValue'), sharedKeyValue: "[parameters('erSharedKey')]" });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(template);
  return { template, parameters };
}

const dir = tempDir('erscan-leak-');
const runs = new Map<string, Run>();
const outDirs: string[] = [];
let planted: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  const estate = (offset: number) => generateEstate({ circuits: 12, seed: offset + 1, subscriptionOffset: offset, secret: plant });
  const e0 = estate(0);
  const e1 = estate(1000);
  const e2 = estate(2000);
  const e3 = estate(3000);
  const e4 = estate(4000);
  const e5 = estate(5000);
  planted = [...e0.secrets, ...e1.secrets, ...e2.secrets, ...e3.secrets, ...e4.secrets, ...e5.secrets];
  expect(planted.length).toBeGreaterThan(50);
  const inputs = join(dir, 'inputs');
  const w = (name: string, v: unknown) => writeFileSync(join(dir, name), typeof v === 'string' ? v : JSON.stringify(v, null, 2));
  mkdirSync(inputs, { recursive: true });
  w('inputs/rows.json', [...e0.rows, ...extraRows()]);
  w('inputs/snapshot.json', toSnapshot(e1));
  w('inputs/az-graph.json', { count: e2.rows.length, data: e2.rows, skip_token: null, total_records: e2.rows.length });
  const columns = ['id', 'name', 'type', 'tenantId', 'subscriptionId', 'location', 'sku', 'properties', 'tags', 'zones'];
  w('inputs/graph-rest-table.json', { totalRecords: e3.rows.length, count: e3.rows.length, resultTruncated: 'false', data: { columns: columns.map((name) => ({ name, type: 'string' })), rows: e3.rows.map((r) => columns.map((c) => r[c] ?? null)) } });
  w('inputs/arm-list.json', { value: e4.rows });
  w('inputs/arm-get.json', e5.rows[0]);
  const { template, parameters } = armTemplate();
  w('inputs/template.json', template);
  w('inputs/template.parameters.json', parameters);
  const plan = JSON.parse(readFileSync(join(ROOT, 'examples/iac/terraform/plan.json'), 'utf8'));
  plantEverywhere(plan, /^(authorization_key|shared_key|service_key)$/);
  w('inputs/plan.json', plan);
  // A broken file whose cut falls just after a secret: the error must not quote it.
  w('truncated.json', `[{"id":"${CIRCUIT}","type":"microsoft.network/expressroutecircuits","properties":{"serviceKey":"${secret('truncatedServiceKey')}`);
  w('wrong-type.json', { erscanSnapshot: 1, resources: [{ id: CIRCUIT, type: 'microsoft.network/expressroutecircuits', properties: secret('propertiesString') }] });

  const formats = FORMATS.join(',');
  const out = (name: string) => {
    const d = join(dir, name);
    outDirs.push(d);
    return d;
  };
  const jobs: [string, string[]][] = [
    ['scan', ['scan', inputs, '--out', out('scan'), '--format', formats, '--fail-on', 'none']],
    ['scan-each-file', ['scan', ...readdirSync(inputs).map((f) => join(inputs, f)), '--out', out('scan-files'), '--format', formats, '--fail-on', 'none', '--record-inventory']],
    ['cost', ['cost', inputs, '--fail-on', 'none']],
    ['errors', ['scan', join(dir, 'truncated.json'), join(dir, 'wrong-type.json'), '--out', out('errors'), '--format', formats]],
  ];
  const results = await pool(jobs, 2, ([, args]) => cli(args));
  jobs.forEach(([name], i) => runs.set(name, results[i]));
}, 120_000);

function filesUnder(d: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

describe('planted secrets never come out', () => {
  it('the scan read every input format (so a clean grep means scrubbed, not skipped)', () => {
    const r = runs.get('scan')!;
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'scan', 'report.json'), 'utf8'));
    expect(report.coverage.gaps).toEqual([]);
    expect(report.inventory.circuits).toBeGreaterThanOrEqual(12 * 5 + 1 + 1);
  });

  it.each(['scan', 'scan-each-file', 'cost', 'errors'])('%s: not on stdout or stderr', (name) => {
    const r = runs.get(name)!;
    expect(r.code).not.toBeNull();
    expect(r.stdout + r.stderr).not.toContain(MARK);
  });

  it('not in any written report (json, sarif, html, markdown)', () => {
    const files = outDirs.flatMap((d) => filesUnder(d));
    expect(files.map((f) => f.split('/').pop())).toEqual(expect.arrayContaining(['report.json', 'report.sarif', 'report.html', 'report.md']));
    for (const f of files) expect({ file: f, leaked: readFileSync(f, 'utf8').includes(MARK) }).toEqual({ file: f, leaked: false });
  });

  it('bad files whose content holds a secret fail without quoting it', () => {
    const r = runs.get('errors')!;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/truncated\.json:1:\d+: expected valid JSON/);
    expect(r.stderr).toMatch(/wrong-type\.json: at \$\.resources\[0\]\.properties: expected a value of type object, found a string of 30 characters/);
    expect(r.stderr).not.toContain(MARK);
  });

  it('the inventory holds no secret value, only whether one was configured', () => {
    const e = generateEstate({ circuits: 30, secret: plant });
    const { inventory } = buildInventory([...e.rows, ...extraRows()].map((row) => ({ row })), e.subscriptions);
    const text = JSON.stringify({ ...inventory, byKey: [...inventory.byKey.values()] });
    expect(text).not.toContain(MARK);
    expect(inventory.circuits.flatMap((c) => c.peerings).some((p) => p.sharedKeyConfigured === true)).toBe(true);
    expect(inventory.connections.some((c) => c.usesAuthorization)).toBe(true);
  });

  it('a scrubbed row (what collect writes into a snapshot) keeps no secret, even under unknown key-shaped names', () => {
    const e = generateEstate({ circuits: 200, secret: plant });
    const rows = [...e.rows, ...extraRows()];
    const text = JSON.stringify(rows.map((r) => scrubSecrets(r)));
    expect(text).not.toContain(MARK);
    expect(JSON.stringify(rows)).toContain(MARK); // scrubbing copies; the input is left as it was
    // Key Vault references stay recognisable as such (rules check MACsec secrets live in a vault).
    expect(text).toContain('[redacted:keyvault]');
  });
});
