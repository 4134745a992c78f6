// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// erscan-entry:erscan-entry
import module from "node:module";
module.enableCompileCache?.();
var { main } = await import("./main-S7AJF5MP.js");
main().catch((e) => {
  process.stderr.write(`erscan: ${e && e.message ? e.message : e}
`);
  process.exitCode = 70;
});
