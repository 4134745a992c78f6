/**
 * The drift between two states of an estate as text: console, Markdown and JSON
 * (schemas/diff.schema.json). Pure functions of the diff. Values are the secret-free resource states
 * (src/history/state.ts); a property that was not set shows as "(not set)".
 */
import { oneLine } from '../util/controls.js';
import { mdEscape } from '../reporters/markdown.js';
import type { Diff, DiffResource, PropertyChange } from './diff.js';
import type { StateValue } from './state.js';

/** Resources listed by the console before it points at diff.json; Markdown rows likewise. */
export const DIFF_LIMITS = { console: 200, markdown: 100 } as const;

const KIND_LABEL: Record<DiffResource['kind'], string> = { circuit: 'circuit', peering: 'peering', port: 'Direct port', link: 'Direct link', gateway: 'gateway', connection: 'connection' };

export function showValue(v: StateValue | null): string {
  if (v === null) return '(not set)';
  return typeof v === 'string' ? (v === '' ? '""' : v) : String(v);
}

function summaryLine(d: Diff): string {
  const s = d.summary;
  return `${s.added} added, ${s.removed} removed, ${s.changed} changed, ${s.unchanged} unchanged${s.notCompared ? `, ${s.notCompared} not compared (coverage gaps)` : ''}`;
}

const when = (iso: string | null) => (iso ? ` (${iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z')})` : '');

/** The diff for a terminal or a CI log. */
export function renderDiffConsole(d: Diff, limit: number = DIFF_LIMITS.console): string {
  const lines = [`erscan diff: ${d.old.source}${when(d.old.generatedAt)} → ${d.new.source}${when(d.new.generatedAt)}: ${summaryLine(d)}`];
  let shown = 0;
  const total = d.added.length + d.removed.length + d.changed.length + d.notCompared.length;
  const push = (line: string, details: string[] = []) => {
    if (shown >= limit) return;
    shown++;
    lines.push(line, ...details);
  };
  for (const r of d.added) push(`+ ${KIND_LABEL[r.kind]} ${r.name}  ${r.id}`);
  for (const r of d.removed) push(`- ${KIND_LABEL[r.kind]} ${r.name}  ${r.id}`);
  for (const r of d.changed) push(`~ ${KIND_LABEL[r.kind]} ${r.name}  ${r.id}`, r.changes.map((c: PropertyChange) => `    ${c.property}: ${showValue(c.before)} → ${showValue(c.after)}`));
  for (const r of d.notCompared) push(`? ${KIND_LABEL[r.kind]} ${r.name}  ${r.id}`, [`    seen only in the ${r.seenIn} side: ${r.reason}`]);
  if (total > shown) lines.push(`… and ${total - shown} more resources in diff.json`);
  for (const n of d.notes) lines.push(`Note: ${n}`);
  // Each entry is one line: a line feed in a name from the inputs is written visibly, never a line of its own.
  return lines.map(oneLine).join('\n') + '\n';
}

/** The diff for a pull request, a job summary or a change ticket. */
export function renderDiffMarkdown(d: Diff, limit: number = DIFF_LIMITS.markdown): string {
  const out = [`## erscan diff: ${summaryLine(d)}`, '', `From ${mdEscape(d.old.source)}${when(d.old.generatedAt)} to ${mdEscape(d.new.source)}${when(d.new.generatedAt)}.`];
  const more = (shown: number, all: number, what: string) => (all > shown ? ['', `…and ${all - shown} more ${what} in diff.json.`] : []);
  const list = (title: string, rs: DiffResource[]) => {
    if (rs.length === 0) return;
    out.push('', `### ${title}`, '', '| Kind | Name | Resource id |', '| --- | --- | --- |');
    for (const r of rs.slice(0, limit)) out.push(`| ${KIND_LABEL[r.kind]} | ${mdEscape(r.name)} | ${mdEscape(r.id)} |`);
    out.push(...more(Math.min(limit, rs.length), rs.length, title.toLowerCase()));
  };
  list('Added', d.added);
  list('Removed', d.removed);
  if (d.changed.length) {
    out.push('', '### Changed', '', '| Kind | Name | Property | Before | After |', '| --- | --- | --- | --- | --- |');
    let rows = 0;
    let resources = 0;
    for (const r of d.changed) {
      if (rows >= limit) break;
      resources++;
      for (const c of r.changes) {
        out.push(`| ${KIND_LABEL[r.kind]} | ${mdEscape(r.name)} | ${mdEscape(c.property)} | ${mdEscape(showValue(c.before))} | ${mdEscape(showValue(c.after))} |`);
        rows++;
      }
    }
    out.push(...more(resources, d.changed.length, 'changed resources'));
  }
  if (d.notCompared.length) {
    out.push('', '### Not compared', '', '| Kind | Name | Seen in | Why |', '| --- | --- | --- | --- |');
    for (const r of d.notCompared.slice(0, limit)) out.push(`| ${KIND_LABEL[r.kind]} | ${mdEscape(r.name)} | ${r.seenIn} | ${mdEscape(r.reason)} |`);
    out.push(...more(Math.min(limit, d.notCompared.length), d.notCompared.length, 'resources not compared'));
  }
  if (d.added.length + d.removed.length + d.changed.length + d.notCompared.length === 0) out.push('', 'No drift: every resource is as it was.');
  if (d.notes.length) out.push('', ...d.notes.map((n) => `> ${mdEscape(n)}`));
  return out.join('\n') + '\n';
}

export function renderDiffJson(d: Diff): string {
  return JSON.stringify(d, null, 2) + '\n';
}
