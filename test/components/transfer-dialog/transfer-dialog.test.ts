import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { OlTransferDialogElement } from '../../../src/components/transfer-dialog/ol-transfer-dialog.js';
import '../../../src/components/transfer-dialog/ol-transfer-dialog.js';
import { CHATS, actionButton, deepActive, dialogOf, headerRoot, panelOn, ignoreResizeObserverLoops } from '../chat-panel/helpers.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const options = (dialog: OlTransferDialogElement, kind: 'operator' | 'queue') =>
  [...dialog.shadowRoot!.querySelectorAll<HTMLElement>(`[role="option"][data-kind="${kind}"]`)];
const names = (dialog: OlTransferDialogElement, kind: 'operator' | 'queue') =>
  options(dialog, kind).map((o) => text(o.querySelector('.name')));

async function openDialog(chatId: string = CHATS.answered, adapter = new MemoryAdapter(), targets: 'all' | 'operators' = 'all') {
  const dialog = await fixture<OlTransferDialogElement>(
    html`<ol-transfer-dialog chat-id=${chatId} targets=${targets} .adapter=${adapter} open></ol-transfer-dialog>`,
  );
  await waitUntil(() => options(dialog, 'operator').length > 0, 'no operators');
  return { dialog, adapter };
}

describe('<ol-transfer-dialog>', () => {
  ignoreResizeObserverLoops();

  afterEach(() => sinon.restore());

  it('opens as a labelled modal dialog with employees (status, load, not me) and open channels in two sections', async () => {
    const { dialog } = await openDialog();
    const native = dialog.shadowRoot!.querySelector('dialog')!;
    expect(native.open).to.equal(true);
    expect(native.matches(':modal')).to.equal(true);
    expect(text(dialog.shadowRoot!.getElementById(native.getAttribute('aria-labelledby')!))).to.equal('Transfer the chat');
    expect(names(dialog, 'operator')).to.deep.equal(['Daniel Okafor', 'Priya Shah', 'Tom Becker', 'Lucía Fernández', 'Emma Novak']);
    const priya = options(dialog, 'operator')[1]!;
    expect(text(priya)).to.contain('Online').and.to.match(/\d+ chats?/);
    expect(names(dialog, 'queue')).to.deep.equal(['Website support', 'Sales', 'Delivery', 'VIP customers']);
    const vip = options(dialog, 'queue')[3]!;
    expect(vip.getAttribute('aria-disabled')).to.equal('true');
    expect(text(vip)).to.contain('Not accepting transfers');
    const listboxes = [...dialog.shadowRoot!.querySelectorAll('[role="listbox"]')].map((l) =>
      text(dialog.shadowRoot!.getElementById(l.getAttribute('aria-labelledby')!)),
    );
    expect(listboxes).to.deep.equal(['Employees', 'Open channels']);
    await expect(dialog).to.be.accessible();
  });

  it('N5: offers only employees for a waiting chat (targets="operators")', async () => {
    const { dialog } = await openDialog(CHATS.waiting, new MemoryAdapter(), 'operators');
    expect(options(dialog, 'queue')).to.have.length(0);
    expect(dialog.shadowRoot!.textContent).not.to.contain('Open channels');
  });

  it('filters both sections by the search text, ignoring case and accents', async () => {
    const { dialog } = await openDialog();
    await sendKeys({ type: 'lucia' });
    await dialog.updateComplete;
    expect(names(dialog, 'operator')).to.deep.equal(['Lucía Fernández']);
    expect(names(dialog, 'queue')).to.deep.equal([]);
    const input = dialog.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'sales';
    input.dispatchEvent(new Event('input'));
    await dialog.updateComplete;
    expect(names(dialog, 'operator')).to.deep.equal(['Tom Becker']);
    expect(names(dialog, 'queue')).to.deep.equal(['Sales']);
    input.value = 'zzz';
    input.dispatchEvent(new Event('input'));
    await dialog.updateComplete;
    expect(text(dialog.shadowRoot!.querySelector('[role="status"]'))).to.contain('zzz');
  });

  it('A2: by keyboard only, from the panel: search, arrows, Enter transfers to an employee and closes', async () => {
    const adapter = new MemoryAdapter();
    const transfer = sinon.spy(adapter, 'transfer');
    const panel = await panelOn(CHATS.answered, adapter);
    actionButton(panel, 'transfer')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await dialogOf<OlTransferDialogElement>(panel, 'ol-transfer-dialog');
    await waitUntil(() => deepActive()?.matches('input[type="search"]'), 'focus is not in the search field');
    await sendKeys({ type: 'pri' });
    await sendKeys({ press: 'ArrowDown' });
    expect(text((deepActive() as HTMLElement).querySelector('.name'))).to.equal('Priya Shah');
    const fired = oneEvent(panel, 'ol-chat-transfer');
    await sendKeys({ press: 'Enter' });
    const event = await fired;
    expect(event.detail).to.deep.equal({ chatId: CHATS.answered, target: { kind: 'operator', id: 'u2' } });
    await waitUntil(() => transfer.calledOnceWith(CHATS.answered, { kind: 'operator', id: 'u2' }));
    await waitUntil(() => !dialog.open);
    // The chat is Priya's now: the header says so.
    await waitUntil(() => text(headerRoot(panel).querySelector('.notice')).includes('Priya Shah is handling this conversation'));
    // Focus did not fall to the page: it is back in the header.
    await waitUntil(() => headerRoot(panel).contains(deepActive()));
  });

  it('A2: an open channel, chosen with Tab and arrows; Enter on an inactive one does nothing', async () => {
    const adapter = new MemoryAdapter();
    const transfer = sinon.spy(adapter, 'transfer');
    const { dialog } = await openDialog(CHATS.answered, adapter);
    await sendKeys({ press: 'Tab' }); // employees
    await sendKeys({ press: 'Tab' }); // open channels
    expect(text((deepActive() as HTMLElement).querySelector('.name'))).to.equal('Website support');
    await sendKeys({ press: 'End' });
    expect(text((deepActive() as HTMLElement).querySelector('.name'))).to.equal('Delivery');
    const fired = oneEvent(dialog, 'ol-chat-transfer');
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail.target).to.deep.equal({ kind: 'queue', id: 'q3' });
    await waitUntil(() => transfer.calledOnce);
    await waitUntil(() => !dialog.open);
  });

  it('Escape closes it and focus returns to the Transfer button', async () => {
    const panel = await panelOn(CHATS.answered);
    const button = actionButton(panel, 'transfer')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await dialogOf<OlTransferDialogElement>(panel, 'ol-transfer-dialog');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => deepActive() === button, 'focus did not return');
  });

  it('preventDefault() stops the adapter call (the host transfers) and closes the dialog', async () => {
    const adapter = new MemoryAdapter();
    const transfer = sinon.spy(adapter, 'transfer');
    const { dialog } = await openDialog(CHATS.answered, adapter);
    dialog.addEventListener('ol-chat-transfer', (e) => e.preventDefault());
    options(dialog, 'operator')[0]!.click();
    await waitUntil(() => !dialog.open);
    expect(transfer.called).to.equal(false);
    expect((await adapter.getChat(CHATS.answered)).operatorId).to.equal('u1');
  });

  it('a failure is shown in the dialog (role="alert"), which stays open, and the chat is unchanged', async () => {
    const adapter = new MemoryAdapter(undefined, { latency: 10 });
    adapter.failNext('transfer', 'Queue is full');
    const { dialog } = await openDialog(CHATS.answered, adapter);
    const errored = oneEvent(dialog, 'ol-error');
    options(dialog, 'queue')[1]!.click();
    expect((await errored).detail.action).to.equal('ol-chat-transfer');
    await waitUntil(() => dialog.shadowRoot!.querySelector('[role="alert"]'));
    expect(text(dialog.shadowRoot!.querySelector('[role="alert"]'))).to.contain('Could not transfer the chat').and.to.contain('Queue is full');
    expect(dialog.open).to.equal(true);
    expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    expect((await adapter.getChat(CHATS.answered)).queueId).to.equal('q3');
    await expect(dialog).to.be.accessible();
  });
});
