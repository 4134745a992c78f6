import type { CrawlEvent, CrawlStats } from './crawl.js';

/**
 * The crawl's progress on stderr: one self-updating status line when stderr is a terminal (tenants,
 * subscriptions, pages, rows, throttling waits), nothing in CI, and one line per request with
 * `--verbose`. Never prints a token or a row.
 */
export interface ProgressSink {
  isTTY?: boolean;
  write(s: string): unknown;
}

export class CrawlProgress {
  private tenants = new Map<string, string>();
  private subscriptions = 0;
  private pages = 0;
  private rows = 0;
  private waits = 0;
  private waitMs = 0;
  private gaps = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly out: ProgressSink,
    private readonly verbose: boolean,
    private readonly live = out.isTTY === true,
  ) {}

  handle = (e: CrawlEvent): void => {
    switch (e.type) {
      case 'tenant':
        this.tenants.set(e.tenant, e.state);
        if (this.verbose) this.log(`tenant ${e.tenant}: ${e.state}`);
        break;
      case 'subscriptions':
        this.subscriptions += e.count;
        if (this.verbose) this.log(`tenant ${e.tenant}: ${e.count} subscription(s) in scope`);
        break;
      case 'batches':
        if (this.verbose) this.log(`tenant ${e.tenant}: ${e.count} batch(es) of at most 300 subscriptions`);
        break;
      case 'request':
        if (e.outcome === 'ok') {
          this.pages++;
          this.rows += e.rows ?? 0;
        }
        if (this.verbose) this.log(`tenant ${e.tenant}: ${e.what} page ${e.page}: ${e.outcome === 'ok' ? `${e.rows} row(s)` : e.outcome} in ${e.ms} ms${e.remaining !== undefined ? `, quota left ${e.remaining}` : ''}`);
        break;
      case 'wait':
        this.waits++;
        this.waitMs += e.ms;
        if (this.verbose) this.log(`tenant ${e.tenant}: waiting ${(e.ms / 1000).toFixed(1)} s (${e.reason === 'quota' ? 'quota window spent' : e.reason === 'throttled' ? 'throttled (429)' : 'retrying after a failure'})`);
        break;
      case 'gap':
        this.gaps++;
        if (this.verbose) this.log(`coverage gap: ${e.gap.scope}: ${e.gap.reason}`);
        break;
    }
    this.draw(false);
  };

  private log(line: string): void {
    this.clear();
    this.out.write(`erscan: ${line}\n`);
  }

  private clear(): void {
    if (this.live && this.drawn) {
      this.out.write('\r\x1b[K');
      this.drawn = false;
    }
  }

  private draw(force: boolean): void {
    if (!this.live) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const states = [...this.tenants.values()];
    const done = states.filter((s) => s === 'done' || s === 'failed').length;
    const line = `erscan: tenants ${done}/${this.tenants.size} · subscriptions ${this.subscriptions} · pages ${this.pages} · rows ${this.rows} · throttling waits ${this.waits} (${(this.waitMs / 1000).toFixed(1)} s)${this.gaps ? ` · gaps ${this.gaps}` : ''}`;
    this.out.write(`\r\x1b[K${line}`);
    this.drawn = true;
  }

  /** Removes the status line; prints a one-line summary on a terminal or with --verbose. */
  finish(stats: CrawlStats, gaps: number): void {
    this.clear();
    if (this.live || this.verbose) {
      this.out.write(
        `erscan: crawled ${stats.tenants} tenant(s), ${stats.subscriptions} subscription(s): ${stats.requests} request(s), ${stats.pages} page(s), ${stats.rows} row(s)` +
          `${stats.retries ? `, ${stats.retries} retr${stats.retries === 1 ? 'y' : 'ies'}` : ''}${stats.quotaWaits ? `, ${stats.quotaWaits} quota wait(s) (${(stats.quotaWaitMs / 1000).toFixed(1)} s)` : ''}` +
          `${gaps ? `, ${gaps} coverage gap(s)` : ''}\n`,
      );
    }
  }
}
