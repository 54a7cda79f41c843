/**
 * Our timeline loading an older page while keeping the scroll anchor: the
 * panel on an adapter whose first page holds the latest N messages; scrolled
 * to the top, the timeline asks for the page before; the bench releases the
 * answer (50 messages) at the start of a frame and measures until painted
 * with the anchor message back where it was.
 */
import '../../src/components/chat-panel/ol-chat-panel.js';
import { CHAT_ID, DIRECTORY, messages, timelineChat } from './data.js';
import { deepFind, expose, frame, host, measure, settle } from './harness.js';

const OLDER = 50;

class PagedAdapter {
  constructor(latest, older) {
    this.latest = latest;
    this.older = older;
    this.gate = undefined;
    this.asked = false;
  }
  async listChats() {
    return { items: [timelineChat()] };
  }
  async getChat() {
    return timelineChat();
  }
  async listMessages(chatId, { before } = {}) {
    if (!before) return { items: this.latest, nextCursor: 'older' };
    this.asked = true;
    await new Promise((resolve) => (this.gate = resolve));
    return { items: this.older };
  }
  async listOperators() {
    return DIRECTORY.operators;
  }
  async listQueues() {
    return DIRECTORY.queues;
  }
  async currentOperator() {
    return DIRECTORY.me;
  }
}

async function older({ n }) {
  const box = host();
  const latest = messages(n);
  const page = messages(OLDER, { seed: 9, idPrefix: 'o', endAt: Date.parse(latest[0].createdAt) - 60e3 });
  const adapter = new PagedAdapter(latest, page);
  const panel = document.createElement('ol-chat-panel');
  panel.adapter = adapter;
  panel.chatId = CHAT_ID;
  box.append(panel);
  const timeline = () => panel.shadowRoot.querySelector('ol-timeline');
  const log = () => timeline()?.shadowRoot.querySelector('.log');
  for (let i = 0; i < 600 && !log()?.querySelector('article'); i += 1) await frame();
  await settle(10);
  const scroller = log();
  // The timeline shows a window of the messages held: go to the oldest one
  // held first (its own jump), then to the top, where it asks for more.
  await timeline().scrollToMessage(latest[0].id);
  await settle(5);
  for (let i = 0; i < 240 && !adapter.gate; i += 1) {
    scroller.scrollTop = 0;
    await frame();
  }
  if (!adapter.gate) throw new Error('the timeline did not ask for older messages');
  await settle(10);
  const top = () => scroller.getBoundingClientRect().top;
  const anchor = [...scroller.querySelectorAll('article[data-message-id]')].find((a) => a.getBoundingClientRect().top >= top());
  const id = anchor.dataset.messageId;
  const offset = anchor.getBoundingClientRect().top - top();
  const where = () => {
    const el = deepFind(scroller, (e) => e.localName === 'article' && e.dataset.messageId === id);
    return el ? el.getBoundingClientRect().top - top() : NaN;
  };
  const hasPage = () => !!scroller.querySelector(`[data-key="${page.at(-1).id}"]`) || timeline().shadowRoot.querySelector('.beginning') !== null;
  const loaded = await measure(() => adapter.gate(), () => Math.abs(where() - offset) < 1 && hasPage(), { timeoutMs: 15_000 });
  const driftPainted = Math.abs(where() - offset);
  await settle(10);
  return { n, olderPainted: loaded.painted, olderFrames: loaded.frames, anchorDrift: driftPainted, anchorDriftSettled: Math.abs(where() - offset) };
}

expose(older);
