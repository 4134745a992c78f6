import { getNodeValue, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { InputError } from './errors.js';
import { jsonSyntaxProblem } from './jsonwords.js';
import { readBoundedFile } from './read.js';

/** Files larger than this are refused with a clear error rather than exhausting memory. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/**
 * Read a file as text: UTF-8 (a BOM is stripped), or UTF-16 that starts with its byte-order mark (what Windows
 * PowerShell 5.1's `>` and `Out-File` write: `az graph query … > estate.json` there gives UTF-16LE). Refuses
 * bytes that are not valid in the encoding, oversized files and anything but a regular file.
 */
export function readText(file: string): string {
  const buf = readBoundedFile(file, MAX_INPUT_BYTES);
  const utf16 = buf.length >= 2 ? (buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : undefined) : undefined;
  let text: string;
  try {
    // (The decoder drops the byte-order mark.)
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new InputError(file, '', utf16 ? `${utf16.toUpperCase()} text (the file starts with its byte-order mark)` : 'UTF-8 text', `bytes that are not valid ${utf16 ? utf16.toUpperCase() : 'UTF-8'}`);
  }
  // UTF-16 without its byte-order mark decodes as "UTF-8" with a NUL beside every ASCII character (text starts
  // with one: `{`, `[`, a space, a letter): named as such, not as the JSON syntax error at its first NUL.
  if (!utf16 && buf.length >= 2 && (buf[0] === 0) !== (buf[1] === 0)) {
    const order = buf[1] === 0 ? 'UTF-16LE' : 'UTF-16BE';
    throw new InputError(file, '', 'UTF-8 text, or UTF-16 that starts with its byte-order mark', `${order} text without a byte-order mark (save it as UTF-8, or with the mark)`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Maps offsets in a text to 1-based line and column (UTF-16 code units). A line ends at LF, CRLF or a
 * lone CR, as editors, GitHub and upload-sarif's line hashes count them; the text starts after any
 * byte-order mark (`readText` drops it), so the first line's columns are not shifted by one.
 */
export class LineMap {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}
  position(offset: number): { line: number; column: number } {
    // Line starts are found on first use: most inputs never need a position (no error, not a template).
    if (!this.starts) this.starts = lineStarts(this.text);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

/** The offset at which each line of a text starts (the first is 0): after each LF, CRLF or lone CR. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

export interface ParsedJson {
  value: unknown;
  text: string;
  lines: LineMap;
  /** The syntax tree with offsets, for locating template resources. */
  tree: JsonNode | undefined;
  /** True when the text is JSON with comments or trailing commas (accepted for ARM templates and parameter files only). */
  jsonc?: boolean;
}

/**
 * ARM deployment templates and parameter files may carry `//` and `/* *\/` comments and trailing
 * commas: Azure's deployment tooling accepts them (and VS Code's ARM tools write them). Other
 * inputs (snapshots, Resource Graph output) stay strict JSON.
 */
function isDeploymentDocument(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const doc = v as Record<string, unknown>;
  const schema = typeof doc.$schema === 'string' ? doc.$schema : '';
  if (/deploymentTemplate|deploymentParameters/i.test(schema)) return true;
  return Array.isArray(doc.resources) && 'contentVersion' in doc;
}

const JSONC_OPTIONS = { allowTrailingComma: true, disallowComments: false } as const;

/**
 * The document as JSON with comments, when it parses as such and is an ARM template or parameter file.
 * Its strings may also run over several lines, as ARM's multi-line strings do (Azure CLI and Azure
 * PowerShell deploy them: https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax#multi-line-strings;
 * the Azure landing zone templates use them for long expressions): a line break inside a string is
 * part of its text, and whitespace inside an expression.
 */
function parseDeploymentJsonc(text: string): { value: unknown; tree: JsonNode } | { error: ParseError } | undefined {
  let errors: ParseError[] = [];
  let tree = parseTree(text, errors, JSONC_OPTIONS);
  if (errors.length > 0) {
    const multiLine = withoutRawLineBreaks(text);
    if (multiLine) {
      errors = [];
      tree = parseTree(multiLine.text, errors, JSONC_OPTIONS);
      if (errors.length === 0 && tree) restoreLineBreaks(tree, multiLine.marks);
    }
  }
  if (errors.length > 0 || !tree) return errors.length > 0 && DEPLOYMENT_SCHEMA.test(text) ? { error: errors[0] } : undefined;
  const value: unknown = getNodeValue(tree);
  return isDeploymentDocument(value) ? { value, tree } : undefined;
}

/** A `$schema` of an ARM template or parameter file, as the text states it (for documents that do not parse). */
const DEPLOYMENT_SCHEMA = /"\$schema"\s*:\s*"[^"\n]*deployment(Template|Parameters)\.json/i;

/** The error for a parser's first syntax problem: file, line and column, and what was found (nothing, for no problem and no value). */
function syntaxError(file: string, lines: LineMap, e: ParseError | undefined): never {
  const pos = lines.position(e?.offset ?? 0);
  throw new InputError(`${file}:${pos.line}:${pos.column}`, '', 'valid JSON', e ? jsonSyntaxProblem(e.error) : 'nothing');
}

/**
 * The text with each raw line break inside a string (`\n`, `\r`) replaced by a character the text does
 * not hold (one for each), so that a JSON parser reads the string and every offset stays where it was;
 * undefined when no string holds a raw line break (or no two such characters are free). Comments are
 * skipped as JSONC has them.
 */
function withoutRawLineBreaks(text: string): { text: string; marks: { lf: string; cr: string } } | undefined {
  // Characters of the private use area the text holds (one pass: a file could hold thousands of them).
  const used = new Uint8Array(0xf8ff - 0xe000 + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xe000 && c <= 0xf8ff) used[c - 0xe000] = 1;
  }
  const free: string[] = [];
  for (let k = 0; k < used.length && free.length < 2; k++) if (used[k] === 0) free.push(String.fromCharCode(0xe000 + k));
  if (free.length < 2) return undefined;
  const [lf, cr] = free;
  const out: string[] = [];
  let from = 0;
  walkJsonc(text, (i, c, inString) => {
    if (inString && (c === 10 || c === 13)) {
      out.push(text.slice(from, i), c === 10 ? lf : cr);
      from = i + 1;
    }
  });
  if (out.length === 0) return undefined;
  out.push(text.slice(from));
  return { text: out.join(''), marks: { lf, cr } };
}

/** The line breaks `withoutRawLineBreaks` stood in for, put back into the tree's strings (values and property names). */
function restoreLineBreaks(node: JsonNode, marks: { lf: string; cr: string }): void {
  const stack: JsonNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'string' && typeof n.value === 'string' && (n.value.includes(marks.lf) || n.value.includes(marks.cr))) {
      (n as { value: unknown }).value = n.value.split(marks.lf).join('\n').split(marks.cr).join('\r');
    }
    if (n.children) stack.push(...n.children);
  }
}

/** Maximum nesting accepted; deeper input is refused (a guard against hostile files). */
export const MAX_JSON_DEPTH = 256;

/**
 * Parse strict JSON with an error that names the file, line and column. With `checkNesting` false
 * (and no tree), a value nested too deep is not refused here: the caller must check the nesting before
 * walking the value (`nestedDeeper`, then `tooDeep`), as the loader of Resource Graph rows does while
 * it walks the rows anyway (src/sources/rows.ts).
 */
export function parseJson(file: string, text: string, withTree = false, checkNesting = true): ParsedJson {
  const lines = new LineMap(text);
  if (text.trim() === '') throw new InputError(file, '', 'JSON', 'an empty file');
  let value: unknown;
  try {
    // JSON.parse is not recursive (any depth parses); the limit guards the code that walks the value.
    value = JSON.parse(text);
  } catch {
    // Not strict JSON: the depth is checked on the text first (the JSONC parser below recurses).
    checkDepth(file, text, lines);
    const jsonc = parseDeploymentJsonc(text);
    if (jsonc && 'tree' in jsonc) return { value: jsonc.value, text, lines, tree: jsonc.tree, jsonc: true };
    // A template's first problem as JSON with comments and multi-line strings (which it may have), not
    // its first comment; other documents' as strict JSON.
    if (jsonc) syntaxError(file, lines, jsonc.error);
    // the tolerant parser below names the precise position
    withSyntaxTree(file, { value: undefined, text, lines, tree: undefined });
    throw new InputError(file, '', 'valid JSON');
  }
  // One walk over the parsed value instead of a second pass over every character of the text; a
  // value nested too deep is then placed in the text (line and column) by the text scan.
  if ((checkNesting || withTree) && value !== null && typeof value === 'object' && nestedDeeper(value, MAX_JSON_DEPTH)) tooDeep(file, text, lines);
  const parsed: ParsedJson = { value, text, lines, tree: undefined };
  return withTree ? withSyntaxTree(file, parsed) : parsed;
}

/** The error for a parsed value nested more than MAX_JSON_DEPTH levels deep, placed in its text (line and column). */
export function tooDeep(file: string, text: string, lines: LineMap): never {
  checkDepth(file, text, lines);
  throw new InputError(file, '', `JSON nested at most ${MAX_JSON_DEPTH} levels deep`, 'deeper nesting');
}

/** True when a container nests more than `levels` levels of arrays and objects (itself the first). Recurses at most `levels + 1` deep. */
export function nestedDeeper(v: object, levels: number): boolean {
  if (levels <= 0) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (x !== null && typeof x === 'object' && nestedDeeper(x, levels - 1)) return true;
    }
    return false;
  }
  const o = v as Record<string, unknown>;
  for (const k in o) {
    const x = o[k];
    if (x !== null && typeof x === 'object' && nestedDeeper(x, levels - 1)) return true;
  }
  return false;
}

/** Adds the syntax tree with offsets (templates need it to locate resources); errors name line and column. */
export function withSyntaxTree(file: string, parsed: ParsedJson): ParsedJson {
  if (parsed.tree) return parsed;
  const errors: ParseError[] = [];
  const tree = parseTree(parsed.text, errors, parsed.jsonc ? JSONC_OPTIONS : { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) syntaxError(file, parsed.lines, errors[0]);
  return { ...parsed, tree };
}

function checkDepth(file: string, text: string, lines: LineMap): void {
  let depth = 0;
  walkJsonc(text, (i, c, inString) => {
    if (inString) return;
    if (c === 123 || c === 91) {
      if (++depth > MAX_JSON_DEPTH) {
        const pos = lines.position(i);
        throw new InputError(`${file}:${pos.line}:${pos.column}`, '', `JSON nested at most ${MAX_JSON_DEPTH} levels deep`, 'deeper nesting');
      }
    } else if (c === 125 || c === 93) depth--;
  });
}

/**
 * Visits each character of JSON text (with JSONC's comments, which are skipped: brackets and quotes in
 * them do not count) with whether it is inside a string. A string's quotes are visited as outside it,
 * and the character after a backslash in a string is not visited (an escape never ends a string).
 */
function walkJsonc(text: string, visit: (i: number, c: number, inString: boolean) => void): void {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) {
        inString = false;
        visit(i, c, false);
      } else visit(i, c, true);
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else {
      if (c === 34) inString = true;
      visit(i, c, false);
    }
  }
}

/** The number of `:` in a text (one native search per colon). */
function colonsIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) n++;
  return n;
}

/**
 * Whether strict JSON text, parsed into `value`, writes a key twice in one object (JSON.parse keeps the last in
 * silence), told without a syntax tree: a large Resource Graph export costs one search for its colons and one
 * walk over its value, a tenth of its parse. Each colon outside the strings of valid JSON ends one key, so the
 * keys written are the text's colons less those inside its strings; the value holds one key per key written
 * when none repeats. A colon a string escapes (`\u003a`) is in the value and not in the text, so it can hide a
 * repeat (never invent one): true only when a key is written twice. The walk keeps its own stack (any depth).
 */
export function writesKeyTwice(text: string, value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  let keys = 0;
  let colonsInStrings = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes(':')) colonsInStrings += colonsIn(v);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x === 'string' || (x !== null && typeof x === 'object')) stack.push(x);
      }
    } else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const k in o) {
        keys++;
        if (k.includes(':')) colonsInStrings += colonsIn(k);
        const x = o[k];
        if (typeof x === 'string' || (x !== null && typeof x === 'object')) stack.push(x);
      }
    }
  }
  return colonsIn(text) - colonsInStrings > keys;
}

/** A key written a second time in one object of a syntax tree: its path (the object's, then the key) and the offset of the second one. */
export interface RepeatedKey {
  path: (string | number)[];
  offset: number;
}

/**
 * The keys written more than once in one object, anywhere in a syntax tree (each repeat once, in text
 * order). JSON.parse and jsonc-parser's value keep the last in silence. The tree is nested at most
 * MAX_JSON_DEPTH levels deep (parseJson refuses deeper), so the walk recurses that far at most. Cheap
 * on a large input (a Terraform plan of tens of MB): one path, copied only for a repeat, and the keys
 * of a small object compared with each other instead of put in a set.
 */
export function repeatedKeys(tree: JsonNode | undefined): RepeatedKey[] {
  const out: RepeatedKey[] = [];
  const path: (string | number)[] = [];
  const walk = (node: JsonNode): void => {
    const children = node.children;
    if (!children) return;
    if (node.type === 'object') {
      const seen = children.length > 16 ? new Set<string>() : undefined;
      for (let i = 0; i < children.length; i++) {
        const prop = children[i].children;
        const keyNode = prop?.[0];
        if (!keyNode || typeof keyNode.value !== 'string') continue;
        const key = keyNode.value;
        let again = false;
        if (seen) {
          again = seen.has(key);
          seen.add(key);
        } else {
          for (let j = 0; j < i && !again; j++) again = children[j].children?.[0]?.value === key;
        }
        path.push(key);
        if (again) out.push({ path: path.slice(), offset: keyNode.offset });
        const valueNode = prop[1];
        if (valueNode) walk(valueNode);
        path.pop();
      }
    } else if (node.type === 'array') {
      for (let i = 0; i < children.length; i++) {
        path.push(i);
        walk(children[i]);
        path.pop();
      }
    }
  };
  if (tree) walk(tree);
  return out;
}
