import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { MemoryData } from '../../../src/adapters/memory/index.js';
import type { OlChatListElement } from '../../../src/components/chat-list/chat-list.component.js';
import type { OlContactCenterElement } from '../../../src/components/contact-center/contact-center.component.js';
import type { OlContactCenterFiltersElement } from '../../../src/components/contact-center-filters/contact-center-filters.component.js';
import { ignoreResizeObserverLoops, listAdapter, listData, renderBare, renderList, shadow, text } from './helpers.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

/** The list data with distinct session numbers, ratings and first-response times. */
function ccData(): MemoryData {
  const data = listData();
  data.chats = data.chats.map((chat, i) => ({
    ...chat,
    sessionId: String(2001 + i),
    ...(chat.id === 'closed' ? { rating: 'like' as const, firstResponseSeconds: 95 } : {}),
    ...(chat.id === 'active' ? { firstResponseSeconds: 30, crm: [{ type: 'contact' as const, id: '9', title: 'Carla' }] } : {}),
  }));
  return data;
}

const cc = (el: OlChatListElement) => shadow(el).querySelector('ol-contact-center') as OlContactCenterElement;
const ccRoot = (el: OlChatListElement) => cc(el).shadowRoot!;
const filters = (el: OlChatListElement) => ccRoot(el).querySelector('ol-contact-center-filters') as OlContactCenterFiltersElement;
const filterRoot = (el: OlChatListElement) => filters(el).shadowRoot!;
const bodyRows = (el: OlChatListElement) => [...ccRoot(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
const rowIds = (el: OlChatListElement) => bodyRows(el).map((tr) => tr.dataset.chatId);
const cells = (tr: HTMLTableRowElement) => [...tr.cells].map((cell) => text(cell));
const rowOf = (el: OlChatListElement, id: string) => bodyRows(el).find((tr) => tr.dataset.chatId === id)!;
const activeCell = (el: OlChatListElement) => {
  const active = ccRoot(el).activeElement as HTMLElement | null;
  return active?.closest<HTMLElement>('[data-cell]')?.dataset.cell;
};

async function renderCenter(adapter = listAdapter({}, ccData())): Promise<OlChatListElement> {
  const el = await renderBare(html`<ol-chat-list view="contact-center" .adapter=${adapter}></ol-chat-list>`);
  await waitUntil(() => cc(el)?.shadowRoot && bodyRows(el).length > 0, 'the grid did not render', { timeout: 4000 });
  return el;
}

async function choose(el: OlChatListElement, id: string, value: string): Promise<void> {
  const select = filterRoot(el).querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('ol-chat-list — Contact Center view', () => {
  ignoreResizeObserverLoops();

  it('loads the Contact Center grid lazily, the first time the view is used', async () => {
    const el = await renderList(html`<ol-chat-list .adapter=${listAdapter({}, ccData())}></ol-chat-list>`);
    expect(customElements.get('ol-contact-center')).to.equal(undefined);
    el.view = 'contact-center';
    await waitUntil(() => customElements.get('ol-contact-center'), 'not loaded');
    await waitUntil(() => cc(el)?.shadowRoot && bodyRows(el).length === 9, 'the grid did not render');
    expect(el.getAttribute('view')).to.equal('contact-center');
    expect(shadow(el).querySelector('[role="listbox"]')).to.equal(null);
  });

  it('shows every conversation in a grid with its columns (K1)', async () => {
    const el = await renderCenter();
    const headers = [...ccRoot(el).querySelectorAll('thead th')].map(text);
    expect(headers).to.deep.equal([
      'Session', 'Client', 'Open channel', 'Source', 'Operator', 'Status', 'Created', 'Last activity',
      'First response wait', 'Rating', 'Message history', 'Start a new conversation',
    ]);
    expect(rowIds(el)).to.have.length(9);
    expect(rowIds(el)[0]).to.equal('other-op');
    const closed = cells(rowOf(el, 'closed'));
    expect(closed.slice(0, 6)).to.deep.equal(['#2006', 'Eve Closed', 'Website', 'Live chat', 'Alex Me', 'Closed']);
    expect(closed[8]).to.equal('1 min 35 s');
    expect(closed[9]).to.equal('Positive');
    const waiting = cells(rowOf(el, 'wait-old'));
    expect(waiting[4]).to.equal('In the queue');
    expect(waiting[8]).to.equal('Waiting for 3 h');
    expect(ccRoot(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('10');
    expect(text(ccRoot(el).querySelector('.count'))).to.equal('9 conversations');
    await expect(el).to.be.accessible();
  });

  it('shows statistics from getStatistics (K5), and none when the adapter lacks it', async () => {
    const el = await renderCenter();
    await waitUntil(() => ccRoot(el).querySelector('.stats dl'), 'no statistics');
    const figures = [...ccRoot(el).querySelectorAll('.stat')].map((stat) => `${text(stat.querySelector('dt'))} ${text(stat.querySelector('dd'))}`);
    expect(figures).to.deep.equal([
      'Total conversations 9', 'New 4', 'Answered 3', 'Closed 1', 'Spam 1',
      'Average first response wait 1 min 3 s', 'Average duration 5 h', 'Positive ratings 1', 'Negative ratings 0',
    ]);
    const without = await renderCenter(listAdapter({ omit: ['getStatistics'] }, ccData()));
    expect(ccRoot(without).querySelector('.stats')).to.equal(null);
  });

  describe('filters (K4)', () => {
    it('fires ol-filter-change and reloads from the first page', async () => {
      const adapter = listAdapter({}, ccData());
      const listChats = sinon.spy(adapter, 'listChats');
      const getStatistics = sinon.spy(adapter, 'getStatistics');
      const el = await renderCenter(adapter);
      const changed = oneEvent(el, 'ol-filter-change');
      await choose(el, 'filter-states', 'new');
      const event = await changed;
      expect(event.detail).to.deep.equal({ filter: { states: ['new'] } });
      expect(event.cancelable).to.equal(true);
      await waitUntil(() => rowIds(el).length === 4, 'the grid did not reload');
      expect(rowIds(el)).to.have.members(['wait-old', 'wait-young', 'mine-new', 'other-queue']);
      expect(listChats.lastCall.args[0]).to.deep.equal({ filter: { states: ['new'] }, limit: 50, sort: 'updatedAt' });
      expect(getStatistics.lastCall.args[0]).to.deep.equal({ states: ['new'] });
      await choose(el, 'filter-queueIds', 'q2');
      await waitUntil(() => listChats.callCount === 3);
      expect(listChats.lastCall.args[0]?.filter).to.deep.equal({ states: ['new'], queueIds: ['q2'] });
      await waitUntil(() => rowIds(el).join() === 'mine-new,other-queue' || rowIds(el).join() === 'other-queue,mine-new');
      await expect(el).to.be.accessible();
    });

    it('keeps the filter when the host prevents the change', async () => {
      const adapter = listAdapter({}, ccData());
      const el = await renderCenter(adapter);
      const listChats = sinon.spy(adapter, 'listChats');
      el.addEventListener('ol-filter-change', (event) => event.preventDefault());
      await choose(el, 'filter-operatorIds', 'op-2');
      await filters(el).updateComplete;
      await aTimeout(50);
      expect(listChats).not.to.have.been.called;
      expect(filterRoot(el).querySelector<HTMLSelectElement>('#filter-operatorIds')!.value).to.equal('');
      expect(rowIds(el)).to.have.length(9);
    });

    it('searches free text after a pause, and filters by CRM, rating and source channel', async () => {
      const el = await renderCenter();
      const search = filterRoot(el).querySelector<HTMLInputElement>('#filter-search')!;
      search.focus();
      const changed = oneEvent(el, 'ol-filter-change');
      await sendKeys({ type: 'elodie' });
      expect((await changed).detail.filter).to.deep.equal({ search: 'elodie' });
      await waitUntil(() => rowIds(el).join() === 'wait-old', 'search did not apply');
      search.select();
      await sendKeys({ press: 'Backspace' });
      await waitUntil(() => rowIds(el).length === 9, 'clearing did not apply at once');
      await choose(el, 'filter-crm', 'yes');
      await waitUntil(() => rowIds(el).join() === 'active');
      await choose(el, 'filter-crm', '');
      await choose(el, 'filter-rating', 'like');
      await waitUntil(() => rowIds(el).join() === 'closed');
      await choose(el, 'filter-rating', '');
      await choose(el, 'filter-sourceChannels', 'email');
      await waitUntil(() => rowIds(el).length === 2);
      expect(rowIds(el)).to.have.members(['mine-new', 'spam']);
    });

    it('filters by date range, refuses a start after the end, and resets', async () => {
      const el = await renderCenter();
      const [from, to] = filterRoot(el).querySelectorAll<HTMLInputElement>('.dates input');
      const fired = sinon.spy();
      el.addEventListener('ol-filter-change', fired);
      const day = (offset: number) => {
        const d = new Date(Date.now() + offset * 86_400_000);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      from!.value = day(1);
      to!.value = day(-1);
      to!.dispatchEvent(new Event('change'));
      await filters(el).updateComplete;
      expect(text(filterRoot(el).querySelector('[role="alert"]'))).to.equal('The start date must be before the end date');
      expect(fired).not.to.have.been.called;
      await expect(el).to.be.accessible();
      expect(from!.value).to.equal(day(1));
      from!.value = day(-1);
      to!.value = day(1);
      to!.dispatchEvent(new Event('change'));
      await waitUntil(() => fired.called);
      const filter = fired.lastCall.args[0].detail.filter;
      const start = new Date();
      start.setHours(0, 0, 0, 0);
      start.setDate(start.getDate() - 1);
      expect(filter.from).to.equal(start.toISOString());
      expect(Date.parse(filter.to)).to.be.greaterThan(Date.now() + 86_400_000 - 60_000);
      const expected = ccData().chats.filter((chat) => Date.parse(chat.createdAt) >= start.getTime()).length;
      expect(expected).to.be.below(9);
      await waitUntil(() => rowIds(el).length === expected, 'the date range did not apply');
      await filters(el).updateComplete;
      const reset = filterRoot(el).querySelector<HTMLButtonElement>('.reset')!;
      expect(text(reset)).to.equal('Reset filters (2 filters)');
      reset.click();
      await waitUntil(() => rowIds(el).length === 9);
      expect(fired.lastCall.args[0].detail.filter).to.deep.equal({});
    });
  });

  describe('row actions', () => {
    it('fires ol-chat-history for a conversation (K2)', async () => {
      const el = await renderCenter();
      const history = oneEvent(el, 'ol-chat-history');
      rowOf(el, 'closed').querySelector<HTMLButtonElement>('button[aria-label^="Message history"]')!.click();
      expect((await history).detail).to.deep.equal({ chatId: 'closed' });
    });

    it('starts a new conversation through the adapter with ol-session-start (K3)', async () => {
      const adapter = listAdapter({}, ccData());
      const startSession = sinon.spy(adapter, 'startSession');
      const el = await renderCenter(adapter);
      const started = oneEvent(el, 'ol-session-start');
      rowOf(el, 'closed').querySelector<HTMLButtonElement>('button[aria-label^="Start a new conversation"]')!.click();
      const event = await started;
      expect(event.detail).to.deep.equal({ chatId: 'closed' });
      expect(event.cancelable).to.equal(true);
      await waitUntil(() => cells(rowOf(el, 'closed'))[5] === 'Answered', 'the row did not change');
      expect(startSession).to.have.been.calledOnceWith('closed');
      expect(cells(rowOf(el, 'closed'))[0]).not.to.equal('#2006');
      expect(text(ccRoot(el).querySelector('.visually-hidden[role="status"]'))).to.match(/^Start a new conversation: #\d+$/);
    });

    it('does not call the adapter when the host prevents ol-session-start', async () => {
      const adapter = listAdapter({}, ccData());
      const startSession = sinon.spy(adapter, 'startSession');
      const el = await renderCenter(adapter);
      el.addEventListener('ol-session-start', (event) => event.preventDefault());
      rowOf(el, 'closed').querySelector<HTMLButtonElement>('button[aria-label^="Start a new conversation"]')!.click();
      await aTimeout(50);
      expect(startSession).not.to.have.been.called;
      expect(cells(rowOf(el, 'closed'))[0]).to.equal('#2006');
    });

    it('shows a failed new conversation with role=alert and fires ol-error', async () => {
      const adapter = listAdapter({}, ccData());
      adapter.failNext('startSession', 'Line closed');
      const el = await renderCenter(adapter);
      const error = oneEvent(el, 'ol-error');
      rowOf(el, 'closed').querySelector<HTMLButtonElement>('button[aria-label^="Start a new conversation"]')!.click();
      expect((await error).detail.action).to.equal('ol-session-start');
      await waitUntil(() => ccRoot(el).querySelector('.action-error'));
      expect(text(ccRoot(el).querySelector('.action-error [role="alert"], .action-error'))).to.contain('Could not start a new conversation').and.contain('Line closed');
      expect(cells(rowOf(el, 'closed'))[0]).to.equal('#2006');
      await expect(el).to.be.accessible();
    });

    it('hides actions the adapter cannot do', async () => {
      const el = await renderCenter(listAdapter({ omit: ['startSession', 'searchHistory'] }, ccData()));
      expect(rowOf(el, 'closed').querySelectorAll('button')).to.have.length(0);
      expect(ccRoot(el).querySelectorAll('thead th')).to.have.length(10);
    });
  });

  it('moves between cells with the keyboard (grid pattern)', async () => {
    const el = await renderCenter();
    const header = ccRoot(el).querySelector<HTMLElement>('[data-cell="0"]')!;
    expect(ccRoot(el).querySelectorAll('[tabindex="0"]')).to.have.length(1);
    header.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(activeCell(el)).to.equal('12');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(activeCell(el)).to.equal('14');
    await sendKeys({ press: 'End' });
    expect(activeCell(el)).to.equal('23');
    expect((ccRoot(el).activeElement as HTMLElement).tagName).to.equal('BUTTON');
    const started = oneEvent(el, 'ol-session-start');
    await sendKeys({ press: 'Enter' });
    expect((await started).detail.chatId).to.equal(rowIds(el)[0]);
    await sendKeys({ press: 'Home' });
    expect(activeCell(el)).to.equal('12');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    expect(activeCell(el)).to.equal(String(10 * 12 - 1));
    await sendKeys({ press: 'PageUp' });
    expect(activeCell(el)).to.equal(String(11));
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowUp' });
    expect(activeCell(el)).to.equal('10');
  });

  it('sorts by creation date from the column header', async () => {
    const adapter = listAdapter({}, ccData());
    const listChats = sinon.spy(adapter, 'listChats');
    const el = await renderCenter(adapter);
    const created = ccRoot(el).querySelector<HTMLElement>('th[aria-sort]:not([aria-sort="descending"])')!;
    expect(text(created)).to.equal('Created');
    created.querySelector('button')!.click();
    await waitUntil(() => rowIds(el)[0] === 'wait-young', 'not sorted by creation');
    expect(listChats.lastCall.args[0]?.sort).to.equal('createdAt');
    expect(created.getAttribute('aria-sort')).to.equal('descending');
  });

  it('loads more pages with Load more', async () => {
    const el = await renderBare(html`<ol-chat-list view="contact-center" page-size="4" .adapter=${listAdapter({}, ccData())}></ol-chat-list>`);
    await waitUntil(() => cc(el)?.shadowRoot && bodyRows(el).length === 4);
    expect(ccRoot(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('10');
    ccRoot(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    await waitUntil(() => bodyRows(el).length === 8);
    ccRoot(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    await waitUntil(() => bodyRows(el).length === 9);
    expect(ccRoot(el).querySelector('.load-more')).to.equal(null);
    expect(bodyRows(el).map((tr) => tr.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  describe('states', () => {
    it('shows an error with Retry when listChats fails, then the grid', async () => {
      const adapter = listAdapter({ failures: { listChats: 'Down' } }, ccData());
      const el = await renderBare(html`<ol-chat-list view="contact-center" .adapter=${adapter}></ol-chat-list>`);
      await waitUntil(() => cc(el)?.shadowRoot?.querySelector('.state[role="alert"]'), 'no error');
      expect(text(ccRoot(el).querySelector('.state'))).to.contain('Could not load the chats');
      await expect(el).to.be.accessible();
      adapter.clearFailures();
      ccRoot(el).querySelector<HTMLButtonElement>('.state button')!.click();
      await waitUntil(() => bodyRows(el).length === 9);
    });

    it('shows loading, then empty states', async () => {
      const slow = listAdapter({ latency: 300 }, ccData());
      const el = await renderBare(html`<ol-chat-list view="contact-center" .adapter=${slow}></ol-chat-list>`);
      await waitUntil(() => cc(el)?.shadowRoot?.querySelector('.state[role="status"]'));
      expect(text(ccRoot(el).querySelector('.state'))).to.equal('Loading…');
      await expect(el).to.be.accessible();
      const empty = await renderBare(
        html`<ol-chat-list view="contact-center" .adapter=${listAdapter({}, { ...ccData(), chats: [], messages: [] })}></ol-chat-list>`,
      );
      await waitUntil(() => text(cc(empty)?.shadowRoot?.querySelector('.state')) === 'No conversations yet');
      await expect(empty).to.be.accessible();
    });

    it('says when a filter finds nothing', async () => {
      const el = await renderCenter();
      filterRoot(el).querySelector<HTMLInputElement>('#filter-search')!.focus();
      await sendKeys({ type: 'zzzz' });
      await waitUntil(() => text(ccRoot(el).querySelector('.state')) === 'Nothing found', 'no empty state');
    });

    it('speaks French', async () => {
      const el = await renderBare(html`<ol-chat-list lang="fr" view="contact-center" .adapter=${listAdapter({}, ccData())}></ol-chat-list>`);
      await waitUntil(() => cc(el)?.shadowRoot && bodyRows(el).length === 9);
      const headers = [...ccRoot(el).querySelectorAll('thead th')].map(text);
      expect(headers.slice(0, 4)).to.deep.equal(['Session', 'Client', 'Canal ouvert', 'Source']);
      expect(text(ccRoot(el).querySelector('.count'))).to.equal('9 conversations');
      expect(filterRoot(el).querySelector('label[for="filter-states"]')!.textContent).to.equal('Statut');
      await expect(el).to.be.accessible();
    });

    it('works from properties alone, filtering locally', async () => {
      const data = ccData();
      const el = await renderBare(html`<ol-chat-list view="contact-center" .chats=${data.chats} .directory=${{ operators: data.operators, queues: data.queues }}></ol-chat-list>`);
      await waitUntil(() => cc(el)?.shadowRoot && bodyRows(el).length === 9);
      expect(ccRoot(el).querySelector('.stats')).to.equal(null);
      const changed = oneEvent(el, 'ol-filter-change');
      await choose(el, 'filter-states', 'spam');
      expect((await changed).detail.filter).to.deep.equal({ states: ['spam'] });
      await waitUntil(() => rowIds(el).join() === 'spam');
      const history = oneEvent(el, 'ol-chat-history');
      rowOf(el, 'spam').querySelector<HTMLButtonElement>('button')!.click();
      expect((await history).detail.chatId).to.equal('spam');
    });
  });
});
