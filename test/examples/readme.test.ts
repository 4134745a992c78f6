import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** What the README and the CI guide promise, checked against what they show. */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const ci = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('README', () => {
  it('sets up with the two commands, whose scripts exist', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
    expect(pkg.scripts.demo).toMatch(/examples\/estate/);
    expect(pkg.scripts.test).toBeDefined();
  });

  it('every scheduled crawl it or docs/ci.md shows fails on what it could not read (--require-complete)', () => {
    const crawls = [...readme.matchAll(/^.*erscan (collect|scan --graph)\b.*$/gm), ...ci.matchAll(/^.*erscan (collect|scan --graph)\b.*$/gm)]
      .map((m) => m[0])
      .filter((line) => /npx --yes erscan/.test(line)); // the workflow steps, not the prose
    expect(crawls.length).toBeGreaterThanOrEqual(2);
    for (const line of crawls) expect(line, line).toContain('--require-complete');
  });

  it('its exit-code table has the codes of src/cli/exit.ts and the internal error', () => {
    const codes = [...readme.matchAll(/^\| (\d+) \| /gm)].map((m) => Number(m[1]));
    expect(codes).toEqual([0, 1, 2, 3, 70]);
  });

  it('names the folders of the project layout that exist', () => {
    const folders = [...readme.matchAll(/^\| `([a-z/._-]+)\/`/gm)].map((m) => m[1]);
    expect(folders.length).toBeGreaterThan(10);
    for (const f of folders) expect(existsSync(join(ROOT, f)), f).toBe(true);
  });
});
