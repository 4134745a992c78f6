// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  emitReports,
  exitCodeFor,
  parseFormats,
  reportCoverage,
  reportInputErrors,
  reportOptionsFor,
  runPipeline
} from "./chunk-BF4YHP2N.js";
import "./chunk-2O6HQKN6.js";
import "./chunk-SOBFHP7Y.js";
import "./chunk-SD4JTFRA.js";
import "./chunk-LSJTVH43.js";
import "./chunk-A2MQEAOA.js";
import "./chunk-EH72YHOO.js";
import "./chunk-SX2LNSQR.js";
import {
  checkOutFolder
} from "./chunk-VT7L7DEZ.js";
import "./chunk-LTZ5R4CB.js";
import "./chunk-PJIMCPB3.js";
import "./chunk-DVCDTIEM.js";
import "./chunk-EEKOCJBL.js";
import "./chunk-IBHIKH4K.js";
import "./chunk-5BQP4M3H.js";
import "./chunk-L3YSYHMT.js";
import "./chunk-RAYXVGZB.js";
import "./chunk-YNU5OYAA.js";
import "./chunk-A4QVIT7S.js";
import "./chunk-LV32CQDG.js";
import "./chunk-MT6ZB4U5.js";
import "./chunk-QIDG2HMB.js";
import "./chunk-BYGXN33J.js";
import "./chunk-54M4OODH.js";
import {
  displayPath
} from "./chunk-73WTJT6Y.js";
import "./chunk-TASHP5U3.js";

// dist/cli/commands/scan.js
async function scanCommand(args) {
  const formats = parseFormats(args.format, args.out !== void 0);
  if (args.out !== void 0)
    checkOutFolder(args.out);
  const outcome = await runPipeline(args);
  const written = emitReports(outcome.result, formats, args.out, args.color ?? process.stdout.isTTY === true, reportOptionsFor(args));
  if (written.length > 0)
    process.stderr.write(`erscan: wrote ${written.map((f) => displayPath(f)).join(", ")}
`);
  reportInputErrors(outcome.inputErrors);
  reportCoverage(outcome, args);
  return exitCodeFor(outcome, args);
}
export {
  scanCommand
};
