import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { scanTypoSources, type TypoReport } from '../helpers/typo-sources.js';

/**
 * A VNet gateway whose `gatewayType` is none of the values Azure allows (Vpn, ExpressRoute, LocalGateway:
 * `VirtualNetworkGatewayType` in the REST API spec, virtualNetworkGateway.json) is not known to be an ExpressRoute
 * gateway, nor a VPN one. Every source says so in a notice naming the file (with line:column for a template or plan),
 * the gateway, the property, the value and the allowed list; the connections that name it and their circuits are
 * undecided on what the gateway would carry, never judged as if the gateway were a VPN gateway (set aside in silence:
 * a row of a type erscan does not scan, or a gateway 'of type ExpresRoute').
 */
const TYPO = 'ExpresRoute';
const dir = tempDir('erscan-gwtype-');

let reports: Record<string, TypoReport>;

beforeAll(() => {
  reports = scanTypoSources(dir, {
    typo: TYPO,
    mutateRows: (pick) => {
      const gw = pick('ergw-weu-nw');
      gw.properties.gatewayType = TYPO;
      return [pick('er-qro-nw-03'), gw, pick('conn-weu-qro01')];
    },
    armFrom: '"gatewayType": "ExpressRoute"',
    armTo: `"gatewayType": "${TYPO}"`,
    tfType: 'azurerm_virtual_network_gateway',
  });
}, 60_000);

describe('a VNet gateway whose gatewayType is none Azure allows', () => {
  it.each(['rows', 'template', 'plan'])('%s: a notice names the file, the gateway, the property, the value and the allowed types', (name) => {
    const said = reports[name].notices.filter((n) => n.includes(`"${TYPO}"`));
    expect(said).toHaveLength(1);
    const n = said[0];
    expect(n.startsWith(`${join(dir, `${name}.json`)}:`)).toBe(true);
    if (name !== 'rows') expect(n).toMatch(/\.json:\d+:\d+: /);
    expect(n).toMatch(/gateway \S+ \(\/subscriptions\/[^)]*virtualNetworkGateways\/[^)]+\) is not scanned/i);
    expect(n).toContain('`properties.gatewayType` is "ExpresRoute"');
    expect(n).toMatch(/none of the gateway types Azure allows \(Vpn, ExpressRoute, LocalGateway\)/);
    expect(n).toMatch(/connection \S+/);
    // Not held as a gateway of another type (a VPN gateway), which it is not known to be.
    expect(reports[name].notices.some((x) => /of a type erscan does not scan|which the inputs hold as a gateway of type/.test(x))).toBe(false);
  });

  it('rows: the circuit its connection names is undecided on what it carries, never judged', () => {
    const f = reports.rows.findings.filter((x) => x.resourceName === 'er-qro-nw-03' && ['ERS-COST-003', 'ERS-SKU-002', 'ERS-SKU-003', 'ERS-SKU-009'].includes(x.ruleId));
    expect(f.filter((x) => x.status !== 'unknown')).toEqual([]);
    expect(f.find((x) => x.ruleId === 'ERS-COST-003')?.message ?? '').toContain(`gatewayType "${TYPO}"`);
  });

  it.each(['rows', 'template', 'plan'])('%s: the connection that names it is undecided on FastPath, never silent', (name) => {
    const f = reports[name].findings.filter((x) => x.ruleId === 'ERS-SKU-011');
    expect(f.map((x) => x.status)).toEqual(f.map(() => 'unknown'));
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expect(x.message).toContain(`gatewayType "${TYPO}"`);
  });
});
