import { displayPath } from '../../util/errors.js';
import { renderCostTable } from '../../pricing/table.js';
import type { ScanResult } from '../../scan/result.js';
import { checkOutFolder } from '../outdir.js';
import { emitReports, exitCodeFor, parseFormats, reportCoverage, reportInputErrors, reportNothingChecked, reportOptionsFor, runPipeline, type ScanArgs } from '../pipeline.js';

/**
 * `erscan cost [inputs..]`: the FinOps view alone. The console shows the cost table; with --out the
 * JSON, SARIF, HTML and Markdown reports hold the cost part of a scan (costs and cost findings only).
 */
export async function costCommand(args: ScanArgs): Promise<number> {
  const formats = parseFormats(args.format, args.out !== undefined);
  if (args.out !== undefined) checkOutFolder(args.out);
  const outcome = await runPipeline(args);
  const full = outcome.result;
  const result: ScanResult = {
    ...full,
    findings: full.findings.filter((f) => f.category === 'cost'),
    ...(full.fixed ? { fixed: full.fixed.filter((f) => f.category === 'cost') } : {}),
    rules: full.rules.filter((r) => r.category === 'cost'),
  };
  const color = args.color ?? process.stdout.isTTY === true;
  if (formats.includes('console') && result.cost) process.stdout.write(renderCostTable(result.cost, { color, gaps: result.coverage.gaps.length }));
  const written = await emitReports(result, formats.filter((f) => f !== 'console'), args.out, color, reportOptionsFor(args));
  if (written.length > 0) process.stderr.write(`erscan: wrote ${written.map((f) => displayPath(f)).join(', ')}\n`);
  reportInputErrors(outcome.inputErrors);
  reportNothingChecked(outcome);
  reportCoverage(outcome, args);
  return exitCodeFor({ ...outcome, result }, args);
}
