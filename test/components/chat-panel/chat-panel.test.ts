import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { OlChatPanelElement } from '../../../src/components/chat-panel/ol-chat-panel.js';
import type { OlComposerElement } from '../../../src/components/composer/ol-composer.js';
import type { OlTimelineElement } from '../../../src/components/timeline/ol-timeline.js';
import { OlMessageQuoteEvent, OlMessageReplyEvent } from '../../../src/events/message-events.js';
import { makeChat, makeMessage } from '../../helpers/fixtures.js';
import { CHATS, actionButton, actionNames, demoAdapter, headerOf, headerRoot, openMenu, panelOn, ignoreResizeObserverLoops } from './helpers.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (panel: OlChatPanelElement, name: string) => panel.shadowRoot!.querySelector(`[part~="${name}"]`);
const timelineOf = (panel: OlChatPanelElement) => panel.shadowRoot!.querySelector('ol-timeline') as OlTimelineElement;
const composerOf = (panel: OlChatPanelElement) => panel.shadowRoot!.querySelector('ol-composer') as OlComposerElement;
const articles = (panel: OlChatPanelElement) => timelineOf(panel)?.shadowRoot?.querySelectorAll('article[data-message-id]') ?? [];

const ME = { id: 'op-me', name: 'Jane Operator' };
const OPERATORS = [ME, { id: 'op-2', name: 'Kim Colleague', status: 'online' as const, activeChats: 2 }];
const QUEUES = [{ id: 'q1', name: 'Billing' }];

describe('<ol-chat-panel>', () => {
  ignoreResizeObserverLoops();

  afterEach(() => sinon.restore());

  describe('defaults and states', () => {
    it('says "Select a chat" without a chat-id, with the documented parts', async () => {
      const panel = await fixture<OlChatPanelElement>(html`<ol-chat-panel></ol-chat-panel>`);
      expect(text(part(panel, 'empty'))).to.equal('Select a chat to start');
      expect(part(panel, 'base')).to.exist;
      expect(panel.undoMs).to.equal(5000);
      expect(panel.hasAttribute('chat-id')).to.equal(false);
      await expect(panel).to.be.accessible();
    });

    it('reflects chat-id, loads the chat, marks it read, and shows header, timeline and composer', async () => {
      const adapter = demoAdapter();
      expect((await adapter.getChat(CHATS.answered)).unreadCount).to.equal(2);
      const panel = await panelOn(CHATS.answered, adapter);
      expect(panel.getAttribute('chat-id')).to.equal(CHATS.answered);
      expect(part(panel, 'header')!.localName).to.equal('ol-chat-header');
      expect(part(panel, 'timeline')!.localName).to.equal('ol-timeline');
      expect(part(panel, 'composer')!.localName).to.equal('ol-composer');
      expect(part(panel, 'base')!.getAttribute('aria-label')).to.equal('Olivia Brown');
      await waitUntil(async () => (await adapter.getChat(CHATS.answered)).unreadCount === 0, 'not marked read');
      await waitUntil(() => articles(panel).length > 0, 'no messages');
      panel.chatId = CHATS.waiting;
      await waitUntil(() => text(headerRoot(panel).querySelector('.title')) === 'Sarah Johnson');
      expect(panel.getAttribute('chat-id')).to.equal(CHATS.waiting);
    });

    it('exports the parts of its header, timeline and composer for ::part styling', async () => {
      const style = document.createElement('style');
      style.textContent = `
        ol-chat-panel::part(header-title) { color: rgb(1, 2, 3); }
        ol-chat-panel::part(header-meta) { color: rgb(4, 5, 6); }
        ol-chat-panel::part(timeline-bubble) { outline: 3px solid rgb(7, 8, 9); }
        ol-chat-panel::part(composer-input) { color: rgb(10, 11, 12); }`;
      document.head.append(style);
      try {
        const panel = await panelOn(CHATS.answered);
        await waitUntil(() => articles(panel).length > 0);
        expect(getComputedStyle(headerRoot(panel).querySelector('.title')!).color).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(headerRoot(panel).querySelector('.meta')!).color).to.equal('rgb(4, 5, 6)');
        const bubble = timelineOf(panel).shadowRoot!.querySelector('[part~="bubble"]')!;
        expect(getComputedStyle(bubble).outlineColor).to.equal('rgb(7, 8, 9)');
        const input = composerOf(panel).shadowRoot!.querySelector('[part~="input"]')!;
        expect(getComputedStyle(input).color).to.equal('rgb(10, 11, 12)');
      } finally {
        style.remove();
      }
    });

    it('fills its container: header on top, timeline in the middle, composer at the bottom', async () => {
      const panel = await panelOn(CHATS.answered);
      const box = panel.getBoundingClientRect();
      const header = part(panel, 'header')!.getBoundingClientRect();
      const timeline = part(panel, 'timeline')!.getBoundingClientRect();
      const composer = part(panel, 'composer')!.getBoundingClientRect();
      expect(box.height).to.equal(640);
      expect(header.top).to.equal(box.top);
      expect(timeline.top).to.be.closeTo(header.bottom, 1);
      expect(composer.bottom).to.be.closeTo(box.bottom, 16);
      expect(timeline.height).to.be.greaterThan(200);
    });

    it('shows a loading state, then an error with Retry that loads again', async () => {
      const adapter = demoAdapter({ latency: 40, failures: { getChat: 'Network down' } });
      const panel = await fixture<OlChatPanelElement>(html`<ol-chat-panel chat-id=${CHATS.answered} .adapter=${adapter}></ol-chat-panel>`);
      expect(text(part(panel, 'empty'))).to.equal('Loading…');
      expect(part(panel, 'empty')!.getAttribute('role')).to.equal('status');
      await waitUntil(() => panel.shadowRoot!.querySelector('[role="alert"]'));
      expect(text(panel.shadowRoot!.querySelector('[role="alert"]'))).to.contain('Network down');
      await expect(panel).to.be.accessible();
      adapter.clearFailures();
      const retry = [...panel.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Retry')!;
      retry.click();
      await waitUntil(() => headerRoot(panel).querySelector('.title'));
    });

    it('says when the chat cannot be found (properties only, unknown id)', async () => {
      const panel = await fixture<OlChatPanelElement>(html`<ol-chat-panel chat-id="nope"></ol-chat-panel>`);
      expect(text(part(panel, 'empty'))).to.equal('This chat could not be found');
    });

    for (const [name, id] of Object.entries(CHATS)) {
      it(`is accessible: ${name} chat`, async () => {
        const panel = await panelOn(id);
        await waitUntil(() => articles(panel).length > 0, 'no messages');
        await expect(panel).to.be.accessible();
      });
    }
  });

  it('showDialog() opens a dialog of the current chat (e.g. the history a chat list asks for)', async () => {
    const panel = await panelOn(CHATS.answered);
    const fired = oneEvent(panel, 'ol-chat-history');
    await panel.showDialog('history');
    expect((await fired).detail).to.deep.equal({ chatId: CHATS.answered });
    const dialog = headerRoot(panel).querySelector('ol-history-dialog')!;
    await waitUntil(() => dialog.shadowRoot!.querySelector('dialog[open]'));
  });

  describe('properties only (no adapter)', () => {
    it('renders from chat, messages, me, operators and queues, and still fires every event', async () => {
      const chat = makeChat({ id: 'p1', title: 'Anna — invoice', operatorId: ME.id, queueId: 'q1' });
      const messages = [makeMessage({ chatId: 'p1', text: 'Hello [b]there[/b]' })];
      const panel = await fixture<OlChatPanelElement>(
        html`<ol-chat-panel
          style="block-size: 500px"
          undo-ms="20"
          .chat=${chat}
          .messages=${messages}
          .me=${ME}
          .operators=${OPERATORS}
          .queues=${QUEUES}
        ></ol-chat-panel>`,
      );
      expect(panel.chatId).to.equal('p1');
      await waitUntil(() => headerRoot(panel)?.querySelector('.title'));
      expect(text(headerRoot(panel).querySelector('.meta'))).to.contain('Open channel: Billing').and.contain('Assigned to Jane Operator');
      expect(actionNames(panel)).to.deep.equal(['invite', 'transfer', 'finish']);
      await waitUntil(() => articles(panel).length === 1);
      const fired = oneEvent(panel, 'ol-chat-finish');
      actionButton(panel, 'finish')!.click();
      expect((await fired).detail).to.deep.equal({ chatId: 'p1' });
      await headerOf(panel)!.updateComplete;
      // The host owns the data: nothing changes until it sets `chat`.
      expect(text(headerRoot(panel).querySelector('.badge.state'))).to.equal('In progress');
      panel.chat = { ...chat, state: 'closed' };
      await waitUntil(() => text(headerRoot(panel).querySelector('.notice')).includes('This conversation is finished'));
    });

    it("shows another operator's chat as theirs", async () => {
      const chat = makeChat({ id: 'p2', operatorId: 'op-2' });
      const panel = await fixture<OlChatPanelElement>(
        html`<ol-chat-panel .chat=${chat} .me=${ME} .operators=${OPERATORS}></ol-chat-panel>`,
      );
      await waitUntil(() => headerRoot(panel)?.querySelector('.notice'));
      expect(text(headerRoot(panel).querySelector('.notice'))).to.contain('Kim Colleague is handling this conversation');
    });
  });

  describe('reply and quote from the timeline or the message menu', () => {
    it('ol-message-reply / ol-message-quote put the message into the composer', async () => {
      const adapter = demoAdapter();
      const panel = await panelOn(CHATS.answered, adapter);
      await waitUntil(() => articles(panel).length > 0);
      const composer = composerOf(panel);
      const setReply = sinon.spy(composer, 'setReply');
      const message = (await adapter.listMessages(CHATS.answered, { limit: 50 })).items.find((m) => m.authorKind === 'client')!;
      timelineOf(panel).dispatchEvent(new OlMessageReplyEvent({ chatId: CHATS.answered, messageId: message.id }));
      await aTimeout(0);
      expect(setReply.calledOnce).to.equal(true);
      expect(setReply.firstCall.args[0].id).to.equal(message.id);
      expect(setReply.firstCall.args[1]).to.equal('reply');
      timelineOf(panel).dispatchEvent(new OlMessageQuoteEvent({ chatId: CHATS.answered, messageId: message.id }));
      await aTimeout(0);
      expect(setReply.secondCall.args[1]).to.equal('quote');
      await waitUntil(() => composer.shadowRoot!.querySelector('[part~="reply-preview"]'), 'no reply preview');
    });

    it('does nothing when the host prevents the event (even listening on the document)', async () => {
      const adapter = demoAdapter();
      const panel = await panelOn(CHATS.answered, adapter);
      await waitUntil(() => articles(panel).length > 0);
      const setReply = sinon.spy(composerOf(panel), 'setReply');
      const prevent = (e: Event) => e.preventDefault();
      document.addEventListener('ol-message-reply', prevent);
      try {
        const message = (await adapter.listMessages(CHATS.answered, { limit: 50 })).items[1]!;
        timelineOf(panel).dispatchEvent(new OlMessageReplyEvent({ chatId: CHATS.answered, messageId: message.id }));
        await aTimeout(0);
        expect(setReply.called).to.equal(false);
      } finally {
        document.removeEventListener('ol-message-reply', prevent);
      }
    });
  });

  describe('file drops on the whole panel', () => {
    const drag = (type: string, file: File) => {
      const data = new DataTransfer();
      data.items.add(file);
      return new DragEvent(type, { dataTransfer: data, bubbles: true, composed: true, cancelable: true });
    };

    it('shows a drop zone and gives the dropped files to the composer', async () => {
      const panel = await panelOn(CHATS.answered);
      const addFiles = sinon.spy(composerOf(panel), 'addFiles');
      const file = new File(['hello'], 'notes.txt', { type: 'text/plain' });
      const target = headerRoot(panel).querySelector('.title')!;
      target.dispatchEvent(drag('dragover', file));
      await panel.updateComplete;
      expect(text(part(panel, 'drop-zone'))).to.equal('Drop files here');
      const drop = drag('drop', file);
      target.dispatchEvent(drop);
      expect(drop.defaultPrevented).to.equal(true);
      expect(addFiles.calledOnce).to.equal(true);
      expect(addFiles.firstCall.args[0].map((f) => f.name)).to.deep.equal(['notes.txt']);
      await panel.updateComplete;
      expect(part(panel, 'drop-zone')).to.equal(null);
    });

    it('refuses drops on a finished chat', async () => {
      const panel = await panelOn(CHATS.closed);
      const addFiles = sinon.spy(composerOf(panel), 'addFiles');
      const file = new File(['x'], 'x.txt');
      const over = drag('dragover', file);
      headerRoot(panel).querySelector('.title')!.dispatchEvent(over);
      expect(over.defaultPrevented).to.equal(false);
      headerRoot(panel).querySelector('.title')!.dispatchEvent(drag('drop', file));
      expect(addFiles.called).to.equal(false);
    });
  });

  describe('live updates', () => {
    it('another operator takes the chat: the header shows the owner and Intercept, the composer locks; Intercept takes it back', async () => {
      const adapter = demoAdapter();
      const panel = await panelOn(CHATS.answered, adapter);
      expect(actionNames(panel)).to.deep.equal(['invite', 'transfer', 'finish']);
      adapter.simulateTakenByOther(CHATS.answered, 'u2');
      await waitUntil(() => text(headerRoot(panel).querySelector('.notice')).includes('Priya Shah is handling this conversation'));
      expect(actionNames(panel)).to.deep.equal([]);
      expect(text(headerRoot(panel).querySelector('.operator'))).to.equal('Assigned to Priya Shah');
      await waitUntil(() => composerOf(panel).shadowRoot!.querySelector('textarea')?.disabled, 'the composer is not locked');
      expect((await openMenu(panel)).map((i) => i.dataset.action)).to.include('intercept');
      await expect(panel).to.be.accessible();
      const fired = oneEvent(panel, 'ol-chat-intercept');
      headerRoot(panel).querySelector<HTMLButtonElement>('.notice .button')!.click();
      expect((await fired).detail).to.deep.equal({ chatId: CHATS.answered });
      await waitUntil(() => actionNames(panel).join() === 'invite,transfer,finish');
      await waitUntil(() => !composerOf(panel).shadowRoot!.querySelector('textarea')?.disabled);
    });

    it('a chat finished elsewhere becomes read-only', async () => {
      const adapter = demoAdapter();
      const panel = await panelOn(CHATS.answered, adapter);
      await adapter.finish(CHATS.answered);
      await waitUntil(() => text(headerRoot(panel).querySelector('.notice')).includes('This conversation is finished'));
      expect(actionNames(panel)).to.deep.equal([]);
    });
  });
});
