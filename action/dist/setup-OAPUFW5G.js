// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  estimateCosts
} from "./chunk-FYODNL6L.js";
import {
  loadUsage
} from "./chunk-ES2OZW4Z.js";
import "./chunk-6DM37KYG.js";
import "./chunk-RD47CNRY.js";
import {
  BUNDLED_CATALOGUE,
  loadCatalogue
} from "./chunk-SHTQVT5S.js";
import "./chunk-X6A6OTOC.js";
import "./chunk-VQAVFDJZ.js";
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
