import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ScanResult } from '../scan/result.js';
import { packagePath } from '../util/paths.js';
import { visibleControls } from '../util/controls.js';
import { buildHtmlModel } from './html-model.js';
import type { ReportOptions, Reporter } from './types.js';

/**
 * The HTML report: one self-contained file (inline CSS, inline script, inline SVG; no network at
 * view time, enforced by a Content-Security-Policy that allows only this file's own script and
 * style by hash). Templates live in the package's `reports/html/` folder and are compiled once per
 * process. Estate data only ever reaches the page through `{{ }}` (escaped).
 */

type HandlebarsModule = typeof import('handlebars');
type Template = (ctx: unknown) => string;

interface Compiled {
  template: Template;
  css: string;
  js: string;
  csp: string;
  noscriptCss: string;
}

let compiled: Compiled | undefined;

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

function load(): Compiled {
  if (compiled) return compiled;
  // Handlebars is loaded on first use, so commands that write no HTML never pay for it.
  const require = createRequire(import.meta.url);
  const Handlebars = (require('handlebars') as HandlebarsModule).create();
  const dir = packagePath('reports', 'html');
  const css = readFileSync(`${dir}/report.css`, 'utf8');
  const js = readFileSync(`${dir}/report.js`, 'utf8');
  // The assets are ours, but a stray closing tag would end the element early: refuse to build.
  if (/<\/(script|style)/i.test(css + js)) throw new Error('reports/html assets must not contain a closing script or style tag');
  Handlebars.registerHelper('plural', (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`);
  // (no helper may share a name with a model field: `{{sub}}` would call it)
  Handlebars.registerHelper('add', (a: number, b: number) => a + b);
  Handlebars.registerPartial('findingRow', readFileSync(`${dir}/finding-row.hbs`, 'utf8'));
  const template = Handlebars.compile(readFileSync(`${dir}/report.hbs`, 'utf8'), { strict: false, preventIndent: true }) as Template;
  // Without script, every row of the findings table shows (only the script pages them).
  const noscriptCss = '#findings-table tbody tr[hidden]{display:table-row}.more{display:none}';
  const csp = `default-src 'none'; img-src data:; style-src ${sha256(css)} ${sha256(noscriptCss)}; script-src ${sha256(js)}; base-uri 'none'; form-action 'none'`;
  compiled = { template, css, js, csp, noscriptCss };
  return compiled;
}

export function renderHtmlReport(result: ScanResult, options: ReportOptions = {}): string {
  const { template, css, js, csp, noscriptCss } = load();
  // Control characters from the estate shown as `\u001b` (the page's own text holds none but line feeds and tabs).
  return visibleControls(template({ ...buildHtmlModel(result, options), css, js, csp, noscriptCss }));
}

export const renderHtml: Reporter = (result, options) => renderHtmlReport(result, options);
