// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);

// dist/util/money.js
var prefix = "$";
function prefixOf(currency) {
  return !currency || currency === "USD" ? "$" : `${currency} `;
}
function useCurrency(currency) {
  prefix = prefixOf(currency);
}
function currencyPrefix() {
  return prefix;
}

export {
  prefixOf,
  useCurrency,
  currencyPrefix
};
