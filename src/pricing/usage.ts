/**
 * The usage file (`--usage FILE`, JSON or YAML, schemas/usage.schema.json): declared monthly traffic per
 * circuit and, optionally, billed scale units per gateway. Keys are ARM ids (compared case-insensitively)
 * or resource names; a name that matches several resources is reported and not applied.
 */
import { schemaValidator, validateOrThrow } from '../util/schema.js';
import { readDataFile } from '../util/yaml.js';
import { InputError, displayPath, jsonPath } from '../util/errors.js';
import { compareText } from '../util/collate.js';

/**
 * The most a circuit can carry in a month, in GB (10^9 bytes): a 400 Gbps circuit on a 400 Gbps port,
 * the largest ExpressRoute Direct port (About ExpressRoute Direct, ms.date 03/02/2026), for 31 days
 * (400e9 bit/s × 2,678,400 s ÷ 8 ÷ 1e9). The usage schema and the snapshot loader refuse more, so no
 * cost can overflow to infinity.
 */
export const MAX_GB_PER_MONTH = 133_920_000;

export interface CircuitUsage {
  egressGbPerMonth?: number;
  globalReachGbPerMonth?: number;
}

export interface GatewayUsage {
  scaleUnits?: number;
}

export interface UsageData {
  file?: string;
  circuits: Record<string, CircuitUsage>;
  gateways: Record<string, GatewayUsage>;
}

export function loadUsage(file: string): UsageData {
  const data = readDataFile(file);
  validateOrThrow(schemaValidator('usage.schema.json'), data, file);
  const d = data as { circuits: Record<string, CircuitUsage>; gateways?: Record<string, GatewayUsage> };
  refuseCaseTwins(file, 'circuits', d.circuits);
  refuseCaseTwins(file, 'gateways', d.gateways ?? {});
  return { file, circuits: d.circuits, gateways: d.gateways ?? {} };
}

/**
 * Two keys that differ only in case name the same resource (ids and names are compared
 * case-insensitively): which one applied would be an accident of the file's order.
 */
function refuseCaseTwins(file: string, section: 'circuits' | 'gateways', entries: Record<string, unknown>): void {
  const seen = new Map<string, string>();
  for (const k of Object.keys(entries)) {
    const first = seen.get(k.toLowerCase());
    if (first === undefined) seen.set(k.toLowerCase(), k);
    else throw new InputError(file, jsonPath([section, k]), 'one entry per resource (ARM ids and names are compared case-insensitively)', `the same key as ${JSON.stringify(first)} but for case`);
  }
}

interface Named {
  key: string;
  name: string;
}

/**
 * Resolves usage keys to resources: by lower-cased ARM id first, then by name when exactly one resource
 * has it. Returns the entries per resource key and notices for keys that match nothing or several.
 */
export function matchUsage<T>(entries: Record<string, T>, resources: Named[], what: string, file?: string): { byKey: Map<string, T>; notices: string[] } {
  const byKey = new Map<string, T>();
  const notices: string[] = [];
  const ids = new Set(resources.map((r) => r.key));
  const byName = new Map<string, Named[]>();
  for (const r of resources) {
    const n = r.name.toLowerCase();
    byName.set(n, [...(byName.get(n) ?? []), r]);
  }
  const where = file ? `usage file ${displayPath(file)}` : 'usage file';
  // ids first, so an id entry wins over a name entry for the same resource
  const keys = Object.keys(entries).sort((a, b) => Number(b.startsWith('/')) - Number(a.startsWith('/')) || compareText(a, b));
  for (const k of keys) {
    const lk = k.toLowerCase();
    if (k.startsWith('/')) {
      if (ids.has(lk)) byKey.set(lk, entries[k]);
      else notices.push(`${where}: ${what} "${k}" is not in the inventory; its usage is ignored`);
      continue;
    }
    const matches = byName.get(lk) ?? [];
    if (matches.length === 0) notices.push(`${where}: no ${what} is named "${k}"; its usage is ignored`);
    else if (matches.length > 1) notices.push(`${where}: ${matches.length} ${what}s are named "${k}"; use the ARM id as the key (usage not applied)`);
    else if (!byKey.has(matches[0].key)) byKey.set(matches[0].key, entries[k]);
    else notices.push(`${where}: "${k}" names the ${what} the ARM id key ${matches[0].key} gives usage for; the id's entry is used`);
  }
  return { byKey, notices };
}
