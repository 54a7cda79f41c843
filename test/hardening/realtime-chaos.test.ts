import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { MemoryData } from '../../src/adapters/memory/index.js';
import '../../src/components/chat-list/ol-chat-list.js';
import '../../src/components/chat-panel/ol-chat-panel.js';
import type { OlChatListElement } from '../../src/components/chat-list/chat-list.component.js';
import type { OlChatPanelElement } from '../../src/components/chat-panel/chat-panel.component.js';
import type { OlTimelineElement } from '../../src/components/timeline/timeline.component.js';
import type { RealtimeEvent } from '../../src/core/adapter.js';
import type { Chat, Id, Message } from '../../src/core/model.js';
import { compareMessages } from '../../src/core/message-thread.js';
import { OlStore, storeFor } from '../../src/core/store.js';
import { FakeFeed } from '../helpers/fixtures.js';

/**
 * Realtime chaos: the backend's events reach the elements duplicated,
 * reordered and late, some for chats nobody knows or that were removed, and
 * in a burst of 1,000 client messages a second for 10 seconds across 500
 * chats (100 messages, i.e. 200 events, every 100 ms). Afterwards the open
 * chat shows every message once, in order, and every counter is exact.
 */

/** A small seeded generator, so that every run replays the same chaos. */
class Rng {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }
}

const ME = 'op-me';
const OPEN = 'chat-0';
const START = Date.now() - 60 * 60_000;

/** 500 answered chats of mine, one client message each, an hour ago and older. */
function burstData(chatCount: number): MemoryData {
  const chats: Chat[] = [];
  const messages: Message[] = [];
  for (let i = 0; i < chatCount; i += 1) {
    const at = new Date(START - (i + 1) * 60_000).toISOString();
    chats.push({
      id: `chat-${i}`,
      title: `Client ${i}`,
      state: 'answered',
      pinned: false,
      silent: false,
      unreadCount: 0,
      client: { id: `client-${i}`, name: `Client ${i}` },
      operatorId: ME,
      queueId: 'q1',
      sourceChannel: 'livechat',
      sessionId: String(1000 + i),
      createdAt: at,
      updatedAt: at,
    });
    messages.push({ id: `first-${i}`, chatId: `chat-${i}`, authorKind: 'client', authorId: `client-${i}`, authorName: `Client ${i}`, text: `Hello ${i}`, createdAt: at });
  }
  return {
    me: ME,
    operators: [
      { id: ME, name: 'Alex Me', queueIds: ['q1'], status: 'online' },
      { id: 'op-2', name: 'Priya Shah', queueIds: ['q1'], status: 'online' },
    ],
    queues: [{ id: 'q1', name: 'Website', operatorIds: [ME, 'op-2'] }],
    chats,
    messages,
    canned: [],
  };
}

/**
 * Delivers recorded backend events with chaos: each one may be delivered
 * twice, late (a tick or ten later, after newer ones), or shuffled within its
 * tick.
 */
class ChaosFeed {
  readonly feed = new FakeFeed();
  private readonly later = new Map<number, RealtimeEvent[]>();
  duplicated = 0;
  delayed = 0;
  delivered = 0;

  constructor(private readonly rng: Rng) {}

  deliver(tick: number, events: readonly RealtimeEvent[]): void {
    const now: RealtimeEvent[] = [...(this.later.get(tick) ?? [])];
    this.later.delete(tick);
    for (const event of events) {
      const roll = this.rng.next();
      if (roll < 0.1) {
        // Duplicated: once now, once again later.
        now.push(event);
        this.hold(tick + 1 + this.rng.int(5), event);
        this.duplicated += 1;
      } else if (roll < 0.2) {
        this.hold(tick + 1 + (this.rng.next() < 0.8 ? 0 : 9), event);
        this.delayed += 1;
      } else {
        now.push(event);
      }
    }
    // Reordered within the tick.
    for (let i = now.length - 1; i > 0; i -= 1) {
      const j = this.rng.int(i + 1);
      [now[i], now[j]] = [now[j], now[i]];
    }
    for (const event of now) this.feed.emit(structuredClone(event));
    this.delivered += now.length;
  }

  /** Whatever is still held back, delivered now (the end of the chaos). */
  drain(): void {
    for (const tick of [...this.later.keys()].sort((a, b) => a - b)) this.deliver(tick, []);
  }

  private hold(tick: number, event: RealtimeEvent): void {
    const list = this.later.get(tick) ?? [];
    list.push(event);
    this.later.set(tick, list);
  }
}

/** Longest gap between animation frames and long animation frames while `run` runs. */
async function measureFrames(run: () => Promise<void>): Promise<{ maxFrameMs: number; frames: number; longFrames: number; longestLoafMs: number; blockingMs: number }> {
  let last = performance.now();
  let maxFrameMs = 0;
  let frames = 0;
  let running = true;
  const loop = (now: number) => {
    maxFrameMs = Math.max(maxFrameMs, now - last);
    last = now;
    frames += 1;
    if (running) requestAnimationFrame(loop);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(loop);
  });
  let longFrames = 0;
  let longestLoafMs = 0;
  let blockingMs = 0;
  let observer: PerformanceObserver | undefined;
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longFrames += 1;
        longestLoafMs = Math.max(longestLoafMs, entry.duration);
        blockingMs += (entry as PerformanceEntry & { blockingDuration?: number }).blockingDuration ?? 0;
      }
    });
    observer.observe({ type: 'long-animation-frame', buffered: false });
  }
  await run();
  running = false;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  if (observer) {
    for (const entry of observer.takeRecords()) {
      longFrames += 1;
      longestLoafMs = Math.max(longestLoafMs, entry.duration);
    }
    observer.disconnect();
  }
  return { maxFrameMs, frames, longFrames, longestLoafMs, blockingMs };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The list's rows (chat id → unread badge) and group headers (group → count), scrolled through top to bottom. */
async function readList(list: OlChatListElement): Promise<{ order: Id[]; unread: Map<Id, number>; groups: Map<string, number>; setSize: Set<string> }> {
  const root = list.shadowRoot!;
  const box = root.querySelector<HTMLElement>('[role="listbox"]')!;
  const order: Id[] = [];
  const unread = new Map<Id, number>();
  const groups = new Map<string, number>();
  const setSize = new Set<string>();
  box.scrollTop = 0;
  for (let guard = 0; guard < 2000; guard += 1) {
    await nextFrame();
    await nextFrame();
    for (const node of root.querySelectorAll<HTMLElement>('.group-header')) {
      groups.set(node.dataset.group!, Number(node.querySelector('.group-count')!.textContent!.replace(/\D/g, '')));
    }
    const rows = [...root.querySelectorAll<HTMLElement>('[role="option"]')].sort((a, b) => Number(a.dataset.row) - Number(b.dataset.row));
    for (const row of rows) {
      const id = row.dataset.chatId!;
      const index = Number(row.dataset.row);
      if (order[index] !== undefined && order[index] !== id) throw new Error(`row ${index} shows ${id}, before ${order[index]}`);
      order[index] = id;
      const badge = row.querySelector('.unread')?.textContent?.trim();
      // "99+" reads as 100.
      unread.set(id, badge === undefined ? 0 : badge === '99+' ? 100 : Number(badge));
      setSize.add(row.getAttribute('aria-setsize')!);
    }
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) break;
    box.scrollTop += Math.max(100, box.clientHeight - 80);
  }
  return { order, unread, groups, setSize };
}

/** Message ids of a timeline in display order, scrolled through top to bottom; fails on a row shown twice. */
async function readTimeline(timeline: OlTimelineElement): Promise<Id[]> {
  const root = timeline.shadowRoot!;
  const log = root.querySelector<HTMLElement>('[role="log"]')!;
  const order: Id[] = [];
  const seen = new Set<Id>();
  // Let it finish sticking to the latest message, then go to the top.
  await timeline.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (let i = 0; i < 20; i += 1) {
    log.scrollTop = 0;
    await nextFrame();
    await nextFrame();
    if (log.scrollTop === 0) break;
  }
  for (let guard = 0; guard < 5000; guard += 1) {
    await nextFrame();
    await nextFrame();
    const articles = [...root.querySelectorAll<HTMLElement>('article[data-message-id]')];
    const ids = articles.map((a) => a.dataset.messageId!);
    if (new Set(ids).size !== ids.length) throw new Error('a message is rendered twice');
    const positions = articles.map((a) => Number(a.getAttribute('aria-posinset')));
    ids.forEach((id, i) => {
      const at = positions[i] - 1;
      if (seen.has(id) && order[at] !== id) throw new Error(`${id} shown at two positions`);
      order[at] = id;
      seen.add(id);
    });
    if (log.scrollTop + log.clientHeight >= log.scrollHeight - 1) break;
    log.scrollTop += Math.max(100, log.clientHeight - 60);
  }
  return order;
}

describe('hardening: realtime chaos', function () {
  this.timeout(240_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  async function mount(chatCount: number) {
    let clock = START;
    // The backend orders its changes: every event gets a later time than the one before.
    const adapter = new MemoryAdapter(burstData(chatCount), { now: () => new Date((clock += 1)) });
    const realSubscribe = adapter.subscribe.bind(adapter);
    const chaos = new ChaosFeed(new Rng(7));
    // The elements hear the chaotic feed; the test records the backend's own events.
    adapter.subscribe = chaos.feed.subscribe;
    const root = await fixture<HTMLElement>(html`<div style="display: grid; grid-template-columns: 360px 1fr; block-size: 640px;">
      <ol-chat-list group-waiting page-size="1000" .adapter=${adapter} style="block-size: 640px"></ol-chat-list>
      <ol-chat-panel chat-id=${OPEN} .adapter=${adapter} style="block-size: 640px"></ol-chat-panel>
    </div>`);
    const list = root.querySelector<OlChatListElement>('ol-chat-list')!;
    const panel = root.querySelector<OlChatPanelElement>('ol-chat-panel')!;
    const store = storeFor(adapter);
    await waitUntil(() => store.chats.length === chatCount, 'the chats did not load', { timeout: 20_000 });
    await waitUntil(() => panel.shadowRoot!.querySelector('ol-timeline')?.shadowRoot?.querySelector('article[data-message-id]'), 'the timeline did not render', { timeout: 20_000 });
    const timeline = panel.shadowRoot!.querySelector<OlTimelineElement>('ol-timeline')!;
    return { adapter, realSubscribe, chaos, list, panel, timeline, store };
  }

  /** What the elements must show: the backend's final state. */
  function expected(adapter: MemoryAdapter) {
    const snapshot = adapter.snapshot();
    const mine = snapshot.chats.filter((c) => (c.operatorId === undefined ? c.state === 'new' && c.queueId === 'q1' : c.operatorId === ME));
    return {
      snapshot,
      mine,
      waiting: mine.filter((c) => c.state === 'new').length,
      active: mine.filter((c) => c.state === 'answered').length,
      messagesOf: (chatId: Id) => snapshot.messages.filter((m) => m.chatId === chatId).sort(compareMessages).map((m) => m.id),
    };
  }

  it('a removed chat stays removed whatever late update comes, until it is added anew or read again', async () => {
    const store = new OlStore();
    const chat = (minute: number, unreadCount: number): Chat => ({
      ...burstData(1).chats[0],
      unreadCount,
      updatedAt: new Date(Date.UTC(2026, 10, 25, 9, minute)).toISOString(),
    });
    store.apply({ type: 'chat-added', chat: chat(0, 0) });
    // The backend changed it at 9:01 then removed it; the removal overtook the 9:01 update.
    store.apply({ type: 'chat-removed', chatId: 'chat-0' });
    store.apply({ type: 'chat-updated', chat: chat(1, 1) });
    store.apply({ type: 'message-added', message: { id: 'late', chatId: 'chat-0', authorKind: 'client', text: 'Late', createdAt: chat(1, 1).updatedAt } });
    expect(store.getChat('chat-0')).to.equal(undefined);
    expect(store.messages('chat-0')).to.deep.equal([]);
    // A late copy of its first addition does not bring it back either; a new addition does.
    store.apply({ type: 'chat-added', chat: chat(0, 0) });
    expect(store.getChat('chat-0')).to.equal(undefined);
    store.apply({ type: 'chat-added', chat: chat(5, 2) });
    expect(store.getChat('chat-0')?.unreadCount).to.equal(2);
  });

  it('a repeated copy does not undo a change made at the same time (read), a new copy at that time is taken', () => {
    const store = new OlStore();
    const base = burstData(1).chats[0];
    const unread = { ...base, unreadCount: 3, updatedAt: '2026-11-25T09:00:00.000Z' };
    store.apply({ type: 'chat-updated', chat: unread });
    // Read: the backend keeps `updatedAt` (the list sorts by activity, not by reading).
    store.patchChat(base.id, { unreadCount: 0 });
    store.apply({ type: 'chat-updated', chat: { ...unread, unreadCount: 0 } });
    store.apply({ type: 'chat-updated', chat: structuredClone(unread) });
    store.apply({ type: 'chat-updated', chat: structuredClone(unread) });
    expect(store.getChat(base.id)!.unreadCount).to.equal(0);
    // A different copy at the same time (a rename) is still taken.
    store.apply({ type: 'chat-updated', chat: { ...unread, unreadCount: 0, title: 'Renamed' } });
    expect(store.getChat(base.id)!.title).to.equal('Renamed');
    // And a newer one of course.
    store.apply({ type: 'chat-updated', chat: { ...unread, unreadCount: 1, updatedAt: '2026-11-25T09:00:00.001Z' } });
    expect(store.getChat(base.id)!.unreadCount).to.equal(1);
  });

  it('duplicated, reordered and late events, unknown and removed chats: each message once, in order, counters exact', async () => {
    const { adapter, realSubscribe, chaos, list, timeline, store } = await mount(20);
    const rng = new Rng(11);
    const targets = Array.from({ length: 20 }, (_, i) => `chat-${i}`);
    // chat-9 gets a message in the tick it is removed in.
    const ticks: RealtimeEvent[][] = [];
    const stop = realSubscribe((event) => ticks.at(-1)!.push(event));
    const sent = new Map<Id, number>();
    let openCount = 0;
    for (let tick = 0; tick < 30; tick += 1) {
      ticks.push([]);
      for (let n = 0; n < 10; n += 1) {
        const chatId = n === 0 ? OPEN : tick === 8 && n === 1 ? 'chat-9' : rng.pick(targets);
        adapter.simulateClientMessage(chatId, `Tick ${tick} message ${n}`);
        sent.set(chatId, (sent.get(chatId) ?? 0) + 1);
        if (chatId === OPEN) openCount += 1;
      }
      if (tick === 5) adapter.simulateTakenByOther('chat-5', 'op-2');
      if (tick === 8) {
        targets.splice(targets.indexOf('chat-9'), 1);
        adapter.simulateChatRemoved('chat-9');
      }
      if (tick === 12) {
        const chat = adapter.simulateNewChat({ clientName: 'Nova Waiting', queueId: 'q1', text: 'Anyone?' });
        targets.push(chat.id);
        sent.set(chat.id, 1);
      }
      if (tick === 20) {
        // My own message, edited, then deleted in the open chat.
        const mine = await adapter.sendMessage(OPEN, { text: 'On it', silent: false, attachments: [] });
        await adapter.editMessage(OPEN, mine.id, 'On it, checking the order');
        await adapter.deleteMessage(OPEN, mine.id);
        // My answer reads the chat.
        sent.set(OPEN, 0);
      }
    }
    stop();
    // Events nobody can place: unknown chats, a removed chat, unknown messages, typing in a ghost chat.
    // The last activity of chat-9 before its removal (its message and update) comes after the removal.
    const ofChat9 = (e: RealtimeEvent) => (e.type === 'chat-updated' && e.chat.id === 'chat-9') || (e.type === 'message-added' && e.message.chatId === 'chat-9');
    const lastActivity = ticks[8].filter(ofChat9);
    expect(lastActivity.map((e) => e.type)).to.deep.equal(['message-added', 'chat-updated']);
    ticks[8] = ticks[8].filter((e) => !ofChat9(e));
    ticks[25].push(
      ...lastActivity,
      { type: 'message-added', message: { id: 'ghost-m1', chatId: 'ghost-chat', authorKind: 'client', text: 'Boo', createdAt: new Date().toISOString() } },
      { type: 'message-added', message: { id: 'late-m9', chatId: 'chat-9', authorKind: 'client', text: 'Too late', createdAt: new Date().toISOString() } },
      { type: 'message-removed', chatId: OPEN, messageId: 'never-existed' },
      { type: 'message-removed', chatId: 'ghost-chat', messageId: 'ghost-m2' },
      { type: 'chat-removed', chatId: 'ghost-chat-2' },
      { type: 'typing', chatId: 'ghost-chat', operatorId: 'op-2', typing: true },
    );
    for (let tick = 0; tick < ticks.length; tick += 1) {
      chaos.deliver(tick, ticks[tick]);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    chaos.drain();
    expect(chaos.duplicated).to.be.greaterThan(10);
    expect(chaos.delayed).to.be.greaterThan(10);

    const want = expected(adapter);
    // The open chat: every message once, in creation order, the deleted one as a tombstone.
    const openIds = want.messagesOf(OPEN);
    expect(openIds).to.have.length(1 + openCount + 1);
    expect(store.messages(OPEN).map((m) => m.id)).to.deep.equal(openIds);
    await waitUntil(() => timeline.shadowRoot!.querySelectorAll('article[data-message-id]').length > 0);
    expect(await readTimeline(timeline)).to.deep.equal(openIds);
    // The removed chat stays removed; ghosts stay out.
    expect(store.getChat('chat-9')).to.equal(undefined);
    expect(store.getChat('ghost-chat')).to.equal(undefined);
    // Counters: the rendered list against the backend and against what was sent.
    const shown = await readList(list);
    expect(shown.order).to.have.members(want.mine.map((c) => c.id));
    expect(shown.order).to.have.length(want.mine.length);
    expect([...shown.setSize]).to.deep.equal([String(want.mine.length)]);
    for (const chat of want.mine) {
      expect(shown.unread.get(chat.id), `unread of ${chat.id}`).to.equal(chat.unreadCount);
      expect(chat.unreadCount, `backend unread of ${chat.id}`).to.equal(sent.get(chat.id) ?? 0);
    }
    expect(shown.order).not.to.include('chat-5');
    expect(Object.fromEntries(shown.groups)).to.deep.equal({ waiting: 1, active: want.active });
    expect(want.waiting).to.equal(1);
    expect(want.active).to.equal(18);

    // The operator reads a chat; then the feed reconnects and replays every event again.
    const readChat = want.mine.find((c) => c.id !== OPEN && c.unreadCount > 0)!;
    list.selectChat(readChat.id);
    await waitUntil(async () => (await adapter.getChat(readChat.id)).unreadCount === 0, 'not read on the backend');
    const before = store.chats;
    const replay = ticks.flat();
    chaos.feed.emit({ type: 'chat-updated', chat: (await adapter.getChat(readChat.id)) });
    for (const event of replay) chaos.feed.emit(structuredClone(event));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.getChat(readChat.id)!.unreadCount, 'unread after the replay').to.equal(0);
    expect(store.messages(OPEN).map((m) => m.id)).to.deep.equal(openIds);
    for (const chat of before) expect(store.getChat(chat.id), `${chat.id} after the replay`).to.deep.equal(chat);
  });

  it('a burst of 1,000 messages a second for 10 s across 500 chats: all shown once, in order, counters exact', async () => {
    const CHATS = 500;
    const TICKS = 100;
    const PER_TICK = 100;
    const { adapter, realSubscribe, chaos, list, timeline, store } = await mount(CHATS);
    const rng = new Rng(2026);
    const targets = Array.from({ length: CHATS }, (_, i) => `chat-${i}`);
    const sent = new Map<Id, number>();
    // The backend's events, recorded tick by tick, then replayed at the burst's pace.
    const ticks: RealtimeEvent[][] = [];
    const stop = realSubscribe((event) => ticks.at(-1)!.push(event));
    let taken = 0;
    let removed = 0;
    let added = 0;
    for (let tick = 0; tick < TICKS; tick += 1) {
      ticks.push([]);
      for (let n = 0; n < PER_TICK; n += 1) {
        // One message in ten goes to the open chat.
        const chatId = n % 10 === 0 ? OPEN : rng.pick(targets);
        adapter.simulateClientMessage(chatId, `Burst ${tick}.${n} for ${chatId}`);
        sent.set(chatId, (sent.get(chatId) ?? 0) + 1);
      }
      if (tick % 5 === 2) {
        const chat = adapter.simulateNewChat({ clientName: `Newcomer ${tick}`, queueId: 'q1', text: 'Hello?' });
        targets.push(chat.id);
        sent.set(chat.id, 1);
        added += 1;
      }
      if (tick % 10 === 7) {
        adapter.simulateTakenByOther(`chat-${100 + tick}`, 'op-2');
        taken += 1;
      }
      if (tick % 20 === 13) {
        const victim = `chat-${300 + tick}`;
        targets.splice(targets.indexOf(victim), 1);
        adapter.simulateChatRemoved(victim);
        removed += 1;
      }
    }
    stop();
    const messageEvents = ticks.flat().filter((e) => e.type === 'message-added').length;
    // Client messages, the openers of new chats, the system lines of chats taken by a colleague.
    expect(messageEvents).to.equal(TICKS * PER_TICK + added + taken);

    // Time spent applying each tick's events to the store (synchronously, before any rendering).
    const applyMs: number[] = [];
    const frames = await measureFrames(async () => {
      const started = performance.now();
      for (let tick = 0; tick < TICKS; tick += 1) {
        const t0 = performance.now();
        chaos.deliver(tick, ticks[tick]);
        applyMs.push(performance.now() - t0);
        // Next tick 100 ms after this one was due (the work of this one included).
        const due = started + (tick + 1) * 100;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      }
      chaos.drain();
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    console.log(
      `[chaos] burst: ${messageEvents} messages (${chaos.delivered} events delivered, ${chaos.duplicated} duplicated, ${chaos.delayed} late) ` +
        `over ${CHATS} chats in ${TICKS} ticks of 100 ms; longest frame ${frames.maxFrameMs.toFixed(1)} ms over ${frames.frames} frames; ` +
        `long animation frames: ${frames.longFrames}, longest ${frames.longestLoafMs.toFixed(1)} ms, blocking ${frames.blockingMs.toFixed(0)} ms in total; ` +
        `${taken} taken by a colleague, ${removed} removed, ${added} new; ` +
        `applying one tick's events: mean ${(applyMs.reduce((a, b) => a + b, 0) / applyMs.length).toFixed(1)} ms, max ${Math.max(...applyMs).toFixed(1)} ms`,
    );

    const want = expected(adapter);
    const openIds = want.messagesOf(OPEN);
    expect(openIds).to.have.length(1 + sent.get(OPEN)!);
    expect(store.messages(OPEN).map((m) => m.id)).to.deep.equal(openIds);
    expect(await readTimeline(timeline)).to.deep.equal(openIds);

    const shown = await readList(list);
    expect(shown.order).to.have.length(want.mine.length);
    expect(shown.order).to.have.members(want.mine.map((c) => c.id));
    expect([...shown.setSize]).to.deep.equal([String(want.mine.length)]);
    let wrong = 0;
    for (const chat of want.mine) {
      const badge = shown.unread.get(chat.id);
      // Badges show 99+ past 99.
      const wanted = chat.unreadCount;
      if (badge !== Math.min(wanted, 100)) wrong += 1;
      if (chat.unreadCount !== (sent.get(chat.id) ?? 0)) wrong += 1;
      if (store.getChat(chat.id)?.unreadCount !== wanted) wrong += 1;
    }
    expect(wrong, 'wrong unread counters').to.equal(0);
    expect(Object.fromEntries(shown.groups)).to.deep.equal({ waiting: added, active: CHATS - taken - removed });
    expect(want.waiting).to.equal(added);
  });
});
