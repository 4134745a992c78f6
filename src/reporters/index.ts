import type { Format, Reporter } from './types.js';
import { renderConsole } from './console.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';

/** Report file names in the output folder. */
export const REPORT_FILES: Record<Exclude<Format, 'console'>, string> = {
  json: 'report.json',
  sarif: 'report.sarif',
  html: 'report.html',
  markdown: 'report.md',
};

const REPORTERS: Partial<Record<Format, Reporter>> = {
  console: renderConsole,
  json: renderJson,
  sarif: renderSarif,
  html: renderHtml,
  markdown: renderMarkdown,
};

export function reporterFor(format: Format): Reporter {
  const r = REPORTERS[format];
  if (!r) throw new Error(`no reporter for ${format}`);
  return r;
}
