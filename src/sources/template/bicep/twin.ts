import { isExpression, parseExpression, unescapeLiteral, type Expr } from '../arm/expression.js';
import { localModulePath, matchArray, type BicepLoader } from './locate.js';
import type { BicepFile } from './scanner.js';
import { isObj } from '../../../util/objects.js';

/**
 * Does a committed compiled template (`main.json` beside `main.bicep`) still reflect its source?
 *
 * File times are useless in a git checkout (every file gets the checkout time), the generator's
 * `templateHash` is a hash of the compiled JSON itself (not of the source), and a shallow clone has
 * no history to compare commits. What can be trusted is the content of both files, so the check
 * compares them:
 * - every `param` of each Bicep file is a parameter of its (nested) compiled template, and back;
 * - every declaration is in the compiled template (by symbolic name, or by type for older output);
 * - every literal the source writes (strings, numbers, resource types and API versions) occurs in
 *   the compiled JSON. A value changed in the source but not rebuilt (a SKU, a bandwidth) is caught
 *   here; literals the compiler does not emit (module and import paths, `existing` resources in
 *   older output, `load*()` file names, `targetScope`, the decorators of a `var` or an `import`,
 *   multi-line strings) are not compared.
 * The answer is one-sided: a difference proves the twin is older than its source (or was built from
 * something else); no difference does not prove it is current (a value changed to one that occurs
 * elsewhere in the file goes unnoticed).
 */


/** Every string, key and number of a compiled template, with the literals inside its expressions. */
function haystackOf(doc: unknown): string {
  const out: string[] = [];
  const fromExpr = (e: Expr) => {
    if (e.kind === 'literal') out.push(String(e.value));
    else if (e.kind === 'call') e.args.forEach(fromExpr);
    else if (e.kind === 'member') {
      fromExpr(e.target);
      out.push(e.property);
    } else {
      fromExpr(e.target);
      fromExpr(e.index);
    }
  };
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      out.push(unescapeLiteral(v));
      if (isExpression(v)) {
        try {
          fromExpr(parseExpression(v));
        } catch {
          // the raw text is in already
        }
      }
    } else if (typeof v === 'number' || typeof v === 'boolean') out.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (isObj(v)) {
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        walk(x);
      }
    }
  };
  walk(doc);
  return out.join('\u0000');
}

/** A literal is shown in a notice only when it cannot be a secret (short, no token-like mix). */
function shown(value: string): string | undefined {
  if (value.length > 24 || !/^[A-Za-z0-9 ._/@-]*$/.test(value)) return undefined;
  if (value.length >= 12 && /\d/.test(value) && /[A-Za-z]/.test(value)) return undefined;
  if (/\d{5,}|[0-9a-f]{8}-/i.test(value)) return undefined;
  return value;
}

export interface TwinDifference {
  file: string;
  line: number;
  what: string;
}

/**
 * Differences between the Bicep files behind `entry` (modules included) and the compiled template;
 * empty when none was found.
 */
export function compareTwin(entry: string, compiled: unknown, load: BicepLoader): TwinDifference[] {
  const diffs: TwinDifference[] = [];
  const haystack = haystackOf(compiled);
  const checkedLiterals = new Set<string>();
  const visit = (fileName: string, file: BicepFile, template: unknown, depth: number) => {
    if (!isObj(template) || depth > 10) return;
    const params = isObj(template.parameters) ? Object.keys(template.parameters) : [];
    const declared = new Set(file.params.map((p) => p.name));
    for (const p of file.params) if (!params.includes(p.name)) diffs.push({ file: fileName, line: p.at.line, what: `parameter ${p.name} is not in the compiled template` });
    for (const p of params) if (!declared.has(p)) diffs.push({ file: fileName, line: 1, what: `the compiled template has a parameter ${p} that the source no longer declares` });

    const resources = template.resources;
    const symbolic = isObj(resources);
    const symbols = file.declarations.filter((d) => symbolic || !d.existing);
    if (symbolic) {
      const keys = new Set(Object.keys(resources));
      for (const d of symbols) if (!keys.has(d.symbolicName)) diffs.push({ file: fileName, line: d.at.line, what: `${d.kind} ${d.symbolicName} is not in the compiled template` });
      const names = new Set(symbols.map((d) => d.symbolicName));
      for (const k of keys) if (!names.has(k)) diffs.push({ file: fileName, line: 1, what: `the compiled template has a declaration ${k} that the source no longer has` });
    } else if (Array.isArray(resources)) {
      const count = (types: string[]) => types.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
      const want = count(symbols.map((d) => (d.kind === 'module' ? 'microsoft.resources/deployments' : (d.fullType ?? '?').toLowerCase())));
      const have = count(resources.filter(isObj).map((r) => String(r.type).toLowerCase()));
      for (const [t, n] of want) if ((have.get(t) ?? 0) !== n && t !== '?') diffs.push({ file: fileName, line: symbols.find((d) => (d.kind === 'module' ? 'microsoft.resources/deployments' : d.fullType?.toLowerCase()) === t)!.at.line, what: `${n} declaration(s) of ${t} in the source, ${have.get(t) ?? 0} in the compiled template` });
      for (const [t, n] of have) if (!want.has(t)) diffs.push({ file: fileName, line: 1, what: `the compiled template has ${n} ${t} that the source does not declare` });
    }

    // Literals: a file reached twice (a module used twice) is compared once.
    if (!checkedLiterals.has(fileName)) {
      checkedLiterals.add(fileName);
      for (const l of file.literals) {
        if (l.multiline || (l.role !== 'value' && l.role !== 'type')) continue;
        const pieces = l.role === 'type' ? l.value.split('@') : l.interpolated ? [] : [l.value];
        for (const piece of pieces) {
          if (piece === '' || haystack.includes(piece)) continue;
          const s = shown(piece);
          diffs.push({ file: fileName, line: l.at.line, what: s !== undefined ? `the source has '${s}', which the compiled template lacks` : 'the source has a string the compiled template lacks' });
        }
      }
      for (const n of file.numbers) {
        if (n.role !== 'value') continue;
        if (!new RegExp(`(^|[^0-9.])${n.value}(?![0-9])`).test(haystack)) diffs.push({ file: fileName, line: n.at.line, what: `the source has the number ${n.value}, which the compiled template lacks` });
      }
    }

    // Modules: into the nested template, when the module is a local Bicep file.
    for (const d of file.declarations) {
      if (d.kind !== 'module') continue;
      const target = localModulePath(fileName, d.path);
      const child = target && /\.bicep$/i.test(target) ? load(target) : undefined;
      if (!child || !target) continue;
      let element: unknown;
      if (symbolic) element = (resources as Record<string, unknown>)[d.symbolicName];
      else if (Array.isArray(resources)) {
        const table = matchArray(resources, file, (m) => {
          const t = localModulePath(fileName, m.path);
          return t && /\.bicep$/i.test(t) ? load(t)?.params.map((p) => p.name) : undefined;
        });
        for (const [i, decl] of table) if (decl === d) element = resources[i];
      }
      const nested = isObj(element) && isObj(element.properties) ? element.properties.template : undefined;
      visit(target, child, nested, depth + 1);
    }
  };
  const file = load(entry);
  if (file) visit(entry, file, compiled, 0);
  return diffs;
}
