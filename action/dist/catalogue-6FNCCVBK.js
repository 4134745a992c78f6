// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  BUNDLED_CATALOGUE,
  CIRCUIT_BANDWIDTHS_MBPS,
  CatalogueIndex,
  GATEWAY_SKUS,
  LOCAL_BANDWIDTHS_MBPS,
  ZONES,
  auditCatalogue,
  bundledCatalogueDigest,
  formatBandwidth,
  loadCatalogue,
  localBandwidthFor
} from "./chunk-SHTQVT5S.js";
import "./chunk-X6A6OTOC.js";
import "./chunk-VQAVFDJZ.js";
import "./chunk-HGZGRQEX.js";
import "./chunk-BAWUMSZC.js";
import "./chunk-U5NJNZAI.js";
import "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";
export {
  BUNDLED_CATALOGUE,
  CIRCUIT_BANDWIDTHS_MBPS,
  CatalogueIndex,
  GATEWAY_SKUS,
  LOCAL_BANDWIDTHS_MBPS,
  ZONES,
  auditCatalogue,
  bundledCatalogueDigest,
  formatBandwidth,
  loadCatalogue,
  localBandwidthFor
};
