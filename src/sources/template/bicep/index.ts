import { existsSync } from 'node:fs';
import { basename, dirname, join, normalize, resolve } from 'node:path';
import type { CoverageGap } from '../../../inventory/model.js';
import { InputError, describeValue } from '../../../util/errors.js';
import { parseJson, readText, withSyntaxTree, type ParsedJson } from '../../../util/json.js';
import type { TemplateInput } from '../index.js';
import { compileFile, findCompiler, INSTALL_HINT, type Compiler } from './compiler.js';
import { bicepLocator, localModulePath } from './locate.js';
import { scanBicep, type BicepFile } from './scanner.js';
import { compareTwin } from './twin.js';
import { isObj } from '../../../util/objects.js';

/**
 * Bicep sources: `.bicep` deployment files and `.bicepparam` parameter files become the template
 * and parameter inputs the ARM template loader reads, each compiled template carrying a locator
 * that puts findings on the Bicep declaration (modules included).
 *
 * Which files are deployments: a .bicep file that another scanned .bicep file uses as a `module`
 * (or `import`s from) is part of that deployment, not one of its own; every other .bicep file is an
 * entry point, scanned once (a .bicepparam's `using` target is always one). If an entry point cannot
 * be compiled, the modules it uses are scanned on their own instead, so nothing is silently lost.
 *
 * Compiled JSON committed beside its source (`main.json` next to `main.bicep`, as Azure Verified
 * Modules do) is that source's compiled form, never a second deployment: without a compiler erscan
 * reads it and places findings on the .bicep lines; with a compiler it compiles the source (the truth)
 * and uses the JSON only if compiling fails. Either way it compares the two (twin.ts) and says when
 * the JSON looks older than its source.
 */

export interface BicepOptions {
  /** `--bicep PATH`: the Bicep CLI to use. */
  bicep?: string;
  env?: NodeJS.ProcessEnv;
}

export interface BicepSources {
  /** Every template input to scan: the JSON inputs not consumed as Bicep twins or modules, plus the compiled Bicep. */
  templates: TemplateInput[];
  errors: InputError[];
  /** Coverage gaps beyond one per error (the files a missing compiler left unscanned). */
  gaps: CoverageGap[];
  notices: string[];
}

export const isBicepFile = (file: string) => /\.bicep$/i.test(file);
export const isBicepParamFile = (file: string) => /\.bicepparam$/i.test(file);


/** A template Bicep generated (`metadata._generator.name: bicep`). */
export function isBicepGenerated(doc: unknown): boolean {
  const gen = isObj(doc) && isObj(doc.metadata) && isObj(doc.metadata._generator) ? doc.metadata._generator : undefined;
  return typeof gen?.name === 'string' && gen.name.toLowerCase() === 'bicep';
}

const twinPath = (bicep: string) => join(dirname(bicep), `${basename(bicep).replace(/\.bicep$/i, '')}.json`);

interface Unit {
  /** As the user named it, or as reached from another file (relative paths stay relative). */
  file: string;
  key: string;
  scan: BicepFile;
  twin?: TemplateInput;
  state?: 'ok' | 'failed';
  input?: TemplateInput;
}

function list(files: string[], max = 5): string {
  return files.slice(0, max).join(', ') + (files.length > max ? `, … (${files.length} in all)` : '');
}

export function withBicepSources(bicepFiles: string[], jsonInputs: TemplateInput[], options: BicepOptions = {}): BicepSources {
  const env = options.env ?? process.env;
  const errors: InputError[] = [];
  const gaps: CoverageGap[] = [];
  const notices: string[] = [];
  const keyOf = (f: string) => resolve(f);

  // Scans of every Bicep file read (inputs, and module files reached from them), by absolute path.
  const scans = new Map<string, BicepFile | undefined>();
  const load = (file: string): BicepFile | undefined => {
    const key = keyOf(file);
    if (!scans.has(key)) {
      let scan: BicepFile | undefined;
      try {
        scan = scanBicep(readText(file));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
      }
      scans.set(key, scan);
    }
    return scans.get(key);
  };

  const jsonByKey = new Map(jsonInputs.map((t) => [keyOf(t.file), t]));
  const consumed = new Set<TemplateInput>();
  const out: TemplateInput[] = [];

  // The inputs: .bicep files (and the `using` targets of .bicepparam files), .bicepparam files.
  const units = new Map<string, Unit>();
  const params: { file: string; scan: BicepFile }[] = [];
  const usingTargets = new Set<string>();
  const addUnit = (file: string) => {
    const key = keyOf(file);
    if (units.has(key)) return;
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(e);
      return;
    }
    const scan = scanBicep(text);
    scans.set(key, scan);
    units.set(key, { file: normalize(file), key, scan });
  };
  for (const f of [...bicepFiles].sort()) {
    if (isBicepParamFile(f)) {
      let text: string;
      try {
        text = readText(f);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        errors.push(e);
        continue;
      }
      params.push({ file: normalize(f), scan: scanBicep(text) });
    } else addUnit(f);
  }
  for (const p of params) {
    const target = localModulePath(p.file, p.scan.using?.path);
    if (target && isBicepFile(target) && existsSync(target)) {
      addUnit(target);
      usingTargets.add(keyOf(target));
    }
  }

  // Twins: committed compiled JSON beside each .bicep (read from disk when not among the inputs).
  const compiledAt = (path: string): TemplateInput | undefined => {
    const known = jsonByKey.get(keyOf(path));
    if (known) return known.format === 'arm-template' && isBicepGenerated(known.parsed.value) ? known : undefined;
    if (!existsSync(path)) return undefined;
    try {
      const parsed = parseJson(path, readText(path));
      if (!isBicepGenerated(parsed.value)) return undefined;
      return { file: path, parsed: withSyntaxTree(path, parsed), format: 'arm-template' };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return undefined;
    }
  };
  const twinOf = (file: string): TemplateInput | undefined => {
    const same = compiledAt(twinPath(file));
    if (same || !/^main\.bicep$/i.test(basename(file)) || existsSync(twinPath(file))) return same;
    // The quickstart layout: `azuredeploy.json` is what `bicep build main.bicep` wrote (Azure quickstart
    // templates commit both). It is the twin only when it has the source's parameters and declarations:
    // one built from another file is scanned on its own.
    const quickstart = compiledAt(join(dirname(file), 'azuredeploy.json'));
    if (!quickstart) return undefined;
    const structural = compareTwin(file, quickstart.parsed.value, load).filter((d) => !d.what.startsWith('the source has'));
    return structural.length === 0 ? quickstart : undefined;
  };
  for (const u of units.values()) {
    u.twin = twinOf(u.file);
    if (u.twin) consumed.add(jsonByKey.get(keyOf(u.twin.file)) ?? u.twin);
    // ARM JSON modules of scanned Bicep files are part of that deployment too.
    for (const d of u.scan.declarations) {
      const target = d.kind === 'module' ? localModulePath(u.file, d.path) : undefined;
      const json = target && /\.json$/i.test(target) ? jsonByKey.get(keyOf(target)) : undefined;
      if (json && json.format === 'arm-template') consumed.add(json);
    }
  }

  // Who refers to whom (modules and imports), among the scanned .bicep files.
  const referrers = new Map<string, Set<string>>();
  const refsOf = (file: string, scan: BicepFile) =>
    [...scan.declarations.filter((d) => d.kind === 'module').map((d) => localModulePath(file, d.path)), ...scan.imports.map((p) => localModulePath(file, p))].filter(
      (t): t is string => !!t && isBicepFile(t),
    );
  for (const u of units.values()) {
    for (const t of refsOf(u.file, u.scan)) {
      const k = keyOf(t);
      if (k === u.key || !units.has(k)) continue;
      if (!referrers.has(k)) referrers.set(k, new Set());
      referrers.get(k)!.add(u.key);
    }
  }
  const closure = (u: Unit): Set<string> => {
    const seen = new Set<string>();
    const stack = [u.file];
    while (stack.length) {
      const f = stack.pop()!;
      const scan = load(f);
      if (!scan) continue;
      for (const t of refsOf(f, scan)) {
        const k = keyOf(t);
        if (seen.has(k)) continue;
        seen.add(k);
        stack.push(t);
      }
    }
    return seen;
  };

  // The compiler, found once and only when something needs it.
  let compiler: Compiler | { missing: string } | undefined;
  const getCompiler = () => (compiler ??= findCompiler({ bicep: options.bicep, env }));
  const uncompiled: string[] = [];
  const compiledWith = new Set<string>();
  const twinsRead: string[] = [];

  const withLocator = (u: Unit, input: TemplateInput, fallbackToEntry: boolean): TemplateInput => ({
    ...input,
    locate: bicepLocator({ entry: u.file, compiled: input.parsed.value, load, fallback: fallbackToEntry ? { offset: 0, line: 1, column: 1 } : undefined }),
  });

  const checkTwin = (u: Unit, compiledFromSource: boolean) => {
    if (!u.twin) return;
    const diffs = compareTwin(u.file, u.twin.parsed.value, load);
    if (diffs.length === 0) return;
    const shown = diffs
      .slice(0, 3)
      .map((d) => `${d.file === u.file ? '' : `${d.file} `}line ${d.line}: ${d.what}`)
      .join('; ');
    notices.push(
      `${u.twin.file} looks older than ${u.file} (${shown}${diffs.length > 3 ? `; ${diffs.length - 3} more` : ''}): ` +
        (compiledFromSource ? `erscan compiled ${u.file}, so the findings reflect the source; rebuild the JSON to keep it in step` : `the findings come from the JSON as committed; rebuild it (bicep build ${u.file}) or install the Bicep compiler so erscan compiles the source`),
    );
  };

  const scanUnit = (u: Unit): void => {
    const c = getCompiler();
    if ('missing' in c) {
      if (u.twin) {
        u.input = withLocator(u, u.twin, false);
        u.state = 'ok';
        twinsRead.push(u.twin.file);
        checkTwin(u, false);
      } else {
        uncompiled.push(u.file);
        u.state = 'failed';
      }
      return;
    }
    const r = compileFile(c, u.file, 'build', env);
    if ('error' in r) {
      errors.push(r.error);
      if (u.twin) {
        // The source does not compile (an error, or a registry that cannot be reached): the committed
        // JSON is still scanned, so its findings are not lost; the error keeps the scan from passing.
        u.input = withLocator(u, u.twin, false);
        u.state = 'ok';
        notices.push(`${u.file} could not be compiled; its committed compiled form ${u.twin.file} was scanned instead`);
        checkTwin(u, false);
      } else u.state = 'failed';
      return;
    }
    let parsed: ParsedJson;
    try {
      parsed = withSyntaxTree(u.file, parseJson(u.file, r.stdout));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(new InputError(u.file, '', 'the Bicep compiler to print a JSON template', 'other output'));
      u.state = 'failed';
      return;
    }
    if (!isObj(parsed.value) || (!Array.isArray(parsed.value.resources) && !isObj(parsed.value.resources))) {
      errors.push(new InputError(u.file, '', 'the Bicep compiler to print an ARM template', describeValue(parsed.value)));
      u.state = 'failed';
      return;
    }
    compiledWith.add(u.file);
    u.input = withLocator(u, { file: u.file, parsed, format: 'arm-template' }, true);
    u.state = 'ok';
    checkTwin(u, true);
  };

  // Entry points first; then, round by round, modules whose every referrer failed.
  const covered = new Set<string>();
  for (let round = 0; ; round++) {
    const pending = [...units.values()].filter((u) => !u.state && !covered.has(u.key));
    if (pending.length === 0) break;
    let roots = pending.filter((u) => usingTargets.has(u.key) || [...(referrers.get(u.key) ?? [])].every((r) => units.get(r)!.state === 'failed'));
    // A cycle of modules (the compiler will say so): one of them, then see what it covered.
    if (roots.length === 0) roots = [pending[0]];
    for (const u of roots) {
      scanUnit(u);
      if (u.state === 'ok') for (const k of closure(u)) covered.add(k);
      const failedBy = [...(referrers.get(u.key) ?? [])].map((r) => units.get(r)!.file);
      if (round > 0 && u.state === 'ok' && failedBy.length > 0)
        notices.push(`${u.file} is a module of ${list(failedBy)}, which could not be scanned; it was scanned as a deployment of its own (parameters without a default are unknown)`);
    }
  }
  for (const u of units.values()) if (u.input) out.push(u.input);

  // .bicepparam files: compiled to a JSON parameters document, paired with their `using` template.
  for (const p of params) {
    const using = p.scan.using;
    if (!using) {
      notices.push(`${p.file}: a Bicep parameters file with no \`using\` declaration; not used`);
      continue;
    }
    const target = localModulePath(p.file, using.path);
    let template: TemplateInput | undefined;
    if (target && isBicepFile(target)) {
      const u = units.get(keyOf(target));
      if (!u) {
        errors.push(new InputError(`${p.file}:${using.at.line}:${using.at.column}`, '', 'a `using` path to a Bicep file', `${using.path} (no such file)`));
        continue;
      }
      if (!u.input) {
        // Its template could not be read: the parameters file is not scanned either, and says so.
        const c = getCompiler();
        if ('missing' in c) uncompiled.push(p.file);
        else gaps.push({ scope: p.file, reason: `not scanned: its template ${u.file} could not be compiled` });
        continue;
      }
      template = u.input;
    } else if (target && /\.json$/i.test(target)) {
      template = jsonByKey.get(keyOf(target));
      if (!template) {
        try {
          const parsed = parseJson(target, readText(target));
          template = { file: target, parsed: withSyntaxTree(target, parsed), format: 'arm-template' };
          out.push(template);
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          errors.push(e);
          continue;
        }
      }
    } else if (using.path.toLowerCase() === 'none') {
      notices.push(`${p.file}: \`using none\` names no template; not used`);
      continue;
    }
    const c = getCompiler();
    if ('missing' in c) {
      uncompiled.push(p.file);
      continue;
    }
    const r = compileFile(c, p.file, 'build-params', env);
    if ('error' in r) {
      errors.push(r.error);
      continue;
    }
    const doc = parseBuildParams(p.file, r.stdout);
    if (doc instanceof InputError) {
      errors.push(doc);
      continue;
    }
    if (!template) {
      // A registry module or template spec: its compiled template comes with the parameters; findings
      // point at the `using` line.
      if (!doc.templateJson) {
        notices.push(`${p.file}: its template ${using.path} is not a local file and the compiler did not return it; not scanned`);
        continue;
      }
      const at = using.at;
      template = { file: p.file, parsed: doc.templateJson, format: 'arm-template', locate: () => ({ kind: 'bicep', file: p.file, line: at.line, column: at.column }) };
      out.push(template);
    }
    compiledWith.add(p.file);
    out.push({ file: p.file, parsed: doc.parameters, format: 'arm-parameters', template });
  }

  // No compiler: one line for all of them (how to install it), and each file a coverage gap.
  if (uncompiled.length > 0) {
    const why = compiler && 'missing' in compiler ? compiler.missing : 'none';
    const [first, ...rest] = uncompiled;
    errors.push(
      new InputError(
        first,
        '',
        `a Bicep compiler (bicep on PATH, az bicep, or --bicep PATH) to read ${uncompiled.length === 1 ? 'it' : `it and ${rest.length} more Bicep file${rest.length === 1 ? '' : 's'} (${list(rest, 3)})`}`,
        `${why}: ${INSTALL_HINT}`,
      ),
    );
    for (const f of rest) gaps.push({ scope: f, reason: `not scanned: no Bicep compiler (${why})` });
  }

  if (compiler && !('missing' in compiler) && compiledWith.size > 0) notices.push(`compiled ${compiledWith.size} Bicep file${compiledWith.size === 1 ? '' : 's'} with ${compiler.how}${compiler.version ? ` (Bicep ${compiler.version})` : ''}`);
  if (twinsRead.length > 0) notices.push(`read ${list(twinsRead)} as the compiled form of the Bicep beside ${twinsRead.length === 1 ? 'it' : 'them'} (no compiler needed); findings point at the .bicep lines`);

  // JSON templates Bicep generated, scanned on their own, whose source is beside them: place their
  // findings on the .bicep lines too (and say when the JSON looks older).
  const replaced = new Map<TemplateInput, TemplateInput>();
  for (const t of jsonInputs) {
    if (consumed.has(t)) continue;
    if (t.format === 'arm-template' && !t.locate && isBicepGenerated(t.parsed.value)) {
      const source = join(dirname(t.file), `${basename(t.file).replace(/\.json$/i, '')}.bicep`);
      const scan = existsSync(source) ? load(source) : undefined;
      if (scan) {
        const u: Unit = { file: source, key: keyOf(source), scan, twin: t };
        const located = withLocator(u, t, false);
        replaced.set(t, located);
        out.push(located);
        checkTwin(u, false);
        continue;
      }
    }
    out.push(t);
  }
  for (const i of out) if (i.template && replaced.has(i.template)) i.template = replaced.get(i.template);

  // A source the scanner could not follow (unbalanced brackets): its locations may be approximate.
  for (const u of units.values()) {
    const p = u.scan.problems[0];
    if (p && u.input) notices.push(`${u.file}:${p.at.line}:${p.at.column}: ${p.message}; findings in this file may point at the nearest declaration`);
  }
  return { templates: out, errors, gaps, notices };
}

/**
 * `bicep build-params --stdout` prints `{"parametersJson": "…", "templateJson": "…", "templateSpecId": …}`
 * (both documents as strings); a plain parameters document is accepted too.
 */
export function parseBuildParams(file: string, stdout: string): { parameters: ParsedJson; templateJson?: ParsedJson } | InputError {
  let envelope: ParsedJson;
  try {
    envelope = parseJson(file, stdout);
  } catch {
    return new InputError(file, '', 'the Bicep compiler to print JSON parameters', 'other output');
  }
  const v = envelope.value;
  if (isObj(v) && typeof v.parametersJson === 'string') {
    try {
      const parameters = parseJson(file, v.parametersJson);
      const templateJson = typeof v.templateJson === 'string' && v.templateJson.trim() ? withSyntaxTree(file, parseJson(file, v.templateJson)) : undefined;
      return { parameters, templateJson };
    } catch {
      return new InputError(file, '$.parametersJson', 'a JSON parameters document', 'text that is not JSON');
    }
  }
  if (isObj(v) && isObj(v.parameters)) return { parameters: envelope };
  return new InputError(file, '$', 'a compiled parameters document (parametersJson)', describeValue(v));
}
