/**
 * Parser for ARM template language expressions: `[concat(parameters('a'), '-x')[0].name]`.
 *
 * Grammar (what ARM and `bicep build` emit):
 *   expr    := primary ( '.' ident | '[' expr ']' )*
 *   primary := string | number | call | 'true' | 'false' | 'null'
 *   call    := ident ( '.' ident )? '(' ( expr ( ',' expr )* )? ')'
 * Strings are single-quoted with '' as the escape. The parser is bounded (depth and length) because
 * templates come from pull requests.
 */

export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'member'; target: Expr; property: string }
  | { kind: 'index'; target: Expr; index: Expr };

export class ExpressionSyntaxError extends Error {}

/** Longest expression accepted (ARM itself limits expressions to 24,576 characters). */
export const MAX_EXPRESSION_LENGTH = 24_576;
const MAX_DEPTH = 128;

/** True when a template string is an expression (`[...]`, but not the `[[` escape). */
export function isExpression(s: string): boolean {
  return s.length >= 2 && s.startsWith('[') && !s.startsWith('[[') && s.endsWith(']');
}

/** A string that starts with `[[` is the literal text without its first bracket. */
export function unescapeLiteral(s: string): string {
  return s.startsWith('[[') ? s.slice(1) : s;
}

export function parseExpression(source: string): Expr {
  if (source.length > MAX_EXPRESSION_LENGTH) throw new ExpressionSyntaxError(`expression longer than ${MAX_EXPRESSION_LENGTH} characters`);
  const text = isExpression(source) ? source.slice(1, -1) : source;
  let pos = 0;

  const fail = (what: string): never => {
    throw new ExpressionSyntaxError(`${what} at character ${pos + 1} of the expression`);
  };
  const skipWs = () => {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
  };
  const peek = () => {
    skipWs();
    return text[pos];
  };
  const expect = (c: string) => {
    if (peek() !== c) fail(`expected "${c}"`);
    pos++;
  };
  const ident = (): string => {
    skipWs();
    const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(pos));
    if (!m) return fail('expected a name');
    pos += m[0].length;
    return m[0];
  };

  const primary = (depth: number): Expr => {
    const c = peek();
    if (c === "'") {
      pos++;
      let out = '';
      for (;;) {
        if (pos >= text.length) fail('unterminated string');
        const ch = text[pos++];
        if (ch === "'") {
          if (text[pos] === "'") {
            out += "'";
            pos++;
          } else break;
        } else out += ch;
      }
      return { kind: 'literal', value: out };
    }
    if (c !== undefined && /[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(text.slice(pos));
      if (!m) return fail('expected a number');
      pos += m[0].length;
      return { kind: 'literal', value: Number(m[0]) };
    }
    let name = ident();
    if (text[pos] === '.' && /^\.[A-Za-z_$][A-Za-z0-9_$]*\s*\(/.test(text.slice(pos))) {
      pos++;
      name = `${name}.${ident()}`; // user-defined function in a namespace
    }
    if (peek() !== '(') {
      const lower = name.toLowerCase();
      if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true' };
      if (lower === 'null') return { kind: 'literal', value: null };
      return fail(`expected "(" after ${name}`);
    }
    pos++;
    const args: Expr[] = [];
    if (peek() !== ')') {
      for (;;) {
        args.push(expr(depth + 1));
        if (peek() === ',') {
          pos++;
          continue;
        }
        break;
      }
    }
    expect(')');
    return { kind: 'call', name, args };
  };

  const expr = (depth: number): Expr => {
    if (depth > MAX_DEPTH) fail(`expression nested more than ${MAX_DEPTH} levels`);
    let e = primary(depth);
    for (;;) {
      const c = peek();
      if (c === '.') {
        pos++;
        e = { kind: 'member', target: e, property: ident() };
      } else if (c === '[') {
        pos++;
        const index = expr(depth + 1);
        expect(']');
        e = { kind: 'index', target: e, index };
      } else return e;
    }
  };

  const result = expr(0);
  skipWs();
  if (pos < text.length) fail(`unexpected "${text[pos]}"`);
  return result;
}
