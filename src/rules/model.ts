import type { Category, Severity } from '../findings/model.js';
import type { ResourceKind } from '../inventory/model.js';

/** A condition over one resource's normalised fields (see src/inventory/model.ts). */
export type Condition =
  | { allOf: Condition[] }
  | { anyOf: Condition[] }
  | { not: Condition }
  | LeafCondition;

export interface LeafCondition {
  /** Dotted path into the resource, e.g. `tier`, `macsec.cipher`, `microsoftPeeringConfig.customerASN`. */
  field: string;
  equals?: unknown;
  notEquals?: unknown;
  /** Case-insensitive membership for strings. */
  in?: unknown[];
  notIn?: unknown[];
  exists?: boolean;
  greater?: number | string;
  greaterOrEquals?: number | string;
  less?: number | string;
  lessOrEquals?: number | string;
  /** Anchored safe regular expression (no backreferences or lookarounds), case-insensitive. */
  matches?: string;
  startsWith?: string;
  contains?: unknown;
  /** Array length comparisons: `{ field: peerings, count: { greaterOrEquals: 1 } }`. */
  count?: { equals?: number; greater?: number; greaterOrEquals?: number; less?: number; lessOrEquals?: number };
}

export interface RuleDefinition {
  id: string;
  name: string;
  title: string;
  category: Category;
  severity: Severity;
  pillar: 'reliability' | 'security' | 'cost-optimization' | 'operational-excellence' | 'performance-efficiency';
  tags: string[];
  /** The resource kind the rule evaluates; `estate` rules use a named function. */
  resource: ResourceKind | 'estate';
  /** Only resources matching this condition are evaluated (others are not applicable). */
  where?: Condition;
  /** The resource complies when this condition holds. */
  assert?: Condition;
  /** Named TypeScript check (src/rules/functions/) for topology or estate-level logic. */
  function?: string;
  /** Message template: `{name}`, `{field.path}`, `{actual}`, `{expected}`, `{params.x}`. */
  message: string;
  /** What `{expected}` renders as (defaults to a description of the assert). */
  expected?: string;
  remediation: string;
  links: string[];
  /** Default parameter values; overridable from the config file. */
  parameters?: Record<string, unknown>;
  /** Equivalent checks in other tools, by tool name (PSRule, APRL, Advisor, …). */
  references?: Record<string, string[]>;
  /** Marks rules that are off unless selected (policy choices, e.g. end-to-end encryption). */
  enabledByDefault?: boolean;
  /**
   * The rule reads deployed state (provisioning or connection states) that only resources read from
   * Azure have: it is not evaluated on ARM templates and Terraform plans.
   */
  deployedState?: boolean;
  /**
   * Data the rule needs that not every source carries (src/rules/requires.ts: diagnosticSettings,
   * metricAlerts, maintenanceConfigurations, gatewaySubnetNsg, connectionStatus). Where the input
   * lacks it the rule is reported as not evaluated, never silently passed.
   */
  requires?: string[];
  /** Markdown documentation (from the `.md` beside the rule file). */
  doc: string;
  /** Path of the rule file. */
  file: string;
}
