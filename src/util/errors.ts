import { isAbsolute, relative, resolve } from 'node:path';

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

/**
 * A path as erscan prints it in errors, notes and reports: relative to the working folder when it is
 * inside it (`examples/estate/rows.json`), absolute otherwise, whichever way it was typed or resolved.
 * A `:line:column` suffix is kept.
 */
export function displayPath(path: string, cwd = process.cwd()): string {
  const m = /^([\s\S]*?)(:\d+:\d+)?$/.exec(path)!; // a file name may hold a line feed
  const [file, pos = ''] = [m[1], m[2]];
  if (file === '') return path;
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel === '') return `.${pos}`;
  return (!rel.startsWith('..') && !isAbsolute(rel) ? rel : abs) + pos;
}

function formatInputError(file: string, jsonPath: string, expected: string, found?: string): string {
  const shown = displayPath(file);
  const where = jsonPath ? `${shown}: at ${jsonPath}` : shown;
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
  if (typeof v === 'string') return quotable(v) ? JSON.stringify(v) : `a string of ${v.length} characters`;
  return `${typeof v} ${String(v)}`;
}

/**
 * Whether a string found in a bad input may be quoted in an error message. A value at the wrong
 * place may be a secret (a service key is a GUID, a shared key any token), and error messages reach
 * logs and reports: only short words such as SKU names or states are quoted, never anything long,
 * GUID-like or token-like (letters mixed with digits).
 */
function quotable(s: string): boolean {
  if (s.length > 24 || !/^[A-Za-z0-9 ._/-]*$/.test(s)) return false;
  return !(s.length >= 12 && /\d/.test(s) && /[A-Za-z]/.test(s)) && !/\d{5,}|[0-9a-f]{8}-/i.test(s);
}

/** JSON path for error messages: `$.resources[3].properties.sku`. */
export function jsonPath(parts: ReadonlyArray<string | number>): string {
  let out = '$';
  for (const p of parts) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`;
  return out;
}

/**
 * A run that read nothing it could vouch for: every tenant refused sign-in (exit 2), or the identity
 * signed in but could read no subscription (exit 3). Nothing is written (no snapshot, no report),
 * because an empty report would read as a clean estate. The CLI prints the one-line message and
 * exits with `exitCode`.
 */
export class NothingReadError extends Error {
  constructor(
    message: string,
    readonly exitCode: 2 | 3,
  ) {
    super(message);
    this.name = 'NothingReadError';
  }
}
