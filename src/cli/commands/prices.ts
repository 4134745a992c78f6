import { EXIT } from '../exit.js';
import { UsageError, displayPath } from '../../util/errors.js';
import { checkOutFile } from '../outdir.js';
import { writeFileAtomic } from '../output.js';

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
  const { buildCatalogueFromRetail, endpointProblem, fetchAllItems, REFRESH_FILTERS, RETAIL_CURRENCIES } = await import('../../pricing/retail.js');
  if (!(RETAIL_CURRENCIES as readonly string[]).includes(currency)) {
    throw new UsageError(`--currency: expected a currency the Retail Prices API supports (${RETAIL_CURRENCIES.join(', ')}), found ${JSON.stringify(String(args.currency).slice(0, 20))}`);
  }
  if (args.endpoint !== undefined) {
    const problem = endpointProblem(args.endpoint);
    if (problem) throw new UsageError(`--endpoint: expected an https:// URL (http:// only on this machine: localhost, 127.0.0.1, ::1), found ${problem}`);
  }
  if (args.out !== undefined) checkOutFile(args.out, 'the catalogue');
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
  const { catalogue, ignored, warnings, errors } = buildCatalogueFromRetail(items, { currency, date, endpoint: args.endpoint });
  // An empty or unrecognisable answer is one line, not a line per missing price.
  if (catalogue.circuits.length === 0) {
    log(`error: the Retail Prices API answered with ${items.length} row(s), none of them an ExpressRoute circuit price (${ignored.length} not recognised); the catalogue was not changed`);
    return EXIT.BAD_INPUT;
  }
  log(`${items.length} row(s) read, ${ignored.length} not recognised as an ExpressRoute price and ignored`);
  const validate = schemaValidator('prices.schema.json');
  if (!validate(catalogue)) {
    const e = validate.errors![0];
    log(`error: the built catalogue does not match schemas/prices.schema.json at ${toJsonPath(e.instancePath)}: ${e.message}`);
    return EXIT.BAD_INPUT;
  }
  const audit = auditCatalogue(catalogue);
  for (const w of [...warnings, ...audit.warnings]) log(`warning: ${w}`);
  const problems = [...errors, ...audit.errors];
  if (problems.length > 0) {
    for (const e of problems.slice(0, 10)) log(`error: ${e}`);
    log(`error: the catalogue is incomplete (${problems.length} problem(s)${problems.length > 10 ? ', the first 10 shown' : ''}); nothing written`);
    return EXIT.BAD_INPUT;
  }
  const text = JSON.stringify(catalogue, null, 2) + '\n';
  if (args.out) {
    try {
      // A write that fails half-way (disk full, a file size limit) leaves the previous catalogue as it was.
      writeFileAtomic(args.out, text);
    } catch (e) {
      throw new UsageError(`could not write ${displayPath(args.out)}: ${(e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? String(e)}`);
    }
    log(`wrote ${displayPath(args.out)} (${catalogue.circuits.length} circuit prices, ${catalogue.gateways.length} gateway prices, effective ${date}, ${currency})`);
  } else process.stdout.write(text);
  return EXIT.OK;
}
