import type { RealtimeListener } from '../../src/core/adapter.js';
import type { Chat, Message } from '../../src/core/model.js';

/** A chat with sensible defaults, for tests that need just one or two fields. */
export function makeChat(overrides: Partial<Chat> = {}): Chat {
  return {
    id: 'c1',
    title: 'Anna Client',
    state: 'answered',
    pinned: false,
    silent: false,
    unreadCount: 0,
    client: { id: 'client-1', name: 'Anna Client' },
    operatorId: 'op-me',
    queueId: 'q1',
    sourceChannel: 'livechat',
    sessionId: '100',
    createdAt: '2026-11-25T08:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
    ...overrides,
  };
}

let seq = 0;

/** A message with sensible defaults. */
export function makeMessage(overrides: Partial<Message> = {}): Message {
  seq += 1;
  return {
    id: `m${seq}`,
    chatId: 'c1',
    authorKind: 'client',
    authorId: 'client-1',
    authorName: 'Anna Client',
    text: `Message ${seq}`,
    createdAt: new Date(Date.UTC(2026, 10, 25, 9, 0, seq)).toISOString(),
    ...overrides,
  };
}

/** A realtime feed a test pushes events through, counting its listeners. */
export class FakeFeed {
  readonly listeners = new Set<RealtimeListener>();

  subscribe = (listener: RealtimeListener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  emit: RealtimeListener = (event) => {
    for (const listener of this.listeners) listener(event);
  };
}

/** Resolves after pending microtasks (store notifications are batched per microtask). */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** mulberry32: deterministic random numbers. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
