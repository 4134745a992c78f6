/** A plain JSON object: not null, not an array (what `JSON.parse` gives for `{…}`). */
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Plain own-property assignment, also for a key named `__proto__` (which `o[k] = v` would turn into a prototype). */
export function setOwn(o: object, k: string | number, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else (o as Record<string | number, unknown>)[k] = v;
}

/** An own property's value: never one inherited (`o.__proto__` of a plain object is Object.prototype, every object's). */
export const ownValue = (o: object, k: string | number): unknown => (Object.hasOwn(o, k) ? (o as Record<string | number, unknown>)[k] : undefined);
