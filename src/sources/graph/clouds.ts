import { UsageError } from '../../util/errors.js';

/**
 * Where Azure Resource Manager and Microsoft Entra ID live for each cloud, and the token scope the
 * crawler asks for. The scope always follows the ARM endpoint actually used (`--arm-endpoint` for a
 * private cloud), never a hard-coded public one: a token for management.azure.com is useless against
 * management.usgovcloudapi.net.
 */
export type CloudName = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud';

export interface CloudSettings {
  name: CloudName | 'Custom';
  /** ARM endpoint without a trailing slash, e.g. `https://management.azure.com`. */
  armEndpoint: string;
  /** Entra ID authority host, e.g. `https://login.microsoftonline.com`. */
  authorityHost: string;
  /** The OAuth scope for ARM tokens: `<armEndpoint>/.default`. */
  scope: string;
  /**
   * True when the authority host is not one of Microsoft's public authorities; MSAL's instance
   * discovery only knows those, so it must be skipped (Azure Stack Hub, private clouds, test fakes).
   */
  customAuthority: boolean;
}

export const CLOUDS: Record<CloudName, { armEndpoint: string; authorityHost: string }> = {
  AzureCloud: { armEndpoint: 'https://management.azure.com', authorityHost: 'https://login.microsoftonline.com' },
  AzureUSGovernment: { armEndpoint: 'https://management.usgovcloudapi.net', authorityHost: 'https://login.microsoftonline.us' },
  AzureChinaCloud: { armEndpoint: 'https://management.chinacloudapi.cn', authorityHost: 'https://login.chinacloudapi.cn' },
};

const KNOWN_AUTHORITIES = new Set(Object.values(CLOUDS).map((c) => c.authorityHost));

function normaliseUrl(what: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${what}: expected an https:// URL, found ${JSON.stringify(value)}`);
  }
  // Tokens are bearer secrets: they are only ever sent over TLS (the Azure SDK refuses otherwise).
  if (url.protocol !== 'https:') throw new UsageError(`${what}: expected an https:// URL, found ${JSON.stringify(value)}`);
  if (url.search || url.hash) throw new UsageError(`${what}: expected a bare endpoint URL without query or fragment, found ${JSON.stringify(value)}`);
  return url.toString().replace(/\/+$/, '');
}

/**
 * Resolves `--cloud` and `--arm-endpoint`. The authority host comes from the cloud unless
 * `AZURE_AUTHORITY_HOST` is set (the variable @azure/identity documents for the same purpose).
 */
export function resolveCloud(cloud: string | undefined, armEndpoint: string | undefined, env: NodeJS.ProcessEnv = process.env): CloudSettings {
  const name = (cloud ?? 'AzureCloud') as CloudName;
  const base = CLOUDS[name];
  if (!base) throw new UsageError(`--cloud: expected one of ${Object.keys(CLOUDS).join(', ')}, found ${JSON.stringify(cloud)}`);
  const arm = armEndpoint ? normaliseUrl('--arm-endpoint', armEndpoint) : base.armEndpoint;
  const authorityHost = env.AZURE_AUTHORITY_HOST ? normaliseUrl('AZURE_AUTHORITY_HOST', env.AZURE_AUTHORITY_HOST) : base.authorityHost;
  return {
    name: armEndpoint && arm !== base.armEndpoint ? 'Custom' : name,
    armEndpoint: arm,
    authorityHost,
    scope: `${arm}/.default`,
    customAuthority: !KNOWN_AUTHORITIES.has(authorityHost),
  };
}
