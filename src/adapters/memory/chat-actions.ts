/** The chat actions of `MemoryAdapter` (N1–N8, A1–A3, A8, A13, A16, K3, M7). */
import { OlAdapterError } from '../../core/adapter.js';
import type { Chat, Id, TransferTarget } from '../../core/model.js';
import { invalid, myName, nowIso, openRecord, postSystem, publish, take } from './context.js';
import type { MemoryContext, MessageInit } from './context.js';
import { copy } from './memory-store.js';

const PIN_POSTPONE_MS = 7 * 24 * 3600 * 1000;

export function renameChat(ctx: MemoryContext, chatId: Id, title: string): void {
  const record = ctx.store.record(chatId);
  const trimmed = title.trim();
  if (!trimmed) throw invalid('The title cannot be empty');
  ctx.store.updateChat(record, (chat) => {
    chat.title = trimmed;
  });
  publish(ctx, record);
}

export function markSpam(ctx: MemoryContext, chatId: Id): void {
  const record = openRecord(ctx, chatId);
  ctx.store.updateChat(record, (chat) => {
    chat.state = 'spam';
    chat.operatorId ??= ctx.store.me;
    chat.pinned = false;
    chat.unreadCount = 0;
    delete chat.waitingSince;
    delete chat.autoCloseAt;
  });
  publish(ctx, record, postSystem(ctx, record, ctx.texts.system.spam(myName(ctx))));
}

export function answer(ctx: MemoryContext, chatId: Id): void {
  const record = openRecord(ctx, chatId);
  if (record.chat.state !== 'new') {
    const owner = record.chat.operatorId;
    if (owner !== undefined && owner !== ctx.store.me) {
      // Another operator answered first.
      const name = ctx.store.operators.get(owner)?.name ?? owner;
      throw new OlAdapterError(`${name} has already answered the chat`, 'CONFLICT', { operatorId: owner });
    }
    throw new OlAdapterError('The chat is already answered', 'INVALID_STATE');
  }
  publish(ctx, record, take(ctx, record, ctx.store.me, ctx.texts.system.taken(myName(ctx))));
}

export function skip(ctx: MemoryContext, chatId: Id): void {
  const record = openRecord(ctx, chatId);
  const { chat } = record;
  if (chat.state !== 'new') throw new OlAdapterError('Only a waiting chat can be skipped', 'INVALID_STATE');
  if (chat.operatorId !== undefined && chat.operatorId !== ctx.store.me) {
    throw new OlAdapterError('The chat belongs to another operator', 'FORBIDDEN');
  }
  const now = nowIso(ctx);
  record.skippedBy.add(ctx.store.me);
  ctx.store.updateChat(record, (c) => {
    delete c.operatorId;
    c.pinned = false;
    c.waitingSince ??= now;
  });
  publish(ctx, record, postSystem(ctx, record, ctx.texts.system.skipped(myName(ctx))));
}

export function transfer(ctx: MemoryContext, chatId: Id, target: TransferTarget): void {
  const record = openRecord(ctx, chatId);
  if (target.kind === 'operator') {
    const operator = ctx.store.operator(target.id);
    if (record.chat.operatorId === operator.id) throw invalid(`The chat is already with ${operator.name}`);
    ctx.store.updateChat(record, (chat) => {
      chat.operatorId = operator.id;
      chat.pinned = false;
    });
    publish(ctx, record, postSystem(ctx, record, ctx.texts.system.transferredToOperator(myName(ctx), operator.name)));
    return;
  }
  const queue = ctx.store.queue(target.id);
  if (queue.active === false) {
    throw new OlAdapterError(`The open channel does not accept transfers: ${queue.name}`, 'QUEUE_INACTIVE');
  }
  const now = nowIso(ctx);
  // It went away from me on purpose: it must not come back into my list.
  record.skippedBy.add(ctx.store.me);
  ctx.store.updateChat(record, (chat) => {
    chat.queueId = queue.id;
    chat.state = 'new';
    chat.pinned = false;
    chat.waitingSince = now;
    delete chat.operatorId;
  });
  publish(ctx, record, postSystem(ctx, record, ctx.texts.system.transferredToQueue(myName(ctx), queue.name)));
}

export function intercept(ctx: MemoryContext, chatId: Id): void {
  const record = openRecord(ctx, chatId);
  const previous = record.chat.operatorId;
  if (previous === ctx.store.me) throw new OlAdapterError('The chat is already yours', 'INVALID_STATE');
  const text =
    previous === undefined
      ? ctx.texts.system.taken(myName(ctx))
      : ctx.texts.system.intercepted(myName(ctx), ctx.store.operators.get(previous)?.name ?? previous);
  publish(ctx, record, take(ctx, record, ctx.store.me, text));
}

export function invite(ctx: MemoryContext, chatId: Id, userIds: Id[]): void {
  const record = openRecord(ctx, chatId);
  const operators = [...new Set(userIds)].map((id) => ctx.store.operator(id));
  const added = operators.filter((op) => !record.invited.includes(op.id) && op.id !== record.chat.operatorId);
  if (added.length === 0) return;
  record.invited.push(...added.map((op) => op.id));
  publish(ctx, record, postSystem(ctx, record, ctx.texts.system.invited(myName(ctx), added.map((op) => op.name))));
}

export function finish(ctx: MemoryContext, chatId: Id): void {
  const record = openRecord(ctx, chatId);
  record.skippedBy.clear();
  ctx.store.updateChat(record, (chat) => {
    chat.state = 'closed';
    chat.operatorId ??= ctx.store.me;
    chat.pinned = false;
    chat.unreadCount = 0;
    delete chat.waitingSince;
    delete chat.autoCloseAt;
  });
  publish(ctx, record, postSystem(ctx, record, ctx.texts.system.finished(myName(ctx))));
}

export function setPinned(ctx: MemoryContext, chatId: Id, pinned: boolean): void {
  const record = openRecord(ctx, chatId);
  if (pinned && record.chat.operatorId !== ctx.store.me) {
    throw new OlAdapterError('Only your own chat can be locked as yours', 'FORBIDDEN');
  }
  if (record.chat.pinned === pinned) return;
  const later = new Date(ctx.now().getTime() + PIN_POSTPONE_MS).toISOString();
  ctx.store.updateChat(record, (chat) => {
    chat.pinned = pinned;
    if (pinned && chat.autoCloseAt && Date.parse(chat.autoCloseAt) < Date.parse(later)) chat.autoCloseAt = later;
  });
  publish(ctx, record);
}

export function setSilent(ctx: MemoryContext, chatId: Id, silent: boolean): void {
  const record = openRecord(ctx, chatId);
  if (record.chat.silent === silent) return;
  ctx.store.updateChat(record, (chat) => {
    chat.silent = silent;
  });
  publish(ctx, record);
}

export function startSession(ctx: MemoryContext, chatId: Id, fromMessageId?: Id): Chat {
  const record = ctx.store.record(chatId);
  if (fromMessageId !== undefined) ctx.store.message(record, fromMessageId);
  const sessionId = ctx.store.nextSessionId();
  const now = nowIso(ctx);
  record.skippedBy.clear();
  ctx.store.updateChat(record, (chat) => {
    chat.sessionId = sessionId;
    chat.state = 'answered';
    chat.operatorId = ctx.store.me;
    chat.createdAt = now;
    chat.pinned = false;
    chat.unreadCount = 0;
    delete chat.waitingSince;
    delete chat.firstResponseSeconds;
    delete chat.rating;
    delete chat.autoCloseAt;
  });
  const init: MessageInit = { authorKind: 'system', text: ctx.texts.system.sessionStarted(sessionId), createdAt: now };
  if (fromMessageId !== undefined) init.replyToId = fromMessageId;
  publish(ctx, record, ctx.store.addMessage(record, init));
  return copy(record.chat);
}
