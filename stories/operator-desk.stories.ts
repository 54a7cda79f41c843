import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { OlChatPanelElement } from '../src/components/chat-panel/chat-panel.component.js';
import '../src/components/chat-panel/ol-chat-panel.js';
import type { OlChatListElement } from '../src/components/chat-list/chat-list.component.js';
import '../src/components/chat-list/ol-chat-list.js';
import type { OlChatHistoryEvent, OlChatSelectEvent } from '../src/events/chat-events.js';

/** The UI language; demo data exists in English and French, the other languages show the English data. */
type Lang = 'en' | 'fr' | 'de' | 'es' | 'pt-BR' | 'ru' | 'ar';

/** The chat selected when the desk opens: a new conversation waiting for an answer. */
const FIRST_CHAT = 'c1';

/**
 * The whole desk: the chat list and the chat panel on one `MemoryAdapter`
 * (so they share one store), with the realtime simulation on. Selecting a
 * chat in the list shows it in the panel; "Message history" in the list
 * opens the panel's history dialog.
 */
function renderDesk(lang: Lang) {
  const adapter = MemoryAdapter.demo(lang === 'fr' ? 'fr' : 'en', { latency: [80, 250], realtime: { intervalMs: 7000 } });
  const panel = (event: Event) => (event.currentTarget as HTMLElement).querySelector<OlChatPanelElement>('ol-chat-panel')!;
  const list = (event: Event) => (event.currentTarget as HTMLElement).querySelector<OlChatListElement>('ol-chat-list')!;
  const onSelect = (event: OlChatSelectEvent) => {
    if (event.target !== list(event)) return;
    panel(event).chatId = event.detail.chatId;
  };
  const onHistory = (event: OlChatHistoryEvent) => {
    // Only the list's request: the panel's own history dialog fires this event too.
    if (event.target !== list(event)) return;
    const target = panel(event);
    target.chatId = event.detail.chatId;
    void target.showDialog('history');
  };
  return html`<div
    class="operator-desk"
    lang=${lang}
    dir=${lang === 'ar' ? 'rtl' : 'ltr'}
    style="display: grid; grid-template-columns: minmax(280px, 340px) minmax(0, 1fr); block-size: 100vh; background: var(--ol-color-surface);"
    @ol-chat-select=${onSelect}
    @ol-chat-history=${onHistory}
  >
    <ol-chat-list
      lang=${lang}
      group-waiting
      selected-chat-id=${FIRST_CHAT}
      .adapter=${adapter}
      style="block-size: 100vh; min-inline-size: 0; border-inline-end: 1px solid var(--ol-color-border);"
    ></ol-chat-list>
    <ol-chat-panel lang=${lang} chat-id=${FIRST_CHAT} .adapter=${adapter} style="block-size: 100vh; min-inline-size: 0;"></ol-chat-panel>
  </div>`;
}

const meta: Meta = {
  title: 'Operator desk',
  component: 'ol-chat-panel',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The Bitrix24 Open Channels flow end to end, by clicking: a new chat arrives (the simulation adds one now and then), select it in the list, Answer, reply in the composer (or from a message’s menu: Reply, Quote), Transfer to a colleague or an open channel, Finish (Undo within 5 s). The list and the panel share one `MemoryAdapter`, so every change shows in both at once.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The desk in English. */
export const Desk: Story = { name: 'Operator desk', render: () => renderDesk('en') };

/** Le poste de travail de l’agent, en français. */
export const DeskFrench: Story = { name: 'Operator desk (fr)', render: () => renderDesk('fr') };

/** Der Arbeitsplatz auf Deutsch. */
export const DeskGerman: Story = { name: 'Operator desk (de)', args: { lang: 'de' }, render: () => renderDesk('de') };

/** El escritorio en español. */
export const DeskSpanish: Story = { name: 'Operator desk (es)', args: { lang: 'es' }, render: () => renderDesk('es') };

/** O painel em português do Brasil. */
export const DeskPortuguese: Story = { name: 'Operator desk (pt-BR)', args: { lang: 'pt-BR' }, render: () => renderDesk('pt-BR') };

/** Рабочее место оператора на русском. */
export const DeskRussian: Story = { name: 'Operator desk (ru)', args: { lang: 'ru' }, render: () => renderDesk('ru') };

/** The desk in Arabic, right to left: the whole layout mirrors. */
export const DeskArabic: Story = { name: 'Operator desk (ar, right to left)', args: { lang: 'ar' }, render: () => renderDesk('ar') };
