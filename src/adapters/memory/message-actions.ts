/** The composer and message actions of `MemoryAdapter` (A10, A12, M2, M4–M10). */
import { OlAdapterError } from '../../core/adapter.js';
import type { CannedDraft, CannedResponse, Id, Message, OutgoingMessage } from '../../core/model.js';
import { invalid, myName, nowIso, openRecord, ownMessage, publish, take } from './context.js';
import type { MemoryContext, MessageInit } from './context.js';
import { copy } from './memory-store.js';
import { stripBbcode } from './text.js';
import type { SharedRecord } from './types.js';

/**
 * Posts an operator message. A non-silent message in a waiting chat answers
 * it first; in silent mode every message is silent. Only the chat's operator
 * (or an invited one) may write, and only in an open chat.
 */
export function sendMessage(ctx: MemoryContext, chatId: Id, outgoing: OutgoingMessage): Message {
  const record = openRecord(ctx, chatId);
  const { chat } = record;
  const me = ctx.store.me;
  if (chat.operatorId !== undefined && chat.operatorId !== me && !record.invited.includes(me)) {
    throw new OlAdapterError('The chat belongs to another operator', 'FORBIDDEN');
  }
  const attachments = outgoing.attachments ?? [];
  if (!outgoing.text.trim() && attachments.length === 0) throw invalid('The message is empty');
  if (outgoing.replyToId !== undefined) ctx.store.message(record, outgoing.replyToId);
  const silent = Boolean(outgoing.silent || chat.silent);
  const added: Message[] = [];
  if (chat.state === 'new' && !silent) added.push(take(ctx, record, me, ctx.texts.system.taken(myName(ctx))));
  const init: MessageInit = {
    authorKind: 'operator',
    authorId: me,
    authorName: myName(ctx),
    text: outgoing.text,
    createdAt: nowIso(ctx),
    silent,
  };
  if (attachments.length) init.attachments = copy(attachments);
  if (outgoing.replyToId !== undefined) init.replyToId = outgoing.replyToId;
  const message = ctx.store.addMessage(record, init);
  ctx.store.updateChat(record, (c) => {
    c.unreadCount = 0;
  });
  added.push(message);
  publish(ctx, record, ...added);
  return copy(message);
}

/** Posts a product or payment link as `[url=…]title[/url] — price`. */
export function sendSalesItem(ctx: MemoryContext, chatId: Id, itemId: Id): Message {
  const item = ctx.store.salesItems.find((i) => i.id === itemId);
  if (!item) throw new OlAdapterError(`Sales item not found: ${itemId}`, 'NOT_FOUND');
  const text = `[url=${item.url}]${item.title}[/url]${item.price ? ` — ${item.price}` : ''}`;
  return sendMessage(ctx, chatId, { text, silent: false, attachments: [] });
}

export function editMessage(ctx: MemoryContext, chatId: Id, messageId: Id, text: string): Message {
  const record = ctx.store.record(chatId);
  const message = ownMessage(ctx, record, messageId);
  if (message.deleted) throw invalid('A deleted message cannot be edited');
  if (!text.trim()) throw invalid('The text cannot be empty');
  message.text = text;
  message.editedAt = nowIso(ctx);
  ctx.emit({ type: 'message-updated', message });
  if (ctx.store.refreshLastMessage(record, message)) publish(ctx, record);
  return copy(message);
}

/** Leaves a tombstone: `deleted`, no text, no attachments. Deleting twice does nothing. */
export function deleteMessage(ctx: MemoryContext, chatId: Id, messageId: Id): void {
  const record = ctx.store.record(chatId);
  const message = ownMessage(ctx, record, messageId);
  if (message.deleted) return;
  message.deleted = true;
  message.text = '';
  delete message.attachments;
  ctx.emit({ type: 'message-updated', message });
  if (ctx.store.refreshLastMessage(record, message)) publish(ctx, record);
}

/** The unread counter becomes the number of client messages from this one on. */
export function markUnread(ctx: MemoryContext, chatId: Id, messageId: Id): void {
  const record = ctx.store.record(chatId);
  const from = record.messages.indexOf(ctx.store.message(record, messageId));
  const count = record.messages.slice(from).filter((m) => m.authorKind === 'client' && !m.deleted).length;
  ctx.store.updateChat(record, (chat) => {
    chat.unreadCount = count;
  });
  publish(ctx, record);
}

export function markRead(ctx: MemoryContext, chatId: Id): void {
  const record = ctx.store.record(chatId);
  if (record.chat.unreadCount === 0) return;
  ctx.store.updateChat(record, (chat) => {
    chat.unreadCount = 0;
  });
  publish(ctx, record);
}

/** Records a task, chat or post created from a message; a new chat can then be mentioned. */
export function share(ctx: MemoryContext, kind: SharedRecord['kind'], chatId: Id, messageId: Id): { id: Id; url: string } {
  const record = ctx.store.record(chatId);
  const message = ctx.store.message(record, messageId);
  const id = ctx.store.nextId(`${kind}-`);
  const path = kind === 'task' ? 'tasks' : kind === 'chat' ? 'im' : 'stream';
  const url = `https://portal.example.com/${path}/${id}/`;
  ctx.store.shares.push({ kind, id, url, chatId, messageId, createdAt: nowIso(ctx) });
  if (kind === 'chat') {
    const name = stripBbcode(message.text).trim().slice(0, 40) || record.chat.title;
    ctx.store.publicChats.push({ id, name });
  }
  return { id, url };
}

export function saveCanned(ctx: MemoryContext, draft: CannedDraft): CannedResponse {
  const title = draft.title.trim();
  if (!title || !draft.text.trim()) throw invalid('A canned response needs a title and a text');
  if (draft.fromMessageId !== undefined) {
    const found = [...ctx.store.records.values()].some((r) => r.messages.some((m) => m.id === draft.fromMessageId));
    if (!found) throw new OlAdapterError(`Message not found: ${draft.fromMessageId}`, 'NOT_FOUND');
  }
  const canned: CannedResponse = {
    id: ctx.store.nextId('cr', (id) => ctx.store.canned.some((c) => c.id === id)),
    title,
    text: draft.text,
    usageCount: 0,
  };
  if (draft.section !== undefined) canned.section = draft.section;
  ctx.store.canned.push(canned);
  return copy(canned);
}
