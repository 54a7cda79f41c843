/**
 * The shape of one language of the demo data. `demo-data-en.ts` and
 * `demo-data-fr.ts` fill it; `demo-data.ts` turns it into `MemoryData`.
 */
import type { Command, SalesItem } from '../../core/model.js';

/** Texts of the system messages the adapter posts (localized). */
export interface SystemTexts {
  taken(operator: string): string;
  skipped(operator: string): string;
  transferredToOperator(by: string, to: string): string;
  transferredToQueue(by: string, queue: string): string;
  intercepted(by: string, from: string): string;
  invited(by: string, names: readonly string[]): string;
  finished(by: string): string;
  spam(by: string): string;
  sessionStarted(sessionId: string): string;
}

/** Files the demo conversations attach, by key. */
export type AttachmentKey =
  | 'screenshot'
  | 'photo'
  | 'damaged'
  | 'label'
  | 'invoice'
  | 'quote'
  | 'log'
  | 'video'
  | 'spreadsheet'
  | 'gif';

/** Per-line options of a scripted conversation. */
export interface LineOptions {
  /** Index (in the script) of the line this one replies to. */
  reply?: number;
  att?: AttachmentKey[];
  silent?: boolean;
  /** Minutes since the previous line (default 1–3, deterministic). */
  gap?: number;
  edited?: boolean;
  deleted?: boolean;
  /** For `session` lines: which session number, relative to the chat's current one. */
  sessionOffset?: number;
}

/**
 * One line of a scripted conversation:
 * - `c` client, `o` the chat's operator, `x` the invited expert, `b` the bot;
 * - `taken`, `finished`, `spam`, `session`: system messages;
 * - `invite`: a system message naming the invited operator (by index).
 */
export type ScriptLine =
  | [who: 'c' | 'o' | 'x' | 'b', text: string, options?: LineOptions]
  | [event: 'taken' | 'finished' | 'spam' | 'session', options?: LineOptions]
  | [event: 'invite', operatorIndex: number, options?: LineOptions];

/** A scripted conversation, optionally with a custom (renamed) chat title. */
export interface Conversation {
  title?: string;
  lines: ScriptLine[];
}

/** Keys of the hand-written conversations. */
export type ConversationKey =
  | 'checkout'
  | 'refund'
  | 'tracking'
  | 'api'
  | 'quote'
  | 'size'
  | 'intercept'
  | 'bot'
  | 'liked'
  | 'disliked'
  | 'spamPrize'
  | 'spamCrypto'
  | 'earlier'
  | 'formatting'
  | 'newSession'
  | 'gif';

/** Everything language-dependent in the demo data. */
export interface DemoTexts {
  system: SystemTexts;
  /** Six operators; the first one is "me". */
  operators: Array<{ name: string; position: string }>;
  /** Website support, Sales, Delivery, VIP (inactive). */
  queues: [string, string, string, string];
  /** Public chats offered as mentions. */
  publicChats: [string, string, string, string];
  botName: string;
  /** Client names; the index is the client id (`cl1` is the first one). */
  clients: string[];
  companies: string[];
  crm: { deal(n: number, topic: string): string; lead(name: string): string };
  files: Record<AttachmentKey, string>;
  conversations: Record<ConversationKey, Conversation>;
  /**
   * Short conversations reused by the generated chats: the client lines
   * before the first non-client line are what a waiting (`new`) chat shows.
   */
  topics: Conversation[];
  /** Phrases of the long generated conversation. */
  long: { title: string; client: string[]; operator: string[] };
  canned: Array<{ section: 'greeting' | 'payment' | 'delivery' | 'common'; title: string; text: string; usageCount: number }>;
  gifs: string[];
  commands: Command[];
  salesItems: Array<Omit<SalesItem, 'id' | 'url'>>;
  /** Texts of the realtime simulation. */
  simulation: { clientMessages: string[]; newChatOpeners: string[]; newClients: string[] };
}
