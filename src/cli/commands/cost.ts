import { UsageError } from '../../util/errors.js';

export async function costCommand(_args: unknown): Promise<number> {
  throw new UsageError('cost: the pricing model is not part of this build yet');
}
