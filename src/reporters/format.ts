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

/** `n word` or `n words`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * What a scan read, in words: `6 circuits, 6 peerings, 2 Direct ports, 3 gateways and 5 connections in 2 subscriptions
 * and 1 tenant`. Inputs that name no subscription or tenant (templates, files without tenant ids) give no such
 * clause: "in 0 tenants" would say the resources belong to none.
 */
export function scannedText(n: { circuits: number; peerings: number; ports: number; gateways: number; connections: number; subscriptions: number; tenants: number }): string {
  const scopes = [n.subscriptions > 0 ? plural(n.subscriptions, 'subscription') : '', n.tenants > 0 ? plural(n.tenants, 'tenant') : ''].filter(Boolean);
  return `${plural(n.circuits, 'circuit')}, ${plural(n.peerings, 'peering')}, ${plural(n.ports, 'Direct port')}, ${plural(n.gateways, 'gateway')} and ${plural(n.connections, 'connection')}${scopes.length ? ` in ${scopes.join(' and ')}` : ''}`;
}
