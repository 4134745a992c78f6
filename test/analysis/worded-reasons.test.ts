/**
 * The analysis words its decisions' reasons when they are first read, and the estimate shares the notes
 * many circuits repeat (speed work, issue 15): the texts must be those building them up front gave,
 * whatever is read first, and a shared text must never cross from one estimate to another.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/index.js';
import { estimateCosts } from '../../src/pricing/estimate.js';
import { bundled, circuitRow, connectionRow, gatewayRow, inventoryOf, vnetLinks } from './helpers.js';

const estate = () =>
  inventoryOf([
    circuitRow('er-a', { tier: 'Premium', globalReachTo: ['er-b'] }),
    circuitRow('er-b', { location: 'Washington DC', region: 'eastus' }),
    circuitRow('er-idle'),
    gatewayRow('gw-weu'),
    gatewayRow('gw-us', 'eastus'),
    connectionRow('c1', 'gw-weu', 'er-a'),
    connectionRow('c2', 'gw-us', 'er-a', 'eastus'),
    ...vnetLinks('er-b', 2, 'eastus'),
  ]);

/** Every reason of every circuit, Local's (and the hidden connections) read first when `localFirst`. */
function reasons(localFirst: boolean) {
  return analyse(estate())
    .circuits()
    .map((c) => {
      const n = c.needs;
      if (localFirst) expect([n.localSuffices.reasons, n.beyondLocal.reasons, c.carries.hidden].every(Array.isArray)).toBe(true);
      return { name: c.circuit.name, premium: n.premium.reasons, beyondLocal: n.beyondLocal.reasons, localSuffices: n.localSuffices.reasons, idle: c.carries.idle.reasons, hidden: c.carries.hidden };
    });
}

describe('reasons worded when read', () => {
  it('are the same texts whichever decision is read first', () => {
    const premiumFirst = reasons(false);
    expect(reasons(true)).toEqual(premiumFirst);
    const a = premiumFirst.find((c) => c.name === 'er-a')!;
    expect(a.premium.join()).toMatch(/connected to gateway\(s\) gw-us \(eastus\) outside Europe/);
    expect(a.localSuffices).toEqual(a.beyondLocal);
    expect(premiumFirst.find((c) => c.name === 'er-idle')!.idle).toEqual(['1 peering(s) but no connections, no redeemed authorization, no Microsoft peering, no Global Reach and no declared or measured egress']);
  });

  it('are worded once: a second read gives the same list', () => {
    const c = analyse(estate()).circuits()[0];
    expect(c.needs.premium.reasons).toBe(c.needs.premium.reasons);
    expect(c.carries.idle.reasons).toBe(c.carries.idle.reasons);
  });

  it('shares empty lists frozen, so no reader can change another circuit\'s', () => {
    const idle = analyse(estate()).circuits().find((c) => c.circuit.name === 'er-idle')!;
    expect(idle.reach.gateways).toEqual([]);
    expect(Object.isFrozen(idle.reach.gateways)).toBe(true);
    expect(() => (idle.reach.crossGeo as unknown[]).push(1)).toThrow();
  });
});

describe('notes shared between circuits', () => {
  it('carry the currency of their own estimate', () => {
    const usd = estimateCosts(estate(), { catalogue: bundled() });
    const eur = estimateCosts(estate(), { catalogue: { ...bundled(), currency: 'EUR' } });
    const lowerBound = (notes: string[] | undefined) => notes?.find((n) => n.startsWith('partly priced'));
    const a = (s: typeof usd) => s.costs.find((c) => c.resourceName === 'er-a')!;
    expect(lowerBound(a(usd).notes)).toMatch(/so \$[\d,.]+ is a lower bound/);
    expect(lowerBound(a(eur).notes)).toMatch(/so EUR [\d,.]+ is a lower bound/);
  });
});
