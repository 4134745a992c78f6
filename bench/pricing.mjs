// The pricing model's estimator, as the CLI builds it (src/pricing/setup.ts: bundled catalogue, no
// usage file): a function from an inventory to a CostSummary. Returns undefined when the build has
// no pricing model, so the bench still runs (and says so in the table).
export async function findEstimator(source = {}) {
  let mod;
  try {
    mod = await import('../dist/pricing/setup.js');
  } catch {
    return undefined;
  }
  return typeof mod.costEstimatorFor === 'function' ? mod.costEstimatorFor({}, undefined, source) : undefined;
}
