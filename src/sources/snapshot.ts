import type { Subscription } from '../inventory/model.js';
import { MAX_GB_PER_MONTH } from '../pricing/usage.js';
import { InputError, displayPath, jsonPath } from '../util/errors.js';
import { schemaValidator, validateOrThrow } from '../util/schema.js';
import type { LoadedRows } from './rows.js';
import { emptyOutput, type UnreadConnection } from './types.js';
import { foreignNotice, validateRows } from './validate.js';

export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  erscanSnapshot: 1;
  tool?: { name: string; version: string };
  generatedAt?: string;
  cloud?: string;
  scope?: { tenants?: string[]; managementGroups?: string[]; subscriptions?: string[] };
  coverage?: { complete: boolean; gaps: { scope: string; reason: string }[] };
  subscriptions?: Subscription[];
  resources: Record<string, unknown>[];
  metrics?: Record<string, { egressGbPerMonth: number; days?: number; metric?: string }>;
  /** Connections whose rows the crawl could not read, with what they name (src/sources/types.ts, UnreadConnection). */
  unread?: UnreadConnection[];
}

/**
 * Reads erscan's own inventory snapshot (validated against schemas/snapshot.schema.json, then each
 * resource row as src/sources/validate.ts checks every ARM row).
 */
export function loadSnapshot(file: string, doc: unknown): LoadedRows {
  // A snapshot a newer erscan wrote is no damaged file: said as what it is, and what to do.
  const version = (doc as Record<string, unknown>).erscanSnapshot;
  if (Number.isInteger(version) && (version as number) > SNAPSHOT_VERSION) throw new InputError(file, '$.erscanSnapshot', `a snapshot of format version ${SNAPSHOT_VERSION} (the one this erscan reads)`, `version ${String(version)}, which a newer erscan wrote: upgrade erscan to read it`);
  validateOrThrow(schemaValidator('snapshot.schema.json'), doc, file);
  const snap = doc as Snapshot;
  const out = emptyOutput();
  const checked = validateRows(file, snap.resources, (i) => ['resources', i], { kind: 'snapshot', file }, undefined, { scrubInPlace: true });
  out.raws = checked.raws;
  // The crawl's own (collect): rows it could not read, which are not in `resources`, still leave what they name undecided.
  const unread = [...(snap.unread ?? []).map((u) => ({ ...u, circuitKey: u.circuitKey?.toLowerCase() ?? null, gatewayKey: u.gatewayKey?.toLowerCase() ?? null })), ...checked.unread];
  if (unread.length > 0) out.unread = unread;
  const notice = foreignNotice(displayPath(file), checked.foreign);
  if (notice) out.notices.push(notice);
  out.subscriptions = snap.subscriptions ?? [];
  out.gaps = snap.coverage?.gaps ?? [];
  // A snapshot that does not say its crawl was complete is never taken for a complete one.
  if (snap.coverage === undefined) out.gaps = [{ scope: displayPath(file), reason: 'the snapshot does not say whether its crawl was complete (it has no coverage)' }];
  else if (snap.coverage.complete === false && out.gaps.length === 0) out.gaps = [{ scope: displayPath(file), reason: 'the snapshot says its crawl was incomplete, without naming a gap' }];
  if (snap.metrics) {
    for (const [k, v] of Object.entries(snap.metrics)) {
      if (v.egressGbPerMonth > MAX_GB_PER_MONTH) throw new InputError(file, jsonPath(['metrics', k, 'egressGbPerMonth']), `a number of at most ${MAX_GB_PER_MONTH} (a 400 Gbps port for 31 days)`, `the number ${v.egressGbPerMonth}`);
    }
    out.metrics = Object.fromEntries(Object.entries(snap.metrics).map(([k, v]) => [k.toLowerCase(), v]));
  }
  return { ...out, rowErrors: checked.errors };
}
