import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadSuppressionsFile } from '../../src/config/load.js';
import { applySuppressions } from '../../src/findings/suppressions.js';
import type { Finding } from '../../src/findings/model.js';
import { loadRules } from '../../src/rules/loader.js';
import { selectRules } from '../../src/rules/select.js';
import { InputError } from '../../src/util/errors.js';
import { tempDir } from '../helpers/cli.js';

const rules = loadRules();
const ids = (rs: { id: string }[]) => rs.map((r) => r.id);

describe('rule selection', () => {
  it('leaves off-by-default rules out unless enabled', () => {
    const all = selectRules(rules, {});
    expect(ids(all)).not.toContain('ERS-ENC-005');
    const enabled = selectRules(rules, { enable: ['ERS-ENC-005'] });
    expect(ids(enabled)).toContain('ERS-ENC-005');
    expect(enabled.length).toBe(all.length + 1); // enable does not narrow the selection
  });
  it('include narrows and turns on; exclude wins', () => {
    expect(ids(selectRules(rules, { include: ['encryption'] })).every((id) => id.startsWith('ERS-ENC-'))).toBe(true);
    expect(ids(selectRules(rules, { include: ['tag:policy'] })).sort()).toEqual(['ERS-BGP-010', 'ERS-ENC-005', 'ERS-RED-005', 'ERS-RED-008']);
    expect(ids(selectRules(rules, { include: ['encryption'], exclude: ['ERS-ENC-002'] }))).not.toContain('ERS-ENC-002');
  });
  it('applies the most specific severity override', () => {
    const sel = selectRules(rules, { severity: { cost: 'info', 'ERS-COST-001': 'critical', 'tag:gateway': 'low' } });
    const sev = (id: string) => sel.find((r) => r.id === id)!.severity;
    expect(sev('ERS-COST-001')).toBe('critical');
    expect(sev('ERS-COST-002')).toBe('info');
    expect(sev('ERS-COST-005')).toBe('low'); // tagged gateway: tag beats category
  });
  it('refuses unknown parameter names and wrong types, naming file and path', () => {
    expect(() => selectRules(rules, { file: 'x.yaml', parameters: { 'ERS-ENC-002': { allowedCipher: ['GcmAes256'] } } })).toThrow(/x\.yaml.*ERS-ENC-002.*allowedCipher/s);
    expect(() => selectRules(rules, { file: 'x.yaml', parameters: { 'ERS-ENC-002': { allowedCiphers: 'GcmAes256' } } })).toThrow(InputError);
    expect(() => selectRules(rules, { parameters: { 'ERS-RED-005': { minScaleUnits: 3 } } })).not.toThrow();
  });
  it("refuses a parameter that says what the rule reports (ERS-COST-101's kind), which would word another change in its message", () => {
    expect(() => selectRules(rules, { file: 'x.yaml', parameters: { 'ERS-COST-101': { kind: 'move-to-local' } } })).toThrow(/x\.yaml: at .*ERS-COST-101.*kind: expected a setting of ERS-COST-101 other than kind/);
    expect(() => selectRules(rules, { parameters: { 'ERS-COST-101': { kind: 'switch-to-unlimited', minMonthlySavingsUsd: 100 } } })).not.toThrow();
  });
});

describe('config and suppression files', () => {
  it('loads the example config with its suppressions file', () => {
    const c = loadConfig('examples/erscan.yaml');
    expect(c.rules.enable).toContain('ERS-ENC-005');
    expect(c.suppressions.length).toBe(2);
    expect(c.suppressions.every((s) => s.file?.endsWith('suppressions.yaml'))).toBe(true);
  });
  it('refuses a date that does not exist', () => {
    const dir = tempDir();
    const f = join(dir, 's.yaml');
    writeFileSync(f, 'suppressions:\n  - { ruleId: ERS-COST-001, resource: "*", justification: test, expires: "2026-02-30" }\n');
    expect(() => loadSuppressionsFile(f)).toThrow(/expires.*calendar date/s);
  });
});

const finding = (ruleId: string, resourceId: string): Finding => ({
  ruleId,
  ruleName: 'x',
  category: 'cost',
  severity: 'medium',
  resourceId,
  resourceType: 'Microsoft.Network/expressRouteCircuits',
  resourceName: resourceId.split('/').pop()!,
  message: 'Circuit x is idle.',
  fingerprint: `${ruleId}|${resourceId}`,
});

describe('suppressions', () => {
  const a = '/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er-a';
  const b = '/subscriptions/s2/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er-b';
  it('suppresses by exact id, glob and rule-id glob, and keeps the finding', () => {
    const out = applySuppressions([finding('ERS-COST-001', a), finding('ERS-COST-003', b)], [
      { ruleId: 'ERS-COST-001', resource: a.toUpperCase(), justification: 'exact', expires: '2026-12-31' },
      { ruleId: 'ERS-COST-*', resource: '/subscriptions/s2/**', justification: 'glob' },
    ], '2026-06-01');
    expect(out.findings.map((f) => f.suppression?.justification)).toEqual(['exact', 'glob']);
    expect(out.notices).toEqual([]);
  });
  it('an expired suppression stops suppressing, marks the finding and is reported', () => {
    const out = applySuppressions([finding('ERS-COST-001', a)], [{ ruleId: 'ERS-COST-001', resource: a, justification: 'until May', expires: '2026-05-31', file: 's.yaml' }], '2026-06-01');
    expect(out.findings[0].suppression).toBeUndefined();
    expect(out.findings[0].message).toMatch(/suppression expired on 2026-05-31: "until May"/);
    expect(out.findings[0].fingerprint).toBe(`ERS-COST-001|${a}`);
    expect(out.notices.join('\n')).toMatch(/expired suppression.*2026-05-31.*reported again.*s\.yaml/);
  });
  it('applies on its expiry day', () => {
    const out = applySuppressions([finding('ERS-COST-001', a)], [{ ruleId: 'ERS-COST-001', resource: a, justification: 'today', expires: '2026-06-01' }], '2026-06-01');
    expect(out.findings[0].suppression?.justification).toBe('today');
  });
  it('reports suppressions that match nothing', () => {
    const out = applySuppressions([], [{ ruleId: 'ERS-COST-001', resource: a, justification: 'stale' }], '2026-06-01');
    expect(out.notices[0]).toMatch(/matched no finding/);
  });
});
