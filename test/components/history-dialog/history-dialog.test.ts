import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { OlHistoryDialogElement } from '../../../src/components/history-dialog/ol-history-dialog.js';
import '../../../src/components/history-dialog/ol-history-dialog.js';
import { CHATS, deepActive, dialogOf, headerRoot, panelOn, ignoreResizeObserverLoops } from '../chat-panel/helpers.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const results = (dialog: OlHistoryDialogElement) => [...dialog.shadowRoot!.querySelectorAll<HTMLElement>('.result')];
const status = (dialog: OlHistoryDialogElement) => text(dialog.shadowRoot!.querySelector('[role="status"]'));
const field = (dialog: OlHistoryDialogElement, name: string) => dialog.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

function setValue(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function openDialog(adapter = new MemoryAdapter(), chatId: string = CHATS.answered) {
  const dialog = await fixture<OlHistoryDialogElement>(html`<ol-history-dialog chat-id=${chatId} .adapter=${adapter}></ol-history-dialog>`);
  const fired = oneEvent(dialog, 'ol-chat-history');
  dialog.open = true;
  const event = await fired;
  await waitUntil(() => results(dialog).length > 0, 'no results');
  return { dialog, event };
}

describe('<ol-history-dialog>', () => {
  ignoreResizeObserverLoops();

  afterEach(() => sinon.restore());

  it('N7: opening loads every session with the client (ol-chat-history with no filter) and says how many', async () => {
    const adapter = new MemoryAdapter();
    const { dialog, event } = await openDialog(adapter);
    expect(event.detail).to.deep.equal({ chatId: CHATS.answered });
    const all = await adapter.searchHistory(CHATS.answered, {});
    expect(results(dialog)).to.have.length(all.length);
    expect(status(dialog)).to.equal(`${all.length} messages found`);
    // Newest first; the earlier conversation (another chat) is marked and cannot be shown in the timeline.
    const earlier = results(dialog).filter((r) => text(r).includes('In an earlier conversation'));
    expect(earlier.length).to.be.greaterThan(0);
    expect(earlier.every((r) => !r.querySelector('button.jump'))).to.equal(true);
    const native = dialog.shadowRoot!.querySelector('dialog')!;
    expect(text(dialog.shadowRoot!.getElementById(native.getAttribute('aria-labelledby')!))).to.equal('Message history with Olivia Brown');
    await expect(dialog).to.be.accessible();
  });

  it('A15: searches by keyword (Enter) and highlights the matches', async () => {
    const { dialog } = await openDialog();
    field(dialog, 'query').focus();
    await sendKeys({ type: 'leeds' });
    const fired = oneEvent(dialog, 'ol-chat-history');
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail).to.deep.equal({ chatId: CHATS.answered, query: 'leeds' });
    await waitUntil(() => status(dialog) === '2 messages found');
    const marks = results(dialog).map((r) => text(r.querySelector('mark')));
    expect(marks).to.deep.equal(['Leeds', 'Leeds']);
  });

  it('A15: searches by date range; a start after the end is refused with an alert', async () => {
    const adapter = new MemoryAdapter();
    const search = sinon.spy(adapter, 'searchHistory');
    const { dialog } = await openDialog(adapter);
    const today = new Date();
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const weekAgo = new Date(today.getTime() - 7 * 86_400_000);
    setValue(field(dialog, 'from'), iso(weekAgo));
    setValue(field(dialog, 'to'), iso(today));
    const fired = oneEvent(dialog, 'ol-chat-history');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const { detail } = await fired;
    expect(detail.from).to.equal(new Date(`${iso(weekAgo)}T00:00:00`).toISOString());
    expect(detail.to).to.equal(new Date(`${iso(today)}T23:59:59.999`).toISOString());
    await waitUntil(() => !text(dialog.shadowRoot!.querySelector('[role="status"]')).includes('Loading'));
    // Only this week's conversation: nothing from the one three weeks ago.
    expect(results(dialog).some((r) => text(r).includes('In an earlier conversation'))).to.equal(false);
    expect(results(dialog).length).to.be.greaterThan(0);

    search.resetHistory();
    setValue(field(dialog, 'from'), iso(today));
    setValue(field(dialog, 'to'), iso(weekAgo));
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await dialog.updateComplete;
    expect(text(dialog.shadowRoot!.querySelector('[role="alert"]'))).to.equal('The start date must be before the end date');
    expect(search.called).to.equal(false);
  });

  it('preventDefault() stops the adapter call and keeps what is shown', async () => {
    const adapter = new MemoryAdapter();
    const { dialog } = await openDialog(adapter);
    const count = results(dialog).length;
    const search = sinon.spy(adapter, 'searchHistory');
    dialog.addEventListener('ol-chat-history', (e) => e.preventDefault());
    setValue(field(dialog, 'query'), 'parcel');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await dialog.updateComplete;
    expect(search.called).to.equal(false);
    expect(results(dialog)).to.have.length(count);
  });

  it('a failure is shown with role="alert" and the keyword stays', async () => {
    const adapter = new MemoryAdapter(undefined, { latency: 5 });
    const { dialog } = await openDialog(adapter);
    adapter.failNext('searchHistory', 'Search is down');
    setValue(field(dialog, 'query'), 'parcel');
    const errored = oneEvent(dialog, 'ol-error');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await errored).detail.action).to.equal('ol-chat-history');
    await waitUntil(() => dialog.shadowRoot!.querySelector('[role="alert"]'));
    expect(text(dialog.shadowRoot!.querySelector('[role="alert"]'))).to.contain('Could not search the message history').and.contain('Search is down');
    expect(field(dialog, 'query').value).to.equal('parcel');
    await expect(dialog).to.be.accessible();
  });

  it('by keyboard from the panel: ⋯ menu, type-ahead to "Message history", search, arrows between results, Enter jumps to the message in the timeline', async () => {
    const adapter = new MemoryAdapter();
    const panel = await panelOn(CHATS.answered, adapter);
    headerRoot(panel).querySelector<HTMLButtonElement>('.menu-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'm' });
    expect(text(deepActive())).to.equal('Message history');
    await sendKeys({ press: 'Enter' });
    const dialog = await dialogOf<OlHistoryDialogElement>(panel, 'ol-history-dialog');
    await waitUntil(() => results(dialog).length > 0);
    expect(deepActive()).to.equal(field(dialog, 'query'));
    await sendKeys({ type: 'parcel' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(dialog) === '2 messages found');
    // Tab past the dates (one stop per date part) and the Search button, into the results.
    for (let i = 0; i < 12 && text(deepActive()) !== 'Show in the conversation'; i += 1) await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Show in the conversation');
    expect(results(dialog)[0]!.contains(deepActive())).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    const target = results(dialog)[1]!;
    expect(target.contains(deepActive())).to.equal(true);
    const messageId = target.querySelector('.result-meta')!.id.replace('meta-', '');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => (deepActive() as HTMLElement | null)?.dataset?.messageId === messageId, 'the message was not shown', {
      timeout: 4000,
    });
  });

  it('Escape closes it and focus returns to the ⋯ button', async () => {
    const panel = await panelOn(CHATS.answered);
    const menuButton = headerRoot(panel).querySelector<HTMLButtonElement>('.menu-button')!;
    menuButton.focus();
    await sendKeys({ press: 'ArrowUp' }); // opens on the last item
    await sendKeys({ press: 'ArrowUp' });
    expect(text(deepActive())).to.equal('Message history');
    await sendKeys({ press: ' ' });
    const dialog = await dialogOf<OlHistoryDialogElement>(panel, 'ol-history-dialog');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => deepActive() === menuButton, 'focus did not return', { timeout: 3000 });
  });

  it('without an adapter, searches the messages the store holds', async () => {
    const dialog = await fixture<OlHistoryDialogElement>(html`<ol-history-dialog chat-id="x"></ol-history-dialog>`);
    const fired = oneEvent(dialog, 'ol-chat-history');
    dialog.open = true;
    expect((await fired).detail).to.deep.equal({ chatId: 'x' });
    await waitUntil(() => status(dialog) === 'No messages match your search');
  });
});
