import { dirname, resolve } from 'node:path';
import type { Severity } from '../findings/model.js';
import { schemaValidator, validateOrThrow } from '../util/schema.js';
import { readDataFile } from '../util/yaml.js';

export interface SuppressionEntry {
  ruleId: string;
  resource: string;
  justification: string;
  expires?: string;
  /** The file that declared it (for notices). */
  file?: string;
}

export interface Config {
  rules: {
    include?: string[];
    exclude?: string[];
    severity?: Record<string, Severity>;
    parameters?: Record<string, Record<string, unknown>>;
  };
  /** Absolute paths. */
  ruleDirs: string[];
  suppressions: SuppressionEntry[];
  failOn?: Severity | 'none';
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
    suppressions?: SuppressionEntry[];
    suppressionsFile?: string;
    failOn?: Config['failOn'];
    usage?: string;
    graph?: { tenants?: string[] };
  };
  const suppressions: SuppressionEntry[] = (raw.suppressions ?? []).map((s) => ({ ...s, file }));
  if (raw.suppressionsFile) suppressions.push(...loadSuppressionsFile(resolve(dir, raw.suppressionsFile)));
  return {
    rules: raw.rules ?? {},
    ruleDirs: (raw.ruleDirs ?? []).map((d) => resolve(dir, d)),
    suppressions,
    failOn: raw.failOn,
    usage: raw.usage ? resolve(dir, raw.usage) : undefined,
    ...(raw.graph ? { graph: raw.graph } : {}),
  };
}

/** Reads a suppressions file: `{ suppressions: [{ ruleId, resource, justification, expires }] }`. */
export function loadSuppressionsFile(file: string): SuppressionEntry[] {
  const data = readDataFile(file);
  validateOrThrow(schemaValidator('suppressions.schema.json'), data, file);
  return (data as { suppressions: SuppressionEntry[] }).suppressions.map((s) => ({ ...s, file }));
}
