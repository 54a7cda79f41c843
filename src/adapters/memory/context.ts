/**
 * What the operations of `MemoryAdapter` share: the state, the texts, the
 * clock and the event channel, plus the helpers several operations use.
 */
import { OlAdapterError } from '../../core/adapter.js';
import type { RealtimeEvent } from '../../core/adapter.js';
import type { Id, Message } from '../../core/model.js';
import type { DemoTexts } from './demo-texts.js';
import type { ChatRecord, MemoryStore } from './memory-store.js';
import type { Prng } from './prng.js';

/** The adapter as its operations see it. */
export interface MemoryContext {
  readonly store: MemoryStore;
  /** Language of system messages and simulated texts. */
  readonly texts: DemoTexts;
  /** Randomness of the simulation (seeded). */
  readonly rng: Prng;
  now(): Date;
  /** Delivers an event to the subscribers (each gets a copy). */
  emit(event: RealtimeEvent): void;
}

export type MessageInit = Omit<Message, 'id' | 'chatId'>;

export const invalid = (message: string): OlAdapterError => new OlAdapterError(message, 'INVALID');

export const nowIso = (ctx: MemoryContext): string => ctx.now().toISOString();

/** Name of the current operator, for system messages. */
export const myName = (ctx: MemoryContext): string => ctx.store.currentOperator.name;

/** Emits `message-added` for each new message, then `chat-updated`. */
export function publish(ctx: MemoryContext, record: ChatRecord, ...added: Message[]): void {
  for (const message of added) ctx.emit({ type: 'message-added', message });
  ctx.emit({ type: 'chat-updated', chat: record.chat });
}

/** The record of a chat that is still open (`new` or `answered`); rejects finished ones. */
export function openRecord(ctx: MemoryContext, chatId: Id): ChatRecord {
  const record = ctx.store.record(chatId);
  if (record.chat.state === 'closed' || record.chat.state === 'spam') {
    throw new OlAdapterError('The conversation is finished', 'CHAT_CLOSED');
  }
  return record;
}

/** A message of the current operator in this chat; rejects other authors' messages. */
export function ownMessage(ctx: MemoryContext, record: ChatRecord, messageId: Id): Message {
  const message = ctx.store.message(record, messageId);
  if (message.authorKind !== 'operator' || message.authorId !== ctx.store.me) {
    throw new OlAdapterError('Only your own messages can be changed', 'FORBIDDEN');
  }
  return message;
}

/** Appends a system message. */
export function postSystem(ctx: MemoryContext, record: ChatRecord, text: string): Message {
  return ctx.store.addMessage(record, { authorKind: 'system', text, createdAt: nowIso(ctx) });
}

/**
 * Assigns the chat to an operator as `answered` and posts `text`. Taking a
 * waiting chat sets its first response time.
 */
export function take(ctx: MemoryContext, record: ChatRecord, operatorId: Id, text: string): Message {
  const now = nowIso(ctx);
  ctx.store.updateChat(record, (chat) => {
    if (chat.state === 'new' && chat.firstResponseSeconds === undefined) {
      const since = Date.parse(chat.waitingSince ?? chat.createdAt);
      chat.firstResponseSeconds = Math.max(0, Math.round((Date.parse(now) - since) / 1000));
    }
    if (chat.operatorId !== operatorId) chat.pinned = false;
    chat.state = 'answered';
    chat.operatorId = operatorId;
    if (operatorId === ctx.store.me) chat.unreadCount = 0;
    delete chat.waitingSince;
  });
  return postSystem(ctx, record, text);
}
