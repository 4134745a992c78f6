import { statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { InputError, displayPath, jsonPath } from '../util/errors.js';
import { MAX_JSON_DEPTH, nestedDeeper, parseJson, readText, repeatedKeys, tooDeep, withSyntaxTree, writesKeyTwice, type ParsedJson } from '../util/json.js';
import { isObj } from '../util/objects.js';
import { walkFiles } from '../util/walk.js';
import {
  azurePolicyKind,
  declaresExpressRoute,
  detectFormat,
  erscanOutputKind,
  FORMAT_DESCRIPTIONS,
  isTerraformHcl,
  isUnframedParameters,
  NAMES_EXPRESSROUTE,
  TERRAFORM_NAMES_EXPRESSROUTE,
  TERRAFORM_PLAN_EXPECTED,
  type InputFormat,
} from './detect.js';
import { loadRows } from './rows.js';
import { checkRow, powerShellObjectProblem } from './validate.js';
import { loadSnapshot } from './snapshot.js';
import { loadTemplates } from './template/index.js';
import { planConfigurationDirs } from './template/terraform/plan.js';
import { isBicepFile, isBicepParamFile, withBicepSources } from './template/bicep/index.js';
import { emptyOutput, mergeOutputs, type SourceOutput } from './types.js';

/** Where the rows of a document of each format are (the rows of `arm-resource` are the document itself). */
const ROWS_AT: Partial<Record<InputFormat, string>> = { snapshot: 'resources', 'graph-cli': 'data', 'graph-rest': 'data', 'arm-list': 'value' };

const REPEATED_ROW_KEY = 'each key once in its object (Azure writes each key once; of a key written twice, which value the resource has is not known)';

/**
 * Refuses a snapshot, Resource Graph export or ARM response that writes a key twice in one object (`"bandwidthInMbps":
 * 500, "bandwidthInMbps": 10000`, read as 10000 by JSON.parse): which value the resource has is not known, so the
 * file is named (line, column, path) and not read, as a template or plan with such a key is not
 * (src/sources/template/index.ts). A repeat inside a row of a type erscan does not read is left alone (it changes
 * nothing erscan reads), unless it is one of the keys that say the row's type. Found cheaply first
 * (writesKeyTwice); the syntax tree that places it is built only for a file that has one.
 */
function refuseRepeatedKeys(file: string, parsed: ParsedJson, format: InputFormat, nestingTooDeep: () => never): void {
  const doc = parsed.value;
  if (!writesKeyTwice(parsed.text, doc)) return;
  // (The syntax tree's parser recurses: the nesting first.)
  if (doc !== null && typeof doc === 'object' && nestedDeeper(doc, MAX_JSON_DEPTH)) nestingTooDeep();
  const relevant = repeatedKeys(withSyntaxTree(file, parsed).tree).filter((r) => {
    const key = ROWS_AT[format];
    const inRows = format === 'arm-resource' ? 0 : format === 'rows' ? 1 : key !== undefined && r.path[0] === key && isObj(doc) && Array.isArray(doc[key]) ? 2 : undefined;
    if (inRows === undefined || r.path.length <= inRows) return true;
    const rows = format === 'arm-resource' ? [doc] : format === 'rows' ? (doc as unknown[]) : ((doc as Record<string, unknown>)[key!] as unknown[]);
    const row = inRows === 0 ? doc : rows[r.path[inRows - 1] as number];
    if (!isObj(row) || typeof row.type !== 'string' || checkRow(row).kind !== 'foreign') return true;
    const own = r.path.slice(inRows).map((k) => String(k).toLowerCase()).join('.');
    return ['type', 'id', 'properties', 'properties.gatewaytype', 'properties.connectiontype'].includes(own);
  });
  if (relevant.length === 0) return;
  const [first, ...more] = relevant;
  const at = parsed.lines.position(first.offset);
  const also = more.length > 0 ? ` (and ${more.length} more key${more.length === 1 ? '' : 's'} written twice)` : '';
  // (A key is input: a long one is cut short, in the path too.)
  const path = first.path.map((k) => (typeof k === 'string' && k.length > 80 ? `${k.slice(0, 77)}...` : k));
  throw new InputError(`${file}:${at.line}:${at.column}`, jsonPath(path), REPEATED_ROW_KEY, `${JSON.stringify(path[path.length - 1])} a second time${also}; the file is not read`);
}

export interface LoadResult {
  output: SourceOutput;
  /** Files that could not be read; each is also a coverage gap in `output.gaps`. */
  errors: InputError[];
  /** The files actually read, with their detected format. */
  files: { file: string; format: InputFormat }[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', 'dist', 'out']);

/** The formats whose nesting loadRows checks while it reads the rows (see loadRows). */
const ROW_FORMATS: ReadonlySet<InputFormat> = new Set<InputFormat>(['rows', 'graph-cli', 'graph-rest', 'arm-list', 'arm-resource']);

/**
 * Lists the JSON (and Bicep) files under a directory, and Terraform's `.tf` files (never read, but said:
 * erscan reads plans), following symbolic links once each (src/util/walk.ts); a link that cannot be
 * followed is an input error naming it, never skipped in silence.
 */

function listJsonFiles(dir: string, errors: InputError[]): string[] {
  return walkFiles(dir, { accept: (name) => /\.(json|bicep|bicepparam|tf)$/i.test(name), skipDir: (name) => SKIP_DIRS.has(name) || name.startsWith('.'), errors });
}

/**
 * Terraform configuration found in folders (`.tf`, `.tf.json`): never read, never skipped in silence. A folder a
 * plan of this scan was made from (its own, its local modules') is scanned through that plan; any other is a
 * coverage gap where it declares ExpressRoute resources (they are not scanned), else named in a note.
 */
function terraformConfigurationNotRead(configs: { file: string; declaresExpressRoute: boolean }[], planDirs: Set<string>, output: SourceOutput): void {
  const byDir = new Map<string, { file: string; declaresExpressRoute: boolean }[]>();
  for (const c of configs) {
    const dir = resolve(dirname(c.file));
    if (planDirs.has(dir)) continue;
    const files = byDir.get(dir);
    if (files) files.push(c);
    else byDir.set(dir, [c]);
  }
  const quiet: string[] = [];
  for (const [dir, files] of byDir) {
    if (!files.some((f) => f.declaresExpressRoute)) {
      quiet.push(displayPath(dir));
      continue;
    }
    const names = files.map((f) => basename(f.file));
    output.gaps.push({
      scope: displayPath(dir),
      reason: `Terraform configuration (${names.slice(0, 3).join(', ')}${names.length > 3 ? `, … ${names.length} files` : ''}) not read, so the ExpressRoute resources it declares are not scanned: erscan reads ${TERRAFORM_PLAN_EXPECTED.replace(/^a /, 'the ')} made from it`,
    });
  }
  if (quiet.length > 0)
    output.notices.push(
      `Terraform configuration not read in ${quiet.length} folder${quiet.length === 1 ? '' : 's'} declaring no ExpressRoute resource (erscan reads plans: terraform show -json plan.out > plan.json): ${quiet.slice(0, 5).join(', ')}${quiet.length > 5 ? ', …' : ''}`,
    );
}

/**
 * Reads every input (files, or directories scanned for JSON files recognised by content). One bad
 * file never hides the others: it becomes an error and a coverage gap, and the rest is loaded.
 */
export function loadInputs(inputs: string[], options: { bicep?: string } = {}): LoadResult {
  const errors: InputError[] = [];
  const outputs: SourceOutput[] = [];
  const files: LoadResult['files'] = [];
  const templates: { file: string; parsed: ParsedJson; format: 'arm-template' | 'arm-parameters' | 'terraform-plan'; explicit?: boolean }[] = [];
  const skipped: string[] = [];
  /** Azure Policy definitions, initiatives and rules found in folders: named, not read. */
  const policies: string[] = [];
  /** erscan's own reports, trends and diffs found in folders: named, not read. */
  const ownOutputs: string[] = [];
  const bicepFiles: string[] = [];
  /** Parameter values without the parameter file's frame, found in folders. */
  const unframed: InputError[] = [];
  const unframedNotices: string[] = [];
  /** Terraform configuration found in folders (a named one is an input error). */
  const terraformConfigs: { file: string; declaresExpressRoute: boolean }[] = [];
  const terraformConfiguration = (file: string, fromDirectory: boolean, text: string) => {
    if (!fromDirectory) throw new InputError(file, '', TERRAFORM_PLAN_EXPECTED, 'Terraform configuration, which erscan does not read (it reads plans)');
    terraformConfigs.push({ file, declaresExpressRoute: TERRAFORM_NAMES_EXPRESSROUTE.test(text) });
  };

  const readOne = (file: string, fromDirectory: boolean) => {
    if (isBicepFile(file) || isBicepParamFile(file)) {
      bicepFiles.push(file); // compiled (or read from the JSON beside them) below
      return;
    }
    try {
      const text = readText(file);
      const looksJson = /^\s*[[{]/.test(text);
      // Terraform configuration in its native syntax (`.tf`): recognised by its blocks, never parsed as JSON.
      if (!looksJson && isTerraformHcl(text)) return terraformConfiguration(file, fromDirectory, text);
      // In a folder, a file that is not JSON is skipped, unless it names ExpressRoute resource types: then it
      // is read as an input on its own would be (its problem named, a coverage gap), never skipped in silence.
      if (fromDirectory && !looksJson && !NAMES_EXPRESSROUTE.test(text)) {
        skipped.push(file);
        return;
      }
      // The syntax tree (offsets for line and column) is only needed for templates; building it for
      // a large Resource Graph export costs several times the parse itself.
      const parsed = parseJson(file, text, false, false);
      const format = detectFormat(parsed.value);
      // The nesting (which parseJson was asked not to check): rows and ARM responses are checked while
      // their rows are read (loadRows), any other document now, before it is read at all.
      const nestingTooDeep = () => tooDeep(file, text, parsed.lines);
      const checkedWithRows = ROW_FORMATS.has(format);
      if (!checkedWithRows && parsed.value !== null && typeof parsed.value === 'object' && nestedDeeper(parsed.value, MAX_JSON_DEPTH)) nestingTooDeep();
      if (format === 'terraform-config') return terraformConfiguration(file, fromDirectory, text);
      if (format === 'azure-policy') {
        // Not a template nor a resource: named for what it is (never read, never a template error). Named on
        // its own, it is an input error as any file erscan does not read; in a folder, a note.
        if (!fromDirectory) throw new InputError(file, '$', FORMAT_DESCRIPTIONS, `${azurePolicyKind(parsed.value)}, which erscan does not read (Azure Policy rules are not ARM templates or resources)`);
        policies.push(file);
        return;
      }
      if (format === 'erscan-output') {
        // A file erscan wrote (its report kept beside the inputs, or --out inside the folder scanned): named, never
        // read as an input, and in a folder never an error (the second scan of a folder holding the first's report).
        if (!fromDirectory) throw new InputError(file, '$', FORMAT_DESCRIPTIONS, `${erscanOutputKind(parsed.value)}, which erscan scan does not read (scan the snapshot or export it was made from; give an earlier report with --baseline)`);
        ownOutputs.push(file);
        return;
      }
      if (format === 'unknown') {
        if (isUnframedParameters(parsed.value)) {
          const e = new InputError(file, '$', 'a deployment parameter file with "$schema" (https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#), "contentVersion" and "parameters"', 'parameter values without them (not read: a template beside it is scanned without its values)');
          // In a folder, it matters where a template beside it declares ExpressRoute resources (decided below).
          if (!fromDirectory) throw e;
          unframed.push(e);
          return;
        }
        if (fromDirectory && !NAMES_EXPRESSROUTE.test(text)) {
          skipped.push(file);
          return;
        }
        const ps = powerShellObjectProblem(parsed.value);
        if (ps) throw new InputError(file, '$', ps.expected, ps.found);
        throw new InputError(file, '$', FORMAT_DESCRIPTIONS, 'a document of no known format');
      }
      // A key written twice in a row erscan reads (JSON.parse keeps the last in silence): the file is not read.
      if (format === 'snapshot' || checkedWithRows) refuseRepeatedKeys(file, parsed, format, nestingTooDeep);
      files.push({ file, format });
      if (format === 'arm-template' || format === 'arm-parameters' || format === 'terraform-plan') {
        // A parameter file named on the command line must be used with a template (src/sources/template/index.ts).
        templates.push({ file, parsed: withSyntaxTree(file, parsed), format, ...(format === 'arm-parameters' && !fromDirectory ? { explicit: true } : {}) });
      } else {
        const loaded = format === 'snapshot' ? loadSnapshot(file, parsed.value) : loadRows(file, parsed.value, format, nestingTooDeep);
        outputs.push(loaded);
        errors.push(...loaded.rowErrors);
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(e);
    }
  };

  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // a missing path is reported by readOne with the file name
    }
    if (isDir) {
      const before = errors.length;
      const found = listJsonFiles(input, errors);
      if (found.length === 0 && errors.length === before) errors.push(new InputError(input, '', 'a directory containing JSON inputs', 'no .json files'));
      const skippedBefore = skipped.length;
      const policiesBefore = policies.length;
      const ownBefore = ownOutputs.length;
      for (const f of found) readOne(f, true);
      // A folder whose every file is of no known format (or an Azure Policy document, or a file erscan wrote) read nothing: never a clean, empty estate.
      const policyCount = policies.length - policiesBefore;
      const ownCount = ownOutputs.length - ownBefore;
      const unknownCount = skipped.length - skippedBefore;
      if (found.length > 0 && unknownCount + policyCount + ownCount === found.length) {
        const kinds = [
          ...(policyCount > 0 ? [`${policyCount} Azure Policy document${policyCount === 1 ? '' : 's'}`] : []),
          ...(ownCount > 0 ? [`${ownCount} erscan report${ownCount === 1 ? '' : 's'}, trend${ownCount === 1 ? '' : 's'} or diff${ownCount === 1 ? '' : 's'}`] : []),
          ...(unknownCount > 0 && policyCount + ownCount > 0 ? [`${unknownCount} of no known format`] : []),
        ];
        const what = policyCount + ownCount === 0 ? `only files of no known format (${found.length})` : `only files erscan does not read (${kinds.join(', ')})`;
        errors.push(new InputError(input, '', 'a directory containing inputs erscan reads (snapshots, Resource Graph output, ARM responses, templates, plans)', what));
      }
    } else {
      readOne(input, false);
    }
  }

  // Parameter values without the frame, in a folder: an error where a template in the same folder declares
  // ExpressRoute resources (it is scanned without those values), else a notice (nothing here depends on them).
  for (const e of unframed) {
    const dir = dirname(e.file);
    const judged = templates.some((t) => t.format === 'arm-template' && dirname(t.file) === dir && declaresExpressRoute(t.parsed.value));
    if (judged) errors.push(e);
    else unframedNotices.push(`${e.message} (no template in its folder declares ExpressRoute resources)`);
  }

  if (templates.length > 0 || bicepFiles.length > 0) {
    // Bicep: .bicep/.bicepparam files compiled, and compiled JSON beside its .bicep read as that source.
    const bicep = withBicepSources(bicepFiles, templates, { bicep: options.bicep });
    const t = loadTemplates(bicep.templates);
    t.output.gaps.push(...bicep.gaps);
    t.output.notices.push(...bicep.notices);
    outputs.push(t.output);
    errors.push(...bicep.errors, ...t.errors);
  }

  const output = mergeOutputs(outputs.length ? outputs : [emptyOutput()]);
  output.notices.push(...unframedNotices);
  const planDirs = new Set(templates.filter((t) => t.format === 'terraform-plan').flatMap((t) => planConfigurationDirs(t.file, t.parsed.value).map((d) => resolve(d))));
  terraformConfigurationNotRead(terraformConfigs, planDirs, output);
  for (const e of errors) output.gaps.push({ scope: displayPath(e.file.replace(/:\d+:\d+$/, '')), reason: e.message });
  if (skipped.length > 0) {
    const shown = skipped.slice(0, 5).map((f) => displayPath(f));
    output.notices.push(`skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} of no known format: ${shown.join(', ')}${skipped.length > 5 ? ', …' : ''}`);
  }
  if (ownOutputs.length > 0) {
    const shown = ownOutputs.slice(0, 5).map((f) => displayPath(f));
    output.notices.push(`skipped ${ownOutputs.length} file${ownOutputs.length === 1 ? '' : 's'} erscan wrote (its reports, trends or diffs: not inputs of a scan): ${shown.join(', ')}${ownOutputs.length > 5 ? ', …' : ''}`);
  }
  if (policies.length > 0) {
    const shown = policies.slice(0, 5).map((f) => displayPath(f));
    output.notices.push(`skipped ${policies.length} Azure Policy document${policies.length === 1 ? '' : 's'} (policy definitions, initiatives or rules: not ARM templates or resources, and erscan does not read them): ${shown.join(', ')}${policies.length > 5 ? ', …' : ''}`);
  }
  return { output, errors, files };
}
