import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/message-menu/ol-message-menu.js';
import type { OlMessageMenuAction, OlMessageMenuElement } from '../src/components/message-menu/ol-message-menu.js';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import { renderBBCode } from '../src/core/bbcode/index.js';
import type { Message } from '../src/core/model.js';
import { storeFor } from '../src/core/store.js';

/** The demo chat used here: an answered conversation of the current operator, with client and operator messages. */
const CHAT_ID = 'c3';

interface Loaded {
  adapter: MemoryAdapter;
  client: Message;
  operator: Message;
}

/** Loads the demo chat into the adapter's store; deterministic (fixed clock). */
async function load(locale: 'en' | 'fr', options: MemoryAdapterOptions = {}): Promise<Loaded> {
  const adapter = MemoryAdapter.demo(locale, { now: () => new Date('2026-11-25T10:00:00Z'), ...options });
  const store = storeFor(adapter);
  await Promise.all([store.loadChats(), store.loadDirectory()]);
  const messages = await store.loadMessages(CHAT_ID);
  const client = messages.find((m) => m.authorKind === 'client' && !m.deleted && m.text)!;
  const operator = messages.find((m) => m.authorKind === 'operator' && m.authorId === store.me?.id && !m.deleted && m.text)!;
  return { adapter, client, operator };
}

/** A message as a timeline might show it, with its "⋯" button; right click opens the menu at the pointer. */
function messageRow(message: Message, adapter: MemoryAdapter, extraActions: OlMessageMenuAction[] = []) {
  const own = message.authorKind === 'operator';
  const openMenu = (event: Event) => {
    const row = (event.currentTarget as HTMLElement).closest('.row')!;
    void row.querySelector('ol-message-menu')!.toggle(row.querySelector('button')!);
  };
  const contextMenu = (event: MouseEvent) => {
    const row = (event.currentTarget as HTMLElement).closest('.row')!;
    void row.querySelector('ol-message-menu')!.showFromContextMenu(event, row.querySelector<HTMLElement>('.bubble')!);
  };
  return html`<div class="row" style="display: flex; gap: 4px; align-items: start; justify-content: ${own ? 'flex-end' : 'flex-start'}; margin-block: 8px;">
    <div
      class="bubble"
      tabindex="0"
      @contextmenu=${contextMenu}
      style="max-inline-size: 26rem; padding: 8px 12px; border-radius: 12px; background: var(${own ? '--ol-color-operator-bubble' : '--ol-color-client-bubble'}); color: var(--ol-color-text);"
    >
      <div style="font-size: 12px; font-weight: 600; color: var(--ol-color-text-muted);">${message.authorName}</div>
      <div>${renderBBCode(message.text)}</div>
    </div>
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded="false"
      aria-label="⋯ ${message.authorName}"
      @click=${openMenu}
      style="border: 0; background: transparent; color: var(--ol-color-text-muted); font-size: 18px; cursor: pointer; padding: 4px 8px;"
    >
      ⋯
    </button>
    <ol-message-menu .adapter=${adapter} .message=${message} .extraActions=${extraActions}></ol-message-menu>
  </div>`;
}

/** Opens the menu of the `index`-th row, as a click on its "⋯" button does. */
async function openRow(canvasElement: HTMLElement, index = 0): Promise<OlMessageMenuElement> {
  const row = canvasElement.querySelectorAll('.row')[index]!;
  const menu = row.querySelector('ol-message-menu')!;
  const button = row.querySelector('button')!;
  button.focus();
  await menu.show(button);
  return menu;
}

/** Clicks one action of an open menu. */
async function chooseAction(menu: OlMessageMenuElement, action: string): Promise<void> {
  menu.shadowRoot!.querySelector<HTMLElement>(`[data-action="${action}"]`)!.click();
  await menu.updateComplete;
}

const page = (content: unknown) => html`<div style="min-block-size: 560px; padding: 16px; max-inline-size: 720px;">${content}</div>`;

const meta: Meta = {
  title: 'Elements/Message menu',
  component: 'ol-message-menu',
  parameters: {
    docs: {
      description: {
        component:
          'The per-message action menu (M1–M10). Client messages and operator messages offer the seed’s actions in its order; actions the adapter cannot do are hidden; the host can add its own. Click "⋯", right click a message, or focus it and press the context-menu key. Runs on `MemoryAdapter` demo data.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** On a client message: reply, mark as unread, quote, task, chat, News Feed post, new conversation, save as canned response. */
export const ClientMessage: Story = {
  loaders: [() => load('en')],
  render: (_args, { loaded }) => page(messageRow((loaded as Loaded).client, (loaded as Loaded).adapter)),
  play: async ({ canvasElement }) => void (await openRow(canvasElement)),
};

/** On the operator's own message: quote, task, discuss in a chat or in the News Feed, new conversation, save, edit, delete. In French. */
export const OperatorMessageFrench: Story = {
  name: 'Operator message (fr)',
  args: { lang: 'fr' },
  loaders: [() => load('fr')],
  render: (_args, { loaded }) => html`<div lang="fr">${page(messageRow((loaded as Loaded).operator, (loaded as Loaded).adapter))}</div>`,
  play: async ({ canvasElement }) => void (await openRow(canvasElement)),
};

/** The same in the dark theme. */
export const ClientMessageDark: Story = {
  name: 'Client message (dark)',
  parameters: { theme: 'dark' },
  loaders: [() => load('en')],
  render: (_args, { loaded }) => page(messageRow((loaded as Loaded).client, (loaded as Loaded).adapter)),
  play: async ({ canvasElement }) => void (await openRow(canvasElement)),
};

/** The operator message menu, dark and French. */
export const OperatorMessageDarkFrench: Story = {
  name: 'Operator message (fr, dark)',
  args: { lang: 'fr' },
  parameters: { theme: 'dark' },
  loaders: [() => load('fr')],
  render: (_args, { loaded }) => html`<div lang="fr">${page(messageRow((loaded as Loaded).operator, (loaded as Loaded).adapter))}</div>`,
  play: async ({ canvasElement }) => void (await openRow(canvasElement)),
};

/** Actions the adapter lacks are hidden (here: no tasks, no News Feed, no canned responses). */
export const FewerCapabilities: Story = {
  loaders: [() => load('en', { omit: ['createTask', 'createPostFromMessage', 'saveCanned'] })],
  render: (_args, { loaded }) => page(messageRow((loaded as Loaded).client, (loaded as Loaded).adapter)),
  play: async ({ canvasElement }) => void (await openRow(canvasElement)),
};

const HOST_ACTIONS: OlMessageMenuAction[] = [
  { id: 'translate', label: 'Translate', icon: 'chat' },
  { id: 'copy-link', label: 'Copy link to message', icon: 'post' },
  { id: 'escalate', label: 'Escalate to a supervisor', icon: 'alert', visible: (message) => message.authorKind === 'client' },
];

/** The host adds its own actions after the built-in ones; choosing one fires `ol-message-action`. */
export const HostActions: Story = {
  loaders: [() => load('en')],
  render: (_args, { loaded }) => page(messageRow((loaded as Loaded).client, (loaded as Loaded).adapter, HOST_ACTIONS)),
  play: async ({ canvasElement }) => void (await openRow(canvasElement)),
};

/** M10: deleting asks for confirmation inside the menu. */
export const DeleteConfirmation: Story = {
  loaders: [() => load('en')],
  render: (_args, { loaded }) => page(messageRow((loaded as Loaded).operator, (loaded as Loaded).adapter)),
  play: async ({ canvasElement }) => chooseAction(await openRow(canvasElement), 'delete'),
};

/** M4: a task created from the message is confirmed with a link to it. */
export const TaskCreated: Story = {
  loaders: [() => load('en')],
  render: (_args, { loaded }) => page(messageRow((loaded as Loaded).client, (loaded as Loaded).adapter)),
  play: async ({ canvasElement }) => {
    const menu = await openRow(canvasElement);
    await chooseAction(menu, 'task');
    await new Promise((resolve) => setTimeout(resolve, 50));
  },
};

/** M8: "Save as canned response" shows the form, prefilled with the message (French). */
export const SaveAsCannedFrench: Story = {
  name: 'Save as canned response (fr)',
  args: { lang: 'fr' },
  loaders: [() => load('fr')],
  render: (_args, { loaded }) => html`<div lang="fr">${page(messageRow((loaded as Loaded).client, (loaded as Loaded).adapter))}</div>`,
  play: async ({ canvasElement }) => chooseAction(await openRow(canvasElement), 'canned'),
};

/** M9 used on its own (no timeline to edit in place): the menu shows `<ol-message-editor>` itself. */
export const EditStandalone: Story = {
  name: 'Edit (standalone)',
  loaders: [() => load('en')],
  render: (_args, { loaded }) => page(messageRow((loaded as Loaded).operator, (loaded as Loaded).adapter)),
  play: async ({ canvasElement }) => chooseAction(await openRow(canvasElement), 'edit'),
};

/** A failed action: the change is rolled back and the error shown where the person acted. */
export const FailedAction: Story = {
  loaders: [() => load('en', { failures: { markUnread: 'Service unavailable' } })],
  render: (_args, { loaded }) => page(messageRow((loaded as Loaded).client, (loaded as Loaded).adapter)),
  play: async ({ canvasElement }) => {
    const menu = await openRow(canvasElement);
    await chooseAction(menu, 'unread');
    await new Promise((resolve) => setTimeout(resolve, 50));
  },
};

/** Both kinds of message in a right-to-left page; the menu mirrors its placement. */
export const RightToLeft: Story = {
  loaders: [() => load('en')],
  render: (_args, { loaded }) =>
    html`<div dir="rtl">${page([messageRow((loaded as Loaded).client, (loaded as Loaded).adapter), messageRow((loaded as Loaded).operator, (loaded as Loaded).adapter)])}</div>`,
  play: async ({ canvasElement }) => void (await openRow(canvasElement, 1)),
};

/** The inline editor the timeline embeds for M9: Enter saves, Shift+Enter starts a new line, Escape cancels. */
export const MessageEditor: Story = {
  loaders: [() => load('en')],
  render: (_args, { loaded }) =>
    page(html`<ol-message-editor .adapter=${(loaded as Loaded).adapter} .message=${(loaded as Loaded).operator}></ol-message-editor>`),
};
