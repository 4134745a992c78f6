import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../../../util/json.js';

/**
 * Finds the `resource "type" "name"` block of a plan resource in the module's `.tf` files, so
 * findings point at the code a pull request changes rather than at generated plan JSON. Only local
 * modules (`source = "./…"` or `"../…"`) are followed; otherwise the plan file position is used.
 */

/** Directory of a module call's source, or undefined for registry and remote sources. */
export function moduleDir(parentDir: string, source: string): string | undefined {
  return /^\.\.?[\\/]/.test(source) ? join(parentDir, source) : undefined;
}

const MAX_TF_BYTES = 4 * 1024 * 1024;
const dirCache = new Map<string, { file: string; lines: string[] }[]>();

function tfFiles(dir: string): { file: string; lines: string[] }[] {
  const cached = dirCache.get(dir);
  if (cached) return cached;
  const out: { file: string; lines: string[] }[] = [];
  try {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.tf')).sort()) {
      const file = join(dir, name);
      const st = statSync(file);
      if (!st.isFile() || st.size > MAX_TF_BYTES) continue;
      let text: string;
      try {
        text = readText(file);
      } catch {
        continue; // not text erscan reads (bytes that are not UTF-8): the plan position is used for its resources
      }
      // Lines end at LF, CRLF or a lone CR, as editors and GitHub count them; readText drops a
      // byte-order mark, so a block on the first line is not placed one column too far.
      out.push({ file, lines: text.split(/\r\n|\r|\n/) });
    }
  } catch {
    // no readable module directory: the plan position is used instead
  }
  dirCache.set(dir, out);
  return out;
}

export function locateResourceBlock(dir: string, type: string, name: string): { file: string; line: number; column: number } | undefined {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^(\\s*)resource\\s+"${esc(type)}"\\s+"${esc(name)}"\\s*\\{`);
  for (const { file, lines } of tfFiles(dir)) {
    for (let i = 0; i < lines.length; i++) {
      const m = re.exec(lines[i]);
      if (m) return { file, line: i + 1, column: m[1].length + 1 };
    }
  }
  return undefined;
}

/** For tests: forget what was read (fixtures are rewritten between cases). */
export function clearTfCache(): void {
  dirCache.clear();
}
