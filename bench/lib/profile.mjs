// Reads a .cpuprofile: the functions with the most time, self and inclusive.
import { readFileSync } from 'node:fs';

const SKIP = /^\((root|program|idle)\)/;

export function topFunctions(file, count = 15) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => {
    const { functionName, url, lineNumber } = n.callFrame;
    return `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map();
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = name(byId.get(id));
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(name(byId.get(at)));
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  });
  const top = (map) =>
    [...map]
      .filter(([key]) => !SKIP.test(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count);
  return [
    'self time:',
    ...top(self).map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`),
    'inclusive time:',
    ...top(inclusive).map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`),
  ];
}
