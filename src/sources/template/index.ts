import { basename, dirname, resolve } from 'node:path';
import { InputError, jsonPath } from '../../util/errors.js';
import { repeatedKeys, type ParsedJson, type RepeatedKey } from '../../util/json.js';
import { emptyOutput, type SourceOutput } from '../types.js';
import { loadArmTemplate, readParameterFile, readsDeclarationsOf, type SourceLocator, type SuppliedParameters } from './arm/template.js';
import { findKey } from '../../util/keys.js';
import { checkParameters } from './arm/params.js';
import { declaresExpressRoute, TERRAFORM_NAMES_EXPRESSROUTE } from '../detect.js';
import { isFullType, PLACEHOLDER_RESOURCE_GROUP } from './ids.js';
import { loadTerraformPlan } from './terraform/plan.js';
import { templateRowProblems } from '../validate.js';
import { labelStandIns } from '../../inventory/names.js';
import { compareText } from '../../util/collate.js';
import { isObj } from '../../util/objects.js';
import type { RawResource } from '../../inventory/build.js';

export interface TemplateInput {
  file: string;
  parsed: ParsedJson;
  format: 'arm-template' | 'arm-parameters' | 'terraform-plan';
  /** Compiled templates (Bicep): maps a declaration in the compiled JSON back to its source line. */
  locate?: SourceLocator;
  /** Parameter files that name their template (a .bicepparam's `using`): paired with it, not by name. */
  template?: TemplateInput;
  /** A parameter file named on the command line (not found in a folder): its values must be used, or it is an error. */
  explicit?: boolean;
}

/**
 * Infrastructure-as-code sources: ARM templates (with parameter files) and Terraform plans.
 *
 * Parameter files pair with templates by name, in the same folder: `x.parameters.json` and
 * `x.<anything>.parameters.json` (for example `main.prod.parameters.json`) belong to `x.json`. A
 * template with several parameter files is scanned once per file. A parameter file that pairs with
 * no template by name is used for the one template in its folder, if there is exactly one (so
 * `erscan scan main.json prod.json` works). Otherwise, a parameter file named on the command line is
 * used with the only template of the inputs that takes parameters (`erscan scan infra/main.json
 * infra/params/prod.json`, said in a notice), and is an input error (exit 2, a coverage gap) when there
 * is no such template or several: the user gave those values to be checked, and scanning the template
 * with its defaults instead would pass in silence. One found in a folder is reported and ignored. A
 * template with no parameter file is scanned with its default values; parameters without one are
 * unresolved.
 *
 * Each (template, parameter file) pair is its own deployment: its resources name it
 * (`SourceRef.deployment`, `parameterFile`). When one template has several parameter files, their
 * deployments target different resource groups in practice, so each gets its own resource group
 * placeholder in ids (`{resourceGroup:main.prod}`): their resources never merge, and their ids (so
 * fingerprints and baselines) stay stable for as long as the parameter file keeps its name.
 */
export function loadTemplates(inputs: TemplateInput[]): { output: SourceOutput; errors: InputError[] } {
  const output = emptyOutput();
  const errors: InputError[] = [];
  const templates = inputs.filter((i) => i.format === 'arm-template');
  const parameterFiles = inputs.filter((i) => i.format === 'arm-parameters');
  const plans = inputs.filter((i) => i.format === 'terraform-plan');

  const pairs = pairParameterFiles(templates, parameterFiles, output.notices, errors);

  for (const t of templates) {
    const params = pairs.get(t) ?? [];
    const runs: { supplied: SuppliedParameters; file?: string }[] = [];
    // A key written twice in the template, or in a parameter file (which value deploys is not documented): as
    // for what ARM refuses below, a template that declares no ExpressRoute resource holds nothing to judge.
    const repeated = [...templateRepeatedKeys(t), ...params.flatMap(parameterRepeatedKeys)];
    if (repeated.length > 0) {
      if (declaresExpressRoute(t.parsed.value)) errors.push(...repeated);
      else for (const e of repeated) output.notices.push(`${e.message} (not scanned; the template declares no ExpressRoute resource)`);
      continue;
    }
    let failed = false;
    for (const p of params) {
      try {
        runs.push({ supplied: readParameterFile(p.file, p.parsed.value), file: p.file });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        errors.push(e);
        failed = true;
      }
    }
    if (failed) continue;
    if (runs.length === 0) runs.push({ supplied: new Map() });
    /** Each run's resources, kept apart until the ids two runs both declare are known (below). */
    const loaded: { raws: RawResource[]; qualifier: string }[] = [];
    for (const run of runs) {
      // ARM checks the values before it deploys: a deployment it would refuse is not judged (its
      // parameter file is a coverage gap, named); what it may refuse is said.
      const checked = checkParameters(t.file, t.parsed.value, run.file, params.find((p) => p.file === run.file)?.parsed.value);
      for (const n of checked.notices) if (!output.notices.includes(n)) output.notices.push(n);
      if (checked.errors.length > 0) {
        // A template that declares no ExpressRoute resource holds nothing to judge: its refused values are said, not a gap.
        if (declaresExpressRoute(t.parsed.value)) errors.push(...checked.errors);
        else for (const e of checked.errors) output.notices.push(`${e.message} (not scanned; the template declares no ExpressRoute resource)`);
        continue;
      }
      try {
        const qualifier = run.file ? stem(run.file).replace(/\.parameters$/i, '') : '';
        const resourceGroup = runs.length > 1 && run.file ? `{resourceGroup:${qualifier}}` : PLACEHOLDER_RESOURCE_GROUP;
        const r = loadArmTemplate(t.file, t.parsed, run.supplied, run.file, t.locate, { resourceGroup });
        loaded.push({ raws: r.raws, qualifier });
        output.notices.push(...r.notices);
        for (const g of r.gaps) if (!output.gaps.some((x) => x.scope === g.scope)) output.gaps.push(g);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        // As for refused values above: a template that declares no ExpressRoute resource holds nothing to judge,
        // so what makes ARM refuse it (a name of the wrong shape, a dependsOn cycle, …) is said, not a gap.
        const notice = `${e.message} (not scanned; the template declares no ExpressRoute resource)`;
        if (declaresExpressRoute(t.parsed.value)) errors.push(e);
        else if (!output.notices.includes(notice)) output.notices.push(notice);
      }
    }
    for (const raws of keepDeploymentsApart(loaded)) output.raws.push(...raws);
  }

  for (const p of plans) {
    // A key written twice in one object (Terraform never writes one): as for a template, a plan that names no
    // ExpressRoute resource holds nothing to judge, so its repeats are said, not a gap.
    const repeated = planRepeatedKeys(p);
    if (repeated.length > 0) {
      if (TERRAFORM_NAMES_EXPRESSROUTE.test(p.parsed.text)) errors.push(...repeated);
      else for (const e of repeated) output.notices.push(`${e.message} (not scanned; the plan declares no ExpressRoute resource)`);
      continue;
    }
    try {
      const r = loadTerraformPlan(p.file, p.parsed);
      output.raws.push(...r.raws);
      output.notices.push(...r.notices);
      output.gaps.push(...r.gaps);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(e);
    }
  }
  output.raws = output.raws.filter((raw) => {
    const problems = templateRowProblems(raw.row);
    if (problems.length === 0) return true;
    // A value of the wrong type would read as "not set" and give a false finding: the resource is left out, named.
    const [p, ...others] = problems;
    const src = raw.source;
    const at = src?.line !== undefined ? `${src.file}:${src.line}:${src.column ?? 1}` : (src?.file ?? '');
    const also = others.length > 0 ? ` (and ${others.length} more problem${others.length === 1 ? '' : 's'} in it)` : '';
    errors.push(new InputError(at, jsonPath(p.path), p.expected, `${p.found}; resource ${labelStandIns(String(raw.row.name ?? raw.row.id))} is not read${also}`));
    return false;
  });
  return { output, errors };
}

const REPEATED_KEY = 'each key once in its object (ARM accepts a key written twice, but which of its values a deployment uses is not documented)';
const PLAN_REPEATED_KEY = 'each key once in its object (terraform show -json writes each key once; of a key written twice, which value the plan holds is not known)';

/** The error for a key written a second time, at its line and column. */
function repeatedKeyError(input: TemplateInput, r: RepeatedKey, expected = REPEATED_KEY): InputError {
  const at = input.parsed.lines.position(r.offset);
  return new InputError(`${input.file}:${at.line}:${at.column}`, jsonPath(r.path), expected, `${JSON.stringify(r.path[r.path.length - 1])} a second time`);
}

/**
 * A Terraform plan's keys written twice in one object, anywhere in it (JSON.parse keeps the last in silence:
 * `"bandwidth_in_mbps": 50, "bandwidth_in_mbps": 1000` was judged 1000). `terraform show -json` writes each key
 * once, so a plan with a repeat was written or edited by something else, and which value it means is not known:
 * refused, as in a template. Found on the syntax tree plans already have (to place resources on lines).
 */
function planRepeatedKeys(p: TemplateInput): InputError[] {
  return repeatedKeys(p.parsed.tree).map((r) => repeatedKeyError(p, r, PLAN_REPEATED_KEY));
}

/**
 * A template's keys written twice in one object (JSON.parse keeps the last in silence: `"tier": "Standard",
 * "tier": "Premium"` was judged Premium). ARM accepts such a template, and which value it deploys is not
 * documented (github.com/Azure/azure-quickstart-templates/issues/5855, open; #5847 saw the last one used),
 * so the value is not known to erscan: refused, as two keys that differ only in case are (withArmKeys).
 * Also like those, one inside a declaration of a type erscan does not read (a Key Vault module's two
 * `copy` loops) is left alone, unless it is one of the declaration's own keys (its name, type, condition…).
 */
function templateRepeatedKeys(t: TemplateInput): InputError[] {
  return repeatedKeys(t.parsed.tree)
    .filter((r) => {
      const inside = enclosingDeclaration(t.parsed.value, r.path);
      return inside === undefined || inside.ownKey || inside.type === '' || readsDeclarationsOf(inside.type);
    })
    .map((r) => repeatedKeyError(t, r));
}

/**
 * A parameter file's keys written twice in one object, and a parameter named twice in letter cases that
 * differ (ARM reads parameter names whatever their case; readParameterFile kept the last in silence).
 */
function parameterRepeatedKeys(p: TemplateInput): InputError[] {
  const out = repeatedKeys(p.parsed.tree).map((r) => repeatedKeyError(p, r));
  const doc = p.parsed.value;
  const params = isObj(doc) ? doc.parameters : undefined;
  if (isObj(params)) {
    const written = new Map<string, string>();
    for (const name of Object.keys(params)) {
      const before = written.get(name.toLowerCase());
      if (before !== undefined) out.push(new InputError(p.file, jsonPath(['parameters', before]), `one key for parameter "${before}" (ARM reads parameter names whatever their letter case, and which of two it uses is not documented)`, `both "${before}" and "${name}"`));
      else written.set(name.toLowerCase(), name);
    }
  }
  return out;
}

/**
 * The innermost resource declaration a path of a template leads into: its full, lower-cased type ('' when it
 * cannot be told: an expression) and whether the path ends at one of the declaration's own keys; undefined
 * outside any declaration (parameters, variables, outputs).
 */
function enclosingDeclaration(doc: unknown, path: (string | number)[]): { type: string; ownKey: boolean } | undefined {
  let cur: unknown = doc;
  let level: 'template' | 'declaration' | 'other' = 'template';
  let found: { type: string; ownKey: boolean } | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const container = cur;
    cur = isObj(container) || Array.isArray(container) ? (container as Record<string | number, unknown>)[seg] : undefined;
    const isKey = (k: string) => typeof seg === 'string' && seg.toLowerCase() === k;
    if (level !== 'other' && isKey('resources') && i + 1 < path.length) {
      const decl = isObj(cur) || Array.isArray(cur) ? (cur as Record<string | number, unknown>)[path[i + 1]] : undefined;
      const typeKey = isObj(decl) ? findKey(decl, 'type') : undefined;
      const declared = typeKey === undefined ? undefined : (decl as Record<string, unknown>)[typeKey];
      const parent = level === 'declaration' ? found?.type : undefined;
      const type = typeof declared !== 'string' || declared.startsWith('[') || (parent === '' && !isFullType(declared)) ? '' : isFullType(declared) || parent === undefined ? declared.toLowerCase() : `${parent}/${declared.toLowerCase()}`;
      found = { type, ownKey: i + 2 === path.length - 1 };
      cur = decl;
      i++;
      level = 'declaration';
      continue;
    }
    if (level === 'declaration' && found?.type === 'microsoft.resources/deployments' && isKey('properties') && typeof path[i + 1] === 'string' && String(path[i + 1]).toLowerCase() === 'template') {
      cur = isObj(cur) ? cur[path[i + 1] as string] : undefined;
      i++;
      level = 'template';
      continue;
    }
    level = 'other';
  }
  return found;
}

const stem = (file: string) => basename(file).replace(/\.(json|bicep)$/i, '');

/**
 * The resources of one template's deployments (one per parameter file), kept apart. Each deployment's
 * top level has a resource group placeholder of its own, but a module the template deploys to a resource
 * group (and subscription) that its parameters name gets real ids, and parameter files that name the same
 * one give two deployments the same ids: merged as one resource, only the first was judged, and the other
 * parameter file's values were never checked (a regional gateway SKU passed beside a zone-redundant one).
 * The ids that more than one deployment declares are qualified by the parameter file
 * (`…/resourceGroups/rg-hub{main.prod}/…`), in every deployment that declares them and wherever their rows
 * refer to them (a connection's gateway), so each deployment is judged on its own values and its resources
 * still join. Ids that only one deployment declares, and references to resources none declares, are kept.
 */
function keepDeploymentsApart(loaded: { raws: RawResource[]; qualifier: string }[]): RawResource[][] {
  if (loaded.length < 2) return loaded.map((l) => l.raws);
  const declaredBy = new Map<string, number>();
  for (const l of loaded) {
    for (const id of new Set(l.raws.map((r) => (typeof r.row.id === 'string' ? r.row.id.toLowerCase() : undefined)).filter((x): x is string => x !== undefined))) {
      declaredBy.set(id, (declaredBy.get(id) ?? 0) + 1);
    }
  }
  const shared = [...declaredBy].filter(([, n]) => n > 1).map(([id]) => id);
  if (shared.length === 0) return loaded.map((l) => l.raws);
  return loaded.map(({ raws, qualifier }) => {
    const qualify = (s: string): string => {
      const lower = s.toLowerCase();
      if (!shared.some((id) => lower === id || lower.startsWith(`${id}/`))) return s;
      const m = /^\/subscriptions\/[^/]+(?:\/resourceGroups\/[^/]+)?/i.exec(s);
      return m ? `${m[0]}{${qualifier}}${s.slice(m[0].length)}` : s;
    };
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return v.startsWith('/') ? qualify(v) : v;
      if (Array.isArray(v)) return v.map(walk);
      if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      return v;
    };
    return raws.map((raw) => {
      const row = walk(raw.row) as Record<string, unknown>;
      if (!raw.possible) return { ...raw, row };
      const possible = Object.fromEntries(Object.entries(raw.possible).map(([path, p]) => [path, { ...p, cases: p.cases.map((c) => ({ ...c, value: walk(c.value) })) }]));
      return { ...raw, row, possible };
    });
  });
}

/** The absolute path of the template a parameter file names in `metadata.template`, if it names one. */
function linkedTemplatePath(p: TemplateInput): string | undefined {
  const doc = p.parsed.value as { metadata?: { template?: unknown } } | null;
  const named = doc !== null && typeof doc === 'object' && doc.metadata !== null && typeof doc.metadata === 'object' ? doc.metadata.template : undefined;
  if (typeof named !== 'string' || named.trim() === '') return undefined;
  return named.startsWith('~/') ? resolve(named.slice(2)) : resolve(dirname(p.file), named);
}

/** A template that declares parameters (one that declares none has no use for a parameter file). */
const takesParameters = (t: TemplateInput): boolean => {
  const doc = t.parsed.value;
  return isObj(doc) && isObj(doc.parameters) && Object.keys(doc.parameters).length > 0;
};

/**
 * Each parameter file once: a file named on the command line and also found in a folder given beside
 * it is read twice, and was paired twice (two deployments of the same values, one id qualified twice).
 * The first reading is kept, named on the command line if either was.
 */
function distinctParameterFiles(parameterFiles: TemplateInput[]): TemplateInput[] {
  const byPath = new Map<string, TemplateInput>();
  const out: TemplateInput[] = [];
  for (const p of parameterFiles) {
    if (p.template) {
      out.push(p);
      continue;
    }
    const key = resolve(p.file);
    const seen = byPath.get(key);
    if (!seen) {
      byPath.set(key, p);
      out.push(p);
    } else if (p.explicit) seen.explicit = true;
  }
  return out;
}

const NAMES_ITS_TEMPLATE =
  'a parameter file that says which template it is for: "metadata": { "template": "<path of the template>" } (relative to the parameter file), or the name <template>.parameters.json (or <template>.<anything>.parameters.json) beside its template';

function pairParameterFiles(templates: TemplateInput[], parameterFiles: TemplateInput[], notices: string[], errors: InputError[]): Map<TemplateInput, TemplateInput[]> {
  const pairs = new Map<TemplateInput, TemplateInput[]>();
  const add = (t: TemplateInput, p: TemplateInput) => pairs.set(t, [...(pairs.get(t) ?? []), p]);
  const unpaired: TemplateInput[] = [];
  for (const p of distinctParameterFiles(parameterFiles)) {
    if (p.template) {
      add(p.template, p);
      continue;
    }
    // A parameter file that names its template (`"metadata": { "template": "./main.json" }`, as PSRule for
    // Azure links them: relative to the parameter file, or `~/…` from the working folder) is used with it.
    const named = linkedTemplatePath(p);
    if (named !== undefined) {
      const linked = templates.find((t) => resolve(t.file) === named);
      if (linked) add(linked, p);
      // Named on the command line, its values were meant to be checked: never a silent pass.
      else if (p.explicit) errors.push(new InputError(p.file, '$.metadata.template', `its template ${named} among the inputs (name it on the command line)`, 'a template that is not scanned, so these values are not checked'));
      else notices.push(`${p.file}: parameter file not used: its metadata.template names ${named}, which is not among the templates scanned`);
      continue;
    }
    // `main.parameters.json` → main; `main.prod.parameters.json` → main.prod, then main.
    const base = stem(p.file).replace(/\.parameters$/i, '');
    const candidates = /\.parameters$/i.test(stem(p.file)) ? [base, base.replace(/\.[^.]+$/, '')] : [];
    const dir = dirname(p.file);
    const byName = candidates
      .map((c) => templates.find((t) => dirname(t.file) === dir && stem(t.file).toLowerCase() === c.toLowerCase()))
      .find(Boolean);
    if (byName) add(byName, p);
    else unpaired.push(p);
  }
  const takingParameters = templates.filter(takesParameters);
  for (const p of unpaired) {
    const dir = dirname(p.file);
    const inFolder = templates.filter((t) => dirname(t.file) === dir);
    if (inFolder.length === 1) add(inFolder[0], p);
    else if (p.explicit && takingParameters.length === 1) {
      // Named on the command line (`erscan scan infra/main.json infra/params/prod.json`): its values are for
      // the one template that can take them, as they would be in `az deployment group create`.
      add(takingParameters[0], p);
      notices.push(`${p.file}: parameter file used with ${takingParameters[0].file}, the only template scanned that takes parameters (it names no template: "metadata": { "template": "…" } or the name <template>.parameters.json beside it says which)`);
    } else if (p.explicit) {
      // Which template it is for cannot be decided: scanning them with their defaults would pass the values
      // the user named without checking them.
      const found =
        takingParameters.length === 0
          ? `no template scanned that takes parameters${templates.length > 0 ? ` (${templates.length} template${templates.length === 1 ? '' : 's'} scanned)` : ''}, so these values are not checked`
          : `${takingParameters.length} templates scanned that take parameters (${takingParameters.slice(0, 3).map((t) => t.file).join(', ')}${takingParameters.length > 3 ? ', …' : ''}), none of which it names, so these values are not checked`;
      errors.push(new InputError(p.file, '', NAMES_ITS_TEMPLATE, found));
    } else
      notices.push(
        `${p.file}: parameter file not used: name it <template>.parameters.json beside its template${inFolder.length > 1 ? ` (${inFolder.length} templates in its folder)` : ' (no template in its folder)'}`,
      );
  }
  // A deterministic order: scans with several parameter files always run in file-name order.
  for (const list of pairs.values()) list.sort((a, b) => compareText(a.file, b.file));
  return pairs;
}
