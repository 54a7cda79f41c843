import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { OlTimelineElement } from '../../../src/components/timeline/ol-timeline.js';
import { sendMessage } from '../../../src/core/actions.js';
import type { Chat } from '../../../src/core/model.js';
import { storeFor } from '../../../src/core/store.js';
import type { OlErrorEvent, OlMessageEditEvent, OlMessageSendEvent } from '../../../src/events/index.js';
import { makeChat } from '../../helpers/fixtures.js';
import { article, articles, conversation, frames, log, NOW, renderTimeline, settledAtBottom } from './helpers.js';

const OPERATOR = { id: 'u1', name: 'Alex Morgan' };

function adapterWith(count: number, options: ConstructorParameters<typeof MemoryAdapter>[1] = {}, chat: Partial<Chat> = {}): MemoryAdapter {
  return new MemoryAdapter(
    {
      me: OPERATOR.id,
      operators: [OPERATOR],
      queues: [{ id: 'q1', name: 'Support' }],
      chats: [makeChat({ id: 'c1', operatorId: OPERATOR.id, updatedAt: NOW.toISOString(), ...chat })],
      messages: conversation(count),
    },
    options,
  );
}

const focusedId = (el: OlTimelineElement) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['messageId'];
/** The timeline's menu: rendered from the first time a message's menu opens. */
const menuOf = (el: OlTimelineElement) => el.shadowRoot!.querySelector('ol-message-menu');

/** Clicks the middle of an element with a real mouse. */
async function click(element: Element, button: 'left' | 'right' = 'left'): Promise<void> {
  const rect = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)], button });
}

/** Tabs into the timeline from a button placed before it. */
async function tabInto(el: OlTimelineElement): Promise<HTMLButtonElement> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.parentElement!.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  return before;
}

describe('<ol-timeline> actions and keyboard', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  describe('loading', () => {
    it('shows a loading state, then the messages', async () => {
      const el = await renderTimeline({ adapter: adapterWith(5, { latency: 300 }), chatId: 'c1' });
      const status = el.shadowRoot!.querySelector('[role="status"].state')!;
      expect(status.textContent).to.contain('Loading');
      await expect(el).to.be.accessible();
      await settledAtBottom(el);
      expect(articles(el)).to.have.length(5);
    });

    it('shows a failure to load with role="alert" and Retry, and fires ol-error', async () => {
      const adapter = adapterWith(5, { failures: { listMessages: 'Backend down' } });
      const errors: OlErrorEvent[] = [];
      const onError = (event: OlErrorEvent) => errors.push(event);
      document.addEventListener('ol-error', onError);
      try {
        const el = await renderTimeline({ adapter, chatId: 'c1' });
        await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'alert shown');
        expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Could not load the messages');
        expect(el.shadowRoot!.textContent).to.contain('Backend down');
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.action).to.equal('listMessages');
        expect(errors[0]!.detail.chatId).to.equal('c1');
        expect(errors[0]!.detail.error.message).to.equal('Backend down');
        await expect(el).to.be.accessible();

        adapter.setFailure('listMessages', undefined);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="reload"]')!.click();
        await settledAtBottom(el);
        expect(articles(el)).to.have.length(5);
      } finally {
        document.removeEventListener('ol-error', onError);
      }
    });
  });

  describe('live updates', () => {
    it('shows edits, deletions and removals from the store in place', async () => {
      const adapter = adapterWith(6);
      const el = await renderTimeline({ adapter, chatId: 'c1' });
      await settledAtBottom(el);
      const store = storeFor(adapter);
      const m5 = store.messages('c1').find((m) => m.id === 'm5')!;
      store.apply({ type: 'message-updated', message: { ...m5, text: 'Corrected [i]text[/i]', editedAt: new Date().toISOString() } });
      await waitUntil(() => article(el, 'm5')!.querySelector('.edited-label'), 'edited marker');
      expect(article(el, 'm5')!.querySelector('.text em')!.textContent).to.equal('text');
      const m4 = store.messages('c1').find((m) => m.id === 'm4')!;
      store.apply({ type: 'message-updated', message: { ...m4, deleted: true, text: '', editedAt: new Date().toISOString() } });
      await waitUntil(() => article(el, 'm4')!.querySelector('.text.deleted'), 'deleted marker');
      store.apply({ type: 'message-removed', chatId: 'c1', messageId: 'm2' });
      await waitUntil(() => article(el, 'm2') === null, 'removed');
      expect(articles(el).map((a) => a.dataset['messageId'])).to.deep.equal(['m1', 'm3', 'm4', 'm5', 'm6']);
    });

    it('ignores changes of other chats', async () => {
      const adapter = adapterWith(3);
      const el = await renderTimeline({ adapter, chatId: 'c1' });
      await settledAtBottom(el);
      const update = sinon.spy(el as unknown as { update: () => void }, 'update');
      storeFor(adapter).apply({
        type: 'message-added',
        message: { id: 'x1', chatId: 'c2', authorKind: 'client', text: 'elsewhere', createdAt: new Date().toISOString() },
      });
      await frames(2);
      expect(update.callCount).to.equal(0);
    });

    it('announces new incoming messages when asked to', async () => {
      const adapter = adapterWith(3);
      const el = await renderTimeline({ adapter, chatId: 'c1' });
      el.announce = true;
      await settledAtBottom(el);
      adapter.simulateClientMessage('c1', 'Is anyone [b]there[/b]?');
      const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
      await waitUntil(() => region.textContent!.includes('New message from'), 'announced');
      expect(region.textContent!.trim()).to.equal('New message from Anna Client: Is anyone there?');
    });

    it('shows "Sending…" while the adapter works, then the sent message', async () => {
      const adapter = adapterWith(3, { latency: 300 });
      const el = await renderTimeline({ adapter, chatId: 'c1' });
      await settledAtBottom(el);
      const store = storeFor(adapter);
      await store.loadDirectory();
      const sending = sendMessage(store, el, 'c1', { text: 'On my way', silent: true, attachments: [] });
      await waitUntil(() => el.shadowRoot!.querySelector('.delivery.sending'), 'sending shown');
      const local = el.shadowRoot!.querySelector('.delivery.sending')!.closest('article')!;
      expect(local.textContent).to.contain('On my way');
      expect(local.getAttribute('aria-label')).to.contain('Sending…');
      expect(local.querySelector('.silent-label')).to.exist;
      await sending;
      await waitUntil(() => !el.shadowRoot!.querySelector('.delivery'), 'sent');
      expect(articles(el).at(-1)!.textContent).to.contain('On my way');
    });
  });

  describe('failed messages', () => {
    async function failedMessage() {
      const adapter = adapterWith(3, { failures: { sendMessage: 'Network down' } });
      const el = await renderTimeline({ adapter, chatId: 'c1' });
      await settledAtBottom(el);
      const store = storeFor(adapter);
      await sendMessage(store, el, 'c1', { text: 'Please retry me', silent: false, attachments: [] });
      await waitUntil(() => el.shadowRoot!.querySelector('.failed-actions'), 'failed message shown');
      const failed = el.shadowRoot!.querySelector('.failed-actions')!.closest('article')!;
      return { adapter, el, store, failed };
    }

    it('marks a failed message and retries it: the event fires again and the adapter is called', async () => {
      const { adapter, el, failed } = await failedMessage();
      expect(failed.querySelector('.delivery')!.textContent).to.contain('Not sent');
      expect(failed.querySelector('.failed-text')!.textContent).to.equal('The message was not sent');
      await expect(el).to.be.accessible();

      const send = sinon.spy(adapter, 'sendMessage');
      const fired = oneEvent(el, 'ol-message-send') as Promise<OlMessageSendEvent>;
      failed.querySelector<HTMLButtonElement>('[data-action="retry"]')!.click();
      const event = await fired;
      expect(event.detail).to.deep.equal({ chatId: 'c1', text: 'Please retry me', silent: false, attachments: [] });
      await waitUntil(() => el.shadowRoot!.querySelector('.action-error[role="alert"]'), 'error shown');
      expect(send.callCount).to.equal(1);
      expect(el.shadowRoot!.querySelector('.action-error')!.textContent).to.contain('Could not send the message');
      expect(el.shadowRoot!.querySelector('.failed-actions'), 'still offered').to.exist;

      adapter.setFailure('sendMessage', undefined);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="retry"]')!.click();
      await waitUntil(() => !el.shadowRoot!.querySelector('.failed-actions'), 'sent on retry');
      expect(send.callCount).to.equal(2);
      expect(articles(el).at(-1)!.textContent).to.contain('Please retry me');
      expect(articles(el).at(-1)!.dataset['messageId']).not.to.match(/^local:/);
    });

    it('does not call the adapter when the host prevents the retry', async () => {
      const { adapter, el, failed } = await failedMessage();
      const send = sinon.spy(adapter, 'sendMessage');
      el.addEventListener('ol-message-send', (event) => event.preventDefault(), { once: true });
      failed.querySelector<HTMLButtonElement>('[data-action="retry"]')!.click();
      await frames(3);
      expect(send.callCount).to.equal(0);
      expect(el.shadowRoot!.querySelector('.failed-actions')).to.exist;
    });

    it('deletes a failed message', async () => {
      const { el, store, failed } = await failedMessage();
      const id = failed.dataset['messageId']!;
      failed.querySelector<HTMLButtonElement>('[data-action="discard"]')!.click();
      await waitUntil(() => article(el, id) === null, 'removed');
      expect(store.messages('c1').some((m) => m.id === id)).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('moves between messages with arrows, Home/End and PageUp/PageDown', async () => {
      const el = await renderTimeline({ adapter: adapterWith(40), chatId: 'c1' });
      await settledAtBottom(el);
      await tabInto(el);
      expect(focusedId(el), 'the latest message holds the tab stop').to.equal('m40');
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedId(el)).to.equal('m39');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedId(el)).to.equal('m40');
      await sendKeys({ press: 'PageUp' });
      await waitUntil(() => focusedId(el) === 'm30', 'PageUp moves ten');
      await sendKeys({ press: 'Home' });
      await waitUntil(() => focusedId(el) === 'm1', 'Home: first loaded message', { timeout: 4000 });
      const top = log(el).getBoundingClientRect().top;
      expect(article(el, 'm1')!.getBoundingClientRect().top).to.be.at.least(top - 1);
      await sendKeys({ press: 'PageDown' });
      await waitUntil(() => focusedId(el) === 'm11', 'PageDown moves ten');
      await sendKeys({ press: 'End' });
      await waitUntil(() => focusedId(el) === 'm40', 'End: last message', { timeout: 4000 });
      expect(article(el, 'm40')!.getAttribute('tabindex')).to.equal('0');
      expect(articles(el).filter((a) => a.getAttribute('tabindex') === '0')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('keeps one tab stop when the active message is scrolled out of the DOM', async () => {
      const el = await renderTimeline({ adapter: adapterWith(60), chatId: 'c1' });
      await settledAtBottom(el);
      const before = await tabInto(el);
      expect(focusedId(el)).to.equal('m60');
      const scroller = log(el);
      scroller.dispatchEvent(new WheelEvent('wheel'));
      scroller.scrollTop = 0;
      await waitUntil(() => article(el, 'm60') === null, 'm60 virtualized away');
      await waitUntil(() => scroller.tabIndex === 0, 'the log takes the tab stop');
      before.focus();
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => focusedId(el) === 'm60', 'focus goes on to the active message', { timeout: 4000 });
      expect(scroller.tabIndex).to.equal(-1);
    });

    it('opens the message menu with the context-menu key and Shift+F10', async () => {
      const el = await renderTimeline({ adapter: adapterWith(10), chatId: 'c1' });
      await settledAtBottom(el);
      await tabInto(el);
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedId(el)).to.equal('m9');
      // The menu loads on first use: not rendered before a message's menu opens.
      expect(menuOf(el)).to.equal(null);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'F10' });
      await sendKeys({ up: 'Shift' });
      await waitUntil(() => menuOf(el)?.open, 'menu open');
      expect(menuOf(el)!.message!.id).to.equal('m9');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !menuOf(el)?.open && focusedId(el) === 'm9', 'closed, focus back');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ContextMenu' });
      await waitUntil(() => menuOf(el)?.open, 'menu open again');
      expect(menuOf(el)!.message!.id).to.equal('m8');
    });
  });

  describe('message menu', () => {
    it('opens from the ⋯ button shown on hover, and from a right click', async () => {
      const el = await renderTimeline({ adapter: adapterWith(10), chatId: 'c1' });
      await settledAtBottom(el);
      const target = article(el, 'm9')!;
      expect(target.querySelector('.more'), 'hidden until hovered').to.equal(null);
      await sendMouse({ type: 'move', position: [Math.round(target.getBoundingClientRect().x + 60), Math.round(target.getBoundingClientRect().y + 20)] });
      await waitUntil(() => target.querySelector('.more'), '⋯ shown on hover');
      const more = target.querySelector<HTMLButtonElement>('.more')!;
      expect(more.getAttribute('aria-label')).to.equal('Message actions');
      expect(more.getAttribute('aria-haspopup')).to.equal('menu');
      await click(more);
      await waitUntil(() => menuOf(el)?.open, 'menu open');
      expect(menuOf(el)!.message!.id).to.equal('m9');
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !menuOf(el)?.open);

      await click(article(el, 'm10')!.querySelector('.bubble')!, 'right');
      await waitUntil(() => menuOf(el)?.open, 'menu open on right click');
      expect(menuOf(el)!.message!.id).to.equal('m10');
      await sendKeys({ press: 'Escape' });
    });

    it('edits an own message in place when the menu asks for it', async () => {
      const adapter = adapterWith(9);
      const el = await renderTimeline({ adapter, chatId: 'c1' });
      await settledAtBottom(el);
      await storeFor(adapter).loadDirectory();
      // m9 is the operator's (every third message).
      const own = article(el, 'm9')!;
      await click(own.querySelector('.bubble')!, 'right');
      await waitUntil(() => menuOf(el)?.open, 'menu open');
      const edit = () => menuOf(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="edit"]');
      await waitUntil(() => edit(), 'edit offered');
      edit()!.click();
      await waitUntil(() => article(el, 'm9')!.querySelector('ol-message-editor'), 'editor in place');
      expect(menuOf(el)!.open).to.equal(false);
      const editor = article(el, 'm9')!.querySelector('ol-message-editor')!;
      await waitUntil(() => editor.shadowRoot?.activeElement?.tagName === 'TEXTAREA', 'editor focused');
      const fired = oneEvent(el, 'ol-message-edit') as Promise<OlMessageEditEvent>;
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' (edited)' });
      await sendKeys({ press: 'Enter' });
      const event = await fired;
      expect(event.detail).to.deep.equal({ chatId: 'c1', messageId: 'm9', text: 'Message number 9 (edited)' });
      await waitUntil(() => !article(el, 'm9')!.querySelector('ol-message-editor'), 'editor closed');
      expect(article(el, 'm9')!.querySelector('.text')!.textContent).to.equal('Message number 9 (edited)');
      expect(article(el, 'm9')!.querySelector('.edited-label')).to.exist;
    });
  });
});
