import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { loadInputs } from '../../src/sources/index.js';
import { runCli, tempDir, writeJson } from '../helpers/cli.js';

// A parameter file named on the command line that pairs with no template by metadata.template or by name
// (the Azure landing zone layout keeps them in a `parameters/` folder): its values are the ones the user
// gates on, so they are used with the only template that takes parameters, or the file is an input error.
// Before, it was a notice and the template was scanned with its defaults: exit 0, coverage complete.

const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const PARAMS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';

/** A provider circuit whose tier (Premium by default) a parameter sets. */
const circuit = (name: string) => ({
  $schema: TEMPLATE_SCHEMA,
  contentVersion: '1.0.0.0',
  parameters: { tier: { type: 'string', defaultValue: 'Premium' } },
  resources: [
    {
      type: 'Microsoft.Network/expressRouteCircuits',
      apiVersion: '2023-09-01',
      name,
      location: 'westeurope',
      sku: { name: "[concat(parameters('tier'), '_MeteredData')]", tier: "[parameters('tier')]", family: 'MeteredData' },
      properties: { serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000 } },
    },
  ],
});
const noParameters = { $schema: TEMPLATE_SCHEMA, contentVersion: '1.0.0.0', resources: [] };
const values = (v: Record<string, unknown>, metadata?: Record<string, unknown>) => ({
  $schema: PARAMS_SCHEMA,
  contentVersion: '1.0.0.0',
  ...(metadata ? { metadata } : {}),
  parameters: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, { value: x }])),
});

/** infra/<templates> and infra/parameters/<parameter files>, as the landing zone templates lay them out. */
function layout(templates: Record<string, unknown>, parameters: Record<string, unknown>): { dir: string; at: (f: string) => string } {
  const dir = tempDir('erscan-params-');
  mkdirSync(join(dir, 'infra', 'parameters'), { recursive: true });
  for (const [f, doc] of Object.entries(templates)) writeJson(join(dir, 'infra'), f, doc);
  for (const [f, doc] of Object.entries(parameters)) writeJson(join(dir, 'infra', 'parameters'), f, doc);
  return { dir, at: (f) => join(dir, 'infra', f) };
}

const tiers = (output: ReturnType<typeof loadInputs>['output']) =>
  buildInventory(output.raws).inventory.circuits.map((c) => `${c.name}=${c.tier}${c.source?.parameterFile ? ` (${c.source.parameterFile.replace(/^.*[\\/]infra[\\/]/, '')})` : ''}`).sort();

describe('a parameter file named on the command line', () => {
  it('is used with the only template that takes parameters, said in a notice', () => {
    const { at } = layout({ 'main.json': circuit('er-hub'), 'empty.json': noParameters }, { 'prod.json': values({ tier: 'Local' }) });
    const { output, errors } = loadInputs([at('main.json'), at('empty.json'), at('parameters/prod.json')]);
    expect(errors).toEqual([]);
    expect(tiers(output)).toEqual(['er-hub=Local (parameters/prod.json)']);
    expect(output.notices.join('\n')).toMatch(/parameters[\\/]prod\.json: parameter file used with .*main\.json, the only template scanned that takes parameters/);
  });

  it('is used once when the folder that holds it is named too', () => {
    const { at } = layout({ 'main.json': circuit('er-hub') }, { 'prod.json': values({ tier: 'Local' }) });
    const { output, errors } = loadInputs([at(''), at('parameters/prod.json')]);
    expect(errors).toEqual([]);
    expect(tiers(output)).toEqual(['er-hub=Local (parameters/prod.json)']);
    expect(buildInventory(output.raws).inventory.circuits[0].id).not.toMatch(/\{resourceGroup:[^}]*\}\{/);
  });

  it('gives each such file its own deployment', () => {
    const { at } = layout({ 'main.json': circuit('er-hub') }, { 'dev.json': values({ tier: 'Standard' }), 'prod.json': values({ tier: 'Local' }) });
    const { output, errors } = loadInputs([at('main.json'), at('parameters/dev.json'), at('parameters/prod.json')]);
    expect(errors).toEqual([]);
    expect(tiers(output)).toEqual(['er-hub=Local (parameters/prod.json)', 'er-hub=Standard (parameters/dev.json)']);
  });

  it('still has the parameters the template does not declare refused, naming them', () => {
    const { at } = layout({ 'main.json': circuit('er-hub') }, { 'prod.json': values({ tier: 'Local', extra: 1 }) });
    const { errors } = loadInputs([at('main.json'), at('parameters/prod.json')]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/prod\.json: at \$\.parameters\.extra: expected only parameters that main\.json declares \(tier\)/)]);
  });

  it('is an input error naming the file when several templates take parameters and it names none, and the rest is scanned', () => {
    const { at } = layout({ 'main.json': circuit('er-hub'), 'spoke.json': circuit('er-spoke') }, { 'prod.json': values({ tier: 'Local' }) });
    const { output, errors } = loadInputs([at('main.json'), at('spoke.json'), at('parameters/prod.json')]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /parameters[\\/]prod\.json: expected a parameter file that says which template it is for: "metadata": \{ "template": "<path of the template>" \}.*or the name <template>\.parameters\.json .*beside its template, found 2 templates scanned that take parameters \(.*main\.json, .*spoke\.json\), none of which it names, so these values are not checked/,
      ),
    ]);
    expect(output.gaps.map((g) => g.scope)).toEqual([expect.stringMatching(/parameters[\\/]prod\.json$/)]);
    expect(tiers(output)).toEqual(['er-hub=Premium', 'er-spoke=Premium']);
  });

  it('is an input error when no template scanned takes parameters', () => {
    const { at } = layout({ 'empty.json': noParameters }, { 'prod.json': values({ tier: 'Local' }) });
    const { errors } = loadInputs([at('empty.json'), at('parameters/prod.json')]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/prod\.json: expected a parameter file that says which template it is for: .*found no template scanned that takes parameters \(1 template scanned\)/)]);
  });

  it('is an input error when its metadata.template names a template that is not scanned', () => {
    const { at } = layout({ 'main.json': circuit('er-hub') }, { 'prod.json': values({ tier: 'Local' }, { template: '../elsewhere.json' }) });
    const { output, errors } = loadInputs([at('main.json'), at('parameters/prod.json')]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/prod\.json: at \$\.metadata\.template: expected its template .*elsewhere\.json among the inputs/)]);
    expect(tiers(output)).toEqual(['er-hub=Premium']);
  });

  it('exits 2 on the command line, naming the file, instead of passing with the defaults', () => {
    const { dir } = layout({ 'main.json': circuit('er-hub'), 'spoke.json': circuit('er-spoke') }, { 'prod.json': values({ tier: 'Local' }) });
    const run = runCli(['scan', 'infra/main.json', 'infra/spoke.json', 'infra/parameters/prod.json', '--format', 'console', '--fail-on', 'none'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/infra\/parameters\/prod\.json: expected a parameter file that says which template it is for/);
  });
});

describe('a parameter file found in a folder', () => {
  it('that pairs with no template is still a notice, and the template is scanned with its defaults', () => {
    const { at } = layout({ 'main.json': circuit('er-hub') }, { 'prod.json': values({ tier: 'Local' }) });
    const { output, errors } = loadInputs([at('')]);
    expect(errors).toEqual([]);
    expect(tiers(output)).toEqual(['er-hub=Premium']);
    expect(output.notices.join('\n')).toMatch(/prod\.json: parameter file not used: name it <template>\.parameters\.json beside its template \(no template in its folder\)/);
  });
});
