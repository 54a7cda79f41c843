import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OlChatListElement } from '../../../src/components/chat-list/chat-list.component.js';
import type { Chat } from '../../../src/core/model.js';
import { makeChat } from '../../helpers/fixtures.js';
import { focusedChatId, ignoreResizeObserverLoops, layoutSettled, listAdapter, renderList, row, shadow, text } from './helpers.js';

const menu = (el: OlChatListElement) => shadow(el).querySelector('ol-chat-list-menu');

/** Tabs from a button placed before the list into it. */
async function tabIntoList(el: OlChatListElement): Promise<void> {
  const search = shadow(el).querySelector<HTMLInputElement>('.search input')!;
  search.focus();
  // Search field → settings gear → the list.
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Tab' });
}

function manyChats(count: number): Chat[] {
  const base = Date.UTC(2026, 10, 25, 12);
  return Array.from({ length: count }, (_, i) =>
    makeChat({
      id: `c${i}`,
      title: `Client ${String(i).padStart(6, '0')}`,
      client: { id: `k${i}`, name: `Client ${i}` },
      state: i % 50 === 0 ? 'new' : 'answered',
      operatorId: 'op-me',
      updatedAt: new Date(base - i * 1000).toISOString(),
      createdAt: new Date(base - i * 1000 - 60_000).toISOString(),
      waitingSince: new Date(base - i * 1000 - 60_000).toISOString(),
      unreadCount: i % 7 === 0 ? 1 : 0,
      lastMessage: { id: `m${i}`, authorKind: 'client', text: `Message [b]${i}[/b]`, createdAt: new Date(base - i * 1000).toISOString() },
    }),
  );
}

describe('ol-chat-list — keyboard', () => {
  ignoreResizeObserverLoops();

  it('has one tab stop; arrows move across groups skipping headers; Enter selects', async () => {
    const el = await renderList(html`<ol-chat-list group-waiting .adapter=${listAdapter()}></ol-chat-list>`);
    expect(shadow(el).querySelectorAll('[role="option"][tabindex="0"]')).to.have.length(1);
    await tabIntoList(el);
    expect(focusedChatId(el)).to.equal('wait-old');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedChatId(el)).to.equal('wait-young');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedChatId(el)).to.equal('pinned');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedChatId(el)).to.equal('wait-young');
    const selected = oneEvent(el, 'ol-chat-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ chatId: 'wait-young' });
    await el.updateComplete;
    expect(el.selectedChatId).to.equal('wait-young');
    expect(shadow(el).querySelectorAll('[role="option"][tabindex="0"]')).to.have.length(1);
    expect(row(el, 'wait-young')!.getAttribute('tabindex')).to.equal('0');
    // Tab leaves the list in one step.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('role')).not.to.equal('option');
  });

  it('goes to the ends with Home and End, by pages with PageUp and PageDown, and selects with Space', async () => {
    const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}></ol-chat-list>`);
    row(el, 'pinned')!.focus();
    await sendKeys({ press: 'End' });
    expect(focusedChatId(el)).to.equal('spam');
    await sendKeys({ press: 'Home' });
    expect(focusedChatId(el)).to.equal('pinned');
    await sendKeys({ press: 'PageDown' });
    expect(focusedChatId(el)).to.equal('spam');
    await sendKeys({ press: 'PageUp' });
    expect(focusedChatId(el)).to.equal('pinned');
    const selected = oneEvent(el, 'ol-chat-select');
    await sendKeys({ press: 'Space' });
    expect((await selected).detail.chatId).to.equal('pinned');
  });

  it('opens the context menu with Shift+F10 and the menu key; Enter chooses; Escape returns focus', async () => {
    const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}></ol-chat-list>`);
    row(el, 'active')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'F10' });
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => menu(el)?.shadowRoot?.activeElement, 'Shift+F10 did not open the menu');
    expect(text(menu(el)!.shadowRoot!.activeElement)).to.equal('Message history');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focusedChatId(el) === 'active', 'focus did not come back');
    expect(menu(el)).to.equal(null);

    await sendKeys({ press: 'ContextMenu' });
    await waitUntil(() => menu(el)?.shadowRoot?.activeElement, 'the menu key did not open the menu');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(text(menu(el)!.shadowRoot!.activeElement)).to.equal('Message history');
    const history = oneEvent(el, 'ol-chat-history');
    await sendKeys({ press: 'Enter' });
    expect((await history).detail).to.deep.equal({ chatId: 'active' });
    await waitUntil(() => focusedChatId(el) === 'active');
  });

  it('jumps by type-ahead on the chat title', async () => {
    const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}></ol-chat-list>`);
    row(el, 'pinned')!.focus();
    await sendKeys({ type: 'eve' });
    expect(focusedChatId(el)).to.equal('closed');
  });

  describe('100,000 chats (properties-only mode)', () => {
    const chats = manyChats(100_000);

    it('renders a window of rows, positions them in the whole set and reaches the end with End', async () => {
      const el = await renderList(html`<ol-chat-list group-waiting .chats=${chats}></ol-chat-list>`);
      const rendered = shadow(el).querySelectorAll('[role="option"]');
      expect(rendered.length).to.be.greaterThan(3).and.below(80);
      expect(rendered[0]!.getAttribute('aria-setsize')).to.equal('100000');
      expect(text(shadow(el).querySelector('.group-header'))).to.equal('Waiting for first response 2,000');
      (rendered[0] as HTMLElement).focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => (shadow(el).activeElement as HTMLElement | null)?.getAttribute('aria-posinset') === '100000', 'End did not reach the last row');
      expect(text(shadow(el).activeElement)).to.contain('Client 099999');
      expect(shadow(el).querySelectorAll('[role="option"]').length).to.be.below(80);
      await sendKeys({ press: 'ArrowUp' });
      expect((shadow(el).activeElement as HTMLElement).getAttribute('aria-posinset')).to.equal('99999');
      await sendKeys({ press: 'Home' });
      await waitUntil(() => (shadow(el).activeElement as HTMLElement | null)?.getAttribute('aria-posinset') === '1', 'Home did not reach the first row');
    });

    it('keeps its tab stop on the list when the active row is scrolled out of the rendered range', async () => {
      const el = await renderList(html`<ol-chat-list .chats=${chats.slice(0, 2000)}></ol-chat-list>`);
      const list = shadow(el).querySelector<HTMLElement>('[role="listbox"]')!;
      expect(list.getAttribute('tabindex')).to.equal('-1');
      // Scroll once the virtualizer has measured its first rows (it corrects the position until then).
      await layoutSettled(list);
      list.scrollTop = 60_000;
      await waitUntil(() => list.getAttribute('tabindex') === '0', 'the list did not take the tab stop');
      await tabIntoList(el);
      await waitUntil(() => focusedChatId(el) === 'c0', 'focus did not go back to the active row');
      await expect(el).to.be.accessible();
    });
  });
});
