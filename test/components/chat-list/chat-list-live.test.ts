import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { OlChatListElement } from '../../../src/components/chat-list/chat-list.component.js';
import type { MemoryData } from '../../../src/adapters/memory/index.js';
import { storeFor } from '../../../src/core/store.js';
import { makeChat } from '../../helpers/fixtures.js';
import { ago, ignoreResizeObserverLoops, layout, layoutSettled, listAdapter, listData, renderList, row, rowIds, shadow, text } from './helpers.js';

/** My data plus `count` answered chats of mine, one minute apart, newest first. */
function withMany(count: number): MemoryData {
  const data = listData();
  for (let i = 0; i < count; i += 1) {
    data.chats.push(
      makeChat({
        id: `many-${i}`,
        title: `Many ${i}`,
        client: { id: `mk${i}`, name: `Many ${i}` },
        state: 'answered',
        operatorId: 'op-me',
        queueId: 'q1',
        createdAt: ago(600 + i),
        updatedAt: ago(60 + i),
      }),
    );
  }
  return data;
}

const list = (el: OlChatListElement) => shadow(el).querySelector<HTMLElement>('[role="listbox"]')!;

describe('ol-chat-list — live updates and paging', () => {
  ignoreResizeObserverLoops();

  it('puts a new waiting chat of my queue in the waiting group and ignores one of another queue', async () => {
    const adapter = listAdapter();
    const el = await renderList(html`<ol-chat-list group-waiting .adapter=${adapter}></ol-chat-list>`);
    const chat = adapter.simulateNewChat({ clientName: 'Zoé Nouvelle', queueId: 'q1', text: 'Allô ?' });
    adapter.simulateNewChat({ clientName: 'Other Queue', queueId: 'q2' });
    await waitUntil(() => rowIds(el).includes(chat.id), 'the new chat did not appear');
    expect(layout(el).slice(0, 6)).to.deep.equal(['#waiting', 'wait-old', 'mine-new', 'wait-young', chat.id, '#active']);
    expect(text(row(el, chat.id))).to.contain('Zoé Nouvelle').and.contain('Allô ?').and.contain('1 unread message');
    expect(text(shadow(el).querySelector('.group-header'))).to.equal('Waiting for first response 4');
    expect(rowIds(el).some((id) => text(row(el, id!)).includes('Other Queue'))).to.equal(false);
  });

  it('removes a chat a colleague takes, and moves a chat with a new client message to the top', async () => {
    const adapter = listAdapter();
    const el = await renderList(html`<ol-chat-list .adapter=${adapter}></ol-chat-list>`);
    adapter.simulateTakenByOther('wait-young', 'op-2');
    await waitUntil(() => !rowIds(el).includes('wait-young'), 'the taken chat stayed');
    adapter.simulateClientMessage('mine-new', 'Any news?');
    await waitUntil(() => text(row(el, 'mine-new')).includes('Any news?'), 'the preview did not change');
    expect(rowIds(el).slice(0, 3)).to.deep.equal(['pinned', 'mine-new', 'active']);
    expect(text(row(el, 'mine-new')!.querySelector('.unread'))).to.equal('1');
  });

  it('drops a waiting chat I skip, even when the backend keeps it waiting in my queue', async () => {
    const adapter = listAdapter();
    const el = await renderList(html`<ol-chat-list group-waiting .adapter=${adapter}></ol-chat-list>`);
    expect(rowIds(el)).to.include('wait-young');
    const { skipChat } = await import('../../../src/core/actions.js');
    const result = await skipChat(storeFor(adapter), el, 'wait-young');
    expect(result.status).to.equal('done');
    await waitUntil(() => !rowIds(el).includes('wait-young'), 'the skipped chat stayed in my list');
    expect(storeFor(adapter).getChat('wait-young')!.state).to.equal('new');
  });

  it('applies store events directly, twice or late, without duplicates', async () => {
    const adapter = listAdapter();
    const el = await renderList(html`<ol-chat-list .adapter=${adapter}></ol-chat-list>`);
    const store = storeFor(adapter);
    const current = store.getChat('active')!;
    const newer = { ...current, unreadCount: 9, updatedAt: new Date().toISOString() };
    store.apply({ type: 'chat-updated', chat: newer });
    store.apply({ type: 'chat-updated', chat: newer });
    store.apply({ type: 'chat-updated', chat: { ...current, unreadCount: 1 } });
    await waitUntil(() => text(row(el, 'active')!.querySelector('.unread')) === '9');
    expect(rowIds(el).filter((id) => id === 'active')).to.have.length(1);
    store.apply({ type: 'chat-removed', chatId: 'pinned' });
    await waitUntil(() => !rowIds(el).includes('pinned'));
  });

  it('keeps the selection and the scroll position while chats change', async () => {
    const adapter = listAdapter({}, withMany(200));
    const el = await renderList(html`<ol-chat-list page-size="300" .adapter=${adapter}></ol-chat-list>`);
    await layoutSettled(list(el));
    list(el).scrollTop = 4000;
    await waitUntil(() => rowIds(el).includes('many-60'), 'did not scroll');
    row(el, 'many-60')!.scrollIntoView({ block: 'center' });
    await layoutSettled(list(el));
    const rect = row(el, 'many-60')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.x + 40), Math.round(rect.y + rect.height / 2)] });
    await el.updateComplete;
    expect(el.selectedChatId).to.equal('many-60');
    const top = row(el, 'many-60')!.getBoundingClientRect().top;
    // One chat jumps above the rows in view, another leaves below them, a new one arrives at the top.
    adapter.simulateClientMessage('many-150', 'bump');
    adapter.simulateTakenByOther('many-190', 'op-2');
    adapter.simulateNewChat({ queueId: 'q1', clientName: 'Newcomer' });
    await waitUntil(() => rowIds(el).includes('many-150') || !rowIds(el).includes('many-190'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Math.abs(row(el, 'many-60')!.getBoundingClientRect().top - top)).to.be.below(2);
    expect(row(el, 'many-60')!.getAttribute('aria-selected')).to.equal('true');
    expect(shadow(el).activeElement).to.equal(row(el, 'many-60'));
    await sendKeys({ press: 'ArrowDown' });
    expect((shadow(el).activeElement as HTMLElement).dataset.chatId).to.equal('many-61');
  });

  it('loads my chats page by page while scrolling to the end', async () => {
    const adapter = listAdapter({}, withMany(120));
    const listChats = sinon.spy(adapter, 'listChats');
    const el = await renderList(html`<ol-chat-list page-size="30" .adapter=${adapter}></ol-chat-list>`);
    expect(listChats.firstCall.args[0]).to.deep.equal({ filter: { mine: true }, limit: 30 });
    expect(shadow(el).querySelector('[role="option"]')!.getAttribute('aria-setsize')).to.equal('30');
    for (let i = 0; i < 20 && listChats.callCount < 5; i += 1) {
      await layoutSettled(list(el));
      list(el).scrollTop = list(el).scrollHeight;
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    await waitUntil(() => rows127(el), 'not every page loaded');
    expect(listChats.callCount).to.equal(5);
    expect(listChats.getCall(1).args[0]?.cursor).to.be.a('string');
  });

  it('shows the error of a failed page with Retry, keeping the chats loaded', async () => {
    const adapter = listAdapter({}, withMany(80));
    const el = await renderList(html`<ol-chat-list page-size="20" .adapter=${adapter}></ol-chat-list>`);
    adapter.setFailure('listChats', 'Timeout');
    for (let i = 0; i < 10 && !shadow(el).querySelector('.more-error'); i += 1) {
      list(el).scrollTop = list(el).scrollHeight;
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    await waitUntil(() => shadow(el).querySelector('.more-error[role="alert"]'), 'no error');
    expect(rowIds(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    adapter.clearFailures();
    (shadow(el).querySelector('.more-error button') as HTMLButtonElement).click();
    await waitUntil(() => !shadow(el).querySelector('.more-error'), 'Retry did not clear the error');
  });

  it('stops listening to the adapter when removed', async () => {
    const adapter = listAdapter();
    const el = await renderList(html`<ol-chat-list .adapter=${adapter}></ol-chat-list>`);
    expect(adapter.listenerCount).to.equal(1);
    el.remove();
    expect(adapter.listenerCount).to.equal(0);
  });

  describe('properties-only mode (no adapter)', () => {
    const directory = { me: { id: 'op-me', name: 'Alex Me', queueIds: ['q1'] }, operators: listData().operators };

    it('renders the given chats with the same rules and still fires every event', async () => {
      const chats = listData().chats;
      const el = await renderList(html`<ol-chat-list .chats=${chats} .directory=${directory}></ol-chat-list>`);
      expect(rowIds(el)).to.have.members(['pinned', 'active', 'wait-young', 'mine-new', 'wait-old', 'closed', 'spam']);
      const selected = oneEvent(el, 'ol-chat-select');
      row(el, 'active')!.click();
      expect((await selected).detail).to.deep.equal({ chatId: 'active' });
      row(el, 'active')!.focus();
      await sendKeys({ press: 'F2' });
      await waitUntil(() => shadow(el).activeElement?.id === 'rename-input');
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' 2' });
      const renamed = oneEvent(el, 'ol-chat-rename');
      await sendKeys({ press: 'Enter' });
      expect((await renamed).detail).to.deep.equal({ chatId: 'active', title: 'Carla Active 2' });
      await waitUntil(() => !shadow(el).querySelector('.rename'));
      el.chats = chats.map((chat) => (chat.id === 'active' ? { ...chat, title: 'Carla Active 2' } : chat));
      await waitUntil(() => text(row(el, 'active')!.querySelector('.title')) === 'Carla Active 2');
    });

    it('names the operator of a chat that is not mine when every chat is shown', async () => {
      const chats = [makeChat({ id: 'x', title: 'Xavier', operatorId: 'op-2' }), makeChat({ id: 'y', title: 'Yasmine', operatorId: 'op-me' })];
      const el = await renderList(html`<ol-chat-list .chats=${chats} .directory=${{ operators: directory.operators }}></ol-chat-list>`);
      expect(text(row(el, 'x'))).to.contain('Assigned to Priya Shah');
      expect(text(row(el, 'y'))).to.contain('Assigned to Alex Me');
      el.directory = directory;
      await waitUntil(() => !rowIds(el).includes('x'), 'the colleague chat stayed');
      expect(text(row(el, 'y'))).not.to.contain('Assigned to');
    });
  });
});

/** All 127 of my chats (7 + 120) are known. */
function rows127(el: OlChatListElement): boolean {
  return shadow(el).querySelector('[role="option"]')?.getAttribute('aria-setsize') === '127';
}
