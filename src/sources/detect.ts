/** Recognises an input document by its content (never by file name). */
import { isObj } from '../util/objects.js';
export type InputFormat =
  | 'snapshot' // erscan's own inventory snapshot
  | 'graph-cli' // `az graph query` output: { count, data, skip_token, total_records }
  | 'graph-rest' // Resource Graph REST QueryResponse: { totalRecords, count, resultTruncated, data }
  | 'rows' // a plain array of Resource Graph rows / ARM resources
  | 'arm-list' // ARM list response: { value: [...] }
  | 'arm-resource' // one ARM GET response
  | 'arm-template' // ARM deployment template (also what `bicep build` emits)
  | 'arm-parameters' // ARM deployment parameter file
  | 'terraform-plan' // `terraform show -json` output
  | 'terraform-config' // Terraform configuration in its JSON syntax (`.tf.json`): not read, erscan reads plans
  | 'azure-policy' // an Azure Policy definition, initiative or rule: recognised to be named, never read
  | 'erscan-output' // erscan's own report, trend or diff (report.json, trend.json, diff.json): recognised to be named, never read
  | 'unknown';

/** An id of a resource under a subscription (`/subscriptions/…/providers/Namespace/type/name…`). */
const ARM_RESOURCE_ID = /^\/subscriptions\/[^/]+\/.*providers\/[^/]+\/[^/]+\/[^/]+/i;

export function detectFormat(doc: unknown): InputFormat {
  if (Array.isArray(doc)) return 'rows';
  if (!isObj(doc)) return 'unknown';
  if ('erscanSnapshot' in doc) return 'snapshot';
  if (erscanOutputKind(doc) !== undefined) return 'erscan-output';
  const schema = typeof doc.$schema === 'string' ? doc.$schema.toLowerCase() : '';
  if (schema.includes('deploymenttemplate') || (Array.isArray(doc.resources) && 'contentVersion' in doc && !schema.includes('parameters')))
    return 'arm-template';
  if (schema.includes('deploymentparameters') || schema.includes('parameters.json')) return 'arm-parameters';
  if ('format_version' in doc && ('planned_values' in doc || 'resource_changes' in doc || 'terraform_version' in doc)) return 'terraform-plan';
  if (isTerraformJsonConfiguration(doc)) return 'terraform-config';
  if (azurePolicyKind(doc) !== undefined) return 'azure-policy';
  if ('data' in doc && ('skip_token' in doc || 'total_records' in doc)) return 'graph-cli';
  if ('data' in doc && ('totalRecords' in doc || 'resultTruncated' in doc)) return 'graph-rest';
  if (Array.isArray(doc.value)) return 'arm-list';
  if (typeof doc.id === 'string' && typeof doc.type === 'string') return 'arm-resource';
  // Some child resources' GET responses carry no type (ExpressRouteConnection, ExpressRouteLink): their id names it.
  if (typeof doc.id === 'string' && doc.type === undefined && isObj(doc.properties) && ARM_RESOURCE_ID.test(doc.id)) return 'arm-resource';
  return 'unknown';
}

/**
 * What a file erscan itself wrote is (its JSON report, trend or diff), or undefined for any other document: found
 * in a folder that is scanned (reports kept beside a snapshot, `--out` inside the folder), it is named, not read.
 */
export function erscanOutputKind(doc: unknown): string | undefined {
  if (!isObj(doc) || !isObj(doc.tool) || doc.tool.name !== 'erscan') return undefined;
  if ('schemaVersion' in doc && Array.isArray(doc.findings)) return 'an erscan JSON report';
  if ('trendVersion' in doc) return 'an erscan trend (trend.json)';
  if ('diffVersion' in doc) return 'an erscan diff (diff.json)';
  return undefined;
}

const POLICY_DEFINITION = 'an Azure Policy definition';
const POLICY_INITIATIVE = 'an Azure Policy initiative (policy set definition)';

/**
 * What an Azure Policy document is, or undefined for any other document. Policy repositories hold
 * definitions (`{ "properties": { "mode", "parameters", "policyRule": { "if", "then" } } }`, with or
 * without the `id`, `name` and `type` Microsoft.Authorization/policyDefinitions envelope, or the
 * properties alone), their rule on its own (`{ "if": …, "then": { "effect": … } }`, as azurepolicy.rules.json)
 * and initiatives (`properties.policyDefinitions[].policyDefinitionId`). None of them is a template or a
 * resource erscan reads: they are recognised only to be named for what they are
 * (learn.microsoft.com/azure/governance/policy/concepts/definition-structure-basics,
 * …/definition-structure-policy-rule and …/initiative-definition-structure).
 */
export function azurePolicyKind(doc: unknown): string | undefined {
  if (!isObj(doc)) return undefined;
  const type = typeof doc.type === 'string' ? doc.type.toLowerCase() : '';
  if (type === 'microsoft.authorization/policydefinitions') return POLICY_DEFINITION;
  if (type === 'microsoft.authorization/policysetdefinitions') return POLICY_INITIATIVE;
  const props = isObj(doc.properties) ? doc.properties : doc;
  if (isObj(props.policyRule)) return POLICY_DEFINITION;
  if (Array.isArray(props.policyDefinitions) && props.policyDefinitions.length > 0 && props.policyDefinitions.every((d) => isObj(d) && typeof d.policyDefinitionId === 'string')) return POLICY_INITIATIVE;
  if (isObj(doc.if) && isObj(doc.then) && 'effect' in doc.then && Object.keys(doc).every((k) => k === 'if' || k === 'then')) return 'an Azure Policy rule';
  return undefined;
}

/**
 * Parameter values without the parameter file's frame (`{ "name": { "value": … } }`, or `{ "parameters": … }`
 * without `$schema`): Microsoft Learn's parameter file has `$schema` (…/deploymentParameters.json#),
 * `contentVersion` and `parameters` (learn.microsoft.com/azure/azure-resource-manager/templates/parameter-files).
 * Such a file is not read as parameters, but it is never skipped in silence either: the template beside it
 * would be judged with values that are not the ones deployed.
 */
export function isUnframedParameters(doc: unknown): boolean {
  if (!isObj(doc) || typeof doc.$schema === 'string') return false;
  const values = isObj(doc.parameters) && Object.keys(doc).every((k) => ['parameters', 'contentVersion'].includes(k)) ? doc.parameters : doc;
  const entries = Object.values(values);
  return entries.length > 0 && entries.every((e) => isObj(e) && ('value' in e || 'reference' in e) && Object.keys(e).every((k) => ['value', 'reference', 'metadata'].includes(k)));
}

export const FORMAT_DESCRIPTIONS = 'an erscan snapshot, Resource Graph output (az graph query JSON or an array of rows), an ARM GET/list response ({"value": [...]}), an ARM template or parameter file, or a Terraform plan or state (terraform show -json)';

/** Text that names a resource type erscan reads (a file of no known format that does is not skipped in a folder). */
export const NAMES_EXPRESSROUTE = /microsoft\.network\/(?:expressroute(?:circuits|ports|gateways)|virtualnetworkgateways|connections)\b/i;

/** Whether a template (its parsed value) names an ExpressRoute resource type anywhere: else nothing in it is judged. */
export function declaresExpressRoute(template: unknown): boolean {
  return NAMES_EXPRESSROUTE.test(JSON.stringify(template));
}

/**
 * Terraform configuration, which erscan does not read (it reads what a plan will deploy, with the values
 * Terraform computed). Top-level blocks of the JSON syntax (`.tf.json`), from
 * developer.hashicorp.com/terraform/language/syntax/json; `"//"` is a comment.
 */
const TERRAFORM_BLOCKS = ['resource', 'data', 'module', 'provider', 'terraform', 'variable', 'output', 'locals', 'moved', 'import', 'removed', 'check', 'ephemeral'];

function isTerraformJsonConfiguration(doc: Record<string, unknown>): boolean {
  const keys = Object.keys(doc).filter((k) => k !== '//');
  return keys.length > 0 && keys.every((k) => TERRAFORM_BLOCKS.includes(k) && isObj(doc[k]));
}

/** A top-level block of Terraform's native syntax (`resource "azurerm_express_route_circuit" "er" {`, `terraform {`). */
const HCL_BLOCK = new RegExp(`^[ \\t]*(?:${TERRAFORM_BLOCKS.join('|')})(?:\\s+(?:"[^"\\n]*"|[A-Za-z_][\\w-]*))*\\s*\\{`, 'm');

/** Whether a text (not JSON) is Terraform configuration in its native syntax (a `.tf` file). */
export function isTerraformHcl(text: string): boolean {
  return HCL_BLOCK.test(text);
}

/** Terraform configuration that declares ExpressRoute resources: azurerm types, a module whose source names ExpressRoute, AzAPI's ARM types. */
export const TERRAFORM_NAMES_EXPRESSROUTE = /express_?route|azurerm_virtual_network_gateway|microsoft\.network\/(?:virtualnetworkgateways|connections)\b/i;

/** What erscan reads instead of Terraform configuration, as errors and gaps say it. */
export const TERRAFORM_PLAN_EXPECTED = 'a Terraform plan in JSON (terraform plan -out plan.out, then terraform show -json plan.out > plan.json)';
