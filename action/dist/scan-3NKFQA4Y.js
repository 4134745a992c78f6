// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  emitReports,
  exitCodeFor,
  parseFormats,
  reportCoverage,
  reportInputErrors,
  reportNothingChecked,
  reportOptionsFor,
  runPipeline,
  standbyReportThreads
} from "./chunk-R4EZLRNQ.js";
import "./chunk-CBHZJ35G.js";
import "./chunk-D2SKZ2BS.js";
import "./chunk-WX2JSSYC.js";
import "./chunk-ZJLVTLGG.js";
import "./chunk-G3EUOKE2.js";
import "./chunk-IBHIKH4K.js";
import "./chunk-4O66FDXF.js";
import "./chunk-EBG5WNBN.js";
import "./chunk-2XUZPYET.js";
import "./chunk-RJN3KCKM.js";
import {
  checkOutFolder
} from "./chunk-GQA4JSF2.js";
import "./chunk-LTZ5R4CB.js";
import "./chunk-PJIMCPB3.js";
import "./chunk-2PB7V6PQ.js";
import "./chunk-MOU3WUB3.js";
import "./chunk-QUTHD7R3.js";
import "./chunk-ECLAK3RV.js";
import "./chunk-BWVCHSJP.js";
import "./chunk-GYTGSNG5.js";
import "./chunk-KIMEY5AO.js";
import "./chunk-6DM37KYG.js";
import "./chunk-KGH5L7TX.js";
import "./chunk-MN4CWJLL.js";
import "./chunk-7OX6WNOG.js";
import "./chunk-JPX5EDE7.js";
import "./chunk-JVJJTZ5E.js";
import "./chunk-54M4OODH.js";
import {
  displayPath
} from "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";

// dist/cli/commands/scan.js
async function scanCommand(args) {
  const formats = parseFormats(args.format, args.out !== void 0);
  if (args.out !== void 0)
    checkOutFolder(args.out);
  const outcome = await runPipeline(args, /* @__PURE__ */ new Date(), { sourcesRead: (source) => standbyReportThreads(formats, args.out, source.raws.length) });
  const written = await emitReports(outcome.result, formats, args.out, args.color ?? process.stdout.isTTY === true, reportOptionsFor(args));
  if (written.length > 0)
    process.stderr.write(`erscan: wrote ${written.map((f) => displayPath(f)).join(", ")}
`);
  reportInputErrors(outcome.inputErrors);
  reportNothingChecked(outcome);
  reportCoverage(outcome, args);
  return exitCodeFor(outcome, args);
}
export {
  scanCommand
};
