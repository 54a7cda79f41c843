// Chrome traces of the bench pages (`--trace`): what the main thread did in
// the longest frames. The page marks each frame that took longer than
// LONG_FRAME_MS with `console.timeStamp` (see FRAME_MARKER); for the longest
// ones, the main thread's time between the two frames is split into script,
// style, layout, paint and GC (self times), with the part of style and layout
// forced by script, and the script functions that took the most.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeMappings, originalPosition } from './source-map.mjs';

/** Trace categories: the DevTools Performance panel's, enough for the breakdown. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/** A frame longer than this (ms) is marked in the trace. */
const LONG_FRAME_MS = 20;

/** Runs in the page before its scripts: marks every long frame in the trace. */
export const FRAME_MARKER = `(() => {
  let last = 0;
  const tick = (now) => {
    if (last && now - last > ${LONG_FRAME_MS}) console.timeStamp('ol-long-frame ' + (now - last).toFixed(1));
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const CATEGORY = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'V8.Execute': 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
};
const SCRIPT_PARENTS = new Set(['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'V8.Execute']);

/**
 * The `count` longest marked frames of a trace file, each with its main-thread
 * breakdown (ms) and top script functions; printable lines.
 */
export function longFrames(file, count = 3) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const events = data.traceEvents ?? data;
  const marks = events
    .filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message ?? '').startsWith('ol-long-frame '))
    .map((e) => ({ e, ms: Number(e.args.data.message.split(' ')[1]) }));
  if (marks.length === 0) return [`no frame longer than ${LONG_FRAME_MS} ms`];
  // Frames before the scenario starts recording (the mount) are left out when it says when.
  const start = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'ol-record-start')?.ts ?? -Infinity;
  marks.splice(0, marks.length, ...marks.filter(({ e }) => e.ts > start));
  if (marks.length === 0) return [`no frame longer than ${LONG_FRAME_MS} ms while recording`];
  const { pid, tid } = marks[0].e;
  const where = sourceLocator(dirname(file));
  const main = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const lines = [`${marks.length} frames longer than ${LONG_FRAME_MS} ms; the longest:`];
  for (const { e: mark, ms } of marks.sort((a, b) => b.ms - a.ms).slice(0, count)) {
    const from = mark.ts - ms * 1000;
    const to = mark.ts;
    const inFrame = main.filter((e) => e.ts < to && e.ts + e.dur > from);
    const { byCategory, forced, functions } = breakdown(inFrame, from, to, where);
    const total = Object.values(byCategory).reduce((a, b) => a + b, 0);
    const parts = Object.entries(byCategory)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
      .join(', ');
    lines.push(`  ${ms.toFixed(1)} ms frame: main thread busy ${(total / 1000).toFixed(1)} ms (${parts}); style + layout forced by script ${(forced / 1000).toFixed(1)} ms`);
    for (const [name, us] of functions.slice(0, 5)) lines.push(`      ${(us / 1000).toFixed(1).padStart(6)} ms  ${name}`);
  }
  return lines;
}

/**
 * Self time per category within [from, to] (an event without a category of
 * its own counts in its parent's), style and layout forced by script, and the
 * outermost script functions.
 */
function breakdown(events, from, to, where) {
  const clip = (e) => Math.max(0, Math.min(to, e.ts + e.dur) - Math.max(from, e.ts));
  const byCategory = {};
  const functions = new Map();
  let forced = 0;
  const stack = [];
  const entries = [];
  for (const e of events) {
    while (stack.length && stack.at(-1).event.ts + stack.at(-1).event.dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const entry = { event: e, category: CATEGORY[e.name] ?? parent?.category ?? 'other', children: 0 };
    if (parent) parent.children += clip(e);
    const layoutish = CATEGORY[e.name] === 'style' || CATEGORY[e.name] === 'layout';
    if (layoutish && stack.some((s) => SCRIPT_PARENTS.has(s.event.name))) forced += clip(e);
    if (e.name === 'FunctionCall' && !stack.some((s) => s.event.name === 'FunctionCall')) {
      const d = e.args?.data ?? {};
      const name = `${d.functionName || '(anonymous)'} ${where(d.url, d.lineNumber, d.columnNumber)}`;
      functions.set(name, (functions.get(name) ?? 0) + clip(e));
    }
    stack.push(entry);
    entries.push(entry);
  }
  for (const { event, category, children } of entries) {
    byCategory[category] = (byCategory[category] ?? 0) + Math.max(0, clip(event) - children);
  }
  return { byCategory, forced, functions: [...functions].sort((a, b) => b[1] - a[1]) };
}

/**
 * `file:line` of a script position in a trace (1-based line and column, as
 * the trace gives them), through the source map of a bench page when there
 * is one: the pages are bundles of the sources.
 */
function sourceLocator(traceDir) {
  const maps = new Map();
  return (url, line = 0, column = 0) => {
    const file = String(url ?? '').split('/').pop();
    const path = join(traceDir, '..', `${file}.map`);
    if (!maps.has(path)) {
      const map = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
      maps.set(path, map && { map, lines: decodeMappings(map) });
    }
    const decoded = maps.get(path);
    const position = decoded && originalPosition(decoded.lines, decoded.map, line - 1, column - 1);
    if (!position) return `${file}:${line}`;
    return `${position.source.replace(/^(\.\.\/)+/, '')}:${position.line + 1}`;
  };
}
