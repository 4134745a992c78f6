import { UsageError } from '../../util/errors.js';

export async function pricesRefreshCommand(_args: unknown): Promise<number> {
  throw new UsageError('prices refresh: not part of this build yet');
}
