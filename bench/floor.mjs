// The floor a scan of a Resource Graph export is compared against, as a whole process: read every
// `.json` file of a folder and `JSON.parse` it (what any scanner must do), nothing else. Prints the
// number of rows so the work cannot be skipped.
//
//   node bench/floor.mjs DIR
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let rows = 0;
for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
  const value = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  rows += Array.isArray(value) ? value.length : 1;
}
process.stdout.write(`${rows}\n`);
