import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, writeJson } from './cli.js';

/** What the typo tests read of a JSON report. */
export type TypoReport = { notices: string[]; findings: { ruleId: string; resourceName: string; status?: string; message: string }[] };

/**
 * One value misspelt in each of the three kinds of source erscan reads, from the bundled examples: rows (a
 * Northwind circuit, its gateway and connection, `mutate` changing them), the ARM example template (`armFrom`
 * replaced by `armTo`) and the Terraform example plan (the `type` of every resource of `tfType`, in its values and
 * planned values, set to `typo`). Each is written to `dir` and scanned; the JSON reports by source name.
 */
export function scanTypoSources(dir: string, opts: { typo: string; mutateRows: (pick: (name: string) => Record<string, any>) => unknown[]; armFrom: string; armTo: string; tfType: string }): Record<'rows' | 'template' | 'plan', TypoReport> {
  const all = JSON.parse(readFileSync(join(ROOT, 'examples/estate/northwind-rows.json'), 'utf8')) as Record<string, any>[];
  const pick = (name: string) => structuredClone(all.find((r) => r.name === name)!);
  const template = JSON.parse(readFileSync(join(ROOT, 'examples/iac/arm/expressroute.json'), 'utf8').replace(opts.armFrom, opts.armTo));
  const plan = JSON.parse(readFileSync(join(ROOT, 'examples/iac/terraform/plan.json'), 'utf8'));
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, any>;
      if (o.type === opts.tfType) for (const x of [o.values, o.change?.after]) if (x && typeof x.type === 'string') x.type = opts.typo;
      Object.values(o).forEach(walk);
    }
  };
  walk(plan);
  const reports = {} as Record<'rows' | 'template' | 'plan', TypoReport>;
  for (const [name, doc] of [['rows', opts.mutateRows(pick)], ['template', template], ['plan', plan]] as const) {
    const file = writeJson(dir, `${name}.json`, doc);
    const out = join(dir, `out-${name}`);
    const r = runCli(['scan', file, '--format', 'json', '--out', out, '--fail-on', 'none']);
    if (r.code !== 0) throw new Error(`scan of ${name} exited ${r.code}: ${r.stderr}`);
    reports[name] = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  }
  return reports;
}
