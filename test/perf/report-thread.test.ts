import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportThread, writeAndMeasure } from '../../src/cli/report-thread.js';
import { jsonChunks } from '../../src/util/json-chunks.js';

// The report thread writes what it is given byte for byte, and measures the gzipped size of the compact
// JSON (GitHub's SARIF limit) exactly as gzipSync(JSON.stringify(value)) does, however the text is cut.

const tmp = mkdtempSync(join(tmpdir(), 'erscan-thread-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Text that a whitespace stripper could get wrong: quotes, colons and spaces inside strings, escapes, non-ASCII. */
const tricky = {
  'key with ": colon': ': starts with a colon and a space',
  quote: 'a \\" b": c',
  backslashes: 'ends with a backslash \\',
  'é–→ 🚀': ['café – 50 €', '🚀 rocket', 'tab\tand\nnewline', '', '   spaces   '],
  numbers: [0, -1.5, 1e21, 12345678901234],
  nested: { empty: {}, list: [], nothing: null, yes: true, deep: { a: [{ b: [{ c: 'd' }] }] } },
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
  const expected = gzipSync(JSON.stringify(tricky)).length;
  const cuts: [string, (i: number) => number][] = [
    ['the JSON writer\'s pieces', () => Infinity],
    ['one character at a time', () => 1],
    ['pieces of 7 characters', () => 7],
    ['pieces of varying size', (i) => 1 + ((i * 7919) % 97)],
  ];

  for (const [label, cut] of cuts) {
    it(`${label}: the file is the text, the gzipped compact size is gzipSync's`, async () => {
      const file = join(tmp, `${label.replace(/\W+/g, '-')}.json`);
      const chunks = label.startsWith('the JSON') ? [...jsonChunks(tricky, 64)] : pieces(whole, cut);
      expect(chunks.join('')).toBe(whole);
      const { gzipBytes } = await thread.write(file, chunks, { gzipCompact: true }).done;
      expect(readFileSync(file, 'utf8')).toBe(whole);
      expect(gzipBytes).toBe(expected);
    });
  }

  it('writes on one thread and measures on another: the same file and the same size', async () => {
    const measurer = new ReportThread();
    try {
      const file = join(tmp, 'two-threads.json');
      const { gzipBytes } = await writeAndMeasure(thread, measurer, file, pieces(whole, (i) => 1 + ((i * 31) % 211))).done;
      expect(readFileSync(file, 'utf8')).toBe(whole);
      expect(gzipBytes).toBe(expected);
    } finally {
      await measurer.close();
    }
  });

  it('writes on one thread and measures on another, one character at a time (surrogate pairs cut in two)', async () => {
    const measurer = new ReportThread();
    try {
      const file = join(tmp, 'two-threads-chars.json');
      const { gzipBytes } = await writeAndMeasure(thread, measurer, file, pieces(whole, () => 1)).done;
      expect(readFileSync(file, 'utf8')).toBe(whole);
      expect(gzipBytes).toBe(expected);
    } finally {
      await measurer.close();
    }
  });

  it('writes a file without measuring, one character at a time: surrogate pairs cut in two are whole in the file', async () => {
    const file = join(tmp, 'plain-chars.json');
    const { gzipBytes } = await thread.write(file, pieces(whole, () => 1)).done;
    expect(gzipBytes).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });

  it('writes without measuring when not asked', async () => {
    const file = join(tmp, 'plain.json');
    const { gzipBytes } = await thread.write(file, [...jsonChunks(tricky)]).done;
    expect(gzipBytes).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });

  it('names the error of a file it cannot write', async () => {
    await expect(thread.write(join(tmp, 'no-such-folder', 'x.json'), ['{}']).done).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
