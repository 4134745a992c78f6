import { describe, expect, it } from 'vitest';
import { compileSafeRegex, evaluate, getPath } from '../../src/rules/conditions.js';
import { bindParams, fingerprintOf, renderMessage } from '../../src/rules/engine.js';
import type { Condition } from '../../src/rules/model.js';

const resource = {
  name: 'er-ams',
  tier: 'Premium',
  bandwidthMbps: 1000,
  tags: { env: 'prod' },
  peerings: [{ state: 'Enabled' }, { state: 'Disabled' }],
  macsec: { cipher: 'GcmAes256' },
  empty: '',
};

const ok = (c: Condition) => evaluate(c, resource).ok;

describe('operators', () => {
  it.each<[string, Condition, boolean]>([
    ['equals is case-insensitive for strings', { field: 'tier', equals: 'premium' }, true],
    ['equals on a number', { field: 'bandwidthMbps', equals: 1000 }, true],
    ['equals fails', { field: 'tier', equals: 'Standard' }, false],
    ['notEquals', { field: 'tier', notEquals: 'Standard' }, true],
    ['in', { field: 'macsec.cipher', in: ['GcmAes256', 'GcmAesXpn256'] }, true],
    ['in fails on a missing field', { field: 'nothing', in: ['a'] }, false],
    ['notIn', { field: 'tier', notIn: ['Basic'] }, true],
    ['notIn holds on a missing field', { field: 'nothing', notIn: ['a'] }, true],
    ['exists true', { field: 'tags.env', exists: true }, true],
    ['exists false on an empty string', { field: 'empty', exists: false }, true],
    ['exists false fails when present', { field: 'tier', exists: false }, false],
    ['greater', { field: 'bandwidthMbps', greater: 999 }, true],
    ['greaterOrEquals', { field: 'bandwidthMbps', greaterOrEquals: 1000 }, true],
    ['less fails', { field: 'bandwidthMbps', less: 1000 }, false],
    ['lessOrEquals', { field: 'bandwidthMbps', lessOrEquals: 1000 }, true],
    ['comparison on a missing value fails', { field: 'nothing', greater: 0 }, false],
    ['comparison across types fails', { field: 'tier', greater: 1 }, false],
    // A bound written as a numeric text reads as its number, as equals reads one (it failed everywhere:
    // "has 1000 Mbps; expected at least 1000").
    ['a numeric text bound compares as a number', { field: 'bandwidthMbps', greaterOrEquals: '1000' }, true],
    ['a numeric text bound fails as a number would', { field: 'bandwidthMbps', greater: '1000' }, false],
    ['a text bound that is not a number still fails on a number', { field: 'bandwidthMbps', greater: 'abc' }, false],
    ['matches is anchored', { field: 'name', matches: 'er-[a-z]+' }, true],
    ['matches anchored fails on a partial match', { field: 'name', matches: 'er' }, false],
    ['startsWith', { field: 'name', startsWith: 'ER-' }, true],
    ['contains on a string', { field: 'name', contains: 'AMS' }, true],
    ['contains on an array', { field: 'tagsList', contains: 'x' }, false],
    ['count', { field: 'peerings', count: { equals: 2 } }, true],
    ['count of a missing list is zero', { field: 'nothing', count: { equals: 0 } }, true],
    ['count fails', { field: 'peerings', count: { greaterOrEquals: 3 } }, false],
    ['array index in a path', { field: 'peerings.1.state', equals: 'Disabled' }, true],
    ['allOf', { allOf: [{ field: 'tier', equals: 'Premium' }, { field: 'bandwidthMbps', equals: 1000 }] }, true],
    ['allOf fails', { allOf: [{ field: 'tier', equals: 'Premium' }, { field: 'bandwidthMbps', equals: 1 }] }, false],
    ['anyOf', { anyOf: [{ field: 'tier', equals: 'Local' }, { field: 'bandwidthMbps', equals: 1000 }] }, true],
    ['not', { not: { field: 'tier', equals: 'Basic' } }, true],
  ])('%s', (_label, cond, expected) => {
    expect(ok(cond)).toBe(expected);
  });

  it('reports the first failing leaf with the value found and what was expected', () => {
    const r = evaluate({ allOf: [{ field: 'tier', equals: 'Premium' }, { field: 'macsec.cipher', in: ['GcmAesXpn256'] }] }, resource);
    expect(r).toEqual({ ok: false, failure: { field: 'macsec.cipher', actual: 'GcmAes256', expected: 'one of GcmAesXpn256' } });
  });

  it('does not read inherited properties', () => {
    expect(getPath({}, 'constructor')).toBeUndefined();
    expect(getPath({}, '__proto__')).toBeUndefined();
  });
});

describe('safe regular expressions', () => {
  it.each(['(a+)+$', '(a|aa)*b', '(x*)*', 'a*a*b', '.*.*=.*', '(\\w+\\s?)+$', '(?=a)a', '(a)\\1', 'a{0,60}a{0,60}a{0,60}a{0,60}b', '[ab]?'.repeat(26) + 'c', '(a|ab)?'.repeat(20) + 'c'])('refuses %s', (p) => {
    expect(() => compileSafeRegex(p)).toThrow();
  });
  it.each(['er-[a-z]+', 'GcmAes(256|Xpn256)', '[0-9]{1,4}', 'prod|production', '.*-prod', '.*-prod-.*', '[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}/[0-9]{1,2}'])('accepts %s', (p) => {
    expect(() => compileSafeRegex(p)).not.toThrow();
  });
});

describe('parameters and messages', () => {
  it('binds {params.x} values', () => {
    const cond = bindParams({ field: 'macsec.cipher', in: '{params.ciphers}' as unknown as string[] }, { ciphers: ['GcmAes256'] });
    expect(ok(cond)).toBe(true);
  });
  it('renders placeholders, lists and missing values', () => {
    expect(renderMessage('{name}: {tier} / {nothing} / {params.list} / {unknown.path}', { name: 'c1', tier: 'Premium', nothing: undefined, params: { list: ['a', 'b'] } })).toBe(
      'c1: Premium / (not set) / a, b / {unknown.path}',
    );
  });
  it('fingerprints are stable and case-insensitive in the resource id', () => {
    expect(fingerprintOf('ERS-RED-004', '/subscriptions/A/x')).toBe(fingerprintOf('ERS-RED-004', '/subscriptions/a/X'));
    expect(fingerprintOf('ERS-RED-004', '/subscriptions/a/x')).not.toBe(fingerprintOf('ERS-RED-005', '/subscriptions/a/x'));
    expect(fingerprintOf('ERS-RED-004', '/subscriptions/a/x')).toMatch(/^[0-9a-f]{32}$/);
  });
});
