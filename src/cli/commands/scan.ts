import { displayPath } from '../../util/errors.js';
import { EXIT } from '../exit.js';
import { checkOutFolder } from '../outdir.js';
import { emitReports, exitCodeFor, parseFormats, reportCoverage, reportInputErrors, reportNothingChecked, reportOptionsFor, runPipeline, standbyReportThreads, type ScanArgs } from '../pipeline.js';

export async function scanCommand(args: ScanArgs): Promise<number> {
  const formats = parseFormats(args.format, args.out !== undefined);
  if (args.out !== undefined) checkOutFolder(args.out);
  // A large estate's report thread starts while it is read and evaluated (src/cli/pipeline.ts).
  const outcome = await runPipeline(args, new Date(), { sourcesRead: (source) => standbyReportThreads(formats, args.out, source.raws.length) });
  const written = await emitReports(outcome.result, formats, args.out, args.color ?? process.stdout.isTTY === true, reportOptionsFor(args));
  if (written.length > 0) process.stderr.write(`erscan: wrote ${written.map((f) => displayPath(f)).join(', ')}\n`);
  reportInputErrors(outcome.inputErrors);
  reportNothingChecked(outcome);
  reportCoverage(outcome, args);
  const code = exitCodeFor(outcome, args);
  // Every selected rule needs data the inputs do not carry: no rule ran, and a scan that checked nothing is never a pass.
  const none = outcome.result.noRuleEvaluated;
  if (none && code !== EXIT.BAD_INPUT) {
    const named = none.length <= 5 ? none.join(', ') : `${none.slice(0, 5).join(', ')} and ${none.length - 5} more`;
    process.stderr.write(`erscan: error: no rule of the selection could be evaluated on these inputs (${named} ${none.length === 1 ? 'needs' : 'need'} data they do not carry: see the notes in the report): nothing was checked\n`);
    return EXIT.BAD_INPUT;
  }
  return code;
}
