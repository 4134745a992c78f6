/**
 * What a source knows about each field of a resource: the value (the field itself), a small set of
 * possible values, or nothing at all. Live sources know every field they read; template sources may
 * not (a parameter without a value, a deployment-time function). Rules and the pricing model ask
 * here before they reason from a field, so a verdict is true, false or unknown, never a guess.
 *
 * Field names are inventory field paths (src/inventory/model.ts: `tier`, `bandwidthMbps`,
 * `macsec.cipher`, `connectionKeys`), never raw ARM paths: the inventory builder maps one to the other.
 */
import type { Circuit, Connection, ResourceBase } from './model.js';

/** Field path → why its value is not known (names where the value comes from; never a value). */
export type UnknownFields = Record<string, string>;

/**
 * Field path → the values it may take (at least two, or exactly one for "known to be null").
 * The engine evaluates every member; the resource's own field is left undefined meanwhile.
 */
export type PossibleValues = Record<string, { values: unknown[]; from: string }>;

/** A choice a template leaves open (a parameter's allowed values): how messages name it and its values. */
export interface ChoiceInfo {
  /** For messages: `parameter \`skuTier\``. */
  label: string;
  values: unknown[];
}

/**
 * What a resource's fields are under each combination of the choices it depends on, so fields that
 * come from the same parameter stay correlated (a Local tier forces UnlimitedData in the same
 * world). Choice keys are unique per deployment; the same key on two resources is the same choice.
 * `possible` lists the same fields with their sets of values, for readers that need only the set.
 */
export interface Variants {
  choices: Record<string, ChoiceInfo>;
  cases: { when: Record<string, unknown>; set: Record<string, unknown> }[];
}

/**
 * List fields that hold only what the scanned files declare (a template gateway's `connectionKeys`:
 * connections may be deployed by other files), field → why. A count that the listed items already
 * reach is decided; anything else about the list is not decidable from these files.
 */
export type PartialFields = Record<string, string>;

/** True when the source could not tell the field's value (and it has no set of possible values). */
export function isUnknown(r: Pick<ResourceBase, 'unknown'>, field: string): boolean {
  return r.unknown !== undefined && Object.prototype.hasOwnProperty.call(r.unknown, field);
}

/**
 * True when the live circuit's peering list contradicts the connections that use it (its row lists no peering, or no Azure
 * private peering: src/inventory/build.ts, markPeeringListsConnectionsContradict, which sets the flag and says why in
 * `partial.peerings`): whether those connections carry anything is then not known (the analysis' `carries.idle`), never
 * "carries traffic".
 */
export function peeringsContradictConnections(c: Pick<Circuit, 'peeringsContradictConnections'>): boolean {
  return c.peeringsContradictConnections === true;
}

/** True when the field (a list) holds only what the scanned files declare (see PartialFields). */
export function isPartial(r: Pick<ResourceBase, 'partial'>, field: string): boolean {
  return r.partial !== undefined && Object.prototype.hasOwnProperty.call(r.partial, field);
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

/**
 * Why a field is not known, as a message says it. Reasons from the inventory already name their field
 * (`` `bandwidthMbps` comes from parameter `bandwidthInMbps`, which has no value here ``): they are used as
 * they are (with "of <resource>" after the field when `of` is given), never wrapped in a second "`x` is
 * not known (`x` …)".
 */
export function notKnown(field: string, reason: string, of?: string): string {
  const tick = `\`${field}\``;
  if (reason.startsWith(`${tick} `) || reason.startsWith(`${tick}:`)) return of ? `${tick} of ${of}${reason.slice(tick.length)}` : reason;
  return `${tick}${of ? ` of ${of}` : ''} is not known (${reason})`;
}

/**
 * A reason without the field it opens with (`` `circuitKey`: the input row does not carry … `` → "the input row
 * does not carry …"), to be said of another field or resource.
 */
export function reasonText(reason: string): string {
  return reason.replace(/^`[^`]+`:? /, '');
}

/**
 * Live VNet connections whose row does not name their gateway (src/inventory/build.ts): each may be any VNet
 * gateway's, so its circuit may serve a gateway that no known connection ties it to.
 */
export function liveConnectionsWithoutGateway(connections: readonly Connection[]): Connection[] {
  const out: Connection[] = [];
  for (const c of connections) if (c.flavor === 'vnet' && !isTemplateResource(c) && isUnknown(c, 'gatewayKey')) out.push(c);
  return out;
}
