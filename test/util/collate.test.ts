import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/util/collate.js';
import { ROOT, tempDir } from '../helpers/cli.js';

/**
 * The built code (the test script builds before vitest runs) in a Node process whose default locale is
 * `locale` (LC_ALL): Estonian sorts "z" before "t", Danish "aa" after "z", Swedish "z" before "å".
 */
function inLocale(locale: string, code: string): string {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, env: { ...process.env, LC_ALL: locale, LANG: locale }, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

describe('text order is the same whatever the machine\'s locale', () => {
  const words = ['t', 'z', 'aa', 'ab', 'å', 'ä', 'Z', 'A'];
  const english = [...words].sort(compareText).join(',');

  it('compareText sorts in English', () => {
    expect(english).toBe([...words].sort((a, b) => a.localeCompare(b, 'en')).join(','));
  });

  for (const locale of ['et_EE.UTF-8', 'da_DK.UTF-8', 'sv_SE.UTF-8']) {
    it(`${locale}: the locale would sort otherwise, erscan's order and its file walk do not`, () => {
      const words64 = JSON.stringify(words);
      // The locale is in force in the child (its own localeCompare differs from English).
      expect(inLocale(locale, `console.log(${words64}.sort((a, b) => a.localeCompare(b)).join(','))`)).not.toBe(english);
      expect(inLocale(locale, `import { compareText } from './dist/util/collate.js'; console.log(${words64}.sort(compareText).join(','))`)).toBe(english);
      // The files of a folder are read in the same order.
      const dir = tempDir('erscan-collate-');
      mkdirSync(join(dir, 'in'));
      for (const w of words) writeFileSync(join(dir, 'in', `${w}.json`), '[]');
      const walked = inLocale(
        locale,
        `import { walkFiles } from './dist/util/walk.js'; console.log(walkFiles(${JSON.stringify(join(dir, 'in'))}, { accept: (n) => n.endsWith('.json'), skipDir: () => false, errors: [] }).map((f) => f.split('/').pop().slice(0, -5)).join(','))`,
      );
      expect(walked).toBe(english);
    });
  }
});
