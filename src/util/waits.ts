/**
 * The longest wait a server may name (Retry-After, a quota reset) that erscan honours: 5 minutes. A longer one fails
 * the request at once, said, rather than holding a crawl or a price refresh for up to an hour per attempt. The live
 * crawl, ARM reads and `erscan prices refresh` share it and its words.
 */
export const MAX_NAMED_WAIT_MS = 300_000;

/** `named` (ms) when it is longer than `most`, in words: "asked to wait 3600 s, longer than the 300 s erscan waits"; else undefined. */
export function refusedWait(named: number | undefined, most: number): string | undefined {
  return named !== undefined && named > most ? `asked to wait ${Math.ceil(named / 1000)} s, longer than the ${Math.ceil(most / 1000)} s erscan waits` : undefined;
}
