// Finds the pricing model's estimator in the build, if it has one: a function from an inventory to
// a CostSummary, as `scanSources` takes it (`estimateCosts`). Returns undefined when pricing has
// not landed, so the bench still runs (and says so in the table).
export async function findEstimator() {
  const candidates = [
    ['../dist/pricing/estimate.js', ['createEstimator', 'estimatorFor', 'defaultEstimator']],
    ['../dist/pricing/index.js', ['createEstimator', 'estimatorFor', 'defaultEstimator']],
  ];
  for (const [path, names] of candidates) {
    let mod;
    try {
      mod = await import(path);
    } catch {
      continue;
    }
    for (const name of names) if (typeof mod[name] === 'function') return await mod[name]({});
  }
  return undefined;
}
