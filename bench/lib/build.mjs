// Bundles the bench pages (bench/pages/*.js, which import the sources and the
// peers) into bench/.out/, one self-contained module and HTML page each.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OUT = 'bench/.out';

/** Pages a contender runs in (every file of bench/pages but the shared modules). */
const SHARED = new Set(['harness.js', 'data.js', 'timeline-scenario.js', 'list-scenario.js', 'bench-adapter.js']);

/**
 * Lazy chunks that do not exist (yet) stay external instead of failing the
 * build: the bench never loads them (other people add files while we run).
 */
const tolerateMissingLazy = {
  name: 'tolerate-missing-lazy',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData?.again) return undefined;
      const result = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { again: true } });
      return result.errors.length ? { path: args.path, external: true } : result;
    });
  },
};

export async function buildPages({ profile = false } = {}) {
  mkdirSync(OUT, { recursive: true });
  const pages = readdirSync('bench/pages').filter((f) => f.endsWith('.js') && !SHARED.has(f));
  await build({
    entryPoints: pages.map((f) => join('bench/pages', f)),
    bundle: true,
    // Profiles name functions: readable, unminified bundles then.
    minify: !profile,
    format: 'esm',
    outdir: OUT,
    sourcemap: 'linked',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [tolerateMissingLazy],
  });
  for (const page of pages) {
    const name = page.replace(/\.js$/, '');
    writeFileSync(
      join(OUT, `${name}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<style>html,body{margin:0}#host{inline-size:1280px;block-size:800px;overflow:hidden;display:flex;gap:0}#host>*{flex:1 1 0;min-inline-size:0}</style></head>
<body><div id="host"></div><script type="module" src="./${name}.js"></script></body></html>\n`,
    );
  }
  return pages.map((f) => f.replace(/\.js$/, ''));
}
