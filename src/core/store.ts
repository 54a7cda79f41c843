import type { OlAdapter, OlCapability, RealtimeEvent } from './adapter.js';
import { OlAdapterError } from './adapter.js';
import { MessageThread } from './message-thread.js';
import { sanitizeCanned, sanitizeChat, sanitizeList, sanitizeMessage, sanitizeOperator, sanitizeQueue } from './sanitize.js';
import type {
  CannedResponse,
  Chat,
  ChatQuery,
  Id,
  Message,
  Operator,
  Page,
  Queue,
} from './model.js';
import { OlErrorEvent } from '../events/error-event.js';
import type { OlEvent } from '../events/ol-event.js';

/** What changed in one notification; listeners re-render only what they show. */
export interface StoreChange {
  /** Chats whose data changed (added, updated or removed). */
  readonly chats: ReadonlySet<Id>;
  /**
   * Every chat held changed too (many were given at once, `setChats`): they
   * are not listed in `chats`, which then names only the others (removed ones).
   */
  readonly every: boolean;
  /**
   * Those of `chats` whose only change is their preview (the last message and
   * the activity time, when a message comes): views that show neither skip them.
   */
  readonly previews: ReadonlySet<Id>;
  /** Chats whose loaded messages changed. */
  readonly messages: ReadonlySet<Id>;
  /** Operators, queues, the current operator or canned responses changed. */
  readonly directory: boolean;
}

/** Whether a chat changed in more than its preview (what views other than the lists show). */
export function chatChanged(change: StoreChange, chatId: Id): boolean {
  return change.every || (change.chats.has(chatId) && !change.previews.has(chatId));
}

export type StoreListener = (change: StoreChange) => void;

/** Undoes one optimistic change. */
export type Revert = () => void;

/** How an intent ended. */
export type IntentResult<R> =
  | { status: 'done'; value: R }
  /** The host called `preventDefault()` on the intent event. */
  | { status: 'prevented' }
  /** No adapter, or it lacks the method: the host drives the element by properties. */
  | { status: 'unhandled' }
  | { status: 'failed'; error: OlAdapterError };

/** One action a person asks for, as the store carries it out. */
export interface Intent<R> {
  /** The cancelable event announcing the action; dispatched on the origin element. */
  event: OlEvent<unknown>;
  chatId?: Id;
  messageId?: Id;
  /** The adapter method the action needs. */
  capability?: OlCapability;
  /** Calls the adapter. */
  call?: (adapter: OlAdapter) => Promise<R>;
  /** Applies the expected result at once; returns how to undo it. */
  optimistic?: () => Revert | void;
  /** Applies the adapter's answer. */
  commit?: (value: R) => void;
  /** Reload the chat afterwards (when the backend decides the outcome). */
  refreshChat?: boolean;
  /** Whether a failure is announced with `ol-error` (an aborted upload is not). */
  reportError?: (error: OlAdapterError) => boolean;
  /**
   * For long calls that report progress (uploads): receives a function to call
   * at each sign of life; the timeout then counts from the last one instead
   * of from the start.
   */
  keepAlive?: (touch: () => void) => void;
}

export interface StoreOptions {
  /** An adapter call that takes longer fails with the code `TIMEOUT`. Default 30 s. */
  timeoutMs?: number;
}

const LOCAL_PREFIX = 'local:';
/** Chat changes remembered for `chatChangesSince`; a view further behind reads every chat again. */
const CHAT_LOG_LIMIT = 2048;
/**
 * Messages given by properties are checked and indexed a page at a time: the
 * latest page when given, an older one when the view scrolls to it.
 */
const FIRST_LOCAL_PAGE = 500;
const LOCAL_PAGE = 2000;

/**
 * Where the unread messages of `given` begin (the last `unread` client
 * messages), a screen above it: the "new messages" divider and what is
 * above it are then in the first page taken.
 */
function unreadStart(given: readonly Message[], unread: number): number {
  let index = given.length;
  for (let left = unread; left > 0 && index > 0; ) {
    index -= 1;
    if ((given[index] as Partial<Message> | undefined)?.authorKind === 'client') left -= 1;
  }
  return Math.max(0, index - 50);
}

/** Whether a message exists only in this browser (being sent, or failed). */
export function isLocalMessage(message: Pick<Message, 'id'>): boolean {
  return message.id.startsWith(LOCAL_PREFIX);
}

/**
 * Holds the chats and messages the elements show. It is fed by adapter reads
 * and `subscribe()`, dedupes by id, ignores late or repeated events, and
 * carries every action: intent event first (cancelable), then the adapter
 * call with an optimistic change, rolled back on failure with `ol-error`.
 *
 * One store serves every element given the same adapter (see `storeFor`).
 */
export class OlStore {
  readonly adapter: OlAdapter | undefined;
  /**
   * How long an adapter call may take before it fails with the code
   * `TIMEOUT`, in ms (default 30 000; 0 or a non-finite value: no limit). It
   * applies to calls started after the change. Elements set it from their
   * `timeout-ms` attribute (`<ol-provider>`, `<ol-chat-list>`,
   * `<ol-chat-panel>`): the store is shared by every element given the same
   * adapter, so the last one set wins.
   */
  timeoutMs: number;

  /** The current operator, once loaded. */
  me: Operator | undefined;
  operators: readonly Operator[] = [];
  queues: readonly Queue[] = [];
  canned: readonly CannedResponse[] | undefined;
  /** Waiting chats the current operator skipped: they wait for the others now, not for them. */
  readonly skipped = new Set<Id>();
  /** Operators typing in each chat (collision awareness). */
  readonly typing = new Map<Id, ReadonlySet<Id>>();

  private readonly chatMap = new Map<Id, Chat>();
  /** Removed chats with the last version seen: an older copy will not bring them back. */
  private readonly removedChats = new Map<Id, string>();
  /**
   * Hashes of the copies of each chat received at its latest `updatedAt`. A
   * change that keeps `updatedAt` (marking read) shares its time with the copy
   * before it; a repeat of that copy (a duplicated or replayed event, a page
   * loaded before the change) must not undo it.
   */
  private readonly copiesSeen = new Map<Id, { updatedAt: string; hashes: Set<number> }>();
  private readonly threads = new Map<Id, MessageThread>();
  private readonly listeners = new Set<StoreListener>();
  private unsubscribeAdapter: (() => void) | undefined;
  private pending: { chats: Set<Id>; every: boolean; previews: Set<Id>; messages: Set<Id>; directory: boolean } | undefined;
  /** A flush is queued: in a microtask (`soon`), at the next frame (`frame`, realtime feed). */
  private queued = { soon: false, frame: 0, timer: undefined as ReturnType<typeof setTimeout> | undefined };
  /** Applying an event of the adapter's realtime feed: its notification waits for the next frame. */
  private fromFeed = false;
  /** Ids of the chats changed since version `chatLogBase` (see `chatChangesSince`). */
  private chatLog: Id[] = [];
  private chatLogBase = 0;
  private chatListCache: readonly Chat[] | undefined;
  private readonly inflight = new Map<string, Promise<unknown>>();
  private localSeq = 0;

  constructor(adapter?: OlAdapter, options: StoreOptions = {}) {
    this.adapter = adapter;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  // ---------------------------------------------------------------- listeners

  /**
   * Calls the listener after each batch of changes (once per microtask). The
   * first listener connects the adapter's realtime feed; the last one to leave
   * disconnects it.
   */
  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.connect();
    return () => {
      if (!this.listeners.delete(listener)) return;
      if (this.listeners.size === 0) this.disconnect();
    };
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  private connect(): void {
    if (this.unsubscribeAdapter || typeof this.adapter?.subscribe !== 'function') return;
    this.unsubscribeAdapter = this.adapter.subscribe((event) => {
      // Realtime events are applied at once but notified once per frame: a
      // burst of a thousand messages a second costs one update per frame.
      this.fromFeed = true;
      try {
        this.apply(event);
      } finally {
        this.fromFeed = false;
      }
    });
  }

  private disconnect(): void {
    this.unsubscribeAdapter?.();
    this.unsubscribeAdapter = undefined;
  }

  private changed(part: { chat?: Id; preview?: Id; chats?: readonly Chat[]; messagesOf?: Id; directory?: boolean }): void {
    this.pending ??= { chats: new Set(), every: false, previews: new Set(), messages: new Set(), directory: false };
    if (this.fromFeed) this.flushAtFrame();
    else if (!this.queued.soon) {
      this.queued.soon = true;
      queueMicrotask(() => this.flush());
    }
    const chatId = part.chat ?? part.preview;
    if (chatId !== undefined) {
      // A preview-only change stays one while nothing else of the chat changed in the same notification.
      if (part.chat !== undefined) this.pending.previews.delete(chatId);
      else if (!this.pending.every && !this.pending.chats.has(chatId)) this.pending.previews.add(chatId);
      this.pending.chats.add(chatId);
      this.chatListCache = undefined;
      if (this.chatLog.length >= CHAT_LOG_LIMIT) {
        this.chatLogBase += this.chatLog.length;
        this.chatLog = [];
      }
      this.chatLog.push(chatId);
    }
    if (part.chats !== undefined) {
      // Every chat held changed: said once (StoreChange.every), not id by id.
      this.pending.every = true;
      this.pending.previews.clear();
      this.chatListCache = undefined;
      this.chatLogBase += this.chatLog.length + part.chats.length;
      this.chatLog = [];
    }
    if (part.messagesOf !== undefined) this.pending.messages.add(part.messagesOf);
    if (part.directory) this.pending.directory = true;
  }

  /** Notifies at the next animation frame (or after 100 ms when frames are paused, e.g. a hidden tab). */
  private flushAtFrame(): void {
    if (this.queued.frame || this.queued.timer !== undefined) return;
    if (typeof requestAnimationFrame === 'function') this.queued.frame = requestAnimationFrame(() => this.flush(true));
    this.queued.timer = setTimeout(() => this.flush(), 100);
  }

  private flush(atFrame = false): void {
    this.queued.soon = false;
    if (this.queued.frame) cancelAnimationFrame(this.queued.frame);
    clearTimeout(this.queued.timer);
    this.queued.frame = 0;
    this.queued.timer = undefined;
    const change = this.pending;
    this.pending = undefined;
    if (!change) return;
    this.notifyingAtFrame = atFrame;
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error('[open-lines] a store listener threw', error);
      }
    }
    this.notifyingAtFrame = false;
  }

  /**
   * Whether an action can be offered: always without an adapter (the host
   * drives the element by properties and events), else when the adapter has
   * the method. Elements hide what this denies.
   */
  can(capability: OlCapability): boolean {
    return !this.adapter || typeof this.adapter[capability] === 'function';
  }

  // -------------------------------------------------------------------- reads

  /** Every chat held, in no particular order (views sort and filter). */
  get chats(): readonly Chat[] {
    return (this.chatListCache ??= [...this.chatMap.values()]);
  }

  /**
   * While listeners run: whether this notification comes from an animation
   * frame (realtime events are batched per frame), so that a view can render
   * at once instead of waiting for the next frame.
   */
  notifyingAtFrame = false;

  /** Counts chat changes (added, updated, removed); see `chatChangesSince`. */
  get chatsVersion(): number {
    return this.chatLogBase + this.chatLog.length;
  }

  /**
   * Ids of the chats changed after `version` (a `chatsVersion`), possibly
   * repeated, so that a view can update only those; `undefined` when too
   * many changed since (read `chats` again).
   */
  chatChangesSince(version: number): readonly Id[] | undefined {
    return version < this.chatLogBase ? undefined : this.chatLog.slice(version - this.chatLogBase);
  }

  getChat(id: Id): Chat | undefined {
    return this.chatMap.get(id);
  }

  /** The loaded messages of a chat (empty until `loadMessages`). */
  thread(chatId: Id): MessageThread {
    let thread = this.threads.get(chatId);
    if (!thread) {
      thread = new MessageThread();
      this.threads.set(chatId, thread);
    }
    return thread;
  }

  messages(chatId: Id): readonly Message[] {
    return this.threads.get(chatId)?.items ?? [];
  }

  /** The loaded messages of every chat that has some (a search looks in them without asking chat by chat). */
  loadedMessages(): Map<Id, readonly Message[]> {
    const loaded = new Map<Id, readonly Message[]>();
    for (const [chatId, thread] of this.threads) if (thread.items.length > 0) loaded.set(chatId, thread.items);
    return loaded;
  }

  operator(id: Id | undefined): Operator | undefined {
    return id === undefined ? undefined : this.operators.find((o) => o.id === id);
  }

  queue(id: Id | undefined): Queue | undefined {
    return id === undefined ? undefined : this.queues.find((q) => q.id === id);
  }

  /** Loads one page of chats into the store and returns it. */
  async loadChats(query: ChatQuery = {}): Promise<Page<Chat>> {
    if (!this.adapter) return { items: this.chats.slice() };
    const page = await this.withTimeout(this.adapter.listChats(query));
    // Adapter data is checked where it enters (see sanitize.ts): the elements render the repaired copy.
    const items = sanitizeList(page?.items, sanitizeChat, 'listChats().items');
    for (const chat of items) this.putChat(chat, { checked: true });
    return items === page.items ? page : { ...page, items };
  }

  /** Loads (or reloads) one chat. */
  async loadChat(id: Id): Promise<Chat | undefined> {
    if (!this.adapter) return this.getChat(id);
    const chat = await this.once(`chat:${id}`, () => this.withTimeout(this.adapter!.getChat(id)));
    this.putChat(chat, { force: true });
    return this.getChat(id);
  }

  /**
   * Loads the latest messages of a chat, or with `older`, the page before the
   * oldest one loaded. Concurrent calls share one request.
   */
  async loadMessages(chatId: Id, { older = false, limit = 50 } = {}): Promise<readonly Message[]> {
    const thread = this.thread(chatId);
    if (!this.adapter) {
      // Messages given by properties: an older page of those not taken yet.
      if (older && thread.takeOlder(LOCAL_PAGE)) this.changed({ messagesOf: chatId });
      return thread.items;
    }
    if (older && !thread.hasOlder) return thread.items;
    const before = older ? thread.items.find((m) => !isLocalMessage(m))?.id : undefined;
    const page = await this.once(`messages:${chatId}:${before ?? 'latest'}`, () =>
      this.withTimeout(this.adapter!.listMessages(chatId, { before, limit })),
    );
    if (older || !thread.loaded) thread.hasOlder = page.nextCursor !== undefined;
    thread.loaded = true;
    thread.upsertMany(sanitizeList(page?.items, sanitizeMessage, 'listMessages().items'));
    this.changed({ messagesOf: chatId });
    return thread.items;
  }

  /**
   * Messages given by properties: takes those not taken yet down to `messageId`
   * (see `MessageThread.takeThrough`); returns whether it is held now.
   */
  takeMessagesThrough(chatId: Id, messageId: Id): boolean {
    const thread = this.thread(chatId);
    if (thread.takeThrough(messageId)) this.changed({ messagesOf: chatId });
    return thread.get(messageId) !== undefined;
  }

  /** Messages given by properties: takes every one not taken yet (a search over all of them); returns them all. */
  takeAllMessages(chatId: Id): readonly Message[] {
    const thread = this.thread(chatId);
    if (thread.takeOlder(Number.POSITIVE_INFINITY)) this.changed({ messagesOf: chatId });
    return thread.items;
  }

  /** Loads the current operator, the operators and the open channels. */
  async loadDirectory(): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    await this.once('directory', async () => {
      const [me, operators, queues] = await Promise.all([
        this.withTimeout(adapter.currentOperator()),
        this.withTimeout(adapter.listOperators()),
        this.withTimeout(adapter.listQueues()),
      ]);
      this.me = sanitizeOperator(me);
      this.operators = sanitizeList(operators, sanitizeOperator, 'listOperators()');
      this.queues = sanitizeList(queues, sanitizeQueue, 'listQueues()');
      this.changed({ directory: true });
    });
  }

  /** Loads the canned responses (all of them; pickers search locally). */
  async loadCanned(): Promise<readonly CannedResponse[]> {
    if (typeof this.adapter?.listCanned !== 'function') return this.canned ?? [];
    const list = sanitizeList(await this.withTimeout(this.adapter.listCanned()), sanitizeCanned, 'listCanned()');
    this.canned = list;
    this.changed({ directory: true });
    return list;
  }

  /** Feeds data given by properties (elements used without an adapter). */
  setChats(given: readonly Chat[]): void {
    const chats = sanitizeList(given, sanitizeChat, 'chats');
    if (this.chatMap.size > 0) {
      const keep = new Set(chats.map((c) => c.id));
      for (const id of [...this.chatMap.keys()]) {
        if (!keep.has(id)) {
          this.chatMap.delete(id);
          this.changed({ chat: id });
        }
      }
    }
    if (chats.length <= CHAT_LOG_LIMIT) {
      for (const chat of chats) this.putChat(chat, { force: true, checked: true });
      return;
    }
    // Many chats at once: held in one pass, and the change log starts anew (views then index every chat again).
    const revived = this.removedChats.size > 0;
    for (const chat of chats) {
      if (revived) this.removedChats.delete(chat.id);
      this.chatMap.set(chat.id, chat);
    }
    this.changed({ chats });
  }

  /** Feeds messages given by properties (elements used without an adapter). */
  setMessages(chatId: Id, messages: readonly Message[]): void {
    const thread = new MessageThread();
    const check = (page: readonly unknown[]) => sanitizeList(page, sanitizeMessage, 'messages');
    // Given again (a host adding a message to its array): at least as many as were taken, so the rows in view stay.
    const held = this.threads.get(chatId)?.items.length ?? 0;
    thread.loaded = true;
    thread.hasOlder = false;
    if (Array.isArray(messages) && messages.length > FIRST_LOCAL_PAGE + LOCAL_PAGE) {
      // Only the latest page is checked and indexed now (with the unread ones, for the divider); older pages when scrolled to.
      const latest = Math.max(FIRST_LOCAL_PAGE, held + 1);
      const start = Math.max(0, Math.min(messages.length - latest, unreadStart(messages, this.getChat(chatId)?.unreadCount ?? 0)));
      thread.upsertMany(check(messages.slice(start)));
      thread.defer(messages, start, check);
    } else {
      thread.upsertMany(check(messages));
    }
    this.threads.set(chatId, thread);
    this.changed({ messagesOf: chatId });
  }

  /** Feeds the directory given by properties. */
  setDirectory(directory: { me?: Operator; operators?: readonly Operator[]; queues?: readonly Queue[] }): void {
    if (directory.me) this.me = sanitizeOperator(directory.me);
    if (directory.operators) this.operators = sanitizeList(directory.operators, sanitizeOperator, 'operators');
    if (directory.queues) this.queues = sanitizeList(directory.queues, sanitizeQueue, 'queues');
    this.changed({ directory: true });
  }

  // ----------------------------------------------------------------- realtime

  /** Applies one realtime event; duplicates and stale copies change nothing. */
  apply(event: RealtimeEvent): void {
    switch (event.type) {
      case 'chat-added':
        this.putChat(event.chat, { revive: true });
        break;
      case 'chat-updated':
        // A late update (sent before the removal, delivered after it) never brings a removed chat back.
        this.putChat(event.chat);
        break;
      case 'chat-removed':
        this.removeChat(event.chatId);
        break;
      case 'message-added':
      case 'message-updated':
        this.putMessage(event.message);
        break;
      case 'message-removed':
        if (this.thread(event.chatId).remove(event.messageId)) this.changed({ messagesOf: event.chatId });
        break;
      case 'typing':
        this.setTyping(event.chatId, event.operatorId, event.typing);
        break;
    }
  }

  /**
   * Holds a chat unless it is an older copy. A removed chat comes back only
   * when read again (`force`) or added anew (`revive`, newer than the removal).
   */
  private putChat(raw: Chat, { force = false, revive = false, checked = false } = {}): void {
    // `checked`: already through `sanitizeChat` (setChats): not checked twice.
    const chat = checked ? raw : sanitizeChat(raw);
    if (!chat) return;
    const removedAt = this.removedChats.get(chat.id);
    if (removedAt !== undefined) {
      if (!force && (!revive || chat.updatedAt <= removedAt)) return;
      this.removedChats.delete(chat.id);
    }
    const current = this.chatMap.get(chat.id);
    if (current && !force && chat.updatedAt < current.updatedAt) return;
    if (!force && this.isRepeat(chat)) return;
    this.chatMap.set(chat.id, chat);
    this.changed({ chat: chat.id });
  }

  /** Whether this very copy of the chat was already received at its time (see `copiesSeen`). */
  private isRepeat(chat: Chat): boolean {
    const hash = hashText(JSON.stringify(chat));
    const seen = this.copiesSeen.get(chat.id);
    if (seen?.updatedAt === chat.updatedAt) {
      if (seen.hashes.has(hash)) return true;
      seen.hashes.add(hash);
    } else if (!seen || seen.updatedAt < chat.updatedAt) {
      this.copiesSeen.set(chat.id, { updatedAt: chat.updatedAt, hashes: new Set([hash]) });
    }
    return false;
  }

  private removeChat(chatId: Id): void {
    const current = this.chatMap.get(chatId);
    this.copiesSeen.delete(chatId);
    this.removedChats.set(chatId, current?.updatedAt ?? '');
    if (this.chatMap.delete(chatId)) this.changed({ chat: chatId });
  }

  private putMessage(raw: Message): void {
    const message = sanitizeMessage(raw);
    if (!message) return;
    if (this.removedChats.has(message.chatId)) return;
    if (this.thread(message.chatId).upsert(message)) {
      this.changed({ messagesOf: message.chatId });
      this.touchLastMessage(message);
    }
  }

  /** Keeps the chat's preview current when a newer message arrives. */
  private touchLastMessage(message: Message): void {
    const chat = this.chatMap.get(message.chatId);
    if (!chat || message.deleted || isLocalMessage(message)) return;
    if (chat.lastMessage && chat.lastMessage.createdAt > message.createdAt) return;
    if (chat.lastMessage?.id === message.id && chat.lastMessage.text === message.text) return;
    const lastMessage = {
      id: message.id,
      authorKind: message.authorKind,
      text: message.text,
      createdAt: message.createdAt,
    };
    const updatedAt = chat.updatedAt > message.createdAt ? chat.updatedAt : message.createdAt;
    this.chatMap.set(chat.id, { ...chat, lastMessage, updatedAt });
    this.changed({ preview: chat.id });
  }

  private setTyping(chatId: Id, operatorId: Id, typing: boolean): void {
    const current = this.typing.get(chatId) ?? new Set<Id>();
    if (current.has(operatorId) === typing) return;
    const next = new Set(current);
    if (typing) next.add(operatorId);
    else next.delete(operatorId);
    this.typing.set(chatId, next);
    this.changed({ chat: chatId });
  }

  // --------------------------------------------------------- optimistic edits

  /**
   * Changes some fields of a chat at once. The returned function restores
   * each field, unless something newer (a realtime update) changed it since.
   */
  patchChat(chatId: Id, patch: Partial<Chat>): Revert {
    const before = this.chatMap.get(chatId);
    if (!before) return () => {};
    const applied = { ...before, ...patch };
    this.chatMap.set(chatId, applied);
    this.changed({ chat: chatId });
    return () => {
      const now = this.chatMap.get(chatId);
      if (!now) return;
      const restored = { ...now };
      let touched = false;
      for (const key of Object.keys(patch) as (keyof Chat)[]) {
        if (now[key] === applied[key]) {
          (restored as Record<string, unknown>)[key] = before[key];
          touched = true;
        }
      }
      if (!touched) return;
      this.chatMap.set(chatId, restored);
      this.changed({ chat: chatId });
    };
  }

  /** Like `patchChat`, for one loaded message. */
  patchMessage(chatId: Id, messageId: Id, patch: Partial<Message>): Revert {
    const thread = this.thread(chatId);
    const before = thread.get(messageId);
    if (!before) return () => {};
    const applied = { ...before, ...patch };
    this.replaceMessage(thread, applied);
    return () => {
      const now = thread.get(messageId);
      if (!now) return;
      const restored = { ...now };
      let touched = false;
      for (const key of Object.keys(patch) as (keyof Message)[]) {
        if (now[key] === applied[key]) {
          (restored as Record<string, unknown>)[key] = before[key];
          touched = true;
        }
      }
      if (touched) this.replaceMessage(thread, restored);
    };
  }

  /** Replaces a message whatever its version (local edits and rollbacks). */
  private replaceMessage(thread: MessageThread, message: Message): void {
    thread.remove(message.id, { final: false });
    thread.upsert(message);
    this.changed({ messagesOf: message.chatId });
  }

  /** Adds a message that exists only here until the adapter confirms it. */
  addLocalMessage(message: Omit<Message, 'id'>): Message {
    const local = { ...message, id: `${LOCAL_PREFIX}${++this.localSeq}` };
    this.thread(message.chatId).upsert(local);
    this.changed({ messagesOf: message.chatId });
    return local;
  }

  /** Removes a local message (sent, or discarded after failing). */
  removeLocalMessage(chatId: Id, localId: Id): void {
    if (this.thread(chatId).remove(localId, { final: false })) this.changed({ messagesOf: chatId });
  }

  /** Puts a message the adapter returned (after sending, editing…). */
  putAdapterMessage(message: Message): void {
    this.putMessage(message);
  }

  /** Puts a chat the adapter returned, over whatever is held. */
  putAdapterChat(chat: Chat): void {
    this.putChat(chat, { force: true });
  }

  /** Adds a canned response the adapter saved. */
  addCanned(raw: CannedResponse): void {
    const response = sanitizeCanned(raw);
    if (!response) return;
    this.canned = [response, ...(this.canned ?? []).filter((c) => c.id !== response.id)];
    this.changed({ directory: true });
  }

  // ------------------------------------------------------------------ intents

  /**
   * Carries out one action: dispatches the intent event on `origin`; unless
   * the host prevents it, applies the optimistic change and calls the
   * adapter; on failure rolls back and dispatches `ol-error` on `origin`.
   * Never rejects.
   */
  async run<R>(origin: EventTarget, intent: Intent<R>): Promise<IntentResult<R>> {
    origin.dispatchEvent(intent.event);
    if (intent.event.defaultPrevented) return { status: 'prevented' };
    const adapter = this.adapter;
    if (!adapter || !intent.call || (intent.capability && typeof adapter[intent.capability] !== 'function')) {
      return { status: 'unhandled' };
    }
    const revert = intent.optimistic?.();
    let value: R;
    try {
      value = await this.withTimeout(callSafely(() => intent.call!(adapter)), intent.keepAlive);
    } catch (thrown) {
      revert?.();
      const error = OlAdapterError.from(thrown);
      if (error.code === 'CONFLICT' && intent.chatId !== undefined) {
        // Someone else changed the chat first (e.g. another operator answered it): show what is true now.
        this.loadChat(intent.chatId).catch(() => {
          // The view keeps the rolled-back chat; the error is reported below.
        });
      }
      if (intent.reportError?.(error) ?? true) {
        origin.dispatchEvent(
          new OlErrorEvent({
            action: intent.event.type,
            chatId: intent.chatId,
            messageId: intent.messageId,
            error,
          }),
        );
      }
      return { status: 'failed', error };
    }
    intent.commit?.(value);
    if (intent.refreshChat && intent.chatId !== undefined) {
      this.loadChat(intent.chatId).catch(() => {
        // The action succeeded; a failed refresh leaves the optimistic view.
      });
    }
    return { status: 'done', value };
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Rejects with a `TIMEOUT` error when the adapter does not answer in time.
   * With `keepAlive`, the time counts from the last call of the `touch`
   * function it receives (progress of an upload).
   */
  withTimeout<T>(promise: Promise<T>, keepAlive?: (touch: () => void) => void): Promise<T> {
    const ms = this.timeoutMs;
    if (!Number.isFinite(ms) || ms <= 0) return promise;
    return new Promise<T>((resolve, reject) => {
      const expire = () => reject(new OlAdapterError(`No answer after ${ms} ms`, 'TIMEOUT'));
      let timer = setTimeout(expire, ms);
      let settled = false;
      keepAlive?.(() => {
        if (settled) return;
        clearTimeout(timer);
        timer = setTimeout(expire, ms);
      });
      promise.then(
        (value) => {
          settled = true;
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          settled = true;
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  /** Shares one in-flight request between concurrent callers. */
  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.inflight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const promise = load().finally(() => this.inflight.delete(key));
    this.inflight.set(key, promise);
    return promise;
  }
}

/** A 53-bit hash of a string (cyrb53): tells copies of a chat apart without keeping them. */
function hashText(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Calls at once, turning a synchronous throw into a rejection. */
function callSafely<T>(call: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(call());
  } catch (error) {
    return Promise.reject(error);
  }
}

const stores = new WeakMap<OlAdapter, OlStore>();

/**
 * The store of an adapter: every element given the same adapter object shares
 * it, so that an action in the panel shows at once in the list. `options`
 * (e.g. `timeoutMs`) apply to the shared store.
 */
export function storeFor(adapter: OlAdapter, options: StoreOptions = {}): OlStore {
  let store = stores.get(adapter);
  if (!store) {
    store = new OlStore(adapter, options);
    stores.set(adapter, store);
  } else if (options.timeoutMs !== undefined) {
    store.timeoutMs = options.timeoutMs;
  }
  return store;
}
