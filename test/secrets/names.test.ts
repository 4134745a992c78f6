import { describe, expect, it } from 'vitest';
import { isSecretProperty, scrubSecrets } from '../../src/inventory/secrets.js';

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
