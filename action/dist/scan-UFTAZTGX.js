// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  emitReports,
  exitCodeFor,
  parseFormats,
  reportInputErrors,
  runPipeline
} from "./chunk-KZECGEWU.js";
import "./chunk-SX2LNSQR.js";
import "./chunk-K2ZFFPHJ.js";
import "./chunk-D3FX4D66.js";
import "./chunk-LTZ5R4CB.js";
import "./chunk-PJIMCPB3.js";
import "./chunk-3YQAZFQD.js";
import "./chunk-PCQZUXPH.js";
import "./chunk-26WM2ZHS.js";
import "./chunk-LVURD326.js";
import "./chunk-543HGEIV.js";
import "./chunk-54M4OODH.js";
import "./chunk-5MMV7F5T.js";
import "./chunk-TASHP5U3.js";

// dist/cli/commands/scan.js
async function scanCommand(args) {
  const formats = parseFormats(args.format, args.out !== void 0);
  const outcome = await runPipeline(args);
  const written = emitReports(outcome.result, formats, args.out, args.color ?? process.stdout.isTTY === true);
  if (written.length > 0)
    process.stderr.write(`erscan: wrote ${written.join(", ")}
`);
  reportInputErrors(outcome.inputErrors);
  return exitCodeFor(outcome, args);
}
export {
  scanCommand
};
