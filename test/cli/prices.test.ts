import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers/cli.js';
import { ensureBuilt } from '../robustness/support.js';

/**
 * `erscan prices refresh` as a user runs it, against local servers standing in for the Retail
 * Prices API: where it may go (https, or http on this machine; next pages only on the endpoint's
 * origin), which currencies it accepts, and one line for an answer it cannot use.
 */
interface Api {
  url: string;
  hits: string[];
  server: Server;
}

/** A server answering every request with `body(url)`. */
function api(body: (url: URL, base: string) => string): Promise<Api> {
  const hits: string[] = [];
  let base = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url!, base);
    hits.push(url.pathname + url.search);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body(url, base));
  });
  return new Promise((r) =>
    server.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      r({ url: `${base}/api/retail/prices`, hits, server });
    }),
  );
}

/** The recorded Retail Prices API pages (test/pricing/recorded), served by filter and `$skip`, next pages on this server. */
const RECORDED = join(ROOT, 'test', 'pricing', 'recorded');
function recorded(url: URL, base: string): string {
  const filter = url.searchParams.get('$filter') ?? '';
  const prefix = filter === "serviceName eq 'ExpressRoute'" ? 'expressroute' : filter.includes('Scale Unit') ? 'vwan-scale-unit' : 'vwan-connection-unit';
  const page = Number(url.searchParams.get('$skip') ?? 0) / 100 + 1;
  return readFileSync(join(RECORDED, `${prefix}-${page}.json`), 'utf8').replaceAll('https://prices.azure.com', base);
}

/** Runs the CLI without blocking this process (the servers above answer from it); `fileSizeBlocks` limits what it may write (ulimit -f). */
function run(args: string[], opts: { fileSizeBlocks?: number } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NO_COLOR: '1' };
    const child = opts.fileSizeBlocks
      ? spawn('/bin/sh', ['-c', `ulimit -f ${opts.fileSizeBlocks} && exec "$0" "$@"`, process.execPath, BIN, ...args], { cwd: ROOT, env })
      : spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const t = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(t);
      resolve({ code, stdout, stderr });
    });
  });
}

const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('erscan: error'));
const servers: Server[] = [];
beforeAll(() => ensureBuilt());
afterAll(() => Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))));

describe('prices refresh: where it goes', () => {
  it('follows NextPageLink only on the origin of --endpoint (never to another host)', async () => {
    const elsewhere = await api(() => JSON.stringify({ Items: [], NextPageLink: null }));
    const first = await api(() => JSON.stringify({ Items: [], NextPageLink: `${elsewhere.url}?page=2` }));
    servers.push(elsewhere.server, first.server);
    const out = join(tempDir('erscan-prices-'), 'catalogue.json');
    const r = await run(['prices', 'refresh', '--endpoint', first.url, '--out', out]);
    expect(r.code).toBe(2);
    const origin = new URL(elsewhere.url).origin;
    expect(errorLines(r.stderr)).toEqual([`erscan: error: Retail Prices API: page 1 of serviceName eq 'ExpressRoute' links its next page to ${origin}, not ${new URL(first.url).origin} (the endpoint's origin); not followed; the catalogue was not changed`]);
    expect(elsewhere.hits).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['http://prices.example.com/api/retail/prices', 'an http:// URL to a host that is not this machine'],
    ['ftp://127.0.0.1/prices', 'a ftp: URL'],
    ['not a url', 'not a URL'],
    ['https://user:secret@prices.example.com/', 'a URL with a user name or password in it'],
  ])('--endpoint %s is refused before anything is fetched', async (endpoint, why) => {
    const r = await run(['prices', 'refresh', '--endpoint', endpoint]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([`erscan: error: --endpoint: expected an https:// URL (http:// only on this machine: localhost, 127.0.0.1, ::1), found ${why}`]);
  });
});

describe('prices refresh: currencies', () => {
  it('a currency the API does not support is refused, listing those it does', async () => {
    const r = await run(['prices', 'refresh', '--currency', 'XYZ']);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual(['erscan: error: --currency: expected a currency the Retail Prices API supports (USD, AUD, BRL, CAD, CHF, CNY, DKK, EUR, GBP, INR, JPY, KRW, NOK, NZD, RUB, SEK, TWD), found "XYZ"']);
  });

  it('an answer in another currency than asked (USD rows for --currency EUR) is refused, never labelled EUR', async () => {
    const a = await api(recorded);
    servers.push(a.server);
    const out = join(tempDir('erscan-prices-'), 'catalogue.json');
    const r = await run(['prices', 'refresh', '--endpoint', a.url, '--currency', 'EUR', '--out', out]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([`erscan: error: Retail Prices API: page 1 of serviceName eq 'ExpressRoute': Items[0].currencyCode: expected EUR (the currency asked for), found "USD"; the catalogue was not changed`]);
    expect(existsSync(out)).toBe(false);
  });

  it('a supported one is accepted in any case and sent to the API', async () => {
    const a = await api(() => JSON.stringify({ Items: [], NextPageLink: null }));
    servers.push(a.server);
    const r = await run(['prices', 'refresh', '--endpoint', a.url, '--currency', 'eur']);
    expect(a.hits[0]).toMatch(/currencyCode=EUR/);
    expect(r.stderr).not.toMatch(/--currency/);
  });
});

describe('prices refresh: an answer it cannot use is one line', () => {
  it.each([
    ['an empty answer', () => JSON.stringify({ Items: [], NextPageLink: null }), /answered with 0 row\(s\), none of them an ExpressRoute circuit price \(0 not recognised\); the catalogue was not changed$/],
    ['rows that are not ExpressRoute prices', () => JSON.stringify({ Items: [{ currencyCode: 'USD', retailPrice: 1, meterName: 'F16s Spot', serviceName: 'Virtual Machines', unitOfMeasure: '1 Hour' }], NextPageLink: null }), /answered with 3 row\(s\), none of them an ExpressRoute circuit price/],
    ['a page that is a list', () => '[]', /page 1 of serviceName eq 'ExpressRoute' is not a price page/],
    ['a page of nulls', () => JSON.stringify({ Items: [null], NextPageLink: null }), /page 1 of serviceName eq 'ExpressRoute': Items\[0\] is not a price row/],
    ['a NextPageLink that is not a URL', () => JSON.stringify({ Items: [], NextPageLink: 42 }), /has a NextPageLink that is not a URL/],
    ['a row in another currency than asked', () => JSON.stringify({ Items: [{ currencyCode: 'EUR', retailPrice: 400, meterName: 'Standard Metered Data 1 Gbps Circuit', serviceName: 'ExpressRoute', armRegionName: 'Zone 1', unitOfMeasure: '1/Month' }], NextPageLink: null }), /page 1 of serviceName eq 'ExpressRoute': Items\[0\]\.currencyCode: expected USD \(the currency asked for\), found "EUR"; the catalogue was not changed$/],
    ['a row whose price is not a number', () => JSON.stringify({ Items: [{ currencyCode: 'USD', retailPrice: '436', meterName: 'Standard Metered Data 1 Gbps Circuit', serviceName: 'ExpressRoute', armRegionName: 'Zone 1', unitOfMeasure: '1/Month' }], NextPageLink: null }), /page 1 of serviceName eq 'ExpressRoute': Items\[0\]\.retailPrice: expected a number, found "436"; the catalogue was not changed$/],
  ])('%s', async (_what, body, message) => {
    const a = await api(body);
    servers.push(a.server);
    const r = await run(['prices', 'refresh', '--endpoint', a.url]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toHaveLength(1);
    expect(errorLines(r.stderr)[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

describe('prices refresh: several prices for one figure', () => {
  it('two prices in effect from the same date are refused, naming the figure; nothing is written', async () => {
    const a = await api((url, base) => {
      const page = JSON.parse(recorded(url, base));
      const row = page.Items.find((i: { meterName: string; armRegionName: string }) => i.meterName === 'Standard Metered Data 1 Gbps Circuit' && i.armRegionName === 'Zone 1');
      if (row) page.Items.push({ ...row, retailPrice: 437, unitPrice: 437, meterId: 'other' });
      return JSON.stringify(page);
    });
    servers.push(a.server);
    const out = join(tempDir('erscan-prices-'), 'catalogue.json');
    const r = await run(['prices', 'refresh', '--endpoint', a.url, '--out', out]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([
      'erscan: error: Standard MeteredData 1000 Mbps Zone 1: two prices in effect from 2026-07-01 (436 and 437); which one applies is not known',
      'erscan: error: the catalogue is incomplete (1 problem(s)); nothing written',
    ]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('prices refresh: the previous catalogue', () => {
  it.skipIf(process.platform === 'win32')('a write that fails half-way (a file size limit) leaves it as it was', async () => {
    const a = await api(recorded);
    servers.push(a.server);
    const out = join(tempDir('erscan-prices-'), 'catalogue.json');
    const previous = readFileSync(join(ROOT, 'prices', 'catalogue.json'), 'utf8');
    writeFileSync(out, previous);
    // The refreshed catalogue (~110 KB) is larger than the 40 blocks (20-40 KB) the command may write.
    const r = await run(['prices', 'refresh', '--endpoint', a.url, '--out', out], { fileSizeBlocks: 40 });
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([`erscan: error: could not write ${out}: EFBIG`]);
    expect(readFileSync(out, 'utf8')).toBe(previous);
  });
});
