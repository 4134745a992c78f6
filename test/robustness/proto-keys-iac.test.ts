import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exitCodeFor, runPipeline, type ScanArgs } from '../../src/cli/pipeline.js';
import { ROOT, tempDir, writeJson } from '../helpers/cli.js';

/**
 * `__proto__` keys in infrastructure as code are data. A Terraform plan's AzAPI body (`azapi_resource`, and the patch
 * of an `azapi_update_resource`) with `"__proto__": {"polluted": true}` set `polluted` on every object of the process
 * (the row builder followed the key to Object.prototype); so could a template property that holds a parameter's
 * possible values. Each is read as a plain key, and nothing outside the row changes.
 */
const dir = tempDir('erscan-proto-iac-');
const polluted = () => (Object.prototype as Record<string, unknown>).polluted;

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

async function scan(file: string): Promise<{ code: number; errors: string[] }> {
  const args: ScanArgs = { inputs: [file], failOn: 'none' };
  const outcome = await runPipeline(args, new Date('2026-01-01T00:00:00Z'));
  return { code: exitCodeFor(outcome, args), errors: outcome.inputErrors.map((e) => e.message) };
}

/** A plan fixture with a `__proto__` key at the top of every AzAPI body and of its properties. */
function hostilePlan(fixture: string, name: string): string {
  const text = JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/iac', fixture, 'plan.json'), 'utf8')));
  const hostile = text.replaceAll('"body":{"properties":{', '"body":{"__proto__":{"polluted":true},"properties":{"__proto__":{"polluted":true},');
  expect(hostile).not.toBe(text);
  const file = join(dir, name);
  writeJson(dir, name, JSON.parse(hostile)); // JSON.parse keeps "__proto__" as an own key; writeJson writes it back
  expect(readFileSync(file, 'utf8')).toContain('"__proto__"');
  return file;
}

describe('__proto__ keys in templates and plans', () => {
  it.each([
    ['terraform-azapi-update', 'update.json'],
    ['terraform-azapi-sensitive-body', 'sensitive.json'],
  ])('a plan whose AzAPI bodies (%s) hold them: read, nothing polluted', async (fixture, name) => {
    const r = await scan(hostilePlan(fixture, name));
    expect(r.errors).toEqual([]);
    expect(polluted()).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a template whose property under __proto__ takes a parameter with allowed values: nothing polluted', async () => {
    const template = JSON.parse(`{
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "parameters": { "tier": { "type": "string", "allowedValues": ["Standard", "Premium"] } },
      "resources": [{
        "type": "Microsoft.Network/expressRouteCircuits", "apiVersion": "2024-05-01", "name": "er-ams", "location": "westeurope",
        "sku": { "name": "[concat(parameters('tier'), '_MeteredData')]", "tier": "[parameters('tier')]", "family": "MeteredData" },
        "properties": {
          "__proto__": { "polluted": "[parameters('tier')]" },
          "serviceProviderProperties": { "serviceProviderName": "Equinix", "peeringLocation": "Amsterdam", "bandwidthInMbps": 1000 }
        }
      }]
    }`);
    const file = writeJson(dir, 'template.json', template);
    const r = await scan(file);
    expect(r.errors).toEqual([]);
    expect(polluted()).toBeUndefined();
  });
});
