import { dirname, join } from 'node:path';
import type { SourceRef } from '../../../inventory/model.js';
import { parseExpression, isExpression, unescapeLiteral, type Expr } from '../arm/expression.js';
import type { BicepDeclaration, BicepFile, Position, Token } from './scanner.js';
import { isObj } from '../../../util/objects.js';

/**
 * Maps a declaration's path in a compiled template to its Bicep declaration.
 *
 * - `languageVersion` 2.0 templates key resources by symbolic name (`circuit`, `parent::child` for a
 *   nested child, the module's name for a module): the key is the declaration.
 * - Older output is an array in no source order (the compiler sorts by dependencies and drops
 *   `existing` resources): each element is matched to a declaration of the same type, by the
 *   loop's `copy.name` (the symbolic name), the name expression (its parameters, variables and
 *   literal parts), a condition, and for modules the nested template's parameter names.
 *
 * A module's nested deployment (`…/properties/template/resources/…`) continues in the module's
 * own file when it is a local .bicep file; otherwise (registry, template spec, ARM JSON module,
 * an inline `Microsoft.Resources/deployments` resource) the module or resource declaration is the
 * anchor. Copies of a loop and nested properties share their declaration's line.
 */

export type BicepLoader = (file: string) => BicepFile | undefined;

type Located = Pick<SourceRef, 'kind' | 'file' | 'line' | 'column'>;


/** A module path that points at a local file (not `br:`, `br/alias:`, `ts:` or `ts/alias:`). */
export function localModulePath(from: string, path: string | undefined): string | undefined {
  if (!path || /^(br|ts)[:/]/i.test(path) || /^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return undefined;
  return join(dirname(from), path);
}

const DEPLOYMENTS = 'microsoft.resources/deployments';

/** The type a declaration compiles to (lower-cased); modules are nested deployments. */
function compiledType(d: BicepDeclaration): string | undefined {
  return d.kind === 'module' ? DEPLOYMENTS : d.fullType?.toLowerCase();
}

function conditioned(d: BicepDeclaration): boolean {
  for (let x: BicepDeclaration | undefined = d; x; x = x.parent) if (x.condition) return true;
  return false;
}

function loopVariables(d: BicepDeclaration): Set<string> {
  const out = new Set<string>();
  for (let x: BicepDeclaration | undefined = d; x; x = x.parent) for (const v of x.loopVariables) out.add(v);
  return out;
}

const norm = (s: string) => s.replace(/^[/\s]+|[/\s]+$/g, '');
const KEYWORDS = new Set(['true', 'false', 'null', 'if', 'for', 'in']);

/**
 * What a Bicep `name:` value is made of: `i:<identifier>` for parameters and variables it reads,
 * `s:<text>` for its literal parts. Loop variables, resource symbols (inlined when compiled),
 * function names and property names are left out.
 */
export function bicepNameTokens(d: BicepDeclaration, symbols: Set<string>): Set<string> {
  const out = new Set<string>();
  const loops = loopVariables(d);
  const walk = (toks: Token[]) => {
    toks.forEach((t, i) => {
      if (t.kind === 'string') {
        for (const p of t.parts ?? []) {
          const n = norm(p);
          if (n) out.add(`s:${n}`);
        }
        for (const h of t.holes ?? []) walk(h);
      } else if (t.kind === 'ident') {
        const prev = toks[i - 1];
        const next = toks[i + 1];
        if (next?.kind === 'punct' && next.text === '(') return;
        if (prev?.kind === 'punct' && (prev.text === '.' || prev.text === '.?' || prev.text === '::')) return;
        if (KEYWORDS.has(t.text) || loops.has(t.text) || symbols.has(t.text)) return;
        out.add(`i:${t.text}`);
      }
    });
  };
  walk(d.nameTokens ?? []);
  return out;
}

/** The same for a compiled name: `parameters('x')`/`variables('x')` → `i:x`, string literals and format parts → `s:…`. */
export function compiledNameTokens(name: unknown): Set<string> {
  const out = new Set<string>();
  if (typeof name !== 'string') return out;
  if (!isExpression(name)) {
    const n = norm(unescapeLiteral(name));
    if (n) out.add(`s:${n}`);
    return out;
  }
  let expr: Expr;
  try {
    expr = parseExpression(name);
  } catch {
    return out;
  }
  const walk = (e: Expr) => {
    if (e.kind === 'literal') {
      if (typeof e.value === 'string') {
        const n = norm(e.value);
        if (n) out.add(`s:${n}`);
      }
    } else if (e.kind === 'call') {
      const fn = e.name.toLowerCase();
      const first = e.args[0];
      if ((fn === 'parameters' || fn === 'variables') && first?.kind === 'literal' && typeof first.value === 'string') {
        out.add(`i:${first.value}`);
        return;
      }
      if (fn === 'format' && first?.kind === 'literal' && typeof first.value === 'string') {
        for (const piece of first.value.split(/\{\d+(?::[^}]*)?\}/)) {
          const n = norm(piece.replace(/\{\{/g, '{').replace(/\}\}/g, '}'));
          if (n) out.add(`s:${n}`);
        }
        e.args.slice(1).forEach(walk);
        return;
      }
      e.args.forEach(walk);
    } else if (e.kind === 'member') walk(e.target);
    else {
      walk(e.target);
      walk(e.index);
    }
  };
  walk(expr);
  return out;
}

/**
 * Matches the elements of a compiled `resources` array to declarations (one to one, best score
 * first; ties go to the same position among same-typed declarations).
 */
export function matchArray(resources: unknown[], file: BicepFile, moduleParams: (d: BicepDeclaration) => string[] | undefined): Map<number, BicepDeclaration> {
  const decls = file.declarations.filter((d) => !d.existing && compiledType(d));
  const symbols = new Set(file.declarations.map((d) => d.name));
  const rankOfDecl = new Map<BicepDeclaration, number>();
  const countByType = new Map<string, number>();
  for (const d of decls) {
    const t = compiledType(d)!;
    rankOfDecl.set(d, countByType.get(t) ?? 0);
    countByType.set(t, (countByType.get(t) ?? 0) + 1);
  }
  const declTokens = new Map(decls.map((d) => [d, bicepNameTokens(d, symbols)]));
  const pairs: { r: number; d: BicepDeclaration; score: number; rankGap: number }[] = [];
  const seenByType = new Map<string, number>();
  resources.forEach((r, index) => {
    if (!isObj(r) || typeof r.type !== 'string') return;
    const type = r.type.toLowerCase();
    const rank = seenByType.get(type) ?? 0;
    seenByType.set(type, rank + 1);
    const compiled = compiledNameTokens(r.name);
    const copyName = isObj(r.copy) && typeof r.copy.name === 'string' ? r.copy.name : undefined;
    for (const d of decls) {
      if (compiledType(d) !== type) continue;
      let score = 0;
      if (copyName !== undefined) score += copyName === d.name ? 1000 : d.loop ? -50 : -200;
      else if (d.loop) score -= 200;
      if ((r.condition !== undefined) !== conditioned(d)) score -= 20;
      const bt = declTokens.get(d)!;
      let missing = 0;
      let shared = 0;
      for (const t of bt) if (compiled.has(t)) shared++;
      else missing++;
      score += missing === 0 ? 10 + 5 * shared : 3 * shared - 10 * missing;
      if (d.kind === 'module') {
        const want = moduleParams(d);
        const tpl = isObj(r.properties) && isObj(r.properties.template) ? r.properties.template : undefined;
        const have = tpl && isObj(tpl.parameters) ? Object.keys(tpl.parameters) : undefined;
        if (want && have) {
          const a = new Set(want);
          const inter = have.filter((k) => a.has(k)).length;
          const union = new Set([...want, ...have]).size;
          score += union === 0 ? 40 : Math.round((40 * inter) / union);
        }
      }
      if (typeof r.apiVersion === 'string' && d.apiVersion && r.apiVersion === d.apiVersion) score += 1;
      pairs.push({ r: index, d, score, rankGap: Math.abs(rank - rankOfDecl.get(d)!) });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.rankGap - b.rankGap || a.r - b.r || a.d.at.offset - b.d.at.offset);
  const out = new Map<number, BicepDeclaration>();
  const used = new Set<BicepDeclaration>();
  for (const p of pairs) {
    if (out.has(p.r) || used.has(p.d)) continue;
    out.set(p.r, p.d);
    used.add(p.d);
  }
  return out;
}

export interface LocatorOptions {
  /** The .bicep file the compiled template came from (as the user named it). */
  entry: string;
  /** The compiled template (its parsed JSON value). */
  compiled: unknown;
  load: BicepLoader;
  /** Where to point when a declaration cannot be found: undefined keeps the compiled JSON's own position. */
  fallback?: Position;
}

/** A SourceLocator for a template compiled from Bicep. */
export function bicepLocator(opts: LocatorOptions): (at: (string | number)[]) => Located | undefined {
  const tables = new WeakMap<object, Map<number, BicepDeclaration>>();
  const declarationFor = (template: Record<string, unknown>, key: string | number, file: BicepFile, fileName: string): BicepDeclaration | undefined => {
    const resources = template.resources;
    if (Array.isArray(resources) && typeof key === 'number') {
      let table = tables.get(resources);
      if (!table) {
        table = matchArray(resources, file, (d) => {
          const target = localModulePath(fileName, d.path);
          const f = target && /\.bicep$/i.test(target) ? opts.load(target) : undefined;
          return f?.params.map((p) => p.name);
        });
        tables.set(resources, table);
      }
      return table.get(key);
    }
    if (isObj(resources) && typeof key === 'string') return file.declarations.find((d) => d.symbolicName === key);
    return undefined;
  };
  return (at) => {
    let fileName = opts.entry;
    let file = opts.load(fileName);
    let template: unknown = opts.compiled;
    let anchor: Located | undefined;
    let i = 0;
    while (file && isObj(template) && at[i] === 'resources' && i + 1 < at.length) {
      const key = at[i + 1];
      const decl = declarationFor(template, key, file, fileName);
      if (!decl) break;
      anchor = { kind: 'bicep', file: fileName, line: decl.at.line, column: decl.at.column };
      i += 2;
      const element = (template.resources as Record<string | number, unknown>)[key as never];
      if (!(at[i] === 'properties' && at[i + 1] === 'template' && at[i + 2] === 'resources')) break;
      // Into a nested deployment: only a local Bicep module continues in its own file.
      const target = decl.kind === 'module' ? localModulePath(fileName, decl.path) : undefined;
      const next = target && /\.bicep$/i.test(target) ? opts.load(target) : undefined;
      if (!next || !target) break;
      fileName = target;
      file = next;
      template = isObj(element) && isObj(element.properties) ? element.properties.template : undefined;
      i += 2;
    }
    if (anchor) return anchor;
    return opts.fallback ? { kind: 'bicep', file: opts.entry, line: opts.fallback.line, column: opts.fallback.column } : undefined;
  };
}
