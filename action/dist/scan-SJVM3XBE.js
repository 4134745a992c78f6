// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  emitReports,
  exitCodeFor,
  parseFormats,
  reportInputErrors,
  reportOptionsFor,
  runPipeline
} from "./chunk-RCEICBS2.js";
import "./chunk-2VNGCEBL.js";
import "./chunk-QNINEU7T.js";
import "./chunk-ST6MRYHX.js";
import "./chunk-A2MQEAOA.js";
import "./chunk-CFZ6VRN4.js";
import "./chunk-SX2LNSQR.js";
import {
  checkOutFolder
} from "./chunk-VT7L7DEZ.js";
import "./chunk-LTZ5R4CB.js";
import "./chunk-PJIMCPB3.js";
import "./chunk-DVCDTIEM.js";
import "./chunk-EEKOCJBL.js";
import "./chunk-L3YSYHMT.js";
import "./chunk-BFOMLGHA.js";
import "./chunk-FLSYEJUL.js";
import "./chunk-GCNHWXLG.js";
import "./chunk-TTA7ZPON.js";
import "./chunk-LV32CQDG.js";
import "./chunk-IBHIKH4K.js";
import "./chunk-JITEYERM.js";
import "./chunk-QIDG2HMB.js";
import "./chunk-BCKHJA7M.js";
import "./chunk-54M4OODH.js";
import "./chunk-5BQP4M3H.js";
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
  return exitCodeFor(outcome, args);
}
export {
  scanCommand
};
