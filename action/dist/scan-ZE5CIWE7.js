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
} from "./chunk-NOU4PIQ3.js";
import "./chunk-HNR7UYKN.js";
import "./chunk-VY6JSXIE.js";
import "./chunk-WX2JSSYC.js";
import "./chunk-6IIS4S4W.js";
import "./chunk-COA4WH5I.js";
import "./chunk-IBHIKH4K.js";
import "./chunk-4O66FDXF.js";
import "./chunk-ZW7J5MHB.js";
import "./chunk-6P25MB74.js";
import {
  checkOutFolder
} from "./chunk-RJWAKYVL.js";
import "./chunk-NGCXQXTN.js";
import "./chunk-PJIMCPB3.js";
import "./chunk-CZXGKBPP.js";
import "./chunk-QUTHD7R3.js";
import "./chunk-W7FZKHFA.js";
import "./chunk-RE6UGQ4Q.js";
import "./chunk-I7TJIQKG.js";
import "./chunk-2PEDPPJA.js";
import "./chunk-6SZT6H2Y.js";
import "./chunk-6DM37KYG.js";
import "./chunk-52NCDLKD.js";
import "./chunk-DE4R3APS.js";
import "./chunk-P5J2LLLL.js";
import "./chunk-7OX6WNOG.js";
import "./chunk-N6M33FYJ.js";
import "./chunk-HV2AOWCE.js";
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
