// Child process: writes a synthetic estate of N circuits into a folder, as Resource Graph row files
// of at most ROWS_PER_FILE rows each (an MSP exports per tenant or per batch; one file of 100,000
// circuits would also exceed V8's largest string). Prints a JSON summary on stdout.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkRows, generateEstate } from '../dist/testing/synthetic.js';

const ROWS_PER_FILE = 20_000;
const [circuits, dir] = [Number(process.argv[2]), process.argv[3]];
mkdirSync(dir, { recursive: true });
const estate = generateEstate({ circuits, seed: 42 });
let bytes = 0;
chunkRows(estate.rows, ROWS_PER_FILE).forEach((rows, i) => {
  const text = JSON.stringify(rows);
  bytes += Buffer.byteLength(text);
  writeFileSync(join(dir, `estate-${String(i).padStart(3, '0')}.json`), text);
});
process.stdout.write(JSON.stringify({ counts: estate.counts, rows: estate.rows.length, bytes }) + '\n');
