/** Formatting shared by the human-readable reporters (console, HTML, Markdown). */

export const SEVERITY_LABEL: Record<string, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

// One formatter for the whole process: building an Intl.NumberFormat per figure is slow on large estates.
const wholeNumber = new Intl.NumberFormat('en-US');

/** A rounded whole number with thousands separators (`12,345`), or `n/a`. */
export function wholeNum(n: number | null | undefined, unit = ''): string {
  return n === null || n === undefined ? 'n/a' : `${wholeNumber.format(Math.round(n))}${unit}`;
}

/** Whole US dollars (`$12,345`), or `n/a`. */
export function usd(n: number | null | undefined): string {
  return n === null || n === undefined ? 'n/a' : `$${wholeNumber.format(Math.round(n))}`;
}
