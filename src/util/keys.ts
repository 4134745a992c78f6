/**
 * The key of `o` that `name` names: `name` itself, else the first key equal to it ignoring letter case
 * (ARM reads parameter, function and property names whatever their case).
 */
export function findKey(o: Record<string, unknown> | undefined, name: string): string | undefined {
  if (!o) return undefined;
  if (Object.prototype.hasOwnProperty.call(o, name)) return name;
  const lower = name.toLowerCase();
  return Object.keys(o).find((k) => k.toLowerCase() === lower);
}
