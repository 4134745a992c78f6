import { Worker } from 'node:worker_threads';

/**
 * A thread that writes report files, so the main thread only serialises: the JSON and SARIF of a
 * large estate are ~90 MB of indented text, and indenting it, turning it into UTF-8 and writing it,
 * and GitHub's gzip check on SARIF (the compact log, compressed at the fast level: ~0.06 s), run beside the main thread
 * instead of after it.
 *
 * The main thread serialises a report compactly (`JSON.stringify(v)`: V8 does that about a third
 * faster than with a gap, and it is a quarter less text to hand over) and posts each piece as it is
 * made (a string copy); the thread indents its UTF-8 bytes as `JSON.stringify(v, null, 2)` would
 * (the two forms differ only by line breaks and indentation between tokens and a space after each
 * key's colon, and JSON strings hold no raw line break) and writes them, and for SARIF compresses the
 * compact bytes themselves with a gzip stream, whose output does not depend on how its input is cut
 * (the same bytes as gzipSync of the whole). A report may also be given indented already (the JSON
 * report is: the thread is the slower side while SARIF is written, and V8's gap costs the main thread less
 * than indenting costs the thread); its pieces are then only turned into UTF-8 and written. One thread
 * writes both large reports, SARIF first. Pieces
 * in flight are bounded (the main thread waits when the thread falls behind), so memory does not grow
 * with the report.
 */

/** The thread's code (a script: `require` is available in eval workers). */
const THREAD_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, writeSync, closeSync, rmSync, renameSync } = require('node:fs');
const { createGzip } = require('node:zlib');
const inflight = new Int32Array(workerData.inflight);
const files = new Map();

function writeAll(fd, bytes, end) {
  for (let off = 0; off < end; ) off += writeSync(fd, bytes, off, end - off);
}

// Bytes of indented output gathered before a write to the file.
const OUT_SIZE = 1 << 20;

// The indented form (JSON.stringify(v, null, 2)) of compact JSON (JSON.stringify(v)), from its UTF-8
// bytes, piece by piece, into the file: a line break and the indentation after each '[' or '{' that
// is not empty and after each ',', before each ']' or '}' that closes a non-empty one, and a space
// after each key's colon. That is all that tells the two forms apart (compact JSON has no whitespace
// outside strings; the final line break is copied). Strings, most of the bytes, are found with
// indexOf and copied whole (bytes of characters outside ASCII are never a quote or a backslash).
function prettyInto(f, bytes) {
  let out = f.out, p = f.opos, depth = f.depth, pending = f.pending;
  const n = bytes.length;
  let i = 0;
  if (f.inString) {
    i = stringEnd(f, bytes, 0);
    p = copyOut(f, bytes, 0, i, p);
    out = f.out;
  }
  while (i < n) {
    const b = bytes[i];
    // Room for this byte and a line break with its indentation (two spaces a level).
    if (p + 2 * depth + 8 > out.length) {
      writeAll(f.fd, out, p);
      p = 0;
      if (2 * depth + 8 > out.length) out = f.out = Buffer.allocUnsafe(4 * depth + 16);
    }
    if (pending) {
      pending = false;
      if (b === 93 || b === 125) {
        out[p++] = b;
        depth--;
        i++;
        continue;
      }
      p = newLine(out, p, depth);
    }
    if (b === 34) {
      f.inString = true;
      const end = stringEnd(f, bytes, i + 1);
      p = copyOut(f, bytes, i, end, p);
      out = f.out;
      i = end;
      continue;
    }
    if (b === 44) {
      out[p++] = 44;
      p = newLine(out, p, depth);
    } else if (b === 58) {
      out[p++] = 58;
      out[p++] = 32;
    } else if (b === 123 || b === 91) {
      out[p++] = b;
      depth++;
      pending = true;
    } else if (b === 125 || b === 93) {
      depth--;
      p = newLine(out, p, depth);
      out[p++] = b;
    } else out[p++] = b;
    i++;
  }
  f.opos = p; f.depth = depth; f.pending = pending;
}

// A line break and the indentation of depth levels at p (the caller has made room); the position after.
function newLine(out, p, depth) {
  out[p++] = 10;
  for (let k = 2 * depth; k > 0; k--) out[p++] = 32;
  return p;
}

// Where the string being read ends in this piece: just after its closing quote (f.inString cleared),
// or the piece's end (f.escape: whether the piece ends inside an escape). A quote closes the string
// when an even number of backslashes comes before it.
function stringEnd(f, bytes, from) {
  const n = bytes.length;
  let i = from;
  if (f.escape) {
    if (i >= n) return n;
    f.escape = false;
    i++;
  }
  const start = i;
  for (;;) {
    const q = bytes.indexOf(34, i);
    if (q < 0) {
      let k = 0;
      for (let j = n - 1; j >= start && bytes[j] === 92; j--) k++;
      f.escape = k % 2 === 1;
      return n;
    }
    let k = 0;
    for (let j = q - 1; j >= start && bytes[j] === 92; j--) k++;
    if (k % 2 === 0) {
      f.inString = false;
      return q + 1;
    }
    i = q + 1;
  }
}

// Bytes from..end of a piece copied to the output (written straight to the file when they do not fit).
function copyOut(f, bytes, from, end, p) {
  const len = end - from;
  if (p + len > f.out.length) {
    writeAll(f.fd, f.out, p);
    p = 0;
    if (len > f.out.length) {
      writeAll(f.fd, bytes.subarray(from, end), len);
      return 0;
    }
  }
  // Most strings are short: a loop copies them faster than Buffer#copy, whose call costs more than the bytes.
  if (len < 48) {
    const out = f.out;
    for (let i = from; i < end; i++) out[p++] = bytes[i];
    return p;
  }
  bytes.copy(f.out, p, from, end);
  return p + len;
}

// The file's indented bytes written so far (at a piece's end, and when it closes).
function flush(f) {
  if (f.opos > 0) writeAll(f.fd, f.out, f.opos);
  f.opos = 0;
}

// The main thread is woken only when it waits (inflight[1]) and enough has been written for it to go
// on (RESUME_CHARS): a wake per piece cost the thread a switch to the main thread for every piece.
function release(chars) {
  const left = Atomics.sub(inflight, 0, chars) - chars;
  if (left <= workerData.resumeChars && Atomics.load(inflight, 1) === 1) Atomics.notify(inflight, 0);
}

// Bytes waiting for gzip that do not hold the main thread back.
const GZIP_BACKLOG = 32 << 20;

// Compact bytes go to gzip (the stream compresses on libuv's pool, beside this thread and the main
// one): JSON.stringify(v) without the final line break (the only byte 10 there is: JSON strings hold
// none, and no UTF-8 sequence holds one). They are gathered into writes of GZIP_CHUNK bytes: each
// write (and each output chunk) is a round trip between the pool and this thread's event loop, which
// is busy indenting; with a write per piece gzip fell tens of megabytes behind and the main thread
// waited for it at the end of SARIF. gzip can be slower than the main thread serialises: up to
// GZIP_BACKLOG bytes wait for it freely; beyond, the text they came from counts as in flight until
// gzip has taken them, so memory stays bounded.
function toGzip(f, bytes, chars) {
  const n = bytes.length > 0 && bytes[bytes.length - 1] === 10 ? bytes.length - 1 : bytes.length;
  if (f.backlog + f.gzipLength + n > GZIP_BACKLOG) f.gzipHeld += chars;
  else release(chars);
  for (let i = 0; i < n; ) {
    const k = Math.min(n - i, GZIP_CHUNK - f.gzipLength);
    bytes.copy(f.gzipIn, f.gzipLength, i, i + k);
    f.gzipLength += k;
    i += k;
    if (f.gzipLength === GZIP_CHUNK) gzipWrite(f);
  }
}

// Bytes gathered for one write to gzip.
const GZIP_CHUNK = 1 << 20;

// The gathered bytes written to gzip; the text held for them is released once gzip has taken them.
function gzipWrite(f) {
  const n = f.gzipLength;
  const held = f.gzipHeld;
  if (n === 0) {
    if (held) release(held);
    f.gzipHeld = 0;
    return;
  }
  const bytes = f.gzipIn.subarray(0, n);
  f.gzipIn = Buffer.allocUnsafe(GZIP_CHUNK);
  f.gzipLength = 0;
  f.gzipHeld = 0;
  f.backlog += n;
  f.gzip.write(bytes, () => {
    f.backlog -= n;
    if (held) release(held);
  });
}

// A piece of text as UTF-8: a piece that ends inside a surrogate pair keeps its first half for the next.
// Written into a buffer of the file's spares (one pass over the text, no new buffer a piece, against
// Buffer.from's measuring pass and allocation); the bytes are a view of it (buffer: the whole).
function encode(f, text) {
  text = f.carry + text;
  f.carry = '';
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) {
    f.carry = text.slice(-1);
    text = text.slice(0, -1);
  }
  // A UTF-16 code unit is at most 3 bytes of UTF-8.
  const need = 3 * text.length;
  let buffer = f.spares.pop();
  if (buffer === undefined || buffer.length < need) buffer = Buffer.allocUnsafeSlow(Math.max(need, SPARE_SIZE));
  return { buffer, bytes: buffer.subarray(0, buffer.write(text, 0, 'utf8')) };
}

// Size of an encoding buffer: a piece of ~48 K characters of ASCII fits with room to spare.
const SPARE_SIZE = 192 * 1024;
// Most buffers kept for reuse (the others are left to the collector).
const MAX_SPARES = 16;

// A buffer given back once its bytes are no longer needed.
function spare(f, buffer) {
  if (f.spares.length < MAX_SPARES) f.spares.push(buffer);
}

// A file's bytes (and the characters they came from): indented and written, and measured; buffer, when
// given, holds them and is reused once they are.
function take(f, bytes, chars, buffer) {
  try {
    // No error: the file is open (one that could not be opened is an error from the start).
    if (!f.error) {
      if (f.pretty) {
        prettyInto(f, bytes);
        flush(f);
      } else writeAll(f.fd, bytes, bytes.length);
    }
  } catch (e) {
    f.error = e;
  }
  if (f.gzip && !f.error) toGzip(f, bytes, chars);
  else release(chars);
  if (buffer) spare(f, buffer);
}

// The file closed and, unless it is too large for GitHub (then the main thread writes it again), moved
// to its place: here, because a rename that replaces a file waits for the new file's data to reach the
// disk on ext4 (auto_da_alloc), which would hold up the main thread.
function close(f, id, file, target, maxGzipBytes) {
  const finish = (gzipBytes) => {
    let renamed = false;
    try {
      if (f.fd !== undefined) closeSync(f.fd);
      const fits = gzipBytes === undefined || maxGzipBytes === undefined || gzipBytes <= maxGzipBytes;
      if (!f.error && target !== undefined && fits) {
        renameSync(file, target);
        renamed = true;
      }
    } catch (e) {
      f.error = f.error || e;
    }
    if (f.error) rmSync(file, { force: true });
    parentPort.postMessage({ id, gzipBytes: f.error ? undefined : gzipBytes, renamed, error: f.error ? { code: f.error.code, message: String(f.error.message || f.error) } : undefined });
  };
  if (f.carry) {
    const bytes = Buffer.from(f.carry, 'utf8');
    f.carry = '';
    take(f, bytes, 0);
  }
  // After an error, the bytes already given to gzip release their text as gzip takes them.
  if (f.gzip) gzipWrite(f);
  if (!f.gzip || f.error) return finish(undefined);
  f.gzip.end();
  f.gzipDone.then(() => finish(f.gzipBytes), (e) => { f.error = f.error || e; finish(undefined); });
}

parentPort.on('message', (m) => {
  if (m.op === 'open') {
    const f = { fd: undefined, error: undefined, gzip: undefined, gzipBytes: 0, gzipDone: undefined, backlog: 0, gzipIn: undefined, gzipLength: 0, gzipHeld: 0, spares: [], pretty: m.pretty, out: m.pretty ? Buffer.allocUnsafe(OUT_SIZE) : undefined, opos: 0, depth: 0, inString: false, escape: false, pending: false, carry: '' };
    try {
      f.fd = openSync(m.file, 'w');
    } catch (e) {
      f.error = e;
    }
    if (m.compact) {
      // Output in chunks as large as the writes (zlib's 16 KB would be a round trip to this thread each).
      f.gzip = createGzip(m.gzipLevel === undefined ? { chunkSize: GZIP_CHUNK } : { level: m.gzipLevel, chunkSize: GZIP_CHUNK });
      f.gzipIn = Buffer.allocUnsafe(GZIP_CHUNK);
      f.gzip.on('data', (d) => (f.gzipBytes += d.length));
      f.gzipDone = new Promise((resolve, reject) => { f.gzip.on('end', resolve); f.gzip.on('error', reject); });
    }
    files.set(m.id, f);
    return;
  }
  const f = files.get(m.id);
  if (m.op === 'chunk') {
    let encoded;
    try {
      encoded = encode(f, m.text);
    } catch (e) {
      f.error = f.error || e;
      encoded = { buffer: undefined, bytes: Buffer.alloc(0) };
    }
    take(f, encoded.bytes, m.text.length, encoded.buffer);
    return;
  }
  if (m.op === 'close') {
    files.delete(m.id);
    close(f, m.id, m.file, m.target, m.maxGzipBytes);
  }
});
`;

/** Most characters posted and not yet written before the main thread waits for the thread. */
const MAX_INFLIGHT_CHARS = 4 * 1024 * 1024;
/** Characters in flight below which a waiting main thread goes on (woken once, not at every piece). */
const RESUME_CHARS = MAX_INFLIGHT_CHARS / 2;

/** What the thread did with a file. */
export interface Written {
  /** The gzipped size of the compact JSON, when asked for. */
  gzipBytes?: number;
  /** True when the file was moved to its target (`renameTo`). */
  renamed: boolean;
}

export interface ThreadWrite {
  /** Resolves once the file is written (and, when asked, measured and moved). */
  done: Promise<Written>;
}

export class ReportThread {
  private readonly worker: Worker;
  /** [characters in flight, 1 while the main thread waits for them to fall to RESUME_CHARS] */
  private readonly inflight = new Int32Array(new SharedArrayBuffer(8));
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (v: Written) => void; reject: (e: Error) => void }>();
  private failure: Error | undefined;

  constructor() {
    this.worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { inflight: this.inflight.buffer, resumeChars: RESUME_CHARS } });
    this.worker.on('message', (m: { id: number; gzipBytes?: number; renamed: boolean; error?: { code?: string; message: string } }) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.error) w.reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
      else w.resolve({ gzipBytes: m.gzipBytes, renamed: m.renamed });
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => this.fail(new Error(`the report writer thread stopped (exit code ${code})`)));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(this.failure);
    this.waiting.clear();
  }

  /** Starts a file on the thread; its pieces follow by `post`. */
  private begin(file: string, pretty: boolean, gzipCompact: boolean, gzipLevel: number | undefined): { id: number; file: string; done: Promise<Written> } {
    const id = this.next++;
    const done = new Promise<Written>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    done.catch(() => undefined); // awaited by the caller when it gets that far; never an unhandled rejection
    this.worker.postMessage({ op: 'open', id, file, pretty, compact: gzipCompact, gzipLevel });
    return { id, file, done };
  }

  /** Counts `chars` characters in flight to this thread; when it holds more than MAX_INFLIGHT_CHARS, first waits until it holds at most RESUME_CHARS. */
  private reserve(chars: number): void {
    if (this.failure) throw this.failure;
    if (Atomics.load(this.inflight, 0) > MAX_INFLIGHT_CHARS) {
      // Said before the count is read again, so the thread's wake-up cannot fall between the read and the wait.
      Atomics.store(this.inflight, 1, 1);
      for (let held = Atomics.load(this.inflight, 0); held > RESUME_CHARS; held = Atomics.load(this.inflight, 0)) Atomics.wait(this.inflight, 0, held, 100);
      Atomics.store(this.inflight, 1, 0);
    }
    Atomics.add(this.inflight, 0, chars);
  }

  /** One piece of a started file (waits first while the thread holds more than MAX_INFLIGHT_CHARS). */
  private post(w: { id: number }, text: string): void {
    this.reserve(text.length);
    this.worker.postMessage({ op: 'chunk', id: w.id, text });
  }

  /**
   * Writes `chunks`, pieces of compact JSON (`JSON.stringify(v) + '\n'`, serialised on the calling
   * thread), to `file` on the thread, indented (`JSON.stringify(v, null, 2) + '\n'`); with `indented`,
   * the pieces are that indented text already and are written as they are (no gzip measure then); with
   * `gzipCompact`, also gives the gzipped size of the compact JSON (at `gzipLevel`, zlib's default
   * without it). With `renameTo`, the thread then
   * moves the file there, unless `maxGzipBytes` is given and the gzipped size is above it.
   */
  write(file: string, chunks: Iterable<string>, opts: { indented?: boolean; gzipCompact?: boolean; gzipLevel?: number; renameTo?: string; maxGzipBytes?: number } = {}): ThreadWrite {
    if (opts.indented && opts.gzipCompact) throw new TypeError('ReportThread.write: gzipCompact measures compact JSON; indented text has none');
    const w = this.begin(file, opts.indented !== true, opts.gzipCompact === true, opts.gzipLevel);
    try {
      for (const text of chunks) this.post(w, text);
    } finally {
      this.worker.postMessage({ op: 'close', id: w.id, file, target: opts.renameTo, maxGzipBytes: opts.maxGzipBytes });
    }
    return { done: w.done };
  }

  /**
   * Whether the thread keeps the process alive: a thread started ahead of its use (`standby`) does
   * not, so a scan that ends early (an error, no large report after all) exits as it would without it.
   */
  hold(keep: boolean): void {
    if (keep) this.worker.ref();
    else this.worker.unref();
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
