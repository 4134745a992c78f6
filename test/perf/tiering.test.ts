import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tieringFlagFor } from '../../src/util/tiering.js';

const root = join(import.meta.dirname, '..', '..');

describe('V8 tiering for a batch run (src/util/tiering.ts)', () => {
  it('sets a flag only for the V8 versions it was measured on', () => {
    expect(tieringFlagFor('11.3.244.8-node.33')).toBe('--interrupt-budget=491520');
    expect(tieringFlagFor('12.4.254.21-node.33')).toBe('--invocation-count-for-turbofan=10000');
    expect(tieringFlagFor('13.6.233.17-node.33')).toBe('--invocation-count-for-turbofan=10000');
    expect(tieringFlagFor('14.1.0')).toBeUndefined();
    expect(tieringFlagFor('10.2.154')).toBeUndefined();
  });

  it('the flag of this Node.js is one its V8 knows: a scan prints nothing on stderr', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'erscan.js'), 'scan', join(root, 'examples', 'iac'), '--format', 'console', '--fail-on', 'none'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
