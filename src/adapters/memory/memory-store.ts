/**
 * The mutable state behind `MemoryAdapter`: chats with their messages,
 * operators, queues and catalogs, plus id generation and the bookkeeping
 * that several actions share (last message, operator load).
 */
import { OlAdapterError } from '../../core/adapter.js';
import type {
  CannedResponse,
  Chat,
  Command,
  Gif,
  Id,
  Message,
  Operator,
  Queue,
  SalesItem,
} from '../../core/model.js';
import type { MemoryData, PublicChat, SharedRecord } from './types.js';

/** One chat and everything the adapter keeps about it. */
export interface ChatRecord {
  chat: Chat;
  /** Oldest first. */
  messages: Message[];
  /** Operators invited into the chat (A1). */
  invited: Id[];
  /** Operators who skipped the chat while it waited (N4). */
  skippedBy: Set<Id>;
}

/** A deep copy of plain data (what the adapter hands out and takes in). */
export const copy = <T>(value: T): T => structuredClone(value);

/** An `OlAdapterError` for an unknown id. */
export const notFound = (what: string, id: Id): OlAdapterError =>
  new OlAdapterError(`${what} not found: ${id}`, 'NOT_FOUND');

/** The operator a chat counts for in `activeChats`, if any. */
const holderOf = (chat: Chat): Id | undefined =>
  chat.state === 'new' || chat.state === 'answered' ? chat.operatorId : undefined;

export class MemoryStore {
  readonly me: Id;
  readonly operators = new Map<Id, Operator>();
  readonly queues = new Map<Id, Queue>();
  /** In insertion order; new chats are appended. */
  readonly records = new Map<Id, ChatRecord>();
  readonly canned: CannedResponse[];
  readonly gifs: Gif[];
  readonly salesItems: SalesItem[];
  readonly commands: Command[];
  readonly publicChats: PublicChat[];
  readonly shares: SharedRecord[] = [];

  private readonly messageIds = new Set<Id>();
  private readonly counters = new Map<string, number>();

  /** Takes ownership of `data`: pass a copy. */
  constructor(data: MemoryData) {
    for (const operator of data.operators) this.operators.set(operator.id, operator);
    if (!this.operators.has(data.me)) this.operators.set(data.me, { id: data.me, name: 'Me', status: 'online' });
    this.me = data.me;
    for (const queue of data.queues) this.queues.set(queue.id, queue);
    for (const chat of data.chats) this.records.set(chat.id, { chat, messages: [], invited: [], skippedBy: new Set() });
    const byTime = data.messages
      .map((message, order) => ({ message, order, time: Date.parse(message.createdAt) }))
      .sort((a, b) => a.time - b.time || a.order - b.order);
    for (const { message } of byTime) {
      this.messageIds.add(message.id);
      this.records.get(message.chatId)?.messages.push(message);
    }
    for (const record of this.records.values()) {
      const last = record.messages.at(-1);
      if (!record.chat.lastMessage && last) record.chat.lastMessage = summary(last);
    }
    this.canned = data.canned;
    this.gifs = data.gifs ?? [];
    this.salesItems = data.salesItems ?? [];
    this.commands = data.commands ?? [];
    this.publicChats = data.publicChats ?? [];
  }

  /** The current operator. */
  get currentOperator(): Operator {
    return this.operators.get(this.me) as Operator;
  }

  /** The record of a chat; rejects unknown ids. */
  record(chatId: Id): ChatRecord {
    const record = this.records.get(chatId);
    if (!record) throw notFound('Chat', chatId);
    return record;
  }

  /** A message of the chat; rejects unknown ids. */
  message(record: ChatRecord, messageId: Id): Message {
    const message = record.messages.find((m) => m.id === messageId);
    if (!message) throw notFound('Message', messageId);
    return message;
  }

  operator(operatorId: Id): Operator {
    const operator = this.operators.get(operatorId);
    if (!operator) throw notFound('Operator', operatorId);
    return operator;
  }

  queue(queueId: Id): Queue {
    const queue = this.queues.get(queueId);
    if (!queue) throw notFound('Queue', queueId);
    return queue;
  }

  /** Queues the current operator works in (from either side of the relation). */
  myQueueIds(): Set<Id> {
    const ids = new Set(this.currentOperator.queueIds ?? []);
    for (const queue of this.queues.values()) if (queue.operatorIds?.includes(this.me)) ids.add(queue.id);
    return ids;
  }

  /** A fresh id `prefix<n>` that `taken` does not know yet. */
  nextId(prefix: string, taken: (id: Id) => boolean = () => false): Id {
    let n = this.counters.get(prefix) ?? 0;
    let id: Id;
    do {
      n += 1;
      id = `${prefix}${n}`;
    } while (taken(id));
    this.counters.set(prefix, n);
    return id;
  }

  /** The next session number: one more than the highest numeric one. */
  nextSessionId(): Id {
    let max = 0;
    for (const { chat } of this.records.values()) {
      const n = Number(chat.sessionId);
      if (Number.isFinite(n)) max = Math.max(max, n);
    }
    return String(max + 1);
  }

  /** Appends a message to the chat and makes it the chat's last activity. */
  addMessage(record: ChatRecord, init: Omit<Message, 'id' | 'chatId'>): Message {
    const id = this.nextId('m', (candidate) => this.messageIds.has(candidate));
    this.messageIds.add(id);
    const message: Message = { id, chatId: record.chat.id, ...init };
    record.messages.push(message);
    record.chat.lastMessage = summary(message);
    record.chat.updatedAt = message.createdAt;
    return message;
  }

  /** Keeps `lastMessage` in step after an edit or a deletion. */
  refreshLastMessage(record: ChatRecord, message: Message): boolean {
    if (record.chat.lastMessage?.id !== message.id) return false;
    record.chat.lastMessage = summary(message);
    return true;
  }

  /** Applies a change to a chat, keeping the operators' `activeChats` in step. */
  updateChat(record: ChatRecord, change: (chat: Chat) => void): void {
    const before = holderOf(record.chat);
    change(record.chat);
    const after = holderOf(record.chat);
    if (before === after) return;
    const previous = before === undefined ? undefined : this.operators.get(before);
    if (previous) previous.activeChats = Math.max(0, (previous.activeChats ?? 0) - 1);
    const next = after === undefined ? undefined : this.operators.get(after);
    if (next) next.activeChats = (next.activeChats ?? 0) + 1;
  }

  /** Adds a chat (with its first messages, oldest first). */
  addChat(chat: Chat, messages: Array<Omit<Message, 'id' | 'chatId'>>): ChatRecord {
    const record: ChatRecord = { chat, messages: [], invited: [], skippedBy: new Set() };
    this.records.set(chat.id, record);
    for (const message of messages) this.addMessage(record, message);
    const holder = holderOf(chat);
    const operator = holder === undefined ? undefined : this.operators.get(holder);
    if (operator) operator.activeChats = (operator.activeChats ?? 0) + 1;
    return record;
  }

  removeChat(chatId: Id): void {
    const record = this.record(chatId);
    this.updateChat(record, (chat) => {
      chat.state = 'closed';
    });
    for (const message of record.messages) this.messageIds.delete(message.id);
    this.records.delete(chatId);
  }

  /** A deep copy of the whole state, in the constructor's format. */
  snapshot(): MemoryData {
    const records = [...this.records.values()];
    return copy({
      me: this.me,
      operators: [...this.operators.values()],
      queues: [...this.queues.values()],
      chats: records.map((r) => r.chat),
      messages: records.flatMap((r) => r.messages),
      canned: this.canned,
      gifs: this.gifs,
      salesItems: this.salesItems,
      commands: this.commands,
      publicChats: this.publicChats,
    });
  }
}

function summary(message: Message): NonNullable<Chat['lastMessage']> {
  return { id: message.id, authorKind: message.authorKind, text: message.text, createdAt: message.createdAt };
}
