// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  estimateCosts
} from "./chunk-C7FXY7VI.js";
import {
  loadUsage
} from "./chunk-YFH4OPNO.js";
import "./chunk-6DM37KYG.js";
import "./chunk-PZMNQCSM.js";
import "./chunk-RD47CNRY.js";
import {
  BUNDLED_CATALOGUE,
  loadCatalogue
} from "./chunk-CZTQCKSR.js";
import "./chunk-7OX6WNOG.js";
import "./chunk-7QKNY6K3.js";
import "./chunk-HGZGRQEX.js";
import "./chunk-BAWUMSZC.js";
import "./chunk-U5NJNZAI.js";
import "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";

// dist/pricing/setup.js
function costEstimatorFor(args, configUsage, source) {
  const catalogueFile = args.prices ?? BUNDLED_CATALOGUE;
  const catalogue = loadCatalogue(catalogueFile);
  const usageFile = args.usage ?? configUsage;
  const usage = usageFile ? loadUsage(usageFile) : void 0;
  return (inventory) => estimateCosts(inventory, { catalogue, catalogueFile, usage, metrics: source.metrics, preferMetrics: !!args.metrics });
}
export {
  costEstimatorFor
};
