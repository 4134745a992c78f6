import { Worker } from 'node:worker_threads';

/**
 * A thread that writes report files, so the main thread only serialises: the JSON and SARIF of a
 * large estate are ~90 MB of text, and turning it into UTF-8 and writing it (~0.2 s at 10,000
 * circuits), and GitHub's gzip check on SARIF (a compact copy of the log, compressed: ~0.4 s), run
 * beside the main thread instead of after it.
 *
 * The main thread posts each piece of a report as it is serialised (a string copy); the thread
 * writes it to the file and, for SARIF, takes the insignificant whitespace out of it in the same pass
 * (what is left is exactly `JSON.stringify(log)`: the indented form differs from it only by line
 * breaks and indentation between tokens and a space after each key's colon, and JSON strings hold no
 * raw line break or space-for-syntax), and compresses that compact text with a gzip stream, whose
 * output does not depend on how its input is cut (the same bytes as gzipSync of the whole).
 * Pieces in flight are bounded (the main thread waits when the thread falls behind), so memory does
 * not grow with the report.
 */

/** The thread's code (a script: `require` is available in eval workers). */
const THREAD_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, writeSync, closeSync, rmSync } = require('node:fs');
const { createGzip } = require('node:zlib');
const inflight = new Int32Array(workerData.inflight);
const files = new Map();

function writeAll(fd, bytes, end) {
  for (let off = 0; off < end; ) off += writeSync(fd, bytes, off, end - off);
}

// One pass over a piece of indented JSON (JSON.stringify(v, null, 2)): its UTF-8 bytes (as
// Buffer.from would give them) into f.pretty, and the same bytes without the spaces and line
// breaks outside strings (JSON.stringify(v) exactly) into f.compact.
function encode(f, text) {
  const n = text.length;
  if (f.pretty.length < n * 3) f.pretty = Buffer.allocUnsafe(n * 3);
  if (f.compact.length - f.cpos < n * 3) {
    const next = Buffer.allocUnsafe(Math.max(f.compact.length, f.cpos + n * 3));
    f.compact.copy(next, 0, 0, f.cpos);
    f.compact = next;
  }
  const p = f.pretty, c = f.compact;
  let pp = 0, cp = f.cpos, inString = f.inString, escape = f.escape;
  for (let i = 0; i < n; i++) {
    let ch = text.charCodeAt(i);
    if (ch < 0x80) {
      p[pp++] = ch;
      if (inString) {
        if (escape) escape = false;
        else if (ch === 92) escape = true;
        else if (ch === 34) inString = false;
      } else if (ch === 32 || ch === 10) continue;
      else if (ch === 34) inString = true;
      c[cp++] = ch;
      continue;
    }
    // Outside ASCII: only ever inside a string (JSON syntax is ASCII), so it is kept in both.
    escape = false;
    let a, b, d, e, len;
    if (ch < 0x800) { a = 0xc0 | (ch >> 6); b = 0x80 | (ch & 63); len = 2; }
    else if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < n && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      const cpnt = ((ch - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      i++;
      a = 0xf0 | (cpnt >> 18); b = 0x80 | ((cpnt >> 12) & 63); d = 0x80 | ((cpnt >> 6) & 63); e = 0x80 | (cpnt & 63); len = 4;
    } else if (ch >= 0xd800 && ch <= 0xdfff) { a = 0xef; b = 0xbf; d = 0xbd; len = 3; }
    else { a = 0xe0 | (ch >> 12); b = 0x80 | ((ch >> 6) & 63); d = 0x80 | (ch & 63); len = 3; }
    p[pp++] = a; c[cp++] = a; p[pp++] = b; c[cp++] = b;
    if (len > 2) { p[pp++] = d; c[cp++] = d; }
    if (len > 3) { p[pp++] = e; c[cp++] = e; }
  }
  f.cpos = cp; f.inString = inString; f.escape = escape;
  return pp;
}

// Compact bytes go to gzip in pieces of about a megabyte (the stream compresses on libuv's pool). The
// text they came from counts as in flight until gzip has taken them, so the main thread waits for gzip too.
function release(chars) {
  Atomics.sub(inflight, 0, chars);
  Atomics.notify(inflight, 0);
}
function feed(f, final) {
  if (f.cpos > 0 && (final || f.cpos >= 1 << 20)) {
    const chars = f.held;
    f.held = 0;
    f.gzip.write(Buffer.from(f.compact.subarray(0, f.cpos)), () => release(chars));
    f.cpos = 0;
  } else if (final && f.held > 0) {
    release(f.held);
    f.held = 0;
  }
}

parentPort.on('message', (m) => {
  if (m.op === 'open') {
    const f = { fd: undefined, error: undefined, gzip: undefined, gzipBytes: 0, gzipDone: undefined, pretty: Buffer.allocUnsafe(0), compact: Buffer.allocUnsafe(0), cpos: 0, inString: false, escape: false, carry: '', held: 0 };
    try {
      f.fd = openSync(m.file, 'w');
    } catch (e) {
      f.error = e;
    }
    if (m.compact) {
      f.gzip = createGzip();
      f.gzip.on('data', (d) => (f.gzipBytes += d.length));
      f.gzipDone = new Promise((resolve, reject) => { f.gzip.on('end', resolve); f.gzip.on('error', reject); });
    }
    files.set(m.id, f);
    return;
  }
  const f = files.get(m.id);
  if (m.op === 'chunk') {
    try {
      if (!f.error) {
        if (f.gzip) {
          // A piece that ends inside a surrogate pair: its first half waits for the next piece.
          let text = f.carry + m.text;
          f.carry = '';
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            f.carry = text.slice(-1);
            text = text.slice(0, -1);
          }
          const end = encode(f, text); // (f.pretty may be replaced by a larger buffer)
          writeAll(f.fd, f.pretty, end);
          f.held += m.text.length;
          feed(f, false);
          return;
        } else {
          const bytes = Buffer.from(m.text, 'utf8');
          writeAll(f.fd, bytes, bytes.length);
        }
      }
    } catch (e) {
      f.error = e;
    }
    release(m.text.length);
    return;
  }
  if (m.op === 'close') {
    files.delete(m.id);
    const finish = (gzipBytes) => {
      try {
        if (f.fd !== undefined) closeSync(f.fd);
      } catch (e) {
        f.error = f.error || e;
      }
      if (f.error) rmSync(m.file, { force: true });
      parentPort.postMessage({ id: m.id, gzipBytes: f.error ? undefined : gzipBytes, error: f.error ? { code: f.error.code, message: String(f.error.message || f.error) } : undefined });
    };
    if (!f.gzip) return finish(undefined);
    try {
      if (!f.error && f.carry) {
        const end = encode(f, f.carry);
        writeAll(f.fd, f.pretty, end);
      }
    } catch (e) {
      f.error = e;
    }
    feed(f, true);
    f.gzip.end();
    f.gzipDone.then(() => finish(f.gzipBytes), (e) => { f.error = f.error || e; finish(undefined); });
  }
});
`;

/** Most characters posted and not yet written before the main thread waits for the thread. */
const MAX_INFLIGHT_CHARS = 4 * 1024 * 1024;

export interface ThreadWrite {
  /** Resolves once the file is written (and, when asked, the gzipped size of its compact form known). */
  done: Promise<{ gzipBytes?: number }>;
}

export class ReportThread {
  private readonly worker: Worker;
  private readonly inflight = new Int32Array(new SharedArrayBuffer(4));
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (v: { gzipBytes?: number }) => void; reject: (e: Error) => void }>();
  private failure: Error | undefined;

  constructor() {
    this.worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { inflight: this.inflight.buffer } });
    this.worker.on('message', (m: { id: number; gzipBytes?: number; error?: { code?: string; message: string } }) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.error) w.reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
      else w.resolve({ gzipBytes: m.gzipBytes });
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => this.fail(new Error(`the report writer thread stopped (exit code ${code})`)));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(this.failure);
    this.waiting.clear();
  }

  /**
   * Writes `chunks` to `file` on the thread (the pieces are serialised here, on the calling thread);
   * with `gzipCompact`, also gives the gzipped size of the compact form of the JSON written.
   */
  write(file: string, chunks: Iterable<string>, opts: { gzipCompact?: boolean } = {}): ThreadWrite {
    const id = this.next++;
    const done = new Promise<{ gzipBytes?: number }>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    done.catch(() => undefined); // awaited by the caller when it gets that far; never an unhandled rejection
    this.worker.postMessage({ op: 'open', id, file, compact: opts.gzipCompact === true });
    try {
      for (const text of chunks) {
        if (this.failure) throw this.failure;
        // Back-pressure: wait while the thread holds more than MAX_INFLIGHT_CHARS of text.
        for (let held = Atomics.load(this.inflight, 0); held > MAX_INFLIGHT_CHARS; held = Atomics.load(this.inflight, 0)) Atomics.wait(this.inflight, 0, held, 100);
        Atomics.add(this.inflight, 0, text.length);
        this.worker.postMessage({ op: 'chunk', id, text });
      }
    } finally {
      this.worker.postMessage({ op: 'close', id, file });
    }
    return { done };
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
