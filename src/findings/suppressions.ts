import picomatch from 'picomatch';
import type { SuppressionEntry } from '../config/load.js';
import type { Finding } from './model.js';

export interface SuppressionOutcome {
  findings: Finding[];
  /** Expired suppressions (they no longer suppress) and suppressions that matched nothing. */
  notices: string[];
}

const where = (e: SuppressionEntry) => e.file ?? 'config';

/**
 * Marks findings covered by a live suppression (they stay in the report, with `suppression`).
 * `today` is YYYY-MM-DD; a suppression expiring today still applies, from tomorrow it does not.
 *
 * An expired suppression is reported twice over: as a notice, and on the finding it used to hide,
 * whose message then ends with "suppression expired on …" so that every reporter (console, SARIF,
 * HTML) shows why the finding is back. The fingerprint does not change.
 *
 * `ruleId` is an id, a glob over ids (`ERS-COST-*`) or `*`; `resource` is an ARM id or a glob over
 * ARM ids (`*` within a segment, `**` across segments). Both compare case-insensitively.
 */
export function applySuppressions(findings: Finding[], entries: SuppressionEntry[], today: string): SuppressionOutcome {
  const notices: string[] = [];
  const compiled = entries.map((e) => ({
    e,
    matchRule: picomatch(e.ruleId, { nocase: true }),
    matchResource: picomatch(e.resource.toLowerCase(), { nocase: true, dot: true }),
    expired: e.expires !== undefined && e.expires < today,
    used: 0,
  }));
  const out = findings.map((f) => {
    const id = f.resourceId.toLowerCase();
    let expired: (typeof compiled)[number] | undefined;
    for (const c of compiled) {
      if (c.e.ruleId !== '*' && c.e.ruleId.toLowerCase() !== f.ruleId.toLowerCase() && !c.matchRule(f.ruleId)) continue;
      if (!(c.e.resource.toLowerCase() === id || c.matchResource(id))) continue;
      c.used++;
      if (c.expired) {
        expired ??= c;
        continue;
      }
      return { ...f, suppression: { justification: c.e.justification, ...(c.e.expires ? { expires: c.e.expires } : {}) } };
    }
    return expired ? { ...f, message: `${f.message} (suppression expired on ${expired.e.expires}: "${expired.e.justification}")` } : f;
  });
  for (const c of compiled) {
    if (c.expired && c.used)
      notices.push(`expired suppression: ${c.e.ruleId} on ${c.e.resource} expired on ${c.e.expires}; ${c.used} finding${c.used === 1 ? ' is' : 's are'} reported again (${where(c.e)})`);
    else if (c.expired) notices.push(`expired suppression: ${c.e.ruleId} on ${c.e.resource} expired on ${c.e.expires} and matches nothing: remove it (${where(c.e)})`);
    else if (!c.used) notices.push(`suppression of ${c.e.ruleId} on ${c.e.resource} matched no finding (${where(c.e)})`);
  }
  return { findings: out, notices };
}
