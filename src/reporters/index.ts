import type { ChunkedReporter, Format, Reporter } from './types.js';
import { renderConsole } from './console.js';
import { renderHtml } from './html.js';
import { renderJson, renderJsonChunks } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif, renderSarifChunks } from './sarif.js';

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

/** Reporters that can give their output in pieces (the large ones); the others give one string. */
const CHUNKED: Partial<Record<Format, ChunkedReporter>> = {
  json: renderJsonChunks,
  sarif: renderSarifChunks,
};

/** A format's output in pieces: streamed where the reporter can, else its one string. */
export function reportChunksFor(format: Format): ChunkedReporter {
  const chunked = CHUNKED[format];
  if (chunked) return chunked;
  const r = reporterFor(format);
  return (result, options) => [r(result, options)];
}
