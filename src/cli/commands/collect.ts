import { UsageError } from '../../util/errors.js';

export async function collectCommand(_args: unknown): Promise<number> {
  throw new UsageError('collect: the Resource Graph crawler is not part of this build yet');
}
