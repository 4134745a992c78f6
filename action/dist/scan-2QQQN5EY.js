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
} from "./chunk-VYEELGSH.js";
import "./chunk-IPOVKQLE.js";
import "./chunk-GSNKJPRN.js";
import "./chunk-QGZ3OC4X.js";
import "./chunk-KDLTTAKX.js";
import "./chunk-D5Y6JZ57.js";
import "./chunk-IBHIKH4K.js";
import "./chunk-4O66FDXF.js";
import "./chunk-DNYXB5MN.js";
import "./chunk-FEM5HGRV.js";
import {
  checkOutFolder
} from "./chunk-RJWAKYVL.js";
import "./chunk-NGCXQXTN.js";
import {
  EXIT
} from "./chunk-PJIMCPB3.js";
import "./chunk-FWDRETOA.js";
import "./chunk-AB74P5EQ.js";
import "./chunk-B7CZWXTC.js";
import "./chunk-SNJAJXSP.js";
import "./chunk-FYODNL6L.js";
import "./chunk-ES2OZW4Z.js";
import "./chunk-6DM37KYG.js";
import "./chunk-RD47CNRY.js";
import "./chunk-SHTQVT5S.js";
import "./chunk-X6A6OTOC.js";
import "./chunk-VQAVFDJZ.js";
import "./chunk-HGZGRQEX.js";
import "./chunk-BAWUMSZC.js";
import "./chunk-U5NJNZAI.js";
import "./chunk-2ZF4RDC5.js";
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
  const code = exitCodeFor(outcome, args);
  const none = outcome.result.noRuleEvaluated;
  if (none && code !== EXIT.BAD_INPUT) {
    const named = none.length <= 5 ? none.join(", ") : `${none.slice(0, 5).join(", ")} and ${none.length - 5} more`;
    process.stderr.write(`erscan: error: no rule of the selection could be evaluated on these inputs (${named} ${none.length === 1 ? "needs" : "need"} data they do not carry: see the notes in the report): nothing was checked
`);
    return EXIT.BAD_INPUT;
  }
  return code;
}
export {
  scanCommand
};
