// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  checkOutFile,
  writeFileAtomic
} from "./chunk-RJWAKYVL.js";
import {
  TOOL_VERSION
} from "./chunk-NGCXQXTN.js";
import {
  EXIT
} from "./chunk-PJIMCPB3.js";
import {
  scrubSecrets
} from "./chunk-FWDRETOA.js";
import "./chunk-VQAVFDJZ.js";
import "./chunk-HGZGRQEX.js";
import "./chunk-U5NJNZAI.js";
import {
  UsageError,
  displayPath
} from "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";

// dist/cli/commands/collect.js
async function collectCommand(args, hooks = {}, now = /* @__PURE__ */ new Date()) {
  if (!args.out)
    throw new UsageError("collect: --out FILE is required");
  checkOutFile(args.out, "the snapshot");
  const { runLiveCrawl } = await import("./cli-GDTIKS6N.js");
  const crawl = await runLiveCrawl(args, { ...hooks, now: hooks.now ?? now });
  const out = crawl.output;
  const snapshot = {
    erscanSnapshot: 1,
    tool: { name: "erscan", version: TOOL_VERSION },
    generatedAt: now.toISOString(),
    cloud: crawl.cloud.name === "Custom" ? crawl.cloud.armEndpoint : crawl.cloud.name,
    scope: crawl.scope,
    coverage: { complete: out.gaps.length === 0, gaps: out.gaps },
    subscriptions: out.subscriptions,
    resources: out.raws.map((r) => scrubSecrets(r.row)),
    ...out.metrics ? { metrics: out.metrics } : {},
    // Connections the crawl could not read (each a gap above): what they name stays undecided when the snapshot is scanned.
    ...out.unread && out.unread.length > 0 ? { unread: out.unread } : {}
  };
  try {
    writeFileAtomic(args.out, `${JSON.stringify(snapshot, null, 2)}
`);
  } catch (e) {
    throw new UsageError(`could not write ${displayPath(args.out)}: ${e?.code ?? e?.message ?? String(e)}`);
  }
  const err = hooks.stderr ?? process.stderr;
  for (const n of out.notices)
    err.write(`erscan: note: ${n}
`);
  for (const g of out.gaps)
    err.write(`erscan: coverage gap: ${g.scope}: ${g.reason}
`);
  err.write(`erscan: wrote ${displayPath(args.out)}: ${snapshot.resources.length} resource(s) in ${out.subscriptions.length} subscription(s)${out.metrics ? `, egress for ${Object.keys(out.metrics).length} circuit(s)` : ""}; coverage ${out.gaps.length === 0 ? "complete" : `incomplete (${out.gaps.length} gap(s))`}
`);
  return args.requireComplete && out.gaps.length > 0 ? EXIT.INCOMPLETE : EXIT.OK;
}
export {
  collectCommand
};
