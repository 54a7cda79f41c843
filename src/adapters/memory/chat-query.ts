/**
 * Pure functions behind `listChats` and `getStatistics`: filtering, sorting,
 * cursor paging and statistics over chats.
 */
import { OlAdapterError } from '../../core/adapter.js';
import { CHAT_STATES } from '../../core/model.js';
import type { Chat, ChatFilter, ChatQuery, ChatState, Id, Message, Page, Statistics } from '../../core/model.js';
import { matchesText, messageMatches } from './text.js';

/** Default page size of `listChats`. */
export const DEFAULT_CHAT_PAGE_SIZE = 50;

/** What the filter needs to know besides the chat itself. */
export interface FilterContext {
  /** The current operator. */
  me: Id;
  /** Queues the current operator works in. */
  myQueueIds: ReadonlySet<Id>;
  /** Whether the current operator skipped this waiting chat. */
  skippedByMe(chatId: Id): boolean;
  /** Messages of the chat, for the free-text search. */
  messagesOf(chatId: Id): readonly Message[];
}

const time = (date: string | undefined): number => (date ? Date.parse(date) : Number.NaN);

/**
 * Whether the chat is the current operator's: assigned to them, or waiting
 * unassigned in one of their queues and not skipped by them.
 */
export function isMine(chat: Chat, ctx: FilterContext): boolean {
  if (chat.operatorId !== undefined) return chat.operatorId === ctx.me;
  return chat.state === 'new' && ctx.myQueueIds.has(chat.queueId) && !ctx.skippedByMe(chat.id);
}

function matchesSearch(chat: Chat, search: string, ctx: FilterContext): boolean {
  if (matchesText(chat.client.name, search) || matchesText(chat.title, search)) return true;
  return ctx.messagesOf(chat.id).some((m) => !m.deleted && messageMatches(m.text, search));
}

/** Whether a chat passes every field of the filter. */
export function matchesFilter(chat: Chat, filter: ChatFilter, ctx: FilterContext): boolean {
  const { search, queueIds, operatorIds, states, sourceChannels, from, to, hasCrm, rating, mine } = filter;
  if (queueIds?.length && !queueIds.includes(chat.queueId)) return false;
  if (operatorIds?.length && (chat.operatorId === undefined || !operatorIds.includes(chat.operatorId))) {
    return false;
  }
  if (states?.length && !states.includes(chat.state)) return false;
  if (sourceChannels?.length && !sourceChannels.includes(chat.sourceChannel)) return false;
  if (from && !(time(chat.createdAt) >= time(from))) return false;
  if (to && !(time(chat.createdAt) <= time(to))) return false;
  if (hasCrm !== undefined && ((chat.crm?.length ?? 0) > 0) !== hasCrm) return false;
  if (rating !== undefined && (chat.rating ?? 'none') !== rating) return false;
  if (mine && !isMine(chat, ctx)) return false;
  if (search?.trim() && !matchesSearch(chat, search, ctx)) return false;
  return true;
}

type SortKey = NonNullable<ChatQuery['sort']>;

interface CursorKey {
  t: number;
  id: Id;
}

/** Newest first, then by id, so that the order is total and stable. */
function compare(a: CursorKey, b: CursorKey): number {
  if (a.t !== b.t) return b.t - a.t;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const keyOf = (chat: Chat, sort: SortKey): CursorKey => ({ t: time(chat[sort]), id: chat.id });

function encodeCursor(key: CursorKey, sort: SortKey): string {
  return btoa(JSON.stringify({ s: sort, t: key.t, id: key.id }));
}

function decodeCursor(cursor: string, sort: SortKey): CursorKey {
  try {
    const value: unknown = JSON.parse(atob(cursor));
    if (typeof value === 'object' && value !== null) {
      const { s, t, id } = value as Record<string, unknown>;
      if (s === sort && typeof t === 'number' && typeof id === 'string') return { t, id };
    }
  } catch {
    // fall through
  }
  throw new OlAdapterError(`Invalid cursor: ${cursor}`, 'BAD_CURSOR');
}

/**
 * Sorts the (already filtered) chats newest first by `query.sort` and returns
 * the page after `query.cursor`. Cursors are keyset cursors: a chat added or
 * removed between two pages does not shift the next one.
 */
export function pageChats(chats: readonly Chat[], query: ChatQuery): Page<Chat> {
  const sort: SortKey = query.sort ?? 'updatedAt';
  const limit = Math.max(1, Math.floor(query.limit ?? DEFAULT_CHAT_PAGE_SIZE));
  const sorted = [...chats].sort((a, b) => compare(keyOf(a, sort), keyOf(b, sort)));
  let start = 0;
  if (query.cursor) {
    const after = decodeCursor(query.cursor, sort);
    start = sorted.findIndex((chat) => compare(keyOf(chat, sort), after) > 0);
    if (start === -1) start = sorted.length;
  }
  const items = sorted.slice(start, start + limit);
  const page: Page<Chat> = { items, total: sorted.length };
  const last = items.at(-1);
  if (last && start + limit < sorted.length) page.nextCursor = encodeCursor(keyOf(last, sort), sort);
  return page;
}

const average = (values: number[]): number =>
  values.length === 0 ? 0 : Math.round(values.reduce((sum, v) => sum + v, 0) / values.length);

/**
 * Contact Center figures over the given chats. The duration of a closed chat
 * runs from `createdAt` to its last activity (`updatedAt`).
 */
export function computeStatistics(chats: readonly Chat[]): Statistics {
  const byState = Object.fromEntries(CHAT_STATES.map((s) => [s, 0])) as Record<ChatState, number>;
  const firstResponses: number[] = [];
  const durations: number[] = [];
  let likes = 0;
  let dislikes = 0;
  for (const chat of chats) {
    byState[chat.state] += 1;
    if (chat.firstResponseSeconds !== undefined) firstResponses.push(chat.firstResponseSeconds);
    if (chat.state === 'closed' || chat.state === 'spam') {
      const seconds = (time(chat.updatedAt) - time(chat.createdAt)) / 1000;
      if (Number.isFinite(seconds) && seconds >= 0) durations.push(seconds);
    }
    if (chat.rating === 'like') likes += 1;
    if (chat.rating === 'dislike') dislikes += 1;
  }
  return {
    total: chats.length,
    byState,
    averageFirstResponseSeconds: average(firstResponses),
    averageDurationSeconds: average(durations),
    likes,
    dislikes,
  };
}
