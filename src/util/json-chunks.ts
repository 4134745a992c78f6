/**
 * `JSON.stringify(value, null, 2) + '\n'` (with `compact`: `JSON.stringify(value) + '\n'`) in pieces, byte for byte, so a large report is written to
 * its file as it is serialised instead of first becoming one string (hundreds of megabytes for a
 * large estate, near V8's largest string). The structure is walked in JavaScript only down to the
 * long arrays (findings, results, costs); each of their elements is serialised by the native
 * `JSON.stringify` and indented to its place, so the walk costs little over one native call.
 *
 * Pieces are joined into chunks of about `chunkChars` characters (at most one batch of elements more)
 * before they are yielded.
 */

/**
 * A list whose elements are made as they are serialised (`map(source[i], i)`), so that the objects
 * of a long report list (findings, SARIF results) live only while their batch is written, instead
 * of all at once. jsonChunks serialises it as the array it stands for; JSON.stringify does too (toJSON).
 */
export class MappedList<T = unknown, U = unknown> {
  constructor(
    readonly source: readonly T[],
    readonly map: (item: T, index: number) => U,
  ) {}

  get length(): number {
    return this.source.length;
  }

  toJSON(): U[] {
    return this.source.map((x, i) => this.map(x, i));
  }
}

/**
 * Arrays at least this long have their elements serialised natively, a batch of elements a call. A
 * batch aims at BATCH_CHARS of text (its size follows the elements' size, from 8 to 256 of them):
 * below V8's large-object size, so a batch's strings die young instead of piling up, uncollected,
 * in large-object space until the next full collection.
 */
const LONG_ARRAY = 8;
const BATCH_CHARS = 48 * 1024;
const GAP = '  ';

export function* jsonChunks(value: unknown, chunkChars = 1 << 20, compact = false): Generator<string> {
  // Compact text is what a report thread takes (src/cli/report-thread.ts): V8 serialises without a gap
  // about a third faster, and the thread indents it while it writes.
  const gap = compact ? '' : GAP;
  const nl = compact ? '' : '\n';
  const colon = compact ? ':' : ': ';
  const parts: string[] = [];
  let size = 0;
  const push = (s: string) => {
    parts.push(s);
    size += s.length;
  };
  // An explicit stack of frames keeps the walk iterative (no recursion depth to worry about) and
  // lets the generator yield between any two pieces.
  type Frame = { keys: string[] | undefined; holder: object; i: number; indent: string; wrote: boolean; close: string };
  /** Element `i` of an array frame's holder (a MappedList makes it). */
  const elementOf = (holder: object, i: number): unknown => (holder instanceof MappedList ? holder.map(holder.source[i], i) : (holder as unknown[])[i]);
  /** The value as JSON.stringify serialises it, a MappedList left as it is (walked as an array). */
  const prepare = (v: unknown, key: string): unknown => (v instanceof MappedList ? v : prepared(v, key));
  const stack: Frame[] = [];

  const top = prepare(value, '');
  const rootText = start(top, '', false);
  if (rootText === undefined) throw new TypeError('jsonChunks: the value has no JSON form');
  if (rootText !== null) push(rootText);

  /**
   * Serialises one value at `indent`: a container worth walking is opened (its first piece written, a
   * frame pushed; returns null), anything else is returned as text (undefined when it has no JSON form).
   */
  function start(v: unknown, indent: string, native: boolean): string | null | undefined {
    if (v === null || typeof v !== 'object' || native) return compact ? JSON.stringify(v) : indented(JSON.stringify(v, null, 2), indent);
    if (stack.some((f) => f.holder === v)) throw new TypeError('Converting circular structure to JSON');
    if (Array.isArray(v) || v instanceof MappedList) {
      if (v.length === 0) return '[]';
      push('[');
      stack.push({ keys: undefined, holder: v, i: 0, indent, wrote: false, close: ']' });
      return null;
    }
    const keys = Object.keys(v);
    push('{');
    stack.push({ keys, holder: v, i: 0, indent, wrote: false, close: '}' });
    return null;
  }

  while (stack.length > 0) {
    const f = stack[stack.length - 1];
    const inner = f.indent + gap;
    let descended = false;
    if (f.keys === undefined) {
      const arr = f.holder as unknown[] | MappedList;
      if (arr.length >= LONG_ARRAY) {
        // Elements in batches, each batch one native call at the right depth (no re-indenting).
        let count = 16;
        while (f.i < arr.length) {
          const end = Math.min(arr.length, f.i + count);
          push(f.wrote ? `,${nl}` : nl);
          f.wrote = true;
          const elements = arr instanceof MappedList ? mappedSlice(arr, f.i, end) : arr;
          const from = arr instanceof MappedList ? 0 : f.i;
          const to = arr instanceof MappedList ? end - f.i : end;
          const batch = compact ? compactBatch(elements, from, to, f.i) : nativeBatch(elements, from, to, inner.length / GAP.length, f.i);
          count = Math.max(8, Math.min(256, Math.floor(((end - f.i) * BATCH_CHARS) / Math.max(1, batch.length))));
          f.i = end;
          if (batch.length >= Math.min(chunkChars / 4, BATCH_CHARS / 4)) {
            // A large batch is a piece of its own (joining it with the small pieces before it would copy it).
            if (parts.length > 0) yield parts.join('');
            parts.length = 0;
            size = 0;
            yield batch;
            continue;
          }
          push(batch);
          if (size >= chunkChars) {
            yield parts.join('');
            parts.length = 0;
            size = 0;
          }
        }
      }
      while (f.i < arr.length) {
        const i = f.i++;
        const v = prepare(elementOf(arr, i), String(i));
        push(f.wrote ? `,${nl}${inner}` : `${nl}${inner}`);
        f.wrote = true;
        const text = start(v, inner, false);
        if (text === null) {
          descended = true;
          break;
        }
        push(text === undefined ? 'null' : text);
        if (size >= chunkChars) {
          yield parts.join('');
          parts.length = 0;
          size = 0;
        }
      }
    } else {
      const obj = f.holder as Record<string, unknown>;
      while (f.i < f.keys.length) {
        const k = f.keys[f.i++];
        const v = prepare(obj[k], k);
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
        push(`${f.wrote ? `,${nl}` : nl}${inner}${JSON.stringify(k)}${colon}`);
        f.wrote = true;
        const text = start(v, inner, false);
        if (text === null) {
          descended = true;
          break;
        }
        push(text as string);
        if (size >= chunkChars) {
          yield parts.join('');
          parts.length = 0;
          size = 0;
        }
      }
    }
    if (descended) continue;
    stack.pop();
    // An object whose every property was left out (undefined values) prints as `{}`, as JSON.stringify does.
    push(f.wrote ? `${nl}${f.indent}${f.close}` : f.close);
  }
  push('\n');
  yield parts.join('');
}

/** The value JSON.stringify serialises for `holder[key]`: after `toJSON`, with boxed primitives unwrapped. */
function prepared(v: unknown, key: string): unknown {
  if (v !== null && (typeof v === 'object' || typeof v === 'bigint') && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    v = (v as { toJSON: (k: string) => unknown }).toJSON(key);
  }
  if (v instanceof Number || v instanceof String || v instanceof Boolean) return v.valueOf();
  return v;
}

/**
 * Elements `from` to `end` of an array whose elements sit `depth` levels deep, as JSON.stringify
 * prints them there (each line indented, separated by `,\n`): one native call on the batch wrapped in
 * `depth - 1` arrays, the wrapping lines cut off. An element with `toJSON` is called with its own
 * index, as JSON.stringify does, so such a batch is given its elements' toJSON values by index.
 */
/** Elements `from` to `end` of a MappedList, made. */
function mappedSlice(list: MappedList, from: number, end: number): unknown[] {
  const out = new Array<unknown>(end - from);
  for (let i = from; i < end; i++) out[i - from] = list.map(list.source[i], i);
  return out;
}

function nativeBatch(arr: unknown[], from: number, end: number, depth: number, index0 = from): string {
  const batch = batchOf(arr, from, end, index0);
  // Sparse arrays: slice keeps the holes, which JSON.stringify prints as null, as it does in place.
  let wrapped: unknown = batch;
  for (let d = 1; d < depth; d++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // The wrapping and the batch's own brackets: one line each before (`[`) and after (`]`), per level.
  let head = 0;
  for (let d = 0; d < depth; d++) head = text.indexOf('\n', head) + 1;
  let tail = text.length;
  for (let d = 0; d < depth; d++) tail = text.lastIndexOf('\n', tail - 1);
  return text.slice(head, tail);
}

/** Elements `from` to `end` as JSON.stringify prints them compactly inside their array: one native call, brackets cut off. */
function compactBatch(arr: unknown[], from: number, end: number, index0 = from): string {
  const text = JSON.stringify(batchOf(arr, from, end, index0));
  return text.slice(1, -1);
}

/** Elements `from` to `end`, given by index the toJSON value of an element that has one (as JSON.stringify does in place). */
function batchOf(arr: unknown[], from: number, end: number, index0: number): unknown[] {
  const batch: unknown[] = arr.slice(from, end);
  if (batch.some((v) => v !== null && (typeof v === 'object' || typeof v === 'bigint') && typeof (v as { toJSON?: unknown }).toJSON === 'function')) {
    return batch.map((v, j) => prepared(v, String(index0 + j)));
  }
  return batch;
}

/** Native output placed at `indent` (a JSON string never holds a raw line break, so this is exact). */
function indented(text: string | undefined, indent: string): string | undefined {
  if (text === undefined) return undefined;
  return indent && text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text;
}
