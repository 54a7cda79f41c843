import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/canned-picker/ol-canned-picker.js';
import type { OlCannedPickerElement } from '../src/components/canned-picker/ol-canned-picker.js';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import type { CannedResponse } from '../src/core/model.js';

/** The demo chat the responses are for (fills `{client.name}`, `{session.id}`…). */
const CHAT_ID = 'c3';
const NOW = () => new Date('2026-11-25T10:00:00Z');

const adapterFor = (locale: 'en' | 'fr', options: MemoryAdapterOptions = {}) => MemoryAdapter.demo(locale, { now: NOW, ...options });

/** The picker attached to a text field: choosing a response inserts it at the cursor. */
const withField = (adapter: MemoryAdapter, { query = '', label = 'Message' } = {}) => html`<div
  style="display: grid; gap: 12px; max-inline-size: 640px; padding: 16px;"
>
  <label style="display: grid; gap: 4px; color: var(--ol-color-text);">
    <span>${label}</span>
    <textarea id="field" rows="3" style="font: inherit; padding: 8px; border-radius: 8px; border: 1px solid var(--ol-color-border-strong); background: var(--ol-color-surface); color: var(--ol-color-text);"></textarea>
  </label>
  <ol-canned-picker
    .adapter=${adapter}
    chat-id=${CHAT_ID}
    query=${query}
    style="padding: 12px; border-radius: 12px; background: var(--ol-color-surface-raised); border: 1px solid var(--ol-color-border);"
  ></ol-canned-picker>
</div>`;

/** Attaches the picker to the text field (the `target` property). */
const attach = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const picker = canvasElement.querySelector('ol-canned-picker')!;
  picker.target = canvasElement.querySelector('textarea') ?? undefined;
  await picker.updateComplete;
};

/** Waits until the picker has loaded its responses. */
const loaded = async (picker: OlCannedPickerElement) => {
  for (let i = 0; i < 50 && picker.shadowRoot!.querySelector('[part="state"]')?.textContent?.match(/Loading|Chargement/); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const meta: Meta = {
  title: 'Elements/Canned picker',
  component: 'ol-canned-picker',
  parameters: {
    docs: {
      description: {
        component:
          'The canned responses database (A9): search as you type (case and accents ignored), sections, most used first, a preview with placeholders filled and a warning for those that cannot be. Type in the search field, move with ↑/↓, press Enter to insert into the field above. "New canned response" saves one (M8). Runs on `MemoryAdapter` demo data.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Every response, by section, the most used first, with the preview of the active one. */
export const Sections: Story = {
  render: () => withField(adapterFor('en')),
  play: attach,
};

/** In French. */
export const SectionsFrench: Story = {
  name: 'Sections (fr)',
  args: { lang: 'fr' },
  render: () => html`<div lang="fr">${withField(adapterFor('fr'), { label: 'Message' })}</div>`,
  play: attach,
};

/** Dark theme. */
export const SectionsDark: Story = {
  name: 'Sections (dark)',
  parameters: { theme: 'dark' },
  render: () => withField(adapterFor('en')),
  play: attach,
};

/** French, dark theme. */
export const SectionsFrenchDark: Story = {
  name: 'Sections (fr, dark)',
  args: { lang: 'fr' },
  parameters: { theme: 'dark' },
  render: () => html`<div lang="fr">${withField(adapterFor('fr'))}</div>`,
  play: attach,
};

/** Search as you type: "livraison" finds the delivery responses, whatever the accents and case. */
export const Search: Story = {
  name: 'Search (fr)',
  args: { lang: 'fr' },
  render: () => html`<div lang="fr">${withField(adapterFor('fr'), { query: 'LIVRAISON' })}</div>`,
  play: attach,
};

/** A placeholder this chat cannot fill is listed before inserting, and kept literally. */
export const PlaceholderWarning: Story = {
  render: () => {
    const data = MemoryAdapter.demoData('en', NOW());
    // This client left no phone number.
    const chats = data.chats.map((chat) => (chat.id === CHAT_ID ? { ...chat, client: { id: chat.client.id, name: chat.client.name } } : chat));
    const canned: CannedResponse[] = [
      ...data.canned,
      { id: 'cr-phone', section: 'common', title: 'Call back', text: 'We will call you back at {client.phone}, {client.name}. Conversation {session.id}.', usageCount: 500 },
    ];
    return withField(new MemoryAdapter({ ...data, chats, canned }, { now: NOW }), { query: 'call back' });
  },
  play: attach,
};

/** Nothing found. */
export const NoResults: Story = {
  render: () => withField(adapterFor('en'), { query: 'zebra' }),
  play: attach,
};

/** An empty database. */
export const Empty: Story = {
  render: () => withField(new MemoryAdapter({ ...MemoryAdapter.demoData('en', NOW()), canned: [] }, { now: NOW })),
  play: attach,
};

/** While the responses load (the adapter here never answers; after the store's 30 s timeout the error shows). */
export const Loading: Story = {
  render: () => withField(adapterFor('en', { latency: 3_600_000 })),
};

/** Loading failed: the error and Retry. */
export const LoadError: Story = {
  name: 'Error',
  render: () => withField(adapterFor('en', { failures: { listCanned: 'Service unavailable' } })),
};

/** "New canned response": the save form (M8), in French. */
export const SaveForm: Story = {
  name: 'Save form (fr)',
  args: { lang: 'fr' },
  render: () => html`<div lang="fr">${withField(adapterFor('fr'))}</div>`,
  play: async (context) => {
    await attach(context);
    const picker = context.canvasElement.querySelector('ol-canned-picker')!;
    await loaded(picker);
    picker.shadowRoot!.querySelector<HTMLButtonElement>('.new')!.click();
    await picker.updateComplete;
  },
};

/** The save form on its own, prefilled from a message (as the message menu shows it). */
export const SaveFormFromMessage: Story = {
  name: 'Save form from a message (dark)',
  parameters: { theme: 'dark' },
  render: () => html`<div style="max-inline-size: 420px; padding: 16px;">
    <ol-canned-save-form
      .adapter=${adapterFor('en')}
      .text=${'Your parcel ships [b]today[/b]; the tracking number follows by e-mail.'}
      from-message-id="m1"
      chat-id=${CHAT_ID}
    ></ol-canned-save-form>
  </div>`,
};

/** Without an adapter: responses given by property, events still fired. */
export const PropertiesOnly: Story = {
  render: () =>
    html`<div style="max-inline-size: 640px; padding: 16px;">
      <ol-canned-picker
        .responses=${MemoryAdapter.demoData('en', NOW()).canned.slice(0, 6)}
        .chat=${MemoryAdapter.demoData('en', NOW()).chats.find((c) => c.id === CHAT_ID)}
      ></ol-canned-picker>
    </div>`,
};

/** Right-to-left. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl">${withField(adapterFor('en'))}</div>`,
  play: attach,
};
