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
} from "./chunk-FOF6JV5I.js";
import "./chunk-ISFDJWH2.js";
import "./chunk-ZPBPTYTX.js";
import "./chunk-WX2JSSYC.js";
import "./chunk-3UONI7A7.js";
import "./chunk-YI26PMC4.js";
import "./chunk-IBHIKH4K.js";
import "./chunk-4O66FDXF.js";
import "./chunk-HNTSNY7V.js";
import "./chunk-XLUT4XO6.js";
import {
  checkOutFolder
} from "./chunk-RJWAKYVL.js";
import "./chunk-NGCXQXTN.js";
import "./chunk-PJIMCPB3.js";
import "./chunk-2UF5S3EH.js";
import "./chunk-653JW5YS.js";
import "./chunk-HRGHAR3M.js";
import "./chunk-RE6UGQ4Q.js";
import "./chunk-C7FXY7VI.js";
import "./chunk-YFH4OPNO.js";
import "./chunk-6DM37KYG.js";
import "./chunk-PZMNQCSM.js";
import "./chunk-RD47CNRY.js";
import "./chunk-2ZF4RDC5.js";
import "./chunk-CZTQCKSR.js";
import "./chunk-7OX6WNOG.js";
import "./chunk-7QKNY6K3.js";
import "./chunk-HGZGRQEX.js";
import "./chunk-BAWUMSZC.js";
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
