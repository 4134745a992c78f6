import { diffSides, loadSide } from '../../history/diff.js';
import { renderDiffConsole, renderDiffJson, renderDiffMarkdown } from '../../history/diff-render.js';
import { UsageError, displayPath } from '../../util/errors.js';
import { TOOL_VERSION } from '../../version.js';
import { EXIT } from '../exit.js';
import { checkOutFolder } from '../outdir.js';
import { writeReport } from '../output.js';

export interface DiffArgs {
  old?: string;
  new?: string;
  out?: string;
  format?: string;
  failOnDrift?: boolean;
}

const DIFF_FORMATS = ['console', 'json', 'markdown'] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

function parseDiffFormats(value: string | undefined, hasOut: boolean): DiffFormat[] {
  if (!value) return hasOut ? ['console', 'json', 'markdown'] : ['console'];
  const out: DiffFormat[] = [];
  for (const part of value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const f = part === 'md' ? 'markdown' : part;
    if (!(DIFF_FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format: expected one or more of ${DIFF_FORMATS.join(', ')}, found "${part}"`);
    if (!out.includes(f as DiffFormat)) out.push(f as DiffFormat);
  }
  // `--format ,` names no format: refused, not a run that writes and prints nothing.
  if (out.length === 0) throw new UsageError(`--format needs a value: one or more of ${DIFF_FORMATS.join(', ')}`);
  if (out.some((f) => f !== 'console') && !hasOut) throw new UsageError(`--format ${value}: diff.json and diff.md need --out DIR`);
  return out;
}

/**
 * `erscan diff OLD NEW`: resources added, removed and changed between two snapshots, Resource Graph
 * exports or JSON reports that recorded their inventory; each change with its property before and
 * after. Exit 0, or 1 with --fail-on-drift when anything differs.
 */
export async function diffCommand(args: DiffArgs): Promise<number> {
  if (!args.old || !args.new) throw new UsageError('name the old and the new state: erscan diff OLD NEW');
  const formats = parseDiffFormats(args.format, args.out !== undefined);
  const diff = diffSides(loadSide(args.old), loadSide(args.new), TOOL_VERSION);
  // --out (a file in the way, a folder that cannot be made) is checked before anything is written
  if (args.out !== undefined && formats.some((f) => f !== 'console')) checkOutFolder(args.out);
  const written: string[] = [];
  if (formats.includes('console')) process.stdout.write(renderDiffConsole(diff));
  if (formats.includes('json')) written.push(writeReport(args.out!, 'diff.json', renderDiffJson(diff)));
  if (formats.includes('markdown')) written.push(writeReport(args.out!, 'diff.md', renderDiffMarkdown(diff)));
  if (written.length > 0) process.stderr.write(`erscan: wrote ${written.map((f) => displayPath(f)).join(', ')}\n`);
  const drift = diff.summary.added + diff.summary.removed + diff.summary.changed > 0;
  return args.failOnDrift && drift ? EXIT.FINDINGS : EXIT.OK;
}
