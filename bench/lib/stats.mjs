// Medians of runs, and ratios of two scenarios taken run by run (same browser, same run).
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function find(report, group, contender, n) {
  return report.scenarios.find((s) => s.group === group && s.contender === contender && s.n === n);
}

/** Median of one figure over the runs that produced it. */
export function fig(scenario, key) {
  return scenario ? median(scenario.runs.map((r) => r[key])) : null;
}

/** Median over runs of a.key / b.key, pairing the runs of the same round. */
export function ratio(a, b, key, keyB = key) {
  if (!a || !b) return null;
  const values = [];
  for (const runA of a.runs) {
    const runB = b.runs.find((r) => r.run === runA.run);
    if (runB && runA[key] != null && runB[keyB]) values.push(runA[key] / runB[keyB]);
  }
  return median(values);
}

/** Why a scenario has no figure (timed out or failed), if so. */
export function problem(scenario) {
  const bad = scenario?.runs.find((r) => r.timedOut || r.failed);
  return bad ? (bad.timedOut ?? bad.failed) : null;
}
