// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  estimateCosts,
  loadUsage
} from "./chunk-MP6GIQJJ.js";
import "./chunk-D3FX4D66.js";
import "./chunk-PCQZUXPH.js";
import {
  BUNDLED_CATALOGUE,
  loadCatalogue
} from "./chunk-W6WHV2QZ.js";
import "./chunk-LVURD326.js";
import "./chunk-543HGEIV.js";
import "./chunk-54M4OODH.js";
import "./chunk-5MMV7F5T.js";
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
