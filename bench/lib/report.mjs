// The printed tables (Markdown, so they paste into the README as they are).
import { fig, find, problem, ratio } from './stats.mjs';

const ms = (v) => (v == null ? '—' : v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`);
const x = (v) => (v == null ? '—' : v >= 10 ? `${v.toFixed(0)}×` : `${v.toFixed(2)}×`);
const mb = (v) => (v == null ? '—' : `${(v / 1e6).toFixed(1)} MB`);
const int = (v) => (v == null ? '—' : Math.round(v).toLocaleString('en-US'));
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
const label = (n) => `${n / 1000}k`;

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function tables(report) {
  const parts = [];
  const timeline = report.scenarios.filter((s) => s.group === 'timeline');
  if (timeline.length) {
    const rows = [];
    for (const n of [...new Set(timeline.map((s) => s.n))]) {
      const ours = find(report, 'timeline', 'ours', n);
      const floor = find(report, 'timeline', 'floor', n);
      for (const s of timeline.filter((t) => t.n === n)) {
        const vsFloor = ratio(s, floor, 'painted');
        const oursFaster = s.contender === 'ours' || s.contender === 'floor' ? null : ratio(s, ours, 'painted');
        const why = problem(s);
        rows.push([
          label(n),
          s.contender,
          why && fig(s, 'painted') == null ? `not painted (${why})` : ms(fig(s, 'painted')),
          ms(fig(s, 'give')),
          s.contender === 'floor' ? '1' : x(vsFloor),
          oursFaster == null ? '' : x(oursFaster),
          int(fig(s, 'partNodes') ?? fig(s, 'nodes')),
          `${mb(fig(s, 'heapShown'))} (${mb(fig(s, 'heapRaw'))})`,
          ms(fig(s, 'appendSync')),
          ms(fig(s, 'appendPainted')),
          ms(fig(s, 'jumpTop')),
          ms(fig(s, 'jumpBack')),
        ]);
      }
    }
    parts.push(
      '### Timeline (N messages; ours = `<ol-chat-panel>` with a chat selected, by properties)',
      table(
        ['N', 'contender', 'painted', 'sync', '÷ floor', 'ours faster by', 'DOM nodes', 'heap (raw msgs)', 'append sync', 'append painted', 'jump top', 'jump back'],
        rows,
      ),
      'DOM nodes: elements, text and comment nodes, shadow roots included; for ours, the `<ol-timeline>` inside the panel ' +
        '(the whole panel, header and composer included, is in results.json as `nodes`). Heap: growth of the page heap after forced GC, ' +
        'messages included; in brackets the same messages allocated alone.',
    );
  }
  const older = report.scenarios.filter((s) => s.group === 'older');
  if (older.length) {
    parts.push(
      '### Timeline: loading an older page (50 messages) at the top',
      table(
        ['N loaded', 'painted', 'anchor drift at paint', 'anchor drift settled'],
        older.map((s) => {
          const px = (v) => (v == null ? '—' : `${v.toFixed(1)} px`);
          const why = problem(s)?.replace(/^.*Error: /, '');
          return [label(s.n), why ? `no figure (${why})` : ms(fig(s, 'olderPainted')), px(fig(s, 'anchorDrift')), px(fig(s, 'anchorDriftSettled'))];
        }),
      ),
    );
  }
  const list = report.scenarios.filter((s) => s.group === 'list');
  if (list.length) {
    const rows = [];
    for (const n of [...new Set(list.map((s) => s.n))]) {
      const floor = find(report, 'list', 'floor', n);
      for (const s of list.filter((t) => t.n === n)) {
        rows.push([
          label(n),
          s.contender,
          ms(fig(s, 'painted')),
          ms(fig(s, 'give')),
          s.contender === 'floor' ? '1' : x(ratio(s, floor, 'painted')),
          int(fig(s, 'nodes')),
          `${mb(fig(s, 'heapShown'))} (${mb(fig(s, 'heapRaw'))})`,
          ms(fig(s, 'searchSync')),
          ms(fig(s, 'searchPainted')),
          ms(fig(s, 'updateSync')),
          ms(fig(s, 'updatePainted')),
        ]);
      }
    }
    parts.push(
      '### Chat list (N chats; ours = `<ol-chat-list>` Messenger view, by properties)',
      table(['N', 'contender', 'painted', 'sync', '÷ floor', 'DOM nodes', 'heap (raw chats)', 'search key sync', 'search key painted', 'update sync', 'update painted'], rows),
      'Search: one character typed in the search box; our 150 ms debounce is fired at once and not counted. ' +
        'Update: a realtime `chat-updated` moving an old chat to the top.',
    );
  }
  const burst = report.scenarios.find((s) => s.group === 'burst');
  if (burst) {
    parts.push(
      '### Burst: 1,000 incoming messages/s for 10 s over 500 chats (list + panel mounted)',
      table(
        ['frames in 10 s', 'longest frame', 'dropped frames', 'longest long-animation-frame'],
        [[int(fig(burst, 'frames')), ms(fig(burst, 'longest')), int(fig(burst, 'dropped')), ms(fig(burst, 'longestLoaf'))]],
      ),
    );
  }
  if (report.bundle) {
    parts.push(
      '### Bundle (min+gzip, everything it imports, lit included)',
      table(
        ['entry', 'initial', 'lazy chunks'],
        [...report.bundle.ours.map((e) => [e.name, kb(e.initial), kb(e.lazy)]), ...report.bundle.peers.map((e) => [e.name, kb(e.initial), kb(e.lazy)])],
      ),
    );
  }
  const paint = report.bundle?.firstPaint;
  if (paint) {
    parts.push(
      '### What of define.js a desk runs to paint (JS coverage, list + panel on the demo data)',
      table(
        ['define.js initial chunks', 'code run to paint', 'of it: lit, @lit/context, virtualizer, date-fns', 'of it: ours'],
        [[kb(report.bundle.ours.find((e) => e.name === './define.js').initial), kb(paint.executed), kb(paint.executedDependencies), kb(paint.executedOurs)]],
      ),
      'Min+gzip, chunk by chunk. The code run is the floor of any split of these elements into initial and lazy parts; its two parts are gzipped apart, so they add up to a little more.',
    );
  }
  if (report.budgets?.length) {
    parts.push(
      '### Budgets',
      table(
        ['budget', 'figure', 'limit', ''],
        report.budgets.map((b) => [b.name, b.note ? `${b.figure} (${b.note})` : b.figure, b.limit, b.met ? 'met' : '**NOT met**']),
      ),
    );
  }
  parts.push(`Medians of ${report.runs} runs, each in a fresh page; ratios are taken run by run. ${report.machine.chromium}, ${report.machine.cpus} CPUs, Node ${report.machine.node}; whole bench ${report.wallSeconds} s.`);
  return parts.join('\n\n');
}

export function printReport(report) {
  console.log(`\n${tables(report)}\n`);
}
