import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import '../src/components/chat-list/ol-chat-list.js';
import type { Chat, Operator, SourceChannel } from '../src/core/model.js';

type Lang = 'en' | 'fr';

interface ListStory {
  lang?: Lang;
  dir?: 'ltr' | 'rtl';
  view?: 'messenger' | 'contact-center';
  groupWaiting?: boolean;
  separateOpenChannels?: boolean;
  selected?: string;
  adapterOptions?: MemoryAdapterOptions;
  /** An adapter over no chats at all. */
  empty?: boolean;
  /** No adapter: chats and directory as properties. */
  properties?: { chats: Chat[]; me?: Operator; operators?: Operator[] };
  colleagues?: boolean;
}

function renderList(story: ListStory) {
  const { lang = 'en', dir, view = 'messenger', properties } = story;
  const data = story.empty ? { ...MemoryAdapter.demoData(lang), chats: [], messages: [] } : undefined;
  const adapter = properties ? undefined : new MemoryAdapter(data, { ...story.adapterOptions, locale: lang });
  const size = view === 'contact-center' ? 'block-size: 720px; max-inline-size: 1280px;' : 'block-size: 640px; max-inline-size: 420px;';
  return html`<div lang=${lang} dir=${dir ?? nothing} style=${size}>
    <ol-chat-list
      lang=${lang}
      view=${view}
      ?group-waiting=${story.groupWaiting}
      ?separate-open-channels=${story.separateOpenChannels}
      selected-chat-id=${story.selected ?? nothing}
      .adapter=${adapter}
      .chats=${properties?.chats}
      .directory=${properties ? { me: properties.me, operators: properties.operators } : undefined}
    >
      ${story.colleagues
        ? html`<ul slot="colleagues" style="margin: 0; padding: 12px 16px; display: grid; gap: 8px;">
            <li>${lang === 'fr' ? 'Équipe support — réunion à 15 h' : 'Support team — stand-up at 3 pm'}</li>
            <li>${lang === 'fr' ? 'Julien Moreau' : 'Priya Shah'}</li>
          </ul>`
        : nothing}
    </ol-chat-list>
  </div>`;
}

const CHANNELS: SourceChannel[] = ['livechat', 'telegram', 'whatsapp', 'email', 'facebook', 'instagram', 'viber', 'vk', 'phone', 'imessage'];
const FIRST = ['Anna', 'Bruno', 'Chloé', 'David', 'Élodie', 'Farid', 'Greta', 'Hugo', 'Inès', 'Jonas', 'Kenji', 'Léa'];
const LAST = ['Martin', 'Nguyen', 'Okafor', 'Petrov', 'Quintero', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga'];
const TEXTS = [
  'Hello, where is my order?',
  'The [b]payment[/b] failed twice',
  'Can I change the delivery address?',
  'Thanks, that solved it!',
  'Do you ship to Canada?',
  '[i]Still waiting[/i] for the refund',
];

/** 100,000 chats of mine, generated deterministically (dates relative to now, like the demo data). */
function hundredThousand(): Chat[] {
  const now = Date.now();
  return Array.from({ length: 100_000 }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`;
    const updatedAt = new Date(now - i * 37_000).toISOString();
    const state = i % 97 === 0 ? 'new' : i % 13 === 0 ? 'closed' : 'answered';
    return {
      id: `gen-${i}`,
      title: name,
      state,
      pinned: i % 501 === 0 && state === 'answered',
      silent: i % 733 === 0,
      unreadCount: i % 7 === 0 ? (i % 5) + 1 : 0,
      client: { id: `gen-client-${i}`, name },
      operatorId: state === 'new' && i % 2 === 0 ? undefined : 'me',
      queueId: 'q1',
      sourceChannel: CHANNELS[i % CHANNELS.length]!,
      sessionId: String(100_000 + i),
      createdAt: new Date(now - i * 37_000 - 600_000).toISOString(),
      ...(state === 'new' ? { waitingSince: new Date(now - i * 37_000 - 300_000).toISOString() } : {}),
      updatedAt,
      lastMessage: { id: `gen-m-${i}`, authorKind: i % 3 === 0 ? 'operator' : 'client', text: TEXTS[i % TEXTS.length]!, createdAt: updatedAt },
    } satisfies Chat;
  });
}

const ME: Operator = { id: 'me', name: 'Alex Morgan', queueIds: ['q1'] };

const meta: Meta = {
  title: 'Elements/Chat list',
  component: 'ol-chat-list',
  parameters: {
    docs: {
      description: {
        component: [
          "The operator's list of conversations. **Messenger view** (default): my chats (assigned to me, or waiting unassigned in one of my open channels) with the waiting group (`group-waiting`, S2), open channels in their own tab (`separate-open-channels`, S1), search, a context menu (right click, menu key, Shift+F10 or ⋯) with *Message history* and *Rename*, keyboard navigation and live updates; virtualized for 100,000 chats, paged from the adapter.",
          '**Contact Center view** (`view="contact-center"`, loaded on first use): every customer conversation in a grid with filters, statistics and row actions.',
          'Settings are reflected attributes the host persists from `ol-settings-change`. My finished (closed or spam) chats are shown in a last group, "Finished".',
        ].join('\n\n'),
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Default settings: one group by latest activity, pinned chats on top, finished chats last. */
export const Messenger: Story = { render: () => renderList({ selected: 'c3' }) };

/** S2 on: "Waiting for first response" (longest waiting first) above "In progress". */
export const WaitingGroup: Story = { name: 'Waiting group (S2)', render: () => renderList({ groupWaiting: true }) };

/** S1 on: the chats in an "Open channels" tab, colleague chats (the `colleagues` slot) in "Chats". */
export const SeparateTab: Story = {
  name: 'Open channels in a separate tab (S1)',
  render: () => renderList({ separateOpenChannels: true, groupWaiting: true, colleagues: true }),
};

/** French demo data and strings. */
export const French: Story = { name: 'Français', render: () => renderList({ lang: 'fr', groupWaiting: true, selected: 'c3' }) };

export const Dark: Story = { parameters: { theme: 'dark' }, render: () => renderList({ groupWaiting: true, selected: 'c3' }) };

export const RightToLeft: Story = { name: 'Right to left', render: () => renderList({ dir: 'rtl', groupWaiting: true, selected: 'c3' }) };

/** Simulated activity every 3 s: client messages, new chats, chats taken by colleagues. */
export const LiveUpdates: Story = {
  name: 'Live updates',
  render: () => renderList({ groupWaiting: true, adapterOptions: { realtime: { intervalMs: 3000 } } }),
};

export const Empty: Story = { render: () => renderList({ empty: true }) };

/** The adapter takes a minute to answer. */
export const Loading: Story = { render: () => renderList({ adapterOptions: { latency: 60_000 } }) };

/** `listChats` rejects: a message with Retry. */
export const LoadError: Story = {
  name: 'Error',
  render: () => renderList({ adapterOptions: { failures: { listChats: 'The portal did not answer' } } }),
};

/** Renaming fails: the title rolls back and the error shows in the row (right click → Rename). */
export const RenameFails: Story = {
  name: 'Rename fails',
  render: () => renderList({ adapterOptions: { latency: 300, failures: { renameChat: 'Title refused by the portal' } } }),
};

/** 100,000 chats given by the `chats` property (no adapter): virtualized rows, derived once per change. */
export const HundredThousandChats: Story = {
  name: '100,000 chats',
  render: () => renderList({ groupWaiting: true, properties: { chats: hundredThousand(), me: ME, operators: [ME] } }),
};

/** Without an adapter: chats and the current operator as properties; every event still fires. */
export const PropertiesOnly: Story = {
  name: 'Properties only',
  render: () => {
    const data = MemoryAdapter.demoData('en');
    const me = data.operators.find((op) => op.id === data.me);
    return renderList({ properties: { chats: data.chats, me, operators: data.operators } });
  },
};

/** Every customer conversation (K1) with filters (K4), statistics (K5) and row actions (K2, K3). */
export const ContactCenter: Story = { name: 'Contact Center', render: () => renderList({ view: 'contact-center' }) };

export const ContactCenterFrench: Story = {
  name: 'Contact Center, français',
  render: () => renderList({ view: 'contact-center', lang: 'fr' }),
};

export const ContactCenterDark: Story = {
  name: 'Contact Center, dark',
  parameters: { theme: 'dark' },
  render: () => renderList({ view: 'contact-center' }),
};

export const ContactCenterRightToLeft: Story = {
  name: 'Contact Center, right to left',
  render: () => renderList({ view: 'contact-center', dir: 'rtl' }),
};

/** The adapter has no `getStatistics` nor `startSession`: the strip and the action are hidden. */
export const ContactCenterWithoutStatistics: Story = {
  name: 'Contact Center without statistics',
  render: () => renderList({ view: 'contact-center', adapterOptions: { omit: ['getStatistics', 'startSession'] } }),
};

export const ContactCenterEmpty: Story = { name: 'Contact Center, empty', render: () => renderList({ view: 'contact-center', empty: true }) };

export const ContactCenterLoading: Story = {
  name: 'Contact Center, loading',
  render: () => renderList({ view: 'contact-center', adapterOptions: { latency: 60_000 } }),
};

export const ContactCenterError: Story = {
  name: 'Contact Center, error',
  render: () => renderList({ view: 'contact-center', adapterOptions: { failures: { listChats: 'The portal did not answer' } } }),
};
