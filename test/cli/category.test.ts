import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanCategoryFor } from '../../src/cli/pipeline.js';

/** The SARIF category a scan of `inputs` gets when `--category` is not given. */
const category = (inputs: string[]) => scanCategoryFor({ inputs } as Parameters<typeof scanCategoryFor>[0]);

describe('the default SARIF category of a file scan', () => {
  it('names inputs under the working folder by their path from it, the working folder by its name', () => {
    expect(category(['examples/estate'])).toBe('erscan/examples/estate');
    expect(category(['examples/iac', 'examples/estate/northwind-rows.json'])).toBe('erscan/examples/estate/northwind-rows.json+examples/iac');
    expect(category(['.'])).toMatch(/^erscan\/[^/]+$/);
  });

  it('names an input outside the working folder by its absolute path, never with `..` (the same from any folder)', () => {
    const outside = mkdtempSync(join(tmpdir(), 'erscan-category-'));
    const c = category([join(outside, 'estate.json')]);
    expect(c).not.toContain('..');
    expect(c).toBe(`erscan/${join(outside, 'estate.json').replace(/^\/+/, '').replace(/[^A-Za-z0-9._/+-]+/g, '-')}`.slice(0, 'erscan/'.length + 100));
    expect(category([join(process.cwd(), '..')])).not.toContain('..');
  });

  it('names an input in a git repository by its path from the repository root, from whatever folder erscan was started', () => {
    // The category is part of an alert's identity: run from infra/, `erscan scan arm` was erscan/arm,
    // and from the root `erscan scan infra/arm` erscan/infra/arm, so each upload left the other's alerts open.
    const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'erscan-category-repo-')));
    const repo = join(tmp, 'repo');
    const was = process.cwd();
    try {
      mkdirSync(join(repo, '.git'), { recursive: true });
      mkdirSync(join(repo, 'infra', 'arm'), { recursive: true });
      const from = (cwd: string, inputs: string[]) => {
        process.chdir(cwd);
        return category(inputs);
      };
      expect(from(repo, ['infra/arm'])).toBe('erscan/infra/arm');
      expect(from(join(repo, 'infra'), ['arm'])).toBe('erscan/infra/arm');
      expect(from(join(repo, 'infra', 'arm'), ['.'])).toBe('erscan/infra/arm');
      expect(from(tmp, ['repo/infra/arm'])).toBe('erscan/infra/arm');
      expect(from(tmpdir(), [join(repo, 'infra', 'arm')])).toBe('erscan/infra/arm');
      expect(from(join(repo, 'infra'), ['..'])).toBe('erscan/repo');
    } finally {
      process.chdir(was);
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('is the same for the same inputs in any order (else an upload left the other order\'s alerts open)', () => {
    expect(category(['examples/iac', 'examples/estate'])).toBe(category(['examples/estate', 'examples/iac', 'examples/estate']));
    expect(scanCategoryFor({ graph: true, tenant: ['t2', 't1'], subscription: ['s2', 's1'] } as Parameters<typeof scanCategoryFor>[0])).toBe('erscan/graph+t1+t2+s1+s2');
  });

  it('keeps a long scope apart from another that shares its first 100 characters', () => {
    const base = `infra/${'environments/'.repeat(8)}`;
    const [a, b] = [category([`${base}prod.json`]), category([`${base}test.json`])];
    expect(a).not.toBe(b);
    expect(a.length).toBe('erscan/'.length + 100);
    expect(a.startsWith(`erscan/${base.slice(0, 91)}-`)).toBe(true);
  });

  it('keeps --category as given, and a live crawl names its scope', () => {
    expect(scanCategoryFor({ category: 'erscan/pr', inputs: ['x'] } as Parameters<typeof scanCategoryFor>[0])).toBe('erscan/pr');
    expect(scanCategoryFor({ graph: true, tenant: ['t1'], subscription: ['s1'] } as Parameters<typeof scanCategoryFor>[0])).toBe('erscan/graph+t1+s1');
  });
});
