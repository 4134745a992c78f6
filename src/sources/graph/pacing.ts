/**
 * Request pacing against Resource Graph's per-principal quota. Every response carries
 * `x-ms-user-quota-remaining` (queries left in the current window) and
 * `x-ms-user-quota-resets-after` (`hh:mm:ss`, time until the window resets); the pacer spends
 * that budget and, once it is gone, holds every request of the tenant until the window resets,
 * so the crawl is paced by the quota instead of being throttled into 429s. One pacer per tenant:
 * each tenant's token is a different principal with its own quota.
 */

/** Time source; injectable so tests can run quota windows of a few milliseconds. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const t = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, ms));
      const onAbort = () => {
        clearTimeout(t);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** Parses `hh:mm:ss` (optionally `d.hh:mm:ss` and fractional seconds, as .NET TimeSpan prints them). */
export function parseResetsAfter(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const m = /^\s*(?:(\d+)\.)?(\d{1,2}):(\d{1,2}):(\d{1,2}(?:\.\d+)?)\s*$/.exec(value);
  if (!m) return undefined;
  const [, d, h, min, s] = m;
  return Math.round(((Number(d ?? 0) * 24 + Number(h)) * 3600 + Number(min) * 60 + Number(s)) * 1000);
}

export interface QuotaHeaders {
  remaining?: number;
  resetsAfterMs?: number;
}

export interface PacerStats {
  /** Times a request had to wait for the quota window to reset. */
  waits: number;
  waitMs: number;
}

/** The quota window the server named ends later than the pacer may wait: the request is not sent. */
export class QuotaWaitRefused extends Error {
  constructor(readonly waitMs: number) {
    super(`the quota window resets after ${Math.ceil(waitMs / 1000)} s`);
    this.name = 'QuotaWaitRefused';
  }
}

export class QuotaPacer {
  /** Queries we may still start in the current window (server's count minus what we started since). */
  private remaining: number | undefined;
  /** When the current window resets (local clock), 0 when unknown. */
  private resetAt = 0;
  /** Largest window size seen (remaining + 1 on the first response of a window). */
  private limit = 1;
  private inFlight = 0;
  private wakers: (() => void)[] = [];
  readonly stats: PacerStats = { waits: 0, waitMs: 0 };

  constructor(
    private readonly clock: Clock,
    /** Extra margin after a reset, so our window never starts before the server's does. */
    private readonly marginMs = 25,
    private readonly onWait?: (ms: number) => void,
    /**
     * Longest wait for a window's reset that is waited out; a longer one (a reset hours away named on a success's
     * `x-ms-user-quota-resets-after`) throws QuotaWaitRefused instead of holding every request of the tenant.
     */
    private readonly maxWaitMs = Infinity,
  ) {}

  /** Waits until a request may be sent, then reserves one unit of quota. */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.clock.now();
      if (this.resetAt > 0 && now >= this.resetAt) {
        // A new window: the whole budget is back, less what is still in flight.
        this.remaining = this.limit - this.inFlight;
        this.resetAt = 0;
      }
      if (this.remaining === undefined) {
        // Quota unknown until the first response: probe with one request at a time.
        if (this.inFlight === 0) break;
        await this.nextRelease();
        continue;
      }
      if (this.remaining > 0) break;
      if (this.resetAt > 0) {
        const ms = this.resetAt - now + this.marginMs;
        if (ms - this.marginMs > this.maxWaitMs) throw new QuotaWaitRefused(ms - this.marginMs);
        this.stats.waits++;
        this.stats.waitMs += ms;
        this.onWait?.(ms);
        await this.clock.sleep(ms, signal);
      } else {
        // Budget spent but no reset time known: wait for an answer, unless none is outstanding.
        if (this.inFlight === 0) break;
        await this.nextRelease();
      }
    }
    this.remaining = (this.remaining ?? 1) - 1;
    this.inFlight++;
  }

  /** Returns the reservation and learns the quota from the response headers (if any). */
  release(h: QuotaHeaders | undefined): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (h?.remaining !== undefined && Number.isFinite(h.remaining)) {
      const now = this.clock.now();
      const resetAt = h.resetsAfterMs !== undefined ? now + h.resetsAfterMs : this.resetAt || now + 5000;
      this.limit = Math.max(this.limit, h.remaining + 1);
      const serverView = h.remaining - this.inFlight;
      const newWindow = this.remaining === undefined || resetAt > this.resetAt + 1000 || this.resetAt === 0;
      this.remaining = newWindow ? serverView : Math.min(this.remaining ?? serverView, serverView);
      this.resetAt = resetAt;
    } else if (this.resetAt === 0) {
      // No quota headers (some proxies strip them): go on one request at a time.
      this.remaining = Math.max(this.remaining ?? 0, this.inFlight === 0 ? 1 : 0);
    }
    const w = this.wakers;
    this.wakers = [];
    for (const f of w) f();
  }

  /** The server said 429: nothing is left until the window resets. */
  exhausted(resetsAfterMs: number): void {
    this.remaining = 0;
    this.resetAt = Math.max(this.resetAt, this.clock.now() + resetsAfterMs);
  }

  private nextRelease(): Promise<void> {
    return new Promise((r) => this.wakers.push(r));
  }
}

/** Full-jitter exponential backoff: a random delay in [base, min(cap, base·2^attempt)]. */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random: () => number): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(baseMs + random() * Math.max(0, ceiling - baseMs));
}

/**
 * Paces plain ARM reads (diagnostic settings, metrics), which carry no Resource Graph quota headers
 * but report `x-ms-ratelimit-remaining-subscription-reads`: ARM refills each subscription's read
 * budget continuously (about 25 per second per principal, Azure Resource Manager throttling), so
 * once the remaining count a subscription reports drops below `lowWater`, the next read of that
 * subscription waits for the refill of the difference. A 429 still waits for Retry-After in the ARM
 * getter (src/sources/graph/arm.ts). Without the header, requests are only bounded by concurrency.
 */
export class ArmReadPacer {
  private remaining = new Map<string, { left: number; at: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly refillPerSecond = 25,
    private readonly lowWater = 20,
  ) {}

  /** Waits, if the subscription's last reported budget is low, for enough of it to refill. */
  async take(subscription: string): Promise<void> {
    const r = this.remaining.get(subscription);
    if (!r) return;
    const refilled = r.left + ((this.clock.now() - r.at) / 1000) * this.refillPerSecond;
    if (refilled >= this.lowWater) return;
    const ms = Math.ceil(((this.lowWater - refilled) / this.refillPerSecond) * 1000);
    // Spend the wait now and count it as refilled, so concurrent callers do not all wait again.
    this.remaining.set(subscription, { left: this.lowWater, at: this.clock.now() + ms });
    await this.clock.sleep(ms);
  }

  /** Learns the subscription's budget from a response header value. */
  learn(subscription: string, header: string | undefined): void {
    const n = header === undefined ? NaN : Number(header);
    if (Number.isFinite(n)) this.remaining.set(subscription, { left: n - 1, at: this.clock.now() });
  }
}
