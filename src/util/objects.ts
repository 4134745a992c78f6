/** A plain JSON object: not null, not an array (what `JSON.parse` gives for `{…}`). */
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
