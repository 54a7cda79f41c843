import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OlCrmDialogElement } from '../../../src/components/crm-dialog/ol-crm-dialog.js';
import '../../../src/components/crm-dialog/ol-crm-dialog.js';
import type { OlChatPanelElement } from '../../../src/components/chat-panel/ol-chat-panel.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { makeChat } from '../../helpers/fixtures.js';
import { CHATS, clickMenuItem, deepActive, dialogOf, headerRoot, panelOn, ignoreResizeObserverLoops } from '../chat-panel/helpers.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const entities = (dialog: OlCrmDialogElement) => [...dialog.shadowRoot!.querySelectorAll<HTMLElement>('.entity')];

describe('<ol-crm-dialog>', () => {
  ignoreResizeObserverLoops();

  it('N6, A14: from the ⋯ menu by keyboard, lists the linked records with real links that also fire ol-crm-open', async () => {
    const adapter = new MemoryAdapter();
    const chat = await adapter.getChat(CHATS.answered);
    const panel = await panelOn(CHATS.answered, adapter);
    const menuButton = headerRoot(panel).querySelector<HTMLButtonElement>('.menu-button')!;
    menuButton.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'l' }); // "Linked CRM records"
    expect(text(deepActive())).to.equal('Linked CRM records');
    await sendKeys({ press: 'Enter' });
    const dialog = await dialogOf<OlCrmDialogElement>(panel, 'ol-crm-dialog');
    expect(entities(dialog).map((e) => text(e.querySelector('.entity-text')))).to.deep.equal([
      `Contact ${chat.crm![0]!.title}`,
      `Deal ${chat.crm![1]!.title}`,
    ]);
    const link = entities(dialog)[1]!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(chat.crm![1]!.url);
    expect(link.getAttribute('rel')).to.contain('noopener');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(text(link)).to.equal('Show deal');
    // The host opens it itself here: stop the navigation, keep the event.
    dialog.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
    const fired = oneEvent(panel, 'ol-crm-open');
    link.focus();
    await sendKeys({ press: 'Enter' });
    const event = await fired;
    expect(event.cancelable).to.equal(false);
    expect(event.detail).to.deep.equal({ chatId: CHATS.answered, entity: chat.crm![1] });
    await expect(dialog).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => deepActive() === menuButton);
  });

  it('a record without a url is a button that fires ol-crm-open (properties-only panel)', async () => {
    const chat = makeChat({ id: 'k1', crm: [{ type: 'lead', id: '9', title: 'Lead: Anna' }] });
    const panel = await fixture<OlChatPanelElement>(
      html`<ol-chat-panel style="block-size: 500px" .chat=${chat} .me=${{ id: 'op-me', name: 'Me' }}></ol-chat-panel>`,
    );
    await waitUntil(() => headerRoot(panel)?.querySelector('.menu-button'));
    await clickMenuItem(panel, 'crm-dialog');
    const dialog = await dialogOf<OlCrmDialogElement>(panel, 'ol-crm-dialog');
    const button = entities(dialog)[0]!.querySelector('button')!;
    expect(text(button)).to.equal('Show lead');
    const fired = oneEvent(panel, 'ol-crm-open');
    button.click();
    expect((await fired).detail).to.deep.equal({ chatId: 'k1', entity: chat.crm![0] });
  });

  it('says when nothing is linked', async () => {
    const dialog = await fixture<OlCrmDialogElement>(html`<ol-crm-dialog chat-id=${CHATS.waiting} .adapter=${new MemoryAdapter()} open></ol-crm-dialog>`);
    await waitUntil(() => text(dialog.shadowRoot!.querySelector('.dialog-body')) === 'No linked CRM records');
    await expect(dialog).to.be.accessible();
  });
});
