/**
 * The order erscan sorts text in: English collation, fixed. `localeCompare` and `new Intl.Collator()`
 * without a locale follow the process's default locale (LANG, LC_ALL), so the same input could be
 * written in another order on another machine (under sv_SE, "z" sorts before "å"); reports must be the
 * same bytes wherever they are made. Machines in English locales (en-US) order as before.
 */
const COLLATOR = new Intl.Collator('en');

/** `a.localeCompare(b)` in English, whatever the machine's locale. */
export const compareText: (a: string, b: string) => number = COLLATOR.compare;

/** Records by name, then by key (which a name repeats only in a broken input): an order that does not depend on the input's. */
export const byNameThenKey = (a: { name: string; key: string }, b: { name: string; key: string }): number => compareText(a.name, b.name) || compareText(a.key, b.key);
