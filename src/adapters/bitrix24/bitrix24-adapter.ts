import type { OlAdapter, RealtimeListener, UploadOptions } from '../../core/adapter.js';
import type {
  Attachment,
  CannedDraft,
  CannedResponse,
  Chat,
  ChatFilter,
  ChatQuery,
  HistoryQuery,
  Id,
  Mention,
  Message,
  MessagePageQuery,
  Operator,
  OutgoingMessage,
  Page,
  Queue,
  Statistics,
  TransferTarget,
} from '../../core/model.js';
import * as chatActions from './chat-actions.js';
import { B24Client } from './client.js';
import type { B24ClientOptions } from './client.js';
import { B24Context } from './context.js';
import { RecentFeed } from './feed.js';
import { dialogId, num } from './mapping.js';
import * as messageActions from './message-actions.js';
import * as reads from './reads.js';
import { DEFAULT_POLL_INTERVAL_MS, Poller } from './realtime.js';
import type { B24Params, B24Transport } from './transports/transport.js';

/** Options of `Bitrix24Adapter`. */
export interface Bitrix24AdapterOptions {
  /** How calls reach the portal: `webhookTransport(url)`, `oauthTransport({...})` or `bx24Transport()`. */
  transport: B24Transport;
  /**
   * Request queue and retries: `concurrency` (default 2), `requestsPerSecond`
   * (default 2), `maxRetries` on `QUERY_LIMIT_EXCEEDED` (default 5),
   * `retryBaseDelayMs` (default 1000, doubled each retry), `retryMaxDelayMs` (default 16000).
   */
  rateLimit?: Omit<B24ClientOptions, 'sleep' | 'now'>;
  /** Realtime polling of `im.recent.list`: interval in ms (default 5000). */
  realtime?: { intervalMs?: number };
  /** Chats a page of `listChats` when the query gives no limit, and chats a realtime poll reads (default 50, at most 200). */
  pageSize?: number;
  /** Called with the error of a failed background poll (the poll is skipped, the next one runs on time). */
  onPollError?: (error: unknown) => void;
  /** @internal Timers of the queue and back-off, for tests. */
  clock?: Pick<B24ClientOptions, 'sleep' | 'now'>;
}

/**
 * `OlAdapter` over the Bitrix24 REST API: the Open Channels operator methods
 * (`imopenlines.*`) and the messenger (`im.*`).
 *
 * Every action calls the documented method named in its JSDoc (and in the
 * README table). Capabilities Bitrix24 REST has no method for (listing
 * canned responses, GIFs, commands, sales, upload limits) are
 * absent, so the elements hide those actions. Calls are queued under the
 * REST rate limit, retried with back-off on `QUERY_LIMIT_EXCEEDED`, grouped
 * with `batch` where one step needs several methods, and fail with a
 * `Bitrix24Error` (`code` in the library's vocabulary, `b24Error` as the
 * portal said it), which the elements show and report as `ol-error`.
 *
 * Realtime: while someone subscribes, the adapter polls `im.recent.list`
 * every `realtime.intervalMs` and fetches new messages of changed chats
 * with `im.dialog.messages.get` (`FIRST_ID`) in one `batch`: changes show
 * within one interval plus a round trip.
 *
 * The class has no side effects until used: no timer runs before `subscribe`.
 *
 * @example
 * import { Bitrix24Adapter, webhookTransport } from '@open-lines/elements/adapters/bitrix24';
 * const adapter = new Bitrix24Adapter({ transport: webhookTransport('https://acme.bitrix24.com/rest/1/abcd1234/') });
 * list.adapter = panel.adapter = adapter;
 */
export class Bitrix24Adapter implements OlAdapter {
  private readonly ctx: B24Context;
  private readonly poller: Poller;

  constructor(options: Bitrix24AdapterOptions) {
    const client = new B24Client(options.transport, { ...options.rateLimit, ...options.clock });
    this.ctx = new B24Context(client, Math.min(200, Math.max(1, options.pageSize ?? 50)));
    const feed = new RecentFeed(this.ctx);
    const interval = Math.max(1, options.realtime?.intervalMs ?? DEFAULT_POLL_INTERVAL_MS);
    this.poller = new Poller(() => feed.poll(), interval, options.onPollError);
  }

  /** Calls any REST method through the adapter's queue, back-off and error mapping (for what the adapter does not cover). */
  call<T = unknown>(method: string, params: B24Params = {}): Promise<T> {
    return this.ctx.client.call<T>(method, params);
  }

  // ---------------------------------------------------------------- realtime

  /** Delivers chat and message changes found by polling until the returned function is called. */
  subscribe(listener: RealtimeListener): () => void {
    return this.poller.subscribe(listener);
  }

  /** Polls the portal now instead of waiting for the interval; resolves once the events are delivered. */
  pollNow(): Promise<void> {
    return this.poller.pollNow();
  }

  /** How many realtime listeners are subscribed. */
  get listenerCount(): number {
    return this.poller.listenerCount;
  }

  /** Whether polling is scheduled or under way. */
  get realtimeRunning(): boolean {
    return this.poller.active;
  }

  /** Stops polling and drops every listener. */
  dispose(): void {
    this.poller.dispose();
  }

  // ------------------------------------------------------------------- reads

  /** `user.current` and `imopenlines.config.list.get` (my open channels: `queueIds`) in one `batch`; cached. */
  currentOperator(): Promise<Operator> {
    return this.ctx.currentOperator();
  }

  /** `user.search` over active employees (`FILTER.FIND` = the query), with their open channels, in one `batch`. */
  listOperators(query?: string): Promise<Operator[]> {
    return reads.listOperators(this.ctx, query);
  }

  /** `imopenlines.config.list.get` with each line's operators (`OPTIONS.QUEUE = Y`). */
  listQueues(): Promise<Queue[]> {
    return reads.listQueues(this.ctx);
  }

  /**
   * Messenger view (`filter.mine`, optionally `search`): the operator's open
   * channel chats from `im.recent.list`, paged by `OFFSET`. Any other query
   * (Contact Center: all conversations, filters by channel, operator, state,
   * source, dates, CRM, rating): the sessions of `imopenlines.v2.Session.list`,
   * completed by `imopenlines.dialog.get` of each chat in one `batch`.
   */
  listChats(query: ChatQuery = {}): Promise<Page<Chat>> {
    return reads.listChats(this.ctx, query);
  }

  /** One `batch`: `imopenlines.dialog.get`, `im.dialog.messages.get` (`LIMIT` 1: last message, client) and `im.counters.get` (unread). */
  getChat(id: Id): Promise<Chat> {
    return reads.getChat(this.ctx, id);
  }

  /** `im.dialog.messages.get` (`DIALOG_ID`, `LIMIT`, `LAST_ID` = `before`), oldest first. */
  listMessages(chatId: Id, query: MessagePageQuery): Promise<Page<Message>> {
    return reads.listMessages(this.ctx, chatId, query);
  }

  /** `im.dialog.messages.search` (`SEARCH_MESSAGE`, `DATE_FROM`, `DATE_TO`) over the chat, i.e. every session with this client. */
  searchHistory(chatId: Id, query: HistoryQuery): Promise<Message[]> {
    return reads.searchHistory(this.ctx, chatId, query);
  }

  /**
   * K5: `imopenlines.v2.Stat.get` and the waiting sessions of
   * `imopenlines.v2.Session.list` in one `batch`; channel, operator, source
   * and date filters apply (default period: the last 366 days).
   */
  getStatistics(filter: ChatFilter): Promise<Statistics> {
    return reads.getStatistics(this.ctx, filter);
  }

  /** `user.search` (`FILTER.FIND`): users to mention. */
  searchMentions(query: string): Promise<Mention[]> {
    return reads.searchMentions(this.ctx, query);
  }

  // ---------------------------------------------------------- chat actions

  /** `im.chat.updateTitle` (`CHAT_ID`, `TITLE`). */
  renameChat(chatId: Id, title: string): Promise<void> {
    return this.ctx.action('im.chat.updateTitle', { CHAT_ID: num(chatId), TITLE: title });
  }

  /** `imopenlines.operator.spam` (`CHAT_ID`). */
  markSpam(chatId: Id): Promise<void> {
    return this.ctx.action('imopenlines.operator.spam', { CHAT_ID: num(chatId) });
  }

  /** `imopenlines.operator.answer` (`CHAT_ID`); `CONFLICT` with the owner's id when someone else took the chat. */
  answer(chatId: Id): Promise<void> {
    return chatActions.takeChat(this.ctx, 'imopenlines.operator.answer', chatId);
  }

  /** `imopenlines.operator.skip` (`CHAT_ID`). */
  skip(chatId: Id): Promise<void> {
    return this.ctx.action('imopenlines.operator.skip', { CHAT_ID: num(chatId) });
  }

  /** `imopenlines.operator.transfer`: `TRANSFER_ID` is the user id, or `queue<LINE_ID>` for an open channel. */
  transfer(chatId: Id, target: TransferTarget): Promise<void> {
    const transferId = target.kind === 'queue' ? `queue${target.id}` : num(target.id);
    return this.ctx.action('imopenlines.operator.transfer', { CHAT_ID: num(chatId), TRANSFER_ID: transferId });
  }

  /** `imopenlines.session.intercept` (`CHAT_ID`); `CONFLICT` as for `answer`. */
  intercept(chatId: Id): Promise<void> {
    return chatActions.takeChat(this.ctx, 'imopenlines.session.intercept', chatId);
  }

  /** `im.chat.user.add` (`CHAT_ID`, `USERS`). */
  invite(chatId: Id, userIds: Id[]): Promise<void> {
    return this.ctx.action('im.chat.user.add', { CHAT_ID: num(chatId), USERS: userIds.map(num) });
  }

  /** `imopenlines.operator.finish` (`CHAT_ID`). */
  finish(chatId: Id): Promise<void> {
    return this.ctx.action('imopenlines.operator.finish', { CHAT_ID: num(chatId) });
  }

  /** `imopenlines.session.mode.pin` (`CHAT_ID`, `ACTIVATE` `Y`/`N`). */
  setPinned(chatId: Id, pinned: boolean): Promise<void> {
    return this.ctx.action('imopenlines.session.mode.pin', { CHAT_ID: num(chatId), ACTIVATE: pinned ? 'Y' : 'N' });
  }

  /** `imopenlines.session.mode.silent` (`CHAT_ID`, `ACTIVATE` `Y`/`N`). */
  setSilent(chatId: Id, silent: boolean): Promise<void> {
    return this.ctx.action('imopenlines.session.mode.silent', { CHAT_ID: num(chatId), ACTIVATE: silent ? 'Y' : 'N' });
  }

  /** `imopenlines.session.start`, or from a message `imopenlines.message.session.start`; then the chat, in one halting `batch`. */
  startSession(chatId: Id, fromMessageId?: Id): Promise<Chat> {
    return chatActions.startSession(this.ctx, chatId, fromMessageId);
  }

  // --------------------------------------------------------------- composer

  /** `im.message.add` (`DIALOG_ID`, `MESSAGE`, `REPLY_ID`); with files, `im.disk.file.commit` and the message read back in one `batch`. */
  sendMessage(chatId: Id, message: OutgoingMessage): Promise<Message> {
    return messageActions.sendMessage(this.ctx, chatId, message);
  }

  /** `im.disk.folder.get`, then `disk.folder.uploadfile` into the chat's folder, with progress; abortable. */
  uploadFile(chatId: Id, file: File, options?: UploadOptions): Promise<Attachment> {
    return messageActions.uploadFile(this.ctx, chatId, file, options);
  }

  // -------------------------------------------------------- message actions

  /** `im.message.update` (`MESSAGE_ID`, `MESSAGE`) and the message read back, in one halting `batch`. */
  editMessage(chatId: Id, messageId: Id, text: string): Promise<Message> {
    return messageActions.editMessage(this.ctx, chatId, messageId, text);
  }

  /** `im.message.delete` (`MESSAGE_ID`). */
  deleteMessage(_chatId: Id, messageId: Id): Promise<void> {
    return this.ctx.action('im.message.delete', { MESSAGE_ID: num(messageId) });
  }

  /** `im.dialog.unread` (`DIALOG_ID`, `MESSAGE_ID`: this message and the later ones become unread). */
  markUnread(chatId: Id, messageId: Id): Promise<void> {
    return this.ctx.action('im.dialog.unread', { DIALOG_ID: dialogId(chatId), MESSAGE_ID: num(messageId) });
  }

  /** `im.dialog.read` (`DIALOG_ID`, `MESSAGE_ID` = the newest message). */
  markRead(chatId: Id): Promise<void> {
    return messageActions.markRead(this.ctx, chatId);
  }

  /** `im.message.share` (`TYPE=TASK`). The portal returns no task id: the id returned is the message's. */
  createTask(chatId: Id, messageId: Id): Promise<{ id: Id }> {
    return messageActions.share(this.ctx, 'task', chatId, messageId);
  }

  /** `im.message.share` (`TYPE=CHAT`); returns the message's id, as `createTask`. */
  createChatFromMessage(chatId: Id, messageId: Id): Promise<{ id: Id }> {
    return messageActions.share(this.ctx, 'chat', chatId, messageId);
  }

  /** `im.message.share` (`TYPE=POST`); returns the message's id, as `createTask`. */
  createPostFromMessage(chatId: Id, messageId: Id): Promise<{ id: Id }> {
    return messageActions.share(this.ctx, 'post', chatId, messageId);
  }

  /** `imopenlines.message.quick.save` (`CHAT_ID`, `MESSAGE_ID`): saves a loaded message's text; `INVALID` without `fromMessageId`. */
  saveCanned(draft: CannedDraft): Promise<CannedResponse> {
    return messageActions.saveCanned(this.ctx, draft);
  }
}
