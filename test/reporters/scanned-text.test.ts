import { describe, expect, it } from 'vitest';
import { scannedText } from '../../src/reporters/format.js';

// The console's and the Markdown report's first line say what was read. "1 subscriptions and 0 tenants" was said of
// rows that carry no tenant id: 0 would say the resources belong to no tenant, and the plural was wrong.
describe('scannedText', () => {
  const n = { circuits: 1, peerings: 2, ports: 0, gateways: 1, connections: 1, subscriptions: 1, tenants: 0 };
  it('counts in the singular where there is one, and names no tenant it was not given', () => {
    expect(scannedText(n)).toBe('1 circuit, 2 peerings, 0 Direct ports, 1 gateway and 1 connection in 1 subscription');
  });
  it('names tenants and subscriptions where the inputs have them', () => {
    expect(scannedText({ ...n, subscriptions: 2, tenants: 1 })).toBe('1 circuit, 2 peerings, 0 Direct ports, 1 gateway and 1 connection in 2 subscriptions and 1 tenant');
  });
  it('says nothing of subscriptions or tenants for templates, which have none', () => {
    expect(scannedText({ ...n, subscriptions: 0 })).toBe('1 circuit, 2 peerings, 0 Direct ports, 1 gateway and 1 connection');
  });
});
