/** Our `<ol-chat-list>` (Messenger view), fed by properties; realtime through its store. */
import '../../src/components/chat-list/ol-chat-list.js';
import { DIRECTORY, SEARCH_TEXT } from './data.js';
import { expose } from './harness.js';
import { listScenario } from './list-scenario.js';

let list;
const root = () => list.shadowRoot;
const contender = {
  async mount(box) {
    list = document.createElement('ol-chat-list');
    list.directory = DIRECTORY;
    list.chats = [];
    box.append(list);
    await list.updateComplete;
  },
  give(chats) {
    list.chats = chats;
  },
  /** The chat's row is rendered. */
  shown: (id) => !!root().querySelector(`[role="option"][data-chat-id="${id}"]`),
  searchInput: () => root().querySelector('.search input'),
  /** Every rendered row matches the search. */
  matches() {
    const rows = [...root().querySelectorAll('[role="option"]')];
    const folded = SEARCH_TEXT.toLowerCase();
    return rows.length > 0 && rows.every((row) => row.textContent.toLowerCase().normalize('NFD').includes(folded));
  },
  /** A realtime `chat-updated`, as the adapter's feed delivers it to the store. */
  update(chat) {
    list.storeCtl.store.apply({ type: 'chat-updated', chat });
  },
};

// Hooks for poking at a page by hand (and for ad-hoc profiles).
window.contender = contender;
window.benchData = await import('./data.js');
expose((params) => listScenario(contender, params));
