import { hash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Location, Log, Notification, ReportingDescriptor, Result, Run, Suppression } from 'sarif';
import { severityRank, type Finding, type Severity } from '../findings/model.js';
import type { RuleDefinition } from '../rules/model.js';
import type { ScanResult } from '../scan/result.js';
import { PACKAGE_ROOT, repositoryRootOf } from '../util/paths.js';
import { jsonChunks, MappedList } from '../util/json-chunks.js';
import type { ChunkedReporter, ReportOptions, Reporter } from './types.js';

/**
 * SARIF 2.1.0 for GitHub code scanning and Azure DevOps (research: sarif.md). Hand-written against
 * @types/sarif so every field the consumers need is under our control:
 * - every result has exactly one physical location (GitHub rejects the whole upload otherwise):
 *   the template line for template sources, a pseudo-path built from the ARM id for live resources;
 * - the ARM id is also a logical location, a result property and part of the message text;
 * - `primaryLocationLineHash` for live resources (nothing else can compute one for a pseudo-file) and
 *   for template findings of one rule on one line (upload-sarif's would be the same for each), plus
 *   erscan's own stable fingerprint on every result;
 * - `automationDetails.id` is the scan category so scans of different scopes keep their own alerts.
 */

/** The project page (also the `$id` base of erscan's schemas). */
export const PROJECT_URL = 'https://github.com/erscan/erscan';

/** GitHub's limits (sarif.md §1): above these the upload is rejected or silently cut. */
export const SARIF_LIMITS = {
  resultsPerRun: 25_000,
  tagsPerRule: 20,
  descriptionChars: 1024,
  gzipBytes: 10 * 1024 * 1024,
} as const;

/** Severity → SARIF level (critical/high are errors, medium a warning, the rest notes). */
export const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/**
 * Severity → GitHub `security-severity` (a string score; ≥9.0 critical, 7.0–8.9 high, 4.0–6.9
 * medium, 0.1–3.9 low). Mid-band values, so a rounding consumer never lands in the wrong band.
 */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

/** The uriBaseId of template files: the repository root (or the working directory). */
export const SRCROOT = 'SRCROOT';

/** `gateway-zone-redundant-sku` → `GatewayZoneRedundantSku` (Azure DevOps wants a PascalCase name). */
export function pascalName(kebab: string): string {
  return kebab
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

function clip(text: string, max: number): string {
  const t = text.trim();
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + '…';
}

/** The first prose paragraph of a rule doc's "Why" section (else of the doc), as plain text. */
export function docSummary(doc: string): string | undefined {
  const why = /^##\s+Why\s*\n([\s\S]*?)(?=^##\s|$(?![\s\S]))/m.exec(doc);
  const body = why ? why[1] : doc.replace(/^#.*$/gm, '');
  const para = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !p.startsWith('#') && !p.startsWith('```'));
  if (!para) return undefined;
  return para
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
}

/** Where a rule's documentation lives: the catalogue page for built-in rules, else its first link. */
export function ruleHelpUri(rule: RuleDefinition): string | undefined {
  const rel = relative(PACKAGE_ROOT, rule.file);
  if (rule.file && !rel.startsWith('..') && !isAbsolute(rel) && rel.startsWith(`rules${sep}`)) {
    return `${PROJECT_URL}/blob/main/${rel.split(sep).join('/').replace(/\.(ya?ml|json)$/i, '.md')}`;
  }
  return rule.links.find((l) => /^https:\/\//.test(l));
}

/** Precision: declarative checks of one resource are exact; estate-level topology checks infer more. */
function precisionOf(rule: RuleDefinition): 'very-high' | 'high' {
  return rule.function ? 'high' : 'very-high';
}

function tagsOf(rule: RuleDefinition): string[] {
  const tags = ['expressroute', `category/${rule.category}`, `pillar/${rule.pillar}`];
  if (rule.pillar === 'security' || rule.category === 'encryption') tags.unshift('security');
  for (const t of rule.tags) if (!tags.includes(t)) tags.push(t);
  return tags.slice(0, SARIF_LIMITS.tagsPerRule);
}

export function ruleDescriptor(rule: RuleDefinition): ReportingDescriptor {
  const helpUri = ruleHelpUri(rule);
  const links = rule.links.map((l) => `- ${l}`).join('\n');
  const full = docSummary(rule.doc) ?? rule.title;
  return {
    id: rule.id,
    name: pascalName(rule.name),
    shortDescription: { text: clip(rule.title, SARIF_LIMITS.descriptionChars) },
    fullDescription: { text: clip(full, SARIF_LIMITS.descriptionChars) },
    ...(helpUri ? { helpUri } : {}),
    help: {
      text: `${rule.remediation}\n\nReferences:\n${links}`,
      markdown: rule.doc.trim() ? rule.doc.trim() : `**${rule.title}**\n\n${rule.remediation}\n\n${links}`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: tagsOf(rule),
      precision: precisionOf(rule),
      'security-severity': SECURITY_SEVERITY[rule.severity],
      category: rule.category,
      pillar: rule.pillar,
      severity: rule.severity,
      kebabName: rule.name,
    },
  };
}

/**
 * A repo-relative pseudo-path for a live resource: `azure/subscriptions/<sub>/…/<name>`, no scheme,
 * no leading slash, each segment percent-encoded (so `rg (prod)` stays a valid uri-reference), lower-cased:
 * ARM ids are case-insensitive and Azure spells one id differently from one API or week to the next
 * (`resourceGroups` / `resourcegroups`, a resource group's name), and code scanning closes an alert whose
 * path changed and opens a new one, so a dismissal would be lost to a change of case.
 */
export function pseudoPathForResource(resourceId: string): string {
  const id = resourceId.toLowerCase();
  // Most ARM ids are `/seg/seg/…` with no empty segment and no character encodeURIComponent changes:
  // the path is then the id itself behind `azure`.
  if (PLAIN_ARM_ID.test(id)) return `azure${id}`;
  const segments = id.split('/').filter(Boolean).map(encodeURIComponent);
  return ['azure', ...segments].join('/');
}

/** `/a/b/c`: non-empty segments of characters encodeURIComponent leaves as they are. */
const PLAIN_ARM_ID = /^(?:\/[A-Za-z0-9\-_.!~*'()]+)+$/;

/** `sha256(ruleId \0 lower(resourceId))[0:16]:1`: unique per rule and resource, case-insensitive. */
export function primaryLocationLineHash(ruleId: string, resourceId: string): string {
  return hash('sha256', `${ruleId}\0${resourceId.toLowerCase()}`, 'hex').slice(0, 16) + ':1';
}

/**
 * A template file as a URI: relative to the source root with `uriBaseId` when it is inside it,
 * an absolute `file:` URI otherwise. Segments are percent-encoded.
 */
export function fileArtifact(file: string, sourceRoot: string): { uri: string; uriBaseId?: string } {
  const abs = resolve(sourceRoot, file);
  const rel = relative(sourceRoot, abs);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(abs).href };
}

/**
 * The artifact of each template file (`file` as the finding names it: relative to the working directory,
 * or absolute). With a `sourceRoot`, relative to it. Otherwise relative to the root of the repository
 * the file is in, whatever folder erscan ran in: code scanning reads a relative path from the root of the
 * repository, and does not show a result in a file reached through a symlink (so the real path counts);
 * a file in no repository is relative to the working directory.
 */
function artifactsOf(sourceRoot: string | undefined): (file: string) => { uri: string; uriBaseId?: string } {
  const artifacts = new Map<string, { uri: string; uriBaseId?: string }>();
  const roots = new Map<string, string | undefined>();
  const cwd = process.cwd();
  return (file) => {
    let artifact = artifacts.get(file);
    if (!artifact) {
      if (sourceRoot !== undefined) artifact = fileArtifact(file, sourceRoot);
      else {
        let abs = resolve(cwd, file);
        try {
          abs = realpathSync.native(abs);
        } catch {
          // a file that is gone since the scan read it: its path as named
        }
        artifact = fileArtifact(abs, repositoryRootOf(dirname(abs), roots) ?? cwd);
      }
      artifacts.set(file, artifact);
    }
    return artifact;
  };
}

/**
 * The template findings that share their rule, file and line with another finding (a minified template,
 * two peerings on one line): upload-sarif would give them one line hash (it hashes the line's text), and
 * code scanning would merge them into one alert. Counted over all findings, so the choice does not
 * depend on which ones GitHub's limits leave in the file.
 */
export function sharingTheirLine(findings: readonly Finding[], artifactOf: (file: string) => { uri: string; uriBaseId?: string }): Set<Finding> {
  const byLine = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.location) continue;
    const a = artifactOf(f.location.file);
    const key = `${f.ruleId}\0${a.uriBaseId ?? ''}\0${a.uri}\0${Math.max(1, f.location.line)}`;
    const group = byLine.get(key);
    if (group) group.push(f);
    else byLine.set(key, [f]);
  }
  const shared = new Set<Finding>();
  for (const group of byLine.values()) if (group.length > 1) for (const f of group) shared.add(f);
  return shared;
}

/**
 * The line hash of a template finding that shares its rule and line with another: from the rule, the
 * lower-cased ARM id and, for a template scanned once per parameter file, that file (as the SARIF file
 * names it), like a live resource's. It stays the same when lines move, as upload-sarif's does.
 */
export function sharedLineHash(f: Finding, artifactOf: (file: string) => { uri: string; uriBaseId?: string }): string {
  const parameters = f.source?.parameterFile ? `\0${artifactOf(f.source.parameterFile).uri}` : '';
  return primaryLocationLineHash(f.ruleId, `${f.resourceId}${parameters}`);
}

function resultOf(f: Finding, ruleIndex: Map<string, number>, artifactOf: (file: string) => { uri: string; uriBaseId?: string }, shared: ReadonlySet<Finding>): Result {
  // Built by assignment in the order the report prints its keys (no object spreads: one result per
  // finding, tens of thousands in a large scan).
  const live = !f.location;
  const physicalLocation = f.location
    ? {
        artifactLocation: artifactOf(f.location.file),
        region: { startLine: Math.max(1, f.location.line), startColumn: Math.max(1, f.location.column) },
      }
    : {
        artifactLocation: { uri: pseudoPathForResource(f.resourceId) },
        region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
      };
  const location: Location = { physicalLocation, logicalLocations: [{ name: f.resourceName, fullyQualifiedName: f.resourceId, kind: 'resource' }] };
  if (live) location.message = { text: 'Live Azure resource (no source file in this repository)' };
  const partialFingerprints: Record<string, string> = {};
  // upload-sarif computes a line hash for real files; nothing can for a pseudo-file. Findings of one
  // rule on one line of a template would get one hash there (and be one alert): each gets its own.
  if (live) partialFingerprints.primaryLocationLineHash = primaryLocationLineHash(f.ruleId, f.resourceId);
  else if (shared.has(f)) partialFingerprints.primaryLocationLineHash = sharedLineHash(f, artifactOf);
  partialFingerprints['erscanFingerprint/v1'] = f.fingerprint;
  const properties: Record<string, unknown> = {
    severity: f.severity,
    category: f.category,
    resourceId: f.resourceId,
    resourceType: f.resourceType,
    resourceName: f.resourceName,
  };
  if (f.subscriptionId) properties.subscriptionId = f.subscriptionId;
  if (f.tenantId) properties.tenantId = f.tenantId;
  properties.source = live ? 'live' : 'template';
  if (f.source?.parameterFile) properties.parameterFile = f.source.parameterFile;
  if (f.status === 'unknown') properties.status = 'unknown';
  // the cost of compliance and the finding's age, as in the JSON report
  if (f.costImpactUsd !== undefined) properties.costImpactUsd = f.costImpactUsd;
  if (f.firstSeen) properties.firstSeen = f.firstSeen;
  if (f.openDays !== undefined) properties.openDays = f.openDays;

  const result = { ruleId: f.ruleId } as Result;
  const idx = ruleIndex.get(f.ruleId);
  if (idx !== undefined) result.ruleIndex = idx;
  // An undecided verdict is a warning whatever the rule's severity: it asks for a look, not a fix.
  result.level = f.status === 'unknown' ? 'warning' : LEVEL[f.severity];
  // The message already names the resource; the ARM id is added for live resources because
  // GitHub shows neither properties nor logical locations.
  result.message = { text: live ? `${f.message} Resource: ${f.resourceId}` : f.message };
  result.locations = [location];
  result.partialFingerprints = partialFingerprints;
  if (f.baselineState) result.baselineState = f.baselineState;
  if (f.suppression) {
    const suppression: Suppression = { kind: 'external', status: 'accepted', justification: f.suppression.justification };
    if (f.suppression.expires) suppression.properties = { expires: f.suppression.expires };
    result.suppressions = [suppression];
  }
  result.properties = properties;
  return result;
}

/**
 * Findings within GitHub's per-run result limit: unsuppressed before suppressed, most severe first
 * (the input order is kept otherwise, so the choice is deterministic).
 */
export function selectForLimit(findings: Finding[], limit: number): { kept: Finding[]; dropped: number } {
  if (findings.length <= limit) return { kept: findings, dropped: 0 };
  const ranked = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => Number(!!a.f.suppression) - Number(!!b.f.suppression) || severityRank(b.f.severity) - severityRank(a.f.severity) || a.i - b.i);
  const keep = new Set(ranked.slice(0, limit).map((x) => x.i));
  return { kept: findings.filter((_, i) => keep.has(i)), dropped: findings.length - limit };
}

export interface SarifBuildOptions extends ReportOptions {
  /** Override the per-run result limit (tests). */
  maxResults?: number;
  /** Override the gzipped size limit (tests). */
  maxGzipBytes?: number;
}

function notification(level: 'warning' | 'note' | 'error', text: string, id: string): Notification {
  return { level, message: { text }, descriptor: { id } };
}

/** The SARIF log for a chosen set of findings (`truncatedBy`: how many were left out), and the first choice. */
interface SarifLogs {
  /** With `lazy`, the results are made as they are written (a MappedList in place of the array). */
  build(findings: Finding[], truncatedBy: number, lazy?: boolean): Log;
  kept: Finding[];
  dropped: number;
}

function sarifLogs(result: ScanResult, options: SarifBuildOptions): SarifLogs {
  const artifactOf = artifactsOf(options.sourceRoot === undefined ? undefined : resolve(options.sourceRoot));
  const rules = [...result.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Rules from a baseline or a user folder that produced findings but are not in `rules` still need
  // a descriptor: SARIF consumers look every ruleId up in driver.rules.
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const descriptors = rules.map(ruleDescriptor);
  for (const f of result.findings) {
    if (ruleIndex.has(f.ruleId)) continue;
    ruleIndex.set(f.ruleId, descriptors.length);
    descriptors.push({
      id: f.ruleId,
      name: pascalName(f.ruleName),
      shortDescription: { text: f.ruleName },
      fullDescription: { text: f.ruleName },
      help: { text: `See the erscan rule ${f.ruleId}.` },
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: { tags: ['expressroute', `category/${f.category}`], precision: 'high', 'security-severity': SECURITY_SEVERITY[f.severity] },
    });
  }

  const notifications: Notification[] = [];
  // A scan with gaps did not finish its job: `executionSuccessful: false` below, each gap an error
  // notification, so no consumer takes its results as the whole truth about the scope.
  for (const gap of result.coverage.gaps) notifications.push(notification('error', `Coverage gap: ${gap.scope} could not be read or checked in full (${gap.reason}).`, 'coverage-gap'));
  for (const note of result.notices) notifications.push(notification('note', note, 'notice'));

  const shared = sharingTheirLine(result.findings, artifactOf);
  const limit = options.maxResults ?? SARIF_LIMITS.resultsPerRun;
  const { kept, dropped } = selectForLimit(result.findings, limit);
  const build = (findings: Finding[], truncatedBy: number, lazy = false): Log => {
    const extra = truncatedBy
      ? [
          notification(
            'warning',
            `${truncatedBy} of ${result.findings.length} findings were left out of this SARIF file to stay within GitHub code scanning's limits (${limit} results per run, ${Math.round((options.maxGzipBytes ?? SARIF_LIMITS.gzipBytes) / 1024 / 1024)} MB gzipped); the least severe were dropped first. The JSON and HTML reports list every finding.`,
            'sarif-truncated',
          ),
        ]
      : [];
    const run: Run = {
      tool: {
        driver: {
          name: 'erscan',
          fullName: 'erscan ExpressRoute policy-as-code scanner',
          version: result.tool.version,
          semanticVersion: result.tool.version,
          informationUri: PROJECT_URL,
          rules: descriptors,
        },
      },
      automationDetails: { id: `${result.scanCategory.replace(/\/+$/, '')}/` },
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { [SRCROOT]: { description: { text: 'The repository root (or the working directory erscan ran in).' } } },
      invocations: [
        {
          executionSuccessful: result.coverage.complete,
          ...(notifications.length + extra.length ? { toolExecutionNotifications: [...extra, ...notifications] } : {}),
          properties: { coverageComplete: result.coverage.complete, inputs: result.inputs, generatedAt: result.generatedAt },
        },
      ],
      results: lazy ? (new MappedList(findings, (f) => resultOf(f, ruleIndex, artifactOf, shared)) as unknown as Result[]) : findings.map((f) => resultOf(f, ruleIndex, artifactOf, shared)),
      properties: {
        inventory: result.counts,
        ...(truncatedBy ? { truncated: { totalFindings: result.findings.length, omitted: truncatedBy } } : {}),
      },
    };
    return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  };
  return { build, kept, dropped };
}

/**
 * The most bytes gzip can make of `n` bytes of input: zlib's deflateBound for its default settings
 * (never more than the input plus 0.03 % and 13 bytes) plus the gzip header and trailer (18 bytes),
 * rounded up generously. A compact log whose UTF-8 size keeps this under the limit cannot exceed it.
 */
export function gzipBound(n: number): number {
  return n + (n >> 12) + (n >> 14) + (n >> 25) + 64;
}

/**
 * The gzip level GitHub's limit is first measured with: the fastest (about three times faster than
 * the default on a large log). A gzip of the compact log that fits the limit shows it can be uploaded
 * within it, and the default level (what the upload actions use) compresses such text better still
 * (1.86 MB against 2.20 MB for the 36 MB log of 10,000 circuits); only a log whose fast gzip is over the
 * limit is measured again at the default level, which then decides (`gzipFits`).
 */
export const SARIF_FAST_GZIP_LEVEL = 1;

/**
 * True when the compact log gzips to at most `max` bytes: without compressing when it cannot exceed it,
 * then at gzip's fastest level, then (only when that is over) at the default level.
 */
export function gzipFits(compact: string, max: number): boolean {
  if (gzipBound(compact.length * 3) <= max) return true;
  if (gzipSync(compact, { level: SARIF_FAST_GZIP_LEVEL }).length <= max) return true;
  return gzipSync(compact).length <= max;
}

/** Builds the SARIF log; `renderSarif` serialises it. */
export function buildSarif(result: ScanResult, options: SarifBuildOptions = {}): Log {
  const logs = sarifLogs(result, options);
  let { kept, dropped } = logs;
  let log = logs.build(kept, dropped);
  // Past the gzipped size limit, drop the least severe results in halving steps until it fits.
  const maxGzip = options.maxGzipBytes ?? SARIF_LIMITS.gzipBytes;
  while (kept.length > 0 && !gzipFits(JSON.stringify(log), maxGzip)) {
    ({ kept } = selectForLimit(kept, Math.floor(kept.length / 2)));
    dropped = result.findings.length - kept.length;
    log = logs.build(kept, dropped);
  }
  return log;
}

/** A SARIF report before GitHub's gzip check: its pieces, and whether they stand given the check's answer. */
export interface SarifDraft {
  /** The log as it is when no result has to be dropped for GitHub's gzip limit (its results made as they are serialised). */
  log: Log;
  /**
   * False when no result could be dropped anyway: the log is the report whatever its size. When true,
   * the log is the report if the gzipped size of its compact form at the fast level
   * (`gzipSync(JSON.stringify(log), { level: SARIF_FAST_GZIP_LEVEL })`) is at most `maxGzipBytes`; above it,
   * `renderSarifChunks` decides which results stay (`gzipFits`: the default level decides there).
   */
  needsCheck: boolean;
  /** GitHub's limit on the gzipped size of the compact log. */
  maxGzipBytes: number;
}

/**
 * The SARIF report for a writer that measures the gzipped size of the compact log itself as it writes
 * (src/cli/report-thread.ts): the log with every result the per-run limit keeps, and the check that
 * buildSarif's halving loop starts with. Its JSON is `renderSarif`'s whenever the check passes.
 */
export function sarifDraft(result: ScanResult, options: SarifBuildOptions = {}): SarifDraft {
  const logs = sarifLogs(result, options);
  const log = logs.build(logs.kept, logs.dropped, true);
  return { log, needsCheck: logs.kept.length > 0, maxGzipBytes: options.maxGzipBytes ?? SARIF_LIMITS.gzipBytes };
}

export const renderSarif: Reporter = (result, options) => JSON.stringify(buildSarif(result, options), null, 2) + '\n';

/** The same bytes as `renderSarif`, in pieces, for writing a large log without one giant string. */
export const renderSarifChunks: ChunkedReporter = (result, options) => jsonChunks(buildSarif(result, options));
