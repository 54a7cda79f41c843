import { expect, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import sinon from 'sinon';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { OlTimelineElement } from '../../../src/components/timeline/ol-timeline.js';
import type { Chat } from '../../../src/core/model.js';
import { makeChat } from '../../helpers/fixtures.js';
import { article, articles, conversation, frames, log, NOW, offsetInLog, renderTimeline, settledAtBottom } from './helpers.js';

const OPERATOR = { id: 'u1', name: 'Alex Morgan' };

/** An adapter holding one chat with `count` messages (pages of 50). */
function adapterWith(count: number, chat: Partial<Chat> = {}, options: { latency?: number } = {}): MemoryAdapter {
  return new MemoryAdapter(
    {
      me: OPERATOR.id,
      operators: [OPERATOR],
      queues: [{ id: 'q1', name: 'Support' }],
      chats: [makeChat({ id: 'c1', operatorId: OPERATOR.id, updatedAt: NOW.toISOString(), ...chat })],
      messages: conversation(count),
    },
    { latency: options.latency ?? 0, now: () => new Date() },
  );
}

/** The first message whose top is inside the log. */
function firstVisible(el: OlTimelineElement): string {
  const top = log(el).getBoundingClientRect().top;
  const visible = articles(el)
    .filter((a) => a.getBoundingClientRect().top >= top)
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  return visible[0]!.dataset['messageId']!;
}

/** Scrolls the log as a person would (a wheel turn, then the new position). */
async function scrollLogTo(el: OlTimelineElement, top: number): Promise<void> {
  const scroller = log(el);
  scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: top - scroller.scrollTop }));
  scroller.scrollTop = top;
  await frames(3);
}

const lastBottomGap = (el: OlTimelineElement, id: string) =>
  log(el).getBoundingClientRect().bottom - article(el, id)!.getBoundingClientRect().bottom;

describe('<ol-timeline> scrolling', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('opens at the latest message', async () => {
    const el = await renderTimeline({ adapter: adapterWith(120), chatId: 'c1' });
    await settledAtBottom(el);
    expect(article(el, 'm120')).to.exist;
    expect(lastBottomGap(el, 'm120')).to.be.within(-1, 8);
    expect(el.shadowRoot!.querySelector('[part="jump"]')).to.equal(null);
  });

  it('loads older messages on scroll-up, keeping the message in view exactly in place', async () => {
    const adapter = adapterWith(120, {}, { latency: 150 });
    const listMessages = sinon.spy(adapter, 'listMessages');
    const el = await renderTimeline({ adapter, chatId: 'c1' });
    await settledAtBottom(el);
    expect(listMessages.callCount).to.equal(1);
    expect(articles(el).some((a) => a.dataset['messageId'] === 'm70'), 'm70 is not loaded yet').to.equal(false);

    await scrollLogTo(el, 0);
    await waitUntil(() => listMessages.callCount === 2, 'older page requested');
    expect(listMessages.secondCall.args[1]).to.deep.equal({ before: 'm71', limit: 50 });
    expect(el.shadowRoot!.querySelector('.older[role="status"]')!.textContent).to.contain('Loading');
    const anchor = firstVisible(el);
    const before = article(el, anchor)!.getBoundingClientRect().top;

    await waitUntil(() => el.shadowRoot!.querySelector('.older[role="status"]') === null, 'older page loaded', { timeout: 4000 });
    await frames(8);
    expect(article(el, anchor)!.getBoundingClientRect().top, 'anchor message stays in place').to.be.closeTo(before, 1);
    expect(log(el).scrollTop, 'older messages are above').to.be.greaterThan(1000);

    // The messages just loaded are right above.
    await scrollLogTo(el, log(el).scrollTop - 150);
    expect(article(el, 'm70')).to.exist;
  });

  it('shows the beginning of the conversation once everything is loaded', async () => {
    const adapter = adapterWith(70);
    const el = await renderTimeline({ adapter, chatId: 'c1' });
    await settledAtBottom(el);
    expect(el.shadowRoot!.querySelector('.beginning')).to.equal(null);
    await waitUntil(
      async () => {
        await scrollLogTo(el, 0);
        return el.shadowRoot!.querySelector('.beginning');
      },
      'beginning shown',
      { timeout: 4000 },
    );
    expect(el.shadowRoot!.querySelector('.beginning')!.textContent).to.equal('Beginning of the conversation');
    expect(article(el, 'm1')).to.exist;
    expect(articles(el)[0]!.getAttribute('aria-setsize')).to.equal('70');
  });

  it('shows a failure to load older messages, with Retry', async () => {
    const adapter = adapterWith(120);
    const el = await renderTimeline({ adapter, chatId: 'c1' });
    await settledAtBottom(el);
    adapter.failNext('listMessages', 'Backend down');
    await scrollLogTo(el, 0);
    await waitUntil(() => el.shadowRoot!.querySelector('.older[role="alert"]'), 'failure shown');
    expect(el.shadowRoot!.querySelector('.older[role="alert"]')!.textContent).to.contain('Could not load the messages');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.older [data-action="load-older"]')!.click();
    await waitUntil(() => article(el, 'm70'), 'older page loaded after Retry', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('.older[role="alert"]')).to.equal(null);
  });

  it('scrolls to a message on request, loading older pages to find it (history jump)', async () => {
    const el = await renderTimeline({ adapter: adapterWith(160), chatId: 'c1' });
    await settledAtBottom(el);
    expect(await el.scrollToMessage('m12', { focus: true, highlight: true })).to.equal(true);
    await waitUntil(() => article(el, 'm12') && el.shadowRoot!.activeElement === article(el, 'm12'), 'm12 focused', { timeout: 4000 });
    expect(article(el, 'm12')!.classList.contains('highlight')).to.equal(true);
    await frames(8);
    const row = article(el, 'm12')!.getBoundingClientRect();
    const box = log(el).getBoundingClientRect();
    expect((row.top + row.bottom) / 2, 'centred').to.be.closeTo((box.top + box.bottom) / 2, 4);
    expect(await el.scrollToMessage('nope')).to.equal(false);
  });

  it('stays at the bottom when new messages arrive', async () => {
    const adapter = adapterWith(60);
    const el = await renderTimeline({ adapter, chatId: 'c1' });
    await settledAtBottom(el);
    const message = adapter.simulateClientMessage('c1', 'Are you there? [b]Hello[/b]');
    await waitUntil(() => article(el, message.id), 'new message rendered');
    await settledAtBottom(el);
    expect(lastBottomGap(el, message.id)).to.be.within(-1, 8);
    expect(el.shadowRoot!.querySelector('[part="jump"]')).to.equal(null);
  });

  it('under a flood of messages re-renders at most about every 100 ms, stays at the bottom and shows every message', async () => {
    const adapter = adapterWith(60);
    const el = await renderTimeline({ adapter, chatId: 'c1' });
    await settledAtBottom(el);
    const updates = sinon.spy(el as unknown as { updated(changed: Map<string, unknown>): void }, 'updated');
    // 100 messages, one every 5 ms (half a second): the feed alone would re-render the timeline in every frame.
    let last = '';
    for (let i = 0; i < 100; i += 1) {
      last = adapter.simulateClientMessage('c1', `Flood ${i}`).id;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await waitUntil(() => article(el, last), 'the last message is shown', { timeout: 4000 });
    await settledAtBottom(el);
    expect(lastBottomGap(el, last)).to.be.within(-1, 8);
    expect(updates.callCount, 'renders during the flood').to.be.at.most(15);
    updates.restore();
  });

  it('renders the row of a message added outside a frame in the next frame, one of the realtime feed in its frame', async () => {
    /** Resolves in a frame callback registered now (after those registered before it, and their microtasks). */
    const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const messages = conversation(200);
    const el = await renderTimeline({ chatId: 'c1', messages });
    await settledAtBottom(el);
    const store = (el as unknown as { storeCtl: { store: import('../../../src/core/store.js').OlStore } }).storeCtl.store;
    const added = { ...messages.at(-1)!, id: 'added', createdAt: new Date().toISOString() };
    // Added inside a frame callback (as an intent or a host could): checked by a later callback of the same frame.
    requestAnimationFrame(() => store.apply({ type: 'message-added', message: added }));
    await nextFrame();
    // (Booleans: a failure message does not describe a whole element.)
    expect(article(el, 'added') === null, 'not rendered in the task that added it').to.equal(true);
    await nextFrame();
    expect(article(el, 'added') !== null, 'rendered in the next frame').to.equal(true);
    await settledAtBottom(el);
    expect(lastBottomGap(el, 'added')).to.be.within(-1, 8);

    // The realtime feed notifies from a frame callback: rendered in that frame.
    const adapter = adapterWith(60);
    const live = await renderTimeline({ adapter, chatId: 'c1' });
    await settledAtBottom(live);
    const message = adapter.simulateClientMessage('c1', 'Still there?');
    await nextFrame();
    expect(article(live, message.id) !== null, 'rendered in the frame of the notification').to.equal(true);
  });

  it('counts new messages while scrolled up, and jumps to the latest', async () => {
    const adapter = adapterWith(60);
    const el = await renderTimeline({ adapter, chatId: 'c1' });
    await settledAtBottom(el);
    await scrollLogTo(el, log(el).scrollTop - 900);
    const anchor = firstVisible(el);
    const before = offsetInLog(el, anchor);
    const jump = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="jump"]');
    expect(jump()!.textContent!.trim()).to.equal('Jump to latest');

    adapter.simulateClientMessage('c1', 'First new one');
    adapter.simulateClientMessage('c1', 'Second new one');
    await waitUntil(() => jump()?.textContent?.includes('2 new messages'), 'counter shows 2');
    await frames(3);
    expect(offsetInLog(el, anchor), 'the view did not move').to.be.closeTo(before, 1);

    jump()!.click();
    await settledAtBottom(el);
    const last = articles(el).at(-1)!;
    expect(last.textContent).to.contain('Second new one');
    expect(jump()).to.equal(null);
  });

  it('marks where unread messages start and opens there', async () => {
    const adapter = adapterWith(60, { unreadCount: 12 });
    const el = await renderTimeline({ adapter, chatId: 'c1' });
    const divider = await waitUntil(() => el.shadowRoot!.querySelector('[part="unread-divider"]'), 'divider rendered').then(
      () => el.shadowRoot!.querySelector<HTMLElement>('[part="unread-divider"]')!,
    );
    expect(divider.textContent!.trim()).to.equal('New messages');
    // 12 unread client messages: two of every three messages are the client's, so m43 is the first unread.
    const next = divider.parentElement!.nextElementSibling as HTMLElement;
    expect(next.dataset['key']).to.equal('m43');
    await frames(8);
    const top = divider.getBoundingClientRect().top - log(el).getBoundingClientRect().top;
    expect(top, 'the divider is at the top of the view').to.be.within(-1, 2);
  });

  it('keeps the DOM small with 10,000 messages, wherever it is scrolled', async () => {
    const count = (el: OlTimelineElement) => {
      // Elements, shadow roots included (what Lighthouse calls the DOM size).
      let elements = 0;
      const visit = (root: ParentNode) => {
        for (const node of root.querySelectorAll('*')) {
          elements += 1;
          if (node.shadowRoot) visit(node.shadowRoot);
        }
      };
      visit(el.shadowRoot!);
      return elements + 1;
    };
    const messages = conversation(10_000).map((m, i) => (i % 2 ? { ...m, text: 'ok' } : m));
    const el = await renderTimeline({ chatId: 'c1', messages, height: 800 });
    await settledAtBottom(el);
    expect(article(el, 'm10000')).to.exist;
    const sizes = [count(el)];
    for (const top of [log(el).scrollHeight / 2, 0]) {
      await scrollLogTo(el, top);
      await frames(6);
      sizes.push(count(el));
    }
    // Older messages come a page at a time, when scrolled close to the top or with the button there.
    for (let page = 0; page < 10 && !article(el, 'm1'); page += 1) {
      const older = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="load-older"]');
      if (older && log(el).scrollTop === 0) older.click();
      else await scrollLogTo(el, 0);
      await frames(6);
      sizes.push(count(el));
    }
    expect(article(el, 'm1'), 'the top is reachable').to.exist;
    for (const size of sizes) expect(size, 'elements').to.be.lessThan(1500);
    expect(articles(el).length).to.be.lessThan(120);
  });
});
