/**
 * The currency erscan words its figures in: the price catalogue's (`priceCatalogue.currency`). USD figures read
 * `$1,234`; any other currency its ISO code and a space (`EUR 1,234`, `-EUR 436`, `+EUR 750`), as the
 * `erscan cost` table writes them, so every format reads alike. Every money formatter takes its prefix from here.
 *
 * Each pure entry point that words money sets the currency from its own input at its start (`useCurrency`): the
 * cost estimate from its catalogue, the rules engine from the CostSummary it is given, each human reporter from
 * the result it renders. So a process that runs several scans (tests, `erscan trend`) never words one scan's
 * figures in another's currency. With no currency known (no costs) the prefix is `$`, as the bundled catalogue.
 */

let prefix = '$';

/** The prefix of a figure in `currency`: `$` for USD (or no currency known), else `EUR ` (code and a space). */
export function prefixOf(currency: string | null | undefined): string {
  return !currency || currency === 'USD' ? '$' : `${currency} `;
}

/** Sets the currency the money formatters word figures in, until the next entry point sets its own. */
export function useCurrency(currency: string | null | undefined): void {
  prefix = prefixOf(currency);
}

/** The prefix of the currency set last (`$` or `EUR `). */
export function currencyPrefix(): string {
  return prefix;
}

