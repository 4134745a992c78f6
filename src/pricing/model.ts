/** Cost estimate contracts (the `costs` and `priceCatalogue` parts of the JSON report, design.md). */

export type Zone = 'Zone 1' | 'Zone 2' | 'Zone 3' | 'Zone 4' | 'US Gov';
export type EgressSource = 'usage' | 'metrics' | 'none';

export type RecommendationKind =
  | 'switch-to-unlimited'
  | 'new-metered-circuit'
  | 'remove-premium'
  | 'move-to-local'
  | 'delete-unprovisioned';

export interface CostRecommendation {
  billingModel: string;
  tier: string;
  monthlySavingsUsd: number;
  reason: string;
  /** What the advice is, for rules and reports. */
  kind?: RecommendationKind;
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
  /** Billed while the provider never provisioned it (or deprovisioned it): the whole fee is waste. */
  waste?: boolean;
  /** Figures used for this estimate that are not confirmed (each with the reason). */
  unverified?: string[];
  /** Keys of the catalogue's `sources` behind the figures used. */
  priceSources?: string[];
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
  /** Direct ports: the egress of their circuits and the port-level break-even, when priced. */
  egressGbPerMonth?: number;
  breakEvenGbPerMonth?: number | null;
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
  totals: { monthlyUsd: number; potentialSavingsUsd: number; unpriced?: number };
  priceCatalogue: PriceCatalogueRef;
  /** Totals per subscription and per tenant (sorted by id). */
  bySubscription?: CostGroupTotal[];
  byTenant?: CostGroupTotal[];
  /** Usage keys that matched nothing, unknown locations and similar, for the console and reports. */
  notices?: string[];
}
