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
} from "./chunk-NQTCELJT.js";
import "./chunk-WTFSQNPG.js";
import "./chunk-ASCJIC5F.js";
import "./chunk-WX2JSSYC.js";
import "./chunk-WGZP3GPS.js";
import "./chunk-G4QXFEYI.js";
import "./chunk-IBHIKH4K.js";
import "./chunk-4O66FDXF.js";
import "./chunk-QBVXDCNZ.js";
import "./chunk-26UJVLBZ.js";
import {
  checkOutFolder
} from "./chunk-RJWAKYVL.js";
import "./chunk-NGCXQXTN.js";
import "./chunk-PJIMCPB3.js";
import "./chunk-5GGAOSF4.js";
import "./chunk-QUTHD7R3.js";
import "./chunk-TAQ63O75.js";
import "./chunk-RE6UGQ4Q.js";
import "./chunk-JQMT6ROJ.js";
import "./chunk-S3AT3B3X.js";
import "./chunk-6SZT6H2Y.js";
import "./chunk-6DM37KYG.js";
import "./chunk-W7HSBP7P.js";
import "./chunk-DE4R3APS.js";
import "./chunk-WXB6QJGT.js";
import "./chunk-7OX6WNOG.js";
import "./chunk-DJZGBTZI.js";
import "./chunk-EXF4D7CR.js";
import "./chunk-U5NJNZAI.js";
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
