/**
 * The public data model: what an adapter returns and what the elements render.
 *
 * Every date is an ISO 8601 string so that the model survives JSON, postMessage
 * and structured cloning unchanged. Every text field is untrusted plain text,
 * except `Message.text` and `CannedResponse.text`, which are BBCode (also
 * untrusted: it is parsed, never turned into HTML).
 */

/** Identifiers are strings everywhere, even where a backend uses numbers. */
export type Id = string;

/** ISO 8601 date-time, e.g. `2026-11-25T09:30:00.000Z`. */
export type IsoDate = string;

/**
 * Conversation state: `new` waits for its first response, `answered` is in
 * progress, `closed` is finished, `spam` was marked as spam (and is closed).
 */
export type ChatState = 'new' | 'answered' | 'closed' | 'spam';

export const CHAT_STATES: readonly ChatState[] = ['new', 'answered', 'closed', 'spam'];

/** Where the client writes from. Unknown channels fall back to `other`. */
export type SourceChannel =
  | 'livechat'
  | 'telegram'
  | 'whatsapp'
  | 'viber'
  | 'facebook'
  | 'instagram'
  | 'vk'
  | 'email'
  | 'phone'
  | 'imessage'
  | 'other';

export const SOURCE_CHANNELS: readonly SourceChannel[] = [
  'livechat',
  'telegram',
  'whatsapp',
  'viber',
  'facebook',
  'instagram',
  'vk',
  'email',
  'phone',
  'imessage',
  'other',
];

export type OperatorStatus = 'online' | 'away' | 'busy' | 'offline';

/** An employee who answers chats. */
export interface Operator {
  id: Id;
  name: string;
  /** Job title or department, shown under the name. */
  position?: string;
  avatarUrl?: string;
  status?: OperatorStatus;
  /** How many chats the operator has in progress (shown in the transfer dialog). */
  activeChats?: number;
  /** Ids of the open channels (queues) this operator works in. */
  queueIds?: Id[];
}

/** An open channel: a queue of operators that receives conversations. */
export interface Queue {
  id: Id;
  name: string;
  /** Operators working in this queue. */
  operatorIds?: Id[];
  /** Whether the queue accepts transfers right now. */
  active?: boolean;
}

/** The customer on the other end of the conversation. */
export interface Client {
  id: Id;
  name: string;
  avatarUrl?: string;
  email?: string;
  phone?: string;
}

export type CrmEntityType = 'contact' | 'deal' | 'company' | 'lead';

/** A CRM record linked to the conversation. */
export interface CrmEntity {
  type: CrmEntityType;
  id: Id;
  title: string;
  /** Where the host's CRM shows this record; the host decides how to open it. */
  url?: string;
}

/** A short summary of the latest message, for chat lists. */
export interface LastMessage {
  id: Id;
  authorKind: AuthorKind;
  /** BBCode text of the message (rendered as plain text in lists). */
  text: string;
  createdAt: IsoDate;
}

/** One customer conversation in an open channel. */
export interface Chat {
  id: Id;
  /** Chat title; defaults to the client's name in Bitrix24. */
  title: string;
  state: ChatState;
  /** "Lock as mine" (A13): stays with the operator whatever the queue rules. */
  pinned: boolean;
  /** Silent mode (A8): messages sent are hidden from the client. */
  silent: boolean;
  /** Unread messages for the current operator. */
  unreadCount: number;
  client: Client;
  /** Operator the chat is assigned to; absent while it waits in the queue. */
  operatorId?: Id;
  /** Open channel (queue) the chat came through. */
  queueId: Id;
  sourceChannel: SourceChannel;
  /** Session number, shown as "#1234"; a new conversation gets a new one. */
  sessionId: Id;
  crm?: CrmEntity[];
  createdAt: IsoDate;
  /** When the client started waiting for a first response (state `new`). */
  waitingSince?: IsoDate;
  /** Last activity in the chat (the list sorts by it). */
  updatedAt: IsoDate;
  lastMessage?: LastMessage;
  /** When the chat closes automatically if nothing happens. */
  autoCloseAt?: IsoDate;
  /** Seconds from the first client message to the first operator answer. */
  firstResponseSeconds?: number;
  /** Client's rating of the finished conversation. */
  rating?: 'like' | 'dislike';
}

export type AuthorKind = 'client' | 'operator' | 'system' | 'bot';

export type AttachmentKind = 'image' | 'video' | 'audio' | 'file';

/** A file attached to a message. */
export interface Attachment {
  id: Id;
  kind: AttachmentKind;
  /** File name as given by its sender (untrusted text). */
  name: string;
  /** Size in bytes. */
  size: number;
  mimeType?: string;
  url?: string;
  previewUrl?: string;
  width?: number;
  height?: number;
}

/** Delivery state of a message the current operator sent. */
export type DeliveryState = 'sending' | 'sent' | 'failed';

/** One message of a conversation. */
export interface Message {
  id: Id;
  chatId: Id;
  authorKind: AuthorKind;
  /** Operator id, client id or bot id; absent for system messages. */
  authorId?: Id;
  /** Display name of the author at the time of writing. */
  authorName?: string;
  /** BBCode text (untrusted). */
  text: string;
  createdAt: IsoDate;
  editedAt?: IsoDate;
  deleted?: boolean;
  /** Hidden from the client (silent mode). */
  silent?: boolean;
  attachments?: Attachment[];
  /** The message this one replies to or quotes. */
  replyToId?: Id;
  /** Client-side only: set on messages the current operator is sending. */
  delivery?: DeliveryState;
  /** Client-side only: the error of a failed send. */
  error?: string;
}

/** A predefined answer from the canned responses database (A9). */
export interface CannedResponse {
  id: Id;
  title: string;
  /** BBCode text; may contain placeholders such as `{client.name}`. */
  text: string;
  /** Section, e.g. "greeting", "payment", "delivery". */
  section?: string;
  /** How often it was used (the picker shows the most used first). */
  usageCount?: number;
}

/** Something the operator can mention (A5). */
export interface Mention {
  kind: 'user' | 'chat';
  id: Id;
  name: string;
}

/** A GIF search result (A11). */
export interface Gif {
  id: Id;
  title: string;
  url: string;
  previewUrl: string;
  width: number;
  height: number;
}

/** A formatting or bot command from the commands list (A6). */
export interface Command {
  /** What is inserted or applied, e.g. `[b]`, `/me`. */
  command: string;
  title: string;
  description?: string;
}

/** A product or payment link that can be sent in the chat (A10). */
export interface SalesItem {
  id: Id;
  kind: 'product' | 'payment';
  title: string;
  price?: string;
  url: string;
}

/** Filters of the Contact Center list (K4). Every field narrows the result. */
export interface ChatFilter {
  /** Free text over client name, title and message text. */
  search?: string;
  queueIds?: Id[];
  operatorIds?: Id[];
  states?: ChatState[];
  sourceChannels?: SourceChannel[];
  /** Created on or after. */
  from?: IsoDate;
  /** Created on or before. */
  to?: IsoDate;
  hasCrm?: boolean;
  rating?: 'like' | 'dislike' | 'none';
  /** Only chats assigned to this operator, or waiting in one of their queues. */
  mine?: boolean;
}

/** A page request for `listChats`. */
export interface ChatQuery {
  filter?: ChatFilter;
  /** Opaque cursor returned by the previous page. */
  cursor?: string;
  /** Page size; the adapter may return fewer. */
  limit?: number;
  sort?: 'updatedAt' | 'createdAt';
}

/** One page of results. */
export interface Page<T> {
  items: T[];
  /** Cursor of the next page; absent on the last page. */
  nextCursor?: string;
  /** Total count when the backend knows it. */
  total?: number;
}

/** Contact Center statistics (K5). */
export interface Statistics {
  total: number;
  byState: Record<ChatState, number>;
  /** Average seconds to a first response. */
  averageFirstResponseSeconds: number;
  /** Average seconds from creation to close. */
  averageDurationSeconds: number;
  likes: number;
  dislikes: number;
}

/** Options for `listMessages`. */
export interface MessagePageQuery {
  /** Return messages older than this message id. */
  before?: Id;
  limit: number;
}

/** Options for `searchHistory` (L2, A15). */
export interface HistoryQuery {
  query?: string;
  from?: IsoDate;
  to?: IsoDate;
}

/** A target of a transfer (N5, A2). */
export interface TransferTarget {
  kind: 'operator' | 'queue';
  id: Id;
}

/** A message to send (A12). */
export interface OutgoingMessage {
  text: string;
  silent: boolean;
  attachments: Attachment[];
  replyToId?: Id;
}

/** A canned response to save (M8). */
export interface CannedDraft {
  title: string;
  text: string;
  section?: string;
  fromMessageId?: Id;
}

/** Limits on uploads, as the backend enforces them. */
export interface UploadLimits {
  /** Largest file in bytes. */
  maxSize?: number;
  /** Accepted MIME types or extensions, as for `<input accept>`. */
  accept?: string[];
}
