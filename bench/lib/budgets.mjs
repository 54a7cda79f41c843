// The budgets of the performance issue, each with its figure and whether it is met.
import { fig, find, problem, ratio } from './stats.mjs';

const KB = 1024;

export function budgets(report) {
  const out = [];
  const add = (name, figure, limit, met, note) => out.push({ name, figure, limit, met: figure == null ? false : met, note: note ?? undefined });
  const ms = (v) => (v == null ? 'no figure' : `${v.toFixed(1)} ms`);
  const x = (v) => (v == null ? 'no figure' : `${v.toFixed(2)}×`);

  if (report.scenarios.some((s) => s.group === 'timeline')) {
    for (const n of [10_000, 100_000]) {
      const ours = find(report, 'timeline', 'ours', n);
      const floor = find(report, 'timeline', 'floor', n);
      const r = ratio(ours, floor, 'painted');
      add(`timeline ${n / 1000}k: painted within 1.5× floor`, x(r), '≤ 1.5×', r != null && r <= 1.5, problem(ours));
      const sync = fig(ours, 'give');
      add(`timeline ${n / 1000}k: sync part under 8 ms`, ms(sync), '< 8 ms', sync != null && sync < 8);
    }
    const ours10 = find(report, 'timeline', 'ours', 10_000);
    const vaadin = ratio(find(report, 'timeline', 'vaadin', 10_000), ours10, 'painted');
    add('timeline 10k: ≥ 50× faster than vaadin-message-list', x(vaadin), '≥ 50×', vaadin != null && vaadin >= 50);
    const deep = ratio(find(report, 'timeline', 'deep-chat', 10_000), ours10, 'painted');
    add('timeline 10k: ≥ 15× faster than deep-chat', x(deep), '≥ 15×', deep != null && deep >= 15);
    const nodes = Math.max(...[1_000, 10_000, 100_000].map((n) => fig(find(report, 'timeline', 'ours', n), 'partNodes') ?? 0));
    add('timeline: DOM nodes < 1,500 whatever N (largest N)', `${nodes} nodes`, '< 1,500', nodes < 1500);
    const append = Math.max(...[1_000, 10_000, 100_000].map((n) => fig(find(report, 'timeline', 'ours', n), 'appendSync') ?? Infinity));
    add('timeline: append one message < 2 ms sync (worst N)', Number.isFinite(append) ? ms(append) : 'no figure', '< 2 ms', append < 2);
    for (const n of [10_000, 100_000]) {
      const ours = find(report, 'timeline', 'ours', n);
      const shown = fig(ours, 'heapShown');
      const raw = fig(ours, 'heapRaw');
      const per = shown != null && raw ? shown / raw : null;
      add(
        `memory ${n / 1000}k: page heap with the messages shown < 2× raw messages`,
        per == null ? 'no figure' : `${(shown / 1e6).toFixed(1)} MB for ${(raw / 1e6).toFixed(1)} MB raw = ${per.toFixed(2)}×`,
        '< 2×',
        per != null && per < 2,
      );
    }
  }
  if (report.scenarios.some((s) => s.group === 'list')) {
    const ours = find(report, 'list', 'ours', 100_000);
    const floor = find(report, 'list', 'floor', 100_000);
    const r = ratio(ours, floor, 'painted');
    add('list 100k: painted within 1.5× floor', x(r), '≤ 1.5×', r != null && r <= 1.5, problem(ours));
    const search = fig(ours, 'searchSync');
    add('list 100k: search keystroke < 16 ms (work, debounce excluded)', ms(search), '< 16 ms', search != null && search < 16);
    const update = fig(ours, 'updateSync');
    add('list 100k: realtime update < 4 ms sync', ms(update), '< 4 ms', update != null && update < 4);
    const nodes = fig(ours, 'nodes');
    add('list 100k: DOM nodes < 1,500', `${nodes} nodes`, '< 1,500', nodes != null && nodes < 1500);
  }
  const burst = find(report, 'burst', 'ours', 500);
  if (burst) {
    const longest = fig(burst, 'longest');
    add('burst 1,000 msg/s for 10 s: no frame > 50 ms', ms(longest), '≤ 50 ms', longest != null && longest <= 50);
  }
  const define = report.bundle?.ours.find((e) => e.name === './define.js');
  const paint = report.bundle?.firstPaint;
  if (define) {
    const floor = paint ? `code run to paint the desk: ${(paint.executed / KB).toFixed(1)} KB` : undefined;
    add('bundle: define.js < 40 KB min+gzip', `${(define.initial / KB).toFixed(1)} KB`, '< 40 KB', define.initial < 40 * KB, floor);
  }
  return out;
}
