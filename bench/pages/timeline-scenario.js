/**
 * The timeline scenario, the same for every contender: give N messages
 * (painted, sync), count DOM nodes, heap after GC, append one message, jump
 * to the top and back.
 *
 * A contender: `mount(box)`, `give(messages)`, `shown(id)` (is this message
 * in the DOM), `append(message)`, and optionally `scroller()`, and
 * `jumpTo(id)` / `jumpToLatest()` where the element has its own way to go
 * to a message (ours keeps a window of 10,000 rows, so the scroll bar's top
 * is the window's top; its API moves the window).
 */
import { countNodes, deepScroller, heap, host, measure, settle } from './harness.js';
import { messages, nextMessage } from './data.js';

export async function timelineScenario(contender, { n, timeoutMs = 60_000 }) {
  const limit = { timeoutMs };
  const box = host();
  await contender.mount(box);
  await settle();
  const heapEmpty = await heap();
  let data = messages(n);
  const heapRaw = await heap();
  const last = data[n - 1];
  const give = await measure(() => contender.give(data), () => contender.shown(last.id), limit);
  await settle(5);
  const dom = countNodes(box);
  // The element under test, when the contender wraps it (our panel: its timeline).
  const part = contender.part ? countNodes(contender.part()) : dom;
  const heapShown = await heap();

  const added = nextMessage(last);
  if (give.timedOut) {
    // Not at the bottom: the append's synchronous cost still counts; no paint or jump figures.
    const late = await measure(() => contender.append(added), () => true, limit);
    return {
      n,
      give: give.sync,
      painted: null,
      timedOut: `the newest message was not shown within ${timeoutMs / 1000} s`,
      nodes: dom.nodes,
      elements: dom.elements,
      partNodes: part.nodes,
      heapRaw: heapRaw - heapEmpty,
      heapShown: heapShown - heapEmpty,
      appendSync: late.sync,
    };
  }
  const append = await measure(() => contender.append(added), () => contender.shown(added.id), limit);
  await settle(5);

  const scroller = contender.scroller?.() ?? deepScroller(box);
  let top = null;
  let back = null;
  if (scroller) {
    const toTop = contender.jumpTo ? () => contender.jumpTo(data[0].id) : () => (scroller.scrollTop = 0);
    const toLatest = contender.jumpToLatest ? () => contender.jumpToLatest() : () => (scroller.scrollTop = scroller.scrollHeight);
    top = await measure(toTop, () => contender.shown(data[0].id), limit);
    await settle(3);
    back = await measure(toLatest, () => contender.shown(added.id), limit);
  }
  data = null;
  return {
    n,
    give: give.sync,
    painted: give.painted,
    frames: give.frames,
    nodes: dom.nodes,
    elements: dom.elements,
    partNodes: part.nodes,
    rows: contender.rows?.() ?? null,
    heapRaw: heapRaw - heapEmpty,
    heapShown: heapShown - heapEmpty,
    timedOut: [append, top, back].some((m) => m?.timedOut) ? 'append or jump not shown in time' : undefined,
    appendSync: append.sync,
    appendPainted: append.painted,
    jumpTop: top?.painted ?? null,
    jumpBack: back?.painted ?? null,
  };
}
