import { describe, expect, it } from 'vitest';
import { cloudOfRegion, isLocalRegion, peeringLocationInfo, regionGeopoliticalInfo } from '../../src/locations/index.js';
import { formatBandwidth } from '../../src/pricing/catalogue.js';

// The location lookups are memoised by the name as written (src/locations/index.ts): a repeated or
// differently spelled name gets the same answer, an unknown name stays unknown, and a memo that fills up
// is emptied without changing any answer.
describe('memoised location lookups', () => {
  it('answer a repeated name as the first time, whatever its spelling', () => {
    const first = peeringLocationInfo('Washington DC');
    expect(first?.name).toBe('Washington DC');
    expect(peeringLocationInfo('Washington DC')).toBe(first);
    expect(peeringLocationInfo('washington dc')).toBe(first);
    expect(peeringLocationInfo('WashingtonDC')).toBe(first);
    expect(peeringLocationInfo('Chicago', 'usgov')?.zone).toBe('US Gov');
    expect(peeringLocationInfo('Chicago')?.zone).toBe('Zone 1');
    expect(peeringLocationInfo('Chicago', 'usgov')?.zone).toBe('US Gov');
  });

  it('keep an unknown name unknown', () => {
    expect(peeringLocationInfo('Atlantis')).toBeUndefined();
    expect(peeringLocationInfo('Atlantis')).toBeUndefined();
    expect(regionGeopoliticalInfo('atlantiseast')).toBeUndefined();
    expect(regionGeopoliticalInfo('atlantiseast')).toBeUndefined();
  });

  it('give the same region facts on every call', () => {
    expect(cloudOfRegion('usgovvirginia')).toBe('usgov');
    expect(cloudOfRegion('usgovvirginia')).toBe('usgov');
    expect(cloudOfRegion(undefined)).toBe('public');
    expect(cloudOfRegion('chinanorth2')).toBe('china');
    expect(regionGeopoliticalInfo('West Europe')).toEqual({ geopolitical: 'Europe', inferred: false });
    expect(regionGeopoliticalInfo('westeurope')).toEqual({ geopolitical: 'Europe', inferred: false });
    const amsterdam = peeringLocationInfo('Amsterdam')!;
    expect(isLocalRegion(amsterdam, 'West Europe')).toBe(true);
    expect(isLocalRegion(amsterdam, 'West Europe')).toBe(true);
    expect(isLocalRegion(amsterdam, 'eastus')).toBe(false);
    expect(isLocalRegion(amsterdam, undefined)).toBe(false);
  });

  it('answer the same after more names than the memo holds', () => {
    const before = peeringLocationInfo('Amsterdam');
    for (let i = 0; i < 10_050; i++) {
      expect(peeringLocationInfo(`Nowhere ${i}`)).toBeUndefined();
      cloudOfRegion(`nowhere${i}`);
      regionGeopoliticalInfo(`nowhere${i}`);
    }
    expect(peeringLocationInfo('Amsterdam')).toBe(before);
    expect(cloudOfRegion('usgovtexas')).toBe('usgov');
    expect(regionGeopoliticalInfo('westeurope')?.geopolitical).toBe('Europe');
  });
});

describe('formatBandwidth (memoised)', () => {
  it('names sizes as before, repeatedly', () => {
    for (let i = 0; i < 2; i++) {
      expect(formatBandwidth(50)).toBe('50 Mbps');
      expect(formatBandwidth(1000)).toBe('1 Gbps');
      expect(formatBandwidth(10000)).toBe('10 Gbps');
      expect(formatBandwidth(1500)).toBe('1500 Mbps');
    }
  });
});
