import { UsageError } from '../../util/errors.js';
import type { ScanArgs } from '../../cli/pipeline.js';
import type { SourceOutput } from '../types.js';

export async function crawlForCli(_args: ScanArgs): Promise<SourceOutput> {
  throw new UsageError('--graph: the Resource Graph crawler is not part of this build yet');
}
