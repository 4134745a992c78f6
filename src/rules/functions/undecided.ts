/**
 * "Is this field's value known?" for rule functions, over both ways a source can say it is not: the
 * shared contract (`unknown`, src/inventory/facts.ts) and the older raw-path `unresolved` list that
 * template sources fill until the builder maps them to fields. Returns the first open field with why.
 */
import { firstUnknown } from '../../inventory/facts.js';
import type { AnyResource } from '../../inventory/model.js';
import { unresolvedFields } from '../engine.js';

export function undecided(r: AnyResource, fields: readonly string[]): { field: string; reason: string } | undefined {
  const known = firstUnknown(r, fields);
  if (known) return known;
  if (!r.unresolved || r.unresolved.length === 0) return undefined;
  const open = unresolvedFields(r);
  const field = fields.find((f) => open.has(f) || f.split('.').some((s) => open.has(s)));
  return field ? { field, reason: 'the template sets it with an expression that has no value before deployment' } : undefined;
}
