/**
 * Reading earlier JSON reports for `erscan trend`: files or folders, in any order. Each report is
 * checked for what a trend needs (an erscan report of schemaVersion 1 with its time, findings and
 * fingerprints) and boiled down at once to a small record (the findings' fingerprints and severities,
 * counts and costs), so a hundred reports of a large estate never sit in memory together. Details
 * of a finding (rule, resource, message) are kept once per fingerprint, from the newest report.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isIsoDateTime } from '../findings/baseline.js';
import { SEVERITIES, type Severity } from '../findings/model.js';
import { readNothing, type InventoryCounts } from '../inventory/model.js';
import { InputError, UsageError, describeValue } from '../util/errors.js';
import { MAX_INPUT_BYTES, parseJson, readText } from '../util/json.js';
import { walkFiles } from '../util/walk.js';
import { isObj } from '../util/objects.js';

/** One finding of one run: only what the trend counts. */
export interface RunFinding {
  fingerprint: string;
  severity: Severity;
  suppressed: boolean;
  undecided: boolean;
  /** The report's own firstSeen (a scan with --baseline), when valid. */
  firstSeen?: string;
}

/** What is shown about a finding (from the newest report that has it). */
export interface FindingDetail {
  ruleId: string;
  ruleName: string;
  category: string;
  severity: Severity;
  resourceId: string;
  resourceName: string;
  message: string;
  /** generatedAt of the report these details come from. */
  from: string;
}

/** A report's inventory counts (its `inventory`), as the scan counted them. */
export type { InventoryCounts } from '../inventory/model.js';

/** One report, boiled down. */
export interface Run {
  /** The report file as the user named it (or as found in a folder). */
  file: string;
  generatedAt: string;
  toolVersion: string;
  /** The scope key: the report's scanCategory, else its inputs. */
  scope: string;
  scanCategory?: string;
  inputs: string[];
  coverageComplete: boolean;
  inventory?: InventoryCounts;
  findings: RunFinding[];
  /** Fingerprints of the baseline findings the report's scan could not look at again (neither fixed nor open). */
  notEvaluated?: string[];
  monthlyUsd: number | null;
  potentialSavingsUsd: number | null;
  currency?: string;
  priceDate?: string;
}

export interface LoadedRuns {
  runs: Run[];
  /** Scope → fingerprint → details (from the newest report of that scope that has the finding). */
  details: Map<string, Map<string, FindingDetail>>;
  /** Files skipped in folders (not erscan reports), duplicates dropped, and similar. */
  notes: string[];
}

type Obj = Record<string, unknown>;
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * Parses one report. The fast path is `JSON.parse` on the bytes (a report is erscan's own output:
 * a hundred of them are read for one trend); anything unusual (too large, not UTF-8, a BOM, not valid
 * JSON) goes through the strict reader, whose errors name the file, line and column.
 */
export function readReportJson(file: string): unknown {
  let buf: Buffer | undefined;
  try {
    if (statSync(file).size <= MAX_INPUT_BYTES) buf = readFileSync(file);
  } catch {
    // readText below names the problem
  }
  if (buf && buf.length > 0 && buf[0] !== 0xef && isUtf8(buf)) {
    try {
      return JSON.parse(buf.toString('utf8'));
    } catch {
      // fall through: the strict reader says where the JSON breaks
    }
  }
  return parseJson(file, readText(file)).value;
}

/** What a file found in a folder is, before it is read as a report. */
function kindOf(doc: unknown): 'report' | 'other' {
  if (!isObj(doc)) return 'other';
  if ('schemaVersion' in doc && (isObj(doc.tool) ? doc.tool.name === 'erscan' : 'findings' in doc)) return 'report';
  return 'other';
}

function describeOther(doc: unknown): string {
  if (!isObj(doc)) return describeValue(doc);
  if ('erscanSnapshot' in doc) return 'an erscan inventory snapshot';
  if ('trendVersion' in doc) return 'an erscan trend';
  if ('diffVersion' in doc) return 'an erscan diff';
  if (typeof doc.$schema === 'string' && /sarif/i.test(doc.$schema)) return 'a SARIF file';
  return 'a JSON document that is not an erscan report';
}

/** The .json files under a folder, symbolic links followed once each (a broken one is an error, as for scan inputs). */
function listJson(dir: string): string[] {
  const errors: InputError[] = [];
  const files = walkFiles(dir, { accept: (name) => /\.json$/i.test(name), skipDir: (name) => name.startsWith('.') || name === 'node_modules', errors });
  if (errors.length > 0) throw errors[0];
  return files;
}

/** The cost figures of a report: the totals, else the sum of what it lists (null when it priced nothing). */
function costsOf(doc: Obj): Pick<Run, 'monthlyUsd' | 'potentialSavingsUsd' | 'currency' | 'priceDate'> {
  const totals = isObj(doc.costTotals) ? doc.costTotals : undefined;
  let monthly = num(totals?.monthlyUsd) ?? null;
  let savings = num(totals?.potentialSavingsUsd) ?? null;
  const costs = Array.isArray(doc.costs) ? doc.costs.filter(isObj) : [];
  const other = Array.isArray(doc.otherCosts) ? doc.otherCosts.filter(isObj) : [];
  if (monthly === null && costs.length + other.length > 0) {
    let sum = 0;
    let any = false;
    for (const c of costs) {
      const v = num(isObj(c.monthlyUsd) ? c.monthlyUsd.current : undefined);
      if (v !== undefined) (sum += v), (any = true);
    }
    for (const o of other) {
      const v = num(o.monthlyUsd);
      if (v !== undefined) (sum += v), (any = true);
    }
    monthly = any ? sum : null;
  }
  if (savings === null && costs.length > 0) {
    savings = 0;
    for (const c of costs) savings += num(isObj(c.recommendation) ? c.recommendation.monthlySavingsUsd : undefined) ?? 0;
  }
  const cat = isObj(doc.priceCatalogue) ? doc.priceCatalogue : undefined;
  return {
    monthlyUsd: monthly,
    potentialSavingsUsd: savings,
    ...(typeof cat?.currency === 'string' ? { currency: cat.currency } : {}),
    ...(typeof cat?.effectiveDate === 'string' ? { priceDate: cat.effectiveDate } : {}),
  };
}

const str = (o: Obj, k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);

/** Boils one parsed report down to a run, recording finding details in `details` (by scope). Throws InputError on a bad report. */
export function runOf(file: string, doc: unknown, detailsByScope: Map<string, Map<string, FindingDetail>>): Run {
  if (!isObj(doc)) throw new InputError(file, '$', 'an erscan JSON report', describeValue(doc));
  if (!('schemaVersion' in doc)) throw new InputError(file, '$.schemaVersion', 'an erscan JSON report (report.json of erscan scan)', describeOther(doc));
  if (doc.schemaVersion !== 1) throw new InputError(file, '$.schemaVersion', 'an erscan JSON report of schemaVersion 1 (this erscan reads no other)', describeValue(doc.schemaVersion));
  if (!isIsoDateTime(doc.generatedAt)) throw new InputError(file, '$.generatedAt', 'the time of the report (an ISO-8601 date-time)', describeValue(doc.generatedAt));
  const generatedAt = doc.generatedAt;
  if (!Array.isArray(doc.findings)) throw new InputError(file, '$.findings', 'an array of findings', describeValue(doc.findings));
  const coverage = isObj(doc.coverage) ? doc.coverage : undefined;
  if (typeof coverage?.complete !== 'boolean') throw new InputError(file, '$.coverage.complete', 'true or false', describeValue(coverage?.complete));
  const currency = isObj(doc.priceCatalogue) ? doc.priceCatalogue.currency : undefined;
  if (currency !== undefined && !(typeof currency === 'string' && /^[A-Z]{3}$/.test(currency)))
    throw new InputError(file, '$.priceCatalogue.currency', 'the currency code of its figures (three capital letters, such as USD or EUR)', describeValue(currency));
  const inputs = Array.isArray(doc.inputs) ? doc.inputs.filter((x): x is string => typeof x === 'string') : [];
  // absent (an older report) falls back to the inputs; present but not text is a broken report
  if (doc.scanCategory !== undefined && typeof doc.scanCategory !== 'string') throw new InputError(file, '$.scanCategory', 'the scope of the scan (text)', describeValue(doc.scanCategory));
  const scanCategory = typeof doc.scanCategory === 'string' && doc.scanCategory !== '' ? doc.scanCategory : undefined;
  const scope = scanCategory ?? (inputs.length ? `inputs ${inputs.join(', ')}` : '(no scope recorded)');
  let details = detailsByScope.get(scope);
  if (!details) detailsByScope.set(scope, (details = new Map()));
  const findings: RunFinding[] = new Array(doc.findings.length);
  const list = doc.findings;
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    if (!isObj(f)) throw new InputError(file, `$.findings[${i}]`, 'a finding object', describeValue(f));
    const fingerprint = f.fingerprint;
    if (typeof fingerprint !== 'string' || fingerprint === '') throw new InputError(file, `$.findings[${i}].fingerprint`, 'a fingerprint string', describeValue(fingerprint));
    const severity = f.severity as Severity;
    if (!SEVERITIES.includes(severity)) throw new InputError(file, `$.findings[${i}].severity`, `one of ${SEVERITIES.join(', ')}`, describeValue(severity));
    const ruleId = str(f, 'ruleId');
    const resourceId = str(f, 'resourceId');
    if (!ruleId) throw new InputError(file, `$.findings[${i}].ruleId`, 'a ruleId string', describeValue(f.ruleId));
    if (!resourceId) throw new InputError(file, `$.findings[${i}].resourceId`, 'a resourceId string', describeValue(f.resourceId));
    if (f.firstSeen !== undefined && !isIsoDateTime(f.firstSeen)) throw new InputError(file, `$.findings[${i}].firstSeen`, 'a date-time such as 2026-10-05T06:00:00Z', describeValue(f.firstSeen));
    const firstSeen = f.firstSeen as string | undefined;
    findings[i] = { fingerprint, severity, suppressed: isObj(f.suppression), undecided: f.status === 'unknown', ...(firstSeen ? { firstSeen } : {}) };
    const known = details.get(fingerprint);
    if (!known || known.from < generatedAt) {
      details.set(fingerprint, {
        ruleId,
        ruleName: str(f, 'ruleName') ?? '',
        category: str(f, 'category') ?? '',
        severity,
        resourceId,
        resourceName: str(f, 'resourceName') ?? resourceId,
        message: str(f, 'message') ?? '',
        from: generatedAt,
      });
    }
  }
  if (doc.notEvaluated !== undefined && !Array.isArray(doc.notEvaluated)) throw new InputError(file, '$.notEvaluated', 'an array of findings', describeValue(doc.notEvaluated));
  const notEvaluated = (doc.notEvaluated ?? []).map((f, i) => {
    const fingerprint = isObj(f) ? f.fingerprint : undefined;
    if (typeof fingerprint !== 'string' || fingerprint === '') throw new InputError(file, `$.notEvaluated[${i}].fingerprint`, 'a fingerprint string', describeValue(fingerprint));
    return fingerprint;
  });
  const inv = isObj(doc.inventory) ? doc.inventory : undefined;
  const counts = inv && ['circuits', 'peerings', 'ports', 'gateways', 'connections', 'subscriptions', 'tenants'].every((k) => num(inv[k]) !== undefined) ? (inv as unknown as InventoryCounts) : undefined;
  return {
    file,
    generatedAt,
    toolVersion: isObj(doc.tool) && typeof doc.tool.version === 'string' ? doc.tool.version : 'unknown',
    scope,
    ...(scanCategory ? { scanCategory } : {}),
    inputs,
    coverageComplete: coverage.complete,
    ...(counts
      ? {
          inventory: {
            circuits: counts.circuits,
            peerings: counts.peerings,
            ports: counts.ports,
            gateways: counts.gateways,
            connections: counts.connections,
            subscriptions: counts.subscriptions,
            tenants: counts.tenants,
          },
        }
      : {}),
    findings,
    ...(notEvaluated.length ? { notEvaluated } : {}),
    // A run that read nothing (every input or scope a gap) priced nothing: its cost is not known, never $0.
    ...(counts && readNothing({ coverage: { complete: coverage.complete }, counts }) ? { ...costsOf(doc), monthlyUsd: null, potentialSavingsUsd: null } : costsOf(doc)),
  };
}

/**
 * Reads reports from files and folders. A named file must be an erscan JSON report; in a folder,
 * JSON files that are not erscan reports (snapshots, trends, SARIF renamed to .json) are skipped with
 * a note, but a broken one (truncated, another schema version) is an error like a named file.
 */
export function loadRuns(paths: string[]): LoadedRuns {
  if (paths.length === 0) throw new UsageError('name at least one JSON report (report.json of erscan scan) or a folder of them');
  const details = new Map<string, Map<string, FindingDetail>>();
  const runs: Run[] = [];
  const notes: string[] = [];
  const seenFiles = new Set<string>();
  const skipped: string[] = [];
  const read = (file: string, inFolder: boolean) => {
    const abs = resolve(file);
    if (seenFiles.has(abs)) return;
    seenFiles.add(abs);
    const doc = readReportJson(file);
    if (inFolder && kindOf(doc) === 'other') {
      skipped.push(file);
      return;
    }
    runs.push(runOf(file, doc, details));
  };
  const seenPaths = new Set<string>();
  for (const p of paths) {
    // The same folder or file named twice is read once (its reports were already taken).
    if (seenPaths.has(resolve(p))) continue;
    seenPaths.add(resolve(p));
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // a missing path is reported by readText, with the file name
    }
    if (isDir) {
      const files = listJson(p);
      const before = runs.length;
      for (const f of files) read(f, true);
      if (runs.length === before) throw new InputError(p, '', 'a folder holding erscan JSON reports', files.length ? `${files.length} JSON file(s), none of them an erscan report` : 'no .json files');
    } else {
      read(p, false);
    }
  }
  if (skipped.length) notes.push(`skipped ${skipped.length} JSON file(s) that are not erscan reports: ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}`);
  return { runs, details, notes };
}
