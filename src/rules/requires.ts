/**
 * Data a rule needs that not every source carries (a rule's `requires:` in its YAML). A source
 * declares what it read by setting the field on the resource (the live crawl attaches diagnostic
 * settings, metric alerts, maintenance assignments and GatewaySubnet NSGs under `row.erscan`;
 * Resource Graph exports, ARM templates and Terraform plans do not carry them). Where the data is
 * missing the rule is reported as **not evaluated**, in a notice that names the rules, the data and
 * why, never silently treated as compliant.
 *
 * A rule missing its data on every resource it applies to is not run at all (so a baseline finding
 * of it is "not re-evaluated", not "fixed"); one missing it on some resources runs on the others and
 * the notice names how many were left out.
 */
import { isTemplateResource, isUnknown } from '../inventory/facts.js';
import type { AnyResource, Inventory } from '../inventory/model.js';
import type { RuleDefinition } from './model.js';

export interface Requirement {
  /** What the data is, for notices ("diagnostic settings"). */
  what: string;
  /** Why a source may not carry it and where it comes from. */
  why: string;
  /** Why, when the resources without it all come from templates (which can declare it), if that differs. */
  whyTemplate?: string;
  /**
   * The template kinds whose files erscan reads this data from, when not all of them: `whyTemplate` (what the scanned
   * files declare) is said only when every resource without the data comes from one of them, never of a Terraform plan
   * whose declarations of it erscan does not read.
   */
  templateKinds?: readonly string[];
  /** The resources the data belongs to. */
  applies(r: AnyResource): boolean;
  /** True when the source carried the data for this resource (even when it is empty: "none"). */
  carried(r: AnyResource): boolean;
}

/** Files of resource rows, of any kind erscan reads (an ARM list file is read as rows too): the notices name no one kind. */
const ROWS = 'resource rows (Resource Graph results, ARM list or GET responses)';

const ARM_ONLY = `erscan does not read them from ${ROWS}, ARM templates or Terraform plans; \`erscan collect\` and \`scan --graph\` read them`;

/** The data names a rule may list under `requires:` (schemas/rule.schema.json). */
export const REQUIREMENTS: Record<string, Requirement> = {
  diagnosticSettings: {
    what: 'diagnostic settings',
    why: `erscan does not read them from ${ROWS}, and ARM templates and Terraform plans carry only those they declare; \`erscan collect\` and \`scan --graph\` read them through ARM (Microsoft.Insights/diagnosticSettings)`,
    whyTemplate: 'the scanned templates declare none for them, and Azure Policy or another deployment may add one (not decidable from these files)',
    applies: (r) => r.kind === 'circuit' || r.kind === 'port' || r.kind === 'gateway',
    carried: (r) => 'diagnosticSettingsCount' in r && r.diagnosticSettingsCount !== undefined,
  },
  metricAlerts: {
    what: 'metric alert rules',
    why: `${ARM_ONLY} from Resource Graph (microsoft.insights/metricalerts)`,
    applies: (r) => r.kind === 'circuit' || r.kind === 'port' || r.kind === 'gateway',
    carried: (r) => 'metricAlertCount' in r && r.metricAlertCount !== undefined,
  },
  maintenanceConfigurations: {
    what: 'maintenance configuration assignments',
    why: `erscan does not read them from ${ROWS} or Terraform plans, and ARM templates carry only those they declare (Microsoft.Maintenance/configurationAssignments); \`erscan collect\` and \`scan --graph\` read them from Resource Graph's maintenanceresources table`,
    whyTemplate: 'the scanned templates assign none to them (Microsoft.Maintenance/configurationAssignments), and another deployment may assign one (not decidable from these files)',
    templateKinds: ['arm', 'bicep'],
    applies: (r) => r.kind === 'gateway',
    carried: (r) => r.kind === 'gateway' && r.maintenanceConfigurationIds !== undefined,
  },
  gatewaySubnetNsg: {
    what: 'the network security group of the GatewaySubnet',
    why: `the subnet is a property of the virtual network, not of the gateway; erscan does not read it from ${ROWS} or Terraform plans, and ARM templates carry only the GatewaySubnets they declare; \`erscan collect\` and \`scan --graph\` read it from Resource Graph (microsoft.network/virtualnetworks)`,
    whyTemplate: "the scanned templates do not declare the gateway's GatewaySubnet (inline in its virtual network's `properties.subnets` or as a Microsoft.Network/virtualNetworks/subnets resource): the network may be deployed from other files (not decidable from these files)",
    templateKinds: ['arm', 'bicep'],
    applies: (r) => r.kind === 'gateway' && r.flavor === 'vnet',
    // Read and left open by a template (a parameter without a value): the rule's verdict is unknown, never "not evaluated".
    carried: (r) => r.kind === 'gateway' && (r.gatewaySubnetNsgId !== undefined || isUnknown(r, 'gatewaySubnetNsgId')),
  },
  connectionStatus: {
    what: 'the connection status',
    why: 'the input row has no properties.connectionStatus (it is runtime state: ARM GET of the connection reports it, Resource Graph rows may not)',
    applies: (r) => r.kind === 'connection' && r.flavor === 'vnet',
    carried: (r) => r.kind === 'connection' && r.connectionStatus !== undefined,
  },
};

const KIND_WORDS: Record<string, [string, string]> = {
  circuit: ['circuit', 'circuits'],
  port: ['Direct port', 'Direct ports'],
  gateway: ['gateway', 'gateways'],
  connection: ['connection', 'connections'],
  peering: ['peering', 'peerings'],
  link: ['port link', 'port links'],
};

/** The lists of the resources a rule applies to (a rule on the estate: every circuit, port, gateway and connection). */
function listsFor(inv: Inventory, rule: RuleDefinition): readonly AnyResource[][] {
  switch (rule.resource) {
    case 'circuit':
      return [inv.circuits];
    case 'port':
      return [inv.ports];
    case 'gateway':
      return [inv.gateways];
    case 'connection':
      return [inv.connections];
    default:
      return [inv.circuits, inv.ports, inv.gateways, inv.connections];
  }
}

/** What a requirement finds on a rule's resources: how many it applies to, and of those, how many lack the data (by kind). */
interface Shortfall {
  applicable: number;
  missing: number;
  byKind: Map<string, number>;
  /** Every resource without the data comes from a template. */
  allTemplates: boolean;
}

/**
 * Visits the resources of `lists` that a requirement is checked on (it applies to them, and a rule on
 * deployed state skips templates), with whether each is from a template, in one pass and without a
 * list of them: on a large estate that lacks the data (a Resource Graph export has no diagnostic
 * settings) two filtered copies of the lists per rule cost ~0.25 s at 100,000 circuits.
 */
function forEachChecked(lists: readonly AnyResource[][], rule: RuleDefinition, req: Requirement, visit: (r: AnyResource, template: boolean) => void): void {
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (!req.applies(r)) continue;
      const template = isTemplateResource(r);
      if (rule.deployedState && template) continue;
      visit(r, template);
    }
  }
}

/** How many resources a requirement is checked on, and which lack its data (counted by kind). */
function shortfallOf(lists: readonly AnyResource[][], rule: RuleDefinition, req: Requirement): Shortfall {
  const out: Shortfall = { applicable: 0, missing: 0, byKind: new Map(), allTemplates: true };
  forEachChecked(lists, rule, req, (r, template) => {
    out.applicable++;
    if (req.carried(r)) return;
    out.missing++;
    out.byKind.set(r.kind, (out.byKind.get(r.kind) ?? 0) + 1);
    if (!template || (req.templateKinds !== undefined && !req.templateKinds.includes(r.source?.kind ?? ''))) out.allTemplates = false;
  });
  return out;
}

/** The keys of the resources a requirement is checked on that lack its data, added to `keys`. */
function addMissingKeys(lists: readonly AnyResource[][], rule: RuleDefinition, req: Requirement, keys: Set<string>): void {
  forEachChecked(lists, rule, req, (r) => {
    if (!req.carried(r)) keys.add(r.key);
  });
}

export interface RequirementOutcome {
  /** The rules to run (those whose data is missing everywhere are left out). */
  rules: RuleDefinition[];
  /** Ids of the rules not run for lack of data. */
  notEvaluated: string[];
  /**
   * Rules run on some resources only: rule id → lower-cased ids of the resources left out for lack of data
   * (so a baseline finding on one of them is "not re-evaluated", never "fixed").
   */
  skipped: Map<string, Set<string>>;
  notices: string[];
}

/**
 * Checks every rule's `requires:` against what the inventory carries. Linear in rules with
 * requirements × resources of their kind.
 */
export function applyRequirements(inv: Inventory, rules: RuleDefinition[]): RequirementOutcome {
  const run: RuleDefinition[] = [];
  const notEvaluated: string[] = [];
  const skipped = new Map<string, Set<string>>();
  // One notice per (data, extent): rules sharing a requirement and outcome are named together.
  const groups = new Map<string, { data: string; rules: string[]; whole: boolean; templates: boolean; missing: Map<string, number>; total: number }>();
  for (const rule of rules) {
    const needs = rule.requires ?? [];
    let skip = false;
    for (const name of needs) {
      const req = REQUIREMENTS[name];
      if (!req) continue; // the schema refuses unknown names; a user rule from an older schema is run as is
      const lists = listsFor(inv, rule);
      const found = shortfallOf(lists, rule, req);
      if (found.missing === 0) continue;
      const whole = found.missing === found.applicable;
      if (whole) skip = true;
      else {
        const left = skipped.get(rule.id) ?? new Set<string>();
        addMissingKeys(lists, rule, req, left);
        skipped.set(rule.id, left);
      }
      const byKind = found.byKind;
      const templates = req.whyTemplate !== undefined && found.allTemplates;
      const key = `${name}|${whole}|${templates}|${[...byKind.entries()].sort().map(([k, n]) => `${k}:${n}`).join(',')}|${found.applicable}`;
      const g = groups.get(key) ?? { data: name, rules: [], whole, templates, missing: byKind, total: found.applicable };
      g.rules.push(rule.id);
      groups.set(key, g);
    }
    if (skip) {
      notEvaluated.push(rule.id);
      skipped.delete(rule.id);
    } else run.push(rule);
  }
  const notices: string[] = [];
  for (const g of groups.values()) {
    const req = REQUIREMENTS[g.data];
    const counts = [...g.missing.entries()]
      .sort()
      .map(([k, n]) => `${n} ${KIND_WORDS[k]?.[n === 1 ? 0 : 1] ?? k}`)
      .join(', ');
    const ids = g.rules.sort().join(', ');
    const why = g.templates ? req.whyTemplate! : req.why;
    notices.push(
      g.whole
        ? `not evaluated: ${ids} (${g.rules.length === 1 ? 'needs' : 'need'} ${req.what}, which the input does not carry for its ${counts}; ${why})`
        : `partly evaluated: ${ids} skipped ${counts} of ${g.total}, for which the input does not carry ${req.what} (${why})`,
    );
  }
  return { rules: run, notEvaluated, skipped, notices };
}
