import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import type { OlComposerElement } from '../src/components/composer/composer.component.js';
import '../src/components/composer/ol-composer.js';
import type { Mention, Message } from '../src/core/model.js';

type Lang = 'en' | 'fr';

interface StoredDraft {
  text: string;
  mentions?: Mention[];
  reply?: { message: Message; mode: 'reply' | 'quote' };
}

interface ComposerStory {
  lang?: Lang;
  chatId?: string;
  adapterOptions?: MemoryAdapterOptions;
  /** A draft in localStorage, as if typed before a reload. */
  draft?: StoredDraft;
  sendKey?: 'enter' | 'mod-enter';
  dir?: 'ltr' | 'rtl';
}

/** Demo chats: c3 is mine and answered, c5 silent, c6 another operator's, c9 finished, c11 spam. */
const MINE = 'c3';

/** The client's first message in a demo chat (same data as the adapter's). */
function clientMessage(lang: Lang, chatId = MINE): Message {
  return MemoryAdapter.demoData(lang).messages.find((m) => m.chatId === chatId && m.authorKind === 'client')!;
}

function renderComposer({ lang = 'en', chatId = MINE, adapterOptions, draft, sendKey = 'enter', dir = 'ltr' }: ComposerStory) {
  const adapter = MemoryAdapter.demo(lang, adapterOptions);
  const key = `ol-draft:${chatId}`;
  if (draft) localStorage.setItem(key, JSON.stringify(draft));
  else localStorage.removeItem(key);
  return html`<div class="composer-story" lang=${lang} dir=${dir} style="max-inline-size: 720px; padding-block-start: 380px;">
    <ol-composer lang=${lang} chat-id=${chatId} send-key=${sendKey} .adapter=${adapter}></ol-composer>
  </div>`;
}

/** Waits for a condition (play functions). */
async function until<T>(check: () => T | null | undefined | false, timeout = 3000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error('Timed out in the story’s play function');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function composerIn(canvasElement: HTMLElement): Promise<OlComposerElement> {
  const el = await until(() => canvasElement.querySelector('ol-composer'));
  await el.updateComplete;
  await until(() => el.shadowRoot?.querySelector('[part="toolbar"], [part="input"]:disabled'));
  return el;
}

/** Clicks a toolbar button by its icon name. */
async function clickTool(canvasElement: HTMLElement, tool: string): Promise<OlComposerElement> {
  const el = await composerIn(canvasElement);
  const button = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-tool="${tool}"]`));
  button.click();
  await until(() => el.shadowRoot!.querySelector('[part="popup"]'));
  return el;
}

/** Types text into the field as the person would (input events), caret at the end. */
async function typeText(canvasElement: HTMLElement, text: string): Promise<OlComposerElement> {
  const el = await composerIn(canvasElement);
  const field = el.shadowRoot!.querySelector('textarea')!;
  field.focus();
  field.value = text;
  field.setSelectionRange(text.length, text.length);
  field.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text }));
  return el;
}

const meta: Meta = {
  title: 'Elements/Composer',
  component: 'ol-composer',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The message composer (A4–A12, M1, M3): Enter sends, Shift+Enter adds a line; `@` mentions, `/` opens the commands (first entry: canned responses); uploads by button, drop or paste; emoji, GIFs, sales and canned responses load on first use. Each chat keeps its draft (also across reloads). Every `ol-*` event shows in the Actions panel.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Nothing typed yet. */
export const Empty: Story = { render: () => renderComposer({}) };

/** The same in French. */
export const EmptyFrench: Story = { name: 'Empty (fr)', render: () => renderComposer({ lang: 'fr' }) };

/** A draft with a mention (shown as @Name and a chip, sent as `[user=ID]`) and formatting. */
export const Typing: Story = {
  render: () =>
    renderComposer({
      draft: {
        text: '@Priya Shah, could you check [b]order 4512[/b]? The client says it never shipped.',
        mentions: [{ kind: 'user', id: 'u2', name: 'Priya Shah' }],
      },
    }),
};

/** `@` opened the list of users and public chats. */
export const MentionList: Story = {
  name: 'Mention list open',
  render: () => renderComposer({}),
  play: async ({ canvasElement }) => {
    const el = await typeText(canvasElement, 'Thanks, I will ask @');
    await until(() => el.shadowRoot!.querySelector('[role="listbox"]'));
  },
};

/** `/` at the start of a line opened the commands. */
export const CommandsList: Story = {
  name: 'Commands list open',
  render: () => renderComposer({}),
  play: async ({ canvasElement }) => {
    const el = await typeText(canvasElement, '/');
    await until(() => el.shadowRoot!.querySelector('[role="listbox"]'));
  },
};

/** The commands list in French. */
export const CommandsListFrench: Story = {
  name: 'Commands list open (fr)',
  render: () => renderComposer({ lang: 'fr' }),
  play: CommandsList.play!,
};

/** The emoji picker (loaded on first use). */
export const EmojiPicker: Story = {
  name: 'Emoji picker',
  render: () => renderComposer({ draft: { text: 'Your parcel is on its way ' } }),
  play: async ({ canvasElement }) => {
    await clickTool(canvasElement, 'smile');
  },
};

/** The emoji picker in French (names and search in French). */
export const EmojiPickerFrench: Story = {
  name: 'Emoji picker (fr)',
  render: () => renderComposer({ lang: 'fr' }),
  play: EmojiPicker.play!,
};

/** GIF search and its grid of results. */
export const GifGrid: Story = {
  name: 'GIF grid',
  render: () => renderComposer({}),
  play: async ({ canvasElement }) => {
    const el = await clickTool(canvasElement, 'gif');
    await until(() => el.shadowRoot!.querySelector('ol-gif-picker')?.shadowRoot?.querySelector('[role="gridcell"]'));
  },
};

/** Products and payment links (A10). */
export const SalesList: Story = {
  name: 'Sales list',
  render: () => renderComposer({}),
  play: async ({ canvasElement }) => {
    const el = await clickTool(canvasElement, 'cart');
    await until(() => el.shadowRoot!.querySelector('ol-sales-picker')?.shadowRoot?.querySelector('[role="option"]'));
  },
};

/** The canned responses database, anchored to the composer (A9). */
export const CannedResponses: Story = {
  name: 'Canned responses',
  render: () => renderComposer({}),
  play: async ({ canvasElement }) => {
    const el = await clickTool(canvasElement, 'canned');
    await until(() => el.shadowRoot!.querySelector('ol-canned-picker')?.shadowRoot?.querySelector('[role="option"]'));
  },
};

const bytes = (megabytes: number) => new Uint8Array(Math.round(megabytes * 1024 * 1024));

/** Two files uploading, with progress and Cancel. */
export const UploadsInProgress: Story = {
  name: 'Uploads in progress',
  render: () => renderComposer({ adapterOptions: { upload: { steps: 200, stepMs: 250 } } }),
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    el.addFiles([
      new File([bytes(2.4)], 'error-screenshot.png', { type: 'image/png' }),
      new File([bytes(18)], 'checkout-recording.mp4', { type: 'video/mp4' }),
    ]);
    await until(() => el.shadowRoot!.querySelectorAll('[role="progressbar"]').length === 2);
  },
};

/** A file over the limit, refused before uploading, and an upload the backend rejected (with Retry). */
export const UploadsFailedAndRefused: Story = {
  name: 'Uploads failed and refused',
  render: () =>
    renderComposer({
      adapterOptions: { uploadLimits: { maxSize: 10 * 1024 * 1024 }, failures: { uploadFile: 'Storage quota exceeded' } },
    }),
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    el.addFiles([new File([bytes(25)], 'site-backup.zip', { type: 'application/zip' }), new File(['invoice'], 'invoice-4512.pdf', { type: 'application/pdf' })]);
    await until(() => el.shadowRoot!.querySelectorAll('[role="alert"]').length === 2);
  },
};

/** The same in French. */
export const UploadsFailedAndRefusedFrench: Story = {
  name: 'Uploads failed and refused (fr)',
  render: () =>
    renderComposer({
      lang: 'fr',
      adapterOptions: { uploadLimits: { maxSize: 10 * 1024 * 1024 }, failures: { uploadFile: 'Quota dépassé' } },
    }),
  play: UploadsFailedAndRefused.play!,
};

/** The message could not be sent: it stays in the timeline as failed, the composer offers Retry. */
export const SendFailed: Story = {
  name: 'Send failed',
  render: () => renderComposer({ adapterOptions: { failures: { sendMessage: 'Network error' } } }),
  play: async ({ canvasElement }) => {
    const el = await typeText(canvasElement, 'I have refunded the shipping costs.');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
    await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
  },
};

/** Silent mode on: the client will not see the messages (chat c5 is silent). */
export const SilentOn: Story = {
  name: 'Silent mode on',
  render: () => renderComposer({ chatId: 'c5', draft: { text: 'Summary for Tom: the client wants a quote for 40 chairs.' } }),
};

/** Silent mode in French, dark theme. */
export const SilentOnFrenchDark: Story = {
  name: 'Silent mode on (fr, dark)',
  parameters: { theme: 'dark' },
  render: () => renderComposer({ lang: 'fr', chatId: 'c5' }),
};

/** Replying to the client (M1): preview bar, the client mentioned at the start. */
export const Reply: Story = {
  render: () => {
    const message = clientMessage('en');
    return renderComposer({
      draft: {
        text: `@${message.authorName}, `,
        mentions: [{ kind: 'user', id: message.authorId!, name: message.authorName! }],
        reply: { message, mode: 'reply' },
      },
    });
  },
};

/** Quoting a message (M3). */
export const Quote: Story = {
  render: () => renderComposer({ draft: { text: 'Yes, this is the right address.', reply: { message: clientMessage('en'), mode: 'quote' } } }),
};

/** Replying, in French. */
export const ReplyFrench: Story = {
  name: 'Reply (fr)',
  render: () => {
    const message = clientMessage('fr');
    return renderComposer({
      lang: 'fr',
      draft: {
        text: `@${message.authorName}, `,
        mentions: [{ kind: 'user', id: message.authorId!, name: message.authorName! }],
        reply: { message, mode: 'reply' },
      },
    });
  },
};

/** Finished conversation: the composer says why it is locked. */
export const DisabledClosed: Story = { name: 'Disabled: finished chat', render: () => renderComposer({ chatId: 'c9' }) };

/** Spam. */
export const DisabledSpam: Story = { name: 'Disabled: spam', render: () => renderComposer({ chatId: 'c11' }) };

/** Handled by another operator (intercept to reply). */
export const DisabledOtherOperator: Story = {
  name: 'Disabled: another operator’s chat',
  render: () => renderComposer({ chatId: 'c6' }),
};

/** The same in French. */
export const DisabledOtherOperatorFrench: Story = {
  name: 'Disabled: another operator’s chat (fr)',
  render: () => renderComposer({ lang: 'fr', chatId: 'c6' }),
};

/** Ctrl/⌘+Enter to send, Enter for a new line. */
export const ModEnter: Story = {
  name: 'Send with Ctrl+Enter',
  render: () => renderComposer({ sendKey: 'mod-enter', draft: { text: 'First line\nSecond line' } }),
};

/** Right to left. */
export const RightToLeft: Story = {
  name: 'Right to left',
  render: () => renderComposer({ dir: 'rtl', draft: { text: 'Hello!' }, chatId: 'c5' }),
};
