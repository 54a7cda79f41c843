import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { markUnread } from '../../../src/core/actions.js';
import { storeFor } from '../../../src/core/store.js';
import type { OlChatListElement } from '../../../src/components/chat-list/chat-list.component.js';
import {
  ignoreResizeObserverLoops,
  layout,
  listAdapter,
  listData,
  renderList,
  row,
  rowIds,
  selectFocusedText,
  shadow,
  text,
} from './helpers.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

/** Clicks the middle of an element with a real mouse. */
async function click(element: Element, button: 'left' | 'right' = 'left'): Promise<void> {
  const rect = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)], button });
}

const menu = (el: OlChatListElement) => shadow(el).querySelector('ol-chat-list-menu');
const menuItems = (el: OlChatListElement) => [...menu(el)!.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];

async function openMenu(el: OlChatListElement, chatId: string): Promise<void> {
  await click(row(el, chatId)!, 'right');
  await waitUntil(() => menu(el) && menuItems(el).length > 0 && menu(el)!.shadowRoot!.activeElement, 'menu did not open');
}

describe('ol-chat-list — Messenger view', () => {
  ignoreResizeObserverLoops();

  it('renders my chats by default: one group by latest activity, pinned first, finished last', async () => {
    const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}></ol-chat-list>`);
    expect(el.view).to.equal('messenger');
    expect(el.groupWaiting).to.equal(false);
    expect(el.separateOpenChannels).to.equal(false);
    expect(layout(el)).to.deep.equal(['pinned', 'active', 'wait-young', 'mine-new', 'wait-old', '#finished', 'closed', 'spam']);
    const active = text(row(el, 'active'));
    expect(active).to.contain('Carla Active').and.contain('5 min').and.contain('Please check the total').and.contain('2 unread messages');
    expect(active).to.contain('Answered').and.contain('via Live chat');
    const pinned = text(row(el, 'pinned'));
    expect(pinned).to.contain('Locked as mine').and.contain('Silent mode');
    const waiting = text(row(el, 'wait-old'));
    expect(waiting).to.contain('Bonjour, où est mon colis ?').and.contain('New').and.contain('Waiting for 3 h').and.contain('In the queue');
    expect(waiting).not.to.contain('[b]');
    expect(text(row(el, 'spam'))).to.contain('Spam');
    expect(text(row(el, 'closed'))).to.contain('Closed');
    expect(row(el, 'wait-old')!.querySelector('.channel-badge svg')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('reflects its properties to attributes', async () => {
    const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}></ol-chat-list>`);
    el.groupWaiting = true;
    el.separateOpenChannels = true;
    el.selectedChatId = 'active';
    await el.updateComplete;
    expect(el.hasAttribute('group-waiting')).to.equal(true);
    expect(el.hasAttribute('separate-open-channels')).to.equal(true);
    expect(el.getAttribute('selected-chat-id')).to.equal('active');
    expect(el.getAttribute('view')).to.equal('messenger');
    await waitUntil(() => row(el, 'active')?.getAttribute('aria-selected') === 'true', 'the row is not selected');
    el.setAttribute('selected-chat-id', 'pinned');
    await el.updateComplete;
    expect(el.selectedChatId).to.equal('pinned');
  });

  it('with group-waiting (S2), shows the waiting group longest-waiting first, then in progress', async () => {
    const el = await renderList(html`<ol-chat-list group-waiting .adapter=${listAdapter()}></ol-chat-list>`);
    expect(layout(el)).to.deep.equal([
      '#waiting', 'wait-old', 'mine-new', 'wait-young',
      '#active', 'pinned', 'active',
      '#finished', 'closed', 'spam',
    ]);
    const headers = [...shadow(el).querySelectorAll('.group-header')].map(text);
    expect(headers).to.deep.equal(['Waiting for first response 3', 'In progress 2', 'Finished 2']);
    expect(rowIds(el)).not.to.include('other-queue').and.not.to.include('other-op');
    await expect(el).to.be.accessible();
  });

  it('numbers rows with aria-posinset and aria-setsize, group headers left out', async () => {
    const el = await renderList(html`<ol-chat-list group-waiting .adapter=${listAdapter()}></ol-chat-list>`);
    const first = row(el, 'wait-old')!;
    const pinned = row(el, 'pinned')!;
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    expect(pinned.getAttribute('aria-posinset')).to.equal('4');
    expect(pinned.getAttribute('aria-setsize')).to.equal('7');
    expect(shadow(el).querySelector('.group-header')!.hasAttribute('tabindex')).to.equal(false);
  });

  it('selecting a row fires ol-chat-select, reflects selected-chat-id and marks the chat read', async () => {
    const adapter = listAdapter();
    const markRead = sinon.spy(adapter, 'markRead');
    const el = await renderList(html`<ol-chat-list .adapter=${adapter}></ol-chat-list>`);
    const selected = oneEvent(el, 'ol-chat-select');
    await click(row(el, 'active')!);
    const event = await selected;
    expect(event.detail).to.deep.equal({ chatId: 'active' });
    expect(event.cancelable).to.equal(false);
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('selected-chat-id')).to.equal('active');
    expect(row(el, 'active')!.getAttribute('aria-selected')).to.equal('true');
    expect(markRead).to.have.been.calledOnceWith('active');
    await waitUntil(() => !row(el, 'active')!.querySelector('.unread'), 'the unread counter stayed');
  });

  it('shows an unread counter that another element brought back (shared store)', async () => {
    const adapter = listAdapter();
    const el = await renderList(html`<ol-chat-list .adapter=${adapter}></ol-chat-list>`);
    const store = storeFor(adapter);
    await store.loadMessages('active');
    const other = document.createElement('div');
    await markUnread(store, other, 'active', 'm2');
    await waitUntil(() => text(row(el, 'active')!.querySelector('.unread')) === '2');
    store.patchChat('closed', { unreadCount: 4 });
    await waitUntil(() => text(row(el, 'closed')!.querySelector('.unread')) === '4', 'patchChat did not show');
    expect(text(row(el, 'closed'))).to.contain('4 unread messages');
  });

  describe('context menu', () => {
    it('opens on right click with Message history and Rename, and history fires ol-chat-history', async () => {
      const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}></ol-chat-list>`);
      await openMenu(el, 'active');
      expect(menuItems(el).map(text)).to.deep.equal(['Message history', 'Rename']);
      expect(menu(el)!.shadowRoot!.querySelector('[role="menu"]')!.getAttribute('aria-label')).to.equal('Actions for Carla Active');
      await expect(el).to.be.accessible();
      const history = oneEvent(el, 'ol-chat-history');
      await click(menuItems(el)[0]!);
      const event = await history;
      expect(event.detail).to.deep.equal({ chatId: 'active' });
      await el.updateComplete;
      expect(menu(el)).to.equal(null);
    });

    it('opens from the ⋯ affordance of a row', async () => {
      const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}></ol-chat-list>`);
      await click(row(el, 'pinned')!);
      await el.updateComplete;
      await click(row(el, 'pinned')!.querySelector('.more')!);
      await waitUntil(() => menu(el));
      const box = menu(el)!.shadowRoot!.querySelector('[role="menu"]')!.getBoundingClientRect();
      const more = row(el, 'pinned')!.querySelector('.more')!.getBoundingClientRect();
      expect(box.top).to.be.greaterThan(more.bottom - 1);
    });

    it('hides actions the adapter cannot do', async () => {
      const el = await renderList(html`<ol-chat-list .adapter=${listAdapter({ omit: ['searchHistory'] })}></ol-chat-list>`);
      await openMenu(el, 'active');
      expect(menuItems(el).map(text)).to.deep.equal(['Rename']);
    });

    it('closes on Escape and gives focus back to the row', async () => {
      const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}></ol-chat-list>`);
      await openMenu(el, 'active');
      await sendKeys({ press: 'ArrowDown' });
      expect(text(menu(el)!.shadowRoot!.activeElement)).to.equal('Rename');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(menu(el)).to.equal(null);
      await waitUntil(() => shadow(el).activeElement === row(el, 'active'), 'focus did not return to the row');
    });
  });

  describe('rename (L3)', () => {
    async function startRename(el: OlChatListElement, chatId: string): Promise<HTMLInputElement> {
      await openMenu(el, chatId);
      await click(menuItems(el).find((item) => text(item) === 'Rename')!);
      await waitUntil(() => shadow(el).activeElement?.id === 'rename-input', 'the rename field did not get focus');
      return shadow(el).querySelector<HTMLInputElement>('#rename-input')!;
    }

    it('edits the title in the row: Enter saves through the adapter with ol-chat-rename', async () => {
      const adapter = listAdapter();
      const el = await renderList(html`<ol-chat-list .adapter=${adapter}></ol-chat-list>`);
      const input = await startRename(el, 'active');
      expect(input.value).to.equal('Carla Active');
      await expect(el).to.be.accessible();
      await sendKeys({ type: '  Carla — invoice  ' });
      const renamed = oneEvent(el, 'ol-chat-rename');
      await sendKeys({ press: 'Enter' });
      const event = await renamed;
      expect(event.detail).to.deep.equal({ chatId: 'active', title: 'Carla — invoice' });
      expect(event.cancelable).to.equal(true);
      await waitUntil(() => !shadow(el).querySelector('.rename'), 'the editor stayed open');
      expect(text(row(el, 'active')!.querySelector('.title'))).to.equal('Carla — invoice');
      expect((await adapter.getChat('active')).title).to.equal('Carla — invoice');
      await waitUntil(() => shadow(el).activeElement === row(el, 'active'));
    });

    it('does nothing more when the host prevents ol-chat-rename', async () => {
      const adapter = listAdapter();
      const renameChat = sinon.spy(adapter, 'renameChat');
      const el = await renderList(html`<ol-chat-list .adapter=${adapter}></ol-chat-list>`);
      el.addEventListener('ol-chat-rename', (event) => event.preventDefault());
      await startRename(el, 'active');
      await sendKeys({ type: 'X' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !shadow(el).querySelector('.rename'));
      expect(renameChat).not.to.have.been.called;
      expect(text(row(el, 'active')!.querySelector('.title'))).to.equal('Carla Active');
    });

    it('refuses an empty or blank title with a message', async () => {
      const adapter = listAdapter();
      const renameChat = sinon.spy(adapter, 'renameChat');
      const el = await renderList(html`<ol-chat-list .adapter=${adapter}></ol-chat-list>`);
      const fired = sinon.spy();
      el.addEventListener('ol-chat-rename', fired);
      await startRename(el, 'active');
      await sendKeys({ type: '   ' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const alert = shadow(el).querySelector('.rename [role="alert"]');
      expect(text(alert)).to.equal('The chat name cannot be empty');
      expect(shadow(el).querySelector('#rename-input')!.getAttribute('aria-invalid')).to.equal('true');
      expect(fired).not.to.have.been.called;
      expect(renameChat).not.to.have.been.called;
      await expect(el).to.be.accessible();
    });

    it('rolls the title back on failure, shows the error and keeps what was typed', async () => {
      const adapter = listAdapter({ latency: 30 });
      adapter.failNext('renameChat', 'Title refused by the portal');
      const el = await renderList(html`<ol-chat-list .adapter=${adapter}></ol-chat-list>`);
      const errors = sinon.spy();
      el.addEventListener('ol-error', errors);
      const input = await startRename(el, 'active');
      await sendKeys({ type: 'Nouveau titre' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(row(el, 'active')!.querySelector('.title')) === 'Nouveau titre', 'no optimistic title');
      await waitUntil(() => shadow(el).querySelector('.rename [role="alert"]'), 'no error shown');
      expect(text(shadow(el).querySelector('.rename [role="alert"]'))).to.contain('Could not rename the chat').and.contain('Title refused by the portal');
      expect(text(row(el, 'active')!.querySelector('.title'))).to.equal('Carla Active');
      expect(input.value).to.equal('Nouveau titre');
      expect(errors).to.have.been.calledOnce;
      expect(errors.firstCall.args[0].detail.action).to.equal('ol-chat-rename');
      await expect(el).to.be.accessible();
    });

    it('Escape cancels without an event and F2 starts renaming from the keyboard', async () => {
      const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}></ol-chat-list>`);
      const fired = sinon.spy();
      el.addEventListener('ol-chat-rename', fired);
      row(el, 'pinned')!.focus();
      await sendKeys({ press: 'F2' });
      await waitUntil(() => shadow(el).activeElement?.id === 'rename-input');
      await sendKeys({ type: 'zzz' });
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !shadow(el).querySelector('.rename'));
      expect(fired).not.to.have.been.called;
      expect(text(row(el, 'pinned')!.querySelector('.title'))).to.equal('Dan Pinned');
      await waitUntil(() => shadow(el).activeElement === row(el, 'pinned'));
    });
  });

  describe('settings (S1, S2)', () => {
    const settings = (el: OlChatListElement) => shadow(el).querySelector('ol-chat-list-settings')!;
    const switches = (el: OlChatListElement) => [...settings(el).shadowRoot!.querySelectorAll<HTMLInputElement>('input[role="switch"]')];

    async function openSettings(el: OlChatListElement): Promise<void> {
      await click(settings(el).shadowRoot!.querySelector('.gear')!);
      await waitUntil(() => switches(el).length === 2);
    }

    it('shows both settings behind the gear and fires ol-settings-change for S2', async () => {
      const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}></ol-chat-list>`);
      await openSettings(el);
      expect(settings(el).shadowRoot!.querySelector('.gear')!.getAttribute('aria-expanded')).to.equal('true');
      expect(switches(el).map((input) => text(input.parentElement))).to.deep.equal([
        'Show open channels in a separate tab',
        'Show “Waiting for first response” chats in individual groups',
      ]);
      await expect(el).to.be.accessible();
      const changed = oneEvent(el, 'ol-settings-change');
      await click(switches(el)[1]!);
      const event = await changed;
      expect(event.detail).to.deep.equal({ separateOpenChannels: false, groupWaiting: true });
      expect(event.cancelable).to.equal(true);
      await el.updateComplete;
      expect(el.groupWaiting).to.equal(true);
      expect(el.hasAttribute('group-waiting')).to.equal(true);
      expect(layout(el)[0]).to.equal('#waiting');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(switches(el)).to.have.length(0);
      expect(settings(el).shadowRoot!.activeElement).to.equal(settings(el).shadowRoot!.querySelector('.gear'));
    });

    it('keeps a setting when the host prevents the change', async () => {
      const el = await renderList(html`<ol-chat-list group-waiting .adapter=${listAdapter()}></ol-chat-list>`);
      el.addEventListener('ol-settings-change', (event) => event.preventDefault());
      await openSettings(el);
      expect(switches(el)[1]!.checked).to.equal(true);
      const changed = oneEvent(el, 'ol-settings-change');
      await click(switches(el)[1]!);
      expect((await changed).detail).to.deep.equal({ separateOpenChannels: false, groupWaiting: false });
      await el.updateComplete;
      await settings(el).updateComplete;
      expect(el.groupWaiting).to.equal(true);
      expect(switches(el)[1]!.checked).to.equal(true);
      expect(layout(el)[0]).to.equal('#waiting');
    });

    it('S1 separates open-channel chats from colleague chats in two tabs', async () => {
      const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}><p slot="colleagues">Team chat with Priya</p></ol-chat-list>`);
      await openSettings(el);
      const changed = oneEvent(el, 'ol-settings-change');
      await click(switches(el)[0]!);
      expect((await changed).detail).to.deep.equal({ separateOpenChannels: true, groupWaiting: false });
      await el.updateComplete;
      expect(el.hasAttribute('separate-open-channels')).to.equal(true);
      const tabs = [...shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')];
      expect(tabs.map(text)).to.deep.equal(['Open channels', 'Chats']);
      expect(tabs[0]!.getAttribute('aria-selected')).to.equal('true');
      expect(shadow(el).querySelector<HTMLElement>('#panel-open-channels')!.hidden).to.equal(false);
      await expect(el).to.be.accessible();
      tabs[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(tabs[1]);
      expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
      expect(shadow(el).querySelector<HTMLElement>('#panel-open-channels')!.hidden).to.equal(true);
      const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="colleagues"]')!;
      expect(slot.assignedElements().map(text)).to.deep.equal(['Team chat with Priya']);
      await expect(el).to.be.accessible();
    });

    it('S1 shows an empty state in the Chats tab when the host gives no colleague chats', async () => {
      const el = await renderList(html`<ol-chat-list separate-open-channels .adapter=${listAdapter()}></ol-chat-list>`);
      await click(shadow(el).querySelectorAll('[role="tab"]')[1]!);
      await el.updateComplete;
      expect(text(shadow(el).querySelector('#panel-colleagues'))).to.equal('No conversations yet');
    });
  });

  describe('search', () => {
    const searchBox = (el: OlChatListElement) => shadow(el).querySelector<HTMLInputElement>('.search input')!;

    it('filters by name, title and message text after a short pause, without case or accents', async () => {
      const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}></ol-chat-list>`);
      searchBox(el).focus();
      await sendKeys({ type: 'ELODIE' });
      await el.updateComplete;
      expect(rowIds(el)).to.have.length(7);
      await waitUntil(() => rowIds(el).length === 1, 'the search did not apply');
      expect(rowIds(el)).to.deep.equal(['wait-old']);
      expect(text(shadow(el).querySelector('[role="status"].visually-hidden'))).to.equal('1 result');
      selectFocusedText(el);
      await sendKeys({ type: 'total' });
      await waitUntil(() => rowIds(el).join() === 'active', 'message text not searched');
      selectFocusedText(el);
      await sendKeys({ type: 'colis' });
      await waitUntil(() => rowIds(el).join() === 'wait-old', 'BBCode text not searched');
    });

    it('clears at once with the clear button and says when nothing matches', async () => {
      const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}></ol-chat-list>`);
      searchBox(el).focus();
      await sendKeys({ type: 'nobody here' });
      await waitUntil(() => shadow(el).querySelector('.empty'));
      expect(text(shadow(el).querySelector('.empty'))).to.equal('Nothing found for “nobody here”');
      await expect(el).to.be.accessible();
      await click(shadow(el).querySelector('.search .clear')!);
      await el.updateComplete;
      expect(searchBox(el).value).to.equal('');
      await waitUntil(() => rowIds(el).length === 7, 'the chats did not come back');
      expect(shadow(el).activeElement).to.equal(searchBox(el));
    });

    it('asks the adapter for matches beyond the loaded pages', async () => {
      const data = listData();
      for (let i = 0; i < 60; i += 1) {
        data.chats.push({ ...data.chats[3]!, id: `filler-${i}`, title: `Filler ${i}`, client: { id: `f${i}`, name: `Filler ${i}` }, updatedAt: new Date(Date.now() - i * 1000).toISOString() });
      }
      data.messages.push({ id: 'old-msg', chatId: 'closed', authorKind: 'client', text: 'serial number XK-77', createdAt: data.chats[5]!.createdAt });
      data.messages.push({ id: 'last-msg', chatId: 'closed', authorKind: 'client', text: 'thanks', createdAt: data.chats[5]!.updatedAt });
      const adapter = listAdapter({}, data);
      const listChats = sinon.spy(adapter, 'listChats');
      const el = await renderList(html`<ol-chat-list page-size="20" .adapter=${adapter}></ol-chat-list>`);
      expect(rowIds(el)).not.to.include('closed');
      searchBox(el).focus();
      await sendKeys({ type: 'xk-77' });
      await waitUntil(() => rowIds(el).join() === 'closed', 'the backend match did not show');
      const searches = listChats.getCalls().filter((call) => call.args[0]?.filter?.search !== undefined);
      expect(searches.map((call) => call.args[0]?.filter)).to.deep.equal([{ mine: true, search: 'xk-77' }]);
    });
  });

  describe('states', () => {
    it('shows loading, then an error with Retry when the adapter fails, then the chats', async () => {
      const adapter = listAdapter({ failures: { listChats: 'Portal unreachable' } });
      const el = await renderList(html`<ol-chat-list .adapter=${adapter}></ol-chat-list>`, { rows: false });
      await waitUntil(() => shadow(el).querySelector('.empty[role="alert"]'), 'no error state');
      expect(text(shadow(el).querySelector('.empty'))).to.contain('Could not load the chats');
      await expect(el).to.be.accessible();
      adapter.clearFailures();
      await click(shadow(el).querySelector('.empty button')!);
      await waitUntil(() => rowIds(el).length > 0, 'Retry did not load');
    });

    it('says when it is loading', async () => {
      const adapter = listAdapter({ latency: 400 });
      const el = await renderList(html`<ol-chat-list .adapter=${adapter}></ol-chat-list>`, { rows: false });
      expect(text(shadow(el).querySelector('.empty[role="status"]'))).to.equal('Loading…');
      await expect(el).to.be.accessible();
      await waitUntil(() => rowIds(el).length > 0, 'never loaded', { timeout: 4000 });
    });

    it('has an empty state', async () => {
      const el = await renderList(html`<ol-chat-list .adapter=${listAdapter({}, { ...listData(), chats: [], messages: [] })}></ol-chat-list>`, { rows: false });
      await waitUntil(() => text(shadow(el).querySelector('.empty')) === 'No conversations yet');
      await expect(el).to.be.accessible();
    });

    it('speaks French with lang="fr"', async () => {
      const el = await renderList(html`<ol-chat-list lang="fr" group-waiting .adapter=${listAdapter()}></ol-chat-list>`);
      const headers = [...shadow(el).querySelectorAll('.group-header')].map(text);
      expect(headers).to.deep.equal(['En attente de la première réponse 3', 'En cours 2', 'Terminés 2']);
      expect(text(row(el, 'wait-old'))).to.contain('En attente depuis 3 h').and.contain("Dans la file d'attente");
      expect(shadow(el).querySelector('.search input')!.getAttribute('aria-label')).to.equal('Rechercher des chats');
      await expect(el).to.be.accessible();
    });
  });

  it('waits briefly before searching (debounce)', async () => {
    const el = await renderList(html`<ol-chat-list .adapter=${listAdapter()}></ol-chat-list>`);
    shadow(el).querySelector<HTMLInputElement>('.search input')!.focus();
    await sendKeys({ type: 'carla' });
    await aTimeout(50);
    expect(rowIds(el)).to.have.length(7);
    await aTimeout(200);
    expect(rowIds(el)).to.deep.equal(['active']);
  });
});
