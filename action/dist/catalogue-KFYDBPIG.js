// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  BUNDLED_CATALOGUE,
  CIRCUIT_BANDWIDTHS_MBPS,
  CatalogueIndex,
  LOCAL_BANDWIDTHS_MBPS,
  ZONES,
  auditCatalogue,
  formatBandwidth,
  loadCatalogue
} from "./chunk-W6WHV2QZ.js";
import "./chunk-LVURD326.js";
import "./chunk-543HGEIV.js";
import "./chunk-54M4OODH.js";
import "./chunk-5MMV7F5T.js";
import "./chunk-TASHP5U3.js";
export {
  BUNDLED_CATALOGUE,
  CIRCUIT_BANDWIDTHS_MBPS,
  CatalogueIndex,
  LOCAL_BANDWIDTHS_MBPS,
  ZONES,
  auditCatalogue,
  formatBandwidth,
  loadCatalogue
};
