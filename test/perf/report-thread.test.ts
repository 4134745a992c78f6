import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportThread } from '../../src/cli/report-thread.js';
import { jsonChunks } from '../../src/util/json-chunks.js';

// The report thread is given compact JSON (JSON.stringify(value) + '\n') and writes it indented exactly as
// JSON.stringify(value, null, 2) + '\n', and measures the gzipped size of the compact JSON (GitHub's SARIF
// limit) exactly as gzipSync(JSON.stringify(value)) does, however the text is cut.

const tmp = mkdtempSync(join(tmpdir(), 'erscan-thread-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Text that a whitespace stripper could get wrong: quotes, colons and spaces inside strings, escapes, non-ASCII. */
const tricky = {
  'key with ": colon': ': starts with a colon and a space',
  quote: 'a \\" b": c',
  backslashes: 'ends with a backslash \\',
  'é–→ 🚀': ['café – 50 €', '🚀 rocket', 'tab\tand\nnewline', '', '   spaces   '],
  numbers: [0, -1.5, 1e21, 12345678901234],
  nested: { empty: {}, list: [], nothing: null, yes: true, deep: { a: [{ b: [{ c: 'd' }] }] }, empties: [[], {}, [[]], [{}], { a: [] }] },
  'punctuation in strings': ['[', ']', '{', '}', ',', ':', '{"a": [1, 2]}', '\\', '\\"', '"\\'],
  results: Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, message: i % 7 ? `plain ${i}` : `dash – ${i} "quoted": yes`, level: i % 3 ? 'note' : 'error' })),
};

function pieces(text: string, cut: (i: number) => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const n = Math.max(1, cut(i));
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

describe('report thread', () => {
  const thread = new ReportThread();
  afterAll(() => thread.close());
  const whole = JSON.stringify(tricky, null, 2) + '\n';
  const compact = JSON.stringify(tricky) + '\n';
  const expected = gzipSync(JSON.stringify(tricky)).length;
  const cuts: [string, (i: number) => number][] = [
    ['the JSON writer\'s pieces', () => Infinity],
    ['one character at a time', () => 1],
    ['pieces of 7 characters', () => 7],
    ['pieces of varying size', (i) => 1 + ((i * 7919) % 97)],
  ];

  for (const [label, cut] of cuts) {
    it(`${label}: the file is the indented text, the gzipped compact size is gzipSync's`, async () => {
      const file = join(tmp, `${label.replace(/\W+/g, '-')}.json`);
      const chunks = label.startsWith('the JSON') ? [...jsonChunks(tricky, 64, true)] : pieces(compact, cut);
      expect(chunks.join('')).toBe(compact);
      const { gzipBytes } = await thread.write(file, chunks, { gzipCompact: true }).done;
      expect(readFileSync(file, 'utf8')).toBe(whole);
      expect(gzipBytes).toBe(expected);
    });
  }

  it('writes text already indented (the JSON report, serialised with its indentation) as it is given, whatever the cuts, a surrogate pair split included', async () => {
    for (const [label, cut] of cuts) {
      const file = join(tmp, `indented-${label.replace(/\W+/g, '-')}.json`);
      const chunks = label.startsWith('the JSON') ? [...jsonChunks(tricky, 64)] : pieces(whole, cut);
      expect(chunks.join('')).toBe(whole);
      const written = await thread.write(file, chunks, { indented: true }).done;
      expect(written.gzipBytes).toBeUndefined();
      expect(readFileSync(file, 'utf8')).toBe(whole);
    }
    expect(() => thread.write(join(tmp, 'never.json'), [whole], { indented: true, gzipCompact: true })).toThrow(/compact JSON/);
  });

  it('measures the gzipped size at the level asked (SARIF\'s first measure is the fast level)', async () => {
    const file = join(tmp, 'fast.json');
    const fast = gzipSync(JSON.stringify(tricky), { level: 1 }).length;
    expect(fast).not.toBe(expected);
    const { gzipBytes } = await thread.write(file, pieces(compact, (i) => 1 + ((i * 31) % 13)), { gzipCompact: true, gzipLevel: 1 }).done;
    expect(gzipBytes).toBe(fast);
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });

  it('moves the file to its target when asked, unless its gzipped size is above the limit given', async () => {
    const target = join(tmp, 'moved.json');
    const small = await thread.write(join(tmp, 'moved.tmp'), pieces(compact, () => 97), { gzipCompact: true, renameTo: target, maxGzipBytes: expected }).done;
    expect(small).toEqual({ gzipBytes: expected, renamed: true });
    expect(readFileSync(target, 'utf8')).toBe(whole);
    expect(existsSync(join(tmp, 'moved.tmp'))).toBe(false);
    const over = await thread.write(join(tmp, 'kept.tmp'), [compact], { gzipCompact: true, renameTo: join(tmp, 'not-moved.json'), maxGzipBytes: expected - 1 }).done;
    expect(over).toEqual({ gzipBytes: expected, renamed: false });
    expect(readFileSync(join(tmp, 'kept.tmp'), 'utf8')).toBe(whole);
    expect(existsSync(join(tmp, 'not-moved.json'))).toBe(false);
    const plain = await thread.write(join(tmp, 'plain.tmp'), [compact], { renameTo: join(tmp, 'plain-moved.json') }).done;
    expect(plain).toEqual({ gzipBytes: undefined, renamed: true });
  });

  it('writes a file without measuring, one character at a time: surrogate pairs cut in two are whole in the file', async () => {
    const file = join(tmp, 'plain-chars.json');
    const { gzipBytes } = await thread.write(file, pieces(compact, () => 1)).done;
    expect(gzipBytes).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });

  it('writes without measuring when not asked', async () => {
    const file = join(tmp, 'plain.json');
    const { gzipBytes } = await thread.write(file, [...jsonChunks(tricky, undefined, true)]).done;
    expect(gzipBytes).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });

  it('indents any JSON value as JSON.stringify does: random values, random cuts', async () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const value = (depth: number): unknown => {
      const k = rand(depth > 6 ? 4 : 7);
      if (k === 0) return rand(2) ? null : rand(1000) - 500;
      if (k === 1) return ['', 'a', '"', '\\', '[{,:}]', 'é🚀', ' x ', '\\\\', '\\"', 'a\\\\"b', '""', '\\\\\\'][rand(12)];
      if (k === 2) return rand(2) === 1;
      if (k === 3) return rand(3) ? 1.25 : -0;
      if (k === 4 || k === 5) return Array.from({ length: rand(4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: rand(4) }, (_, i) => [`k${i}${['', ' ', ':', '"'][rand(4)]}`, value(depth + 1)]));
    };
    const cases = [...Array.from({ length: 40 }, () => value(0)), Array.from({ length: 2000 }, () => value(0))];
    for (const [n, v] of cases.entries()) {
      const file = join(tmp, `random-${n}.json`);
      await thread.write(file, pieces(JSON.stringify(v) + '\n', () => 1 + rand(50))).done;
      expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(v, null, 2) + '\n');
    }
  });

  it('a report larger than the text it may hold in flight, in pieces small and large: two files at once, each exact', async () => {
    // ~9 M characters each (more than the text in flight may be, so the caller waits for the thread), with
    // pieces from 1 character to 1,300,000 (larger than an encoding buffer), non-ASCII throughout.
    const big = { results: Array.from({ length: 60_000 }, (_, i) => ({ id: `r${i}`, text: i % 5 ? `plain text ${i} `.repeat(8) : `dash – ${i} "é🚀" \\ x`, n: i })) };
    const compactBig = JSON.stringify(big) + '\n';
    const sizes = [1, 48 * 1024, 7, 400_000, 3 * 1024, 100_000, 1_300_000];
    let k = 0;
    const cut = pieces(compactBig, () => sizes[k++ % sizes.length]);
    const a = thread.write(join(tmp, 'big-a.json'), cut, { gzipCompact: true, gzipLevel: 1 });
    const b = thread.write(join(tmp, 'big-b.json'), cut);
    const [wa] = await Promise.all([a.done, b.done]);
    const whole = JSON.stringify(big, null, 2) + '\n';
    expect(readFileSync(join(tmp, 'big-a.json'), 'utf8')).toBe(whole);
    expect(readFileSync(join(tmp, 'big-b.json'), 'utf8')).toBe(whole);
    expect(wa.gzipBytes).toBe(gzipSync(JSON.stringify(big), { level: 1 }).length);
  });

  it('a piece of 2 M characters, surrogate pairs at odd offsets: the file is exact', async () => {
    const value = ['x' + '🚀'.repeat(700_000), 'é'.repeat(600_001)];
    const file = join(tmp, 'long-piece.json');
    await thread.write(file, [JSON.stringify(value) + '\n']).done;
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(value, null, 2) + '\n');
  });

  it('names the error of a file it cannot write', async () => {
    await expect(thread.write(join(tmp, 'no-such-folder', 'x.json'), ['{}']).done).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
