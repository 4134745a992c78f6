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
} from "./chunk-3YXXW5R7.js";
import "./chunk-XP4EGWLW.js";
import "./chunk-AX2RNBRO.js";
import "./chunk-WX2JSSYC.js";
import "./chunk-RK6V2OR5.js";
import "./chunk-5YZRUATC.js";
import "./chunk-IBHIKH4K.js";
import "./chunk-KGJKZQEV.js";
import "./chunk-YVLAAQMJ.js";
import "./chunk-3WRNOUYO.js";
import "./chunk-RJN3KCKM.js";
import {
  checkOutFolder
} from "./chunk-VT7L7DEZ.js";
import "./chunk-LTZ5R4CB.js";
import "./chunk-PJIMCPB3.js";
import "./chunk-QM6K7OML.js";
import "./chunk-5BQP4M3H.js";
import "./chunk-ELRPPGFX.js";
import "./chunk-U7YZQ5OH.js";
import "./chunk-WHGMM3JT.js";
import "./chunk-DSRYQB3K.js";
import "./chunk-4UMQOJLN.js";
import "./chunk-6DM37KYG.js";
import "./chunk-HAKBFTBG.js";
import "./chunk-DHNXZE3A.js";
import "./chunk-FS5UR65F.js";
import "./chunk-CAMAAOGI.js";
import "./chunk-AZABMKQD.js";
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
