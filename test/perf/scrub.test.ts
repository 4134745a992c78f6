import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, scrubSecrets, scrubSecretsInPlace } from '../../src/inventory/secrets.js';

// Scrubbing at read, in place, gives what scrubSecrets gives on a copy.

const key = fc.constantFrom('sharedKey', 'authorizationKey', 'serviceKey', 'cknSecretIdentifier', 'client_secret', 'apiToken', 'name', 'id', 'properties', 'tags', '__proto__', 'password');
const leaf = fc.oneof(fc.constantFrom('value', '', 'https://v.vault.azure.net/secrets/x', REDACTED, 'AccountName=a;AccountKey=abc==;EndpointSuffix=x', 'https://a.blob.core.windows.net/c?sv=1&sig=abc%3D', 'owner=netops'), fc.integer(), fc.boolean(), fc.constant(null));
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 5 })),
}));

describe('scrubSecretsInPlace', () => {
  it('gives what scrubSecrets gives', () => {
    fc.assert(
      fc.property(value, (v) => {
        const copy = JSON.parse(JSON.stringify(v ?? null));
        const expected = scrubSecrets(JSON.parse(JSON.stringify(v ?? null)));
        expect(scrubSecretsInPlace(copy)).toEqual(expected);
        // A container is scrubbed where it is (a string, which cannot be, only in what is returned).
        if (typeof copy === 'object') expect(JSON.stringify(copy)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 3000 },
    );
  });

  it('replaces a secret nested in a row', () => {
    const row = { properties: { peerings: [{ properties: { sharedKey: 'abc' } }], serviceKey: 'k' } };
    scrubSecretsInPlace(row);
    expect(row).toEqual({ properties: { peerings: [{ properties: { sharedKey: REDACTED } }], serviceKey: REDACTED } });
  });
});
