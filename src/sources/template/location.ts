import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { ParsedJson } from '../../util/json.js';

/**
 * Line and column (1-based) of the JSON value at `path`. For a member of an object (a symbolic
 * resource name in languageVersion 2.0 templates) the position of its key is used, so the report
 * points at `"expressRouteCircuit": {` rather than at the brace after it. A key the file spells in
 * another letter case (`"Resources"` for `resources`: ARM reads keys whatever their case) is found too.
 */
export function positionOf(parsed: ParsedJson, path: (string | number)[]): { line: number; column: number } | undefined {
  if (!parsed.tree) return undefined;
  const node = findNodeAtLocation(parsed.tree, path) ?? findIgnoringCase(parsed.tree, path);
  if (!node) return undefined;
  const at = node.parent?.type === 'property' ? node.parent : node;
  return parsed.lines.position(at.offset);
}

/** The node at `path`, matching object keys whatever their letter case (the first key that matches). */
function findIgnoringCase(tree: Node, path: (string | number)[]): Node | undefined {
  let node: Node | undefined = tree;
  for (const seg of path) {
    if (!node?.children) return undefined;
    if (typeof seg === 'number') {
      node = node.type === 'array' ? node.children[seg] : undefined;
    } else {
      if (node.type !== 'object') return undefined;
      const lower = seg.toLowerCase();
      const prop: Node | undefined = node.children.find((p) => typeof p.children?.[0]?.value === 'string' && (p.children[0].value as string).toLowerCase() === lower);
      node = prop?.children?.[1];
    }
  }
  return node;
}
