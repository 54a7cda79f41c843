import type { OlAdapter, RealtimeEvent, RealtimeListener, UploadOptions } from '../../core/adapter.js';
import type {
  Attachment,
  CannedDraft,
  CannedResponse,
  Chat,
  ChatFilter,
  ChatQuery,
  Command,
  Gif,
  HistoryQuery,
  Id,
  Mention,
  Message,
  MessagePageQuery,
  Operator,
  OutgoingMessage,
  Page,
  Queue,
  SalesItem,
  Statistics,
  TransferTarget,
  UploadLimits,
} from '../../core/model.js';
import * as chatActions from './chat-actions.js';
import { computeStatistics } from './chat-query.js';
import type { MemoryContext } from './context.js';
import { demoData, demoTexts } from './demo-data.js';
import type { DemoTexts } from './demo-texts.js';
import { FailureInjector, sleep } from './failures.js';
import { copy, MemoryStore } from './memory-store.js';
import * as messageActions from './message-actions.js';
import { Prng } from './prng.js';
import * as reads from './reads.js';
import * as simulation from './simulation.js';
import type { NewChatInit } from './simulation.js';
import { matchesText } from './text.js';
import type {
  DemoLocale,
  FailureSpec,
  MemoryAdapterOptions,
  MemoryData,
  MethodName,
  SharedRecord,
  SimulatedActivity,
} from './types.js';
import { simulateUpload } from './upload.js';
import type { UploadSettings } from './upload.js';

/** Default of `uploadLimits()`: 50 MB, any type. */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { maxSize: 50 * 1024 * 1024 };
/** Default interval of the realtime simulation. */
export const DEFAULT_REALTIME_INTERVAL_MS = 5000;

/**
 * The in-memory `OlAdapter`: what Storybook, the demo and the tests run on.
 *
 * State lives in memory and every change is visible through the reads and
 * pushed to `subscribe` listeners. Inputs are deep-copied and every read
 * returns copies, so callers can never change the adapter's state by
 * mutating objects. Options add latency, injected failures, removed
 * capabilities and a realtime simulation; the `simulate*` methods trigger
 * client-side activity on demand.
 *
 * Rules worth knowing: actions on a finished (`closed`/`spam`) chat reject
 * with `CHAT_CLOSED`; only the chat's operator (or an invited one) may send;
 * only one's own messages can be edited or deleted (`FORBIDDEN`); unknown
 * ids reject with `NOT_FOUND`. Errors are `OlAdapterError`s.
 *
 * @example
 * const adapter = MemoryAdapter.demo('fr', { latency: [100, 400], realtime: true });
 * panel.adapter = adapter;
 */
export class MemoryAdapter implements OlAdapter {
  /** The seeded demo data (dates relative to `now`). */
  static demoData(locale: DemoLocale = 'en', now: Date = new Date()): MemoryData {
    return demoData(locale, now);
  }

  /** An adapter over the demo data in the given language. */
  static demo(locale: DemoLocale = 'en', options: MemoryAdapterOptions = {}): MemoryAdapter {
    return new MemoryAdapter(undefined, { ...options, locale });
  }

  private readonly store: MemoryStore;
  private readonly ctx: MemoryContext;
  private readonly failures: FailureInjector;
  private readonly upload: UploadSettings;
  private readonly realtimeIntervalMs: number | undefined;
  private readonly latencyRng: Prng;
  private latency: number | [number, number];
  private readonly listeners = new Set<{ listener: RealtimeListener }>();
  private timer: ReturnType<typeof setInterval> | undefined;

  /**
   * @param data Initial state in the public model. Without it, the demo data
   *   in `options.locale`. Omitted fields are empty, except `gifs`,
   *   `commands` and `salesItems`, which fall back to the demo catalogs, and
   *   `me`, which defaults to the first operator (a placeholder operator is
   *   added when `me` is not among the operators). The data is deep-copied.
   * @param options Latency, failures, omitted capabilities, realtime simulation, clock…
   */
  constructor(data?: Partial<MemoryData>, options: MemoryAdapterOptions = {}) {
    const locale = options.locale ?? 'en';
    const now = options.now ?? (() => new Date());
    const texts: DemoTexts = demoTexts(locale);
    const seed = options.seed ?? 1;
    this.store = new MemoryStore(copy(initialData(data, locale, now())));
    this.ctx = {
      store: this.store,
      texts,
      rng: new Prng(seed),
      now,
      emit: (event) => this.emit(event),
    };
    this.failures = new FailureInjector(options.failures);
    this.latency = options.latency ?? 0;
    this.latencyRng = new Prng(seed ^ 0x5bd1e995);
    this.upload = {
      limits: copy(options.uploadLimits ?? DEFAULT_UPLOAD_LIMITS),
      steps: Math.max(1, Math.floor(options.upload?.steps ?? 5)),
      stepMs: Math.max(0, options.upload?.stepMs ?? 120),
      nextId: () => this.store.nextId('up'),
      objectUrls: [],
    };
    const realtime = options.realtime;
    this.realtimeIntervalMs = realtime
      ? Math.max(1, (typeof realtime === 'object' ? realtime.intervalMs : undefined) ?? DEFAULT_REALTIME_INTERVAL_MS)
      : undefined;
    for (const method of options.omit ?? []) {
      Object.defineProperty(this, method, { value: undefined, writable: true, configurable: true, enumerable: false });
    }
  }

  // ---------------------------------------------------------------------------
  // Test and story helpers

  /** How many realtime listeners are subscribed (tests check it returns to 0). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Whether the realtime simulation timer is running. */
  get realtimeRunning(): boolean {
    return this.timer !== undefined;
  }

  /** Tasks, chats and posts created from messages (M4–M6), oldest first (a copy). */
  get shares(): readonly SharedRecord[] {
    return copy(this.store.shares);
  }

  /** Operators invited into a chat (A1). */
  invitedUsers(chatId: Id): Id[] {
    return [...this.store.record(chatId).invited];
  }

  /** A deep copy of the whole state, in the constructor's format. */
  snapshot(): MemoryData {
    return this.store.snapshot();
  }

  /** Makes the next call of `method` reject once (with `error`, or a default message). */
  failNext(method: MethodName, error?: string | Error): void {
    this.failures.failNext(method, error);
  }

  /** Makes every later call of `method` fail, or stops that when `spec` is undefined. */
  setFailure(method: MethodName, spec: FailureSpec | undefined): void {
    this.failures.set(method, spec);
  }

  /** Removes every injected failure. */
  clearFailures(): void {
    this.failures.clear();
  }

  /** Changes the artificial latency (ms, or a `[min, max]` range). */
  setLatency(latency: number | [min: number, max: number]): void {
    this.latency = latency;
  }

  /** Stops the simulation, drops every listener and revokes uploaded file URLs. */
  dispose(): void {
    this.listeners.clear();
    this.stopRealtime();
    for (const url of this.upload.objectUrls.splice(0)) URL.revokeObjectURL(url);
  }

  // ---------------------------------------------------------------------------
  // Reads

  /** Filtered, sorted (newest `updatedAt` or `createdAt` first), keyset-paged chats (default 50 a page). */
  listChats(query: ChatQuery = {}): Promise<Page<Chat>> {
    return this.call('listChats', [query], () => reads.listChats(this.ctx, query));
  }

  getChat(id: Id): Promise<Chat> {
    return this.call('getChat', [id], () => copy(this.store.record(id).chat));
  }

  /** The newest `limit` messages before `before`, oldest first; `nextCursor` is the `before` of the older page. */
  listMessages(chatId: Id, query: MessagePageQuery = { limit: reads.DEFAULT_MESSAGE_PAGE_SIZE }): Promise<Page<Message>> {
    return this.call('listMessages', [chatId, query], () => reads.listMessages(this.ctx, chatId, query));
  }

  /** Operators whose name contains the query (case and accents ignored). */
  listOperators(query?: string): Promise<Operator[]> {
    return this.call('listOperators', [query], () =>
      [...this.store.operators.values()].filter((op) => matchesText(op.name, query)).map(copy),
    );
  }

  listQueues(): Promise<Queue[]> {
    return this.call('listQueues', [], () => [...this.store.queues.values()].map(copy));
  }

  currentOperator(): Promise<Operator> {
    return this.call('currentOperator', [], () => copy(this.store.currentOperator));
  }

  /** Messages of every session with the chat's client, oldest first; deleted ones are left out. */
  searchHistory(chatId: Id, query: HistoryQuery = {}): Promise<Message[]> {
    return this.call('searchHistory', [chatId, query], () => reads.searchHistory(this.ctx, chatId, query));
  }

  /** Canned responses whose title or text contains the query (case and accents ignored), most used first. */
  listCanned(query?: string): Promise<CannedResponse[]> {
    return this.call('listCanned', [query], () => reads.listCanned(this.ctx, query));
  }

  /** Operators (`user`) and public chats (`chat`) whose name contains the query. */
  searchMentions(query: string): Promise<Mention[]> {
    return this.call('searchMentions', [query], () => reads.searchMentions(this.ctx, query));
  }

  /** GIFs whose title contains the query; all of them for an empty query. */
  searchGifs(query: string): Promise<Gif[]> {
    return this.call('searchGifs', [query], () => this.store.gifs.filter((g) => matchesText(g.title, query)).map(copy));
  }

  listCommands(chatId: Id): Promise<Command[]> {
    return this.call('listCommands', [chatId], () => {
      this.store.record(chatId);
      return this.store.commands.map(copy);
    });
  }

  listSalesItems(chatId: Id): Promise<SalesItem[]> {
    return this.call('listSalesItems', [chatId], () => {
      this.store.record(chatId);
      return this.store.salesItems.map(copy);
    });
  }

  /** Figures over the chats the filter selects (same filter as `listChats`). */
  getStatistics(filter: ChatFilter = {}): Promise<Statistics> {
    return this.call('getStatistics', [filter], () => computeStatistics(reads.filteredChats(this.ctx, filter)));
  }

  uploadLimits(): Promise<UploadLimits> {
    return this.call('uploadLimits', [], () => copy(this.upload.limits));
  }

  // ---------------------------------------------------------------------------
  // Chat actions

  /** Renames the chat (N1, L3); the list order does not change. */
  renameChat(chatId: Id, title: string): Promise<void> {
    return this.call('renameChat', [chatId, title], () => chatActions.renameChat(this.ctx, chatId, title));
  }

  /** Ends the conversation as spam (N2, A16). */
  markSpam(chatId: Id): Promise<void> {
    return this.call('markSpam', [chatId], () => chatActions.markSpam(this.ctx, chatId));
  }

  /**
   * Takes a waiting chat (N3): `answered`, mine, first response time set. A
   * chat another operator answered first rejects with `CONFLICT` (and their
   * `operatorId`); one I answered, with `INVALID_STATE`.
   */
  answer(chatId: Id): Promise<void> {
    return this.call('answer', [chatId], () => chatActions.answer(this.ctx, chatId));
  }

  /** Leaves a waiting chat to the others (N4): unassigned, still `new`, out of my `mine` list. */
  skip(chatId: Id): Promise<void> {
    return this.call('skip', [chatId], () => chatActions.skip(this.ctx, chatId));
  }

  /** To an operator: theirs, state kept. To a queue: unassigned and waiting there (N5, A2). */
  transfer(chatId: Id, target: TransferTarget): Promise<void> {
    return this.call('transfer', [chatId, target], () => chatActions.transfer(this.ctx, chatId, target));
  }

  /** Takes the conversation from another operator, or from the queue (N8). */
  intercept(chatId: Id): Promise<void> {
    return this.call('intercept', [chatId], () => chatActions.intercept(this.ctx, chatId));
  }

  /** Invites operators into the chat (A1); see `invitedUsers`. Invited operators may write. */
  invite(chatId: Id, userIds: Id[]): Promise<void> {
    return this.call('invite', [chatId, userIds], () => chatActions.invite(this.ctx, chatId, userIds));
  }

  /** Finishes the conversation (A3). */
  finish(chatId: Id): Promise<void> {
    return this.call('finish', [chatId], () => chatActions.finish(this.ctx, chatId));
  }

  /** "Lock as mine" (A13): only on my own chat; postpones auto-close by a week. */
  setPinned(chatId: Id, pinned: boolean): Promise<void> {
    return this.call('setPinned', [chatId, pinned], () => chatActions.setPinned(this.ctx, chatId, pinned));
  }

  /** Silent mode (A8): every message sent is silent while it is on. */
  setSilent(chatId: Id, silent: boolean): Promise<void> {
    return this.call('setSilent', [chatId, silent], () => chatActions.setSilent(this.ctx, chatId, silent));
  }

  /**
   * Starts a new conversation in the same chat (K3, M7): next session number,
   * `answered`, mine, `createdAt` = now; the system message replies to
   * `fromMessageId` when given.
   */
  startSession(chatId: Id, fromMessageId?: Id): Promise<Chat> {
    return this.call('startSession', [chatId, fromMessageId], () => chatActions.startSession(this.ctx, chatId, fromMessageId));
  }

  // ---------------------------------------------------------------------------
  // Composer and message actions

  /** Sends an operator message (A12); a non-silent message in a waiting chat answers it first. */
  sendMessage(chatId: Id, message: OutgoingMessage): Promise<Message> {
    return this.call('sendMessage', [chatId, message], () => messageActions.sendMessage(this.ctx, chatId, message));
  }

  /** Simulated upload with progress and abort (A4); send the attachment with `sendMessage`. */
  uploadFile(chatId: Id, file: File, options: UploadOptions = {}): Promise<Attachment> {
    return this.call('uploadFile', [chatId, file, options], () => {
      this.store.record(chatId);
      return simulateUpload(this.upload, file, options);
    });
  }

  /** Posts a product or payment link (A10). */
  sendSalesItem(chatId: Id, itemId: Id): Promise<Message> {
    return this.call('sendSalesItem', [chatId, itemId], () => messageActions.sendSalesItem(this.ctx, chatId, itemId));
  }

  /** Edits one of my own messages (M9). */
  editMessage(chatId: Id, messageId: Id, text: string): Promise<Message> {
    return this.call('editMessage', [chatId, messageId, text], () => messageActions.editMessage(this.ctx, chatId, messageId, text));
  }

  /** Deletes one of my own messages (M10): it stays as a tombstone (`deleted`, no text). */
  deleteMessage(chatId: Id, messageId: Id): Promise<void> {
    return this.call('deleteMessage', [chatId, messageId], () => messageActions.deleteMessage(this.ctx, chatId, messageId));
  }

  /** Sets the unread counter to the number of client messages from this one on (M2). */
  markUnread(chatId: Id, messageId: Id): Promise<void> {
    return this.call('markUnread', [chatId, messageId], () => messageActions.markUnread(this.ctx, chatId, messageId));
  }

  markRead(chatId: Id): Promise<void> {
    return this.call('markRead', [chatId], () => messageActions.markRead(this.ctx, chatId));
  }

  /** Creates a task from a message (M4); recorded in `shares`. */
  createTask(chatId: Id, messageId: Id): Promise<{ id: Id; url?: string }> {
    return this.call('createTask', [chatId, messageId], () => messageActions.share(this.ctx, 'task', chatId, messageId));
  }

  /** Creates a chat with colleagues from a message (M5); it can then be mentioned. */
  createChatFromMessage(chatId: Id, messageId: Id): Promise<{ id: Id; url?: string }> {
    return this.call('createChatFromMessage', [chatId, messageId], () => messageActions.share(this.ctx, 'chat', chatId, messageId));
  }

  /** Creates a News Feed post from a message (M6). */
  createPostFromMessage(chatId: Id, messageId: Id): Promise<{ id: Id; url?: string }> {
    return this.call('createPostFromMessage', [chatId, messageId], () => messageActions.share(this.ctx, 'post', chatId, messageId));
  }

  /** Adds a canned response (M8), unused so far; `fromMessageId`, when given, must exist. */
  saveCanned(draft: CannedDraft): Promise<CannedResponse> {
    return this.call('saveCanned', [draft], () => messageActions.saveCanned(this.ctx, draft));
  }

  // ---------------------------------------------------------------------------
  // Realtime

  /**
   * Delivers every change until the returned function is called. Each
   * listener gets its own copy of each event; a listener that throws is
   * reported on the console and does not disturb the others. With the
   * `realtime` option, the simulation runs while there is a listener.
   */
  subscribe(listener: RealtimeListener): () => void {
    const entry = { listener };
    this.listeners.add(entry);
    if (this.listeners.size === 1) this.startRealtime();
    return () => {
      if (!this.listeners.delete(entry)) return;
      if (this.listeners.size === 0) this.stopRealtime();
    };
  }

  /** A client message arrives (unread goes up). In a finished chat it opens a new waiting session. */
  simulateClientMessage(chatId: Id, text?: string, attachments: Attachment[] = []): Message {
    return simulation.simulateClientMessage(this.ctx, chatId, text, attachments);
  }

  /** A brand-new conversation arrives, waiting (`new`, unassigned) in a queue. */
  simulateNewChat(init: NewChatInit = {}): Chat {
    return simulation.simulateNewChat(this.ctx, init);
  }

  /** Another operator takes the chat (defaults to an available colleague). */
  simulateTakenByOther(chatId: Id, operatorId?: Id): Chat {
    return simulation.simulateTakenByOther(this.ctx, chatId, operatorId);
  }

  /** Another operator starts or stops typing in the chat (collision awareness). */
  simulateTyping(chatId: Id, operatorId: Id, typing = true): void {
    this.store.record(chatId);
    this.store.operator(operatorId);
    this.emit({ type: 'typing', chatId, operatorId, typing });
  }

  /** The client rates the conversation. */
  simulateRating(chatId: Id, rating: 'like' | 'dislike'): Chat {
    return simulation.simulateRating(this.ctx, chatId, rating);
  }

  /** The chat disappears from the backend (`chat-removed`). */
  simulateChatRemoved(chatId: Id): void {
    this.store.removeChat(chatId);
    this.emit({ type: 'chat-removed', chatId });
  }

  /**
   * One step of the realtime simulation: usually a client message in an open
   * chat, sometimes a new chat, sometimes a waiting chat taken by a
   * colleague. Deterministic for a given `seed`.
   */
  simulateActivity(): SimulatedActivity {
    return simulation.simulateActivity(this.ctx);
  }

  // ---------------------------------------------------------------------------
  // Internals

  /** Latency, then injected failure, then the body: a failing call changes nothing. */
  private async call<T>(method: MethodName, args: unknown[], body: () => T | Promise<T>): Promise<T> {
    await sleep(this.pickLatency());
    this.failures.check(method, args);
    return body();
  }

  private pickLatency(): number {
    const [min, max] = Array.isArray(this.latency) ? this.latency : [this.latency, this.latency];
    return max > min ? min + this.latencyRng.next() * (max - min) : min;
  }

  /** Delivers a snapshot of the event (taken now) to each listener, as its own copy. */
  private emit(event: RealtimeEvent): void {
    if (this.listeners.size === 0) return;
    const snapshot = copy(event);
    for (const entry of [...this.listeners]) {
      if (!this.listeners.has(entry)) continue;
      try {
        entry.listener(copy(snapshot));
      } catch (error) {
        console.error('MemoryAdapter: a realtime listener threw', error);
      }
    }
  }

  private startRealtime(): void {
    if (this.realtimeIntervalMs === undefined || this.timer !== undefined) return;
    this.timer = setInterval(() => {
      try {
        this.simulateActivity();
      } catch (error) {
        console.error('MemoryAdapter: realtime simulation failed', error);
      }
    }, this.realtimeIntervalMs);
  }

  private stopRealtime(): void {
    if (this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

/** The constructor's data with its defaults filled in (see the constructor). */
function initialData(data: Partial<MemoryData> | undefined, locale: DemoLocale, now: Date): MemoryData {
  if (!data) return demoData(locale, now);
  const catalog = data.gifs && data.commands && data.salesItems ? undefined : demoData(locale, now);
  const operators = data.operators ?? [];
  return {
    me: data.me ?? operators[0]?.id ?? 'me',
    operators,
    queues: data.queues ?? [],
    chats: data.chats ?? [],
    messages: data.messages ?? [],
    canned: data.canned ?? [],
    gifs: data.gifs ?? catalog?.gifs ?? [],
    commands: data.commands ?? catalog?.commands ?? [],
    salesItems: data.salesItems ?? catalog?.salesItems ?? [],
    publicChats: data.publicChats ?? [],
  };
}
