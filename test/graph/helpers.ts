import { Agent } from 'node:https';
import type { TokenCredential } from '@azure/core-auth';
import { resolveCloud } from '../../src/sources/graph/clouds.js';
import { sdkGraphQuery } from '../../src/sources/graph/client.js';
import type { TenantTarget } from '../../src/sources/graph/crawl.js';
import { TEST_CA, type FakeAzure } from '../fakes/fake-azure.mjs';

/** Trusts the fake's loopback certificate (the CLI tests use NODE_EXTRA_CA_CERTS instead). */
export const testAgent = new Agent({ ca: TEST_CA, keepAlive: true });

export function fakeCredential(fake: FakeAzure, tid: string): TokenCredential {
  return { getToken: async () => fake.tokenFor(tid) };
}

/** Tenant targets that talk to the fake through the real ResourceGraphClient and pipeline. */
export function fakeTargets(fake: FakeAzure, tenants: string[], opts: { failLogin?: string[] } = {}): TenantTarget[] {
  const cloud = resolveCloud('AzureCloud', fake.url, {});
  return tenants.map((tid) => ({
    tenantId: tid,
    label: tid,
    connect: async () => {
      if (opts.failLogin?.includes(tid)) throw Object.assign(new Error(`AADSTS700016: Application not found in the directory '${tid}'`), { name: 'AuthenticationRequiredError' });
      return sdkGraphQuery(fakeCredential(fake, tid), cloud, { agent: testAgent });
    },
  }));
}

/** Fast retry settings for tests (the defaults are seconds). */
export const fastRetry = { retryBaseMs: 5, retryCapMs: 40, requestTimeoutMs: 5000 };
