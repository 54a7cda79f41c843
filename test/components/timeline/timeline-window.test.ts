import { expect, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import type { OlTimelineElement } from '../../../src/components/timeline/ol-timeline.js';
import { WINDOW_MAX } from '../../../src/components/timeline/timeline-model.js';
import { makeChat } from '../../helpers/fixtures.js';
import { article, articles, conversation, frames, log, renderTimeline, settledAtBottom, still } from './helpers.js';

/** Largest scroll size `@lit-labs/virtualizer` gives its host (`_sizeHostElement`). */
const VIRTUALIZER_MAX_SIZE = 8_200_000;

/** The first message whose top is inside the log, with its offset from the log's top. */
function firstVisible(el: OlTimelineElement): { id: string; offset: number } {
  const top = log(el).getBoundingClientRect().top;
  const visible = articles(el)
    .map((a) => ({ id: a.dataset['messageId']!, offset: a.getBoundingClientRect().top - top }))
    .filter((a) => a.offset >= 0)
    .sort((a, b) => a.offset - b.offset);
  return visible[0]!;
}

async function scrollLogTo(el: OlTimelineElement, top: number): Promise<void> {
  const scroller = log(el);
  scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: top - scroller.scrollTop }));
  scroller.scrollTop = top;
  await frames(3);
}

const bottomGap = (el: OlTimelineElement, id: string) =>
  log(el).getBoundingClientRect().bottom - article(el, id)!.getBoundingClientRect().bottom;

describe('<ol-timeline> with a very long thread (a window of rows)', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('opens at the newest message of 120,000, under the virtualizer scroll limit', async () => {
    const messages = conversation(120_000).map((m) => ({ ...m, text: `Message ${m.id}` }));
    // Mounted empty, then given the messages (the log and its virtualizer exist already).
    const el = await renderTimeline({ chatId: 'c1', messages: [], height: 500 });
    await frames(4);
    el.messages = messages;
    await settledAtBottom(el);
    const last = article(el, 'm120000');
    expect(last, 'the newest message is shown').to.exist;
    expect(bottomGap(el, 'm120000')).to.be.within(-1, 8);
    expect(last!.getAttribute('aria-posinset')).to.equal('120000');
    expect(last!.getAttribute('aria-setsize')).to.equal('120000');
    expect(log(el).scrollHeight).to.be.lessThan(VIRTUALIZER_MAX_SIZE);
    expect(el.shadowRoot!.querySelector('[part="jump"]')).to.equal(null);
  });

  it('shows the older messages held when scrolled to the top, keeping the message in view in place', async () => {
    const count = WINDOW_MAX + 500;
    const el = await renderTimeline({ chatId: 'c1', messages: conversation(count), height: 500 });
    await settledAtBottom(el);
    // Every message taken into the thread (given ones are taken a page at a time), then back to the latest window.
    expect(await el.scrollToMessage('m1')).to.equal(true);
    el.scrollToLatest();
    await waitUntil(() => article(el, `m${count}`), 'back at the latest', { timeout: 4000 });
    await settledAtBottom(el);
    expect(article(el, 'm500'), 'm500 has no row yet').to.equal(null);

    await scrollLogTo(el, 600);
    await still(el);
    expect(el.shadowRoot!.querySelector('[data-action="load-older"]'), 'older messages are offered').to.exist;
    // Close to the top: the rows of a page of older messages come above.
    log(el).scrollTop = 200;
    const anchor = firstVisible(el);
    await frames(10);
    await still(el);
    expect(article(el, anchor.id), 'the message in view is still there').to.exist;
    const offset = article(el, anchor.id)!.getBoundingClientRect().top - log(el).getBoundingClientRect().top;
    expect(offset, 'the message in view did not move').to.be.closeTo(anchor.offset, 1);
    expect(log(el).scrollTop, 'older rows are above').to.be.greaterThan(1000);

    // The message just before the former first one is right above.
    await scrollLogTo(el, log(el).scrollTop - 300);
    await waitUntil(() => article(el, 'm500'), 'm500 shown', { timeout: 4000 });
    expect(article(el, 'm500')!.getAttribute('aria-posinset')).to.equal('500');
  });

  it('moves the window to an old message to jump to it, and back to the latest', async () => {
    const count = WINDOW_MAX + 2_000;
    const el = await renderTimeline({ chatId: 'c1', messages: conversation(count), height: 500 });
    await settledAtBottom(el);
    expect(article(el, 'm3')).to.equal(null);

    expect(await el.scrollToMessage('m3', { focus: true, highlight: true })).to.equal(true);
    await waitUntil(() => el.shadowRoot!.activeElement === article(el, 'm3'), 'm3 focused', { timeout: 4000 });
    await frames(8);
    const row = article(el, 'm3')!.getBoundingClientRect();
    const box = log(el).getBoundingClientRect();
    expect(row.top >= box.top - 1 && row.bottom <= box.bottom + 1, 'm3 is in view').to.equal(true);
    expect(article(el, 'm3')!.classList.contains('highlight')).to.equal(true);
    expect(article(el, 'm3')!.getAttribute('aria-posinset')).to.equal('3');

    const jump = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="jump"]');
    await waitUntil(() => jump(), 'jump to latest offered');
    jump()!.click();
    await waitUntil(() => article(el, `m${count}`), 'the newest message is shown again', { timeout: 4000 });
    await settledAtBottom(el);
    expect(bottomGap(el, `m${count}`)).to.be.within(-1, 8);
  });

  it('keeps the message in view when the host gives the messages again with a new one', async () => {
    const messages = conversation(6_000);
    const el = await renderTimeline({ chatId: 'c1', messages, height: 500 });
    await settledAtBottom(el);
    // Older given messages are taken down to it (they were not checked nor indexed until now).
    expect(await el.scrollToMessage('m3000')).to.equal(true);
    await frames(8);
    await still(el);
    const top = () => article(el, 'm3000')!.getBoundingClientRect().top - log(el).getBoundingClientRect().top;
    const before = top();
    el.messages = [...messages, { ...messages.at(-1)!, id: 'new', createdAt: new Date().toISOString() }];
    await frames(8);
    await still(el);
    expect(article(el, 'm3000'), 'still shown').to.exist;
    expect(top(), 'not moved').to.be.closeTo(before, 2);
    expect(article(el, 'm3000')!.getAttribute('aria-setsize')).to.equal('6001');
  });

  it('opens at the unread divider even when it lies before the latest window', async () => {
    const count = WINDOW_MAX + 600;
    const messages = conversation(count);
    // Two of every three messages are the client's: 7,000 unread ones go back past the latest 10,000 rows.
    const chat = makeChat({ id: 'c1', unreadCount: 7_000 });
    const el = await renderTimeline({ chatId: 'c1', messages, chat, height: 500 });
    const divider = await waitUntil(() => el.shadowRoot!.querySelector('[part="unread-divider"]'), 'divider rendered', { timeout: 4000 }).then(
      () => el.shadowRoot!.querySelector<HTMLElement>('[part="unread-divider"]')!,
    );
    await frames(8);
    const top = divider.getBoundingClientRect().top - log(el).getBoundingClientRect().top;
    expect(top, 'the divider is at the top of the view').to.be.within(-1, 2);
  });
});
