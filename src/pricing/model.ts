/** Cost estimate contracts (the `costs` and `priceCatalogue` parts of the JSON report, design.md). */

export type Zone = 'Zone 1' | 'Zone 2' | 'Zone 3' | 'Zone 4' | 'US Gov';
export type EgressSource = 'usage' | 'metrics' | 'none';

export type RecommendationKind =
  | 'switch-to-unlimited'
  | 'new-metered-circuit'
  | 'remove-premium'
  | 'add-premium'
  | 'upgrade-from-local'
  | 'move-to-local'
  | 'delete-unprovisioned'
  /** A provisioned circuit that carries nothing (ERS-COST-003): billed whether or not it is used. */
  | 'delete-unused';

/**
 * One change the pricing model can price on its own, for the cost of compliance (`finding.costImpactUsd`):
 * the monthly change of the bill, positive when it costs more, negative when it saves, null when a price
 * it needs is missing.
 */
export type FixKind = 'switch-to-unlimited' | 'new-metered-circuit' | 'remove-premium' | 'add-premium' | 'upgrade-from-local' | 'move-to-local' | 'delete';

/** How much of a resource's cost is priced: all of it, some parts (the figure is a lower bound), or none. */
export type Priced = 'full' | 'partial' | 'none';

export interface CostRecommendation {
  billingModel: string;
  tier: string;
  /**
   * current − advised, per month: positive saves, negative costs more (a change a finding requires, such as
   * adding Premium), null when a price it needs is missing (the advice stands; its saving is unknown).
   */
  monthlySavingsUsd: number | null;
  reason: string;
  /** What the advice is, for rules and reports. */
  kind?: RecommendationKind;
  /** Every change the advice makes (a required tier change can come with a billing-model change). */
  changes?: RecommendationKind[];
  /** True when the change is required (the circuit's tier is not enough for what it does), not a saving. */
  required?: boolean;
  /** True when Azure cannot make the change in place (Unlimited → Metered, bandwidth down): a new circuit is needed. */
  requiresNewCircuit?: boolean;
  /** Bandwidth of the advised circuit when it differs (Local is sold from 1 Gbps). */
  bandwidthMbps?: number;
}

export interface CircuitCost {
  resourceId: string;
  resourceName?: string;
  subscriptionId?: string;
  tenantId?: string;
  /** null when the peering location is not in the zone map (reported, never guessed). */
  zone: Zone | null;
  tier: string;
  billingModel: string;
  bandwidthMbps: number;
  egressGbPerMonth: number;
  egressSource: EgressSource;
  monthlyUsd: {
    current: number | null;
    metered: number | null;
    unlimited: number | null;
    local: number | null;
  };
  breakEvenGbPerMonth: number | null;
  recommendation: CostRecommendation | null;
  /** Human-readable caveats: unverified prices, unknown zone, missing usage, one-way doors. */
  notes?: string[];
  /** The peering location as the circuit names it (zone follows it, not the Azure region). */
  peeringLocation?: string;
  /**
   * Set when `peeringLocation` is an ExpressRoute Direct port location ("Equinix-Amsterdam-AM5"): the peering
   * location of Microsoft's providers page it maps to by facility ("Amsterdam"), whose zone prices it.
   */
  mappedPeeringLocation?: string;
  /** True for circuits on ExpressRoute Direct ports (the port pair carries the fee). */
  isDirect?: boolean;
  /** Azure Monitor metric behind `egressGbPerMonth` when `egressSource` is `metrics`. */
  egressMetric?: { metric?: string; days?: number };
  /** Metered egress charge included in `current` (0 on Unlimited and Local). */
  egressUsd?: number | null;
  globalReachGbPerMonth?: number;
  /** Global Reach add-on and per-GB charges included in every plan's figure (null: not priced). */
  globalReachUsd?: number | null;
  /** Whether the Premium add-on is needed: true, false, or null when erscan cannot tell. */
  premiumNeeded?: boolean | null;
  premiumReasons?: string[];
  /** Billed while the provider never provisioned it (or deprovisioned it), or carrying nothing: the whole bill is waste. */
  waste?: boolean;
  /** Figures used for this estimate that are not confirmed (each with the reason). */
  unverified?: string[];
  /** Keys of the catalogue's `sources` behind the figures used. */
  priceSources?: string[];
  /** `partial`: `monthlyUsd.current` is a lower bound, `missing` names what is left out; `none`: not priced. */
  priced: Priced;
  /** The parts with no price (Direct Premium add-on, Global Reach add-on, …). */
  missing?: string[];
  /** The monthly change of the bill of each single change the model priced (cost of compliance). */
  fixCosts?: Partial<Record<FixKind, number | null>>;
  /** Template values with several possible values: the lowest and highest `current` over them. */
  monthlyUsdRange?: { min: number; max: number };
}

/**
 * Advice on a gateway or Direct port that carries nothing (ERS-COST-005, ERS-COST-006): deleting it saves its bill,
 * `monthlySavingsUsd` (null when it is not priced in full: what deleting it saves is then not known).
 */
export interface OtherCostRecommendation {
  kind: 'delete-unused';
  monthlySavingsUsd: number | null;
  reason: string;
}

export interface OtherCost {
  resourceId: string;
  resourceName?: string;
  resourceType: string;
  subscriptionId?: string;
  tenantId?: string;
  monthlyUsd: number | null;
  basis: string;
  notes?: string[];
  /** Figures used for this estimate that are not confirmed (each with the reason). */
  unverified?: string[];
  priceSources?: string[];
  /** Direct ports: the egress of their circuits a Metered port bills per GB (Local circuits' left out: Local includes it) and the port-level break-even, when priced. */
  egressGbPerMonth?: number;
  breakEvenGbPerMonth?: number | null;
  priced: Priced;
  missing?: string[];
  /** Template values with several possible values: the lowest and highest monthly figure over them. */
  monthlyUsdRange?: { min: number; max: number };
  /** A gateway with no connection or a Direct port with no circuit: billed for nothing, its advice is to delete it. */
  recommendation?: OtherCostRecommendation;
  /** Billed while it carries nothing: the whole bill is waste (as a circuit's `waste`). */
  waste?: boolean;
}

export interface CostGroupTotal {
  id: string;
  name?: string;
  tenantId?: string;
  monthlyUsd: number;
  potentialSavingsUsd: number;
  circuits: number;
  /** Resources in this group that could not be priced (not in monthlyUsd). */
  unpriced: number;
  /** Resources priced in part: their known parts are in monthlyUsd, so it is a lower bound. */
  partlyPriced?: number;
}

export interface PriceCatalogueRef {
  effectiveDate: string;
  currency: string;
  source: string;
  /** The catalogue file when it is not the bundled one. */
  file?: string;
  /** How many figures of the catalogue are marked unverified. */
  unverifiedFigures?: number;
}

export interface CostSummary {
  costs: CircuitCost[];
  /** Gateways, Direct ports and other priced resources, so the estate has a monthly total. */
  otherCosts: OtherCost[];
  totals: {
    /** The sum of every priced figure; a lower bound when `atLeast` (some resources are priced in part or not at all). */
    monthlyUsd: number;
    /** The sum of the recommendations that save money. */
    potentialSavingsUsd: number;
    /** Resources not priced at all. */
    unpriced?: number;
    /** Resources priced in part (their figure is a lower bound). */
    partlyPriced?: number;
    /** True when the total leaves something out: say "at least". */
    atLeast?: boolean;
    /** The monthly cost of the tier changes findings require (added Premium, Local → Standard), where priced. */
    requiredChangesUsd?: number;
  };
  priceCatalogue: PriceCatalogueRef;
  /** Totals per subscription and per tenant (sorted by id). */
  bySubscription?: CostGroupTotal[];
  byTenant?: CostGroupTotal[];
  /** Usage keys that matched nothing, unknown locations and similar, for the console and reports. */
  notices?: string[];
  /** The cost of the change against the baseline report (`--baseline`). */
  costDelta?: CostDelta;
}

export type DeltaChange = 'added' | 'removed' | 'changed';

export interface CostDeltaResource {
  resourceId: string;
  name: string;
  change: DeltaChange;
  /** The baseline's monthly figure (null: not priced there, or the resource is new). */
  beforeUsd: number | null;
  afterUsd: number | null;
  /** after − before; null when either side is unknown or only a range. */
  deltaUsd: number | null;
  /** When a side is a range (template values with several possible values): the delta's range. */
  deltaRangeUsd?: { min: number; max: number };
  reason: string;
}

/** What a change costs per month (design.md `costDelta`). */
export interface CostDelta {
  baselineMonthlyUsd: number;
  currentMonthlyUsd: number;
  /** The sum of the resources' deltas; null when one of them is unknown or a range (then see `deltaRangeUsd`). */
  deltaUsd: number | null;
  deltaRangeUsd?: { min: number; max: number };
  resources: CostDeltaResource[];
  /** The baseline report the delta is against. */
  baselineFile?: string;
  /** Caveats: partly priced resources, unknown values. */
  notes?: string[];
}
