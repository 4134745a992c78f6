import type { TokenCredential } from '@azure/core-auth';
import { UsageError } from '../../util/errors.js';
import type { CloudSettings } from './clouds.js';

/**
 * One credential per tenant, built from `--credential`. Every kind goes through @azure/identity;
 * `github-oidc` is a ClientAssertionCredential whose assertion callback asks GitHub for a *fresh*
 * ID token each time Entra ID needs one, so a crawl that outlives the runner's first token (they
 * last minutes; AADSTS700024 in azure/login#180) keeps going.
 */
export const CREDENTIAL_KINDS = ['default', 'cli', 'env', 'managed-identity', 'workload-identity', 'github-oidc'] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** Kinds that can sign in to any tenant the identity belongs to (one credential per tenant). */
export function canSwitchTenant(kind: CredentialKind): boolean {
  return kind !== 'managed-identity';
}

const GITHUB_AUDIENCE = 'api://AzureADTokenExchange';

/** Fetches a new GitHub Actions OIDC ID token (the runner exposes a URL and a bearer for it). */
export function githubIdTokenFetcher(env: NodeJS.ProcessEnv, fetchImpl: typeof fetch = fetch): () => Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) {
    throw new UsageError(
      '--credential github-oidc: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set (the workflow needs `permissions: id-token: write`)',
    );
  }
  return async () => {
    const target = new URL(url);
    target.searchParams.set('audience', env.ERSCAN_OIDC_AUDIENCE || GITHUB_AUDIENCE);
    const res = await fetchImpl(target, { headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' } });
    if (!res.ok) throw new Error(`GitHub OIDC token request failed: HTTP ${res.status}`);
    const body = (await res.json()) as { value?: unknown };
    if (typeof body.value !== 'string' || body.value === '') throw new Error('GitHub OIDC token response has no "value"');
    return body.value;
  };
}

export interface CredentialFactory {
  kind: CredentialKind;
  /** The tenant the identity signs in to when none is named (from AZURE_TENANT_ID), if known. */
  homeTenant?: string;
  /** A credential for `tenantId`, or for the identity's home tenant when undefined. */
  forTenant(tenantId: string | undefined): Promise<TokenCredential>;
}

/** Builds the factory; validates the environment each kind needs up front (a clear exit 2). */
export function credentialFactory(kind: string | undefined, cloud: CloudSettings, env: NodeJS.ProcessEnv = process.env): CredentialFactory {
  const k = (kind ?? 'default') as CredentialKind;
  if (!CREDENTIAL_KINDS.includes(k)) throw new UsageError(`--credential: expected one of ${CREDENTIAL_KINDS.join(', ')}, found ${JSON.stringify(kind)}`);
  const clientId = env.AZURE_CLIENT_ID || undefined;
  const homeTenant = env.AZURE_TENANT_ID || undefined;
  const authority = { authorityHost: cloud.authorityHost, ...(cloud.customAuthority ? { disableInstanceDiscovery: true } : {}) };
  const getAssertion = k === 'github-oidc' ? githubIdTokenFetcher(env) : undefined;
  if (k === 'env' || k === 'github-oidc') {
    if (!clientId) throw new UsageError(`--credential ${k}: AZURE_CLIENT_ID is not set (the application (client) id to sign in as)`);
  }
  if (k === 'env' && !env.AZURE_CLIENT_SECRET && !env.AZURE_CLIENT_CERTIFICATE_PATH) {
    throw new UsageError('--credential env: set AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH (with AZURE_CLIENT_ID and AZURE_TENANT_ID)');
  }
  const needTenant = (t: string | undefined): string => {
    const tenant = t ?? homeTenant;
    if (!tenant) throw new UsageError(`--credential ${k}: name a tenant with --tenant or AZURE_TENANT_ID`);
    return tenant;
  };
  return {
    kind: k,
    homeTenant,
    async forTenant(tenantId) {
      // Imported here, not at the top: @azure/identity (and MSAL) is heavy and `--help` must stay fast.
      const id = await import('@azure/identity');
      switch (k) {
        case 'cli':
          return new id.AzureCliCredential({ tenantId: tenantId ?? homeTenant });
        case 'env': {
          const tenant = needTenant(tenantId);
          if (env.AZURE_CLIENT_SECRET) return new id.ClientSecretCredential(tenant, clientId!, env.AZURE_CLIENT_SECRET, authority);
          return new id.ClientCertificateCredential(tenant, clientId!, { certificatePath: env.AZURE_CLIENT_CERTIFICATE_PATH! }, authority);
        }
        case 'github-oidc':
          return new id.ClientAssertionCredential(needTenant(tenantId), clientId!, getAssertion!, authority);
        case 'managed-identity':
          // A managed identity lives in one tenant; it cannot be pointed at another.
          return clientId ? new id.ManagedIdentityCredential({ clientId }) : new id.ManagedIdentityCredential();
        case 'workload-identity':
          return new id.WorkloadIdentityCredential({ ...authority, tenantId: tenantId ?? homeTenant, clientId });
        case 'default':
        default:
          return new id.DefaultAzureCredential({ ...authority, ...(tenantId ?? homeTenant ? { tenantId: tenantId ?? homeTenant } : {}) });
      }
    },
  };
}
