/**
 * Bad input: a file, rule, config or option that erscan cannot use. Always names the file, the
 * path inside it and what was expected; the CLI prints it on one line and exits 2.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly jsonPath: string,
    readonly expected: string,
    readonly found?: string,
  ) {
    super(formatInputError(file, jsonPath, expected, found));
    this.name = 'InputError';
  }
}

function formatInputError(file: string, jsonPath: string, expected: string, found?: string): string {
  const where = jsonPath ? `${file}: at ${jsonPath}` : file;
  return `${where}: expected ${expected}${found !== undefined ? `, found ${found}` : ''}`;
}

/** Bad command-line usage (also exit 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A short, secret-free description of a value for error messages. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return v.length > 40 ? 'a string' : JSON.stringify(v);
  return `${typeof v} ${String(v)}`;
}

/** JSON path for error messages: `$.resources[3].properties.sku`. */
export function jsonPath(parts: ReadonlyArray<string | number>): string {
  let out = '$';
  for (const p of parts) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`;
  return out;
}
