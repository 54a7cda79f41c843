// Measures what a host pays: each public entry bundled with everything it
// imports (lit included), minified and gzipped. With --check, reports
// define.js (every element) against its 40 KB budget and fails when it grows
// past its ceiling (today's size with a little room, so that any growth is a
// decision made in review; it comes down as the elements shrink), or when an
// element entry loads up front a part meant to load on first use.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget: what define.js with everything should cost. */
export const DEFINE_BUDGET_BYTES = 40 * 1024;
/** What CI accepts today; lower it whenever define.js shrinks. */
export const DEFINE_CEILING_BYTES = 108 * 1024;

/**
 * Parts that load on first use only: no element entry (nor define.js) may
 * import them statically. The main entry and the self-contained bundle export
 * or inline everything, so they are not checked.
 */
const LAZY_ONLY = [
  /^dist\/components\/(emoji-picker|gif-picker|sales-picker|contact-center|contact-center-filters)\//,
  /^dist\/components\/(transfer-dialog|invite-dialog|history-dialog|crm-dialog)\//,
  /^dist\/components\/(canned-save-form|message-editor)\//,
  /^dist\/core\/i18n\/(fr|de|es|pt-br|ru|ar)\.js$/,
  /^node_modules\/@floating-ui\//,
];
/** The entries that register elements (checked against LAZY_ONLY). */
const isElementEntry = (name) => name === './define.js' || /^\.\/[a-z-]+\.js$/.test(name);

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
  const initial = initialOutputs(outputs, relative(process.cwd(), file));
  let initialBytes = 0;
  let lazyBytes = 0;
  for (const [path, bytes] of gzipped) {
    if (!path.endsWith('.js')) continue;
    if (initial.has(path)) initialBytes += bytes;
    else lazyBytes += bytes;
  }
  const inputs = [...initial].flatMap((path) => Object.keys(outputs[path].inputs));
  return { initial: initialBytes, lazy: lazyBytes, inputs };
}

/**
 * The output chunks that load with an entry point (given as its input path):
 * its own chunk and every chunk it imports statically, transitively. Lazily
 * imported modules are entry points of their own chunks too.
 */
export function initialOutputs(outputs, entryPoint) {
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const dep of outputs[path].imports) if (dep.kind === 'import-statement') visit(dep.path);
  };
  visit(Object.keys(outputs).find((path) => outputs[path].entryPoint === entryPoint));
  return initial;
}

/** The modules of LAZY_ONLY that an entry loads up front (their small event classes may load with it). */
export function eagerLazyParts(inputs) {
  return inputs.filter((input) => !/-events?\.js$/.test(input) && LAZY_ONLY.some((pattern) => pattern.test(input)));
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
    let failed = false;
    if (define.initial > DEFINE_CEILING_BYTES) {
      console.error(`define.js grew past its ceiling (${kb(DEFINE_CEILING_BYTES)}): make the new code lazy or smaller.`);
      failed = true;
    }
    for (const row of rows.filter((r) => isElementEntry(r.name))) {
      const eager = eagerLazyParts(row.inputs);
      if (eager.length === 0) continue;
      console.error(`${row.name} loads parts up front that must load on first use:\n  ${eager.join('\n  ')}`);
      failed = true;
    }
    if (failed) process.exit(1);
    console.log('lazy parts (pickers, dialogs, Contact Center, editor, forms, languages, positioning): on first use in every element entry');
  }
}
