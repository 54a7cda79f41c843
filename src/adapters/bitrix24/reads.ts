/** The adapter's reads: chats, messages, history, people and open channels. */
import { OlAdapterError } from '../../core/adapter.js';
import type {
  Chat,
  ChatFilter,
  ChatQuery,
  HistoryQuery,
  Id,
  Mention,
  Message,
  MessagePageQuery,
  Operator,
  Page,
  Queue,
  SourceChannel,
  Statistics,
} from '../../core/model.js';
import type { BatchCommand, BatchResult } from './client.js';
import { LINES_COMMAND, withQueues } from './context.js';
import type { B24Context } from './context.js';
import {
  chatFromRaw,
  chatFromRecent,
  chatFromSession,
  dialogId,
  isLinesItem,
  num,
  operatorFromUser,
  parseEntityId,
  queueFromLine,
} from './mapping.js';
import { clientFromUsers, messagesFromPage } from './message-mapping.js';
import type { RawChat, RawLine, RawMessagePage, RawPortalUser, RawRecentItem, RawSession, RawStat } from './raw.js';
import type { B24Params } from './transports/transport.js';

/** Source channel → connector code of `imopenlines.v2.Session.list` `sourceList` (the main connector of each network). */
const CONNECTORS: Partial<Record<SourceChannel, string>> = {
  livechat: 'livechat',
  telegram: 'telegrambot',
  whatsapp: 'whatsappbyedna',
  viber: 'viber',
  facebook: 'facebook',
  instagram: 'fbinstagramdirect',
  vk: 'vkgroup',
  imessage: 'imessage',
  email: 'email',
  phone: 'voximplant',
};

/** Largest page of `im.dialog.messages.search`. */
const HISTORY_LIMIT = 200;

function userFilter(query: string | undefined): B24Params {
  const filter: B24Params = { ACTIVE: true, USER_TYPE: 'employee' };
  if (query?.trim()) filter.FIND = query.trim();
  return filter;
}

export async function listOperators(ctx: B24Context, query?: string): Promise<Operator[]> {
  const answer = await ctx.client.batch({ users: ['user.search', { FILTER: userFilter(query) }], lines: LINES_COMMAND });
  if (answer.errors.users) throw answer.errors.users;
  const lines = answer.result.lines as RawLine[] | undefined;
  return ((answer.result.users as RawPortalUser[] | undefined) ?? []).map((user) => withQueues(operatorFromUser(user), lines));
}

export async function searchMentions(ctx: B24Context, query: string): Promise<Mention[]> {
  const users = await ctx.client.call<RawPortalUser[]>('user.search', { FILTER: userFilter(query) });
  return (users ?? []).map(operatorFromUser).map((operator) => ({ kind: 'user', id: operator.id, name: operator.name }));
}

export async function listQueues(ctx: B24Context): Promise<Queue[]> {
  const [method, params] = LINES_COMMAND;
  const lines = await ctx.client.call<RawLine[]>(method, params);
  return (lines ?? []).map(queueFromLine);
}

/**
 * The Messenger list asks for "my" chats (`mine`, maybe with a search):
 * `im.recent.list`. Anything else is the Contact Center (all conversations,
 * filters only the session list can apply).
 */
function isMessenger(filter: ChatFilter | undefined): boolean {
  if (!filter?.mine) return false;
  return !(
    filter.queueIds?.length ||
    filter.operatorIds?.length ||
    filter.states?.length ||
    filter.sourceChannels?.length ||
    filter.from ||
    filter.to ||
    filter.hasCrm !== undefined ||
    filter.rating
  );
}

function cursorOffset(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const offset = Number(cursor);
  if (!Number.isInteger(offset) || offset < 0) throw new OlAdapterError(`Bad cursor: ${cursor}`, 'BAD_CURSOR');
  return offset;
}

/** `im.recent.list` pages may repeat a dialog (documented): keep the first. */
function dedupe(chats: Chat[]): Chat[] {
  const seen = new Set<Id>();
  return chats.filter((chat) => !seen.has(chat.id) && (seen.add(chat.id), true));
}

function matches(chat: Chat, search: string | undefined): boolean {
  return !search || `${chat.title} ${chat.client.name}`.toLowerCase().includes(search);
}

export function listChats(ctx: B24Context, query: ChatQuery): Promise<Page<Chat>> {
  return isMessenger(query.filter) ? listRecent(ctx, query) : listSessions(ctx, query);
}

/** Messenger view: `im.recent.list` without dialogs and group chats, i.e. the operator's open channel chats. */
async function listRecent(ctx: B24Context, query: ChatQuery): Promise<Page<Chat>> {
  const offset = cursorOffset(query.cursor);
  const limit = Math.min(200, query.limit ?? ctx.pageSize);
  const answer = await ctx.client.call<{ items?: RawRecentItem[]; hasMore?: boolean; hasMorePages?: boolean }>('im.recent.list', {
    SKIP_DIALOG: 'Y',
    SKIP_CHAT: 'Y',
    OFFSET: offset,
    LIMIT: limit,
  });
  const me = query.filter?.mine ? (await ctx.currentOperator()).id : undefined;
  const search = query.filter?.search?.trim().toLowerCase();
  const items = (answer?.items ?? [])
    .filter(isLinesItem)
    .map((item) => ctx.remember(chatFromRecent(item)))
    .filter((chat) => !me || chat.operatorId === me || chat.state === 'new')
    .filter((chat) => matches(chat, search));
  const page: Page<Chat> = { items: dedupe(items) };
  // To the next page: OFFSET grows by LIMIT, not by the items received (documented).
  if (answer?.hasMore ?? answer?.hasMorePages) page.nextCursor = String(offset + limit);
  return page;
}

/**
 * Contact Center: `imopenlines.v2.Session.list`, and `imopenlines.dialog.get`
 * of each chat in one `batch`. The text search has no parameter there: it
 * filters each page by title and client name.
 */
async function listSessions(ctx: B24Context, query: ChatQuery): Promise<Page<Chat>> {
  const filter = query.filter ?? {};
  const offset = cursorOffset(query.cursor);
  const limit = Math.min(200, query.limit ?? ctx.pageSize);
  // Sessions sort by creation date only (no "last activity" order exists there), newest first.
  const params: B24Params = { offset, limit, order: 'dateCreate', orderDirection: 'desc' };
  Object.assign(params, await scopeParams(ctx, filter));
  // One status at a time on the portal; several are filtered here.
  if (filter.states?.length === 1) params.status = filter.states[0];
  if (filter.from) params.dateCreateFrom = filter.from;
  if (filter.to) params.dateCreateTo = filter.to;
  if (filter.hasCrm !== undefined) params.hasCrm = filter.hasCrm ? 'Y' : 'N';
  if (filter.rating) params.vote = filter.rating;
  const answer = await ctx.client.call<{ sessions?: RawSession[]; hasNextPage?: boolean }>('imopenlines.v2.Session.list', params);
  const sessions = answer?.sessions ?? [];
  const chatIds = [...new Set(sessions.map((session) => String(session.chatId)))];
  const dialogs: BatchResult = chatIds.length
    ? await ctx.client.batch(Object.fromEntries(chatIds.map((id) => [`chat${id}`, ['imopenlines.dialog.get', { CHAT_ID: num(id) }] as BatchCommand])))
    : { result: {}, errors: {} };
  const search = filter.search?.trim().toLowerCase();
  const items = sessions
    .map((session) => ctx.remember(chatFromSession(session, dialogs.result[`chat${session.chatId}`] as RawChat | undefined)))
    .filter((chat) => !filter.states?.length || filter.states.includes(chat.state))
    .filter((chat) => matches(chat, search));
  const page: Page<Chat> = { items };
  if (answer?.hasNextPage) page.nextCursor = String(offset + limit);
  return page;
}

/** Channel, operator and source filters, as `imopenlines.v2.*` methods take them. */
async function scopeParams(ctx: B24Context, filter: ChatFilter): Promise<B24Params> {
  const params: B24Params = {};
  if (filter.queueIds?.length) params.configIdList = filter.queueIds.map(num);
  const operators = [...(filter.operatorIds ?? [])];
  if (filter.mine) operators.push((await ctx.currentOperator()).id);
  if (operators.length) params.operatorIdList = operators.map(num);
  if (filter.sourceChannels?.length) {
    params.sourceList = filter.sourceChannels.map((channel) => CONNECTORS[channel]).filter((code): code is string => code !== undefined);
  }
  return params;
}

/** The longest period `imopenlines.v2.Stat.get` accepts. */
const STAT_PERIOD_DAYS = 366;
/** Sessions a page of `imopenlines.v2.Session.list`, at most. */
const SESSION_PAGE = 200;
/** Largest `offset` of `imopenlines.v2.Session.list`. */
const MAX_OFFSET = 10_000;

/**
 * K5: `imopenlines.v2.Stat.get` (totals, closed, spam, average first answer
 * and duration, likes, dislikes) and `imopenlines.v2.Session.list`
 * (`status=new`, counted page by page) in one `batch`. The statistics have
 * no count of waiting sessions: `new` is counted from the list, `answered`
 * is what remains open. Channel, operator, source and date filters apply;
 * without dates, the last 366 days (the longest period allowed). States,
 * CRM, rating and text filters do not exist there and are ignored.
 */
export async function getStatistics(ctx: B24Context, filter: ChatFilter): Promise<Statistics> {
  const to = filter.to ?? new Date().toISOString();
  const from = filter.from ?? new Date(Date.parse(to) - STAT_PERIOD_DAYS * 86_400_000).toISOString();
  const scope = await scopeParams(ctx, filter);
  const waiting = (offset: number): BatchCommand => [
    'imopenlines.v2.Session.list',
    { ...scope, status: 'new', dateCreateFrom: from, dateCreateTo: to, offset, limit: SESSION_PAGE },
  ];
  const answer = await ctx.client.batch({ stat: ['imopenlines.v2.Stat.get', { ...scope, dateFrom: from, dateTo: to }], waiting: waiting(0) }, { halt: true });
  const error = answer.errors.stat ?? answer.errors.waiting;
  if (error) throw error;
  const stat = (answer.result.stat ?? {}) as RawStat;
  let page = answer.result.waiting as { sessions?: RawSession[]; hasNextPage?: boolean } | undefined;
  let waitingCount = page?.sessions?.length ?? 0;
  // The list pages by offset up to 10000 (documented): more waiting sessions than that are not counted.
  while (page?.hasNextPage && (page.sessions?.length ?? 0) > 0 && waitingCount < MAX_OFFSET) {
    const [method, params] = waiting(waitingCount);
    page = await ctx.client.call(method, params);
    waitingCount += page?.sessions?.length ?? 0;
  }
  const total = Number(stat.totalSessions ?? 0);
  const closed = Number(stat.closedSessions ?? 0);
  const spam = Number(stat.spamSessions ?? 0);
  return {
    total,
    byState: { new: waitingCount, answered: Math.max(0, total - closed - spam - waitingCount), closed, spam },
    averageFirstResponseSeconds: Number(stat.avgWaitAnswer ?? 0),
    averageDurationSeconds: Number(stat.avgSessionDuration ?? 0),
    likes: Number(stat.likeCount ?? 0),
    dislikes: Number(stat.dislikeCount ?? 0),
  };
}

/** The commands that read a chat: the chat, its last message (and client), the unread counters. */
export function chatCommands(id: Id): Record<string, BatchCommand> {
  return {
    dialog: ['imopenlines.dialog.get', { CHAT_ID: num(id) }],
    last: ['im.dialog.messages.get', { DIALOG_ID: dialogId(id), LIMIT: 1 }],
    counters: ['im.counters.get', {}],
  };
}

/** The chat from the answers of `chatCommands`. */
export function chatFromBatch(ctx: B24Context, id: Id, answer: BatchResult): Chat {
  const error = answer.errors.dialog;
  if (error) throw error;
  const raw = answer.result.dialog as RawChat | undefined;
  if (!raw) throw new OlAdapterError(`Chat ${id} not found`, 'NOT_FOUND');
  const clientId = parseEntityId(raw.entity_id).clientId;
  const page = answer.result.last as RawMessagePage | undefined;
  const last = messagesFromPage(page, id, clientId).at(-1);
  ctx.see(id, last ? [last] : []);
  // Unread messages of open channel chats are counted under LINES (group chats under CHAT).
  const counters = answer.result.counters as { LINES?: Record<string, number>; CHAT?: Record<string, number> } | undefined;
  const unread = counters?.LINES?.[id] ?? counters?.CHAT?.[id] ?? 0;
  const extra: Parameters<typeof chatFromRaw>[1] = { unreadCount: Number(unread) };
  if (last) extra.lastMessage = { id: last.id, authorKind: last.authorKind, text: last.text, createdAt: last.createdAt };
  const client = clientFromUsers(page?.users, clientId);
  if (client) extra.client = client;
  return ctx.remember(chatFromRaw(raw, extra));
}

export async function getChat(ctx: B24Context, id: Id): Promise<Chat> {
  return chatFromBatch(ctx, id, await ctx.client.batch(chatCommands(id)));
}

export async function listMessages(ctx: B24Context, chatId: Id, query: MessagePageQuery): Promise<Page<Message>> {
  const params: B24Params = { DIALOG_ID: dialogId(chatId), LIMIT: query.limit };
  // LAST_ID loads the messages before this id (the documented way to page back).
  if (query.before !== undefined) params.LAST_ID = num(query.before);
  const page = await ctx.client.call<RawMessagePage>('im.dialog.messages.get', params);
  const items = messagesFromPage(page, chatId, ctx.clientOf(chatId));
  ctx.see(chatId, items);
  const result: Page<Message> = { items };
  if (items.length >= query.limit && items[0]) result.nextCursor = items[0].id;
  return result;
}

export async function searchHistory(ctx: B24Context, chatId: Id, query: HistoryQuery): Promise<Message[]> {
  const params: B24Params = { CHAT_ID: num(chatId), LIMIT: HISTORY_LIMIT, ORDER: { ID: 'DESC' } };
  if (query.query?.trim()) params.SEARCH_MESSAGE = query.query.trim();
  if (query.from) params.DATE_FROM = query.from;
  if (query.to) params.DATE_TO = query.to;
  const page = await ctx.client.call<RawMessagePage>('im.dialog.messages.search', params);
  return messagesFromPage(page, chatId, ctx.clientOf(chatId));
}
