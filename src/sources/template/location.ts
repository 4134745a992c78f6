import { findNodeAtLocation } from 'jsonc-parser';
import type { ParsedJson } from '../../util/json.js';

/**
 * Line and column (1-based) of the JSON value at `path`. For a member of an object (a symbolic
 * resource name in languageVersion 2.0 templates) the position of its key is used, so the report
 * points at `"expressRouteCircuit": {` rather than at the brace after it.
 */
export function positionOf(parsed: ParsedJson, path: (string | number)[]): { line: number; column: number } | undefined {
  if (!parsed.tree) return undefined;
  const node = findNodeAtLocation(parsed.tree, path);
  if (!node) return undefined;
  const at = node.parent?.type === 'property' ? node.parent : node;
  return parsed.lines.position(at.offset);
}
