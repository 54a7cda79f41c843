/**
 * The seeded demo data of `MemoryAdapter`, in English and French: four open
 * channels, six operators, 43 conversations in every state, canned responses,
 * GIFs, commands and sales items. Dates are relative to `now`, so the demo
 * always looks current; everything else is deterministic.
 */
import type {
  Attachment,
  AuthorKind,
  Chat,
  ChatState,
  Client,
  CrmEntity,
  CrmEntityType,
  Gif,
  Message,
  Operator,
  OperatorStatus,
  Queue,
  SourceChannel,
} from '../../core/model.js';
import { EN } from './demo-data-en.js';
import { FR } from './demo-data-fr.js';
import type { AttachmentKey, Conversation, ConversationKey, DemoTexts, LineOptions, ScriptLine } from './demo-texts.js';
import { Prng } from './prng.js';
import { avatarUrl, gifUrl, pictureUrl, posterUrl } from './svg.js';
import { foldText } from '../../core/text.js';
import type { DemoLocale, MemoryData } from './types.js';

/** Id of the current operator in the demo data. */
export const DEMO_ME = 'u1';

const OPERATOR_IDS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'] as const;
const QUEUE_IDS = ['q1', 'q2', 'q3', 'q4'] as const;
const OPERATOR_STATUS: OperatorStatus[] = ['online', 'online', 'busy', 'away', 'online', 'offline'];
const OPERATOR_QUEUES: number[][] = [[0, 1, 2, 3], [0, 2], [1], [2], [0, 1, 3], [0]];
const FIRST_SESSION = 1001;
const MINUTE = 60_000;
const HOUR_MIN = 60;
const DAY_MIN = 24 * HOUR_MIN;

/** The texts of one language of the demo data. */
export function demoTexts(locale: DemoLocale = 'en'): DemoTexts {
  return locale === 'fr' ? FR : EN;
}

/** How one demo chat is built from a conversation. */
interface ChatSpec {
  /** A hand-written conversation, a topic index, or the long generated chat. */
  script: ConversationKey | number | 'long';
  client: number;
  queue: number;
  channel: SourceChannel;
  state: ChatState;
  operator?: number;
  /** The operator invited into the chat (`x` lines). */
  expert?: number;
  /** Minutes since the last message. */
  endAgo: number;
  unread?: number;
  pinned?: boolean;
  silent?: boolean;
  crm?: CrmEntityType[];
  company?: number;
  rating?: 'like' | 'dislike';
  /** Minutes until the chat closes automatically. */
  autoCloseIn?: number;
}

const HAND_WRITTEN: ChatSpec[] = [
  { script: 'checkout', client: 0, queue: 0, channel: 'livechat', state: 'new', endAgo: 190, unread: 3 },
  { script: 'refund', client: 1, queue: 1, channel: 'telegram', state: 'new', operator: 0, endAgo: 4, unread: 1, crm: ['contact'] },
  {
    script: 'tracking', client: 2, queue: 2, channel: 'whatsapp', state: 'answered', operator: 0, endAgo: 2, unread: 2,
    crm: ['contact', 'deal'], autoCloseIn: 1440,
  },
  {
    script: 'api', client: 3, queue: 0, channel: 'livechat', state: 'answered', operator: 0, expert: 4, endAgo: 25,
    pinned: true, crm: ['company', 'contact'], company: 0, autoCloseIn: 3 * DAY_MIN,
  },
  {
    script: 'quote', client: 4, queue: 1, channel: 'email', state: 'answered', operator: 0, endAgo: 55, silent: true,
    crm: ['lead', 'company'], company: 1, autoCloseIn: 600,
  },
  { script: 'size', client: 5, queue: 2, channel: 'instagram', state: 'answered', operator: 1, endAgo: 14, unread: 1 },
  { script: 'intercept', client: 6, queue: 2, channel: 'viber', state: 'new', operator: 3, endAgo: 12, unread: 2 },
  { script: 'bot', client: 7, queue: 1, channel: 'facebook', state: 'new', endAgo: 12, unread: 1 },
  { script: 'liked', client: 8, queue: 0, channel: 'livechat', state: 'closed', operator: 0, endAgo: 26 * HOUR_MIN, rating: 'like', crm: ['contact'] },
  { script: 'disliked', client: 9, queue: 1, channel: 'whatsapp', state: 'closed', operator: 2, endAgo: 50 * HOUR_MIN, rating: 'dislike', crm: ['deal'] },
  { script: 'spamPrize', client: 10, queue: 0, channel: 'email', state: 'spam', operator: 0, endAgo: 5 * HOUR_MIN },
  { script: 'spamCrypto', client: 11, queue: 1, channel: 'telegram', state: 'spam', operator: 1, endAgo: 30 * HOUR_MIN },
  { script: 'earlier', client: 2, queue: 2, channel: 'whatsapp', state: 'closed', operator: 3, endAgo: 21 * DAY_MIN, rating: 'like', crm: ['contact'] },
  { script: 'formatting', client: 12, queue: 0, channel: 'livechat', state: 'answered', operator: 4, endAgo: 8 },
  { script: 'newSession', client: 13, queue: 1, channel: 'livechat', state: 'answered', operator: 0, endAgo: 34, unread: 1, crm: ['contact', 'deal'] },
  { script: 'gif', client: 14, queue: 2, channel: 'imessage', state: 'closed', operator: 0, endAgo: 6 * HOUR_MIN, rating: 'like' },
  {
    script: 'long', client: 15, queue: 1, channel: 'livechat', state: 'answered', operator: 0, endAgo: 20, unread: 1,
    crm: ['company', 'deal'], company: 2, autoCloseIn: 2 * DAY_MIN,
  },
];

/** [topic, client, queue, channel, state, operator (-1: none), minutes ago, extras] */
type Row = [number, number, number, SourceChannel, ChatState, number, number, Partial<ChatSpec>?];

const GENERATED: Row[] = [
  [0, 16, 0, 'livechat', 'closed', 1, 4 * HOUR_MIN, { rating: 'like', crm: ['contact'] }],
  [1, 17, 1, 'email', 'closed', 0, 9 * HOUR_MIN, { rating: 'like', crm: ['contact', 'deal'] }],
  [2, 18, 2, 'telegram', 'closed', 3, 20 * HOUR_MIN],
  [3, 19, 1, 'whatsapp', 'closed', 2, 28 * HOUR_MIN, { rating: 'like', crm: ['lead'] }],
  [4, 20, 1, 'facebook', 'closed', 0, 2 * DAY_MIN, { rating: 'dislike', crm: ['contact'] }],
  [5, 21, 0, 'vk', 'closed', 5, 3 * DAY_MIN],
  [6, 22, 0, 'livechat', 'closed', 4, 4 * DAY_MIN, { rating: 'like', crm: ['company', 'contact'], company: 3 }],
  [7, 23, 2, 'instagram', 'closed', 3, 5 * DAY_MIN, { rating: 'dislike' }],
  [8, 24, 0, 'phone', 'closed', 1, 7 * DAY_MIN, { rating: 'like' }],
  [9, 25, 1, 'viber', 'closed', 2, 9 * DAY_MIN, { crm: ['deal'] }],
  [0, 26, 0, 'imessage', 'closed', 0, 12 * DAY_MIN, { rating: 'like' }],
  [2, 27, 2, 'whatsapp', 'closed', 3, 16 * DAY_MIN, { rating: 'dislike', crm: ['contact'] }],
  [5, 28, 1, 'other', 'closed', 2, 22 * DAY_MIN, { rating: 'like' }],
  [1, 1, 1, 'telegram', 'closed', 2, 26 * DAY_MIN, { crm: ['contact'] }],
  [3, 29, 1, 'whatsapp', 'answered', 0, 18, { unread: 1, crm: ['lead'] }],
  [6, 30, 0, 'livechat', 'answered', 0, 42, { autoCloseIn: 120 }],
  [9, 31, 1, 'instagram', 'answered', 0, 75, { crm: ['contact', 'deal'] }],
  [7, 32, 2, 'telegram', 'answered', 0, 130, { autoCloseIn: 22 * HOUR_MIN, crm: ['company'], company: 4 }],
  [4, 33, 1, 'facebook', 'answered', 2, 9],
  [8, 34, 0, 'livechat', 'answered', 1, 22, { unread: 1 }],
  [2, 35, 2, 'viber', 'answered', 3, 65],
  [5, 36, 0, 'telegram', 'new', -1, 6, { unread: 1 }],
  [0, 37, 0, 'livechat', 'new', 0, 2, { unread: 1 }],
  [9, 38, 1, 'whatsapp', 'new', 0, 15, { unread: 1, crm: ['lead'] }],
  [1, 39, 3, 'email', 'new', -1, 95, { unread: 1 }],
  [3, 16, 1, 'vk', 'new', 1, 28, { unread: 1 }],
];

const SPECS: ChatSpec[] = [
  ...HAND_WRITTEN,
  ...GENERATED.map(([topic, client, queue, channel, state, operator, endAgo, extra]): ChatSpec => ({
    script: topic,
    client,
    queue,
    channel,
    state,
    ...(operator >= 0 ? { operator } : {}),
    endAgo,
    ...extra,
  })),
];

/** The lines of a chat, as its state shows them. */
function linesOf(spec: ChatSpec, texts: DemoTexts, rng: Prng): Conversation {
  if (spec.script === 'long') return { title: texts.long.title, lines: longLines(texts, rng) };
  if (typeof spec.script === 'string') return texts.conversations[spec.script];
  const topic = texts.topics[spec.script % texts.topics.length] as Conversation;
  if (spec.state === 'new') {
    const end = topic.lines.findIndex((line) => line[0] !== 'c');
    return { lines: end === -1 ? topic.lines : topic.lines.slice(0, end) };
  }
  return { lines: spec.state === 'closed' ? [...topic.lines, ['finished']] : topic.lines };
}

/** About 300 messages over a week, alternating client and operator, for paging demos. */
function longLines(texts: DemoTexts, rng: Prng): ScriptLine[] {
  const lines: ScriptLine[] = [['session'], ['c', texts.long.client[0] as string], ['taken']];
  const files: AttachmentKey[] = ['photo', 'spreadsheet', 'invoice'];
  for (let i = 0; i < 297; i += 1) {
    const gap = i % 25 === 24 ? rng.int(12 * HOUR_MIN, 20 * HOUR_MIN) : rng.int(1, 14);
    const options: LineOptions = { gap };
    if (i % 37 === 36) options.att = [files[(i / 37) % files.length | 0] as AttachmentKey];
    const fromClient = rng.chance(0.52);
    const text = rng.pick(fromClient ? texts.long.client : texts.long.operator);
    lines.push([fromClient ? 'c' : 'o', text, options]);
  }
  return lines;
}

const lineOptions = (line: ScriptLine): LineOptions | undefined => {
  const last = line[line.length - 1];
  return typeof last === 'object' ? last : undefined;
};

/** Times (ms) of every line, the last one `endAgo` minutes before `now`. */
function timesOf(lines: ScriptLine[], endAgo: number, now: number, rng: Prng): number[] {
  const times = new Array<number>(lines.length);
  let at = now - endAgo * MINUTE - rng.int(0, 40) * 1000;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    times[i] = at;
    const gap = lineOptions(lines[i] as ScriptLine)?.gap;
    const seconds = gap === undefined ? rng.int(60, 200) : gap === 0 ? rng.int(2, 25) : gap * 60 + rng.int(0, 59);
    at -= seconds * 1000;
  }
  return times;
}

const slug = (name: string): string =>
  foldText(name)
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');

function clientOf(index: number, texts: DemoTexts, locale: DemoLocale): Client {
  const name = texts.clients[index] ?? `Client ${index + 1}`;
  const n = String(index + 10).padStart(2, '0');
  const client: Client = {
    id: `cl${index + 1}`,
    name,
    email: `${slug(name)}@mail.example.com`,
    phone: locale === 'fr' ? `+33 6 55 01 ${n} ${n}` : `+1 555 01${n}`,
  };
  if (index % 3 === 0) client.avatarUrl = avatarUrl(name);
  return client;
}

const LOG_TEXT = [
  '10:01:12 POST /api/v2/orders/batch 429 Too Many Requests',
  '10:01:14 POST /api/v2/orders/batch 429 Too Many Requests',
  '10:02:40 GET /api/v2/orders?page=2 429 Too Many Requests',
].join('\n');

/** Builds the attachments of the demo conversations. */
class AttachmentFactory {
  private count = 0;

  constructor(private readonly texts: DemoTexts) {}

  create(key: AttachmentKey): Attachment {
    const id = `a${++this.count}`;
    const name = this.texts.files[key];
    switch (key) {
      case 'screenshot': {
        const url = pictureUrl(name, 1280, 720, 'screenshot');
        return { id, kind: 'image', name, size: 284_312, mimeType: 'image/png', url, previewUrl: url, width: 1280, height: 720 };
      }
      case 'photo':
      case 'damaged': {
        const url = pictureUrl(name, 1024, 768);
        const size = key === 'photo' ? 1_482_113 : 2_014_556;
        return { id, kind: 'image', name, size, mimeType: 'image/jpeg', url, previewUrl: url, width: 1024, height: 768 };
      }
      case 'gif': {
        const url = gifUrl(this.texts.gifs[3] ?? name);
        return { id, kind: 'image', name, size: 182_004, mimeType: 'image/svg+xml', url, previewUrl: url, width: 240, height: 180 };
      }
      case 'video':
        return {
          id, kind: 'video', name, size: 12_400_512, mimeType: 'video/mp4',
          previewUrl: posterUrl(name, 1280, 720), width: 1280, height: 720,
        };
      case 'log':
        return {
          id, kind: 'file', name, size: 18_342, mimeType: 'text/plain',
          url: `data:text/plain;charset=utf-8,${encodeURIComponent(LOG_TEXT)}`,
        };
      case 'spreadsheet':
        return { id, kind: 'file', name, size: 34_816, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
      case 'label':
      case 'invoice':
      case 'quote': {
        const size = key === 'label' ? 48_211 : key === 'invoice' ? 96_530 : 248_117;
        return { id, kind: 'file', name, size, mimeType: 'application/pdf' };
      }
    }
  }
}

function crmOf(spec: ChatSpec, chatIndex: number, client: Client, texts: DemoTexts): CrmEntity[] | undefined {
  if (!spec.crm?.length) return undefined;
  return spec.crm.map((type): CrmEntity => {
    const id =
      type === 'contact' ? String(100 + spec.client)
      : type === 'company' ? String(200 + (spec.company ?? 0))
      : type === 'deal' ? String(300 + chatIndex)
      : String(400 + chatIndex);
    const title =
      type === 'contact' ? client.name
      : type === 'company' ? (texts.companies[spec.company ?? 0] ?? client.name)
      : type === 'deal' ? texts.crm.deal(Number(id), client.name)
      : texts.crm.lead(client.name);
    return { type, id, title, url: `https://crm.example.com/crm/${type}/details/${id}/` };
  });
}

interface Plan {
  spec: ChatSpec;
  index: number;
  conversation: Conversation;
  times: number[];
  sessions: number;
}

/**
 * The demo data in one language, with dates relative to `now`. Two calls with
 * the same arguments return equal data.
 */
export function demoData(locale: DemoLocale = 'en', now: Date = new Date()): MemoryData {
  const texts = demoTexts(locale);
  const rng = new Prng(20_261_125);
  const nowMs = now.getTime();
  const iso = (ms: number) => new Date(ms).toISOString();

  const operators: Operator[] = OPERATOR_IDS.map((id, i) => {
    const { name, position } = texts.operators[i] ?? { name: id, position: '' };
    return {
      id,
      name,
      position,
      avatarUrl: avatarUrl(name),
      status: OPERATOR_STATUS[i] ?? 'offline',
      activeChats: 0,
      queueIds: (OPERATOR_QUEUES[i] ?? []).map((q) => QUEUE_IDS[q] as string),
    };
  });
  const queues: Queue[] = QUEUE_IDS.map((id, q) => ({
    id,
    name: texts.queues[q] ?? id,
    operatorIds: operators.filter((op) => op.queueIds?.includes(id)).map((op) => op.id),
    active: q !== 3,
  }));

  // Plan every chat first, so that session numbers follow the start dates.
  const plans: Plan[] = SPECS.map((spec, index) => {
    const conversation = linesOf(spec, texts, rng);
    return {
      spec,
      index,
      conversation,
      times: timesOf(conversation.lines, spec.endAgo, nowMs, rng),
      sessions: Math.max(1, conversation.lines.filter((l) => l[0] === 'session').length),
    };
  });
  const lastSession = new Map<Plan, number>();
  let session = FIRST_SESSION - 1;
  for (const plan of [...plans].sort((a, b) => (a.times[0] ?? 0) - (b.times[0] ?? 0))) {
    session += plan.sessions;
    lastSession.set(plan, session);
  }

  const attachments = new AttachmentFactory(texts);
  const chats: Chat[] = [];
  const messages: Message[] = [];
  let messageCount = 0;

  for (const plan of plans) {
    const { spec, index, conversation, times } = plan;
    const chatId = `c${index + 1}`;
    const client = clientOf(spec.client, texts, locale);
    const operator = spec.operator === undefined ? undefined : operators[spec.operator];
    const expert = spec.expert === undefined ? undefined : operators[spec.expert];
    const sessionId = lastSession.get(plan) ?? FIRST_SESSION;
    const chatMessages: Message[] = [];
    const firstMessageOfLine: Array<Message | undefined> = [];

    conversation.lines.forEach((line, i) => {
      const options = lineOptions(line) ?? {};
      const createdAt = iso(times[i] ?? nowMs);
      let authorKind: AuthorKind = 'system';
      let author: { id: string; name: string } | undefined;
      let text: string;
      switch (line[0]) {
        case 'c':
          authorKind = 'client';
          author = client;
          text = line[1];
          break;
        case 'o':
        case 'x': {
          authorKind = 'operator';
          author = (line[0] === 'x' ? expert : operator) ?? operators[0];
          text = line[1];
          break;
        }
        case 'b':
          authorKind = 'bot';
          author = { id: 'bot1', name: texts.botName };
          text = line[1];
          break;
        case 'taken':
          text = texts.system.taken(operator?.name ?? '');
          break;
        case 'finished':
          text = texts.system.finished(operator?.name ?? '');
          break;
        case 'spam':
          text = texts.system.spam(operator?.name ?? '');
          break;
        case 'session':
          text = texts.system.sessionStarted(String(sessionId + (options.sessionOffset ?? 0)));
          break;
        case 'invite':
          text = texts.system.invited(operator?.name ?? '', [operators[line[1]]?.name ?? '']);
          break;
      }
      const message: Message = { id: `m${++messageCount}`, chatId, authorKind, text, createdAt };
      if (author) {
        message.authorId = author.id;
        message.authorName = author.name;
      }
      if (options.att?.length) message.attachments = options.att.map((key) => attachments.create(key));
      if (options.silent) message.silent = true;
      if (options.reply !== undefined) {
        const target = firstMessageOfLine[options.reply];
        if (target) message.replyToId = target.id;
      }
      if (options.edited) message.editedAt = iso(Math.min((times[i] ?? nowMs) + 2 * MINUTE, nowMs));
      if (options.deleted) {
        message.deleted = true;
        message.text = '';
      }
      firstMessageOfLine[i] = message;
      chatMessages.push(message);
    });

    // Figures of the current session (after the last "session started" line).
    const lastSessionLine = conversation.lines.map((l) => l[0]).lastIndexOf('session');
    const sessionStart = Math.max(0, lastSessionLine);
    const current = chatMessages.slice(sessionStart);
    const firstClient = current.find((m) => m.authorKind === 'client');
    const firstOperator = current.find((m) => m.authorKind === 'operator' && !m.silent);
    const last = chatMessages.at(-1);

    const chat: Chat = {
      id: chatId,
      title: conversation.title ?? client.name,
      state: spec.state,
      pinned: spec.pinned ?? false,
      silent: spec.silent ?? false,
      unreadCount: spec.unread ?? 0,
      client,
      queueId: QUEUE_IDS[spec.queue] ?? 'q1',
      sourceChannel: spec.channel,
      sessionId: String(sessionId),
      createdAt: chatMessages[sessionStart]?.createdAt ?? iso(nowMs),
      updatedAt: last?.createdAt ?? iso(nowMs),
    };
    if (operator) chat.operatorId = operator.id;
    const crm = crmOf(spec, index, client, texts);
    if (crm) chat.crm = crm;
    if (spec.state === 'new' && firstClient) chat.waitingSince = firstClient.createdAt;
    if (firstClient && firstOperator && spec.state !== 'new') {
      chat.firstResponseSeconds = Math.round((Date.parse(firstOperator.createdAt) - Date.parse(firstClient.createdAt)) / 1000);
    }
    if (spec.rating) chat.rating = spec.rating;
    if (spec.autoCloseIn !== undefined) chat.autoCloseAt = iso(nowMs + spec.autoCloseIn * MINUTE);
    if (last) chat.lastMessage = { id: last.id, authorKind: last.authorKind, text: last.text, createdAt: last.createdAt };
    if (operator && (spec.state === 'new' || spec.state === 'answered')) operator.activeChats = (operator.activeChats ?? 0) + 1;

    chats.push(chat);
    messages.push(...chatMessages);
  }

  const gifs: Gif[] = texts.gifs.map((title, i) => ({
    id: `g${i + 1}`,
    title,
    url: gifUrl(title),
    previewUrl: gifUrl(title, 120, 90),
    width: 240,
    height: 180,
  }));

  return {
    me: DEMO_ME,
    operators,
    queues,
    chats,
    messages,
    canned: texts.canned.map((c, i) => ({ id: `cr${i + 1}`, ...c })),
    gifs,
    commands: texts.commands.map((c) => ({ ...c })),
    salesItems: texts.salesItems.map((item, i) => ({
      id: `s${i + 1}`,
      ...item,
      url:
        item.kind === 'product'
          ? `https://shop.example.com/p/${slug(item.title).replace(/\./g, '-')}`
          : `https://pay.example.com/l/s${i + 1}`,
    })),
    publicChats: texts.publicChats.map((name, i) => ({ id: `pc${i + 1}`, name })),
  };
}
