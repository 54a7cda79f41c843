/**
 * Burst: `<ol-chat-list>` and `<ol-chat-panel>` (one chat open) share one
 * adapter over 500 chats; 1,000 client messages per second arrive through the
 * adapter's realtime feed for 10 s (every 20th in the open chat, the others
 * spread over all chats). Records every animation frame meanwhile.
 */
import '../../src/components/chat-list/ol-chat-list.js';
import '../../src/components/chat-panel/ol-chat-panel.js';
import '../../src/components/provider/ol-provider.js';
import { chats, DIRECTORY, messages as makeMessages, rng } from './data.js';
import { expose, host, recordFrames, settle, sleep } from './harness.js';

/** Reads only, plus the realtime feed the bench drives. */
class BurstAdapter {
  constructor(chatList, open, history) {
    this.chats = new Map(chatList.map((c) => [c.id, c]));
    this.open = open;
    this.history = history;
    this.listeners = new Set();
  }
  async listChats() {
    return { items: [...this.chats.values()] };
  }
  async getChat(id) {
    return this.chats.get(id);
  }
  async listMessages(chatId) {
    return { items: chatId === this.open ? this.history : [] };
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
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(event) {
    for (const listener of this.listeners) listener(event);
  }
}

async function burst({ seconds = 10, rate = 1000, chatCount = 500 }) {
  const box = host();
  const list0 = chats(chatCount, { seed: 3 });
  const open = list0.find((c) => c.state === 'answered');
  const history = makeMessages(200).map((m) => ({ ...m, chatId: open.id }));
  const adapter = new BurstAdapter(list0, open.id, history);
  const provider = document.createElement('ol-provider');
  provider.style.display = 'flex';
  const list = document.createElement('ol-chat-list');
  list.setAttribute('page-size', String(chatCount));
  list.style.flex = '0 0 360px';
  const panel = document.createElement('ol-chat-panel');
  panel.style.flex = '1';
  panel.chatId = open.id;
  provider.append(list, panel);
  provider.adapter = adapter;
  box.append(provider);
  await sleep(500);
  await settle(10);

  const random = rng(5);
  const ids = list0.map((c) => c.id);
  let sent = 0;
  const start = performance.now();
  const clock = Date.parse('2026-11-25T10:00:00Z');
  const total = seconds * rate;
  const timer = setInterval(() => {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
    for (; sent < due; sent += 1) {
      const chatId = sent % 20 === 0 ? open.id : ids[Math.floor(random() * ids.length)];
      adapter.emit({
        type: 'message-added',
        message: {
          id: `b${sent}`,
          chatId,
          authorKind: 'client',
          authorId: `cl-${chatId}`,
          authorName: 'Client',
          text: `Burst message ${sent}: is anyone there?`,
          createdAt: new Date(clock + sent * 10).toISOString(),
        },
      });
    }
    if (sent >= total) clearInterval(timer);
  }, 4);
  const frames = await recordFrames(seconds * 1000);
  clearInterval(timer);
  return { ...frames, sent, seconds };
}

expose(burst);
