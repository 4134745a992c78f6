import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/loader.js';
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
    tokenExpiry: '2026-01-01T00:00:00Z',
    tokenExpiresOn: '2026-01-01T00:00:00Z',
    tokenType: 'Bearer',
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
    // plural-looking names and names holding a plural secret word that carry facts
    keysInVault: 2,
    passwordsExpireOn: '2026-01-01T00:00:00Z',
    tokensIssued: 3,
    credentialsExpiry: '2026-01-01T00:00:00Z',
    unusedAuthorizations: 1,
    authorizationKeysConfigured: true,
    // the inventory's lists of related resources by inventory key, which rules read
    connectionKeys: ['/subscriptions/x/resourcegroups/rg/providers/microsoft.network/connections/c'],
    circuitKeys: ['c'],
    gatewayKeys: ['g'],
    // raw row names the inventory reads (src/inventory/build.ts), holding no secret
    expressRouteConnections: [{ id: 'c' }],
    expressRouteCircuitPeering: { id: 'p' },
    circuitConnectionStatus: 'Connected',
    globalReachEnabled: true,
    macSecConfig: { cipher: 'GcmAes256' },
    macsec_ckn_keyvault_secret_id: 'https://kv.vault.azure.net/secrets/ckn',
    keyVaultSecretId: 'https://kv.vault.azure.net/secrets/ckn',
    allowClassicOperations: false,
    serviceProviderProvisioningState: 'Provisioned',
    peeringLocation: 'Amsterdam',
  };
  it.each(Object.keys(facts))('%s is not (and survives a scrub)', (name) => {
    expect(isSecretProperty(name)).toBe(false);
    const doc = { properties: { [name]: facts[name] } };
    expect(scrubSecrets(doc)).toBe(doc);
  });
});

/**
 * A plural secret word names secrets too (`secrets`, `tokens`, `sharedKeys`, `clientSecrets`): the
 * whole value is replaced, an array of strings or of objects, or an object, under every scrub.
 */
describe('plural secret words', () => {
  const names = [
    'secrets', 'tokens', 'passwords', 'keys', 'sharedKeys', 'shared_keys', 'authorizationKeys', 'authorization-keys', 'clientSecrets', 'client_secrets',
    'apiKeys', 'accessTokens', 'connectionStrings', 'connection_strings', 'psks', 'ipsecPsks', 'pwds', 'passphrases', 'serviceKeys', 'primaryKeys', 'sharedKeysValue', 'secretsText',
  ];
  it.each(names)('%s is scrubbed, arrays and objects under it too', (name) => {
    expect(isSecretProperty(name)).toBe(true);
    const doc = () => ({
      properties: {
        [name]: ['hunter1-secret', 'hunter2-secret'],
        list: [{ [name]: [{ name: 'k1', value: 'hunter3-secret' }] }],
        nested: { [name]: { primary: 'hunter4-secret', secondary: { v: 'hunter5-secret' } } },
        count: { [name]: 'hunter6-secret' },
      },
    });
    expect(JSON.stringify(scrubSecrets(doc()))).not.toMatch(/hunter/);
    expect(JSON.stringify(scrubSecretsInPlace(doc()))).not.toMatch(/hunter/);
    const d = doc();
    expect(scrubSecretsInPlaceWithin(d, 10)).toBe(true);
    expect(JSON.stringify(d)).not.toMatch(/hunter/);
    expect(scrubSecrets(doc()).properties.nested[name]).toBe('[redacted]');
  });
});

/**
 * Every name a rule reads (each segment of every `field:` of the built-in rules) is a fact, never
 * scrubbed: a scrub that replaced one would turn a fact into "[redacted]" under a rule.
 */
describe('names the built-in rules read', () => {
  const fields = new Set<string>();
  for (const r of loadRules()) {
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'field' && typeof x === 'string') for (const seg of x.split('.')) fields.add(seg.replace(/\[.*$/, ''));
          else walk(x);
        }
      }
    };
    walk(r.assert);
    walk(r.where);
  }
  it('there are some', () => expect(fields.size).toBeGreaterThan(20));
  it.each([...fields].sort())('%s is not a secret name', (name) => expect(isSecretProperty(name)).toBe(false));
});

/**
 * A secret inside a string under a name that is no secret (a tag value, a description): an Azure
 * connection string's AccountKey, SharedAccessKey, SharedAccessSignature or Password, and a SAS
 * URL's `sig`, are replaced; the rest of the string stays (AccountName, SharedAccessKeyName, the
 * endpoint), and strings without such a pattern (ARM ids, Key Vault URIs, expressions) are left alone.
 */
describe('secret values inside strings', () => {
  const cases: [string, string][] = [
    ['DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=HUNTERabc123+/xyz==;EndpointSuffix=core.windows.net', 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=[redacted];EndpointSuffix=core.windows.net'],
    ['Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=HUNTERxyz0=', 'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=[redacted]'],
    ['BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&sig=HUNTERsig%2B%3D', 'BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature=[redacted]'],
    ['https://acct.blob.core.windows.net/c/b.vhd?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&sig=HUNTERsig%2Babc%3D', 'https://acct.blob.core.windows.net/c/b.vhd?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&sig=[redacted]'],
    ['SharedAccessSignature sr=ns.servicebus.windows.net&sig=HUNTERtok%3D&se=1700000000&skn=send', 'SharedAccessSignature sr=ns.servicebus.windows.net&sig=[redacted]&se=1700000000&skn=send'],
    ['Server=tcp:db.database.windows.net,1433;Database=d;User ID=u;Password=HUNTER pw!;Encrypt=true', 'Server=tcp:db.database.windows.net,1433;Database=d;User ID=u;Password=[redacted];Encrypt=true'],
    ['circuit for team a; storage accountkey = HUNTERk3y', 'circuit for team a; storage accountkey = [redacted]'],
  ];
  it.each(cases)('%s', (text, scrubbed) => {
    const doc = () => ({ tags: { conn: text }, properties: { description: text, list: [text, { note: text }] } });
    const expected = { tags: { conn: scrubbed }, properties: { description: scrubbed, list: [scrubbed, { note: scrubbed }] } };
    expect(scrubSecrets(doc())).toEqual(expected);
    expect(scrubSecretsInPlace(doc())).toEqual(expected);
    const d = doc();
    expect(scrubSecretsInPlaceWithin(d, 10)).toBe(true);
    expect(d).toEqual(expected);
    // scrubbing twice changes nothing
    expect(scrubSecrets(expected)).toBe(expected);
  });

  const kept = [
    '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er-a',
    'https://kv.vault.azure.net/secrets/ckn/0123456789abcdef',
    "[parameters('sharedKey')]",
    "[concat('AccountName=', parameters('name'))]",
    'SharedAccessKeyName=RootManageSharedAccessKey',
    'AccountKey=',
    'signature=required; design=1',
    'https://example.com/a?sig',
    'owner=netops; cc=1234',
    'passwordPolicy=strict',
  ];
  it.each(kept)('%s is left alone', (text) => {
    const doc = { tags: { t: text }, properties: { description: text, list: [text] } };
    expect(scrubSecrets(doc)).toBe(doc);
    const d = structuredClone(doc);
    scrubSecretsInPlace(d);
    expect(d).toEqual(doc);
  });
});

/**
 * A bare `key` stays scrubbed: no row property erscan reads is named `key` (ARM, Resource Graph and
 * Terraform plans carry tags as objects, not `{key, value}` lists), so no fact a rule reads is lost,
 * and `key` beside a `value` (a storage account's listKeys entry) may be the secret's name or the
 * secret. What sits beside it survives.
 */
describe('a bare key', () => {
  it('is scrubbed, and the value and name beside it survive', () => {
    expect(isSecretProperty('key')).toBe(true);
    const doc = { tags: { owner: 'netops' }, properties: { list: [{ key: 'hunter-secret', name: 'k1', value: 'team-a' }] } };
    expect(scrubSecrets(doc)).toEqual({ tags: { owner: 'netops' }, properties: { list: [{ key: '[redacted]', name: 'k1', value: 'team-a' }] } });
  });
});
