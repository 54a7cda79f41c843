/** The non-trivial reads of `MemoryAdapter`: chat list, message pages, history, searches. */
import { OlAdapterError } from '../../core/adapter.js';
import type {
  CannedResponse,
  Chat,
  ChatFilter,
  ChatQuery,
  HistoryQuery,
  Id,
  Mention,
  Message,
  MessagePageQuery,
  Page,
} from '../../core/model.js';
import { matchesFilter, pageChats } from './chat-query.js';
import type { FilterContext } from './chat-query.js';
import type { MemoryContext } from './context.js';
import { copy } from './memory-store.js';
import { matchesText, messageMatches } from './text.js';

/** Default page size of `listMessages` when `limit` is missing or invalid. */
export const DEFAULT_MESSAGE_PAGE_SIZE = 50;
const MAX_MENTIONS = 20;

function filterContext(ctx: MemoryContext): FilterContext {
  const { store } = ctx;
  return {
    me: store.me,
    myQueueIds: store.myQueueIds(),
    skippedByMe: (chatId) => store.records.get(chatId)?.skippedBy.has(store.me) ?? false,
    messagesOf: (chatId) => store.records.get(chatId)?.messages ?? [],
  };
}

/** The chats passing the filter (live objects: copy before handing out). */
export function filteredChats(ctx: MemoryContext, filter: ChatFilter): Chat[] {
  const fc = filterContext(ctx);
  return [...ctx.store.records.values()].map((r) => r.chat).filter((chat) => matchesFilter(chat, filter, fc));
}

export function listChats(ctx: MemoryContext, query: ChatQuery): Page<Chat> {
  const page = pageChats(filteredChats(ctx, query.filter ?? {}), query);
  return { ...page, items: page.items.map(copy) };
}

/** The newest `limit` messages before `before` (or the end), oldest first; `nextCursor` is the `before` of the older page. */
export function listMessages(ctx: MemoryContext, chatId: Id, query: MessagePageQuery): Page<Message> {
  const { messages } = ctx.store.record(chatId);
  let end = messages.length;
  if (query.before !== undefined) {
    end = messages.findIndex((m) => m.id === query.before);
    if (end === -1) throw new OlAdapterError(`Message not found: ${query.before}`, 'NOT_FOUND');
  }
  const limit = query.limit > 0 ? Math.floor(query.limit) : DEFAULT_MESSAGE_PAGE_SIZE;
  const start = Math.max(0, end - limit);
  const page: Page<Message> = { items: messages.slice(start, end).map(copy), total: messages.length };
  if (start > 0) page.nextCursor = messages[start]?.id;
  return page;
}

/** Messages of every chat with the same client, oldest first, deleted ones left out. */
export function searchHistory(ctx: MemoryContext, chatId: Id, query: HistoryQuery): Message[] {
  const clientId = ctx.store.record(chatId).chat.client.id;
  const from = query.from ? Date.parse(query.from) : -Infinity;
  const to = query.to ? Date.parse(query.to) : Infinity;
  return [...ctx.store.records.values()]
    .filter((r) => r.chat.client.id === clientId)
    .flatMap((r) => r.messages)
    .filter((m) => {
      const time = Date.parse(m.createdAt);
      return !m.deleted && time >= from && time <= to && messageMatches(m.text, query.query);
    })
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
    .map(copy);
}

/** Title or text contains the query (case and accents ignored); most used first. */
export function listCanned(ctx: MemoryContext, query: string | undefined): CannedResponse[] {
  return ctx.store.canned
    .filter((c) => matchesText(c.title, query) || messageMatches(c.text, query))
    .sort((a, b) => (b.usageCount ?? 0) - (a.usageCount ?? 0))
    .map(copy);
}

/** Operators (`user`) then public chats (`chat`) whose name contains the query. */
export function searchMentions(ctx: MemoryContext, query: string): Mention[] {
  const users: Mention[] = [...ctx.store.operators.values()].map((op) => ({ kind: 'user', id: op.id, name: op.name }));
  const chats: Mention[] = ctx.store.publicChats.map((c) => ({ kind: 'chat', id: c.id, name: c.name }));
  return [...users, ...chats].filter((m) => matchesText(m.name, query)).slice(0, MAX_MENTIONS);
}
