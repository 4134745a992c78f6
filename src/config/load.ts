import { dirname, resolve } from 'node:path';
import type { Severity } from '../findings/model.js';
import { InputError, displayPath } from '../util/errors.js';
import { schemaValidator, validateOrThrow } from '../util/schema.js';
import { readDataFile } from '../util/yaml.js';
import { pathMismatch } from '../util/read.js';

export interface SuppressionEntry {
  ruleId: string;
  resource: string;
  justification: string;
  expires?: string;
  /** The file that declared it (for notices). */
  file?: string;
  /** Its JSON path in that file (`$.suppressions[2]`), for error messages. */
  at?: string;
}

export interface Config {
  rules: {
    /** Run only rules matching one of these selectors (id, name, category, tag or `tag:NAME`). */
    include?: string[];
    /** Turn on rules that are off by default, without narrowing the selection. */
    enable?: string[];
    exclude?: string[];
    /** Severity overrides keyed by selector; the most specific wins (id/name, then tag, then category). */
    severity?: Record<string, Severity>;
    parameters?: Record<string, Record<string, unknown>>;
    /** The config file these settings came from (for error messages). */
    file?: string;
  };
  /** Absolute paths. */
  ruleDirs: string[];
  suppressions: SuppressionEntry[];
  /** `suppressions.allowPermanent: true`: suppressions without `expires` are accepted. */
  allowPermanentSuppressions?: boolean;
  failOn?: Severity | 'none';
  /** Undecided (`unknown`) findings count for failOn too. */
  failOnUnknown?: boolean;
  /** Absolute path. */
  usage?: string;
  /** Live crawl settings (`graph.tenants`: tenants to crawl when --tenant is not given). */
  graph?: { tenants?: string[] };
}

export function emptyConfig(): Config {
  return { rules: {}, ruleDirs: [], suppressions: [] };
}

/** Reads a config file (JSON or YAML), validated against schemas/config.schema.json. */
export function loadConfig(file: string): Config {
  const data = readDataFile(file) as Record<string, unknown>;
  validateOrThrow(schemaValidator('config.schema.json'), data, file);
  const dir = dirname(file);
  const raw = data as {
    rules?: Config['rules'];
    ruleDirs?: string[];
    suppressions?: SuppressionEntry[] | { allowPermanent?: boolean; entries?: SuppressionEntry[] };
    suppressionsFile?: string;
    failOn?: Config['failOn'];
    failOnUnknown?: boolean;
    usage?: string;
    graph?: { tenants?: string[] };
  };
  // `suppressions` is the list itself, or `{ allowPermanent, entries }`.
  const listed = Array.isArray(raw.suppressions) ? raw.suppressions : (raw.suppressions?.entries ?? []);
  const base = Array.isArray(raw.suppressions) ? '$.suppressions' : '$.suppressions.entries';
  const allowPermanent = !Array.isArray(raw.suppressions) && raw.suppressions?.allowPermanent === true;
  const suppressions: SuppressionEntry[] = listed.map((s, i) => ({ ...s, file, at: `${base}[${i}]` }));
  suppressions.forEach((s) => checkDate(file, `${s.at}.expires`, s.expires));
  if (raw.usage) namedPath(file, '$.usage', raw.usage, 'file', 'a usage file');
  (raw.ruleDirs ?? []).forEach((d, i) => namedPath(file, `$.ruleDirs[${i}]`, d, 'folder', 'a folder of rule files'));
  if (raw.suppressionsFile) suppressions.push(...loadSuppressionsFile(namedPath(file, '$.suppressionsFile', raw.suppressionsFile, 'file', 'a suppressions file')));
  return {
    rules: { ...(raw.rules ?? {}), file },
    ruleDirs: (raw.ruleDirs ?? []).map((d) => resolve(dir, d)),
    suppressions,
    ...(allowPermanent ? { allowPermanentSuppressions: true } : {}),
    failOn: raw.failOn,
    ...(raw.failOnUnknown !== undefined ? { failOnUnknown: raw.failOnUnknown } : {}),
    usage: raw.usage ? resolve(dir, raw.usage) : undefined,
    ...(raw.graph ? { graph: raw.graph } : {}),
  };
}

/**
 * A path the config names (usage, suppressionsFile, ruleDirs), resolved from the config's folder.
 * One that is missing, or a file where a folder belongs (or the other way round), is refused naming
 * the config file and the setting: the bare path alone would not say where it came from.
 */
function namedPath(configFile: string, at: string, value: string, kind: 'file' | 'folder', what: string): string {
  const abs = resolve(dirname(configFile), value);
  const found = pathMismatch(abs, kind);
  if (found) throw new InputError(configFile, at, `${what} (a path relative to the config file)`, `${JSON.stringify(value)} (${displayPath(abs)}): ${found}`);
  return abs;
}

/** Reads a suppressions file: `{ suppressions: [{ ruleId, resource, justification, expires }] }`. */
export function loadSuppressionsFile(file: string): SuppressionEntry[] {
  const data = readDataFile(file);
  validateOrThrow(schemaValidator('suppressions.schema.json'), data, file);
  const entries = (data as { suppressions: SuppressionEntry[] }).suppressions;
  entries.forEach((s, i) => checkDate(file, `$.suppressions[${i}].expires`, s.expires));
  return entries.map((s, i) => ({ ...s, file, at: `$.suppressions[${i}]` }));
}

/**
 * Every suppression must end (`expires`) unless the config says `suppressions.allowPermanent: true`:
 * an accepted risk is reviewed, not forgotten. Refused as bad input naming the file and the entry.
 */
export function checkSuppressionExpiry(config: Config): void {
  if (config.allowPermanentSuppressions) return;
  for (const s of config.suppressions) {
    if (s.expires !== undefined) continue;
    throw new InputError(
      s.file ?? 'config',
      `${s.at ?? '$.suppressions'}.expires`,
      'an expiry date YYYY-MM-DD (a suppression without one needs suppressions.allowPermanent: true in the config)',
      'nothing',
    );
  }
}

/** The schema checks the YYYY-MM-DD shape; this refuses dates that do not exist (2026-02-30). */
function checkDate(file: string, path: string, value: string | undefined): void {
  if (value === undefined) return;
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw new InputError(file, path, 'a calendar date YYYY-MM-DD', JSON.stringify(value));
}
