import { describe, expect, it } from 'vitest';
import { REDACTED, scrubSecrets, scrubSecretsInPlace, scrubSecretsInPlaceWithin } from '../../src/inventory/secrets.js';

/**
 * The in-place scrubs (a loader's rows, scrubbed where they are) as they behave at their limits: `scrubSecretsInPlace`
 * drops a container nested beyond 300 levels below the value (as `scrubSecrets` does, never passing it on unscrubbed);
 * `scrubSecretsInPlaceWithin` stops with false where a container nests deeper than asked, counting containers in a
 * secret's value and under inherited keys (as nestedDeeper does). Pinned before the two walks became one.
 */
const SECRET = 'AccountName=a;AccountKey=hunter2==;EndpointSuffix=core.windows.net';
/** `n` nested objects `{ d: … }`, the innermost holding a connection string and a secret property. */
function nest(n: number): Record<string, unknown> {
  let v: Record<string, unknown> = { tag: SECRET, sharedKey: 'hunter3' };
  for (let i = 1; i < n; i++) v = { d: v, list: [SECRET] };
  return v;
}

describe('scrubSecretsInPlace at the depth limit', () => {
  it('scrubs 301 levels (the value and 300 below it) as scrubSecrets does', () => {
    const copy = scrubSecrets(nest(301));
    const d = nest(301);
    expect(scrubSecretsInPlace(d)).toBe(d);
    expect(JSON.stringify(d)).toBe(JSON.stringify(copy));
    expect(JSON.stringify(d)).not.toMatch(/hunter/);
    expect(JSON.stringify(d)).toContain(`AccountKey=${REDACTED}`);
  });
  it('drops a container 301 levels below the value, in an object and in an array, and goes on', () => {
    const d = nest(302);
    scrubSecretsInPlace(d);
    let v: Record<string, unknown> = d;
    for (let i = 0; i < 300; i++) {
      expect(v.list).toEqual([SECRET.replace('hunter2==', REDACTED)]);
      v = v.d as Record<string, unknown>;
    }
    expect(Object.prototype.hasOwnProperty.call(v, 'd')).toBe(true);
    expect(v.d).toBeUndefined();
    const a: unknown[] = [SECRET];
    let inner: unknown[] = a;
    for (let i = 0; i < 301; i++) inner = (inner[0] = [inner === a ? SECRET : 'x', SECRET]) as unknown[];
    scrubSecretsInPlace(a);
    expect(JSON.stringify(a)).not.toMatch(/hunter/);
    expect(JSON.stringify(scrubSecrets(JSON.parse(JSON.stringify(a))))).toBe(JSON.stringify(a));
  });
  it('a string is returned scrubbed; other scalars as they are', () => {
    expect(scrubSecretsInPlace(SECRET)).toBe(SECRET.replace('hunter2==', REDACTED));
    expect(scrubSecretsInPlace(5)).toBe(5);
    expect(scrubSecretsInPlace(null)).toBe(null);
  });
});

describe('scrubSecretsInPlaceWithin', () => {
  it('true, everything scrubbed, where the nesting is within the levels; false where it is deeper', () => {
    const d = nest(10);
    expect(scrubSecretsInPlaceWithin(d, 10)).toBe(true);
    expect(JSON.stringify(d)).toBe(JSON.stringify(scrubSecrets(nest(10))));
    expect(scrubSecretsInPlaceWithin(nest(11), 10)).toBe(false);
    expect(scrubSecretsInPlaceWithin([[['x']]], 3)).toBe(true);
    expect(scrubSecretsInPlaceWithin([[[['x']]]], 3)).toBe(false);
    expect(scrubSecretsInPlaceWithin({}, 0)).toBe(false);
    expect(scrubSecretsInPlaceWithin('s', 0)).toBe(true);
  });
  it('counts a container in the value of a secret, which it replaces', () => {
    const ok = { a: { password: { b: 'hunter2' } } };
    expect(scrubSecretsInPlaceWithin(ok, 3)).toBe(true);
    expect(ok.a.password).toBe(REDACTED);
    expect(scrubSecretsInPlaceWithin({ a: { password: { b: { c: 'hunter2' } } } }, 3)).toBe(false);
  });
  it('counts containers under inherited keys, which it does not scrub; scrubSecretsInPlace skips them', () => {
    const proto = { inherited: { deep: { deeper: { password: 'hunter2' } } } };
    const o = Object.create(proto) as Record<string, unknown>;
    o.own = SECRET;
    expect(scrubSecretsInPlaceWithin(o, 3)).toBe(false);
    const o2 = Object.create(proto) as Record<string, unknown>;
    o2.own = SECRET;
    expect(scrubSecretsInPlaceWithin(o2, 5)).toBe(true);
    expect(o2.own).toBe(SECRET.replace('hunter2==', REDACTED));
    expect(proto.inherited.deep.deeper.password).toBe('hunter2');
    const o3 = Object.create(proto) as Record<string, unknown>;
    scrubSecretsInPlace(o3);
    expect(proto.inherited.deep.deeper.password).toBe('hunter2');
  });
  it('stops at the first container too deep: what comes before it is scrubbed', () => {
    const d: Record<string, unknown> = { first: SECRET, deep: [[['x']]], last: SECRET };
    expect(scrubSecretsInPlaceWithin(d, 3)).toBe(false);
    expect(d.first).toBe(SECRET.replace('hunter2==', REDACTED));
    expect(d.last).toBe(SECRET);
  });
});
