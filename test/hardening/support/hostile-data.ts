/**
 * Builds MemoryAdapter data where every text field holds a hostile string and
 * every URL field a hostile URL. One batch of strings makes one data set: the
 * string `i` goes into chat `h<i>` (title, client, preview, CRM title), the
 * operator and queue `i`, message `i` of the focus chat (text, author name,
 * attachment name, a mention), canned response `i`, GIF `i`, sales item `i`,
 * command `i` and public chat `i`.
 */
import type { MemoryData } from '../../../src/adapters/memory/index.js';
import type { Attachment, AttachmentKind, Chat, ChatState, CrmEntityType, Message } from '../../../src/core/model.js';
import { URL_PAYLOADS } from './payloads.js';

export const ME_ID = 'op-me';
/** The chat whose timeline holds one message per string of the batch. */
export const FOCUS_CHAT = 'h0';

/** The text fields of the model a batch fills, for the report. */
export const TEXT_FIELDS = [
  'Chat.title',
  'Client.name',
  'LastMessage.text',
  'CrmEntity.title',
  'Operator.name',
  'Operator.position',
  'Queue.name',
  'Message.text',
  'Message.authorName',
  'Attachment.name',
  'mention name ([user=…])',
  'CannedResponse.title',
  'CannedResponse.text',
  'CannedResponse.section',
  'Gif.title',
  'SalesItem.title',
  'SalesItem.price',
  'Command.title',
  'Command.description',
  'PublicChat.name (mentions)',
] as const;

/** URL fields filled with `URL_PAYLOADS`. */
export const URL_FIELDS = [
  'Client.avatarUrl',
  'Operator.avatarUrl',
  'Attachment.url',
  'Attachment.previewUrl',
  'CrmEntity.url',
  'Gif.url',
  'Gif.previewUrl',
  'SalesItem.url',
] as const;

const STATES: ChatState[] = ['answered', 'new', 'answered', 'closed'];
const CRM_TYPES: CrmEntityType[] = ['contact', 'deal', 'company', 'lead'];
const KINDS: AttachmentKind[] = ['file', 'image', 'video', 'audio'];

const url = (i: number) => URL_PAYLOADS[i % URL_PAYLOADS.length]!;

/** Dates relative to a fixed "now" so rows sort the same on every run. */
const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

export function hostileData(strings: readonly string[]): MemoryData {
  const n = strings.length;
  const operators = [
    { id: ME_ID, name: strings[0] ?? 'me', position: strings[0], avatarUrl: url(0), status: 'online' as const, queueIds: strings.map((_, i) => `q${i}`) },
    ...strings.map((s, i) => ({
      id: `op${i}`,
      name: s,
      position: s,
      avatarUrl: url(i + 1),
      status: 'online' as const,
      activeChats: i,
      queueIds: [`q${i}`],
    })),
  ];
  const queues = strings.map((s, i) => ({ id: `q${i}`, name: s, operatorIds: [ME_ID, `op${i}`], active: true }));
  const messages: Message[] = strings.map((s, i) => {
    const attachment: Attachment = {
      id: `a${i}`,
      kind: KINDS[i % KINDS.length]!,
      name: s,
      size: 1000 + i,
      url: url(i),
      previewUrl: url(i + 3),
      mimeType: 'image/png',
      width: 100,
      height: 80,
    };
    return {
      id: `m${i}`,
      chatId: FOCUS_CHAT,
      // Every third message is mine, so the menu offers edit (message editor).
      authorKind: i % 3 === 1 ? 'operator' : 'client',
      authorId: i % 3 === 1 ? ME_ID : 'k0',
      authorName: s,
      text: i % 5 === 4 ? `${s} [user=op${i}]${s}[/user]` : s,
      createdAt: at(n - i + 10),
      attachments: i % 4 === 0 ? [attachment] : undefined,
    };
  });
  const chats: Chat[] = strings.map((s, i) => ({
    id: `h${i}`,
    title: s,
    state: i === 0 ? 'answered' : STATES[i % STATES.length]!,
    pinned: i % 7 === 0,
    silent: i % 5 === 0,
    unreadCount: i % 3,
    client: { id: `k${i}`, name: s, avatarUrl: url(i), email: s, phone: s },
    operatorId: ME_ID,
    queueId: `q${i}`,
    sourceChannel: 'livechat',
    sessionId: String(1000 + i),
    crm:
      i === 0
        ? strings.map((t, j) => ({ type: CRM_TYPES[j % 4]!, id: `crm${j}`, title: t, url: url(j) }))
        : [{ type: CRM_TYPES[i % 4]!, id: `crm${i}`, title: s, url: url(i) }],
    createdAt: at(2000 + i),
    waitingSince: at(100 + i),
    updatedAt: at(i + 1),
    lastMessage: { id: `lm${i}`, authorKind: 'client', text: s, createdAt: at(i + 1) },
  }));
  return {
    me: ME_ID,
    operators,
    queues,
    chats,
    messages,
    canned: strings.map((s, i) => ({ id: `cn${i}`, title: s, text: s, section: s, usageCount: n - i })),
    gifs: strings.map((s, i) => ({ id: `g${i}`, title: s, url: url(i), previewUrl: url(i + 2), width: 120, height: 90 })),
    salesItems: strings.map((s, i) => ({ id: `si${i}`, kind: i % 2 ? 'payment' : 'product', title: s, price: s, url: url(i) })),
    commands: strings.map((s, i) => ({ command: `/c${i}`, title: s, description: s })),
    publicChats: strings.map((s, i) => ({ id: `pc${i}`, name: s })),
  };
}
