import type { ScanResult } from '../scan/result.js';

export const FORMATS = ['console', 'json', 'sarif', 'html', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportOptions {
  /** Colour in console output (only when writing to a terminal). */
  color?: boolean;
  /** Base for relative file URIs in SARIF; by default each file's git repository root, else the working directory. */
  sourceRoot?: string;
  /** Order of the findings in the HTML and Markdown reports: by severity (default) or by age, oldest first (needs a baseline). */
  sortBy?: 'severity' | 'age';
  /** JSON: also record a compact, secret-free inventory (`recordedInventory`), so `erscan diff` can compare reports. */
  recordInventory?: boolean;
}

/** A reporter is a pure function of one scan result: same result, same bytes. */
export type Reporter = (result: ScanResult, options: ReportOptions) => string;

/** A reporter's output in pieces (joined, exactly its string), for writing large reports as they are made. */
export type ChunkedReporter = (result: ScanResult, options: ReportOptions) => Iterable<string>;
