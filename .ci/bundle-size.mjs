// Measures what a host pays: each public entry bundled with everything it
// imports (lit included), minified and gzipped. With --check, reports
// define.js (every element) against its 40 KB budget and fails when it grows
// past its ceiling: today's size with a little room, so that any growth is a
// decision made in review. The ceiling comes down as the elements shrink.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget: what define.js with everything should cost. */
export const DEFINE_BUDGET_BYTES = 40 * 1024;
/** What CI accepts today; lower it whenever define.js shrinks. */
export const DEFINE_CEILING_BYTES = 110 * 1024;

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every JavaScript entry of the exports map, by its public name. */
export function entries() {
  const seen = new Set();
  return Object.entries(pkg.exports)
    .map(([name, target]) => [name, typeof target === 'string' ? target : target.default])
    .filter(([, file]) => {
      // Types-only entries have no file; an entry under two names is measured once.
      if (!file?.endsWith('.js') || !existsSync(file) || seen.has(file)) return false;
      seen.add(file);
      return true;
    });
}

/**
 * Bundles one entry with code splitting: `initial` is what loads with it (the
 * entry chunk and every chunk it imports statically, transitively), `lazy` the
 * chunks only reached through `import()`.
 */
export async function measure(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    splitting: true,
    metafile: true,
    outdir: 'out',
    conditions: ['production'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const gzipped = new Map(
    result.outputFiles.map((f) => [relative(process.cwd(), f.path), gzipSync(f.contents, { level: 9 }).length]),
  );
  // Lazily imported modules are entry points of their own chunks too: find this one.
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === relative(process.cwd(), file));
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const dep of outputs[path].imports) if (dep.kind === 'import-statement') visit(dep.path);
  };
  visit(entry);
  let initialBytes = 0;
  let lazyBytes = 0;
  for (const [path, bytes] of gzipped) {
    if (!path.endsWith('.js')) continue;
    if (initial.has(path)) initialBytes += bytes;
    else lazyBytes += bytes;
  }
  return { initial: initialBytes, lazy: lazyBytes };
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
    const budget = define.initial <= DEFINE_BUDGET_BYTES ? 'met' : 'NOT met';
    console.log(`define.js: ${kb(define.initial)} — budget ${kb(DEFINE_BUDGET_BYTES)}: ${budget}; ceiling ${kb(DEFINE_CEILING_BYTES)}`);
    if (define.initial > DEFINE_CEILING_BYTES) {
      console.error(`define.js grew past its ceiling (${kb(DEFINE_CEILING_BYTES)}): make the new code lazy or smaller.`);
      process.exit(1);
    }
  }
}
