#!/usr/bin/env node
// Runs the fake Azure endpoints standalone, for trying erscan's live crawl by hand:
//   node test/fakes/serve.mjs [--tenants 2] [--subscriptions 20] [--circuits 50] [--quota 15/5000]
// then run the printed `erscan collect …` command in another shell. Ctrl-C stops it.
import { CLIENT_SECRET, GITHUB_REQUEST_TOKEN, TEST_CA_FILE, startFakeAzure, syntheticEstate } from './fake-azure.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const [limit, windowMs] = String(arg('quota', '15/5000')).split('/').map(Number);
const estate = syntheticEstate({ tenants: Number(arg('tenants', 2)), subscriptionsPerTenant: Number(arg('subscriptions', 20)), circuitsPerTenant: Number(arg('circuits', 50)) });
const metrics = Object.fromEntries(estate.resources.filter((r) => r.type === 'microsoft.network/expressroutecircuits').map((r, i) => [r.id.toLowerCase(), 1e6 * (1 + (i % 50))]));
const fake = await startFakeAzure({ ...estate, quota: { limit, windowMs }, metrics });
const home = estate.tenants[0].id;
process.stdout.write(
  [
    `fake Azure on ${fake.url} (${estate.tenants.length} tenants, ${estate.subscriptions.length} subscriptions, ${estate.resources.length} rows; quota ${limit} per ${windowMs} ms)`,
    '',
    `export NODE_EXTRA_CA_CERTS=${TEST_CA_FILE} AZURE_AUTHORITY_HOST=${fake.url} AZURE_TENANT_ID=${home} AZURE_CLIENT_ID=00000000-0000-0000-0000-00000000c11e AZURE_CLIENT_SECRET=${CLIENT_SECRET}`,
    `export ACTIONS_ID_TOKEN_REQUEST_URL='${fake.url}/github/oidc-token?x=1' ACTIONS_ID_TOKEN_REQUEST_TOKEN=${GITHUB_REQUEST_TOKEN}`,
    `node bin/erscan.js collect --out estate.json --credential env --arm-endpoint ${fake.url}`,
    '',
  ].join('\n'),
);
process.on('SIGINT', () => fake.stop().then(() => process.exit(0)));
