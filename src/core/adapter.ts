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
} from './model.js';

/** Options of `uploadFile`: progress reports and cancellation. */
export interface UploadOptions {
  /** Called with the fraction sent, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  /** Aborting it cancels the upload; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/** A change pushed by the backend. Events may arrive twice or out of order. */
export type RealtimeEvent =
  | { type: 'chat-added'; chat: Chat }
  | { type: 'chat-updated'; chat: Chat }
  | { type: 'chat-removed'; chatId: Id }
  | { type: 'message-added'; message: Message }
  | { type: 'message-updated'; message: Message }
  | { type: 'message-removed'; chatId: Id; messageId: Id }
  | { type: 'typing'; chatId: Id; operatorId: Id; typing: boolean };

export type RealtimeListener = (event: RealtimeEvent) => void;

/**
 * What the elements need from a backend. Reads are required; every action
 * method is optional: an absent method is a capability the backend lacks, and
 * the action is hidden, never shown broken.
 *
 * Implementations: `MemoryAdapter` (demo data, tests), or your own over your
 * backend's API.
 */
export interface OlAdapter {
  // Reads
  /** Chats, paged (K1, K4). */
  listChats(query: ChatQuery): Promise<Page<Chat>>;
  getChat(id: Id): Promise<Chat>;
  /**
   * Messages of one chat, oldest first, paged backwards: the newest `limit`
   * messages older than `before`. `nextCursor` is present while older
   * messages exist (the store pages with the oldest loaded message's id).
   */
  listMessages(chatId: Id, query: MessagePageQuery): Promise<Page<Message>>;
  listOperators(query?: string): Promise<Operator[]>;
  listQueues(): Promise<Queue[]>;
  currentOperator(): Promise<Operator>;
  /** Earlier messages with this client, across sessions (L2, N7, A15, K2). */
  searchHistory?(chatId: Id, query: HistoryQuery): Promise<Message[]>;
  /** Canned responses, most used first (A9). */
  listCanned?(query?: string): Promise<CannedResponse[]>;
  /** Users and public chats to mention (A5). */
  searchMentions?(query: string): Promise<Mention[]>;
  searchGifs?(query: string): Promise<Gif[]>;
  /** Commands available in the composer besides the built-in formatting (A6). */
  listCommands?(chatId: Id): Promise<Command[]>;
  listSalesItems?(chatId: Id): Promise<SalesItem[]>;
  getStatistics?(filter: ChatFilter): Promise<Statistics>;
  uploadLimits?(): Promise<UploadLimits>;

  // Actions on a chat
  renameChat?(chatId: Id, title: string): Promise<void>;
  markSpam?(chatId: Id): Promise<void>;
  answer?(chatId: Id): Promise<void>;
  skip?(chatId: Id): Promise<void>;
  transfer?(chatId: Id, target: TransferTarget): Promise<void>;
  intercept?(chatId: Id): Promise<void>;
  invite?(chatId: Id, userIds: Id[]): Promise<void>;
  finish?(chatId: Id): Promise<void>;
  setPinned?(chatId: Id, pinned: boolean): Promise<void>;
  setSilent?(chatId: Id, silent: boolean): Promise<void>;
  /** Starts a new conversation (K3), or from a message (M7), with a new session number. */
  startSession?(chatId: Id, fromMessageId?: Id): Promise<Chat>;

  // Composer
  sendMessage?(chatId: Id, message: OutgoingMessage): Promise<Message>;
  uploadFile?(chatId: Id, file: File, options?: UploadOptions): Promise<Attachment>;
  sendSalesItem?(chatId: Id, itemId: Id): Promise<Message>;

  // Message actions
  editMessage?(chatId: Id, messageId: Id, text: string): Promise<Message>;
  deleteMessage?(chatId: Id, messageId: Id): Promise<void>;
  markUnread?(chatId: Id, messageId: Id): Promise<void>;
  markRead?(chatId: Id): Promise<void>;
  createTask?(chatId: Id, messageId: Id): Promise<{ id: Id; url?: string }>;
  createChatFromMessage?(chatId: Id, messageId: Id): Promise<{ id: Id; url?: string }>;
  createPostFromMessage?(chatId: Id, messageId: Id): Promise<{ id: Id; url?: string }>;
  saveCanned?(draft: CannedDraft): Promise<CannedResponse>;

  // Realtime
  /** Delivers changes until the returned function is called. */
  subscribe?(listener: RealtimeListener): () => void;
}

/** Names of the optional action methods: the capabilities an adapter may have. */
export type OlCapability = {
  [K in keyof OlAdapter]-?: undefined extends OlAdapter[K] ? K : never;
}[keyof OlAdapter];

/** Whether the adapter can do something; elements hide actions it cannot. */
export function can(adapter: OlAdapter | undefined, capability: OlCapability): boolean {
  return typeof adapter?.[capability] === 'function';
}

/**
 * An error from an adapter. Adapters may reject with anything; the store turns
 * it into an `OlAdapterError` so hosts get one shape in `ol-error`.
 *
 * Codes used by the library and `MemoryAdapter`: `ADAPTER_ERROR` (anything
 * else), `TIMEOUT` (no answer in time), `ABORTED` (an upload was cancelled),
 * `NOT_FOUND`, `INVALID`, `INVALID_STATE`, `FORBIDDEN`, `CHAT_CLOSED`,
 * `QUEUE_INACTIVE`, `FILE_TOO_LARGE`, `FILE_TYPE`, `BAD_CURSOR`,
 * `INJECTED_FAILURE`, `CONFLICT` (someone else acted first, e.g. another
 * operator answered the chat: give their id as `operatorId`; the store then
 * reloads the chat and the element says who took it). Backend adapters add
 * their own (e.g. Bitrix24's `error`).
 */
export class OlAdapterError extends Error {
  /** Backend error code, e.g. Bitrix24's `error` field. */
  readonly code: string;
  /** For `CONFLICT`: the operator who acted first (e.g. took the chat), when the backend says. */
  readonly operatorId?: Id;

  constructor(message: string, code = 'ADAPTER_ERROR', options?: { cause?: unknown; operatorId?: Id }) {
    super(message, options);
    this.name = 'OlAdapterError';
    this.code = code;
    if (options?.operatorId !== undefined) this.operatorId = options.operatorId;
  }

  static from(error: unknown): OlAdapterError {
    if (error instanceof OlAdapterError) return error;
    if (error instanceof Error) {
      const code = error.name === 'AbortError' ? 'ABORTED' : 'ADAPTER_ERROR';
      return new OlAdapterError(error.message || code, code, { cause: error });
    }
    return new OlAdapterError(typeof error === 'string' ? error : 'Unknown error', 'ADAPTER_ERROR', {
      cause: error,
    });
  }
}
