/**
 * Builds the pipeline's `estimateCosts` from command-line options: the catalogue (`--prices FILE` or the
 * bundled one), the usage file (`--usage FILE`, else the config's `usage`) and the source's measured
 * egress (`--metrics`: measured egress wins over the usage file only when the user asked for it).
 */
import type { Inventory } from '../inventory/model.js';
import type { SourceOutput } from '../sources/types.js';
import { BUNDLED_CATALOGUE, loadCatalogue } from './catalogue.js';
import { estimateCosts } from './estimate.js';
import type { CostSummary } from './model.js';
import { loadUsage } from './usage.js';

export interface CostInputs {
  prices?: string;
  usage?: string;
  metrics?: boolean;
}

export function costEstimatorFor(args: CostInputs, configUsage: string | undefined, source: Pick<SourceOutput, 'metrics'>): (inventory: Inventory) => CostSummary {
  const catalogueFile = args.prices ?? BUNDLED_CATALOGUE;
  const catalogue = loadCatalogue(catalogueFile);
  const usageFile = args.usage ?? configUsage;
  const usage = usageFile ? loadUsage(usageFile) : undefined;
  return (inventory) => estimateCosts(inventory, { catalogue, catalogueFile, usage, metrics: source.metrics, preferMetrics: !!args.metrics });
}
