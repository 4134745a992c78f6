import picomatch from 'picomatch';
import type { SuppressionEntry } from '../config/load.js';
import type { Finding } from './model.js';

export interface SuppressionOutcome {
  findings: Finding[];
  /** Expired suppressions (they no longer suppress) and suppressions that matched nothing. */
  notices: string[];
}

/**
 * Marks findings covered by a live suppression (they stay in the report, with `suppression`).
 * `today` is YYYY-MM-DD; a suppression expiring today still applies, from tomorrow it does not.
 */
export function applySuppressions(findings: Finding[], entries: SuppressionEntry[], today: string): SuppressionOutcome {
  const notices: string[] = [];
  const compiled = entries.map((e) => ({
    e,
    matchResource: picomatch(e.resource.toLowerCase(), { nocase: true, dot: true }),
    expired: e.expires !== undefined && e.expires < today,
    used: false,
  }));
  const out = findings.map((f) => {
    const id = f.resourceId.toLowerCase();
    for (const c of compiled) {
      if (c.e.ruleId !== '*' && c.e.ruleId.toLowerCase() !== f.ruleId.toLowerCase()) continue;
      if (!(c.e.resource.toLowerCase() === id || c.matchResource(id))) continue;
      c.used = true;
      if (c.expired) continue;
      return { ...f, suppression: { justification: c.e.justification, ...(c.e.expires ? { expires: c.e.expires } : {}) } };
    }
    return f;
  });
  for (const c of compiled) {
    if (c.expired && c.used) notices.push(`suppression of ${c.e.ruleId} on ${c.e.resource} expired on ${c.e.expires}: the finding is reported again (${c.e.file ?? 'config'})`);
    else if (c.expired) notices.push(`suppression of ${c.e.ruleId} on ${c.e.resource} expired on ${c.e.expires} (${c.e.file ?? 'config'})`);
    else if (!c.used) notices.push(`suppression of ${c.e.ruleId} on ${c.e.resource} matched no finding (${c.e.file ?? 'config'})`);
  }
  return { findings: out, notices };
}
