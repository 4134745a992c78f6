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
} from "./chunk-74DTQ5ER.js";
import "./chunk-FXPJ22EX.js";
import "./chunk-KPM3N6UJ.js";
import "./chunk-SX2LNSQR.js";
import "./chunk-LTZ5R4CB.js";
import "./chunk-PJIMCPB3.js";
import "./chunk-EEKOCJBL.js";
import "./chunk-SU4YCKQJ.js";
import "./chunk-U6XRNMIS.js";
import "./chunk-RVICQST4.js";
import "./chunk-IBHIKH4K.js";
import "./chunk-7LAF3I2S.js";
import "./chunk-N2Z2NBRH.js";
import "./chunk-26YZZ6NB.js";
import "./chunk-DVCDTIEM.js";
import "./chunk-NHHP4CGJ.js";
import "./chunk-U7556RPZ.js";
import "./chunk-5MMV7F5T.js";
import "./chunk-54M4OODH.js";
import "./chunk-TASHP5U3.js";

// dist/cli/commands/scan.js
async function scanCommand(args) {
  const formats = parseFormats(args.format, args.out !== void 0);
  const outcome = await runPipeline(args);
  const written = emitReports(outcome.result, formats, args.out, args.color ?? process.stdout.isTTY === true, reportOptionsFor(args));
  if (written.length > 0)
    process.stderr.write(`erscan: wrote ${written.join(", ")}
`);
  reportInputErrors(outcome.inputErrors);
  return exitCodeFor(outcome, args);
}
export {
  scanCommand
};
