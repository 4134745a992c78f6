// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  estimateCosts,
  loadUsage
} from "./chunk-U6XRNMIS.js";
import {
  BUNDLED_CATALOGUE,
  loadCatalogue
} from "./chunk-7LAF3I2S.js";
import "./chunk-26YZZ6NB.js";
import "./chunk-NHHP4CGJ.js";
import "./chunk-U7556RPZ.js";
import "./chunk-5MMV7F5T.js";
import "./chunk-54M4OODH.js";
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
