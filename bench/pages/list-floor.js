/**
 * The floor of the list: a search box over a bare `<lit-virtualizer>` of the
 * same chats (title, preview, time), sorted by latest activity; search
 * filters on lower-cased title and preview; an update moves the chat to the top.
 */
import '@lit-labs/virtualizer';
import { html } from 'lit';
import { SEARCH_TEXT } from './data.js';
import { expose } from './harness.js';
import { listScenario } from './list-scenario.js';

const style = document.createElement('style');
style.textContent = `
  .floor { display: flex; flex-direction: column; block-size: 100%; }
  lit-virtualizer { flex: 1; min-block-size: 0; }
  .row { box-sizing: border-box; inline-size: 100%; padding: 8px 12px; font: 14px/1.4 system-ui, sans-serif; }
  .title { font-weight: 600; }
`;
document.head.append(style);

let list;
let input;
let all = [];
const finished = (c) => c.state === 'closed' || c.state === 'spam';
/** Open chats first, then finished ones; latest activity first. */
const byActivity = (a, b) =>
  finished(a) !== finished(b) ? (finished(a) ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
const show = () => {
  const query = input.value.trim().toLowerCase();
  list.items = query ? all.filter((c) => c.title.toLowerCase().includes(query) || (c.lastMessage?.text ?? '').toLowerCase().includes(query)) : all;
};
const contender = {
  async mount(box) {
    const wrap = document.createElement('div');
    wrap.className = 'floor';
    input = document.createElement('input');
    input.type = 'search';
    input.addEventListener('input', show);
    list = document.createElement('lit-virtualizer');
    list.scroller = true;
    list.keyFunction = (c) => c.id;
    list.renderItem = (c) =>
      html`<div class="row" data-id=${c.id}><div class="title">${c.title}</div><div>${c.lastMessage?.text ?? ''}</div><time>${c.updatedAt.slice(0, 10)}</time></div>`;
    wrap.append(input, list);
    box.append(wrap);
    await list.updateComplete;
  },
  give(chats) {
    all = [...chats].sort(byActivity);
    show();
  },
  shown: (id) => !!list.querySelector(`.row[data-id="${id}"]`),
  searchInput: () => input,
  matches() {
    const rows = [...list.querySelectorAll('.row')];
    return rows.length > 0 && rows.every((row) => row.textContent.toLowerCase().includes(SEARCH_TEXT));
  },
  update(chat) {
    all = [chat, ...all.filter((c) => c.id !== chat.id)];
    show();
  },
};

expose((params) => listScenario(contender, params));
