/**
 * Circular `dependsOn` in one template. ARM deploys a template's resources in the order their
 * dependencies give, and refuses a template whose dependencies go round in a circle: "Resource Manager
 * identifies circular dependencies during template validation"
 * (learn.microsoft.com/azure/azure-resource-manager/templates/resource-dependency). Such a template never
 * deploys, so erscan refuses it too, naming the circle.
 *
 * A `dependsOn` entry names a resource by its name, its resource id (`resourceId(…)`), a
 * `Namespace/type/name` path, the name of a copy loop (every copy) or, with languageVersion 2.0, its
 * symbolic name (same page). Only what is decided makes an edge: an entry or a name erscan cannot
 * evaluate, a name two declarations share, and a resource whose deployment depends on a condition or a
 * copy count not known here make none, so a circle is refused only when ARM would refuse it whatever
 * the values not known here are.
 */

/** One deployed instance (one copy of a loop) of a resource declaration. */
export interface DependencyNode {
  /** The template whose deployment holds it (the top-level template, or a nested deployment's). */
  graph: string;
  /** The JSON path of its declaration. */
  at: string;
  /** Its full type, as written. */
  type: string;
  /** Its full name (`er1/AzurePrivatePeering`), when decided (or a parameter's stand-in). */
  name?: string;
  /** Its name as declared (a nested child's own segment). */
  declaredName?: string;
  /** The ids it may be named by (lower-cased). */
  ids: string[];
  /** Its symbolic name (languageVersion 2.0). */
  symbol?: string;
  /** The name of its copy loop. */
  loop?: string;
  /** Its dependsOn entries, evaluated; undefined where not decided. */
  dependsOn: (string | undefined)[];
  /** Whether it is deployed depends on a condition or a copy count not known here: it closes no circle. */
  maybe: boolean;
  /** The deployment it belongs to: the template itself, or one nested deployment (each copy apart). */
  deployment?: number;
  /** Its resource id where it is deployed (lower-cased), when its name is decided and it is not an extension resource. */
  target?: string;
}

const lower = (s: string | undefined) => s?.toLowerCase();

/** A `Namespace/type/name[/type/name]` path as its full type and name (lower-cased), or undefined. */
function typedPath(entry: string): { type: string; name: string } | undefined {
  const segs = entry.split('/');
  if (segs.length < 3 || segs.length % 2 === 0 || !/^[a-z0-9]+(\.[a-z0-9]+)+$/i.test(segs[0])) return undefined;
  const types = segs.slice(1).filter((_, i) => i % 2 === 0);
  const names = segs.slice(1).filter((_, i) => i % 2 === 1);
  return { type: [segs[0], ...types].join('/').toLowerCase(), name: names.join('/').toLowerCase() };
}

/** The nodes one entry names (within the nodes of its template), or undefined when that is not decided. */
function resolve(entry: string, from: DependencyNode, nodes: DependencyNode[]): DependencyNode[] | undefined {
  const e = entry.toLowerCase();
  const bySymbol = nodes.filter((n) => n.symbol !== undefined && lower(n.symbol) === e);
  if (bySymbol.length > 0) return bySymbol;
  // A copy loop's name: every copy (never its own loop: what ARM makes of that is not said).
  const byLoop = nodes.filter((n) => n.loop !== undefined && lower(n.loop) === e);
  if (byLoop.length > 0) return byLoop.some((n) => n.at === from.at) ? undefined : byLoop;
  let matches: DependencyNode[];
  if (e.startsWith('/')) matches = nodes.filter((n) => n.ids.includes(e));
  else {
    const typed = typedPath(e);
    matches = typed
      ? nodes.filter((n) => n.type.toLowerCase() === typed.type && lower(n.name) === typed.name)
      : nodes.filter((n) => lower(n.name) === e || lower(n.declaredName) === e);
  }
  // A name two declarations share names neither for sure.
  if (new Set(matches.map((n) => n.at)).size > 1) return undefined;
  return matches;
}

/** A label of a node for messages: its declaration's path, its type and its name. */
function labelOf(n: DependencyNode): string {
  return `${n.at} (${n.type} ${n.name ?? 'whose name is not known'})`;
}

/**
 * The first circle of dependencies among these nodes (each template's on its own), as the nodes
 * around it with the first repeated at the end, or undefined when there is none.
 */
export function findDependencyCycle(nodes: DependencyNode[]): DependencyNode[] | undefined {
  const graphs = new Map<string, DependencyNode[]>();
  for (const n of nodes) {
    const members = graphs.get(n.graph);
    if (members) members.push(n);
    else graphs.set(n.graph, [n]);
  }
  for (const members of graphs.values()) {
    const edges = new Map<DependencyNode, Set<DependencyNode>>();
    for (const n of members) {
      const out = new Set<DependencyNode>();
      if (!n.maybe) {
        for (const entry of n.dependsOn) {
          if (entry === undefined) continue;
          for (const m of resolve(entry, n, members) ?? []) if (!m.maybe) out.add(m);
        }
      }
      edges.set(n, out);
    }
    // Depth-first search: a node met again while on the path closes a circle.
    const state = new Map<DependencyNode, 'open' | 'done'>();
    const path: DependencyNode[] = [];
    const visit = (n: DependencyNode): DependencyNode[] | undefined => {
      state.set(n, 'open');
      path.push(n);
      for (const m of edges.get(n)!) {
        if (state.get(m) === 'open') return [...path.slice(path.indexOf(m)), m];
        if (state.get(m) === undefined) {
          const found = visit(m);
          if (found) return found;
        }
      }
      path.pop();
      state.set(n, 'done');
      return undefined;
    };
    for (const n of members) {
      if (state.get(n) !== undefined) continue;
      const found = visit(n);
      if (found) return found;
    }
  }
  return undefined;
}

/** The circle in words: `$.resources[0] (… er1) → $.resources[1] (… gw) → $.resources[0] (… er1)`. */
export function describeCycle(cycle: DependencyNode[]): string {
  return cycle.map(labelOf).join(' → ');
}

/**
 * Two declarations (or two copies of one) that one deployment deploys for sure, of one resource: ARM refuses such a
 * template ("The resource '…' is defined multiple times in a template", InvalidTemplate). Only what is decided counts:
 * a name not known here, a deployment on a condition or copy count not known here, and extension resources (named
 * within the resource they extend) are never said to be duplicates. The first pair found, in document order.
 */
export function findDuplicateDeclaration(nodes: DependencyNode[]): [DependencyNode, DependencyNode] | undefined {
  const seen = new Map<string, DependencyNode>();
  for (const n of nodes) {
    if (n.maybe || n.target === undefined) continue;
    const key = `${n.deployment ?? 0}|${n.target}`;
    const first = seen.get(key);
    if (first) return [first, n];
    seen.set(key, n);
  }
  return undefined;
}
