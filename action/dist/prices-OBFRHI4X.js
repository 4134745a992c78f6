// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  checkOutFile,
  writeFileAtomic
} from "./chunk-RJWAKYVL.js";
import {
  EXIT
} from "./chunk-PJIMCPB3.js";
import {
  UsageError,
  displayPath
} from "./chunk-UNOFXXSK.js";
import "./chunk-TASHP5U3.js";

// dist/cli/commands/prices.js
async function pricesRefreshCommand(args) {
  const currency = (args.currency ?? "USD").toUpperCase();
  const { buildCatalogueFromRetail, endpointProblem, fetchAllItems, REFRESH_FILTERS, RETAIL_CURRENCIES } = await import("./retail-TXAPUX3R.js");
  if (!RETAIL_CURRENCIES.includes(currency)) {
    throw new UsageError(`--currency: expected a currency the Retail Prices API supports (${RETAIL_CURRENCIES.join(", ")}), found ${JSON.stringify(String(args.currency).slice(0, 20))}`);
  }
  if (args.endpoint !== void 0) {
    const problem = endpointProblem(args.endpoint);
    if (problem)
      throw new UsageError(`--endpoint: expected an https:// URL (http:// only on this machine: localhost, 127.0.0.1, ::1), found ${problem}`);
  }
  if (args.out !== void 0)
    checkOutFile(args.out, "the catalogue");
  const { auditCatalogue } = await import("./catalogue-6FNCCVBK.js");
  const { schemaValidator, toJsonPath } = await import("./schema-LZ63VF3N.js");
  const log = (line) => process.stderr.write(`erscan: ${line}
`);
  const { RetailApiError } = await import("./retail-TXAPUX3R.js");
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
  const { catalogue, ignored, warnings, errors } = buildCatalogueFromRetail(items, { currency, date, endpoint: args.endpoint });
  if (catalogue.circuits.length === 0) {
    log(`error: the Retail Prices API answered with ${items.length} row(s), none of them an ExpressRoute circuit price (${ignored.length} not recognised); the catalogue was not changed`);
    return EXIT.BAD_INPUT;
  }
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
  const problems = [...errors, ...audit.errors];
  if (problems.length > 0) {
    for (const e of problems.slice(0, 10))
      log(`error: ${e}`);
    log(`error: the catalogue is incomplete (${problems.length} problem(s)${problems.length > 10 ? ", the first 10 shown" : ""}); nothing written`);
    return EXIT.BAD_INPUT;
  }
  const text = JSON.stringify(catalogue, null, 2) + "\n";
  if (args.out) {
    try {
      writeFileAtomic(args.out, text);
    } catch (e) {
      throw new UsageError(`could not write ${displayPath(args.out)}: ${e?.code ?? e?.message ?? String(e)}`);
    }
    log(`wrote ${displayPath(args.out)} (${catalogue.circuits.length} circuit prices, ${catalogue.gateways.length} gateway prices, effective ${date}, ${currency})`);
  } else
    process.stdout.write(text);
  return EXIT.OK;
}
export {
  pricesRefreshCommand
};
