import { parseDocument } from 'yaml';
import { InputError } from './errors.js';
import { parseJson, readText } from './json.js';

/** Reads a JSON or YAML file (by extension; YAML is a superset) with errors naming line and column. */
export function readDataFile(file: string): unknown {
  const text = readText(file);
  if (/\.json$/i.test(file)) return parseJson(file, text).value;
  if (text.trim() === '') throw new InputError(file, '', 'YAML or JSON', 'an empty file');
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const [line, col] = e.linePos?.[0] ? [e.linePos[0].line, e.linePos[0].col] : [0, 0];
    throw new InputError(line ? `${file}:${line}:${col}` : file, '', 'valid YAML', e.message.split('\n')[0]);
  }
  return doc.toJS({ maxAliasCount: 100 });
}
