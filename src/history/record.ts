/**
 * A compact, secret-free inventory recorded in the JSON report (`recordedInventory`, only with
 * `erscan scan --record-inventory`), so `erscan diff` can compare two reports without their inputs.
 *
 * Layout: one table per resource kind, a list of column names and one row of values per resource
 * (`null`: the source did not carry the property). The columns are the properties of
 * src/history/state.ts, the same ones `erscan diff` compares for snapshots, so diffing two reports
 * gives what diffing their inputs gives. Cost: 1.8 MB per 1,000 circuits as compact JSON, 3 MB in
 * the indented report (the 1,000-circuit benchmark report grows from 3.3 to 6.3 MB; at 10,000
 * circuits from 33.5 to 64.2 MB, with +0.7 s CPU and +160 MB peak memory for the scan), which is
 * why it is asked for, not recorded by default.
 */
import type { AnyResource, Inventory } from '../inventory/model.js';
import { InputError, describeValue } from '../util/errors.js';
import { inventoryStates, type ResourceState, type StateValue } from './state.js';
import { isObj } from '../util/objects.js';

/** Version 2 added the properties in RECORDED_SINCE_V2 (src/history/state.ts); version 1 reports are still read. */
export const RECORDED_INVENTORY_VERSION = 2;
const READABLE_VERSIONS = [1, 2];

/** The columns every table starts with, before the resource's properties. */
const FIXED = ['id', 'type', 'name', 'subscriptionId', 'tenantId'] as const;

export interface RecordedTable {
  columns: string[];
  rows: (StateValue | null)[][];
}

export interface RecordedInventory {
  version: number;
  /** Kind (circuit, peering, port, link, gateway, connection) → its table. */
  kinds: Partial<Record<AnyResource['kind'], RecordedTable>>;
}

const KINDS: AnyResource['kind'][] = ['circuit', 'peering', 'port', 'link', 'gateway', 'connection'];

/** Records the inventory (resources sorted by lower-cased id within each kind, columns sorted). */
export function recordInventory(inv: Inventory): RecordedInventory {
  const byKind = new Map<AnyResource['kind'], ResourceState[]>();
  for (const s of inventoryStates(inv)) {
    let list = byKind.get(s.kind);
    if (!list) byKind.set(s.kind, (list = []));
    list.push(s);
  }
  const kinds: RecordedInventory['kinds'] = {};
  for (const kind of KINDS) {
    const states = byKind.get(kind);
    if (!states) continue;
    const names = new Set<string>();
    for (const s of states) for (const n of Object.keys(s.properties)) names.add(n);
    const props = [...names].sort();
    kinds[kind] = {
      columns: [...FIXED, ...props],
      rows: states.map((s) => [s.id, s.type, s.name, s.subscriptionId ?? null, s.tenantId ?? null, ...props.map((p) => s.properties[p] ?? null)]),
    };
  }
  return { version: RECORDED_INVENTORY_VERSION, kinds };
}


/** Reads a report's `recordedInventory` back into resource states; bad shapes are input errors. */
export function readRecordedInventory(file: string, value: unknown, at = '$.recordedInventory'): ResourceState[] {
  if (!isObj(value)) throw new InputError(file, at, 'a recorded inventory (scan with --record-inventory)', describeValue(value));
  if (!READABLE_VERSIONS.includes(value.version as number)) throw new InputError(file, `${at}.version`, `recorded inventory version ${READABLE_VERSIONS.join(' or ')}`, describeValue(value.version));
  if (!isObj(value.kinds)) throw new InputError(file, `${at}.kinds`, 'an object of tables by resource kind', describeValue(value.kinds));
  const out: ResourceState[] = [];
  for (const [kind, table] of Object.entries(value.kinds)) {
    const where = `${at}.kinds.${kind}`;
    if (!(KINDS as string[]).includes(kind)) throw new InputError(file, where, `a resource kind (${KINDS.join(', ')})`, JSON.stringify(kind.slice(0, 24)));
    if (!isObj(table) || !Array.isArray(table.columns) || !Array.isArray(table.rows)) throw new InputError(file, where, 'a table with columns and rows', describeValue(table));
    const columns = table.columns;
    if (!columns.every((c): c is string => typeof c === 'string') || FIXED.some((c, i) => columns[i] !== c)) throw new InputError(file, `${where}.columns`, `column names starting with ${FIXED.join(', ')}`, describeValue(columns));
    table.rows.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== columns.length) throw new InputError(file, `${where}.rows[${i}]`, `a row of ${columns.length} values`, describeValue(row));
      const [id, type, name, subscriptionId, tenantId] = row;
      if (typeof id !== 'string' || id === '' || typeof type !== 'string' || typeof name !== 'string') throw new InputError(file, `${where}.rows[${i}]`, 'an id, a type and a name (text)', describeValue(id));
      const properties: Record<string, StateValue> = {};
      for (let c = FIXED.length; c < columns.length; c++) {
        const v = row[c];
        if (v === null) continue;
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw new InputError(file, `${where}.rows[${i}][${c}]`, 'text, a number, a flag or null', describeValue(v));
        properties[columns[c]] = v;
      }
      out.push({
        id,
        kind: kind as AnyResource['kind'],
        type,
        name,
        ...(typeof subscriptionId === 'string' ? { subscriptionId } : {}),
        ...(typeof tenantId === 'string' ? { tenantId } : {}),
        properties,
      });
    });
  }
  return out;
}
