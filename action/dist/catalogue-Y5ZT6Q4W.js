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
} from "./chunk-7LAF3I2S.js";
import "./chunk-NHHP4CGJ.js";
import "./chunk-U7556RPZ.js";
import "./chunk-5MMV7F5T.js";
import "./chunk-54M4OODH.js";
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
