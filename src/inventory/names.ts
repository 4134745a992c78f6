import { createHash } from 'node:crypto';
/**
 * How names a template leaves open are shown. Template sources give such a resource a stand-in name
 * (src/sources/template: a parameter without a value, a deployment-time function); everything that
 * prints a name shows its label (`‹name›`: the value of parameter `name`, not known here), and a
 * sentence says it in words ("Circuit named by parameter `name` has …"). Never the stand-in itself:
 * it is an id part, not a name anyone gave the resource.
 */

/**
 * A resource whose name comes from a parameter without a value (or from a deployment-time function)
 * still needs an id: a stand-in that is the same wherever the parameter builds a name or an id in one
 * deployment (so the resources that refer to each other still join) and different in every other
 * deployment (so two templates with `[parameters('name')]` never merge). The stand-in names the
 * parameter, so that whatever prints it can say where the name comes from:
 * `unresolved:name:1a2b3c4d` (parameter `name`), `unresolved:uniqueString():1a2b3c4d` (a function of the
 * deployment: the same arguments give the same value), `unresolved:1a2b3c4d` (not known before deployment).
 * It is an id part only: users see the label (`‹name›`) or, in a sentence, "named by parameter `name`".
 */
export function standIn(hash: string, parameter?: string): string {
  const p = parameter?.replace(/[^A-Za-z0-9_.$()-]/g, '');
  return p ? `unresolved:${p}:${hash}` : `unresolved:${hash}`;
}

/** The stand-in whose hash is the first 8 hex digits of `key`'s SHA-256: one key, one stand-in, wherever it is made. */
export function standInOf(key: string, parameter?: string): string {
  return standIn(createHash('sha256').update(key).digest('hex').slice(0, 8), parameter);
}

const STAND_IN = /unresolved:(?:([A-Za-z0-9_.$()-]+?):)?([0-9a-f]{8})/g;
/** The label of a name not known before deployment (no parameter to name). */
export const UNKNOWN_NAME_LABEL = '‹name not known before deployment›';

/**
 * Text with every stand-in replaced by its label: `‹name›` for parameter `name`, the
 * {@link UNKNOWN_NAME_LABEL} otherwise. `unresolved:prefix:1a2b3c4d-gw` reads `‹prefix›-gw`.
 */
export function labelStandIns(text: string): string {
  if (!text.includes('unresolved:')) return text;
  return text.replace(STAND_IN, (_m, p: string | undefined) => (p ? `‹${p}›` : UNKNOWN_NAME_LABEL));
}

/**
 * The name an ARM id ends with, as the id writes it (case kept), stand-ins labelled: how a message names a resource
 * outside the inventory from the id another resource gives it (a Direct port, a Global Reach peer, a port's circuit),
 * where the join key would be lower-cased.
 */
export function nameOfId(id: string): string {
  return labelStandIns(id.slice(id.lastIndexOf('/') + 1));
}

/**
 * A name as a sentence says it: a label that is the whole name (`‹name›`) reads "named by parameter
 * `name`" ("Circuit named by parameter `name` has …"); any other name (`‹name›/link1`, `er1`) is
 * itself. Stand-ins are labelled first.
 */
export function phraseName(name: string): string {
  const label = labelStandIns(name);
  // Nearly every name is no whole label (it does not start with ‹): itself, without the regular expression.
  if (label.charCodeAt(0) !== 0x2039) return label;
  const m = /^‹([^›]+)›$/.exec(label);
  if (!m) return label;
  if (label === UNKNOWN_NAME_LABEL) return 'whose name is not known before deployment';
  return m[1].includes('(') ? `whose name comes from ${m[1]} at deployment` : `named by parameter \`${m[1]}\``;
}
