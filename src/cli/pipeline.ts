import { hash } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { checkSuppressionExpiry, emptyConfig, loadConfig, loadSuppressionsFile, type Config } from '../config/load.js';
import { atOrAbove, type Severity } from '../findings/model.js';
import { loadBaseline } from '../findings/baseline.js';
import { FORMATS, type Format, type ReportOptions } from '../reporters/types.js';
import { reportChunksFor, reporterFor, REPORT_FILES } from '../reporters/index.js';
import { SARIF_FAST_GZIP_LEVEL, sarifDraft, type SarifDraft } from '../reporters/sarif.js';
import { jsonReportValue } from '../reporters/json.js';
import { jsonChunks } from '../util/json-chunks.js';
import { ReportThread, type Written } from './report-thread.js';
import { scanSources } from '../scan/run.js';
import type { ScanResult } from '../scan/result.js';
import { loadInputs } from '../sources/index.js';
import type { GraphArgs } from '../sources/graph/cli.js';
import { declaresLeftOut, LEFT_OUT_MARK, type SourceOutput } from '../sources/types.js';
import { InputError, UsageError, displayPath } from '../util/errors.js';
import { EXIT } from './exit.js';
import { oneLine } from '../util/controls.js';
import { reportPath, temporaryFileFor, writeReport } from './output.js';
import { tuneTiering } from '../util/tiering.js';
import { repositoryRootOf } from '../util/paths.js';

/**
 * Options shared by `scan` and `cost` (yargs turns --fail-on into failOn); with `--graph`, the crawler's own
 * options (src/sources/graph/cli.ts: tenants, subscriptions, management groups, credential, cloud, metrics).
 */
export interface ScanArgs extends GraphArgs {
  inputs?: string[];
  graph?: boolean;
  format?: string;
  out?: string;
  failOn?: Severity | 'none';
  failOnNew?: boolean;
  /** Undecided (`unknown`) findings gate like failures (design.md: they do not by default). */
  failOnUnknown?: boolean;
  config?: string;
  rules?: string[];
  suppressions?: string;
  usage?: string;
  baseline?: string;
  requireComplete?: boolean;
  category?: string;
  sort?: 'severity' | 'age';
  recordInventory?: boolean;
  prices?: string;
  color?: boolean;
  /** The Bicep CLI to compile .bicep files with (default: bicep on PATH, then az bicep). */
  bicep?: string;
}

export function parseFormats(value: string | undefined, hasOut: boolean): Format[] {
  if (!value) return hasOut ? ['console', 'json', 'sarif', 'html', 'markdown'] : ['console'];
  const out: Format[] = [];
  for (const part of value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const f = part === 'md' ? 'markdown' : part;
    if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format: expected one or more of ${FORMATS.join(', ')}, found "${part}"`);
    if (!out.includes(f as Format)) out.push(f as Format);
  }
  // `--format ,` names no format: refused, not a run that writes and prints nothing.
  if (out.length === 0) throw new UsageError(`--format needs a value: one or more of ${FORMATS.join(', ')}`);
  if (out.some((f) => f !== 'console') && !hasOut) throw new UsageError(`--format ${value}: file reports need --out DIR`);
  return out;
}

/**
 * A short, stable SARIF category for the scan scope: `erscan/<inputs or graph scope>`. An input in a git
 * repository is named by its path from the repository's root (`erscan/infra`, from whatever folder erscan
 * was started: the category is part of an alert's identity), the root itself by its name; an input in no
 * repository by its path from the working folder, the working folder itself by its name, and an input
 * outside it by its absolute path (`erscan/srv/estate`, never `erscan/../estate`: a `..` category would
 * change with the folder erscan was started from).
 */
export function scanCategoryFor(args: ScanArgs): string {
  if (args.category) return args.category;
  // Sorted (and each named once): the same scope given in another order is the same category, else an
  // upload under the new one would leave the old one's alerts open, and `erscan trend` would split the scope.
  const sorted = (list: string[] | undefined) => [...new Set(list ?? [])].sort();
  const parts = args.graph
    ? ['graph', ...sorted(args.tenant), ...sorted(args.managementGroup), ...sorted(args.subscription)]
    : sorted(
        (args.inputs ?? []).map((i) => {
          const abs = resolve(i);
          const rel = relative(repositoryRootOf(abs) ?? '.', abs);
          if (rel === '') return basename(abs);
          return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? abs.replace(/^[A-Za-z]:/, '').replace(/^[\\/]+/, '') : rel;
        }),
      );
  const slug = parts
    .join('+')
    .replace(/\\/g, '/')
    .replace(/[^A-Za-z0-9._/+-]+/g, '-');
  // A long scope keeps its first 91 characters and a digest of the whole: two scopes that share a long
  // prefix were one category, and the upload of either closed the other's alerts.
  const short = slug.length > 100 ? `${slug.slice(0, 91)}-${hash('sha256', slug, 'hex').slice(0, 8)}` : slug;
  return `erscan/${short || 'scan'}`;
}

export function loadEffectiveConfig(args: ScanArgs): Config {
  const config = args.config ? loadConfig(args.config) : emptyConfig();
  // The file the config already names (`suppressionsFile`) is read once: given again with
  // --suppressions, its entries would be listed and counted twice in the reports.
  const given = args.suppressions;
  if (given && !config.suppressions.some((s) => s.file !== undefined && resolve(s.file) === resolve(given))) config.suppressions.push(...loadSuppressionsFile(given));
  checkSuppressionExpiry(config);
  return config;
}

/**
 * The config against the rule catalogue (unknown selectors, a selection of nothing, a suppression of
 * everything), before a live crawl spends minutes that a typo in the config would waste. File
 * scans check the same in the scan itself.
 */
async function checkConfigAgainstRules(args: ScanArgs, config: Config): Promise<void> {
  const { loadRules } = await import('../rules/loader.js');
  const { selectRules } = await import('../rules/select.js');
  const { refuseBlanketSuppressions, refuseSuppressionsOfNoRule } = await import('../findings/suppressions.js');
  const all = loadRules([...config.ruleDirs, ...(args.rules ?? [])]);
  refuseSuppressionsOfNoRule(config.suppressions, all);
  refuseBlanketSuppressions(config.suppressions, selectRules(all, config.rules).map((r) => r.id));
}

export interface PipelineOutcome {
  result: ScanResult;
  /** Files that could not be read (each also a coverage gap). */
  inputErrors: InputError[];
  config: Config;
}

async function gatherSources(args: ScanArgs): Promise<{ source: SourceOutput; errors: InputError[] }> {
  if (args.graph) {
    if (args.inputs && args.inputs.length > 0) throw new UsageError('--graph crawls live Azure: give either input files or --graph, not both');
    const { crawlForCli } = await import('../sources/graph/cli.js');
    return { source: await crawlForCli(args), errors: [] };
  }
  if (!args.inputs || args.inputs.length === 0) throw new UsageError('name at least one input file or folder, or use --graph');
  const loaded = loadInputs(args.inputs, { bicep: args.bicep });
  return { source: loaded.output, errors: loaded.errors };
}

/** sources → inventory → rules → findings (→ costs), as `scan` and `cost` both need. */
export async function runPipeline(args: ScanArgs, now = new Date(), hooks: { sourcesRead?: (source: SourceOutput) => void } = {}): Promise<PipelineOutcome> {
  // A scan is one batch of per-resource work: V8's tiering set for that (src/util/tiering.ts).
  tuneTiering();
  if (args.failOnNew && !args.baseline) throw new UsageError('--fail-on-new needs --baseline');
  const config = loadEffectiveConfig(args);
  const baseline = args.baseline ? { file: args.baseline, findings: loadBaseline(args.baseline) } : undefined;
  if (args.graph) await checkConfigAgainstRules(args, config);
  const { source, errors } = await gatherSources(args);
  hooks.sourcesRead?.(source);
  // Pricing: catalogue (--prices or bundled), usage (--usage or the config's), measured egress (--metrics).
  const { costEstimatorFor } = await import('../pricing/setup.js');
  const estimateCosts = costEstimatorFor(args, config.usage, source);
  const result = scanSources(source, {
    config,
    ruleDirs: args.rules,
    baseline,
    now,
    inputs: args.graph ? [scanCategoryFor(args).replace(/^erscan\//, '')] : (args.inputs ?? []),
    scanCategory: scanCategoryFor(args),
    estimateCosts,
  });
  if (result.cost?.notices?.length) result.notices.push(...result.cost.notices);
  return { result, inputErrors: errors, config };
}

/** Report options from the command line (--sort, --record-inventory). */
export function reportOptionsFor(args: ScanArgs): ReportOptions {
  return { ...(args.sort ? { sortBy: args.sort } : {}), ...(args.recordInventory ? { recordInventory: true } : {}) };
}

/** Reports with at least this many findings and costs are written by a thread of their own. */
const THREAD_FROM = 2_000;

/** The report thread started ahead of the reports (`standbyReportThreads`), taken by `emitReports`. */
const standby: ReportThread[] = [];

/**
 * Starts the report thread of a scan that will likely write large JSON or SARIF reports, while it
 * still reads and evaluates its inputs: a thread takes ~0.1 s of CPU to start (Node's bootstrap,
 * zlib), which then overlaps the scan instead of delaying the first pieces of a report (the main
 * thread waits once the first few megabytes are in flight). `emitReports` takes it; if it does not,
 * it is stopped there. A guess: the reports are the same with or without it.
 */
export function standbyReportThreads(formats: Format[], out: string | undefined, resources: number): void {
  if (out === undefined || resources < THREAD_FROM) return;
  const wanted = formats.some((f) => f === 'json' || f === 'sarif') ? 1 : 0;
  while (standby.length < wanted) {
    const t = startReportThread();
    if (!t) return;
    t.hold(false);
    standby.push(t);
  }
}

/** Writes the chosen reports; the console report goes to stdout. */
export async function emitReports(result: ScanResult, formats: Format[], out: string | undefined, color: boolean, options: ReportOptions = {}): Promise<string[]> {
  const couldNotWrite = (format: Exclude<Format, 'console'>, e: unknown) => {
    // The folder was checked before the scan; what fails now (a full disk, a folder that
    // vanished) is said in one line, never as an internal error.
    const code = (e as NodeJS.ErrnoException)?.code;
    return new UsageError(`could not write ${displayPath(join(out!, REPORT_FILES[format]))}: ${code ?? (e as Error)?.message ?? String(e)}`);
  };
  const opts = { ...options, color };
  // A large JSON or SARIF report is serialised here and written by a thread (src/cli/report-thread.ts),
  // which also measures SARIF's gzipped size for GitHub's limit; small ones are written here.
  const large = out !== undefined && result.findings.length + (result.cost?.costs.length ?? 0) >= THREAD_FROM && formats.some((f) => f === 'json' || f === 'sarif');
  // One thread writes both: its work (indenting, UTF-8, writing; SARIF's gzip runs on libuv's pool)
  // keeps up with the main thread's serialising, and a second thread would cost its start-up.
  const threads = new Map<Format, ReportThread>();
  if (large) {
    const t = standby.pop() ?? startReportThread();
    if (t) {
      t.hold(true);
      for (const f of formats) if (f === 'json' || f === 'sarif') threads.set(f, t);
    }
  }
  // Threads started for reports that turned out small (or not asked for) are not needed.
  for (const t of standby.splice(0)) await t.close();
  const thread = threads.size > 0 ? threads : undefined;
  // No full collection here: the inventory builder collects the parsed inputs once they are normalised
  // (src/inventory/build.ts); another before the reports cost ~0.1 s of main thread at 10,000 circuits
  // for ~9 MB of peak memory.
  const onThread: { format: 'json' | 'sarif'; target: string; tmp: string; done: Promise<Written>; sarif?: SarifDraft }[] = [];
  // On the thread, SARIF goes first: its thread work (indenting, writing, gzip on libuv's pool) is the largest,
  // and runs while the reports after it are serialised here. Files are listed in the order asked.
  const order = thread ? [...formats].sort((a, b) => Number(b === 'sarif') - Number(a === 'sarif')) : formats;
  const slot = new Map(formats.map((f, i) => [f, i]));
  const paths: (string | undefined)[] = [];
  const wrote = (format: Format, path: string) => (paths[slot.get(format)!] = path);
  try {
    for (const format of order) {
      if (format === 'console') process.stdout.write(reporterFor(format)(result, opts));
      else if ((format === 'json' || format === 'sarif') && thread?.has(format)) {
        let file: { target: string; tmp: string } | undefined;
        try {
          file = temporaryFileFor(reportPath(out!, REPORT_FILES[format]));
          const sarif = format === 'sarif' ? sarifDraft(result, opts) : undefined;
          // SARIF is serialised compactly here and indented by the thread as it writes (src/cli/report-thread.ts),
          // which also gzips the compact bytes; the JSON report is serialised with its indentation here
          // (V8's gap costs the main thread less than indenting costs the thread, which is the slower of the two
          // while they write: at 10,000 circuits the main thread waited ~0.06 s less for it).
          const chunks = jsonChunks(sarif ? sarif.log : jsonReportValue(result, opts), undefined, sarif !== undefined);
          // The thread moves the file to its place, unless SARIF turns out too large for GitHub (below).
          const w = thread.get(format)!.write(file.tmp, chunks, {
            indented: sarif === undefined,
            gzipCompact: sarif?.needsCheck,
            renameTo: file.target,
            ...(sarif?.needsCheck ? { maxGzipBytes: sarif.maxGzipBytes, gzipLevel: SARIF_FAST_GZIP_LEVEL } : {}),
          });
          onThread.push({ format, ...file, done: w.done, sarif });
          wrote(format, file.target);
        } catch (e) {
          if (file) rmSync(file.tmp, { force: true });
          if ((e as NodeJS.ErrnoException)?.code) throw couldNotWrite(format, e);
          // The thread failed (or the report could not be serialised): written here, as without a thread.
          try {
            wrote(format, writeReport(out!, REPORT_FILES[format], reportChunksFor(format)(result, opts)));
          } catch (e2) {
            throw couldNotWrite(format, e2);
          }
        }
      } else {
        try {
          // File reports are written as they are serialised (JSON and SARIF never become one giant string).
          wrote(format, writeReport(out!, REPORT_FILES[format], reportChunksFor(format)(result, opts)));
        } catch (e) {
          throw couldNotWrite(format, e);
        }
      }
    }
    while (onThread.length > 0) {
      const w = onThread[0];
      try {
        let gzipBytes: number | undefined;
        let renamed = false;
        try {
          ({ gzipBytes, renamed } = await w.done);
        } catch (e) {
          if ((e as NodeJS.ErrnoException)?.code) throw e;
          // The thread itself failed (not the file): write the report here instead.
          w.sarif = undefined;
          rmSync(w.tmp, { force: true });
          writeReport(out!, REPORT_FILES[w.format], reportChunksFor(w.format)(result, opts));
          onThread.shift();
          continue;
        }
        if (w.sarif?.needsCheck && (gzipBytes === undefined || gzipBytes > w.sarif.maxGzipBytes)) {
          // Past GitHub's gzip limit at the fast level: the default level decides which results stay
          // (src/reporters/sarif.ts, gzipFits; rare on real estates).
          rmSync(w.tmp, { force: true });
          writeReport(out!, REPORT_FILES.sarif, reportChunksFor('sarif')(result, opts));
        } else if (!renamed) renameSync(w.tmp, w.target);
        onThread.shift();
      } catch (e) {
        throw couldNotWrite(w.format, e);
      }
    }
  } finally {
    for (const w of onThread) {
      await w.done.catch(() => undefined);
      rmSync(w.tmp, { force: true });
    }
    for (const t of new Set(threads.values())) await t.close();
  }
  return paths.filter((p): p is string => p !== undefined);
}

/** The report thread, or undefined when threads are not available (the reports are then written here). */
function startReportThread(): ReportThread | undefined {
  try {
    return new ReportThread();
  } catch {
    return undefined;
  }
}

/** The exit code for a finished scan (design.md): 2 bad input, 3 incomplete, 1 findings, 0. */
export function exitCodeFor(outcome: PipelineOutcome, args: ScanArgs): number {
  if (outcome.inputErrors.length > 0) return EXIT.BAD_INPUT;
  // Reading nothing is never a pass: inputs that hold no ExpressRoute resource checked nothing.
  if (nothingChecked(outcome)) return EXIT.BAD_INPUT;
  if (args.requireComplete && !outcome.result.coverage.complete) return EXIT.INCOMPLETE;
  const threshold = args.failOn ?? outcome.config.failOn ?? 'high';
  // Unknown verdicts (a template value decides them and is not known) gate only when asked to.
  const unknownGates = args.failOnUnknown ?? outcome.config.failOnUnknown ?? false;
  const gating = outcome.result.findings.filter((f) => !f.suppression && (f.status !== 'unknown' || unknownGates) && (!args.failOnNew || f.baselineState === 'new'));
  return gating.some((f) => atOrAbove(f.severity, threshold)) ? EXIT.FINDINGS : EXIT.OK;
}

/**
 * Coverage gaps that are not bad input files (a tenant that refused sign-in, a page or subscription that
 * could not be read), one line each on stderr as `collect` prints them, and what `--require-complete`
 * makes of them: a CI log says why a run exited 3 even when no console report was asked for.
 */
export function reportCoverage(outcome: PipelineOutcome, args: ScanArgs): void {
  const coverage = outcome.result.coverage;
  if (coverage.complete) return;
  const files = new Set(outcome.inputErrors.map((e) => e.file.replace(/:\d+:\d+$/, '')));
  for (const g of coverage.gaps) if (!files.has(g.scope)) process.stderr.write(oneLine(`erscan: coverage gap: ${g.scope}: ${g.reason}`) + '\n');
  if (args.requireComplete && outcome.inputErrors.length === 0)
    process.stderr.write(`erscan: coverage is incomplete (${coverage.gaps.length} gap${coverage.gaps.length === 1 ? '' : 's'}), and --require-complete was given: exit 3\n`);
}

/** The scan's inputs held no ExpressRoute resource: no rule checked anything. */
export function nothingChecked(outcome: PipelineOutcome): boolean {
  return outcome.result.inventory.byKey.size === 0;
}

/** One line on stderr when the inputs held nothing to check (exit 2, reports still written: see exitCodeFor). */
export function reportNothingChecked(outcome: PipelineOutcome): void {
  if (outcome.inputErrors.length === 0 && nothingChecked(outcome))
    process.stderr.write(
      `erscan: error: the inputs hold no ExpressRoute resources: nothing was checked (expected at least one circuit, ExpressRoute Direct port, ExpressRoute gateway or connection)${declaresLeftOut(outcome.result.notices) ? `; the templates declare some that are ${LEFT_OUT_MARK} (their conditions are false): see the notes in the report` : ''}\n`,
    );
}

export function reportInputErrors(errors: InputError[]): void {
  for (const e of errors) process.stderr.write(oneLine(`erscan: error: ${e.message}`) + '\n');
  const files = new Set(errors.map((e) => e.file.replace(/:\d+:\d+$/, ''))).size;
  if (errors.length > 0) process.stderr.write(`erscan: ${files} input(s) could not be read in full; they are listed as coverage gaps and the rest was scanned\n`);
}
