import { scrubSecrets } from '../../inventory/secrets.js';
import type { Snapshot } from '../../sources/snapshot.js';
import type { GraphArgs, LiveCrawlHooks } from '../../sources/graph/cli.js';
import { UsageError, displayPath } from '../../util/errors.js';
import { TOOL_VERSION } from '../../version.js';
import { EXIT } from '../exit.js';
import { checkOutFile } from '../outdir.js';
import { writeFileAtomic } from '../output.js';

export interface CollectArgs extends GraphArgs {
  out: string;
  requireComplete?: boolean;
}

/**
 * `erscan collect --out FILE`: crawl live Azure and write an inventory snapshot
 * (schemas/snapshot.schema.json) that `erscan scan FILE` reads later. Secrets are scrubbed before
 * anything is written; coverage gaps are part of the snapshot, so a later scan still knows what
 * was not read.
 */
export async function collectCommand(args: CollectArgs, hooks: LiveCrawlHooks = {}, now = new Date()): Promise<number> {
  if (!args.out) throw new UsageError('collect: --out FILE is required');
  checkOutFile(args.out, 'the snapshot');
  const { runLiveCrawl } = await import('../../sources/graph/cli.js');
  const crawl = await runLiveCrawl(args, { ...hooks, now: hooks.now ?? now });
  const out = crawl.output;
  const snapshot: Snapshot = {
    erscanSnapshot: 1,
    tool: { name: 'erscan', version: TOOL_VERSION },
    generatedAt: now.toISOString(),
    cloud: crawl.cloud.name === 'Custom' ? crawl.cloud.armEndpoint : crawl.cloud.name,
    scope: crawl.scope,
    coverage: { complete: out.gaps.length === 0, gaps: out.gaps },
    subscriptions: out.subscriptions,
    resources: out.raws.map((r) => scrubSecrets(r.row)),
    ...(out.metrics ? { metrics: out.metrics } : {}),
    // Connections the crawl could not read (each a gap above): what they name stays undecided when the snapshot is scanned.
    ...(out.unread && out.unread.length > 0 ? { unread: out.unread } : {}),
  };
  try {
    writeFileAtomic(args.out, `${JSON.stringify(snapshot, null, 2)}\n`);
  } catch (e) {
    throw new UsageError(`could not write ${displayPath(args.out)}: ${(e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? String(e)}`);
  }
  const err = hooks.stderr ?? process.stderr;
  for (const n of out.notices) err.write(`erscan: note: ${n}\n`);
  for (const g of out.gaps) err.write(`erscan: coverage gap: ${g.scope}: ${g.reason}\n`);
  err.write(
    `erscan: wrote ${displayPath(args.out)}: ${snapshot.resources.length} resource(s) in ${out.subscriptions.length} subscription(s)` +
      `${out.metrics ? `, egress for ${Object.keys(out.metrics).length} circuit(s)` : ''}; coverage ${out.gaps.length === 0 ? 'complete' : `incomplete (${out.gaps.length} gap(s))`}\n`,
  );
  return args.requireComplete && out.gaps.length > 0 ? EXIT.INCOMPLETE : EXIT.OK;
}
