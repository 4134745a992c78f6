import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/util/yaml.js';
import { tempDir } from '../robustness/support.js';

/**
 * A YAML file erscan cannot read (config, suppressions, usage, a user rule) is named with its line and
 * column, never quoted: a secret written unquoted that starts with `*` is an alias, one after `|` a block
 * scalar header, and the YAML library's message ends with that text.
 */
const MARK = 'ERSCANYAMLLEAKx9Q';
const dir = tempDir('erscan-yaml-leak-');

describe('YAML errors do not quote the file', () => {
  it.each([
    ['alias.yaml', `graph:\n  clientSecret: *${MARK}\n`, /alias\.yaml: expected valid YAML .*, found Unresolved alias \(the anchor must be set before the alias\)$/],
    ['block.yaml', `graph:\n  clientSecret: |${MARK}\n    x\n`, /block\.yaml:2:18: expected valid YAML, found Block scalar header includes extra characters$/],
    ['tag.yaml', `graph:\n  clientSecret: !<${MARK}> x\n  other: [\n`, /tag\.yaml:\d+:\d+: expected valid YAML, found /],
    ['token.yaml', `graph: {clientSecret: ${MARK}, }}\n`, /token\.yaml:1:\d+: expected valid YAML, found Unexpected flow-map-end token in YAML stream$/],
  ])('%s', (name, text, message) => {
    const f = join(dir, name);
    writeFileSync(f, text);
    let error = '';
    try {
      readDataFile(f);
    } catch (e) {
      error = (e as Error).message;
    }
    expect(error).toMatch(message);
    expect(error).not.toContain(MARK);
  });
});
