import { describe, expect, it } from 'vitest';
import { isSecretProperty, scrubSecrets, scrubSecretsInPlace, scrubSecretsInPlaceWithin } from '../../src/inventory/secrets.js';

/** Which property names hold a secret: the known ones, and names shaped like one (a new API version, a Terraform attribute). */
describe('secret property names', () => {
  it.each(['sharedKey', 'preSharedKey', 'pre_shared_key', 'shared_key', 'psk', 'PSK', 'ipsecPsk', 'ipsec_psk', 'ike-psk', 'vpnPsk', 'pwd', 'adminPwd', 'admin_pwd', 'authorizationKey', 'serviceKey', 'password', 'clientSecret'])('%s is scrubbed', (name) => {
    expect(isSecretProperty(name)).toBe(true);
    expect(JSON.stringify(scrubSecrets({ properties: { [name]: 'hunter2', list: [{ [name]: 'hunter3' }] } }))).not.toMatch(/hunter/);
  });

  it.each(['peeringType', 'vlanId', 'state', 'connectionType', 'pskConfigured', 'ipsecPolicies', 'dhGroup', 'ikeEncryption'])('%s is not', (name) => {
    expect(isSecretProperty(name)).toBe(false);
  });
});

/**
 * A secret word followed by a word saying "its value" (`pskValue`, `client_secret_value`,
 * `api-token-data`) holds the secret itself, in camelCase, snake_case and kebab-case.
 */
describe('a secret word with a value suffix', () => {
  const names = [
    'pskValue', 'psk_value', 'psk-value', 'PSKValue', 'ipsecPskText',
    'sharedKeyValue', 'shared_key_value', 'shared-key-value', 'preSharedKeyString',
    'secretValue', 'secret_value', 'secretValues', 'client_secret_value', 'clientSecretPlaintext',
    'passwordText', 'password_plain', 'adminPasswordCleartext', 'adminPwdValue', 'passphraseData',
    'authorizationKeyString', 'authorization_key_string', 'serviceKeyB64', 'service_key_base64', 'keyHex', 'key_bytes',
    'api_token_data', 'apiTokenData', 'access-token-value', 'connectionStringValue', 'credentialData', 'credentials_value',
  ];
  it.each(names)('%s is scrubbed', (name) => {
    expect(isSecretProperty(name)).toBe(true);
    const doc = () => ({ properties: { [name]: 'hunter2-secret', list: [{ [name]: 'hunter3-secret' }], nested: { [name]: { inner: 'hunter4-secret' } } } });
    expect(JSON.stringify(scrubSecrets(doc()))).not.toMatch(/hunter/);
    expect(JSON.stringify(scrubSecretsInPlace(doc()))).not.toMatch(/hunter/);
    const d = doc();
    expect(scrubSecretsInPlaceWithin(d, 10)).toBe(true);
    expect(JSON.stringify(d)).not.toMatch(/hunter/);
  });

  /** Names that start with (or hold) a secret-like word and carry facts the inventory and the rules read. */
  const facts: Record<string, unknown> = {
    keyVaultId: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv',
    keyVaultUri: 'https://kv.vault.azure.net/',
    keyVault: { id: 'kv' },
    keyName: 'ckn',
    keyVersion: '1',
    value: 'team-a',
    keys: ['a'],
    tokenExpiry: '2026-01-01T00:00:00Z',
    tokenExpiresOn: '2026-01-01T00:00:00Z',
    tokenType: 'Bearer',
    tokens: 3,
    cipher: 'GcmAes256',
    macsec_cipher: 'GcmAes256',
    sciState: 'Enabled',
    macsec_sci_enabled: true,
    authorizationUseStatus: 'Available',
    authorization_use_status: 'Available',
    authorizations: [{ name: 'a1' }],
    usesAuthorization: true,
    sharedKeyConfigured: true,
    cknSecretConfigured: true,
    cakSecretConfigured: true,
    secretName: 'ckn-secret',
    secretsInKeyVault: true,
    secretType: 'KeyVault',
    passwordLength: 24,
    keyValueStatus: 'Set',
    pskConfigured: true,
    tokenValueExpiry: '2026-01-01T00:00:00Z',
    metadata: { a: 1 },
    context: 'x',
    substring: 'x',
    dataValue: 'x',
    valueText: 'x',
    textValue: 'x',
    stringValue: 'x',
    encapsulation: 'Dot1Q',
    bandwidthInMbps: 1000,
  };
  it.each(Object.keys(facts))('%s is not (and survives a scrub)', (name) => {
    expect(isSecretProperty(name)).toBe(false);
    const doc = { properties: { [name]: facts[name] } };
    expect(scrubSecrets(doc)).toBe(doc);
  });
});
