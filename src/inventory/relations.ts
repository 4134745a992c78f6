import type { AnyResource, Circuit, Connection } from './model.js';

/**
 * The list with `v` appended once (the list itself or a new one). Lists of one and two keys, most of
 * a large estate's, are made at their length: a list grown by `push` from empty keeps room for 17
 * keys and had to be copied to its length after (src/util/lists.ts), two allocations per list.
 */
export function withKey(list: string[], v: string): string[] {
  if (list.length === 0) return [v];
  if (list.length === 1) return list[0] === v ? list : [list[0], v];
  if (!list.includes(v)) list.push(v);
  return list;
}

/**
 * Files a connection under its circuit and its gateway (each the resource its key names, when there is
 * one): the circuit's and the gateway's connection lists and each other's.
 */
export function linkConnection(conn: Connection, circuit: AnyResource | undefined, gateway: AnyResource | undefined): void {
  if (circuit?.kind === 'circuit') {
    circuit.connectionKeys = withKey(circuit.connectionKeys, conn.key);
    if (conn.gatewayKey) circuit.gatewayKeys = withKey(circuit.gatewayKeys, conn.gatewayKey);
  }
  if (gateway?.kind === 'gateway') {
    gateway.connectionKeys = withKey(gateway.connectionKeys, conn.key);
    if (conn.circuitKey) gateway.circuitKeys = withKey(gateway.circuitKeys, conn.circuitKey);
  }
}

/** Files a circuit under its port (the resource its `portKey` names, when there is one). */
export function linkToPort(circuit: Circuit, port: AnyResource | undefined): void {
  if (port?.kind === 'port') port.circuitKeys = withKey(port.circuitKeys, circuit.key);
}

/**
 * The relation lists (a circuit's and a gateway's connections and each other, a port's circuits) from
 * each connection's and circuit's keys: for each template world whose relations changed
 * (src/inventory/worlds.ts). The builder links its inventory as it resolves the keys (resolveRelations,
 * src/inventory/build.ts), with the resources it has found: the same lists in the same order.
 */
export function linkRelations(connections: readonly Connection[], circuits: readonly Circuit[], byKey: ReadonlyMap<string, AnyResource>): void {
  // Indexed loops: a for-of loop allocates an iterator result per element until V8 optimises it.
  for (let i = 0; i < connections.length; i++) {
    const conn = connections[i];
    linkConnection(conn, conn.circuitKey ? byKey.get(conn.circuitKey) : undefined, conn.gatewayKey ? byKey.get(conn.gatewayKey) : undefined);
  }
  for (let i = 0; i < circuits.length; i++) {
    const c = circuits[i];
    linkToPort(c, c.portKey ? byKey.get(c.portKey) : undefined);
  }
}
