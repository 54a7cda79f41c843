import type { RealtimeEvent } from '../../../src/core/adapter.js';
import type { Chat, Message } from '../../../src/core/model.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { MemoryAdapterOptions, MemoryData } from '../../../src/adapters/memory/index.js';

/** The fixed "now" of the tests. */
export const NOW = new Date('2026-11-25T10:00:00.000Z');

const at = (time: string) => `2026-11-25T${time}:00.000Z`;

function chat(init: Partial<Chat> & Pick<Chat, 'id' | 'state' | 'queueId' | 'sourceChannel' | 'createdAt' | 'updatedAt'>): Chat {
  return {
    title: init.client?.name ?? init.id,
    pinned: false,
    silent: false,
    unreadCount: 0,
    client: { id: `client-${init.id}`, name: `Client ${init.id}` },
    sessionId: '100',
    ...init,
  };
}

function message(id: string, chatId: string, authorKind: Message['authorKind'], text: string, createdAt: string, authorId?: string): Message {
  const m: Message = { id, chatId, authorKind, text, createdAt };
  if (authorId) m.authorId = authorId;
  return m;
}

const alice = { id: 'alice', name: 'Alice Durand', email: 'alice@example.com' };

/**
 * A small hand-made data set (me = op1, my queue = q1):
 * ch1 new unassigned q1 · ch2 answered op1 · ch3 answered op2 q2 · ch4 closed op1 (like, same client as ch1)
 * ch5 spam op2 · ch6 new assigned op2 q1 · ch7 closed op2 (dislike)
 */
export function fixture(): MemoryData {
  return {
    me: 'op1',
    operators: [
      { id: 'op1', name: 'Marie Curie', status: 'online', activeChats: 1, queueIds: ['q1'] },
      { id: 'op2', name: 'Élodie Garnier', status: 'online', activeChats: 2, queueIds: ['q1', 'q2'] },
      { id: 'op3', name: 'Paul Martin', status: 'offline', activeChats: 0, queueIds: ['q2'] },
    ],
    queues: [
      { id: 'q1', name: 'Support', operatorIds: ['op1', 'op2'], active: true },
      { id: 'q2', name: 'Sales', operatorIds: ['op2', 'op3'], active: true },
      { id: 'q3', name: 'VIP', operatorIds: ['op2'], active: false },
    ],
    chats: [
      chat({
        id: 'ch1', state: 'new', queueId: 'q1', sourceChannel: 'livechat', client: alice, title: 'Alice Durand',
        createdAt: at('09:00'), updatedAt: at('09:05'), waitingSince: at('09:00'), unreadCount: 2,
        crm: [{ type: 'contact', id: '1', title: 'Alice Durand' }], sessionId: '105',
      }),
      chat({
        id: 'ch2', state: 'answered', operatorId: 'op1', queueId: 'q1', sourceChannel: 'telegram',
        client: { id: 'bob', name: 'Bob Martin' }, title: 'Bob — parcel', createdAt: at('08:00'), updatedAt: at('09:30'),
        unreadCount: 1, firstResponseSeconds: 60, sessionId: '104', autoCloseAt: at('12:00'),
      }),
      chat({
        id: 'ch3', state: 'answered', operatorId: 'op2', queueId: 'q2', sourceChannel: 'whatsapp',
        client: { id: 'chloe', name: 'Chloé Élise' }, createdAt: at('07:00'), updatedAt: at('07:30'),
        firstResponseSeconds: 1800, sessionId: '103',
      }),
      chat({
        id: 'ch4', state: 'closed', operatorId: 'op1', queueId: 'q1', sourceChannel: 'email', client: alice,
        createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T11:00:00.000Z', rating: 'like',
        crm: [{ type: 'deal', id: '7', title: 'Deal #7' }], firstResponseSeconds: 60, sessionId: '101',
      }),
      chat({
        id: 'ch5', state: 'spam', operatorId: 'op2', queueId: 'q2', sourceChannel: 'viber',
        client: { id: 'spammer', name: 'Spammer' }, createdAt: '2026-11-22T10:00:00.000Z',
        updatedAt: '2026-11-22T10:01:00.000Z', sessionId: '102',
      }),
      chat({
        id: 'ch6', state: 'new', operatorId: 'op2', queueId: 'q1', sourceChannel: 'facebook',
        client: { id: 'dan', name: 'Dan Brown' }, createdAt: at('09:40'), updatedAt: at('09:40'), waitingSince: at('09:40'),
        unreadCount: 1, sessionId: '106',
      }),
      chat({
        id: 'ch7', state: 'closed', operatorId: 'op2', queueId: 'q2', sourceChannel: 'livechat',
        client: { id: 'eve', name: 'Eve Adams' }, createdAt: '2026-11-23T08:00:00.000Z',
        updatedAt: '2026-11-23T08:30:00.000Z', rating: 'dislike', firstResponseSeconds: 120, sessionId: '100',
      }),
    ],
    messages: [
      message('m2', 'ch1', 'client', 'Numéro [b]A-100[/b]', at('09:05'), 'alice'),
      message('m1', 'ch1', 'client', 'Bonjour, ma commande est en retard', at('09:00'), 'alice'),
      message('m3', 'ch2', 'client', 'Where is my parcel?', at('08:00'), 'bob'),
      message('m4', 'ch2', 'system', 'Chat taken by Marie Curie', at('08:01')),
      message('m5', 'ch2', 'operator', 'Let me check', at('08:02'), 'op1'),
      message('m6', 'ch2', 'client', 'Thanks', at('09:30'), 'bob'),
      message('m7', 'ch3', 'client', 'Prix du fauteuil ?', at('07:00'), 'chloe'),
      message('m8', 'ch3', 'operator', '349 €', at('07:30'), 'op2'),
      message('m9', 'ch4', 'client', 'Old question about my invoice', '2026-11-20T10:00:00.000Z', 'alice'),
      message('m10', 'ch4', 'operator', 'Here is the invoice', '2026-11-20T10:01:00.000Z', 'op1'),
      message('m11', 'ch5', 'client', 'Buy now!!!', '2026-11-22T10:00:00.000Z', 'spammer'),
      message('m12', 'ch6', 'client', 'Hello?', at('09:40'), 'dan'),
      message('m13', 'ch7', 'client', 'Never mind', '2026-11-23T08:00:00.000Z', 'eve'),
    ],
    canned: [
      { id: 'cr1', title: 'Bonjour', text: 'Bonjour {client.name}, je suis {operator.name}', section: 'greeting', usageCount: 10 },
      { id: 'cr2', title: 'Délai de livraison', text: 'La livraison prend [b]3 jours[/b]', section: 'delivery', usageCount: 50 },
      { id: 'cr3', title: 'Payment', text: 'Pay by [b]card[/b]', section: 'payment', usageCount: 5 },
    ],
    gifs: [
      { id: 'g1', title: 'Thank you', url: 'data:image/svg+xml,a', previewUrl: 'data:image/svg+xml,a', width: 10, height: 10 },
      { id: 'g2', title: 'Hello', url: 'data:image/svg+xml,b', previewUrl: 'data:image/svg+xml,b', width: 10, height: 10 },
    ],
    commands: [
      { command: '/me', title: 'Action' },
      { command: '/rating', title: 'Ask for a rating' },
    ],
    salesItems: [
      { id: 's1', kind: 'product', title: 'Desk', price: '$100', url: 'https://shop.example.com/desk' },
      { id: 's2', kind: 'payment', title: 'Payment link', url: 'https://pay.example.com/1' },
    ],
    publicChats: [{ id: 'pc1', name: 'Support team' }],
  };
}

/** A mutable clock for `now`. */
export class TestClock {
  time = NOW.getTime();

  readonly now = (): Date => new Date(this.time);

  advance(ms: number): void {
    this.time += ms;
  }

  iso(): string {
    return new Date(this.time).toISOString();
  }
}

/** An adapter over the fixture with a test clock. */
export function createAdapter(options: MemoryAdapterOptions = {}, data: Partial<MemoryData> = fixture()) {
  const clock = new TestClock();
  const adapter = new MemoryAdapter(data, { now: clock.now, ...options });
  return { adapter, clock };
}

/** Records realtime events until `stop()`. */
export function recordEvents(adapter: MemoryAdapter) {
  const events: RealtimeEvent[] = [];
  const stop = adapter.subscribe((event) => events.push(event));
  return {
    events,
    stop,
    types: () => events.map((e) => e.type),
    clear: () => {
      events.length = 0;
    },
  };
}

/** Awaits a promise that must reject, and returns the error. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}
