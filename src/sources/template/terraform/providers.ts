import { PLACEHOLDER_SUBSCRIPTION, standInOf } from '../ids.js';
import { isObj } from '../../../util/objects.js';

/**
 * The subscription a plan resource deploys to, from its provider configuration. A configuration with
 * two `provider "azurerm"` blocks (one `alias = "hub"`) deploys to two subscriptions; the plan says which
 * block each resource uses (`configuration.root_module.resources[].provider_config_key`, `azurerm` or
 * `azurerm.hub`; in a module that declares its own block, `module.x:azurerm`) and what each block sets
 * (`configuration.provider_config[key].expressions.subscription_id`).
 *
 * - a constant `subscription_id` is the subscription;
 * - one from a variable or a reference is not known from the plan: a stand-in per expression (the module and
 *   the references it reads), the same for every resource of that configuration and different from every
 *   other configuration's unless it reads the same references, so resources of two configurations never
 *   merge (the redundancy rules count circuits per subscription);
 * - none (the subscription comes from the environment: ARM_SUBSCRIPTION_ID, the Azure CLI): the shared
 *   placeholder, as for a plan without configuration.
 */


/** The provider configuration keys of a configuration resource (`provider_config_key`, or OpenTofu's `provider_config_keys`). */
function providerConfigKeys(configResource: Record<string, unknown> | undefined): string[] {
  if (!configResource) return [];
  if (typeof configResource.provider_config_key === 'string') return [configResource.provider_config_key];
  const keys = configResource.provider_config_keys;
  return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
}

/** The subscription one provider configuration sets (see the module comment). */
function subscriptionOfConfig(key: string, config: Record<string, unknown>): string {
  const expr = isObj(config.expressions) ? config.expressions.subscription_id : undefined;
  if (!isObj(expr)) return PLACEHOLDER_SUBSCRIPTION;
  if ('constant_value' in expr) return typeof expr.constant_value === 'string' && expr.constant_value !== '' ? expr.constant_value : PLACEHOLDER_SUBSCRIPTION;
  const refs = Array.isArray(expr.references) ? expr.references.filter((r): r is string => typeof r === 'string') : [];
  // A single variable names the stand-in (`‹var.hub_subscription_id›` where a report shows the subscription).
  const variable = refs.length === 1 && /^var\.[A-Za-z0-9_-]+$/.test(refs[0]) ? refs[0] : undefined;
  // Configurations of one module whose subscription_id reads the same references set the same value (two
  // aliases of `var.subscription_id`): one stand-in. Otherwise one per configuration.
  const module = key.includes(':') ? key.slice(0, key.lastIndexOf(':')) : '';
  return standInOf(refs.length > 0 ? `terraform|provider-subscription|${module}|${[...refs].sort().join(',')}` : `terraform|provider|${key}|subscription_id`, variable);
}

/**
 * The subscription of one provider configuration key. A key the plan does not list (a module's
 * `module.x:azurerm`, which plans of older Terraform versions leave unresolved: the module inherits its
 * caller's configuration or is passed one, and the plan does not say which) is the subscription every
 * configuration of that provider sets when they agree, else a stand-in of its own: never one of them guessed.
 */
function subscriptionOfKey(providerConfigs: Record<string, unknown>, key: string): string {
  const config = providerConfigs[key];
  if (isObj(config)) return subscriptionOfConfig(key, config);
  const name = key.replace(/^.*:/, '').split('.')[0];
  const subs = new Set(Object.entries(providerConfigs).flatMap(([k, c]) => (isObj(c) && c.name === name ? [subscriptionOfConfig(k, c)] : [])));
  if (subs.size === 0) return PLACEHOLDER_SUBSCRIPTION;
  return subs.size === 1 ? [...subs][0] : standInOf(`terraform|provider|${key}|subscription_id`);
}

/**
 * The subscription of a plan resource, from its configuration resource and the plan's `provider_config`.
 * Several keys that disagree (OpenTofu's provider `for_each`: which instance is used is not in the
 * configuration) give a stand-in of the resource's own, so it never merges with another.
 */
export function subscriptionOf(providerConfigs: Record<string, unknown>, configResource: Record<string, unknown> | undefined, address: string): string {
  const subs = [...new Set(providerConfigKeys(configResource).map((k) => subscriptionOfKey(providerConfigs, k)))];
  if (subs.length === 0) return PLACEHOLDER_SUBSCRIPTION;
  return subs.length === 1 ? subs[0] : standInOf(`terraform|${address}|subscription_id`);
}
