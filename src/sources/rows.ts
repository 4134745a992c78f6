import { InputError, describeValue, displayPath, jsonPath } from '../util/errors.js';
import { tagsNotProjected, type RawResource } from '../inventory/build.js';
import type { SourceRef } from '../inventory/model.js';
import type { InputFormat } from './detect.js';
import { emptyOutput, type SourceOutput } from './types.js';
import { armIdTypeAsWritten, foreignNotice, isArmResourceId, validateRows, type RowNesting } from './validate.js';
import { MAX_JSON_DEPTH, nestedDeeper } from '../util/json.js';
import { isObj } from '../util/objects.js';

/** A loader's output plus the rows it could not read (each an input error; the file is a gap). */
export type LoadedRows = SourceOutput & { rowErrors: InputError[] };


/**
 * Resource Graph output (az CLI, REST, plain rows) and ARM GET/list responses. Rows keep the raw
 * ARM JSON; the inventory builder normalises them. Each row is checked (src/sources/validate.ts):
 * rows of other types are skipped with a notice, a row erscan cannot read is an input error and
 * is left out, and the rest of the file is read.
 *
 * `tooDeep`, when the document was parsed without checking its nesting (src/util/json.ts): the
 * nesting is checked here, the rows' while they are checked and scrubbed (one walk over a large
 * export instead of two), the rest of the document first; `tooDeep` throws the file's error.
 */
export function loadRows(file: string, doc: unknown, format: InputFormat, tooDeep?: () => never): LoadedRows {
  const out = emptyOutput();
  const source: SourceRef = { kind: 'snapshot', file };
  /** The file holds one page of several: the pages not read may hold any resource's connections. */
  const partOf = (why: string) => {
    if (!out.pagesNotRead) out.pagesNotRead = [`${displayPath(file)} is one page of several (${why})`];
  };
  let rows: unknown[];
  let base: (string | number)[];
  // The levels each row may nest (the document is the first level), when they are checked with the rows.
  let rowLevels: number | undefined;
  /** The whole document's nesting, checked now (before anything may throw another error). */
  const checkAll = () => {
    if (tooDeep && doc !== null && typeof doc === 'object' && nestedDeeper(doc, MAX_JSON_DEPTH)) tooDeep();
  };
  /** The nesting of the document's fields other than its rows' list, checked now. */
  const checkBeside = (rowsKey: string) => {
    const o = doc as Record<string, unknown>;
    for (const k in o) {
      const v = o[k];
      if (k !== rowsKey && tooDeep && v !== null && typeof v === 'object' && nestedDeeper(v, MAX_JSON_DEPTH - 1)) tooDeep();
    }
  };
  switch (format) {
    case 'rows':
      rows = doc as unknown[];
      base = [];
      rowLevels = MAX_JSON_DEPTH - 1;
      break;
    case 'graph-cli':
    case 'graph-rest': {
      const d = (doc as Record<string, unknown>).data;
      if (isObj(d) && Array.isArray(d.columns) && Array.isArray(d.rows)) {
        checkAll();
        rows = tableToObjects(file, d.columns, d.rows);
      } else if (Array.isArray(d)) {
        checkBeside('data');
        rows = d;
        rowLevels = MAX_JSON_DEPTH - 2;
      } else {
        checkAll();
        throw new InputError(file, '$.data', 'an array of rows or a table {columns, rows}', describeValue(d));
      }
      base = ['data'];
      const o = doc as Record<string, unknown>;
      const skipToken = o.skip_token || o.$skipToken || o.skipToken;
      if (skipToken) {
        out.gaps.push({ scope: file, reason: 'Resource Graph output is one page of several (it carries a skip token): later pages were not read' });
        partOf('it carries a skip token');
      }
      if (o.resultTruncated === 'true' || o.resultTruncated === true) {
        out.gaps.push({ scope: file, reason: 'Resource Graph reported resultTruncated: the result set is incomplete' });
        partOf('Resource Graph reported resultTruncated');
      }
      // Fewer rows than the query's total, and no skip token: a page of a result whose other pages were not kept.
      const total = typeof o.total_records === 'number' ? o.total_records : typeof o.totalRecords === 'number' ? o.totalRecords : undefined;
      if (total !== undefined && total > rows.length && !skipToken) {
        out.gaps.push({ scope: file, reason: `Resource Graph output holds ${rows.length} row(s) of the ${total} its query found: the other rows were not read` });
        partOf(`${rows.length} of the ${total} rows its query found`);
      }
      break;
    }
    case 'arm-list':
      checkBeside('value');
      rows = (doc as { value: unknown[] }).value;
      base = ['value'];
      rowLevels = MAX_JSON_DEPTH - 2;
      // (An empty nextLink links to nothing: the last page, as the live crawl reads it too, src/sources/graph/arm.ts.)
      const next = (doc as Record<string, unknown>).nextLink;
      if (typeof next === 'string' && next !== '') {
        out.gaps.push({ scope: file, reason: 'ARM list response has a nextLink: later pages were not read' });
        // A list of circuits, Direct ports or VNet gateways leaves out more of them, which what names them already reads
        // as outside the inventory; connections, or hub gateways (which list theirs), may be of any circuit and gateway.
        // A page without rows (ARM may answer one, with a nextLink to the rest) is told by the list its nextLink names.
        const listed = rows.length > 0 ? rows.every((r) => isObj(r) && typeof r.type === 'string' && OWN_LIST_TYPES.has(r.type.toLowerCase())) : OWN_LIST_TYPES.has(listTypeOf(next) ?? '');
        if (!listed) partOf('an ARM list response with a nextLink');
        const peerings = globalReachListsOf(rows, next);
        if (peerings.length > 0) {
          const why = `${displayPath(file)} is one page of several (an ARM list response with a nextLink): the pages not read may hold more of its Global Reach connections`;
          out.globalReachPagesNotRead = peerings.map((peeringKey) => ({ peeringKey, why }));
        }
      }
      break;
    case 'arm-resource':
      rows = [doc];
      base = [];
      rowLevels = MAX_JSON_DEPTH;
      break;
    default:
      checkAll();
      throw new Error(`loadRows cannot read ${format}`);
  }
  // (Resource Graph rows always carry their type; a plain array may be az CLI output of such a list.)
  if (format === 'arm-list' || format === 'arm-resource' || format === 'rows') typesFromIds(rows);
  const nesting: RowNesting | undefined = tooDeep && rowLevels !== undefined ? { levels: rowLevels, tooDeep } : undefined;
  const checked = validateRows(file, rows, (i) => (format === 'arm-resource' ? [] : [...base, i]), source, undefined, { scrubInPlace: true, nesting });
  out.raws = checked.raws;
  if (checked.unread.length > 0) out.unread = checked.unread;
  if (format === 'graph-cli' || format === 'graph-rest' || format === 'rows') markTagsNotProjected(file, format, out.raws);
  const notice = foreignNotice(displayPath(file), checked.foreign);
  if (notice) out.notices.push(notice);
  return { ...out, rowErrors: checked.errors };
}

/**
 * The resource type an ARM list URL lists (`…/providers/Microsoft.Network/expressRouteCircuits/x/peerings/y/connections?…`
 * → `microsoft.network/expressroutecircuits/peerings/connections`), lower-cased; undefined where the URL says none.
 */
function listTypeOf(url: string): string | undefined {
  const path = url.split('?')[0];
  const at = path.toLowerCase().lastIndexOf('/providers/');
  if (at < 0) return undefined;
  const parts = path.slice(at + '/providers/'.length).split('/').filter((x) => x !== '');
  // namespace, type, name, type, name, …, type: a list ends on a type (an even count of parts).
  if (parts.length < 2 || parts.length % 2 !== 0) return undefined;
  return [parts[0], ...parts.slice(1).filter((_, i) => i % 2 === 0)].join('/').toLowerCase();
}

const GLOBAL_REACH_TYPE = 'microsoft.network/expressroutecircuits/peerings/connections';

/**
 * The circuit peerings (lower-cased ids) whose Global Reach lists one page of an ARM list holds: those its Global Reach
 * connection rows belong to, and the one its nextLink lists the connections of.
 */
function globalReachListsOf(rows: unknown[], next: string): string[] {
  const out: string[] = [];
  const add = (peering: string) => {
    const key = peering.toLowerCase();
    if (!out.includes(key)) out.push(key);
  };
  for (const r of rows)
    if (isObj(r) && typeof r.type === 'string' && r.type.toLowerCase() === GLOBAL_REACH_TYPE && typeof r.id === 'string' && /\/connections\/[^/]+$/i.test(r.id)) add(r.id.replace(/\/connections\/[^/]+$/i, ''));
  if (listTypeOf(next) === GLOBAL_REACH_TYPE) {
    const path = next.split('?')[0];
    const at = path.toLowerCase().indexOf('/subscriptions/');
    if (at >= 0) add(path.slice(at).replace(/\/connections\/?$/i, ''));
  }
  return out;
}

/** Types whose missing list entries are read as outside the inventory by what names them (never as missing connections). */
const OWN_LIST_TYPES = new Set(['microsoft.network/expressroutecircuits', 'microsoft.network/expressrouteports', 'microsoft.network/virtualnetworkgateways']);

/** Columns Resource Graph rows have and ARM GET and list responses never carry. */
const GRAPH_COLUMNS = ['subscriptionId', 'resourceGroup', 'tenantId'];
/** A resource of its own (tags are set on it), not a child resource such as a circuit's peering. */
const TOP_LEVEL_TYPE = /^[^/]+\/[^/]+$/;

/**
 * A Resource Graph row holds the columns its query projects: a row without `tags`
 * (`resources | project id, name, type, properties, …`) does not say which tags the resource has, so
 * its tags are not known (the rules that read them undecided), never "no tags". A query that projects
 * `tags` gives every row the column, `{}` or null for a resource without tags. Rows of a plain array
 * are taken for Resource Graph rows when they carry one of its own columns (subscriptionId,
 * resourceGroup, tenantId): ARM GET and list responses have none of them, and leave `tags` out when a
 * resource has no tags.
 */
function markTagsNotProjected(file: string, format: InputFormat, raws: RawResource[]): void {
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    const row = raw.row;
    if ('tags' in row || typeof row.type !== 'string' || !TOP_LEVEL_TYPE.test(row.type)) continue;
    if (format === 'rows' && !GRAPH_COLUMNS.some((c) => c in row)) continue;
    raw.unresolved = ['tags'];
    raw.reasons = { tags: tagsNotProjected(displayPath(file)) };
  }
}

/**
 * ARM GET and list responses (and the az CLI's arrays of them) of some child resources carry no `type`: the ExpressRouteConnection and
 * ExpressRouteLink models have none, and Microsoft's own example of the circuit peerings list leaves it
 * out (azure-rest-api-specs, Microsoft.Network examples). The id names the type: a row without `type`
 * whose id is an ARM resource id is given the type its id names (a row with neither is still refused).
 */
function typesFromIds(rows: unknown[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isObj(row) || row.type !== undefined || typeof row.id !== 'string' || !isArmResourceId(row.id)) continue;
    const type = armIdTypeAsWritten(row.id);
    if (type !== undefined) row.type = type;
  }
}

function tableToObjects(file: string, columns: unknown[], rows: unknown[]): Record<string, unknown>[] {
  const names = columns.map((c, i) => {
    const n = isObj(c) ? c.name : undefined;
    if (typeof n !== 'string') throw new InputError(file, jsonPath(['data', 'columns', i, 'name']), 'a column name', describeValue(n));
    return n;
  });
  return rows.map((r, i) => {
    if (!Array.isArray(r)) throw new InputError(file, jsonPath(['data', 'rows', i]), 'an array of cell values', describeValue(r));
    const o: Record<string, unknown> = {};
    names.forEach((n, j) => (o[n] = r[j]));
    return o;
  });
}
