import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, displayPath } from '../util/errors.js';
import { parseJson, readText, withSyntaxTree, type ParsedJson } from '../util/json.js';
import { detectFormat, FORMAT_DESCRIPTIONS, type InputFormat } from './detect.js';
import { loadRows } from './rows.js';
import { loadSnapshot } from './snapshot.js';
import { loadTemplates } from './template/index.js';
import { isBicepFile, isBicepParamFile, withBicepSources } from './template/bicep/index.js';
import { emptyOutput, mergeOutputs, type SourceOutput } from './types.js';

export interface LoadResult {
  output: SourceOutput;
  /** Files that could not be read; each is also a coverage gap in `output.gaps`. */
  errors: InputError[];
  /** The files actually read, with their detected format. */
  files: { file: string; format: InputFormat }[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', 'dist', 'out']);

/**
 * Lists the JSON (and Bicep) files under a directory (sorted, so output never depends on readdir order).
 * Symbolic links are followed, to files and to folders alike: each file and folder is visited once
 * (by its real path), so a link loop or a second link to the same file ends there. A link that
 * cannot be followed (broken, a loop of links, no permission) is an input error naming it, never
 * skipped in silence.
 */
function listJsonFiles(dir: string, errors: InputError[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (d: string) => {
    let real: string;
    try {
      real = realpathSync(d);
    } catch (e) {
      errors.push(new InputError(d, '', 'a readable folder', linkProblem(e)));
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          // A broken link is reported when it would have been read: named .json, or a folder's name.
          if (/\.json$/i.test(e.name) || !e.name.includes('.')) errors.push(new InputError(p, '', 'a symbolic link to a readable file or folder', linkProblem(err)));
          continue;
        }
      }
      if (isDir) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p);
      } else if (/\.(json|bicep|bicepparam)$/i.test(e.name)) {
        // Regular files and links to them; anything else named .json (or .bicep) (a pipe, a device) is read,
        // and refused, by readText with its reason.
        const target = isFile ? realpathSync(p) : p;
        if (seen.has(target)) continue;
        seen.add(target);
        out.push(p);
      }
    }
  };
  walk(dir);
  return out;
}

function linkProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'a broken link (its target does not exist)';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? 'a link that cannot be followed';
}

/**
 * Reads every input (files, or directories scanned for JSON files recognised by content). One bad
 * file never hides the others: it becomes an error and a coverage gap, and the rest is loaded.
 */
export function loadInputs(inputs: string[], options: { bicep?: string } = {}): LoadResult {
  const errors: InputError[] = [];
  const outputs: SourceOutput[] = [];
  const files: LoadResult['files'] = [];
  const templates: { file: string; parsed: ParsedJson; format: 'arm-template' | 'arm-parameters' | 'terraform-plan' }[] = [];
  const skipped: string[] = [];
  const bicepFiles: string[] = [];

  const readOne = (file: string, fromDirectory: boolean) => {
    if (isBicepFile(file) || isBicepParamFile(file)) {
      bicepFiles.push(file); // compiled (or read from the JSON beside them) below
      return;
    }
    try {
      const text = readText(file);
      if (fromDirectory && !/^\s*[[{]/.test(text)) {
        skipped.push(file);
        return;
      }
      // The syntax tree (offsets for line and column) is only needed for templates; building it for
      // a large Resource Graph export costs several times the parse itself.
      const parsed = parseJson(file, text);
      const format = detectFormat(parsed.value);
      if (format === 'unknown') {
        if (fromDirectory) {
          skipped.push(file);
          return;
        }
        throw new InputError(file, '$', FORMAT_DESCRIPTIONS, 'a document of no known format');
      }
      files.push({ file, format });
      if (format === 'arm-template' || format === 'arm-parameters' || format === 'terraform-plan') {
        templates.push({ file, parsed: withSyntaxTree(file, parsed), format });
      } else {
        const loaded = format === 'snapshot' ? loadSnapshot(file, parsed.value) : loadRows(file, parsed.value, format);
        outputs.push(loaded);
        errors.push(...loaded.rowErrors);
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(e);
    }
  };

  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // a missing path is reported by readOne with the file name
    }
    if (isDir) {
      const before = errors.length;
      const found = listJsonFiles(input, errors);
      if (found.length === 0 && errors.length === before) errors.push(new InputError(input, '', 'a directory containing JSON inputs', 'no .json files'));
      const skippedBefore = skipped.length;
      for (const f of found) readOne(f, true);
      // A folder whose every file is of no known format read nothing: never a clean, empty estate.
      if (found.length > 0 && skipped.length - skippedBefore === found.length)
        errors.push(new InputError(input, '', 'a directory containing inputs erscan reads (snapshots, Resource Graph output, ARM responses, templates, plans)', `only files of no known format (${found.length})`));
    } else {
      readOne(input, false);
    }
  }

  if (templates.length > 0 || bicepFiles.length > 0) {
    // Bicep: .bicep/.bicepparam files compiled, and compiled JSON beside its .bicep read as that source.
    const bicep = withBicepSources(bicepFiles, templates, { bicep: options.bicep });
    const t = loadTemplates(bicep.templates);
    t.output.gaps.push(...bicep.gaps);
    t.output.notices.push(...bicep.notices);
    outputs.push(t.output);
    errors.push(...bicep.errors, ...t.errors);
  }

  const output = mergeOutputs(outputs.length ? outputs : [emptyOutput()]);
  for (const e of errors) output.gaps.push({ scope: displayPath(e.file.replace(/:\d+:\d+$/, '')), reason: e.message });
  if (skipped.length > 0) {
    const shown = skipped.slice(0, 5).map((f) => displayPath(f));
    output.notices.push(`skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} of no known format: ${shown.join(', ')}${skipped.length > 5 ? ', …' : ''}`);
  }
  return { output, errors, files };
}
