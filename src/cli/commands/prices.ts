import { writeFileSync } from 'node:fs';
import { EXIT } from '../exit.js';
import { UsageError } from '../../util/errors.js';

export interface PricesRefreshArgs {
  currency?: string;
  out?: string;
  endpoint?: string;
}

/**
 * `erscan prices refresh`: fetch every ExpressRoute (and vWAN ExpressRoute) meter from the Retail Prices
 * API, build a catalogue, validate it (schema, completeness, the Microsoft-confirmed anchors) and write it.
 * A catalogue with missing circuit or egress prices is not written (exit 2).
 */
export async function pricesRefreshCommand(args: PricesRefreshArgs): Promise<number> {
  const currency = (args.currency ?? 'USD').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw new UsageError(`--currency: expected a three-letter currency code such as USD or EUR, found "${args.currency}"`);
  const { buildCatalogueFromRetail, fetchAllItems, REFRESH_FILTERS } = await import('../../pricing/retail.js');
  const { auditCatalogue } = await import('../../pricing/catalogue.js');
  const { schemaValidator, toJsonPath } = await import('../../util/schema.js');
  const log = (line: string) => process.stderr.write(`erscan: ${line}\n`);
  const { RetailApiError } = await import('../../pricing/retail.js');
  const items = [];
  try {
    for (const filter of REFRESH_FILTERS) items.push(...(await fetchAllItems(filter, { endpoint: args.endpoint, currency, log })));
  } catch (e) {
    if (!(e instanceof RetailApiError)) throw e;
    log(`error: ${e.message}; the catalogue was not changed`);
    return EXIT.BAD_INPUT;
  }
  const date = new Date().toISOString().slice(0, 10);
  const { catalogue, ignored, warnings } = buildCatalogueFromRetail(items, { currency, date, endpoint: args.endpoint });
  log(`${items.length} row(s) read, ${ignored.length} not recognised as an ExpressRoute price and ignored`);
  const validate = schemaValidator('prices.schema.json');
  if (!validate(catalogue)) {
    const e = validate.errors![0];
    log(`error: the built catalogue does not match schemas/prices.schema.json at ${toJsonPath(e.instancePath)}: ${e.message}`);
    return EXIT.BAD_INPUT;
  }
  const audit = auditCatalogue(catalogue);
  for (const w of [...warnings, ...audit.warnings]) log(`warning: ${w}`);
  if (audit.errors.length > 0) {
    for (const e of audit.errors) log(`error: ${e}`);
    log(`error: the catalogue is incomplete (${audit.errors.length} problem(s)); nothing written`);
    return EXIT.BAD_INPUT;
  }
  const text = JSON.stringify(catalogue, null, 2) + '\n';
  if (args.out) {
    writeFileSync(args.out, text);
    log(`wrote ${args.out} (${catalogue.circuits.length} circuit prices, ${catalogue.gateways.length} gateway prices, effective ${date}, ${currency})`);
  } else process.stdout.write(text);
  return EXIT.OK;
}
