// npm run bench: how fast and how big our elements are next to peers and to
// the floor (a bare virtualized list of the same rows). Builds the bench pages
// (bench/pages → bench/.out), runs every scenario in a fresh headless Chromium
// page per run, prints a table with the budgets and writes bench/results.json.
//
//   node bench/run.mjs             every scenario, 5 runs each (median)
//   node bench/run.mjs --quick     2 runs, for development
//   node bench/run.mjs --runs=7 --only=timeline,list,burst,bundle
//   node bench/run.mjs --profile   one CPU profile per scenario of ours into
//                                  bench/.out/profiles/, with the top functions
//   node bench/run.mjs --trace     one Chrome trace per scenario of ours into
//                                  bench/.out/traces/, with what the main thread
//                                  did in the longest frames
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChrome } from '../.ci/find-chrome.mjs';
import { buildPages, OUT } from './lib/build.mjs';
import { launch, runPage, serve } from './lib/browser.mjs';
import { bundleSizes } from './lib/bundle.mjs';
import { topFunctions } from './lib/profile.mjs';
import { longFrames } from './lib/trace.mjs';
import { budgets } from './lib/budgets.mjs';
import { printReport } from './lib/report.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = flag('quick');
const profile = flag('profile');
const trace = flag('trace');
/** Profiles and traces: one run of ours, unminified pages. */
const diagnose = profile || trace;
const RUNS = Number(option('runs') ?? (diagnose ? 1 : quick ? 2 : 5));
const only = new Set((option('only') ?? 'timeline,list,burst,bundle').split(','));

if (!existsSync('package.json') || !existsSync('bench/run.mjs')) {
  console.error('Run from the package root: npm run bench');
  process.exit(1);
}

const started = Date.now();
const log = (text) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}`);

/** The scenarios: page, parameters, and how long one may wait for a paint. */
const TIMELINE_NS = [1_000, 10_000, 100_000];
const PEER_NS = [1_000, 10_000];
const jobs = [];
if (only.has('timeline')) {
  for (const n of TIMELINE_NS) {
    jobs.push({ group: 'timeline', contender: 'ours', page: 'timeline-ours', n, timeoutMs: 10_000 });
    jobs.push({ group: 'timeline', contender: 'floor', page: 'timeline-floor', n, timeoutMs: 10_000 });
    if (PEER_NS.includes(n)) {
      jobs.push({ group: 'timeline', contender: 'vaadin', page: 'timeline-vaadin', n, timeoutMs: 60_000 });
      jobs.push({ group: 'timeline', contender: 'deep-chat', page: 'timeline-deepchat', n, timeoutMs: 60_000 });
    }
    jobs.push({ group: 'older', contender: 'ours', page: 'timeline-older', n, timeoutMs: 10_000 });
  }
}
if (only.has('list')) {
  for (const n of TIMELINE_NS) {
    jobs.push({ group: 'list', contender: 'ours', page: 'list-ours', n, timeoutMs: 10_000 });
    jobs.push({ group: 'list', contender: 'floor', page: 'list-floor', n, timeoutMs: 10_000 });
  }
}
if (only.has('burst')) jobs.push({ group: 'burst', contender: 'ours', page: 'burst', n: 500 });

async function measureAll() {
  log(`building the bench pages${diagnose ? ' (unminified, for profiles and traces)' : ''}…`);
  await buildPages({ profile: diagnose });
  const server = await serve(OUT);
  const browser = await launch();
  const results = new Map(jobs.map((job) => [job, []]));
  const profiles = [];
  const traces = [];
  if (profile) mkdirSync(join(OUT, 'profiles'), { recursive: true });
  if (trace) mkdirSync(join(OUT, 'traces'), { recursive: true });
  try {
    // Run by run, every scenario in turn: ratios compare figures of the same run.
    for (let run = 0; run < RUNS; run += 1) {
      log(`run ${run + 1} of ${RUNS}`);
      for (const job of jobs) {
        if (diagnose && job.contender !== 'ours') continue;
        const done = results.get(job);
        // A scenario that timed out once is not repeated (it would only wait again).
        if (done.some((r) => r.timedOut || r.failed)) continue;
        const file = profile ? join(OUT, 'profiles', `${job.page}-${job.n}.cpuprofile`) : undefined;
        const traceFile = trace ? join(OUT, 'traces', `${job.page}-${job.n}.json`) : undefined;
        const t0 = Date.now();
        try {
          const result = await runPage(browser, server.base, job.page, { n: job.n, timeoutMs: job.timeoutMs }, { profile: file, trace: traceFile });
          done.push({ ...result, run });
          if (file) profiles.push({ job, file });
          if (traceFile) traces.push({ job, file: traceFile });
          if (result.timedOut) log(`  ${job.page} ${job.n}: ${result.timedOut}`);
        } catch (error) {
          done.push({ failed: String(error.message ?? error).split('\n')[0], run });
          log(`  ${job.page} ${job.n} failed: ${String(error.message ?? error).split('\n')[0]}`);
        }
        if (Date.now() - t0 > 15_000) log(`  ${job.page} ${job.n}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { results, profiles, traces };
}

const { results, profiles, traces } = jobs.length ? await measureAll() : { results: new Map(), profiles: [], traces: [] };

if (trace) {
  for (const { job, file } of traces) {
    console.log(`\n${job.page} N=${job.n}: ${file}`);
    for (const line of longFrames(file)) console.log(`  ${line}`);
  }
  log('traces written (open them in the DevTools Performance panel); no results.json in trace mode');
  process.exit(0);
}

if (profile) {
  for (const { job, file } of profiles) {
    console.log(`\n${job.page} N=${job.n}: ${file}`);
    for (const line of topFunctions(file, 18)) console.log(`  ${line}`);
  }
  log('profiles written; no results.json in profile mode');
  process.exit(0);
}

let bundle;
if (only.has('bundle')) {
  if (!existsSync('dist/define.js')) {
    log('dist/ is missing: building it (node .ci/build.mjs)…');
    execFileSync('node', ['.ci/build.mjs'], { stdio: 'inherit' });
  }
  log('measuring bundles…');
  bundle = await bundleSizes();
}

const wallSeconds = (Date.now() - started) / 1000;
const report = {
  date: new Date().toISOString(),
  runs: RUNS,
  wallSeconds: Math.round(wallSeconds),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version, chromium: readChromeVersion() },
  scenarios: [...results].map(([job, runs]) => ({ ...job, runs })),
  bundle,
};
report.budgets = budgets(report);
printReport(report);
if (!quick && only.size === 4) {
  writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
  log('wrote bench/results.json');
} else {
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  log(`partial or quick run: wrote ${OUT}/results.json (bench/results.json is for full runs)`);
}
log(`done in ${wallSeconds.toFixed(0)} s`);

function readChromeVersion() {
  try {
    return execFileSync(findChrome({ install: false }), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
