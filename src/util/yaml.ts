import { createRequire } from 'node:module';
import { visit } from 'jsonc-parser';
import { InputError, jsonPath } from './errors.js';
import { LineMap, parseJson, readText } from './json.js';

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
  if (/\.json$/i.test(file)) {
    const { value, lines } = parseJson(file, text);
    refuseDuplicateKeys(file, text, lines);
    return value;
  }
  if (text.trim() === '') throw new InputError(file, '', 'YAML or JSON', 'an empty file');
  // The yaml library throws (rather than reports) on hostile input: alias bombs ("Excessive alias
  // count"), nesting deep enough to overflow the stack. Those are bad input, not internal errors.
  try {
    const doc = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      // (Without prettyErrors the library sets no linePos: the line and column come from the offset.)
      const at = e.linePos?.[0] ?? (e.pos ? new LineMap(text).position(e.pos[0]) : undefined);
      const [line, col] = at ? ('col' in at ? [at.line, at.col] : [at.line, at.column]) : [0, 0];
      throw new InputError(line ? `${file}:${line}:${col}` : file, '', 'valid YAML', libraryWords(e.message));
    }
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (e instanceof InputError) throw e;
    const found = e instanceof RangeError ? 'nesting too deep to read' : libraryWords(String((e as Error)?.message ?? e));
    throw new InputError(file, '', 'valid YAML of reasonable size (at most 100 alias expansions, bounded nesting)', found);
  }
}

/**
 * The YAML library's words for a problem, without the text of the file it may quote after a colon: an alias
 * (`clientSecret: *s3cr3t`, a value that starts with `*`), a block scalar header (`key: |s3cr3t`), a token or a
 * tag. The file may hold secrets, and errors reach logs; the line and column say where.
 */
function libraryWords(message: string): string {
  return message.split('\n')[0].replace(/: [\s\S]*$/, '');
}

/**
 * A property given twice in one object of a JSON config, suppressions, usage, rule or price catalogue file is refused, as YAML
 * refuses it (`uniqueKeys`): JSON.parse would keep the last value in silence (`{"rules": {"exclude": […]},
 * "rules": {}}` dropped the exclusion). The file has parsed as JSON, nested at most MAX_JSON_DEPTH levels deep.
 */
export function refuseDuplicateKeys(file: string, text: string, lines: LineMap): void {
  const objects: Set<string>[] = [];
  let duplicate: { path: (string | number)[]; offset: number } | undefined;
  visit(text, {
    onObjectBegin: () => void objects.push(new Set()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (property, offset, _length, _line, _column, pathSupplier) => {
      const keys = objects[objects.length - 1];
      if (!duplicate && keys.has(property)) duplicate = { path: [...pathSupplier(), property], offset };
      keys.add(property);
    },
  });
  if (!duplicate) return;
  const at = lines.position(duplicate.offset);
  throw new InputError(`${file}:${at.line}:${at.column}`, jsonPath(duplicate.path), 'each property once in its object', 'it a second time (only one of the values could be used)');
}
