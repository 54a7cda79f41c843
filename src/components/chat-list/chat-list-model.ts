/**
 * Pure derivation of the Messenger view: which chats are the current
 * operator's, how they are grouped and ordered, and which match a search.
 *
 * It runs once per data change (never per render) and is built for 100,000
 * chats: numeric sort keys and folded search text are cached per chat object
 * (the store replaces a chat object whenever it changes, so a `WeakMap` keyed
 * by the object is always current).
 */
import { bbcodeToPlainText } from '../../core/bbcode/index.js';
import type { Chat, Id, Message } from '../../core/model.js';
import { foldText } from '../../core/text.js';

/** The groups of the Messenger view, top to bottom. */
export type ChatGroupId = 'waiting' | 'active' | 'finished';

/** A chat row of the list. */
export interface ChatRowItem {
  kind: 'row';
  /** Key of the virtualized item (`chat:<id>`). */
  key: string;
  chat: Chat;
  group: ChatGroupId;
  /** Position among the rows (group headers are not counted), from 0. */
  rowIndex: number;
}

/** A group header (not focusable, not a row). */
export interface GroupHeaderItem {
  kind: 'header';
  key: string;
  group: ChatGroupId;
  /** Rows in the group. */
  count: number;
}

export type ChatListItem = ChatRowItem | GroupHeaderItem;

/** Who "I" am, for the membership rule. */
export interface CurrentOperator {
  id: Id;
  queueIds?: readonly Id[];
}

export interface MessengerOptions {
  /** The current operator; without one, every chat given is shown. */
  me?: CurrentOperator | undefined;
  /** S2: new chats in their own "Waiting for first response" group. */
  groupWaiting: boolean;
  /** Search text (matched without case or accents); blank shows everything. */
  query?: string;
  /** Waiting chats I skipped (N4): no longer mine to answer. */
  skipped?: ReadonlySet<Id>;
  /** Chats the backend found for `query` (their match may be in an older message). */
  extraMatches?: ReadonlySet<Id>;
  /** Loaded messages of a chat, searched as well. */
  messagesOf?: (chatId: Id) => readonly Message[];
}

/** What the list renders: flat items for the virtualizer, and the rows alone for the keyboard. */
export interface MessengerModel {
  items: ChatListItem[];
  rows: ChatRowItem[];
  /** Index in `items` of each row, by row index. */
  itemIndexOfRow: number[];
  rowIndexById: Map<Id, number>;
  /** The operator's chats before the search narrowed them. */
  mineCount: number;
}

interface Prepared {
  updated: number;
  waiting: number;
  folded?: string;
}

const prepared = new WeakMap<Chat, Prepared>();
const foldedMessages = new WeakMap<Message, string>();

function prepare(chat: Chat): Prepared {
  let entry = prepared.get(chat);
  if (!entry) {
    const updated = Date.parse(chat.updatedAt);
    const waiting = Date.parse(chat.waitingSince ?? chat.createdAt);
    entry = {
      updated: Number.isNaN(updated) ? 0 : updated,
      waiting: Number.isNaN(waiting) ? Number.POSITIVE_INFINITY : waiting,
    };
    prepared.set(chat, entry);
  }
  return entry;
}

/** Text that BBCode leaves as it is but for whitespace: no tag, reference, quote, `/me` or URL. */
const PLAIN = /^(?!\/me)[^[&]*$/;

/** One line of plain text of a message (`bbcodeToPlainText`, without parsing text that has no markup). */
export function plainLine(text: string): string {
  return PLAIN.test(text) && !text.includes('>>') && !text.includes('://') ? text.replace(/\s+/g, ' ').trim() : bbcodeToPlainText(text);
}

const previews = new WeakMap<Chat, string>();

/** One line of plain text of the last message (cached per chat object). */
export function previewText(chat: Chat): string {
  let preview = previews.get(chat);
  if (preview === undefined) {
    preview = chat.lastMessage ? plainLine(chat.lastMessage.text) : '';
    previews.set(chat, preview);
  }
  return preview;
}

/** The text a search looks in: title, client name and preview, folded. */
function searchText(chat: Chat, preview: string): string {
  const title = foldText(chat.title);
  const name = chat.client.name === chat.title ? title : foldText(chat.client.name);
  return `${title}\n${name}\n${foldText(preview)}`;
}

function foldedChat(chat: Chat): string {
  const entry = prepare(chat);
  entry.folded ??= searchText(chat, previewText(chat));
  return entry.folded;
}

/** Whether the chat matches an already folded query: title, client name, last or loaded messages. */
export function chatMatches(chat: Chat, foldedQuery: string, messages: readonly Message[] = []): boolean {
  if (!foldedQuery) return true;
  if (foldedChat(chat).includes(foldedQuery)) return true;
  return messagesMatch(messages, foldedQuery);
}

/** Whether one of the messages contains an already folded query (folded text cached per message). */
export function messagesMatch(messages: readonly Message[] | undefined, foldedQuery: string): boolean {
  if (!messages?.length) return false;
  return messages.some((message) => {
    if (message.deleted) return false;
    let text = foldedMessages.get(message);
    if (text === undefined) {
      text = foldText(bbcodeToPlainText(message.text));
      foldedMessages.set(message, text);
    }
    return text.includes(foldedQuery);
  });
}

/**
 * Whether the chat belongs in the operator's Messenger list: assigned to them
 * (in any state: finished ones go to the bottom group), or new, unassigned and
 * waiting in one of their queues. Without a current operator every chat counts.
 */
export function isMyChat(chat: Chat, me: CurrentOperator | undefined, skipped?: ReadonlySet<Id>): boolean {
  if (!me) return true;
  if (chat.operatorId !== undefined) return chat.operatorId === me.id;
  if (skipped?.has(chat.id)) return false;
  return chat.state === 'new' && (me.queueIds?.includes(chat.queueId) ?? false);
}

/** The group of one of my chats. */
export function groupOf(chat: Chat, groupWaiting: boolean): ChatGroupId {
  if (chat.state === 'closed' || chat.state === 'spam') return 'finished';
  return groupWaiting && chat.state === 'new' ? 'waiting' : 'active';
}

/** A chat with its sort keys, so that sorting reads plain fields. */
export interface Sortable {
  chat: Chat;
  pinned: boolean;
  /** Waiting since (waiting group, ascending) or last activity (other groups, descending), in ms. */
  time: number;
}

const compareIds = (a: Sortable, b: Sortable): number => (a.chat.id < b.chat.id ? -1 : a.chat.id > b.chat.id ? 1 : 0);

/** Pinned first, then the longest waiting first. */
const byWaiting = (a: Sortable, b: Sortable): number =>
  a.pinned !== b.pinned ? (a.pinned ? -1 : 1) : a.time - b.time || compareIds(a, b);

/** Pinned first, then the latest activity first. */
const byActivity = (a: Sortable, b: Sortable): number =>
  a.pinned !== b.pinned ? (a.pinned ? -1 : 1) : b.time - a.time || compareIds(a, b);

/** Finished chats: latest first (pins end with the conversation). */
const byRecent = (a: Sortable, b: Sortable): number => b.time - a.time || compareIds(a, b);

/** The order of the rows of each group. */
export const SORTS: Record<ChatGroupId, (a: Sortable, b: Sortable) => number> = {
  waiting: byWaiting,
  active: byActivity,
  finished: byRecent,
};

/**
 * The Messenger list: my chats, searched, in groups.
 *
 * - With `groupWaiting` (S2): "Waiting for first response" (new chats,
 *   longest waiting first), then "In progress" (latest activity first).
 *   Without it, new and answered chats share one group without a header,
 *   latest activity first.
 * - Pinned chats stay at the top of their group.
 * - Finished (closed or spam) chats of mine come last, in a "Finished" group.
 * - Headers are emitted only for groups that have rows; the first group has
 *   no header when the waiting group is off.
 */
export function deriveMessenger(chats: readonly Chat[], options: MessengerOptions): MessengerModel {
  const query = foldText(options.query?.trim() ?? '');
  const groups: Record<ChatGroupId, Sortable[]> = { waiting: [], active: [], finished: [] };
  let mineCount = 0;
  for (const chat of chats) {
    if (!isMyChat(chat, options.me, options.skipped)) continue;
    mineCount += 1;
    if (
      query &&
      !options.extraMatches?.has(chat.id) &&
      !chatMatches(chat, query, options.messagesOf?.(chat.id))
    ) {
      continue;
    }
    const group = groupOf(chat, options.groupWaiting);
    const keys = prepare(chat);
    groups[group].push({ chat, pinned: group !== 'finished' && chat.pinned, time: group === 'waiting' ? keys.waiting : keys.updated });
  }
  const items: ChatListItem[] = [];
  const rows: ChatRowItem[] = [];
  const itemIndexOfRow: number[] = [];
  const rowIndexById = new Map<Id, number>();
  for (const group of ['waiting', 'active', 'finished'] as const) {
    const list = groups[group];
    if (list.length === 0) continue;
    list.sort(SORTS[group]);
    if (group !== 'active' || options.groupWaiting) {
      items.push({ kind: 'header', key: `group:${group}`, group, count: list.length });
    }
    for (const { chat } of list) {
      const row: ChatRowItem = { kind: 'row', key: `chat:${chat.id}`, chat, group, rowIndex: rows.length };
      rowIndexById.set(chat.id, rows.length);
      itemIndexOfRow.push(items.length);
      rows.push(row);
      items.push(row);
    }
  }
  return { items, rows, itemIndexOfRow, rowIndexById, mineCount };
}
