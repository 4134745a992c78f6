import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../src/inventory/build.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRules } from '../../src/rules/loader.js';
import { applyRequirements } from '../../src/rules/requires.js';
import { loadInputs } from '../../src/sources/index.js';
import { tempDir, writeJson } from '../helpers/cli.js';

// ERS-RED-012 reads the network security group on a gateway's GatewaySubnet. Templates declare that subnet inline in their
// virtual network's `properties.subnets[]` (the Azure quickstart templates; Azure Verified Modules' virtual-network module,
// as a copy loop over its `subnets` parameter) or as a Microsoft.Network/virtualNetworks/subnets resource (AVM's subnet
// module). erscan read neither: every template gateway was "not evaluated", an NSG on its GatewaySubnet included.
const gateway = (name: string, vnet: string) => ({
  type: 'Microsoft.Network/virtualNetworkGateways',
  apiVersion: '2024-05-01',
  name,
  location: 'westeurope',
  properties: {
    gatewayType: 'ExpressRoute',
    sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' },
    ipConfigurations: [{ name: 'default', properties: { subnet: { id: `[resourceId('Microsoft.Network/virtualNetworks/subnets', '${vnet}', 'GatewaySubnet')]` } } }],
  },
});
const nsg = "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-gw')]";
const NSG_ID = '/subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/networkSecurityGroups/nsg-gw';
const vnet = (name: string, properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'Microsoft.Network/virtualNetworks',
  apiVersion: '2024-05-01',
  name,
  location: 'westeurope',
  properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] }, ...properties },
  ...extra,
});
const subnet = (name: string, properties: Record<string, unknown> = {}) => ({ name, properties: { addressPrefix: '10.0.0.0/27', ...properties } });

function scan(template: unknown) {
  const file = writeJson(tempDir(), 'main.json', template);
  const { output, errors } = loadInputs([file]);
  expect(errors.map((e) => e.message)).toEqual([]);
  const { inventory, notices } = buildInventory(output.raws, output.subscriptions);
  const required = applyRequirements(inventory, loadRules().filter((r) => r.id === 'ERS-RED-012'));
  return { inventory, notices, loaderNotices: output.notices, required, findings: runRules(inventory, required.rules).findings };
}

describe('GatewaySubnets declared in templates (ERS-RED-012)', () => {
  const { inventory, notices, loaderNotices, required, findings } = scan({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: {
      nsgId: { type: 'string' },
      prefix: { type: 'string' },
      subnets: { type: 'array' },
      deploy: { type: 'bool' },
      spoke: { type: 'array', defaultValue: [{ name: 'default', nsg: '' }, { name: 'GatewaySubnet', nsg: nsg }] },
    },
    resources: [
      vnet('vnet-inline-nsg', { subnets: [subnet('default'), subnet('GatewaySubnet', { networkSecurityGroup: { id: nsg } })] }),
      gateway('gw-inline-nsg', 'vnet-inline-nsg'),
      vnet('vnet-inline-clean', { subnets: [subnet('gatewaysubnet', { addressPrefix: "[parameters('prefix')]" })] }),
      gateway('gw-inline-clean', 'vnet-inline-clean'),
      vnet('vnet-child-nsg', {}),
      { type: 'Microsoft.Network/virtualNetworks/subnets', apiVersion: '2024-05-01', name: 'vnet-child-nsg/GatewaySubnet', properties: { addressPrefix: '10.0.0.0/27', networkSecurityGroup: { id: nsg } } },
      gateway('gw-child-nsg', 'vnet-child-nsg'),
      vnet('vnet-nested-clean', {}, { resources: [{ type: 'subnets', apiVersion: '2024-05-01', name: 'GatewaySubnet', properties: { addressPrefix: '10.0.0.0/27' } }] }),
      gateway('gw-nested-clean', 'vnet-nested-clean'),
      // AVM's shape: an NSG only when its resource id parameter is not empty.
      vnet('vnet-param', { subnets: [subnet('GatewaySubnet', { networkSecurityGroup: "[if(not(empty(parameters('nsgId'))), createObject('id', parameters('nsgId')), null())]" })] }),
      gateway('gw-param', 'vnet-param'),
      vnet('vnet-open', { subnets: "[parameters('subnets')]" }),
      gateway('gw-open', 'vnet-open'),
      vnet('vnet-maybe', { subnets: [subnet('GatewaySubnet')] }, { condition: "[parameters('deploy')]" }),
      gateway('gw-maybe', 'vnet-maybe'),
      // What `bicep build` makes of `subnets: [for s in spoke: {…}]`: a property copy loop.
      vnet('vnet-copy', {
        copy: [
          {
            name: 'subnets',
            count: "[length(parameters('spoke'))]",
            input: {
              name: "[parameters('spoke')[copyIndex('subnets')].name]",
              properties: { addressPrefix: '10.0.0.0/27', networkSecurityGroup: "[if(empty(parameters('spoke')[copyIndex('subnets')].nsg), null(), createObject('id', parameters('spoke')[copyIndex('subnets')].nsg))]" },
            },
          },
        ],
      }),
      gateway('gw-copy', 'vnet-copy'),
      // Inline without an NSG, and as a resource with one (AVM declares both): which deploys last is not known.
      vnet('vnet-twice', { subnets: [subnet('GatewaySubnet')] }),
      { type: 'Microsoft.Network/virtualNetworks/subnets', apiVersion: '2024-05-01', name: 'vnet-twice/GatewaySubnet', properties: { addressPrefix: '10.0.0.0/27', networkSecurityGroup: { id: nsg } } },
      gateway('gw-twice', 'vnet-twice'),
      gateway('gw-elsewhere', 'vnet-not-here'),
      // Subnets that cannot be evaluated (a copy count that is not a number): a notice, and the NSG is not known.
      vnet('vnet-broken', { copy: [{ name: 'subnets', count: 'many', input: { name: 'GatewaySubnet' } }] }),
      gateway('gw-broken', 'vnet-broken'),
    ],
  });
  const byGateway = (name: string) => inventory.gateways.find((g) => g.name === name)!;
  const verdicts = Object.fromEntries(findings.map((f) => [f.resourceName, f.status ?? 'fail']));

  it('read the NSG of a GatewaySubnet declared inline, as a subnet resource, nested in its network, or by a property copy loop', () => {
    expect(byGateway('gw-inline-nsg').gatewaySubnetNsgId).toBe(NSG_ID);
    expect(byGateway('gw-child-nsg').gatewaySubnetNsgId).toBe(NSG_ID);
    expect(byGateway('gw-copy').gatewaySubnetNsgId).toBe(NSG_ID);
    expect(byGateway('gw-inline-clean').gatewaySubnetNsgId).toBeNull();
    expect(byGateway('gw-nested-clean').gatewaySubnetNsgId).toBeNull();
  });

  it('fail where the subnet has an NSG, pass where it has none, and leave it undecided where the template leaves it open', () => {
    expect(verdicts).toEqual({ 'gw-inline-nsg': 'fail', 'gw-child-nsg': 'fail', 'gw-copy': 'fail', 'gw-param': 'unknown', 'gw-open': 'unknown', 'gw-maybe': 'unknown', 'gw-twice': 'unknown', 'gw-broken': 'unknown' });
    const why = (name: string) => findings.find((f) => f.resourceName === name)!.message;
    expect(why('gw-param')).toMatch(/comes from parameter `nsgId`, which has no value here/);
    expect(why('gw-open')).toMatch(/its virtual network's `subnets` comes from parameter `subnets`, which has no value here/);
    expect(why('gw-maybe')).toMatch(/whether it is deployed depends on parameter `deploy`/);
    expect(why('gw-twice')).toMatch(/declarations name different network security groups \(none, .*nsg-gw\)/);
    expect(why('gw-broken')).toMatch(/erscan could not evaluate them: .*.*properties\.copy\[0\]\.count: expected a whole number of copies, found "many"/);
  });

  it('say "not evaluated" only for the gateway whose subnet no scanned file declares', () => {
    expect(byGateway('gw-elsewhere').gatewaySubnetNsgId).toBeUndefined();
    expect(required.notices).toEqual([expect.stringMatching(/^partly evaluated: ERS-RED-012 skipped 1 gateway of 11, .*the scanned templates do not declare the gateway's GatewaySubnet/)]);
    expect(notices.filter((n) => /rows? without an id/i.test(n))).toEqual([]);
    // Only what the rule reads is counted as unresolved: the subnets' address prefixes are none of it.
    const unresolved = loaderNotices.find((n) => /could not be resolved statically/.test(n))!;
    expect(unresolved).toMatch(/: 3 values could not be resolved statically \(GatewaySubnet properties\.networkSecurityGroup: comes from parameter `nsgId`/);
    expect(unresolved).not.toMatch(/addressPrefix/);
  });
});

// The quickstart expressroute-circuit-vnet-connection (Azure/azure-quickstart-templates, generated by Bicep from its main.bicep)
// writes `resourceId('Microsoft.Network/virtualNetworks/subnets/', vnet, 'GatewaySubnet')`, with a slash after the type, and
// deploys. erscan counted an empty third type segment, refused the expression ("expects 3 name segment(s) … found 2") and
// read nothing of the template (exit 2).
describe('resourceId() of a type written with a trailing slash', () => {
  it('is the id of the type without it, so the gateway is read and joins its GatewaySubnet', () => {
    const gw = gateway('gw-slash', 'vnet-slash');
    gw.properties.ipConfigurations[0].properties.subnet.id = "[resourceId('Microsoft.Network/virtualNetworks/subnets/', 'vnet-slash', 'GatewaySubnet')]";
    const { inventory, findings } = scan({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [vnet('vnet-slash', { subnets: [subnet('GatewaySubnet', { networkSecurityGroup: { id: nsg } })] }), gw],
    });
    expect(inventory.gateways.map((g) => g.name)).toEqual(['gw-slash']);
    expect(findings.filter((f) => f.ruleId === 'ERS-RED-012').map((f) => f.resourceName)).toEqual(['gw-slash']);
  });
});
