import { UsageError, displayPath } from '../util/errors.js';
import { pathMismatch } from '../util/read.js';

/**
 * The options that name a file or folder erscan reads, and what each names. One that is not there (or
 * a folder where a file belongs, or the other way round) is refused naming the option, before any
 * work is done (a live crawl can take minutes): the bare path alone would not say where it came
 * from, as the same path named in a config file is refused naming the config and the setting
 * (src/config/load.ts). `--out` is checked by src/cli/outdir.ts (a path to write, created if
 * missing); `--bicep` names a program, looked for only when a .bicep file is read.
 */
const READ_PATHS: Record<string, { kind: 'file' | 'folder'; what: string }> = {
  config: { kind: 'file', what: 'a config file (JSON or YAML)' },
  suppressions: { kind: 'file', what: 'a suppressions file (JSON or YAML)' },
  usage: { kind: 'file', what: 'a usage file (JSON or YAML)' },
  baseline: { kind: 'file', what: 'an earlier JSON report (report.json)' },
  prices: { kind: 'file', what: 'a price catalogue file' },
  rules: { kind: 'folder', what: 'a folder of rule files' },
};

/** Refuses a path option (`--usage nope.json`) whose file or folder is not there: exit 2 naming the option. */
export function refuseMissingPathOptions(args: Record<string, unknown>): void {
  for (const [name, { kind, what }] of Object.entries(READ_PATHS)) {
    const v = args[name];
    for (const path of Array.isArray(v) ? v : [v]) {
      if (typeof path !== 'string' || path === '') continue;
      const found = pathMismatch(path, kind);
      if (found) throw new UsageError(`--${name} ${displayPath(path)}: expected ${what}, found ${found}`);
    }
  }
}
