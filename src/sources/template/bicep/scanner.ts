import { LineMap } from '../../../util/json.js';

/**
 * A small, robust scanner of Bicep source: it finds the declarations erscan needs to place findings
 * on their Bicep line (`resource`, nested child `resource`, `module`, `param`, `using`) without being
 * a full parser. It lexes the whole file first — comments, single-line strings with escapes and
 * `${…}` interpolation (nested to any depth), multi-line `'''` strings — so a keyword inside a
 * comment or a string is never taken for a declaration, then walks the bracket structure:
 *
 * - a top-level declaration starts a line at bracket depth 0 (decorators before it are skipped);
 * - a nested child resource starts a line directly inside its parent's body object;
 * - `resource <name> '<type>@<api>' [existing] = <value>` where the value is an object,
 *   `if (<cond>) {…}`, or `[for <item> in <expr>: {…}]` (with an optional `if` before the body);
 * - `module <name> '<path>' = <value>` with the same value shapes.
 *
 * The scanner never throws: malformed input (an unterminated string, unbalanced brackets) is recorded
 * in `problems` and scanning goes on. Positions are 1-based lines and columns counted in UTF-16 code
 * units (SARIF `columnKind: utf16CodeUnits`).
 */

export interface Position {
  offset: number;
  line: number;
  column: number;
}

export type TokenKind = 'ident' | 'string' | 'number' | 'punct' | 'newline';

export interface Token {
  kind: TokenKind;
  /** Identifier name, punctuation, number text; for strings the raw source text. */
  text: string;
  start: number;
  end: number;
  /** Strings: literal parts, decoded (one more than `holes`). */
  parts?: string[];
  /** Strings: the tokens of each `${…}` interpolation. */
  holes?: Token[][];
  multiline?: boolean;
}

export interface BicepDeclaration {
  kind: 'resource' | 'module';
  /** The symbolic name (`circuit`). */
  name: string;
  /** Symbolic name as compiled templates key it: `parent::child` for nested children. */
  symbolicName: string;
  /** Where the `resource` / `module` keyword is. */
  at: Position;
  /** Resources: the type as written, without the API version (`peerings` for a nested child). */
  declaredType?: string;
  /** Resources: the full type (`Microsoft.Network/expressRouteCircuits/peerings`), when it can be told. */
  fullType?: string;
  apiVersion?: string;
  existing: boolean;
  /** A `for` loop over the declaration. */
  loop: boolean;
  loopVariables: string[];
  /** An `if` condition on the declaration (not counting its parents'). */
  condition: boolean;
  /** Modules: the path string (`./circuit.bicep`, `br/public:…`). */
  path?: string;
  /** The tokens of the `name:` property's value, if it has one. */
  nameTokens?: Token[];
  /** The `parent:` property's symbol, if it is a plain identifier. */
  parentSymbol?: string;
  /** The declaration this one is nested in. */
  parent?: BicepDeclaration;
  children: BicepDeclaration[];
  /** Token index range of the whole declaration (keyword to end of value) in `tokens`. */
  range: [number, number];
}

export interface StringLiteral {
  value: string;
  at: Position;
  /**
   * Where the string sits: `type` (a resource type `'T@api'`), `path` (module, import, using,
   * extension, load function: resolved at compile time, not emitted), `existing` (inside an
   * `existing` declaration), `target` (targetScope), `decorator` (an argument of a decorator that the
   * compiler does not emit: on a `var` that is not exported, or on an `import`), or `value` (anything else).
   */
  role: 'type' | 'path' | 'existing' | 'target' | 'decorator' | 'value';
  interpolated: boolean;
  multiline: boolean;
}

export interface BicepFile {
  text: string;
  tokens: Token[];
  /** Every resource and module declaration, nested ones included, in source order. */
  declarations: BicepDeclaration[];
  params: { name: string; at: Position }[];
  /** Files this one imports types, variables or functions from (`import … from './types.bicep'`). */
  imports: string[];
  /** `.bicepparam`: the `using` target. */
  using?: { path: string; at: Position };
  targetScope?: string;
  /** Every non-interpolated string and number literal with its role (for the compiled-twin check). */
  literals: StringLiteral[];
  numbers: { value: string; at: Position; role: StringLiteral['role'] }[];
  problems: { at: Position; message: string }[];
  position(offset: number): Position;
}

const isIdentStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdentPart = (c: string) => isIdentStart(c) || (c >= '0' && c <= '9');
const isDigit = (c: string) => c >= '0' && c <= '9';

const OPENERS: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
const CLOSERS = new Set(['}', ']', ')']);

/** Lexes Bicep text into tokens; strings keep their decoded parts and interpolation tokens. */
class Lexer {
  readonly problems: { offset: number; message: string }[] = [];
  constructor(private readonly text: string) {}

  lex(): Token[] {
    return this.tokens(0, false).tokens;
  }

  /**
   * Tokens from `i` to the end (or, in an interpolation, to its closing brace: `end` is then the
   * offset of that `}`).
   */
  private tokens(i: number, interpolation: boolean): { tokens: Token[]; end: number } {
    const t = this.text;
    const out: Token[] = [];
    let depth = 0;
    while (i < t.length) {
      const c = t[i];
      if (c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\ufeff') {
        i++;
      } else if (c === '\n' || c === '\r') {
        // A line break inside an interpolation ends it (a single-line string cannot span lines): the
        // string was never closed, and the rest of the file must not be swallowed into it.
        if (interpolation) {
          this.problems.push({ offset: i, message: 'an interpolation `${…}` that is never closed on its line' });
          return { tokens: out, end: i };
        }
        const start = i;
        i += c === '\r' && t[i + 1] === '\n' ? 2 : 1;
        out.push({ kind: 'newline', text: '\n', start, end: i });
      } else if (c === '/' && t[i + 1] === '/') {
        while (i < t.length && t[i] !== '\n' && t[i] !== '\r') i++;
      } else if (c === '/' && t[i + 1] === '*') {
        const close = t.indexOf('*/', i + 2);
        if (close < 0) {
          this.problems.push({ offset: i, message: 'a block comment that is never closed' });
          i = t.length;
        } else i = close + 2;
      } else if (c === "'") {
        const s = t.startsWith("'''", i) ? this.multiline(i) : this.string(i);
        out.push(s);
        i = s.end;
      } else if (isIdentStart(c)) {
        const start = i;
        while (i < t.length && isIdentPart(t[i])) i++;
        out.push({ kind: 'ident', text: t.slice(start, i), start, end: i });
      } else if (isDigit(c)) {
        const start = i;
        while (i < t.length && isDigit(t[i])) i++;
        out.push({ kind: 'number', text: t.slice(start, i), start, end: i });
      } else {
        if (interpolation) {
          if (c === '{') depth++;
          else if (c === '}') {
            if (depth === 0) return { tokens: out, end: i };
            depth--;
          }
        }
        const two = t.slice(i, i + 2);
        const text = two === '::' || two === '??' || two === '==' || two === '!=' || two === '<=' || two === '>=' || two === '&&' || two === '||' || two === '=>' || two === '.?' ? two : c;
        out.push({ kind: 'punct', text, start: i, end: i + text.length });
        i += text.length;
      }
    }
    if (interpolation) this.problems.push({ offset: i, message: 'an interpolation `${…}` that is never closed' });
    return { tokens: out, end: i };
  }

  /** A single-line string `'…'` with escapes and `${…}` interpolations. */
  private string(start: number): Token {
    const t = this.text;
    const parts: string[] = [];
    const holes: Token[][] = [];
    let cur = '';
    let i = start + 1;
    for (;;) {
      if (i >= t.length || t[i] === '\n' || t[i] === '\r') {
        this.problems.push({ offset: start, message: 'a string that is never closed on its line' });
        break;
      }
      const c = t[i];
      if (c === '\\') {
        const n = t[i + 1];
        if (n === 'u' && t[i + 2] === '{') {
          const close = t.indexOf('}', i + 3);
          const cp = close > 0 ? parseInt(t.slice(i + 3, close), 16) : NaN;
          if (Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff) {
            cur += String.fromCodePoint(cp);
            i = close + 1;
            continue;
          }
        }
        const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", $: '$' };
        if (n !== undefined && n !== '\n' && n !== '\r') {
          cur += map[n] ?? n;
          i += 2;
        } else i++;
      } else if (c === "'") {
        i++;
        break;
      } else if (c === '$' && t[i + 1] === '{') {
        parts.push(cur);
        cur = '';
        const hole = this.tokens(i + 2, true);
        holes.push(hole.tokens);
        i = t[hole.end] === '}' ? hole.end + 1 : hole.end;
      } else {
        cur += c;
        i++;
      }
    }
    parts.push(cur);
    return { kind: 'string', text: t.slice(start, i), start, end: i, parts, holes };
  }

  /** A multi-line string `'''…'''`: no escapes, no interpolation; a newline right after the opening is not content. */
  private multiline(start: number): Token {
    const t = this.text;
    let close = t.indexOf("'''", start + 3);
    if (close < 0) {
      this.problems.push({ offset: start, message: "a multi-line string ''' that is never closed" });
      close = t.length;
    }
    // Bicep ends the string at the first ''' ; quotes right after it belong to the content.
    let end = close + 3;
    while (t[end] === "'") end++;
    let content = t.slice(start + 3, Math.min(end - 3, t.length));
    content = content.replace(/^\r?\n/, '');
    return { kind: 'string', text: t.slice(start, Math.min(end, t.length)), start, end: Math.min(end, t.length), parts: [content], holes: [], multiline: true };
  }
}

/** Offsets → 1-based line and UTF-16 column (lines end at LF, CRLF or a lone CR: util/json.ts). */
function positionFinder(text: string): (offset: number) => Position {
  const lines = new LineMap(text);
  return (offset: number) => {
    const { line, column } = lines.position(offset);
    return { offset, line, column };
  };
}

/** A string token's value when it has no interpolation. */
export function plainString(tok: Token | undefined): string | undefined {
  if (!tok || tok.kind !== 'string' || !tok.parts || tok.parts.length !== 1) return undefined;
  return tok.parts[0];
}

/** Bracket structure of a token list: depth of each token and the index of its matching bracket. */
function structure(tokens: Token[], problems: { offset: number; message: string }[]): { depth: number[]; match: number[] } {
  const depth = new Array<number>(tokens.length);
  const match = new Array<number>(tokens.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.kind === 'punct' && OPENERS[tok.text]) {
      depth[i] = stack.length;
      stack.push(i);
    } else if (tok.kind === 'punct' && CLOSERS.has(tok.text)) {
      // Recover from a stray closer: close up to the nearest opener of the same kind, if any.
      let k = stack.length - 1;
      while (k >= 0 && OPENERS[tokens[stack[k]].text] !== tok.text) k--;
      if (k < 0) {
        problems.push({ offset: tok.start, message: `a "${tok.text}" with no matching opening bracket` });
        depth[i] = stack.length;
        continue;
      }
      if (k !== stack.length - 1) problems.push({ offset: tokens[stack[stack.length - 1]].start, message: `a "${tokens[stack[stack.length - 1]].text}" that is never closed` });
      const open = stack[k];
      stack.length = k;
      match[open] = i;
      match[i] = open;
      depth[i] = stack.length;
    } else depth[i] = stack.length;
  }
  for (const open of stack) problems.push({ offset: tokens[open].start, message: `a "${tokens[open].text}" that is never closed` });
  return { depth, match };
}

const STATEMENT_KEYWORDS = new Set(['import', 'using', 'extends', 'extension', 'provider', 'targetScope']);

/** Scans one Bicep (or .bicepparam) source text. */
export function scanBicep(text: string): BicepFile {
  const lexer = new Lexer(text);
  const tokens = lexer.lex();
  const rawProblems = lexer.problems;
  const { depth, match } = structure(tokens, rawProblems);
  const position = positionFinder(text);
  const declarations: BicepDeclaration[] = [];
  const params: BicepFile['params'] = [];
  let using: BicepFile['using'];
  let targetScope: string | undefined;
  const imports: string[] = [];
  /** Role of string tokens that are not plain values, by token start offset. */
  const roles = new Map<number, StringLiteral['role']>();

  const skipNewlines = (i: number, limit = tokens.length) => {
    while (i < limit && tokens[i].kind === 'newline') i++;
    return i;
  };
  const isPunct = (i: number, p: string) => tokens[i]?.kind === 'punct' && tokens[i].text === p;
  const isIdent = (i: number, name?: string) => tokens[i]?.kind === 'ident' && (name === undefined || tokens[i].text === name);
  /** A token begins a line (or follows an opening brace or a comma) at its depth. */
  const startsItem = (i: number) => {
    if (i === 0) return true;
    const prev = tokens[i - 1];
    return prev.kind === 'newline' || (prev.kind === 'punct' && (prev.text === '{' || prev.text === ','));
  };
  /** Skips decorators `@a.b(…)` (and newlines after them) from i. */
  const skipDecorators = (i: number, limit: number) => {
    while (isPunct(i, '@')) {
      let j = i + 1;
      while (isIdent(j) && isPunct(j + 1, '.') && isIdent(j + 2)) j += 2;
      if (!isIdent(j)) return i;
      j++;
      if (isPunct(j, '(') && match[j] > j) j = match[j] + 1;
      i = skipNewlines(j, limit);
    }
    return i;
  };
  /** End of a statement or property value that starts at i: the next newline or comma at depth d, or `limit`. */
  const endOfItem = (i: number, d: number, limit: number) => {
    let j = i;
    while (j < limit) {
      const tok = tokens[j];
      if (depth[j] === d && (tok.kind === 'newline' || (tok.kind === 'punct' && tok.text === ','))) {
        // A line ending inside a ternary (`cond\n ? a\n : b`) continues the value.
        const next = skipNewlines(j, limit);
        if (tok.kind === 'newline' && next < limit && depth[next] === d && tokens[next].kind === 'punct' && (tokens[next].text === '?' || tokens[next].text === ':')) {
          j = next;
          continue;
        }
        return j;
      }
      if (tok.kind === 'punct' && OPENERS[tok.text] && match[j] > j) j = match[j] + 1;
      else j++;
    }
    return limit;
  };

  /**
   * The value of a resource or module: `{…}`, `if (…) {…}`, `[for … in …: {…}]` (also with `if`).
   * Returns the body object's bracket indices and the end of the value.
   */
  const parseValue = (i: number, limit: number) => {
    i = skipNewlines(i, limit);
    let loop = false;
    let condition = false;
    const loopVariables: string[] = [];
    let body: [number, number] | undefined;
    let end = i + 1;
    if (isPunct(i, '[') && match[i] > i) {
      end = match[i] + 1;
      let j = skipNewlines(i + 1, match[i]);
      if (isIdent(j, 'for')) {
        loop = true;
        j++;
        if (isPunct(j, '(') && match[j] > j) {
          for (let k = j + 1; k < match[j]; k++) if (tokens[k].kind === 'ident') loopVariables.push(tokens[k].text);
        } else if (isIdent(j)) loopVariables.push(tokens[j].text);
      }
      // The body is the last object before the closing bracket; an `if` at the loop's depth conditions it.
      let k = match[i] - 1;
      while (k > i && tokens[k].kind === 'newline') k--;
      if (isPunct(k, '}') && match[k] > i) body = [match[k], k];
      for (let m = i + 1; m < (body ? body[0] : match[i]); m++) if (depth[m] === depth[i] + 1 && isIdent(m, 'if') && isPunct(skipNewlines(m + 1), '(')) condition = true;
    } else if (isIdent(i, 'if') && isPunct(skipNewlines(i + 1, limit), '(')) {
      condition = true;
      const open = skipNewlines(i + 1, limit);
      const close = match[open];
      if (close > open) {
        const b = skipNewlines(close + 1, limit);
        if (isPunct(b, '{') && match[b] > b) body = [b, match[b]];
        end = body ? body[1] + 1 : close + 1;
      }
    } else if (isPunct(i, '{') && match[i] > i) {
      body = [i, match[i]];
      end = match[i] + 1;
    } else {
      end = endOfItem(i, depth[i] ?? 0, limit);
    }
    return { loop, loopVariables, condition, body, end };
  };

  /** Properties and nested resources directly inside a body object. */
  const readBody = (decl: BicepDeclaration, body: [number, number]) => {
    const [open, close] = body;
    const d = depth[open] + 1;
    let i = open + 1;
    while (i < close) {
      i = skipNewlines(i, close);
      if (i >= close) break;
      if (depth[i] !== d || !startsItem(i)) {
        i++;
        continue;
      }
      const start = skipDecorators(i, close);
      if (decl.kind === 'resource' && isIdent(start, 'resource') && isIdent(start + 1) && tokens[start + 2]?.kind === 'string') {
        const child = parseResource(start, close, decl);
        i = child ? child.range[1] : start + 1;
        continue;
      }
      if (isIdent(start) && isPunct(start + 1, ':')) {
        const valueStart = start + 2;
        const valueEnd = endOfItem(valueStart, d, close);
        const key = tokens[start].text;
        if (key === 'name') decl.nameTokens = tokens.slice(valueStart, valueEnd).filter((t) => t.kind !== 'newline');
        else if (key === 'parent') {
          const v = tokens.slice(valueStart, valueEnd).filter((t) => t.kind !== 'newline');
          if (v.length === 1 && v[0].kind === 'ident') decl.parentSymbol = v[0].text;
        }
        i = valueEnd;
        continue;
      }
      // A quoted key (`'name': …`) or anything else: skip the item.
      i = endOfItem(start, d, close);
      if (i === start) i++;
    }
  };

  const parseResource = (i: number, limit: number, parent?: BicepDeclaration): BicepDeclaration | undefined => {
    const nameTok = tokens[i + 1];
    const typeTok = tokens[i + 2];
    const typeString = plainString(typeTok);
    let j = i + 3;
    let existing = false;
    if (isIdent(j, 'existing')) {
      existing = true;
      j++;
    }
    if (!isPunct(j, '=')) return undefined;
    roles.set(typeTok.start, 'type');
    const value = parseValue(j + 1, limit);
    const [declaredType, apiVersion] = typeString !== undefined ? splitType(typeString) : [undefined, undefined];
    const decl: BicepDeclaration = {
      kind: 'resource',
      name: nameTok.text,
      symbolicName: parent ? `${parent.symbolicName}::${nameTok.text}` : nameTok.text,
      at: position(tokens[i].start),
      declaredType,
      apiVersion: apiVersion ?? parent?.apiVersion,
      existing,
      loop: value.loop,
      loopVariables: value.loopVariables,
      condition: value.condition,
      parent,
      children: [],
      range: [i, value.end],
    };
    if (declaredType !== undefined) {
      decl.fullType = parent && !isQualifiedType(declaredType) ? (parent.fullType ? `${parent.fullType}/${declaredType}` : undefined) : declaredType;
    }
    declarations.push(decl);
    parent?.children.push(decl);
    // An existing resource is not emitted by non-symbolic compilation: its strings may be absent.
    if (existing) for (let k = i; k < value.end; k++) if (tokens[k].kind === 'string') roles.set(tokens[k].start, 'existing');
    if (value.body) readBody(decl, value.body);
    return decl;
  };

  const parseModule = (i: number, limit: number): BicepDeclaration | undefined => {
    const nameTok = tokens[i + 1];
    const pathTok = tokens[i + 2];
    if (!isPunct(i + 3, '=')) return undefined;
    roles.set(pathTok.start, 'path');
    const value = parseValue(i + 4, limit);
    const decl: BicepDeclaration = {
      kind: 'module',
      name: nameTok.text,
      symbolicName: nameTok.text,
      at: position(tokens[i].start),
      existing: false,
      loop: value.loop,
      loopVariables: value.loopVariables,
      condition: value.condition,
      path: plainString(pathTok),
      children: [],
      range: [i, value.end],
    };
    declarations.push(decl);
    if (value.body) readBody(decl, value.body);
    return decl;
  };

  let i = 0;
  while (i < tokens.length) {
    i = skipNewlines(i);
    if (i >= tokens.length) break;
    if (depth[i] !== 0 || !startsItem(i)) {
      i++;
      continue;
    }
    // Decorators sit on the lines before a declaration (or on its own line): skip to the keyword.
    const decorated = i;
    i = skipDecorators(i, tokens.length);
    if (i >= tokens.length) break;
    const kw = tokens[i].kind === 'ident' ? tokens[i].text : '';
    // The decorators of a variable (`@description`, the only other one being `@export`) and of an import are
    // not in the compiled template: ARM variables have no metadata (Bicep 0.40 emits none for them), and an
    // import is resolved at compile time. Their strings are no sign of a stale twin.
    if (kw === 'import' || (kw === 'var' && !tokens.slice(decorated, i).some((t) => t.kind === 'ident' && t.text === 'export')))
      for (let k = decorated; k < i; k++) if (tokens[k].kind === 'string') roles.set(tokens[k].start, 'decorator');
    if (kw === 'resource' && isIdent(i + 1) && tokens[i + 2]?.kind === 'string') {
      const d = parseResource(i, tokens.length);
      if (d) {
        i = d.range[1];
        continue;
      }
    } else if (kw === 'module' && isIdent(i + 1) && tokens[i + 2]?.kind === 'string') {
      const d = parseModule(i, tokens.length);
      if (d) {
        i = d.range[1];
        continue;
      }
    } else if (kw === 'param' && isIdent(i + 1)) {
      params.push({ name: tokens[i + 1].text, at: position(tokens[i].start) });
    } else if (kw === 'using' && tokens[i + 1]?.kind === 'string') {
      const p = plainString(tokens[i + 1]);
      if (p !== undefined) using = { path: p, at: position(tokens[i].start) };
    } else if (kw === 'targetScope') {
      const k = skipNewlines(i + 1);
      if (isPunct(k, '=')) targetScope = plainString(tokens[skipNewlines(k + 1)]);
    }
    const end = endOfItem(i, 0, tokens.length);
    if (STATEMENT_KEYWORDS.has(kw)) {
      for (let k = i; k < end; k++) {
        if (tokens[k].kind !== 'string') continue;
        roles.set(tokens[k].start, kw === 'targetScope' ? 'target' : 'path');
        const p = plainString(tokens[k]);
        if (kw === 'import' && p !== undefined && isIdent(k - 1, 'from')) imports.push(p);
      }
    }
    i = end > i ? end : i + 1;
  }

  // Compile-time file loads (`loadTextContent('x.txt')`, `loadJsonContent(…)`): the path is not emitted.
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k].kind === 'ident' && /^load[A-Z]/.test(tokens[k].text) && isPunct(k + 1, '(') && tokens[k + 2].kind === 'string') roles.set(tokens[k + 2].start, 'path');
  }

  const literals: StringLiteral[] = [];
  const numbers: BicepFile['numbers'] = [];
  const collect = (list: Token[], insideRole?: StringLiteral['role']) => {
    for (const tok of list) {
      if (tok.kind === 'string') {
        const role = insideRole ?? roles.get(tok.start) ?? 'value';
        literals.push({ value: tok.parts!.join(''), at: position(tok.start), role, interpolated: (tok.holes?.length ?? 0) > 0, multiline: !!tok.multiline });
        if (tok.holes) for (const h of tok.holes) collect(h, role === 'value' ? undefined : role);
      } else if (tok.kind === 'number') {
        numbers.push({ value: tok.text, at: position(tok.start), role: insideRole ?? 'value' });
      }
    }
  };
  collect(tokens);
  // Numbers inside `existing` declarations are not emitted either.
  for (const d of declarations) {
    if (!d.existing) continue;
    const from = tokens[d.range[0]].start;
    const to = tokens[Math.min(d.range[1], tokens.length) - 1].end;
    for (const n of numbers) if (n.at.offset >= from && n.at.offset < to) n.role = 'existing';
  }

  const problems = rawProblems.map((p) => ({ at: position(p.offset), message: p.message }));
  return { text, tokens, declarations, params, imports, using, targetScope, literals, numbers, problems, position };
}

/** `Microsoft.Network/expressRouteCircuits@2024-01-01` → [type, api]; `peerings` → ['peerings', undefined]. */
export function splitType(s: string): [string, string | undefined] {
  const at = s.lastIndexOf('@');
  return at < 0 ? [s, undefined] : [s.slice(0, at), s.slice(at + 1)];
}

/** A fully qualified type has a provider namespace (`Microsoft.Network/…`), a relative child type does not. */
export function isQualifiedType(type: string): boolean {
  return /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+\//.test(type);
}
