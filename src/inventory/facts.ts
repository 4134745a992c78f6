/**
 * What a source knows about each field of a resource: the value (the field itself), a small set of
 * possible values, or nothing at all. Live sources know every field they read; template sources may
 * not (a parameter without a value, a deployment-time function). Rules and the pricing model ask
 * here before they reason from a field, so a verdict is true, false or unknown, never a guess.
 *
 * Field names are inventory field paths (src/inventory/model.ts: `tier`, `bandwidthMbps`,
 * `macsec.cipher`, `connectionKeys`), never raw ARM paths: the inventory builder maps one to the other.
 */
import type { ResourceBase } from './model.js';

/** Field path → why its value is not known (names where the value comes from; never a value). */
export type UnknownFields = Record<string, string>;

/**
 * Field path → the values it may take (at least two, or exactly one for "known to be null").
 * The engine evaluates every member; the resource's own field is left undefined meanwhile.
 */
export type PossibleValues = Record<string, { values: unknown[]; from: string }>;

/** True when the source could not tell the field's value (and it has no set of possible values). */
export function isUnknown(r: Pick<ResourceBase, 'unknown'>, field: string): boolean {
  return r.unknown !== undefined && Object.prototype.hasOwnProperty.call(r.unknown, field);
}

/** Why the field is unknown (for messages), or undefined when it is known. */
export function unknownReason(r: Pick<ResourceBase, 'unknown'>, field: string): string | undefined {
  return isUnknown(r, field) ? r.unknown![field] : undefined;
}

/** The first of `fields` that is unknown on `r`, with its reason: for "undecided because …" messages. */
export function firstUnknown(r: Pick<ResourceBase, 'unknown'>, fields: readonly string[]): { field: string; reason: string } | undefined {
  if (!r.unknown) return undefined;
  for (const f of fields) if (isUnknown(r, f)) return { field: f, reason: r.unknown[f] };
  return undefined;
}

/**
 * True when the resource comes from infrastructure as code (ARM/Bicep templates, Terraform plans):
 * a partial view of an estate, where the absence of a related resource (a connection, a second
 * circuit) in the scanned files is not evidence that it does not exist.
 */
export function isTemplateResource(r: Pick<ResourceBase, 'source'>): boolean {
  const k = r.source?.kind;
  return k === 'arm' || k === 'terraform' || k === 'bicep';
}
