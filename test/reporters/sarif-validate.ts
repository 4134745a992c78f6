import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Log } from 'sarif';

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * The OASIS SARIF 2.1.0 errata01 schema (vendored beside this file, sha256 c3b4bb2d…). It is
 * draft-04; ajv 8 speaks draft-07, and the schema uses nothing that differs between the two except
 * the root `id`, so it is renamed to `$id` and `$schema` dropped. Formats (uri, uri-reference,
 * date-time) are checked.
 */
let validator: ValidateFunction | undefined;
export function sarifSchemaValidator(): ValidateFunction {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(join(HERE, 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  validator = ajv.compile(schema);
  return validator;
}

/** The GitHub ingestion rules schema validation cannot catch (sarif.md §8). */
export function lintForGitHub(log: Log): string[] {
  const problems: string[] = [];
  if (log.runs.length > 20) problems.push(`${log.runs.length} runs (max 20)`);
  const categories = new Set<string>();
  log.runs.forEach((run, ri) => {
    const key = `${run.tool.driver.name}|${run.automationDetails?.id ?? ''}`;
    if (categories.has(key)) problems.push(`run ${ri}: duplicate tool and category ${key}`);
    categories.add(key);
    const rules = run.tool.driver.rules ?? [];
    const ids = new Set(rules.map((r) => r.id));
    for (const r of rules) {
      if (!r.shortDescription?.text || !r.fullDescription?.text || !r.help?.text) problems.push(`rule ${r.id}: missing description or help`);
      if ((r.name ?? '').length > 255) problems.push(`rule ${r.id}: name too long`);
      if ((r.shortDescription?.text.length ?? 0) > 1024 || (r.fullDescription?.text.length ?? 0) > 1024) problems.push(`rule ${r.id}: description over 1024`);
      if ((r.properties?.tags?.length ?? 0) > 20) problems.push(`rule ${r.id}: over 20 tags`);
      const ss = r.properties?.['security-severity'];
      if (typeof ss !== 'string' || !(Number(ss) > 0 && Number(ss) <= 10)) problems.push(`rule ${r.id}: security-severity ${String(ss)}`);
      if (r.helpUri === '') problems.push(`rule ${r.id}: empty helpUri`);
    }
    if (!Array.isArray(run.results)) problems.push(`run ${ri}: no results array`);
    if ((run.results?.length ?? 0) > 25_000) problems.push(`run ${ri}: over 25,000 results`);
    run.results?.forEach((res, i) => {
      const where = `run ${ri} result ${i}`;
      if (!res.message?.text) problems.push(`${where}: no message.text`);
      if (!res.ruleId || !ids.has(res.ruleId)) problems.push(`${where}: ruleId ${res.ruleId} not in driver.rules`);
      const loc = res.locations?.[0]?.physicalLocation;
      const uri = loc?.artifactLocation?.uri;
      if (!uri) problems.push(`${where}: no physical location uri`);
      else if (/^[a-z][a-z0-9+.-]*:/i.test(uri) && !uri.startsWith('file:')) problems.push(`${where}: uri scheme in ${uri}`);
      else if (uri.startsWith('/')) problems.push(`${where}: uri starts with /: ${uri}`);
      if (!loc?.region?.startLine || loc.region.startLine < 1) problems.push(`${where}: no region.startLine`);
      if ((res.locations?.length ?? 0) > 10) problems.push(`${where}: over 10 locations`);
    });
  });
  return problems;
}

/** The multitool binary from `npm ci` (its postinstall chmod does not run under npm 11). */
export function multitoolPath(): string | undefined {
  let pkgDir: string;
  try {
    const require = createRequire(import.meta.url);
    pkgDir = dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));
  } catch {
    return undefined;
  }
  const bin = join(pkgDir, 'Sarif.Multitool');
  if (!existsSync(bin)) return undefined;
  if ((statSync(bin).mode & 0o100) === 0) chmodSync(bin, statSync(bin).mode | 0o755);
  return bin;
}

export interface MultitoolFinding {
  level: string;
  ruleId: string;
  text: string;
}

/** Runs `Sarif.Multitool validate --rule-kind "Gh;Sarif"` and returns what it reported. */
export function runMultitool(bin: string, sarifText: string): MultitoolFinding[] {
  const dir = mkdtempSync(join(tmpdir(), 'erscan-sarif-'));
  try {
    const input = join(dir, 'report.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarifText);
    execFileSync(bin, ['validate', input, '--rule-kind', 'Gh;Sarif', '--output', output, '--log', 'ForceOverwrite'], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
      stdio: 'pipe',
      timeout: 120_000,
    });
    const log = JSON.parse(readFileSync(output, 'utf8')) as Log;
    const rules = log.runs[0].tool.driver.rules ?? [];
    return (log.runs[0].results ?? []).map((r) => {
      const rule = rules.find((x) => x.id === r.ruleId);
      const template = (r.message.id && rule?.messageStrings?.[r.message.id]?.text) || r.message.text || '';
      const args = r.message.arguments ?? [];
      return { level: r.level ?? 'warning', ruleId: r.ruleId ?? '?', text: template.replace(/\{(\d+)\}/g, (_m, n: string) => args[Number(n)] ?? '') };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
