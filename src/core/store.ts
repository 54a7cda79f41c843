import type { OlAdapter, OlCapability, RealtimeEvent } from './adapter.js';
import { OlAdapterError } from './adapter.js';
import { MessageThread } from './message-thread.js';
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
  /** Chats whose loaded messages changed. */
  readonly messages: ReadonlySet<Id>;
  /** Operators, queues, the current operator or canned responses changed. */
  readonly directory: boolean;
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
}

export interface StoreOptions {
  /** An adapter call that takes longer fails with the code `TIMEOUT`. Default 30 s. */
  timeoutMs?: number;
}

const LOCAL_PREFIX = 'local:';

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
  readonly timeoutMs: number;

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
  private readonly threads = new Map<Id, MessageThread>();
  private readonly listeners = new Set<StoreListener>();
  private unsubscribeAdapter: (() => void) | undefined;
  private pending: { chats: Set<Id>; messages: Set<Id>; directory: boolean } | undefined;
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
    this.unsubscribeAdapter = this.adapter.subscribe((event) => this.apply(event));
  }

  private disconnect(): void {
    this.unsubscribeAdapter?.();
    this.unsubscribeAdapter = undefined;
  }

  private changed(part: { chat?: Id; messagesOf?: Id; directory?: boolean }): void {
    if (!this.pending) {
      this.pending = { chats: new Set(), messages: new Set(), directory: false };
      queueMicrotask(() => this.flush());
    }
    if (part.chat !== undefined) {
      this.pending.chats.add(part.chat);
      this.chatListCache = undefined;
    }
    if (part.messagesOf !== undefined) this.pending.messages.add(part.messagesOf);
    if (part.directory) this.pending.directory = true;
  }

  private flush(): void {
    const change = this.pending;
    this.pending = undefined;
    if (!change) return;
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error('[open-lines] a store listener threw', error);
      }
    }
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
    for (const chat of page.items) this.putChat(chat);
    return page;
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
    if (!this.adapter || (older && !thread.hasOlder)) return thread.items;
    const before = older ? thread.items.find((m) => !isLocalMessage(m))?.id : undefined;
    const page = await this.once(`messages:${chatId}:${before ?? 'latest'}`, () =>
      this.withTimeout(this.adapter!.listMessages(chatId, { before, limit })),
    );
    if (older || !thread.loaded) thread.hasOlder = page.nextCursor !== undefined;
    thread.loaded = true;
    thread.upsertMany(page.items);
    this.changed({ messagesOf: chatId });
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
      this.me = me;
      this.operators = operators;
      this.queues = queues;
      this.changed({ directory: true });
    });
  }

  /** Loads the canned responses (all of them; pickers search locally). */
  async loadCanned(): Promise<readonly CannedResponse[]> {
    if (typeof this.adapter?.listCanned !== 'function') return this.canned ?? [];
    const list = await this.withTimeout(this.adapter.listCanned());
    this.canned = list;
    this.changed({ directory: true });
    return list;
  }

  /** Feeds data given by properties (elements used without an adapter). */
  setChats(chats: readonly Chat[]): void {
    const keep = new Set(chats.map((c) => c.id));
    for (const id of [...this.chatMap.keys()]) {
      if (!keep.has(id)) {
        this.chatMap.delete(id);
        this.changed({ chat: id });
      }
    }
    for (const chat of chats) this.putChat(chat, { force: true });
  }

  /** Feeds messages given by properties (elements used without an adapter). */
  setMessages(chatId: Id, messages: readonly Message[]): void {
    const thread = new MessageThread();
    thread.upsertMany(messages);
    thread.loaded = true;
    thread.hasOlder = false;
    this.threads.set(chatId, thread);
    this.changed({ messagesOf: chatId });
  }

  /** Feeds the directory given by properties. */
  setDirectory(directory: { me?: Operator; operators?: readonly Operator[]; queues?: readonly Queue[] }): void {
    if (directory.me) this.me = directory.me;
    if (directory.operators) this.operators = directory.operators;
    if (directory.queues) this.queues = directory.queues;
    this.changed({ directory: true });
  }

  // ----------------------------------------------------------------- realtime

  /** Applies one realtime event; duplicates and stale copies change nothing. */
  apply(event: RealtimeEvent): void {
    switch (event.type) {
      case 'chat-added':
      case 'chat-updated':
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

  private putChat(chat: Chat, { force = false } = {}): void {
    const removedAt = this.removedChats.get(chat.id);
    if (removedAt !== undefined) {
      if (!force && chat.updatedAt <= removedAt) return;
      this.removedChats.delete(chat.id);
    }
    const current = this.chatMap.get(chat.id);
    if (current && !force && chat.updatedAt < current.updatedAt) return;
    this.chatMap.set(chat.id, chat);
    this.changed({ chat: chat.id });
  }

  private removeChat(chatId: Id): void {
    const current = this.chatMap.get(chatId);
    this.removedChats.set(chatId, current?.updatedAt ?? '');
    if (this.chatMap.delete(chatId)) this.changed({ chat: chatId });
  }

  private putMessage(message: Message): void {
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
    this.changed({ chat: chat.id });
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
  addCanned(response: CannedResponse): void {
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
      value = await this.withTimeout(callSafely(() => intent.call!(adapter)));
    } catch (thrown) {
      revert?.();
      const error = OlAdapterError.from(thrown);
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

  /** Rejects with a `TIMEOUT` error when the adapter does not answer in time. */
  withTimeout<T>(promise: Promise<T>): Promise<T> {
    if (!Number.isFinite(this.timeoutMs) || this.timeoutMs <= 0) return promise;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new OlAdapterError(`No answer after ${this.timeoutMs} ms`, 'TIMEOUT')),
        this.timeoutMs,
      );
      promise.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
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
 * it, so that an action in the panel shows at once in the list.
 */
export function storeFor(adapter: OlAdapter): OlStore {
  let store = stores.get(adapter);
  if (!store) {
    store = new OlStore(adapter);
    stores.set(adapter, store);
  }
  return store;
}
