import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/timeline/ol-timeline.js';
import type { OlTimelineElement } from '../src/components/timeline/ol-timeline.js';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import { sendMessage } from '../src/core/actions.js';
import type { Attachment, Chat, Message } from '../src/core/model.js';
import { storeFor } from '../src/core/store.js';

/** A fixed clock, so that the demo data is the same on every run. */
const NOW = new Date('2026-11-25T10:00:00Z');

/** Demo chats: `api` has system lines, a silent note, an invited expert, code, a video and a reply; `quote` is in silent mode. */
const CHAT = { api: 'c4', tracking: 'c3', quote: 'c5', bot: 'c8', long: 'c17' } as const;

const demo = (locale: 'en' | 'fr' = 'en', options: MemoryAdapterOptions = {}) => MemoryAdapter.demo(locale, { now: () => NOW, ...options });

interface TimelineProps {
  adapter?: MemoryAdapter;
  chatId?: string;
  messages?: Message[];
  chat?: Chat;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  announce?: boolean;
}

/** The timeline in a box of a panel's size (it fills the height it is given). */
function timeline({ adapter, chatId, messages, chat, lang, dir, announce = false }: TimelineProps) {
  return html`<div
    lang=${lang ?? 'en'}
    dir=${dir ?? 'ltr'}
    style="block-size: 560px; max-inline-size: 760px; display: flex; flex-direction: column; border: 1px solid var(--ol-color-border); background: var(--ol-color-surface-sunken);"
  >
    <ol-timeline
      style="flex: 1 1 auto;"
      .adapter=${adapter}
      .chatId=${chatId}
      .messages=${messages}
      .chat=${chat}
      ?announce=${announce}
    ></ol-timeline>
  </div>`;
}

const svg = (label: string, width: number, height: number, hue: number) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="hsl(${hue} 45% 62%)"/><text x="50%" y="52%" font-family="sans-serif" font-size="${Math.round(height / 8)}" fill="#fff" text-anchor="middle">${label}</text></svg>`,
  )}`;

const minutes = (n: number) => new Date(NOW.getTime() - n * 60_000).toISOString();

const STORY_CHAT: Chat = {
  id: 'story',
  title: 'Olivia Bennett',
  state: 'answered',
  pinned: false,
  silent: false,
  unreadCount: 0,
  client: { id: 'cl1', name: 'Olivia Bennett' },
  operatorId: 'u1',
  queueId: 'q1',
  sourceChannel: 'livechat',
  sessionId: '1042',
  createdAt: minutes(600),
  updatedAt: minutes(1),
};

const client = (id: string, ago: number, text: string, extra: Partial<Message> = {}): Message => ({
  id, chatId: 'story', authorKind: 'client', authorId: 'cl1', authorName: 'Olivia Bennett', text, createdAt: minutes(ago), ...extra,
});
const operator = (id: string, ago: number, text: string, extra: Partial<Message> = {}): Message => ({
  id, chatId: 'story', authorKind: 'operator', authorId: 'u1', authorName: 'Alex Morgan', text, createdAt: minutes(ago), ...extra,
});

const ATTACHMENTS: Record<string, Attachment> = {
  photo: { id: 'a1', kind: 'image', name: 'back-door.jpg', size: 1_482_113, mimeType: 'image/jpeg', url: svg('back-door.jpg', 1024, 768, 200), width: 1024, height: 768 },
  screenshot: { id: 'a2', kind: 'image', name: 'checkout-error.png', size: 284_312, mimeType: 'image/png', url: svg('checkout-error.png', 1280, 720, 10), width: 1280, height: 720 },
  video: { id: 'a3', kind: 'video', name: 'dashboard-recording.mp4', size: 12_400_512, mimeType: 'video/mp4', previewUrl: svg('▶ dashboard-recording.mp4', 1280, 720, 260), width: 1280, height: 720 },
  invoice: { id: 'a4', kind: 'file', name: 'invoice-A-20931.pdf', size: 96_530, mimeType: 'application/pdf', url: 'https://files.example.com/invoice-A-20931.pdf' },
  sheet: { id: 'a5', kind: 'file', name: 'order-list.xlsx', size: 34_816 },
  unsafe: { id: 'a6', kind: 'image', name: '<img src=x onerror=alert(1)>.png', size: 2048, url: 'javascript:alert(1)' },
};

/** Every kind of attachment; the last one has an unsafe URL and name, shown as a plain file chip. */
const ATTACHMENT_MESSAGES: Message[] = [
  client('s1', 40, 'Here is what I see when I pay:', { attachments: [ATTACHMENTS['screenshot']!] }),
  operator('s2', 35, 'Thanks! Could you send the invoice too?'),
  client('s3', 30, 'Sure, and the order list', { attachments: [ATTACHMENTS['invoice']!, ATTACHMENTS['sheet']!] }),
  client('s4', 28, 'And a recording of the dashboard', { attachments: [ATTACHMENTS['video']!] }),
  operator('s5', 20, 'Received. Where should the driver leave the parcel?'),
  client('s6', 18, 'At the back door, here is a photo', { attachments: [ATTACHMENTS['photo']!], replyToId: 's5' }),
  client('s7', 2, 'Forwarded from another app', { attachments: [ATTACHMENTS['unsafe']!] }),
];

/** Silent notes between operators among client messages. */
const SILENT_MESSAGES: Message[] = [
  client('n1', 50, 'Is a volume discount possible above 100 lamps?'),
  operator('n2', 45, 'Note: ready to sign at 12% off. I can approve up to 10%, asking Tom.', { silent: true }),
  operator('n3', 44, '[user=u3]Tom Becker[/user] can you approve 12%?', { silent: true }),
  { ...operator('n4', 30, 'Approved, go ahead.', { silent: true }), authorId: 'u3', authorName: 'Tom Becker' },
  operator('n5', 28, 'Good news Grace: we can offer [b]12% off[/b] above 100 lamps.', { editedAt: minutes(27) }),
  operator('n6', 26, '', { deleted: true }),
  client('n7', 10, 'Perfect, please send the updated quote.'),
];

/** `count` messages over the last weeks, alternating authors, with a few long ones. */
function generated(count: number): Message[] {
  const texts = [
    'Hello, my order has not arrived yet.',
    'Let me check with the carrier.',
    'It left the warehouse yesterday and should arrive [b]tomorrow before 6 pm[/b].',
    'Thanks! Can the driver leave it with a neighbour if I am out? I will be at work until late in the evening most days this week.',
    'Yes, I added a note to the delivery.',
    'Perfect 🙂',
  ];
  return Array.from({ length: count }, (_, i) => {
    const fromClient = i % 3 !== 1;
    return (fromClient ? client : operator)(`g${i + 1}`, (count - i) * 4, `${texts[i % texts.length]} (#${i + 1})`);
  });
}

/** Scrolls the log up and lets three client messages arrive: the "jump to latest" button counts them. */
async function newWhileScrolledUp(canvasElement: HTMLElement, adapter: MemoryAdapter, chatId: string): Promise<void> {
  const el = canvasElement.querySelector<OlTimelineElement>('ol-timeline')!;
  const log = await until(() => el.shadowRoot!.querySelector<HTMLElement>('[role="log"] article') && el.shadowRoot!.querySelector<HTMLElement>('[role="log"]'));
  await frames(20);
  log.dispatchEvent(new WheelEvent('wheel'));
  log.scrollTop = Math.max(400, log.scrollTop - 600);
  await frames(6);
  for (const text of ['Hello?', 'The parcel is still not here', 'Could you check again please?']) adapter.simulateClientMessage(chatId, text);
  await frames(6);
}

const frames = async (count: number) => {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
};

async function until<T>(get: () => T | null | undefined | false, tries = 200): Promise<T> {
  for (let i = 0; i < tries; i += 1) {
    const value = get();
    if (value) return value;
    await frames(1);
  }
  throw new Error('Timed out');
}

const meta: Meta = {
  title: 'Elements/Timeline',
  component: 'ol-timeline',
  parameters: {
    docs: {
      description: {
        component:
          'The message timeline of one conversation, as `<ol-chat-panel>` shows it between its header and its composer; it also works on its own. Virtualized (10,000 messages stay fast), a `role="log"` of `article`s with arrow-key navigation, grouped by day and author, with silent, edited, deleted, sending and failed messages marked. Scroll to the top to load older messages; use "⋯", a right click or Shift+F10 on a message for its menu. Runs on `MemoryAdapter` demo data.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** A conversation with system lines, a silent note, an invited expert, formatted text, code, a log file, a video and a reply. */
export const Conversation: Story = {
  render: () => timeline({ adapter: demo(), chatId: CHAT.api }),
};

/** About 300 messages over a week: scroll up to load older pages; the message in view stays in place. */
export const LongConversation: Story = {
  render: () => timeline({ adapter: demo(), chatId: CHAT.long }),
};

/** 10,000 generated messages, given as properties: only the rows in view are in the DOM. */
export const TenThousandMessages: Story = {
  name: '10,000 messages',
  render: () => timeline({ chatId: 'story', chat: STORY_CHAT, messages: generated(10_000) }),
};

/** A chat without messages yet. */
export const Empty: Story = {
  render: () => timeline({ chatId: 'story', chat: STORY_CHAT, messages: [] }),
};

/** While the first page of messages loads. */
export const Loading: Story = {
  render: () => timeline({ adapter: demo('en', { latency: 600_000 }), chatId: CHAT.api }),
};

/** `listMessages` failed: the error is shown with Retry. */
export const LoadError: Story = {
  name: 'Error',
  render: () => timeline({ adapter: demo('en', { failures: { listMessages: 'Service unavailable' } }), chatId: CHAT.api }),
};

/** A message the operator sent that failed: "Not sent", with Retry and Delete. */
export const FailedSend: Story = {
  name: 'Failed send',
  loaders: [
    async () => {
      const adapter = demo('en', { failures: { sendMessage: 'Network down' } });
      const store = storeFor(adapter);
      await Promise.all([store.loadDirectory(), store.loadChats()]);
      await store.loadMessages(CHAT.tracking);
      await sendMessage(store, new EventTarget(), CHAT.tracking, {
        text: 'I have asked the carrier to leave it at the back door.',
        silent: false,
        attachments: [],
      });
      return { adapter };
    },
  ],
  render: (_args, { loaded }) => timeline({ adapter: (loaded as { adapter: MemoryAdapter }).adapter, chatId: CHAT.tracking }),
};

/** Silent notes (hidden from the client) among the messages, an edited message and a deleted one. */
export const SilentMessages: Story = {
  name: 'Silent, edited, deleted',
  render: () => timeline({ chatId: 'story', chat: { ...STORY_CHAT, silent: true }, messages: SILENT_MESSAGES }),
};

/** Image thumbnails, a video, file chips with their size, a reply; an unsafe URL and name stay a plain chip. */
export const Attachments: Story = {
  render: () => timeline({ chatId: 'story', chat: STORY_CHAT, messages: ATTACHMENT_MESSAGES }),
};

/** The "New messages" divider before the unread message, and messages arriving while scrolled up: "Jump to latest" counts them. */
export const UnreadAndJumpToLatest: Story = {
  name: 'Unread divider and jump to latest',
  loaders: [async () => ({ adapter: demo() })],
  render: (_args, { loaded }) => timeline({ adapter: (loaded as { adapter: MemoryAdapter }).adapter, chatId: CHAT.long, announce: true }),
  play: async ({ canvasElement, loaded }) =>
    newWhileScrolledUp(canvasElement, (loaded as { adapter: MemoryAdapter }).adapter, CHAT.long),
};

/** The conversation in French. */
export const French: Story = {
  name: 'Conversation (fr)',
  args: { lang: 'fr' },
  render: () => timeline({ adapter: demo('fr'), chatId: CHAT.api, lang: 'fr' }),
};

/** Attachments and failed sends in French. */
export const AttachmentsFrench: Story = {
  name: 'Attachments (fr)',
  args: { lang: 'fr' },
  render: () => timeline({ chatId: 'story', chat: STORY_CHAT, messages: ATTACHMENT_MESSAGES, lang: 'fr' }),
};

/** The dark theme. */
export const Dark: Story = {
  name: 'Conversation (dark)',
  parameters: { theme: 'dark' },
  render: () => timeline({ adapter: demo(), chatId: CHAT.api }),
};

/** Silent notes in the dark theme. */
export const SilentDark: Story = {
  name: 'Silent, edited, deleted (dark)',
  parameters: { theme: 'dark' },
  render: () => timeline({ chatId: 'story', chat: { ...STORY_CHAT, silent: true }, messages: SILENT_MESSAGES }),
};

/** Right to left: client messages on the right (inline start), operator messages on the left. */
export const RightToLeft: Story = {
  name: 'Conversation (RTL)',
  render: () => timeline({ adapter: demo(), chatId: CHAT.tracking, dir: 'rtl' }),
};

/** A bot answering before an operator arrives. */
export const Bot: Story = {
  name: 'Bot messages',
  render: () => timeline({ adapter: demo(), chatId: CHAT.bot }),
};
