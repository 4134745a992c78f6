import { createRequire } from 'node:module';
import { InputError } from './errors.js';
import { parseJson, readText } from './json.js';

let yamlModule: typeof import('yaml') | undefined;

/** The YAML library, loaded on first use: most scans read no YAML (the rule catalogue is compiled). */
function yaml(): typeof import('yaml') {
  if (!yamlModule) {
    // A function-local `require` (the bundler gives yaml a file of its own; see scripts/bundle.mjs).
    const require = createRequire(import.meta.url);
    yamlModule = require('yaml') as typeof import('yaml');
  }
  return yamlModule;
}

/** Reads a JSON or YAML file (by extension; YAML is a superset) with errors naming line and column. */
export function readDataFile(file: string): unknown {
  const text = readText(file);
  if (/\.json$/i.test(file)) return parseJson(file, text).value;
  if (text.trim() === '') throw new InputError(file, '', 'YAML or JSON', 'an empty file');
  // The yaml library throws (rather than reports) on hostile input: alias bombs ("Excessive alias
  // count"), nesting deep enough to overflow the stack. Those are bad input, not internal errors.
  try {
    const doc = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const [line, col] = e.linePos?.[0] ? [e.linePos[0].line, e.linePos[0].col] : [0, 0];
      throw new InputError(line ? `${file}:${line}:${col}` : file, '', 'valid YAML', e.message.split('\n')[0]);
    }
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (e instanceof InputError) throw e;
    const found = e instanceof RangeError ? 'nesting too deep to read' : String((e as Error)?.message ?? e).split('\n')[0];
    throw new InputError(file, '', 'valid YAML of reasonable size (at most 100 alias expansions, bounded nesting)', found);
  }
}
