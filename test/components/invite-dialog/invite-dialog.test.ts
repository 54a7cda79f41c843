import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { OlInviteDialogElement } from '../../../src/components/invite-dialog/ol-invite-dialog.js';
import '../../../src/components/invite-dialog/ol-invite-dialog.js';
import { CHATS, actionButton, deepActive, dialogOf, panelOn, ignoreResizeObserverLoops } from '../chat-panel/helpers.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const boxes = (dialog: OlInviteDialogElement) => [...dialog.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const labelOf = (box: HTMLInputElement) => text(box.closest('label')!.querySelector('.name'));
const submit = (dialog: OlInviteDialogElement) => dialog.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;

async function openDialog(adapter = new MemoryAdapter(), chatId: string = CHATS.answered) {
  const dialog = await fixture<OlInviteDialogElement>(html`<ol-invite-dialog chat-id=${chatId} .adapter=${adapter} open></ol-invite-dialog>`);
  await waitUntil(() => boxes(dialog).length > 0, 'no operators');
  return dialog;
}

describe('<ol-invite-dialog>', () => {
  ignoreResizeObserverLoops();

  afterEach(() => sinon.restore());

  it('lists the employees (not me) as labelled checkboxes, Invite disabled until one is chosen', async () => {
    const dialog = await openDialog();
    expect(boxes(dialog).map(labelOf)).to.deep.equal(['Priya Shah', 'Tom Becker', 'Lucía Fernández', 'Daniel Okafor', 'Emma Novak']);
    expect(submit(dialog).disabled).to.equal(true);
    expect(text(dialog.shadowRoot!.querySelector('[aria-live]'))).to.equal('0 selected');
    const native = dialog.shadowRoot!.querySelector('dialog')!;
    expect(text(dialog.shadowRoot!.getElementById(native.getAttribute('aria-labelledby')!))).to.equal('Invite users to the chat');
    await expect(dialog).to.be.accessible();
  });

  it('A1: by keyboard only from the panel: Space checks two, the selection survives a search, Enter on Invite fires ol-chat-invite', async () => {
    const adapter = new MemoryAdapter();
    const invite = sinon.spy(adapter, 'invite');
    const panel = await panelOn(CHATS.answered, adapter);
    const button = actionButton(panel, 'invite')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await dialogOf<OlInviteDialogElement>(panel, 'ol-invite-dialog');
    await waitUntil(() => deepActive()?.matches('input[type="search"]'));
    await sendKeys({ press: 'Tab' }); // Priya
    await sendKeys({ press: ' ' });
    await sendKeys({ type: 'dan' }); // typing in a checkbox does nothing
    const search = dialog.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'daniel' });
    await dialog.updateComplete;
    expect(boxes(dialog).map(labelOf)).to.deep.equal(['Daniel Okafor']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await dialog.updateComplete;
    expect(text(dialog.shadowRoot!.querySelector('[aria-live]'))).to.equal('2 selected');
    submit(dialog).focus();
    const fired = oneEvent(panel, 'ol-chat-invite');
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail).to.deep.equal({ chatId: CHATS.answered, userIds: ['u2', 'u5'] });
    await waitUntil(() => invite.calledOnce);
    await waitUntil(() => !dialog.open);
    expect(adapter.invitedUsers(CHATS.answered)).to.deep.equal(['u2', 'u5']);
    await waitUntil(() => deepActive() === button, 'focus did not return to Invite');
  });

  it('Escape closes without inviting', async () => {
    const adapter = new MemoryAdapter();
    const invite = sinon.spy(adapter, 'invite');
    const dialog = await openDialog(adapter);
    boxes(dialog)[0]!.click();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(invite.called).to.equal(false);
  });

  it('preventDefault() stops the adapter call', async () => {
    const adapter = new MemoryAdapter();
    const invite = sinon.spy(adapter, 'invite');
    const dialog = await openDialog(adapter);
    dialog.addEventListener('ol-chat-invite', (e) => e.preventDefault());
    boxes(dialog)[1]!.click();
    await dialog.updateComplete;
    submit(dialog).click();
    await waitUntil(() => !dialog.open);
    expect(invite.called).to.equal(false);
  });

  it('a failure shows role="alert" in the dialog and keeps the selection', async () => {
    const adapter = new MemoryAdapter(undefined, { latency: 10 });
    adapter.failNext('invite', 'Not allowed');
    const dialog = await openDialog(adapter);
    boxes(dialog)[2]!.click();
    await dialog.updateComplete;
    submit(dialog).click();
    await waitUntil(() => dialog.shadowRoot!.querySelector('[role="alert"]'));
    expect(text(dialog.shadowRoot!.querySelector('[role="alert"]'))).to.contain('Could not invite the users').and.to.contain('Not allowed');
    expect(dialog.open).to.equal(true);
    expect(boxes(dialog)[2]!.checked).to.equal(true);
    expect(adapter.invitedUsers(CHATS.answered)).to.deep.equal([]);
    await expect(dialog).to.be.accessible();
  });
});
