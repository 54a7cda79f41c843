// How much of define.js a desk runs before it is on screen: the lower bound of
// any split of the same elements into "initial" and "lazy" parts. Bundles
// define.js exactly as .ci/bundle-size.mjs does (plus the memory adapter apart),
// paints a desk (list + panel with a chat selected) on the demo data in headless
// Chromium with precise JS coverage, and gzips, chunk by chunk, the code that
// ran in define.js's initial chunks (median of 5 runs, each in a fresh page).
// Source maps split the figure into the dependencies (lit, @lit/context, the
// virtualizer, date-fns) and our code.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialOutputs } from '../../.ci/bundle-size.mjs';
import { launch, serve } from './browser.mjs';
import { OUT } from './build.mjs';
import { decodeMappings } from './source-map.mjs';
import { median } from './stats.mjs';

const DIR = join(OUT, 'first-paint');
const DEFINE = 'dist/define.js';

const DESK = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>desk</title>
<style>html,body{margin:0}ol-provider{display:flex;inline-size:1280px;block-size:800px}ol-chat-list{inline-size:360px}ol-chat-panel{flex:1 1 0;min-inline-size:0}</style></head>
<body><ol-provider id="desk"><ol-chat-list group-waiting></ol-chat-list><ol-chat-panel></ol-chat-panel></ol-provider>
<script type="module">
import './define.js';
import { MemoryAdapter } from './memory.js';
const desk = document.querySelector('#desk');
const adapter = MemoryAdapter.demo('en');
desk.adapter = adapter;
const { items } = await adapter.listChats({});
const panel = desk.querySelector('ol-chat-panel');
panel.chatId = items[0].id;
desk.querySelector('ol-chat-list').selectedChatId = items[0].id;
const shown = () => panel.shadowRoot?.querySelector('ol-timeline')?.shadowRoot?.querySelector('article[data-message-id]');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
while (!shown()) await frame();
// What the first second after the paint runs (clocks, idle work) counts too.
await new Promise((resolve) => setTimeout(resolve, 1000));
window.deskPainted = true;
</script></body></html>
`;

/** For each generated offset of `text`, the index of its source in `map` (-1 where unmapped). */
function sourceIndexes(text, map) {
  const owner = new Int32Array(text.length).fill(-1);
  let start = 0;
  const points = [];
  for (const segments of decodeMappings(map)) {
    for (const { column, source } of segments) points.push([start + column, source]);
    const end = text.indexOf('\n', start);
    start = end < 0 ? text.length : end + 1;
  }
  points.sort((a, b) => a[0] - b[0]);
  points.forEach(([at, index], i) => owner.fill(index, at, points[i + 1]?.[0] ?? text.length));
  return owner;
}

const gz = (text) => gzipSync(text, { level: 9 }).length;

/** Median of this many runs, each in a fresh page. */
const RUNS = 5;

export async function firstPaint() {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const result = await build({
    entryPoints: { define: DEFINE, memory: 'dist/adapters/memory/index.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    metafile: true,
    sourcemap: 'external',
    outdir: DIR,
    conditions: ['production'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  writeFileSync(join(DIR, 'desk.html'), DESK);
  const initial = initialOutputs(result.metafile.outputs, DEFINE);

  const server = await serve(DIR);
  const browser = await launch();
  const runs = [];
  try {
    for (let run = 0; run < RUNS; run += 1) runs.push(measureRun(await paintDesk(browser, server.base), initial));
  } finally {
    await browser.close();
    server.close();
  }
  const figures = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
  return { ...figures, runs };
}

/** Paints the desk in a fresh page with precise JS coverage on; the coverage of every script. */
async function paintDesk(browser, base) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.coverage.startJSCoverage({ resetOnNavigation: false });
    await page.goto(`${base}/desk.html`, { waitUntil: 'load' });
    await page.bringToFront();
    await page.waitForFunction(() => window.deskPainted === true, { timeout: 30_000 });
    const coverage = await page.coverage.stopJSCoverage();
    if (errors.length) throw new Error(`the desk page failed: ${errors[0]}`);
    return coverage;
  } finally {
    await page.close();
  }
}

/** Min+gzip of the code of define.js's initial chunks that ran, and its split by source map. */
function measureRun(coverage, initial) {
  const totals = { executed: 0, executedDependencies: 0, executedOurs: 0 };
  for (const entry of coverage) {
    const file = relative(process.cwd(), join(DIR, new URL(entry.url).pathname));
    if (!initial.has(file)) continue;
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    const owner = sourceIndexes(entry.text, map);
    const dependency = map.sources.map((source) => source.includes('node_modules/'));
    let ran = '';
    let ranDependencies = '';
    let ranOurs = '';
    for (const { start, end } of entry.ranges) {
      ran += entry.text.slice(start, end);
      let from = start;
      for (let i = start + 1; i <= end; i += 1) {
        if (i < end && dependency[owner[i]] === dependency[owner[from]]) continue;
        if (dependency[owner[from]]) ranDependencies += entry.text.slice(from, i);
        else ranOurs += entry.text.slice(from, i);
        from = i;
      }
    }
    totals.executed += gz(ran);
    totals.executedDependencies += gz(ranDependencies);
    totals.executedOurs += gz(ranOurs);
  }
  return totals;
}
