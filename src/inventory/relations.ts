import type { AnyResource, Circuit, Connection } from './model.js';

/** Appends a key once. */
export function pushUnique(list: string[], v: string): void {
  if (!list.includes(v)) list.push(v);
}

/**
 * The relation lists (a circuit's and a gateway's connections and each other, a port's circuits) from
 * each connection's and circuit's keys: for the inventory, and again for each template world whose
 * relations changed (src/inventory/worlds.ts).
 */
export function linkRelations(connections: readonly Connection[], circuits: readonly Circuit[], byKey: ReadonlyMap<string, AnyResource>): void {
  for (const conn of connections) {
    const circuit = conn.circuitKey ? byKey.get(conn.circuitKey) : undefined;
    const gateway = conn.gatewayKey ? byKey.get(conn.gatewayKey) : undefined;
    if (circuit?.kind === 'circuit') {
      pushUnique(circuit.connectionKeys, conn.key);
      if (conn.gatewayKey) pushUnique(circuit.gatewayKeys, conn.gatewayKey);
    }
    if (gateway?.kind === 'gateway') {
      pushUnique(gateway.connectionKeys, conn.key);
      if (conn.circuitKey) pushUnique(gateway.circuitKeys, conn.circuitKey);
    }
  }
  for (const c of circuits) {
    const port = c.portKey ? byKey.get(c.portKey) : undefined;
    if (port?.kind === 'port') pushUnique(port.circuitKeys, c.key);
  }
}
