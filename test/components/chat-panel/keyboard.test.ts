import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { CHATS, deepActive, demoAdapter, headerOf, headerRoot, panelOn, ignoreResizeObserverLoops } from './helpers.js';
import type { OlChatPanelElement } from '../../../src/components/chat-panel/ol-chat-panel.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const menuButton = (panel: OlChatPanelElement) => headerRoot(panel).querySelector<HTMLButtonElement>('.menu-button')!;
const menu = (panel: OlChatPanelElement) => headerRoot(panel).querySelector('[role="menu"]');
const focusedLabel = () => text((deepActive() as HTMLElement | null)?.querySelector('.menuitem-label'));
const title = (panel: OlChatPanelElement) => text(headerRoot(panel).querySelector('.title'));
const renameInput = (panel: OlChatPanelElement) => headerRoot(panel).querySelector<HTMLInputElement>('.rename-input');

describe('<ol-chat-panel> keyboard', () => {
  ignoreResizeObserverLoops();

  afterEach(() => sinon.restore());

  describe('the ⋯ menu button (WAI-ARIA menu button)', () => {
    it('opens with Enter on the first item, moves with arrows (wrapping), Home and End, and closes with Escape back on the button', async () => {
      const panel = await panelOn(CHATS.answered);
      const button = menuButton(panel);
      expect(button.getAttribute('aria-haspopup')).to.equal('menu');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(menu(panel)!.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(focusedLabel()).to.equal('Lock as mine');
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedLabel()).to.equal('Mark as spam');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedLabel()).to.equal('Lock as mine');
      await sendKeys({ press: 'End' });
      expect(focusedLabel()).to.equal('Mark as spam');
      await sendKeys({ press: 'Home' });
      expect(focusedLabel()).to.equal('Lock as mine');
      await expect(panel).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await headerOf(panel)!.updateComplete;
      expect(menu(panel)).to.equal(null);
      expect(deepActive()).to.equal(button);
    });

    it('Space on "Lock as mine" (menuitemcheckbox) pins: ol-chat-pin, a lock badge, aria-checked', async () => {
      const adapter = demoAdapter();
      const panel = await panelOn(CHATS.answered, adapter);
      menuButton(panel).focus();
      await sendKeys({ press: 'ArrowDown' });
      const fired = oneEvent(panel, 'ol-chat-pin');
      await sendKeys({ press: ' ' });
      expect((await fired).detail).to.deep.equal({ chatId: CHATS.answered, pinned: true });
      expect(deepActive()).to.equal(menuButton(panel));
      await waitUntil(() => headerRoot(panel).querySelector('.badge.pinned'));
      await sendKeys({ press: 'Enter' });
      expect(deepActive()!.getAttribute('aria-checked')).to.equal('true');
      expect((await adapter.getChat(CHATS.answered)).pinned).to.equal(true);
      await sendKeys({ press: 'Escape' });
    });

    it('closes on Tab and on a click outside', async () => {
      const panel = await panelOn(CHATS.answered);
      menuButton(panel).focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      await headerOf(panel)!.updateComplete;
      expect(menu(panel)).to.equal(null);
      menuButton(panel).click();
      await headerOf(panel)!.updateComplete;
      expect(menu(panel)).to.exist;
      const rect = headerRoot(panel).querySelector('.title')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(rect.left + 5), Math.round(rect.top + 5)] });
      await headerOf(panel)!.updateComplete;
      expect(menu(panel)).to.equal(null);
    });
  });

  describe('N1 rename, inline', () => {
    it('Enter saves: ol-chat-rename with the trimmed title, the adapter renames, focus back on the pencil', async () => {
      const adapter = demoAdapter();
      const rename = sinon.spy(adapter, 'renameChat');
      const panel = await panelOn(CHATS.waiting, adapter);
      const pencil = headerRoot(panel).querySelector<HTMLButtonElement>('.rename-button')!;
      expect(pencil.getAttribute('aria-label')).to.equal('Rename');
      pencil.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActive() === renameInput(panel));
      expect(renameInput(panel)!.value).to.equal('Sarah Johnson');
      expect(renameInput(panel)!.getAttribute('aria-label')).to.equal('Chat name');
      await sendKeys({ type: '  Sarah — checkout bug  ' });
      const fired = oneEvent(panel, 'ol-chat-rename');
      await sendKeys({ press: 'Enter' });
      expect((await fired).detail).to.deep.equal({ chatId: CHATS.waiting, title: 'Sarah — checkout bug' });
      expect(title(panel)).to.equal('Sarah — checkout bug');
      await waitUntil(() => rename.calledOnceWith(CHATS.waiting, 'Sarah — checkout bug'));
      await waitUntil(() => deepActive() === headerRoot(panel).querySelector('.rename-button'));
      expect((await adapter.getChat(CHATS.waiting)).title).to.equal('Sarah — checkout bug');
    });

    it('Escape cancels without any event', async () => {
      const panel = await panelOn(CHATS.waiting);
      let fired = 0;
      panel.addEventListener('ol-chat-rename', () => (fired += 1));
      headerRoot(panel).querySelector<HTMLButtonElement>('.rename-button')!.click();
      await waitUntil(() => deepActive() === renameInput(panel));
      await sendKeys({ type: 'Other' });
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !renameInput(panel));
      expect(fired).to.equal(0);
      expect(title(panel)).to.equal('Sarah Johnson');
      expect(deepActive()).to.equal(headerRoot(panel).querySelector('.rename-button'));
    });

    it('an empty title is refused with a message, and nothing is fired', async () => {
      const panel = await panelOn(CHATS.waiting);
      let fired = 0;
      panel.addEventListener('ol-chat-rename', () => (fired += 1));
      headerRoot(panel).querySelector<HTMLButtonElement>('.rename-button')!.click();
      await waitUntil(() => deepActive() === renameInput(panel));
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '   ' });
      await sendKeys({ press: 'Enter' });
      await headerOf(panel)!.updateComplete;
      expect(fired).to.equal(0);
      const input = renameInput(panel)!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const alert = headerRoot(panel).getElementById(input.getAttribute('aria-describedby')!)!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.equal('The chat name cannot be empty');
      expect(deepActive()).to.equal(input);
      await expect(panel).to.be.accessible();
    });

    it('preventDefault() keeps the title and does not call the adapter', async () => {
      const adapter = demoAdapter();
      const rename = sinon.spy(adapter, 'renameChat');
      const panel = await panelOn(CHATS.waiting, adapter);
      panel.addEventListener('ol-chat-rename', (e) => e.preventDefault());
      headerRoot(panel).querySelector<HTMLButtonElement>('.rename-button')!.click();
      await waitUntil(() => renameInput(panel));
      renameInput(panel)!.value = 'New';
      renameInput(panel)!.dispatchEvent(new Event('input'));
      renameInput(panel)!.form!.requestSubmit();
      await headerOf(panel)!.updateComplete;
      expect(rename.called).to.equal(false);
      expect(title(panel)).to.equal('Sarah Johnson');
    });

    it('a failure rolls the title back and reopens the field with what was typed and the error', async () => {
      const adapter = demoAdapter({ latency: 10 });
      adapter.failNext('renameChat', 'Title locked');
      const panel = await panelOn(CHATS.waiting, adapter);
      headerRoot(panel).querySelector<HTMLButtonElement>('.rename-button')!.click();
      await waitUntil(() => deepActive() === renameInput(panel));
      await sendKeys({ type: 'VIP Sarah' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => renameInput(panel) && headerRoot(panel).querySelector('[role="alert"]'));
      expect(renameInput(panel)!.value).to.equal('VIP Sarah');
      expect(text(headerRoot(panel).querySelector('[role="alert"]'))).to.contain('Could not rename the chat').and.contain('Title locked');
      expect(deepActive()).to.equal(renameInput(panel));
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => title(panel) === 'Sarah Johnson');
    });
  });

  it('N3 by keyboard: Enter on Answer answers, and focus stays in the header', async () => {
    const adapter = demoAdapter();
    const panel = await panelOn(CHATS.waiting, adapter);
    headerRoot(panel).querySelector<HTMLButtonElement>('[data-action="answer"]')!.focus();
    const fired = oneEvent(panel, 'ol-chat-answer');
    await sendKeys({ press: 'Enter' });
    await fired;
    await waitUntil(() => headerRoot(panel).querySelector('[data-action="finish"]'));
    await waitUntil(() => headerRoot(panel).contains(deepActive()), 'focus was lost');
    expect(text(deepActive())).to.equal('Invite users');
  });
});
