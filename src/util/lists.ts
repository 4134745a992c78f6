/**
 * The list at its exact length. An array grown by `push` from empty keeps room for 17 elements (about
 * 150 bytes) however few it holds: a list kept for the whole scan, one or more per resource, is copied
 * to its size (megabytes less at 10,000 circuits, and less for the garbage collector to copy). An empty
 * list has no storage to trim and is returned as it is.
 */
export function exactLength<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}
