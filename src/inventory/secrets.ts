import { nestedDeeper } from '../util/json.js';
import { setOwn } from '../util/objects.js';

/**
 * Secrets never enter the inventory, a snapshot, a report or a log. Raw rows are scrubbed as soon
 * as a source has read them: the value of every secret-bearing property is replaced by a marker, so
 * the normaliser can still tell that one was configured; and a secret inside any other string (a
 * connection string or a SAS URL in a tag) is replaced within it (SECRET_IN_STRING).
 */
export const REDACTED = '[redacted]';
/** Marker for a MACsec secret identifier that pointed into Azure Key Vault. */
export const REDACTED_KEYVAULT = '[redacted:keyvault]';

const SECRET_PROPERTIES = new Set(
  ['sharedKey', 'authorizationKey', 'serviceKey', 'cknSecretIdentifier', 'cakSecretIdentifier', 'ckn', 'cak', 'secret', 'password', 'clientSecret', 'primaryKey', 'secondaryKey', 'connectionString'].map((k) =>
    k.toLowerCase(),
  ),
);

/**
 * Names shaped like a secret, for properties erscan does not know (a new API version, a Terraform
 * attribute in snake_case): anything ending in key, secret, password, token or connection string,
 * and their short forms: `psk` (a pre-shared key, as IPsec and VPN tools name it: `psk`, `ipsecPsk`,
 * `ike_psk`) and `pwd`. (`sharedKey`, `preSharedKey`, `pre_shared_key` end in key.) Such a word may
 * be followed by one word saying that the property holds the secret itself, or its encoding:
 * `pskValue`, `sharedKeyValue`, `client_secret_value`, `passwordText`, `authorizationKeyString`,
 * `api-token-data`, `serviceKeyB64` (value, values, text, plaintext, cleartext, plain, string, data,
 * bytes, hex, b64, base64). The plural of a secret word names secrets too, and the whole value under
 * it (an array, an object) is replaced: `secrets`, `tokens`, `keys` (a storage account's listKeys),
 * `sharedKeys`, `authorizationKeys`, `clientSecrets`, `connectionStrings`. Names where the secret
 * word is followed by anything else are facts about a secret, not the secret, and are kept:
 * `keyVaultId`, `keyName`, `keyVersion`, `tokenExpiry`, `secretName`, `secretsInKeyVault`,
 * `sharedKeyConfigured`, `authorizationUseStatus`, `authorizations`.
 *
 * A bare `key` is scrubbed too. No row property erscan reads is named `key` (tags are objects in ARM,
 * Resource Graph and Terraform plans, not `{key, value}` lists), so scrubbing it loses no fact a rule
 * reads; and where it does occur (an AzAPI body, a tag named `key`) it is as often a secret as not.
 * test/secrets/names.test.ts checks every name the built-in rules read survives.
 * The name is matched with case, `_` and `-` ignored, so camelCase, snake_case and kebab-case agree.
 */
const SECRET_SHAPE = /(keys?|secrets?|passwords?|passwd|pwds?|psks?|passphrases?|tokens?|connectionstrings?|credentials?)(values?|text|plaintext|cleartext|plain|string|data|bytes|hex|b64|base64)?$/;

/**
 * Names shaped like a secret that hold facts: the inventory's lists of related resources, by their
 * inventory keys (lower-cased ids), which rules read (`field: connectionKeys`).
 */
const FACT_PROPERTIES = new Set(['circuitKeys', 'connectionKeys', 'gatewayKeys'].map((k) => k.toLowerCase()));

/** Verdicts by property name: an estate repeats the same few hundred names millions of times. */
const verdicts = new Map<string, boolean>();

export function isSecretProperty(name: string): boolean {
  let v = verdicts.get(name);
  if (v === undefined) {
    const n = name.toLowerCase().replace(/[_-]/g, '');
    v = SECRET_PROPERTIES.has(n) || (SECRET_SHAPE.test(n) && !FACT_PROPERTIES.has(n));
    if (verdicts.size < 10_000) verdicts.set(name, v);
  }
  return v;
}

/**
 * Secrets inside a string under a name that is no secret (a tag value, a description), as secret
 * scanners (gitleaks, Checkov's secrets check) find them: the value of an Azure connection string's
 * `AccountKey`, `SharedAccessKey`, `SharedAccessSignature`, `Password` or `Pwd` (to the next `;`,
 * quote or line end), and a SAS token's `sig` query parameter (in a URL, or a Service Bus
 * `SharedAccessSignature sr=…&sig=…` token). Only the value is replaced: the account, the key's name
 * and the endpoint stay. Strings without `=` (ARM ids, names, states) are not searched.
 */
const SECRET_IN_STRING = /((?:^|[;\s"'])(?:AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd)\s*=\s*)([^;"'\r\n]+)|([?&]sig=)([^&\s"'#;]+)/gi;

function scrubString(s: string): string {
  if (s.length < 5 || s.indexOf('=') === -1) return s;
  SECRET_IN_STRING.lastIndex = 0;
  if (!SECRET_IN_STRING.test(s)) return s;
  const out = s.replace(SECRET_IN_STRING, (_m, name: string | undefined, _v, sig: string | undefined) => `${name ?? sig}${REDACTED}`);
  return out === s ? s : out;
}

const KEY_VAULT_URI = /^https:\/\/[a-z0-9-]+\.vault\.(azure\.net|usgovcloudapi\.net|azure\.cn|microsoftazure\.de)\//i;

/**
 * Returns `value` with every secret replaced; never mutates its input. Copy-on-write: a subtree
 * without secrets is returned as is (not copied), so scrubbing a large estate allocates little.
 */
export function scrubSecrets<T>(value: T): T {
  return scrub(value, 0) as T;
}

function scrubbedSecret(v: unknown): unknown {
  if (v === undefined || v === null || v === '') return v;
  if (typeof v === 'string' && (v === REDACTED || v === REDACTED_KEYVAULT)) return v;
  return typeof v === 'string' && KEY_VAULT_URI.test(v) ? REDACTED_KEYVAULT : REDACTED;
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return scrubString(value);
  if (value === null || typeof value !== 'object') return value;
  // Inputs are depth-limited when parsed (MAX_JSON_DEPTH); anything deeper is dropped, never passed on unscrubbed.
  if (depth > 300) return undefined;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = scrub(value[i], depth + 1);
      if (v !== value[i] && !out) out = value.slice(0, i);
      if (out) out.push(v);
    }
    return out ?? value;
  }
  // Keys are walked without Object.entries: an estate has millions of small objects, and allocating
  // a [key, value] pair for each property dominated the cost of scrubbing.
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const s = isSecretProperty(k) ? scrubbedSecret(v) : scrub(v, depth + 1);
    if (s !== v && !out) {
      out = {};
      for (let j = 0; j < i; j++) setOwn(out, keys[j], obj[keys[j]]);
    }
    if (out) setOwn(out, k, s);
  }
  return out ?? value;
}

/**
 * `scrubSecrets` for a value nobody else holds (rows a loader has just parsed): the secrets are
 * replaced where they are, so scrubbing at read copies nothing. Returns the value.
 */
export function scrubSecretsInPlace<T>(value: T): T {
  // A string cannot be changed where it is: its scrubbed copy is returned.
  if (typeof value === 'string') return scrubString(value) as T;
  if (value !== null && typeof value === 'object') scrubWalk(value, DROP_BELOW, false);
  return value;
}

/**
 * `scrubSecretsInPlace` for a value whose nesting has not been checked yet, in the same walk: false
 * (the value partly scrubbed) when a container in it nests more than `levels` levels of arrays and
 * objects, itself the first, as `nestedDeeper` (src/util/json.ts) counts them, including in the
 * value of a secret that the scrub replaces. One walk over a large input instead of two.
 */
export function scrubSecretsInPlaceWithin(value: unknown, levels: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (levels <= 0) return false;
  return scrubWalk(value, levels, true);
}

/** The levels `scrubSecretsInPlace` walks (the value and 300 below it, as `scrub`'s `depth > 300`): deeper containers are dropped. */
const DROP_BELOW = 301;

/**
 * The in-place walk of both: scrubs the container `value` where it is, `levels` the levels of arrays and objects it may
 * nest, itself the first. A container past them is dropped (set undefined, never passed on unscrubbed) and the walk
 * goes on, or, when `check` (scrubSecretsInPlaceWithin), the walk stops there with false; `check` also counts the
 * containers in a secret's value and under inherited keys (as nestedDeeper does), which are never scrubbed.
 */
function scrubWalk(value: object, levels: number, check: boolean): boolean {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === 'string') value[i] = scrubString(v);
      else if (v !== null && typeof v === 'object') {
        if (levels <= 1) {
          if (check) return false;
          value[i] = undefined;
        } else if (!scrubWalk(v, levels - 1, check)) return false;
      }
    }
    return true;
  }
  const obj = value as Record<string, unknown>;
  // for-in (own keys of a parsed object, from its shape's cache): no key array per object.
  for (const k in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, k)) {
      // Inherited keys are not scrubbed, but are counted (nestedDeeper): a plain object has none.
      if (check) {
        const v = obj[k];
        if (v !== null && typeof v === 'object' && nestedDeeper(v, levels - 1)) return false;
      }
      continue;
    }
    const v = obj[k];
    if (isSecretProperty(k)) {
      if (check && v !== null && typeof v === 'object' && nestedDeeper(v, levels - 1)) return false;
      const s = scrubbedSecret(v);
      if (s !== v) setOwn(obj, k, s);
    } else if (typeof v === 'string') {
      const s = scrubString(v);
      if (s !== v) setOwn(obj, k, s);
    } else if (v !== null && typeof v === 'object') {
      if (levels <= 1) {
        if (check) return false;
        setOwn(obj, k, undefined);
      } else if (!scrubWalk(v, levels - 1, check)) return false;
    }
  }
  return true;
}
