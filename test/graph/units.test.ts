import { describe, expect, it } from 'vitest';
import { resolveCloud } from '../../src/sources/graph/clouds.js';
import { egressFromHourlyAverages, metricsPath, PORT_EGRESS, sumSeriesPerHour } from '../../src/sources/graph/metrics.js';
import { parseResetsAfter, QuotaPacer, type Clock } from '../../src/sources/graph/pacing.js';
import { retryAfterFrom, toGraphCallError } from '../../src/sources/graph/client.js';
import { signInFailureLine } from '../../src/sources/graph/cli.js';

/** A clock that only moves when told to: sleeps resolve as time is advanced. */
function manualClock() {
  let now = 0;
  const sleepers: { at: number; resolve: () => void }[] = [];
  const clock: Clock = { now: () => now, sleep: (ms) => new Promise<void>((resolve) => sleepers.push({ at: now + ms, resolve })) };
  const advance = async (ms: number) => {
    now += ms;
    for (const s of sleepers.filter((x) => x.at <= now)) {
      sleepers.splice(sleepers.indexOf(s), 1);
      s.resolve();
    }
    await new Promise((r) => setImmediate(r));
  };
  return { clock, advance };
}

describe('quota pacer', () => {
  it('spends the window the headers announce, then holds requests until it resets', async () => {
    const { clock, advance } = manualClock();
    const p = new QuotaPacer(clock, 0);
    await p.acquire();
    p.release({ remaining: 2, resetsAfterMs: 5000 });
    await p.acquire();
    await p.acquire();
    let third = false;
    const pending = p.acquire().then(() => (third = true));
    await advance(4000);
    expect(third).toBe(false);
    await advance(1000);
    await pending;
    expect(third).toBe(true);
    expect(p.stats.waits).toBe(1);
  });

  it('probes with one request at a time until the quota is known', async () => {
    const { clock } = manualClock();
    const p = new QuotaPacer(clock, 0);
    await p.acquire();
    let second = false;
    const pending = p.acquire().then(() => (second = true));
    await new Promise((r) => setImmediate(r));
    expect(second).toBe(false);
    p.release({ remaining: 10, resetsAfterMs: 5000 });
    await pending;
    expect(second).toBe(true);
  });

  it('a 429 empties the window for every request of the tenant', async () => {
    const { clock, advance } = manualClock();
    const p = new QuotaPacer(clock, 0);
    await p.acquire();
    p.release({ remaining: 10, resetsAfterMs: 5000 });
    // The server says: nothing left for 7 s (longer than the window we knew of).
    p.exhausted(7000);
    let go = false;
    const pending = p.acquire().then(() => (go = true));
    await advance(6999);
    expect(go).toBe(false);
    await advance(1);
    await pending;
    expect(go).toBe(true);
  });
});

describe('header parsing', () => {
  it('reads hh:mm:ss, .NET fractions and days', () => {
    expect(parseResetsAfter('00:00:05')).toBe(5000);
    expect(parseResetsAfter('00:00:00.250')).toBe(250);
    expect(parseResetsAfter('1.00:00:01')).toBe(86_401_000);
    expect(parseResetsAfter('soon')).toBeUndefined();
    expect(parseResetsAfter(undefined)).toBeUndefined();
  });
  it('reads Retry-After in seconds, milliseconds and as a date', () => {
    const h = (o: Record<string, string>) => ({ get: (n: string) => o[n] });
    expect(retryAfterFrom(h({ 'retry-after': '3' }))).toBe(3000);
    expect(retryAfterFrom(h({ 'retry-after-ms': '150' }))).toBe(150);
    expect(retryAfterFrom(h({ 'retry-after': new Date(10_000).toUTCString() }), 4000)).toBe(6000);
    expect(retryAfterFrom(h({}))).toBeUndefined();
  });
});

describe('clouds', () => {
  it('the token scope follows the ARM endpoint', () => {
    expect(resolveCloud('AzureUSGovernment', undefined, {})).toMatchObject({ armEndpoint: 'https://management.usgovcloudapi.net', scope: 'https://management.usgovcloudapi.net/.default', authorityHost: 'https://login.microsoftonline.us', customAuthority: false });
    expect(resolveCloud('AzureChinaCloud', undefined, {}).scope).toBe('https://management.chinacloudapi.cn/.default');
    const custom = resolveCloud('AzureCloud', 'https://management.local.azurestack.external/', { AZURE_AUTHORITY_HOST: 'https://adfs.local.azurestack.external/adfs' });
    expect(custom).toMatchObject({ name: 'Custom', scope: 'https://management.local.azurestack.external/.default', customAuthority: true });
    expect(() => resolveCloud('AzureCloud', 'http://example.com', {})).toThrow(/https/);
    expect(() => resolveCloud('Mars', undefined, {})).toThrow(/--cloud/);
  });
});

describe('egress from BitsOutPerSecond', () => {
  it('converts hourly averages to GB per 30-day month, scaling partial periods', () => {
    expect(egressFromHourlyAverages(Array(720).fill(1e6))).toEqual({ egressGbPerMonth: 324, days: 30, metric: 'BitsOutPerSecond' });
    // 10 days of data at 1 Mbit/s extrapolate to the same monthly rate.
    expect(egressFromHourlyAverages(Array(240).fill(1e6))).toEqual({ egressGbPerMonth: 324, days: 10, metric: 'BitsOutPerSecond' });
    expect(egressFromHourlyAverages([])).toBeUndefined();
  });
  it('asks ARM for 30 days of hourly averages', () => {
    const p = metricsPath('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/c 1', new Date('2026-05-31T12:34:00Z'));
    expect(p).toContain('/expressRouteCircuits/c%201/providers/Microsoft.Insights/metrics?');
    const q = new URL(`https://x${p}`).searchParams;
    expect(q.get('metricnames')).toBe('BitsOutPerSecond');
    expect(q.get('interval')).toBe('PT1H');
    expect(q.get('timespan')).toBe('2026-05-01T12:00:00.000Z/2026-05-31T12:00:00.000Z');
    // Split per peering and link: without the filter Azure Monitor averages the series (half the egress of two links).
    expect(q.get('$filter')).toBe("PeeringType eq '*' and DeviceRole eq '*'");
    const port = new URL(`https://x${metricsPath('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRoutePorts/p', new Date('2026-05-31T12:34:00Z'), 30, PORT_EGRESS)}`).searchParams;
    expect(port.get('metricnames')).toBe('PortBitsOutPerSecond');
    expect(port.get('$filter')).toBe("Link eq '*'");
  });
  it('sums the split series per hour (both links, both peerings)', () => {
    const body = { value: [{ name: { value: 'BitsOutPerSecond' }, timeseries: [
      { data: [{ timeStamp: 't1', average: 1e6 }, { timeStamp: 't2', average: 2e6 }] },
      { data: [{ timeStamp: 't1', average: 3e6 }, { timeStamp: 't2' }] },
    ] }] };
    expect(sumSeriesPerHour(body, 'BitsOutPerSecond').sort()).toEqual([2e6, 4e6]);
  });
});

describe('which failures are retried', () => {
  const restError = (statusCode: number, code: string) => Object.assign(new Error(`${code}: details`), { name: 'RestError', statusCode, code });
  it('retries a token that expired in flight (the retry signs in afresh), not other sign-in failures', () => {
    expect(toGraphCallError(restError(401, 'ExpiredAuthenticationToken'), false).retryable).toBe(true);
    expect(toGraphCallError(restError(401, 'InvalidAuthenticationToken'), false).retryable).toBe(false);
    expect(toGraphCallError(restError(403, 'AuthorizationFailed'), false).retryable).toBe(false);
  });
  it('retries throttling, server errors and resets; not client errors', () => {
    expect(toGraphCallError(restError(429, 'RateLimiting'), false).retryable).toBe(true);
    expect(toGraphCallError(restError(503, 'ServiceUnavailable'), false).retryable).toBe(true);
    expect(toGraphCallError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), false).retryable).toBe(true);
    expect(toGraphCallError(restError(400, 'BadRequest'), false).retryable).toBe(false);
  });
});

describe('sign-in failures in one line', () => {
  it('a credential chain that found nothing names each credential and its reason (DefaultAzureCredential on a machine with none)', () => {
    // @azure/identity 4.14's message, as DefaultAzureCredential gave it on a machine without Azure sign-in.
    const message = [
      'ChainedTokenCredential authentication failed.',
      'CredentialUnavailableError: EnvironmentCredential is unavailable. No underlying credential could be used. To troubleshoot, visit https://aka.ms/azsdk/js/identity/environmentcredential/troubleshoot.',
      'CredentialUnavailableError: ManagedIdentityCredential: Authentication failed. Message client_error: Error(s): Not Available - Timestamp: Not Available - Description: A client error occured.',
      'Http status code: 403',
      'Http status message: resolve_deny: denied destination',
      'CredentialUnavailableError: Azure CLI could not be found. Please visit https://aka.ms/azure-cli for installation instructions and then, once installed, authenticate to your Azure account using \'az login\'.',
      'CredentialUnavailableError: Error: Unable to execute PowerShell. Ensure that it is installed in your system.',
    ].join('\n');
    expect(signInFailureLine(message)).toBe(
      'no credential of the chain could sign in: EnvironmentCredential is unavailable; ManagedIdentityCredential: Authentication failed (HTTP 403); Azure CLI could not be found; Unable to execute PowerShell',
    );
  });

  it("Entra ID's refusal is its AADSTS sentence", () => {
    expect(signInFailureLine('sign-in failed: ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided. Trace ID: x')).toBe('AADSTS7000215: Invalid client secret provided.');
  });

  it('a token an endpoint quotes in its refusal is not passed on', () => {
    expect(signInFailureLine('ManagedIdentityCredential: the endpoint refused Authorization: Bearer abc.def-ghi and eyJhbGciOiJSUzI1NiJ9.eyJ0aWQiOiJ4In0.c2lnbmF0dXJl')).toBe('ManagedIdentityCredential: the endpoint refused Authorization: Bearer [redacted] and [redacted token]');
  });
});
