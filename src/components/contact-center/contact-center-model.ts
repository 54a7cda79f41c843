/**
 * Pure helpers of the Contact Center view: the filter applied locally when
 * there is no adapter (properties-only mode), sorting, and the conversion
 * between filter dates (ISO) and `<input type="date">` values (local days).
 */
import type { Chat, ChatFilter, Id } from '../../core/model.js';
import { foldText } from '../../core/text.js';
import { chatMatches } from '../chat-list/chat-list-model.js';

export type ContactCenterSort = 'updatedAt' | 'createdAt';

/** Whether a chat passes the filter, as `listChats` does it (search: title, client, last message). */
export function matchesFilter(chat: Chat, filter: ChatFilter, me?: Id): boolean {
  const { queueIds, operatorIds, states, sourceChannels, from, to, hasCrm, rating, search, mine } = filter;
  if (queueIds?.length && !queueIds.includes(chat.queueId)) return false;
  if (operatorIds?.length && (chat.operatorId === undefined || !operatorIds.includes(chat.operatorId))) return false;
  if (states?.length && !states.includes(chat.state)) return false;
  if (sourceChannels?.length && !sourceChannels.includes(chat.sourceChannel)) return false;
  if (from && !(Date.parse(chat.createdAt) >= Date.parse(from))) return false;
  if (to && !(Date.parse(chat.createdAt) <= Date.parse(to))) return false;
  if (hasCrm !== undefined && (chat.crm?.length ?? 0) > 0 !== hasCrm) return false;
  if (rating !== undefined && (chat.rating ?? 'none') !== rating) return false;
  if (mine && me !== undefined && chat.operatorId !== me) return false;
  return chatMatches(chat, foldText(search?.trim() ?? ''));
}

/** The chats passing the filter, newest first by `sort`. */
export function filterChats(chats: readonly Chat[], filter: ChatFilter, sort: ContactCenterSort, me?: Id): Chat[] {
  return chats
    .filter((chat) => matchesFilter(chat, filter, me))
    .sort((a, b) => Date.parse(b[sort]) - Date.parse(a[sort]) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How many fields of the filter narrow the list (the free-text search not counted). */
export function activeFilterCount(filter: ChatFilter): number {
  const { queueIds, operatorIds, states, sourceChannels, from, to, hasCrm, rating } = filter;
  return (
    [queueIds, operatorIds, states, sourceChannels].filter((list) => (list?.length ?? 0) > 0).length +
    [from, to, hasCrm, rating].filter((value) => value !== undefined).length
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `<input type="date">` value (local day) of an ISO date; `''` when absent. */
export function toDateInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** ISO start (or end) of the local day of an `<input type="date">` value; undefined when empty. */
export function fromDateInput(value: string, end = false): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = end ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d);
  return date.toISOString();
}

/** A copy without empty fields, so that equal filters compare equal and events carry only what is set. */
export function cleanFilter(filter: ChatFilter): ChatFilter {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    clean[key] = value;
  }
  return clean as ChatFilter;
}
