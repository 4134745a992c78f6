import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { scanTypoSources, type TypoReport } from '../helpers/typo-sources.js';

/**
 * A connection whose `connectionType` is none of the values Azure allows (ExpressRoute, IPsec, Vnet2Vnet, VPNClient:
 * `VirtualNetworkGatewayConnectionType` in the REST API spec) is not scanned as an ExpressRoute connection, nor set
 * aside as a VPN one: whether it is one of the circuit's and the gateway's connections is not known. Every source says
 * so in a notice naming the file and the property, and the circuit and gateway it names are undecided on what it would
 * carry, never judged unconnected ("0 connections, delete it"). Before, a template or plan dropped it in silence, and
 * rows called it a row of a type erscan does not scan, then failed the circuit and the gateway as idle.
 */
const TYPO = 'ExpresRoute';
const dir = tempDir('erscan-conntype-');

let reports: Record<string, TypoReport>;

beforeAll(() => {
  reports = scanTypoSources(dir, {
    typo: TYPO,
    mutateRows: (pick) => {
      const conn = pick('conn-weu-qro01');
      conn.properties.connectionType = TYPO;
      return [pick('er-qro-nw-03'), pick('ergw-weu-nw'), conn];
    },
    armFrom: '"connectionType": "ExpressRoute"',
    armTo: `"connectionType": "${TYPO}"`,
    tfType: 'azurerm_virtual_network_gateway_connection',
  });
}, 60_000);

describe('a connection whose connectionType is none Azure allows', () => {
  it.each(['rows', 'template', 'plan'])('%s: a notice names the file, the property and the value', (name) => {
    const said = reports[name].notices.filter((n) => n.includes(`"${TYPO}"`));
    // (The example plan has two such connections, one per circuit.)
    expect(said).toHaveLength(name === 'plan' ? 2 : 1);
    for (const n of said) {
      // The file, and for a template or plan the line and column of the declaration.
      expect(n.startsWith(`${join(dir, `${name}.json`)}:`)).toBe(true);
      if (name !== 'rows') expect(n).toMatch(/\.json:\d+:\d+: /);
      expect(n).toContain('`properties.connectionType` is "ExpresRoute"');
      expect(n).toMatch(/none of the connection types Azure allows \(ExpressRoute, IPsec, Vnet2Vnet, VPNClient\)/);
      expect(n).toMatch(/what circuit \S+ and gateway \S+ carry is undecided$/);
    }
    // Not the notice of a row of another type (an IPsec connection, say), which it is not known to be.
    expect(reports[name].notices.some((n) => /of a type erscan does not scan/.test(n))).toBe(false);
  });

  it('rows: the circuit and the gateway it names are undecided, never failed as unconnected', () => {
    const f = reports.rows.findings.filter((x) => ['ERS-COST-003', 'ERS-COST-005', 'ERS-SKU-002'].includes(x.ruleId));
    expect(f.filter((x) => x.status !== 'unknown')).toEqual([]);
    const gw = f.find((x) => x.ruleId === 'ERS-COST-005' && x.resourceName === 'ergw-weu-nw');
    expect(gw?.message).toContain(`connectionType "${TYPO}"`);
    const circuit = f.find((x) => x.ruleId === 'ERS-COST-003' && x.resourceName === 'er-qro-nw-03');
    expect(circuit?.message).toContain(`connectionType "${TYPO}"`);
  });

  it.each(['template', 'plan'])('%s: the gateway it names is undecided, never failed as unconnected', (name) => {
    const f = reports[name].findings.filter((x) => ['ERS-COST-003', 'ERS-COST-005', 'ERS-SKU-002'].includes(x.ruleId));
    expect(f.filter((x) => x.status !== 'unknown')).toEqual([]);
    expect(f.filter((x) => x.ruleId === 'ERS-COST-005').map((x) => x.status)).toEqual(['unknown']);
  });
});
