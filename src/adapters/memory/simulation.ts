/**
 * Client-side activity of `MemoryAdapter`: client messages, new chats,
 * chats taken by colleagues, typing, ratings. Used by the realtime timer,
 * by stories and by tests.
 */
import { OlAdapterError } from '../../core/adapter.js';
import type { Attachment, Chat, Id, Message, Operator, SourceChannel } from '../../core/model.js';
import { nowIso, postSystem, publish, take } from './context.js';
import type { MemoryContext, MessageInit } from './context.js';
import { copy } from './memory-store.js';
import type { SimulatedActivity } from './types.js';

/** What a simulated new chat may be given. */
export interface NewChatInit {
  clientName?: string;
  text?: string;
  queueId?: Id;
  sourceChannel?: SourceChannel;
}

const CHANNELS: SourceChannel[] = ['livechat', 'telegram', 'whatsapp', 'facebook', 'instagram', 'viber', 'email'];

/** An online or busy (or else any) operator other than me. */
export function colleague(ctx: MemoryContext): Operator | undefined {
  const others = [...ctx.store.operators.values()].filter((op) => op.id !== ctx.store.me);
  const available = others.filter((op) => op.status === 'online' || op.status === 'busy');
  const pool = available.length ? available : others;
  return pool.length ? ctx.rng.pick(pool) : undefined;
}

/** A client message arrives and the unread counter goes up; in a finished chat it opens a new session. */
export function simulateClientMessage(ctx: MemoryContext, chatId: Id, text?: string, attachments: Attachment[] = []): Message {
  const { store } = ctx;
  const record = store.record(chatId);
  const now = nowIso(ctx);
  const added: Message[] = [];
  if (record.chat.state === 'closed' || record.chat.state === 'spam') {
    const sessionId = store.nextSessionId();
    record.skippedBy.clear();
    store.updateChat(record, (chat) => {
      chat.sessionId = sessionId;
      chat.state = 'new';
      chat.createdAt = now;
      chat.pinned = false;
      delete chat.operatorId;
      delete chat.firstResponseSeconds;
      delete chat.rating;
      delete chat.autoCloseAt;
    });
    added.push(postSystem(ctx, record, ctx.texts.system.sessionStarted(sessionId)));
  }
  const init: MessageInit = {
    authorKind: 'client',
    authorId: record.chat.client.id,
    authorName: record.chat.client.name,
    text: text ?? ctx.rng.pick(ctx.texts.simulation.clientMessages),
    createdAt: now,
  };
  if (attachments.length) init.attachments = copy(attachments);
  const message = store.addMessage(record, init);
  store.updateChat(record, (chat) => {
    chat.unreadCount += 1;
    if (chat.state === 'new') chat.waitingSince ??= now;
  });
  added.push(message);
  publish(ctx, record, ...added);
  return copy(message);
}

/** A brand-new conversation arrives, waiting unassigned in a queue (`chat-added`, then `message-added`). */
export function simulateNewChat(ctx: MemoryContext, init: NewChatInit = {}): Chat {
  const { store, rng } = ctx;
  if (init.queueId !== undefined) store.queue(init.queueId);
  const queues = [...store.queues.values()].filter((q) => q.active !== false);
  const queueId = init.queueId ?? (queues.length ? rng.pick(queues).id : 'default');
  const name = init.clientName ?? rng.pick(ctx.texts.simulation.newClients);
  const clientIds = new Set([...store.records.values()].map((r) => r.chat.client.id));
  const client = { id: store.nextId('sim-client-', (id) => clientIds.has(id)), name };
  const now = nowIso(ctx);
  const chat: Chat = {
    id: store.nextId('c', (id) => store.records.has(id)),
    title: name,
    state: 'new',
    pinned: false,
    silent: false,
    unreadCount: 1,
    client,
    queueId,
    sourceChannel: init.sourceChannel ?? rng.pick(CHANNELS),
    sessionId: store.nextSessionId(),
    createdAt: now,
    waitingSince: now,
    updatedAt: now,
  };
  const text = init.text ?? rng.pick(ctx.texts.simulation.newChatOpeners);
  const record = store.addChat(chat, [{ authorKind: 'client', authorId: client.id, authorName: name, text, createdAt: now }]);
  ctx.emit({ type: 'chat-added', chat: record.chat });
  for (const message of record.messages) ctx.emit({ type: 'message-added', message });
  return copy(record.chat);
}

/** A colleague takes the chat (answered, theirs). */
export function simulateTakenByOther(ctx: MemoryContext, chatId: Id, operatorId?: Id): Chat {
  const record = ctx.store.record(chatId);
  const operator = operatorId === undefined ? colleague(ctx) : ctx.store.operator(operatorId);
  if (!operator) throw new OlAdapterError('No other operator to take the chat', 'NOT_FOUND');
  publish(ctx, record, take(ctx, record, operator.id, ctx.texts.system.taken(operator.name)));
  return copy(record.chat);
}

export function simulateRating(ctx: MemoryContext, chatId: Id, rating: 'like' | 'dislike'): Chat {
  const record = ctx.store.record(chatId);
  ctx.store.updateChat(record, (chat) => {
    chat.rating = rating;
  });
  publish(ctx, record);
  return copy(record.chat);
}

/**
 * One step of the realtime simulation: usually (70 %) a client message in an
 * open chat, mine more often than not; sometimes a new chat; sometimes a
 * waiting chat taken by a colleague.
 */
export function simulateActivity(ctx: MemoryContext): SimulatedActivity {
  const { rng, store } = ctx;
  const chats = [...store.records.values()].map((r) => r.chat);
  const roll = rng.next();
  if (roll < 0.15) return { kind: 'new-chat', chatId: simulateNewChat(ctx).id };
  const waiting = chats.filter((c) => c.state === 'new' && c.operatorId !== store.me);
  const other = colleague(ctx);
  if (roll < 0.3 && waiting.length && other) {
    const chat = simulateTakenByOther(ctx, rng.pick(waiting).id, other.id);
    return { kind: 'taken-by-other', chatId: chat.id, operatorId: other.id };
  }
  const open = chats.filter((c) => c.state === 'new' || c.state === 'answered');
  if (open.length === 0) return { kind: 'new-chat', chatId: simulateNewChat(ctx).id };
  const mine = open.filter((c) => c.operatorId === store.me);
  const target = mine.length && rng.chance(0.6) ? rng.pick(mine) : rng.pick(open);
  const message = simulateClientMessage(ctx, target.id);
  return { kind: 'client-message', chatId: target.id, messageId: message.id };
}
