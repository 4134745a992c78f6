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
  bundledCatalogueDigest,
  formatBandwidth,
  loadCatalogue
} from "./chunk-DHNXZE3A.js";
import "./chunk-FS5UR65F.js";
import "./chunk-CAMAAOGI.js";
import "./chunk-AZABMKQD.js";
import "./chunk-54M4OODH.js";
import "./chunk-73WTJT6Y.js";
import "./chunk-TASHP5U3.js";
export {
  BUNDLED_CATALOGUE,
  CIRCUIT_BANDWIDTHS_MBPS,
  CatalogueIndex,
  LOCAL_BANDWIDTHS_MBPS,
  ZONES,
  auditCatalogue,
  bundledCatalogueDigest,
  formatBandwidth,
  loadCatalogue
};
