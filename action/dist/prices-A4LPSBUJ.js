// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-PJIMCPB3.js";
import {
  UsageError
} from "./chunk-5MMV7F5T.js";
import "./chunk-TASHP5U3.js";

// dist/cli/commands/prices.js
import { writeFileSync } from "node:fs";
async function pricesRefreshCommand(args) {
  const currency = (args.currency ?? "USD").toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency))
    throw new UsageError(`--currency: expected a three-letter currency code such as USD or EUR, found "${args.currency}"`);
  const { buildCatalogueFromRetail, fetchAllItems, REFRESH_FILTERS } = await import("./retail-SOYYWIQR.js");
  const { auditCatalogue } = await import("./catalogue-Y5ZT6Q4W.js");
  const { schemaValidator, toJsonPath } = await import("./schema-JZRKKRMT.js");
  const log = (line) => process.stderr.write(`erscan: ${line}
`);
  const { RetailApiError } = await import("./retail-SOYYWIQR.js");
  const items = [];
  try {
    for (const filter of REFRESH_FILTERS)
      items.push(...await fetchAllItems(filter, { endpoint: args.endpoint, currency, log }));
  } catch (e) {
    if (!(e instanceof RetailApiError))
      throw e;
    log(`error: ${e.message}; the catalogue was not changed`);
    return EXIT.BAD_INPUT;
  }
  const date = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const { catalogue, ignored, warnings } = buildCatalogueFromRetail(items, { currency, date, endpoint: args.endpoint });
  log(`${items.length} row(s) read, ${ignored.length} not recognised as an ExpressRoute price and ignored`);
  const validate = schemaValidator("prices.schema.json");
  if (!validate(catalogue)) {
    const e = validate.errors[0];
    log(`error: the built catalogue does not match schemas/prices.schema.json at ${toJsonPath(e.instancePath)}: ${e.message}`);
    return EXIT.BAD_INPUT;
  }
  const audit = auditCatalogue(catalogue);
  for (const w of [...warnings, ...audit.warnings])
    log(`warning: ${w}`);
  if (audit.errors.length > 0) {
    for (const e of audit.errors)
      log(`error: ${e}`);
    log(`error: the catalogue is incomplete (${audit.errors.length} problem(s)); nothing written`);
    return EXIT.BAD_INPUT;
  }
  const text = JSON.stringify(catalogue, null, 2) + "\n";
  if (args.out) {
    writeFileSync(args.out, text);
    log(`wrote ${args.out} (${catalogue.circuits.length} circuit prices, ${catalogue.gateways.length} gateway prices, effective ${date}, ${currency})`);
  } else
    process.stdout.write(text);
  return EXIT.OK;
}
export {
  pricesRefreshCommand
};
