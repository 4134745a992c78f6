import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBaseline } from '../../src/findings/baseline.js';
import { loadInputs } from '../../src/sources/index.js';
import { tempDir } from '../helpers/cli.js';

// A snapshot or report written by a newer erscan (its format version above the one this erscan reads) was
// refused as "expected the value 1, found number 2", which reads as a damaged file. It is a file this erscan is
// too old for: the message says so, and what to do. Older or nonsense versions keep the plain message.

const dir = tempDir('erscan-newer-versions-');
const write = (name: string, doc: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(doc));
  return file;
};

describe('a file from a newer erscan', () => {
  it('a snapshot of format version 2 says a newer erscan wrote it (exit 2, a coverage gap)', () => {
    const file = write('snap-v2.json', { erscanSnapshot: 2, resources: [] });
    const r = loadInputs([file]);
    expect(r.errors.map((e) => e.message)).toEqual([`${file}: at $.erscanSnapshot: expected a snapshot of format version 1 (the one this erscan reads), found version 2, which a newer erscan wrote: upgrade erscan to read it`]);
  });

  it('a snapshot version that is no version keeps the plain message', () => {
    const file = write('snap-v0.json', { erscanSnapshot: 0, resources: [] });
    expect(loadInputs([file]).errors.map((e) => e.message)).toEqual([`${file}: at $.erscanSnapshot: expected the value 1, found number 0`]);
  });

  it('a baseline report of schemaVersion 2 says a newer erscan wrote it', () => {
    const file = write('report-v2.json', { schemaVersion: 2, generatedAt: '2026-11-01T00:00:00Z', findings: [] });
    expect(() => loadBaseline(file)).toThrow(`${file}: at $.schemaVersion: expected an erscan JSON report with schemaVersion 1 (the one this erscan reads), found version 2, which a newer erscan wrote: upgrade erscan to read it`);
  });
});
