import type { OlAdapter, OlCapability } from '../../core/adapter.js';
import type {
  CannedResponse,
  Chat,
  Command,
  Gif,
  Id,
  IsoDate,
  Message,
  Operator,
  Queue,
  SalesItem,
  UploadLimits,
} from '../../core/model.js';

/** Languages of the seeded demo data. */
export type DemoLocale = 'en' | 'fr';

/** A public (internal, non-customer) chat that operators can mention (A5). */
export interface PublicChat {
  id: Id;
  name: string;
}

/**
 * Everything a `MemoryAdapter` holds, in the public data model. This is what
 * its constructor accepts and what `snapshot()` returns.
 */
export interface MemoryData {
  /** Id of the current operator; must be one of `operators`. */
  me: Id;
  operators: Operator[];
  queues: Queue[];
  chats: Chat[];
  /** Messages of every chat, in any order (they are sorted by `createdAt`). */
  messages: Message[];
  canned: CannedResponse[];
  gifs?: Gif[];
  salesItems?: SalesItem[];
  commands?: Command[];
  /** Public chats offered by `searchMentions` besides the operators. */
  publicChats?: PublicChat[];
}

/** Adapter methods that can be made to fail (every method but `subscribe`). */
export type MethodName = Exclude<keyof OlAdapter, 'subscribe'>;

/**
 * How an injected failure behaves: `true` fails with a default message, a
 * string fails with that message, an `Error` is rejected as is, and a
 * predicate fails only the calls whose arguments it returns `true` for.
 */
export type FailureSpec = true | string | Error | ((...args: unknown[]) => boolean);

/** Options of `MemoryAdapter`. */
export interface MemoryAdapterOptions {
  /**
   * Artificial latency of every call in ms, fixed or a `[min, max]` range.
   * Default 0 (calls still resolve asynchronously).
   */
  latency?: number | [min: number, max: number];
  /** Methods that reject every call (until `setFailure(method)` clears them). */
  failures?: Partial<Record<MethodName, FailureSpec>>;
  /** Capabilities to remove: these methods are `undefined` on the instance. */
  omit?: OlCapability[];
  /**
   * Simulated activity (client messages, new chats, chats taken by other
   * operators) while at least one subscriber exists. Default off; the
   * default interval is 5000 ms.
   */
  realtime?: boolean | { intervalMs?: number };
  /** Clock of the adapter and of the demo data; default `() => new Date()`. */
  now?: () => Date;
  /** Language of the demo data, system messages and simulated texts; default `en`. */
  locale?: DemoLocale;
  /** Seed of the realtime simulation and latency jitter; default 1. */
  seed?: number;
  /** What `uploadLimits()` returns and `uploadFile` enforces; default 50 MB, any type. */
  uploadLimits?: UploadLimits;
  /** Pace of simulated uploads: `steps` progress reports, `stepMs` apart (default 5 × 120 ms). */
  upload?: { steps?: number; stepMs?: number };
}

/** A task, chat or News Feed post created from a message (M4, M5, M6). */
export interface SharedRecord {
  kind: 'task' | 'chat' | 'post';
  id: Id;
  url: string;
  chatId: Id;
  messageId: Id;
  createdAt: IsoDate;
}

/** What one step of the realtime simulation did. */
export type SimulatedActivity =
  | { kind: 'client-message'; chatId: Id; messageId: Id }
  | { kind: 'new-chat'; chatId: Id }
  | { kind: 'taken-by-other'; chatId: Id; operatorId: Id };
