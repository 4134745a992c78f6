import { displayPath } from '../../util/errors.js';
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
  return exitCodeFor(outcome, args);
}
