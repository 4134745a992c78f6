import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (works from `src/` under vitest and from `dist/` when built). */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}

/**
 * The root of the git repository `dir` is in: the nearest folder at or above it with a `.git` (a folder, or the
 * file of a worktree), else undefined. `cache` keeps the answer per folder.
 */
export function repositoryRootOf(dir: string, cache = new Map<string, string | undefined>()): string | undefined {
  const seen: string[] = [];
  let root: string | undefined;
  for (let d = dir; ; ) {
    if (cache.has(d)) {
      root = cache.get(d);
      break;
    }
    seen.push(d);
    if (existsSync(join(d, '.git'))) {
      root = d;
      break;
    }
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const d of seen) cache.set(d, root);
  return root;
}
