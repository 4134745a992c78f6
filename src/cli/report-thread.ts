import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

/**
 * A thread that writes report files, so the main thread only serialises: the JSON and SARIF of a
 * large estate are ~90 MB of text, and turning it into UTF-8 and writing it (~0.2 s at 10,000
 * circuits), and GitHub's gzip check on SARIF (a compact copy of the log, compressed: ~0.4 s), run
 * beside the main thread instead of after it.
 *
 * The main thread posts each piece of a report as it is serialised (a string copy); the thread
 * writes its UTF-8 bytes to the file and, for SARIF, takes the insignificant whitespace out of those
 * bytes (what is left is exactly `JSON.stringify(log)`: the indented form differs from it only by
 * line breaks and indentation between tokens and a space after each key's colon, and JSON strings
 * hold no raw line break), and compresses that compact text with a gzip stream, whose output does not
 * depend on how its input is cut (the same bytes as gzipSync of the whole). Each large report has a
 * thread of its own (SARIF's work is the heavier; JSON's writing does not wait behind it).
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

// The compact form of a piece of indented JSON (JSON.stringify(v, null, 2)), from its UTF-8 bytes:
// the spaces and line breaks outside strings dropped (JSON.stringify(v) exactly). Bytes of characters
// outside ASCII are never a quote, a backslash, a space or a line break, so they are copied as they are.
function compactInto(f, bytes) {
  const n = bytes.length;
  if (f.compact.length - f.cpos < n) {
    const next = Buffer.allocUnsafe(Math.max(f.compact.length * 2, f.cpos + n));
    f.compact.copy(next, 0, 0, f.cpos);
    f.compact = next;
  }
  const c = f.compact;
  let cp = f.cpos, inString = f.inString, escape = f.escape;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (inString) {
      if (escape) escape = false;
      else if (b === 92) escape = true;
      else if (b === 34) inString = false;
    } else if (b === 32 || b === 10) continue;
    else if (b === 34) inString = true;
    c[cp++] = b;
  }
  f.cpos = cp; f.inString = inString; f.escape = escape;
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

// A piece of text as UTF-8: a piece that ends inside a surrogate pair keeps its first half for the next.
function encode(f, text) {
  text = f.carry + text;
  f.carry = '';
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) {
    f.carry = text.slice(-1);
    text = text.slice(0, -1);
  }
  return Buffer.from(text, 'utf8');
}

// A file's bytes (and the characters they came from): written, measured, handed to the measuring thread.
function take(f, bytes, chars) {
  try {
    if (!f.error) {
      if (f.fd !== undefined) writeAll(f.fd, bytes, bytes.length);
      if (f.gzip) compactInto(f, bytes);
    }
  } catch (e) {
    f.error = e;
  }
  if (f.forward) {
    // Handed over, not copied (a buffer of its own: Buffer.from's small strings share a pool).
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
    f.forward.postMessage({ op: 'bytes', bytes: own, chars }, [own.buffer]);
  }
  if (f.gzip && !f.error) {
    f.held += chars;
    feed(f, false);
  } else release(chars);
}

function close(f, id, file) {
  const finish = (gzipBytes) => {
    try {
      if (f.fd !== undefined) closeSync(f.fd);
    } catch (e) {
      f.error = f.error || e;
    }
    if (f.error && file !== undefined) rmSync(file, { force: true });
    parentPort.postMessage({ id, gzipBytes: f.error ? undefined : gzipBytes, error: f.error ? { code: f.error.code, message: String(f.error.message || f.error) } : undefined });
  };
  if (f.carry) {
    const bytes = Buffer.from(f.carry, 'utf8');
    f.carry = '';
    take(f, bytes, 0);
  }
  if (f.forward) {
    f.forward.postMessage({ op: 'close' });
    f.forward.close();
  }
  if (!f.gzip) return finish(undefined);
  if (f.error) {
    release(f.held);
    f.held = 0;
    return finish(undefined);
  }
  feed(f, true);
  f.gzip.end();
  f.gzipDone.then(() => finish(f.gzipBytes), (e) => { f.error = f.error || e; finish(undefined); });
}

parentPort.on('message', (m) => {
  if (m.op === 'open') {
    const f = { fd: undefined, error: undefined, gzip: undefined, gzipBytes: 0, gzipDone: undefined, compact: Buffer.allocUnsafe(0), cpos: 0, inString: false, escape: false, carry: '', held: 0, forward: m.forward };
    try {
      // No file: the pieces are only measured (their compact form gzipped), another thread writes them.
      if (m.file !== undefined) f.fd = openSync(m.file, 'w');
    } catch (e) {
      f.error = e;
    }
    if (m.compact) {
      f.gzip = createGzip();
      f.gzip.on('data', (d) => (f.gzipBytes += d.length));
      f.gzipDone = new Promise((resolve, reject) => { f.gzip.on('end', resolve); f.gzip.on('error', reject); });
    }
    if (m.input) {
      // The pieces come as UTF-8 from the thread that writes them (writeAndMeasure), and so does the end.
      m.input.on('message', (mm) => {
        if (mm.op === 'bytes') take(f, mm.bytes, mm.chars);
        else if (mm.op === 'close') {
          m.input.close();
          close(f, m.id, undefined);
        }
      });
      return;
    }
    files.set(m.id, f);
    return;
  }
  const f = files.get(m.id);
  if (m.op === 'chunk') {
    let bytes;
    try {
      bytes = encode(f, m.text);
    } catch (e) {
      f.error = f.error || e;
      bytes = Buffer.alloc(0);
    }
    take(f, bytes, m.text.length);
    return;
  }
  if (m.op === 'close') {
    files.delete(m.id);
    close(f, m.id, m.file);
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

  /** Starts a file on the thread (or, without `file`, a measurement only); its pieces follow by `post`. */
  begin(file: string | undefined, gzipCompact: boolean, ports: { forward?: MessagePort; input?: MessagePort } = {}): { id: number; file: string | undefined; done: Promise<{ gzipBytes?: number }> } {
    const id = this.next++;
    const done = new Promise<{ gzipBytes?: number }>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    done.catch(() => undefined); // awaited by the caller when it gets that far; never an unhandled rejection
    const transfer = [ports.forward, ports.input].filter((p): p is MessagePort => p !== undefined);
    this.worker.postMessage({ op: 'open', id, file, compact: gzipCompact, ...ports }, transfer);
    return { id, file, done };
  }

  /** Counts `chars` characters in flight to this thread, first waiting while it holds more than MAX_INFLIGHT_CHARS. */
  reserve(chars: number): void {
    if (this.failure) throw this.failure;
    for (let held = Atomics.load(this.inflight, 0); held > MAX_INFLIGHT_CHARS; held = Atomics.load(this.inflight, 0)) Atomics.wait(this.inflight, 0, held, 100);
    Atomics.add(this.inflight, 0, chars);
  }

  /** One piece of a started file (waits first while the thread holds more than MAX_INFLIGHT_CHARS). */
  post(w: { id: number }, text: string): void {
    this.reserve(text.length);
    this.worker.postMessage({ op: 'chunk', id: w.id, text });
  }

  /** Ends a started file: `done` resolves once it is written (and measured). */
  end(w: { id: number; file: string | undefined }): void {
    this.worker.postMessage({ op: 'close', id: w.id, file: w.file });
  }

  /**
   * Writes `chunks` to `file` on the thread (the pieces are serialised here, on the calling thread);
   * with `gzipCompact`, also gives the gzipped size of the compact form of the JSON written.
   */
  write(file: string, chunks: Iterable<string>, opts: { gzipCompact?: boolean } = {}): ThreadWrite {
    const w = this.begin(file, opts.gzipCompact === true);
    try {
      for (const text of chunks) this.post(w, text);
    } finally {
      this.end(w);
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

/**
 * `writer.write(file, chunks, { gzipCompact: true })` with the measuring (the compact copy and its gzip,
 * the heavier part) on another thread: each piece is posted once, to the writer, which hands its UTF-8
 * bytes on to the measurer (a transfer, not a copy) after writing them, and the end after the last.
 */
export function writeAndMeasure(writer: ReportThread, measurer: ReportThread, file: string, chunks: Iterable<string>): ThreadWrite {
  const channel = new MessageChannel();
  const w = writer.begin(file, false, { forward: channel.port1 });
  const m = measurer.begin(undefined, true, { input: channel.port2 });
  try {
    for (const text of chunks) {
      measurer.reserve(text.length);
      writer.post(w, text);
    }
  } finally {
    writer.end(w);
  }
  const done = Promise.all([w.done, m.done]).then(([, measured]) => ({ gzipBytes: measured.gzipBytes }));
  done.catch(() => undefined);
  return { done };
}
