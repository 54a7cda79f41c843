// Measures what a host pays: each public entry bundled with everything it
// imports (lit included), minified and gzipped. With --check, fails when
// define.js (every element) is over its budget.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const DEFINE_BUDGET_BYTES = 40 * 1024;

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every JavaScript entry of the exports map, by its public name. */
function entries() {
  return Object.entries(pkg.exports)
    .map(([name, target]) => [name, typeof target === 'string' ? target : target.default])
    .filter(([, file]) => file.endsWith('.js') && existsSync(file));
}

export async function measure(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    splitting: true,
    outdir: 'out',
    conditions: ['production'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  const [entry, ...chunks] = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  const size = (f) => gzipSync(f.contents, { level: 9 }).length;
  return { initial: size(entry), lazy: chunks.reduce((sum, f) => sum + size(f), 0) };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [];
  for (const [name, file] of entries()) rows.push({ name, ...(await measure(file)) });
  console.log('entry'.padEnd(28), 'min+gzip'.padStart(10), 'lazy chunks'.padStart(12));
  for (const row of rows) console.log(row.name.padEnd(28), kb(row.initial).padStart(10), kb(row.lazy).padStart(12));
  if (process.argv.includes('--check')) {
    const define = rows.find((r) => r.name === './define.js');
    if (!define) throw new Error('define.js is missing: run the build first.');
    const verdict = define.initial <= DEFINE_BUDGET_BYTES ? 'within' : 'OVER';
    console.log(`define.js: ${kb(define.initial)} — ${verdict} the ${kb(DEFINE_BUDGET_BYTES)} budget`);
    if (define.initial > DEFINE_BUDGET_BYTES) process.exit(1);
  }
}
