/** Cost estimate contracts (the `costs` and `priceCatalogue` parts of the JSON report, design.md). */

export type Zone = 'Zone 1' | 'Zone 2' | 'Zone 3' | 'Zone 4' | 'US Gov';
export type EgressSource = 'usage' | 'metrics' | 'none';

export interface CostRecommendation {
  billingModel: string;
  tier: string;
  monthlySavingsUsd: number;
  reason: string;
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
}

export interface PriceCatalogueRef {
  effectiveDate: string;
  currency: string;
  source: string;
}

export interface CostSummary {
  costs: CircuitCost[];
  /** Gateways, Direct ports and other priced resources, so the estate has a monthly total. */
  otherCosts: OtherCost[];
  totals: { monthlyUsd: number; potentialSavingsUsd: number };
  priceCatalogue: PriceCatalogueRef;
}
