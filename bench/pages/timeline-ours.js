/** Our `<ol-chat-panel>` with a chat selected, fed by properties; its timeline shows the messages. */
import '../../src/components/chat-panel/ol-chat-panel.js';
import { CHAT_ID, DIRECTORY, timelineChat } from './data.js';
import { deepFind, expose } from './harness.js';
import { timelineScenario } from './timeline-scenario.js';

let panel;
const contender = {
  async mount(box) {
    panel = document.createElement('ol-chat-panel');
    panel.me = DIRECTORY.me;
    panel.operators = DIRECTORY.operators;
    panel.queues = DIRECTORY.queues;
    panel.chat = timelineChat();
    panel.chatId = CHAT_ID;
    panel.messages = [];
    box.append(panel);
    await panel.updateComplete;
  },
  give(messages) {
    panel.messages = messages;
  },
  shown(id) {
    return !!deepFind(panel, (el) => el.localName === 'article' && el.dataset.messageId === id);
  },
  part: () => panel.shadowRoot.querySelector('ol-timeline'),
  rows: () => panel.shadowRoot.querySelector('ol-timeline').shadowRoot.querySelectorAll('.log > .row').length,
  /** The timeline's own jumps (what "jump to a message" and "Jump to latest" call). */
  jumpTo(id) {
    void panel.shadowRoot.querySelector('ol-timeline').scrollToMessage(id);
  },
  jumpToLatest() {
    panel.shadowRoot.querySelector('ol-timeline').scrollToLatest();
  },
  /** A realtime message, as the adapter's feed delivers it to the store. */
  append(message) {
    panel.storeCtl.store.apply({ type: 'message-added', message });
  },
};

// Hooks for poking at a page by hand (and for ad-hoc profiles).
window.contender = contender;
window.benchData = await import('./data.js');
expose((params) => timelineScenario(contender, params));
