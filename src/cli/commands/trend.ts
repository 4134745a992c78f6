import { join } from 'node:path';
import { loadRuns, type Run } from '../../history/reports.js';
import { computeTrend, groupByScope, orderRuns, type Trend } from '../../history/trend.js';
import { renderTrendConsole, renderTrendJson, renderTrendMarkdown } from '../../history/trend-render.js';
import { InputError, UsageError, displayPath } from '../../util/errors.js';
import { TOOL_VERSION } from '../../version.js';
import { EXIT } from '../exit.js';
import { checkOutFolder } from '../outdir.js';
import { writeReport } from '../output.js';

export interface TrendArgs {
  reports?: string[];
  out?: string;
  format?: string;
  scope?: string;
  eachScope?: boolean;
  /** As typed (read as a whole number below: yargs would read `abc` as NaN and `0x10` as 16). */
  top?: string;
}

const TREND_FORMATS = ['console', 'json', 'html', 'markdown'] as const;
type TrendFormat = (typeof TREND_FORMATS)[number];
const FILES: Record<Exclude<TrendFormat, 'console'>, string> = { json: 'trend.json', html: 'trend.html', markdown: 'trend.md' };

function parseTrendFormats(value: string | undefined): TrendFormat[] {
  if (!value) return ['console', 'json', 'html'];
  const out: TrendFormat[] = [];
  for (const part of value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const f = part === 'md' ? 'markdown' : part;
    if (!(TREND_FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format: expected one or more of ${TREND_FORMATS.join(', ')}, found "${part}"`);
    if (!out.includes(f as TrendFormat)) out.push(f as TrendFormat);
  }
  // `--format ,` names no format: refused, not a run that writes and prints nothing.
  if (out.length === 0) throw new UsageError(`--format needs a value: one or more of ${TREND_FORMATS.join(', ')}`);
  return out;
}

/** A folder name for a scope: `erscan/examples-estate` → `erscan-examples-estate`. */
export function scopeSlug(scope: string): string {
  return (
    scope
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[-.]+|-+$/g, '')
      .slice(0, 80) || 'scope'
  );
}

const quote = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 79)}…` : s);
const reports = (n: number) => `${n} report${n === 1 ? '' : 's'}`;

/** The groups of runs to make trends of: one scope, or each apart; never a mix. */
function pickScopes(runs: Run[], args: TrendArgs): [string, Run[]][] {
  const groups = groupByScope(runs);
  if (args.scope !== undefined) {
    const g = groups.get(args.scope);
    if (!g) throw new UsageError(`--scope ${quote(args.scope)}: no report has this scope; the reports' scopes are ${[...groups].map(([k, v]) => `${quote(k)} (${reports(v.length)})`).join(', ')}`);
    return [[args.scope, g]];
  }
  if (groups.size > 1 && !args.eachScope) {
    const [[firstScope, firstRuns], [otherScope, otherRuns]] = [...groups];
    // One line: the first report of the second scope, and what the others were.
    throw new InputError(
      otherRuns[0].file,
      '$.scanCategory',
      `the scope of the other reports, ${quote(firstScope)} (${reports(firstRuns.length)}, e.g. ${firstRuns[0].file})`,
      `${quote(otherScope)} (${reports(otherRuns.length)})${groups.size > 2 ? ` and ${groups.size - 2} more scope(s)` : ''}: a trend never mixes scopes; choose one with --scope, or write one trend per scope with --each-scope`,
    );
  }
  return [...groups];
}

/**
 * `erscan trend REPORT.json… [--out DIR]`: the trend of earlier JSON reports (in any order, or
 * folders of them): trend.html and trend.json (schemas/trend.schema.json), and a short summary.
 */
export async function trendCommand(args: TrendArgs, now = new Date()): Promise<number> {
  const formats = parseTrendFormats(args.format);
  const top = args.top === undefined ? undefined : /^\s*\d+\s*$/.test(String(args.top)) ? Number(args.top) : NaN;
  if (top !== undefined && (!Number.isSafeInteger(top) || top < 1)) throw new UsageError(`--top: expected a whole number of at least 1, found ${JSON.stringify(String(args.top))}`);
  const loaded = loadRuns(args.reports ?? []);
  const picked = pickScopes(loaded.runs, args);
  const trends: { scope: string; trend: Trend }[] = [];
  for (const [scope, group] of picked) {
    const ordered = orderRuns(group);
    if (ordered.clashes.length > 0) {
      const [a, b] = ordered.clashes[0];
      throw new InputError(b.file, '$.generatedAt', `a time no other report of the scope has`, `${b.generatedAt}, the time of ${a.file} too, with other findings (two different scans cannot have run at the same moment)`);
    }
    const notes = [...loaded.notes];
    for (const [a, b] of ordered.duplicates) notes.push(`${b.file} is a copy of ${a.file} (same time, same findings): counted once`);
    trends.push({ scope, trend: computeTrend(ordered.runs, loaded.details.get(scope) ?? new Map(), { now: now.toISOString(), toolVersion: TOOL_VERSION, top, notes }) });
  }
  const out = args.out ?? '.';
  // --out is checked (and made) only once the reports are known to be good, before anything is written
  if (formats.some((f) => f !== 'console')) checkOutFolder(out);
  const written: string[] = [];
  const slugs = new Set<string>();
  for (const { scope, trend } of trends) {
    // two scopes that differ only in punctuation still get folders of their own
    let slug = scopeSlug(scope);
    for (let n = 2; slugs.has(slug); n++) slug = `${scopeSlug(scope)}-${n}`;
    slugs.add(slug);
    const dir = args.eachScope ? join(out, slug) : out;
    if (formats.includes('console')) process.stdout.write(renderTrendConsole(trend));
    if (formats.includes('json')) written.push(writeReport(dir, FILES.json, renderTrendJson(trend)));
    if (formats.includes('markdown')) written.push(writeReport(dir, FILES.markdown, renderTrendMarkdown(trend)));
    if (formats.includes('html')) {
      // Handlebars and the template are loaded only when HTML is asked for.
      const { renderTrendHtml } = await import('../../history/trend-html.js');
      written.push(writeReport(dir, FILES.html, renderTrendHtml(trend)));
    }
  }
  if (written.length > 0) process.stderr.write(`erscan: wrote ${written.map((f) => displayPath(f)).join(', ')}\n`);
  return EXIT.OK;
}
