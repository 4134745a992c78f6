import type { RawResource } from '../inventory/build.js';
import type { Subscription } from '../inventory/model.js';
import { schemaValidator, validateOrThrow } from '../util/schema.js';
import { emptyOutput, type SourceOutput } from './types.js';

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
}

/** Reads erscan's own inventory snapshot (validated against schemas/snapshot.schema.json). */
export function loadSnapshot(file: string, doc: unknown): SourceOutput {
  validateOrThrow(schemaValidator('snapshot.schema.json'), doc, file);
  const snap = doc as Snapshot;
  const out = emptyOutput();
  out.raws = snap.resources.map((row): RawResource => ({ row, source: { kind: 'snapshot', file } }));
  out.subscriptions = snap.subscriptions ?? [];
  out.gaps = snap.coverage?.gaps ?? [];
  if (snap.metrics) out.metrics = Object.fromEntries(Object.entries(snap.metrics).map(([k, v]) => [k.toLowerCase(), v]));
  return out;
}
