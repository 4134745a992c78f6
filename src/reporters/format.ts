/** Formatting shared by the human-readable reporters (console, HTML, Markdown). */
import { currencyPrefix } from '../util/money.js';

export const SEVERITY_LABEL: Record<string, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

// One formatter for the whole process: building an Intl.NumberFormat per figure is slow on large estates.
const wholeNumber = new Intl.NumberFormat('en-US');

/** A rounded whole number with thousands separators (`12,345`), or `n/a`. */
export function wholeNum(n: number | null | undefined, unit = ''): string {
  return n === null || n === undefined ? 'n/a' : `${wholeNumber.format(Math.round(n))}${unit}`;
}

/** A whole figure in the currency set for the report (`$12,345`, `EUR 12,345`; src/util/money.ts) or in `prefix`, or `n/a`. */
export function usd(n: number | null | undefined, prefix = currencyPrefix()): string {
  return n === null || n === undefined ? 'n/a' : `${prefix}${wholeNumber.format(Math.round(n))}`;
}
