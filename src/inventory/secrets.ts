/**
 * Secrets never enter the inventory, a snapshot, a report or a log. Raw rows are scrubbed as soon
 * as a source has read them: the value of every secret-bearing property is replaced by a marker, so
 * the normaliser can still tell that one was configured.
 */
export const REDACTED = '[redacted]';
/** Marker for a MACsec secret identifier that pointed into Azure Key Vault. */
export const REDACTED_KEYVAULT = '[redacted:keyvault]';

const SECRET_PROPERTIES = new Set(
  ['sharedKey', 'authorizationKey', 'serviceKey', 'cknSecretIdentifier', 'cakSecretIdentifier', 'ckn', 'cak', 'secret', 'password', 'clientSecret', 'primaryKey', 'secondaryKey', 'connectionString'].map((k) =>
    k.toLowerCase(),
  ),
);

export function isSecretProperty(name: string): boolean {
  return SECRET_PROPERTIES.has(name.toLowerCase());
}

const KEY_VAULT_URI = /^https:\/\/[a-z0-9-]+\.vault\.(azure\.net|usgovcloudapi\.net|azure\.cn|microsoftazure\.de)\//i;

/** Returns a scrubbed deep copy of `value`; never mutates its input. */
export function scrubSecrets<T>(value: T): T {
  return scrub(value, 0) as T;
}

function scrub(value: unknown, depth: number): unknown {
  if (depth > 300 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (isSecretProperty(k)) {
      if (v === undefined || v === null || v === '') out[k] = v;
      else if (typeof v === 'string' && (v === REDACTED || v === REDACTED_KEYVAULT)) out[k] = v;
      else out[k] = typeof v === 'string' && KEY_VAULT_URI.test(v) ? REDACTED_KEYVAULT : REDACTED;
    } else {
      out[k] = scrub(v, depth + 1);
    }
  }
  return out;
}
