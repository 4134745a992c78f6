import { InputError, describeValue } from '../util/errors.js';
import { parseJson, readText } from '../util/json.js';
import type { Finding } from './model.js';

/** Reads an earlier JSON report (schemaVersion 1) and returns its findings. */
export function loadBaseline(file: string): Finding[] {
  const doc = parseJson(file, readText(file)).value as Record<string, unknown>;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new InputError(file, '$', 'an erscan JSON report', describeValue(doc));
  if (doc.schemaVersion !== 1) throw new InputError(file, '$.schemaVersion', 'an erscan JSON report with schemaVersion 1', describeValue(doc.schemaVersion));
  if (!Array.isArray(doc.findings)) throw new InputError(file, '$.findings', 'an array of findings', describeValue(doc.findings));
  doc.findings.forEach((f, i) => {
    const o = f as Record<string, unknown>;
    if (typeof o !== 'object' || o === null || typeof o.fingerprint !== 'string')
      throw new InputError(file, `$.findings[${i}].fingerprint`, 'a fingerprint string', describeValue(o?.fingerprint));
  });
  return doc.findings as Finding[];
}

/** Marks findings new or unchanged against the baseline and lists the baseline's fixed findings. */
export function applyBaseline(findings: Finding[], baseline: Finding[]): { findings: Finding[]; fixed: Finding[] } {
  const before = new Set(baseline.map((f) => f.fingerprint));
  const now = new Set(findings.map((f) => f.fingerprint));
  const marked = findings.map((f) => ({ ...f, baselineState: before.has(f.fingerprint) ? ('unchanged' as const) : ('new' as const) }));
  const seen = new Set<string>();
  const fixed = baseline
    .filter((f) => !now.has(f.fingerprint) && !seen.has(f.fingerprint) && seen.add(f.fingerprint))
    .map((f) => {
      const { baselineState: _state, suppression: _s, ...rest } = f;
      return rest as Finding;
    });
  return { findings: marked, fixed };
}
