import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (works from `src/` under vitest and from `dist/` when built). */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
