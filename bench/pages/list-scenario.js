/**
 * The chat-list scenario, the same for every contender: give N chats
 * (painted), DOM nodes, heap after GC, one search keystroke typed in the
 * search box (painted; a debounce timer the contender sets is fired at once
 * and reported apart), one realtime update moving a chat to the top.
 *
 * A contender: `mount(box)`, `give(chats)`, `shown(id)`, `searchInput()`
 * (its search field), `matches()` (is the filtered list shown), `update(chat)`.
 */
import { countNodes, heap, host, measure, settle } from './harness.js';
import { chats, SEARCH_TEXT } from './data.js';

/** Types one character in an input the way a keyboard does (value, then `input`). */
function type(input, char) {
  input.focus();
  input.value += char;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: char }));
}

/** Runs `action`; a timer of 50 ms or more it sets is run at once (a search debounce), its delay returned. */
function withoutDebounce(action) {
  const original = window.setTimeout;
  const timers = [];
  window.setTimeout = (fn, delay = 0, ...args) => {
    if (delay >= 50) {
      timers.push({ fn, delay, args });
      return -1;
    }
    return original(fn, delay, ...args);
  };
  try {
    action();
  } finally {
    window.setTimeout = original;
  }
  for (const { fn, args } of timers) fn(...args);
  return timers.reduce((max, t) => Math.max(max, t.delay), 0);
}

export async function listScenario(contender, { n, timeoutMs = 60_000 }) {
  const limit = { timeoutMs };
  const box = host();
  await contender.mount(box);
  await settle();
  const heapEmpty = await heap();
  let data = chats(n);
  const heapRaw = await heap();
  const newest = data.filter((c) => c.state === 'new' || c.state === 'answered').sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
  const give = await measure(() => contender.give(data), () => contender.shown(newest.id), limit);
  await settle(5);
  const dom = countNodes(box);
  const heapShown = await heap();

  // A chat far down the list gets a message: it moves to the top.
  const old = [...data].filter((c) => c.state === 'answered').sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : 1))[0];
  const at = new Date(Date.parse(newest.updatedAt) + 60e3).toISOString();
  const moved = {
    ...old,
    updatedAt: at,
    unreadCount: old.unreadCount + 1,
    lastMessage: { id: 'moved', authorKind: 'client', text: 'Any news about my parcel?', createdAt: at },
  };
  const update = await measure(() => contender.update(moved), () => contender.shown(moved.id), limit);
  await settle(5);

  let debounce = 0;
  const input = contender.searchInput();
  const search = await measure(
    () => (debounce = withoutDebounce(() => type(input, SEARCH_TEXT))),
    () => contender.matches(),
    limit,
  );
  data = null;
  const late = [give, update, search].find((m) => m.timedOut);
  return {
    timedOut: late ? 'not shown in time' : undefined,
    n,
    give: give.sync,
    painted: give.painted,
    nodes: dom.nodes,
    elements: dom.elements,
    heapRaw: heapRaw - heapEmpty,
    heapShown: heapShown - heapEmpty,
    updateSync: update.sync,
    updatePainted: update.painted,
    searchSync: search.sync,
    searchPainted: search.painted,
    searchDebounce: debounce,
  };
}
