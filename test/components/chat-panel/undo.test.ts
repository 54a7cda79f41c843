import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { CHATS, actionButton, alertText, clickMenuItem, deepActive, demoAdapter, headerOf, headerRoot, panelOn, ignoreResizeObserverLoops } from './helpers.js';
import type { OlChatPanelElement } from '../../../src/components/chat-panel/ol-chat-panel.js';

const toast = (panel: OlChatPanelElement) => headerRoot(panel).querySelector('[role="status"] .toast');
const undoButton = (panel: OlChatPanelElement) => headerRoot(panel).querySelector<HTMLButtonElement>('[role="status"] .undo');
const stateOf = async (adapter: ReturnType<typeof demoAdapter>, id: string) => (await adapter.getChat(id)).state;

describe('<ol-chat-panel> finish and spam: undo window and confirmation', () => {
  ignoreResizeObserverLoops();

  afterEach(() => sinon.restore());

  it('A3: Finish waits 5 s behind an "Undo" toast (role=status), then fires ol-chat-finish and calls the adapter', async () => {
    const adapter = demoAdapter();
    const finish = sinon.spy(adapter, 'finish');
    const panel = await panelOn(CHATS.answered, adapter);
    const events: CustomEvent[] = [];
    panel.addEventListener('ol-chat-finish', (e) => events.push(e));
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    actionButton(panel, 'finish')!.click();
    await headerOf(panel)!.updateComplete;
    expect(toast(panel)!.textContent).to.contain('Conversation finished');
    expect(undoButton(panel)!.getAttribute('aria-label')).to.equal('Undo: Conversation finished');
    expect(actionButton(panel, 'finish')!.getAttribute('aria-disabled')).to.equal('true');
    await clock.tickAsync(4990);
    expect(events).to.have.length(0);
    expect(finish.called).to.equal(false);
    await clock.tickAsync(20);
    clock.restore();
    expect(events.map((e) => e.detail)).to.deep.equal([{ chatId: CHATS.answered }]);
    await waitUntil(() => finish.calledOnceWith(CHATS.answered));
    await waitUntil(() => headerRoot(panel).querySelector('.badge.state')?.textContent?.includes('finished'));
    expect(toast(panel)).to.equal(null);
    expect(await stateOf(adapter, CHATS.answered)).to.equal('closed');
  });

  it('Undo cancels without any event or adapter call, and gives focus back to the button', async () => {
    const adapter = demoAdapter();
    const finish = sinon.spy(adapter, 'finish');
    const panel = await panelOn(CHATS.answered, adapter, { undoMs: 1500 });
    let fired = 0;
    panel.addEventListener('ol-chat-finish', () => (fired += 1));
    actionButton(panel, 'finish')!.focus();
    await sendKeys({ press: 'Enter' });
    await headerOf(panel)!.updateComplete;
    undoButton(panel)!.focus();
    await sendKeys({ press: 'Enter' });
    await aTimeout(1600);
    expect(fired).to.equal(0);
    expect(finish.called).to.equal(false);
    expect(toast(panel)).to.equal(null);
    expect(deepActive()).to.equal(actionButton(panel, 'finish'));
    expect(await stateOf(adapter, CHATS.answered)).to.equal('answered');
  });

  it('A16: spam from the ⋯ menu says the client gets no rating form, then runs after the window', async () => {
    const adapter = demoAdapter();
    const spam = sinon.spy(adapter, 'markSpam');
    const panel = await panelOn(CHATS.answered, adapter, { undoMs: 60 });
    const fired = oneEvent(panel, 'ol-chat-spam');
    await clickMenuItem(panel, 'spam');
    expect(toast(panel)!.textContent).to.contain('Conversation marked as spam');
    expect(spam.called).to.equal(false);
    expect((await fired).detail).to.deep.equal({ chatId: CHATS.answered });
    await waitUntil(() => spam.calledOnce);
    await waitUntil(() => headerRoot(panel).querySelector('.notice')?.textContent?.includes('marked as spam'));
    expect(await stateOf(adapter, CHATS.answered)).to.equal('spam');
  });

  it('N2: spam from a waiting chat, undone', async () => {
    const adapter = demoAdapter();
    const spam = sinon.spy(adapter, 'markSpam');
    const panel = await panelOn(CHATS.waiting, adapter, { undoMs: 60 });
    actionButton(panel, 'spam')!.click();
    await headerOf(panel)!.updateComplete;
    undoButton(panel)!.click();
    await aTimeout(120);
    expect(spam.called).to.equal(false);
    expect(await stateOf(adapter, CHATS.waiting)).to.equal('new');
  });

  it('preventDefault() on the event at the end of the window stops the adapter call', async () => {
    const adapter = demoAdapter();
    const finish = sinon.spy(adapter, 'finish');
    const panel = await panelOn(CHATS.answered, adapter, { undoMs: 30 });
    panel.addEventListener('ol-chat-finish', (e) => e.preventDefault());
    const fired = oneEvent(panel, 'ol-chat-finish');
    actionButton(panel, 'finish')!.click();
    await fired;
    await aTimeout(30);
    expect(finish.called).to.equal(false);
    expect(headerRoot(panel).querySelector('.badge.state')!.textContent).to.contain('In progress');
  });

  it('a failure at the end of the window rolls back and shows the error', async () => {
    const adapter = demoAdapter({ latency: 10 });
    adapter.failNext('finish', 'Session locked');
    const panel = await panelOn(CHATS.answered, adapter, { undoMs: 30 });
    actionButton(panel, 'finish')!.click();
    await waitUntil(() => alertText(panel));
    expect(alertText(panel)).to.contain('Could not finish the conversation').and.to.contain('Session locked');
    expect(headerRoot(panel).querySelector('.badge.state')!.textContent).to.contain('In progress');
  });

  it('is carried out at once when the panel is removed during the window', async () => {
    const adapter = demoAdapter();
    const finish = sinon.spy(adapter, 'finish');
    const panel = await panelOn(CHATS.answered, adapter, { undoMs: 10_000 });
    const fired = oneEvent(panel, 'ol-chat-finish');
    actionButton(panel, 'finish')!.click();
    await headerOf(panel)!.updateComplete;
    panel.remove();
    expect((await fired).detail).to.deep.equal({ chatId: CHATS.answered });
    await waitUntil(() => finish.calledOnceWith(CHATS.answered));
  });

  it('is carried out at once, for the previous chat, when the panel switches chat during the window', async () => {
    const adapter = demoAdapter();
    const spam = sinon.spy(adapter, 'markSpam');
    const panel = await panelOn(CHATS.answered, adapter, { undoMs: 10_000 });
    await clickMenuItem(panel, 'spam');
    const fired = oneEvent(panel, 'ol-chat-spam');
    panel.chatId = CHATS.silent;
    expect((await fired).detail).to.deep.equal({ chatId: CHATS.answered });
    await waitUntil(() => spam.calledOnceWith(CHATS.answered));
    expect(toast(panel)).to.equal(null);
    expect(await stateOf(adapter, CHATS.answered)).to.equal('spam');
    expect(await stateOf(adapter, CHATS.silent)).to.equal('answered');
  });

  describe('undo-ms="0": confirmation instead', () => {
    it('asks in a labelled modal dialog; Escape cancels with focus back; Confirm finishes at once', async () => {
      const adapter = demoAdapter();
      const finish = sinon.spy(adapter, 'finish');
      const panel = await panelOn(CHATS.answered, adapter, { undoMs: 0 });
      const button = actionButton(panel, 'finish')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = () => headerRoot(panel).querySelector<HTMLDialogElement>('dialog.confirm')!;
      await waitUntil(() => dialog().open);
      expect(headerRoot(panel).getElementById(dialog().getAttribute('aria-labelledby')!)!.textContent).to.equal(
        'Finish the conversation?',
      );
      expect(deepActive()!.textContent!.trim()).to.equal('Cancel');
      await expect(panel).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog().open);
      await waitUntil(() => deepActive() === button, 'focus did not return to Finish');
      expect(finish.called).to.equal(false);

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog().open);
      const fired = oneEvent(panel, 'ol-chat-finish');
      await sendKeys({ press: 'Tab' });
      expect(deepActive()!.textContent!.trim()).to.equal('Finish');
      await sendKeys({ press: 'Enter' });
      expect((await fired).detail).to.deep.equal({ chatId: CHATS.answered });
      await waitUntil(() => finish.calledOnce);
      expect(toast(panel)).to.equal(null);
    });

    it('spam asks too, saying the client will get no rating form', async () => {
      const adapter = demoAdapter();
      const spam = sinon.spy(adapter, 'markSpam');
      const panel = await panelOn(CHATS.waiting, adapter, { undoMs: 0 });
      actionButton(panel, 'spam')!.click();
      const dialog = () => headerRoot(panel).querySelector<HTMLDialogElement>('dialog.confirm')!;
      await waitUntil(() => dialog().open);
      expect(dialog().textContent).to.contain('will not receive the rating form');
      dialog().querySelector<HTMLButtonElement>('.primary')!.click();
      await waitUntil(() => spam.calledOnceWith(CHATS.waiting));
    });
  });
});
