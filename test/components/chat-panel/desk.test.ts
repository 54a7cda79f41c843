import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/components/chat-list/ol-chat-list.js';
import type { OlChatListElement } from '../../../src/components/chat-list/ol-chat-list.js';
import type { OlChatPanelElement } from '../../../src/components/chat-panel/ol-chat-panel.js';
import type { OlTransferDialogElement } from '../../../src/components/transfer-dialog/ol-transfer-dialog.js';
import { actionButton, dialogOf, headerRoot, ignoreResizeObserverLoops } from './helpers.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The operator desk of the stories (list + panel on one adapter) driven by
 * clicks: a new chat arrives, it is selected, answered, replied to and
 * finished; another one is transferred to an open channel.
 */
describe('operator desk: <ol-chat-list> and <ol-chat-panel> on one adapter', () => {
  // The list and the timeline are virtualized: their benign ResizeObserver loop warning must not fail the tests.
  ignoreResizeObserverLoops();

  async function desk() {
    const adapter = new MemoryAdapter();
    const root = await fixture<HTMLElement>(html`<div style="display: grid; grid-template-columns: 340px 1fr; block-size: 700px;">
      <ol-chat-list .adapter=${adapter} style="block-size: 700px"></ol-chat-list>
      <ol-chat-panel .adapter=${adapter} undo-ms="50" style="block-size: 700px"></ol-chat-panel>
    </div>`);
    const list = root.querySelector<OlChatListElement>('ol-chat-list')!;
    const panel = root.querySelector<OlChatPanelElement>('ol-chat-panel')!;
    root.addEventListener('ol-chat-select', (e) => {
      if (e.target === list) panel.chatId = e.detail.chatId;
    });
    await list.updateComplete;
    return { adapter, list, panel };
  }
  const row = (list: OlChatListElement, chatId: string) =>
    list.shadowRoot!.querySelector<HTMLElement>(`[part~="row"][data-chat-id="${chatId}"]`);

  it('new chat → select → Answer → reply → Finish, all shown in both', async () => {
    const { adapter, list, panel } = await desk();
    await waitUntil(() => row(list, 'c1'), 'the list did not load', { timeout: 5000 });
    const arrived = adapter.simulateNewChat({ clientName: 'Zoé Newcomer', text: 'Hello, anyone there?' });
    await waitUntil(() => row(list, arrived.id), 'the new chat is not in the list');
    row(list, arrived.id)!.click();
    await waitUntil(() => panel.chatId === arrived.id && text(headerRoot(panel)?.querySelector('.title')) === 'Zoé Newcomer');
    await waitUntil(() => actionButton(panel, 'answer'));
    actionButton(panel, 'answer')!.click();
    await waitUntil(() => actionButton(panel, 'finish'), 'not answered');
    // Reply in the composer.
    const composer = panel.shadowRoot!.querySelector('ol-composer')!;
    await waitUntil(() => composer.shadowRoot!.querySelector('textarea:not([disabled])'), 'the composer is locked');
    composer.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.focus();
    await sendKeys({ type: 'Hi Zoé, how can I help?' });
    const sent = oneEvent(panel, 'ol-message-send');
    await sendKeys({ press: 'Enter' });
    expect((await sent).detail.text).to.equal('Hi Zoé, how can I help?');
    await waitUntil(async () => (await adapter.listMessages(arrived.id, { limit: 50 })).items.some((m) => m.text === 'Hi Zoé, how can I help?'));
    // Finish (the undo window is 50 ms here).
    actionButton(panel, 'finish')!.click();
    await waitUntil(() => text(headerRoot(panel).querySelector('.notice')).includes('This conversation is finished'), 'not finished');
    expect((await adapter.getChat(arrived.id)).state).to.equal('closed');
  });

  it('transfer to an open channel from the panel', async () => {
    const { adapter, list, panel } = await desk();
    await waitUntil(() => row(list, 'c3'), 'the list did not load', { timeout: 5000 });
    row(list, 'c3')!.click();
    await waitUntil(() => actionButton(panel, 'transfer'));
    actionButton(panel, 'transfer')!.click();
    const dialog = await dialogOf<OlTransferDialogElement>(panel, 'ol-transfer-dialog');
    const sales = [...dialog.shadowRoot!.querySelectorAll<HTMLElement>('[data-kind="queue"]')].find((o) => text(o).startsWith('Sales'))!;
    sales.click();
    await waitUntil(async () => (await adapter.getChat('c3')).queueId === 'q2');
    await waitUntil(() => text(headerRoot(panel).querySelector('.meta')).includes('Open channel: Sales'));
  });
});
