import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { OlComposerElement } from '../../../src/components/composer/composer.component.js';
import type { Message } from '../../../src/core/model.js';
import { MINE, alerts, button, clearStorage, mountComposer, waitUntil } from './helpers.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

const sendButton = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('[part="send-button"]')!;
const silentToggle = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('.silent-toggle')!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function type(textarea: HTMLTextAreaElement, value: string): Promise<void> {
  textarea.focus();
  await sendKeys({ type: value });
}

describe('<ol-composer>', () => {
  beforeEach(() => clearStorage([MINE, 'c4', 'c5']));

  describe('defaults and properties', () => {
    it('renders an empty labelled text field, the toolbar and a disabled Send button', async () => {
      const { root, textarea } = await mountComposer();
      expect(textarea.getAttribute('aria-label')).to.equal('Message');
      expect(textarea.placeholder).to.equal('Write a message…');
      expect(textarea.disabled).to.equal(false);
      expect(text(root.getElementById('send-hint'))).to.equal('Enter to send, Shift+Enter for a new line');
      expect(sendButton(root).disabled).to.equal(true);
      const labels = [...root.querySelectorAll('[part="toolbar"] button')].map((b) => b.getAttribute('aria-label') ?? text(b));
      expect(labels).to.deep.equal([
        'Upload a file',
        'Mention a user or public chat',
        'Open the list of available commands',
        'Add a smiley',
        'Search GIF images',
        'Open the canned responses database',
        'Enable sales in the chat',
        'Silent mode',
        'Send',
      ]);
      expect(silentToggle(root).getAttribute('aria-pressed')).to.equal('false');
      await expect(root.host).to.be.accessible();
    });

    it('hides the actions the adapter cannot do', async () => {
      const { root } = await mountComposer({
        adapterOptions: { omit: ['uploadFile', 'searchMentions', 'searchGifs', 'listCanned', 'sendSalesItem', 'setSilent'] },
      });
      const labels = [...root.querySelectorAll('[part="toolbar"] button')].map((b) => b.getAttribute('aria-label') ?? text(b));
      expect(labels).to.deep.equal(['Open the list of available commands', 'Add a smiley', 'Send']);
    });

    it('reflects chat-id, send-key and silent, and reads placeholder, drafts and disabled-reason', async () => {
      const el = await fixture<OlComposerElement>(
        html`<ol-composer lang="en" placeholder="Say hi" drafts="off" disabled-reason="Read only"></ol-composer>`,
      );
      el.chatId = 'c42';
      el.sendKey = 'mod-enter';
      el.silent = true;
      await el.updateComplete;
      expect(el.getAttribute('chat-id')).to.equal('c42');
      expect(el.getAttribute('send-key')).to.equal('mod-enter');
      expect(el.hasAttribute('silent')).to.equal(true);
      expect(el.persistDrafts).to.equal(false);
      const root = el.shadowRoot!;
      const field = root.querySelector('textarea')!;
      expect(field.disabled).to.equal(true);
      expect(text(root.getElementById('reason'))).to.equal('Read only');
      expect(text(root.getElementById('send-hint'))).to.equal('Ctrl+Enter (⌘+Enter on a Mac) to send, Enter for a new line');
      el.disabledReason = undefined;
      await el.updateComplete;
      expect(field.disabled).to.equal(false);
      expect(root.getElementById('reason')).to.equal(null);
      expect(field.placeholder).to.equal('Say hi');
    });

    it('speaks French with lang="fr"', async () => {
      const { root, textarea } = await mountComposer({ lang: 'fr' });
      expect(textarea.placeholder).to.equal('Écrivez un message…');
      expect(text(sendButton(root))).to.equal('Envoyer');
    });
  });

  describe('sending (A12)', () => {
    it('sends with Enter: ol-message-send carries the text, the field is cleared and the message shows as sending', async () => {
      const { el, textarea, store, root } = await mountComposer({ adapterOptions: { latency: 80 } });
      await type(textarea, 'Hello there');
      expect(sendButton(root).disabled).to.equal(false);
      const sent = oneEvent(el, 'ol-message-send');
      await sendKeys({ press: 'Enter' });
      const event = await sent;
      expect(event.detail).to.deep.equal({ chatId: MINE, text: 'Hello there', silent: false, attachments: [] });
      expect(event.cancelable).to.equal(true);
      expect(textarea.value).to.equal('');
      const local = store.messages(MINE).at(-1)!;
      expect(local.text).to.equal('Hello there');
      expect(local.delivery).to.equal('sending');
      await waitUntil(() => store.messages(MINE).some((m) => m.text === 'Hello there' && !m.delivery));
      expect(alerts(root)).to.deep.equal([]);
    });

    it('adds a line with Shift+Enter and sends with the Send button', async () => {
      const { el, textarea, root } = await mountComposer();
      await type(textarea, 'one');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ type: 'two' });
      expect(textarea.value).to.equal('one\ntwo');
      const sent = oneEvent(el, 'ol-message-send');
      sendButton(root).click();
      expect((await sent).detail.text).to.equal('one\ntwo');
    });

    it('with send-key="mod-enter", Enter adds a line and Ctrl+Enter sends', async () => {
      const { el, textarea } = await mountComposer({ sendKey: 'mod-enter' });
      const spy = sinon.spy();
      el.addEventListener('ol-message-send', spy);
      await type(textarea, 'first');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'second' });
      expect(spy.called).to.equal(false);
      expect(textarea.value).to.equal('first\nsecond');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Control' });
      expect(spy.calledOnce).to.equal(true);
      expect(spy.firstCall.args[0].detail.text).to.equal('first\nsecond');
    });

    it('does not send blank text', async () => {
      const { el, textarea } = await mountComposer();
      const spy = sinon.spy();
      el.addEventListener('ol-message-send', spy);
      await type(textarea, '   ');
      await sendKeys({ press: 'Enter' });
      expect(spy.called).to.equal(false);
    });

    it('preventDefault() keeps the text in the composer and does not call the adapter', async () => {
      const { el, textarea, adapter, store } = await mountComposer();
      const call = sinon.spy(adapter, 'sendMessage');
      el.addEventListener('ol-message-send', (event) => event.preventDefault());
      await type(textarea, 'Handled by the host');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await aTimeout(0);
      expect(call.called).to.equal(false);
      expect(textarea.value).to.equal('Handled by the host');
      expect(localStorage.getItem(`ol-draft:${MINE}`)).to.contain('Handled by the host');
      expect(store.messages(MINE).some((m) => m.text === 'Handled by the host')).to.equal(false);
    });

    it('a failed send stays in the timeline as failed, the error is shown, and Retry sends it again', async () => {
      const { el, textarea, adapter, store, root } = await mountComposer();
      adapter.failNext('sendMessage', 'Network down');
      const error = oneEvent(el, 'ol-error');
      await type(textarea, 'Will fail once');
      await sendKeys({ press: 'Enter' });
      expect((await error).detail.action).to.equal('ol-message-send');
      await waitUntil(() => alerts(root).length > 0);
      expect(alerts(root)[0]).to.contain('Could not send the message');
      const failed = store.messages(MINE).find((m) => m.text === 'Will fail once')!;
      expect(failed.delivery).to.equal('failed');
      const again = oneEvent(el, 'ol-message-send');
      button(root, 'Retry').click();
      expect((await again).detail.text).to.equal('Will fail once');
      await waitUntil(() => store.messages(MINE).some((m) => m.text === 'Will fail once' && !m.delivery));
      expect(store.messages(MINE).filter((m) => m.text === 'Will fail once')).to.have.length(1);
      await el.updateComplete;
      expect(alerts(root)).to.deep.equal([]);
    });

    it('offers "Unsend" after sending: it deletes the message and puts the text back', async () => {
      const { el, textarea, store, root } = await mountComposer();
      await type(textarea, 'Oops, wrong chat');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelector('[part="toast"]'), 'unsend offered');
      expect(text(root.querySelector('[part="toast"]'))).to.equal('Message sent Unsend');
      const sent = store.messages(MINE).find((m) => m.text === 'Oops, wrong chat' && !m.delivery)!;
      const deleted = oneEvent(el, 'ol-message-delete');
      button(root, 'Unsend').click();
      expect((await deleted).detail).to.deep.equal({ chatId: MINE, messageId: sent.id });
      await waitUntil(() => textarea.value === 'Oops, wrong chat', 'text back');
      await waitUntil(() => store.messages(MINE).find((m) => m.id === sent.id)?.deleted === true);
      expect(root.querySelector('[part="toast"]')).to.equal(null);
    });

    it('withdraws the "Unsend" offer after unsend-ms', async () => {
      const { el, textarea, root } = await mountComposer();
      el.unsendMs = 150;
      await type(textarea, 'Quick');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelector('[part="toast"]'));
      await waitUntil(() => !root.querySelector('[part="toast"]'), 'offer withdrawn', { timeout: 2000 });
    });
  });

  describe('silent mode (A8)', () => {
    it('toggles with ol-silent-change; messages sent while on are silent and the mode is unmistakable', async () => {
      const { el, textarea, root, store } = await mountComposer();
      const change = oneEvent(el, 'ol-silent-change');
      silentToggle(root).click();
      expect((await change).detail).to.deep.equal({ chatId: MINE, silent: true });
      await el.updateComplete;
      expect(store.getChat(MINE)!.silent).to.equal(true);
      expect(silentToggle(root).getAttribute('aria-pressed')).to.equal('true');
      expect(text(root.getElementById('silent-hint'))).to.equal('The client will not see this message');
      expect(root.querySelector('[part="base"]')!.classList.contains('silent')).to.equal(true);
      expect(textarea.placeholder).to.equal('Write a note the client will not see…');
      expect(textarea.getAttribute('aria-describedby')).to.contain('silent-hint');
      await expect(el).to.be.accessible();
      await type(textarea, 'Internal note');
      const sent = oneEvent(el, 'ol-message-send');
      await sendKeys({ press: 'Enter' });
      expect((await sent).detail.silent).to.equal(true);
    });

    it('follows the chat: a chat already silent shows it on', async () => {
      const { root } = await mountComposer({ chatId: 'c5' });
      expect(silentToggle(root).getAttribute('aria-pressed')).to.equal('true');
    });

    it('preventDefault() leaves the mode and does not call the adapter', async () => {
      const { el, root, adapter } = await mountComposer();
      const call = sinon.spy(adapter, 'setSilent');
      el.addEventListener('ol-silent-change', (event) => event.preventDefault());
      silentToggle(root).click();
      await aTimeout(20);
      await el.updateComplete;
      expect(call.called).to.equal(false);
      expect(silentToggle(root).getAttribute('aria-pressed')).to.equal('false');
    });

    it('rolls back and shows the error when the adapter fails', async () => {
      const { el, root, adapter, store } = await mountComposer({ adapterOptions: { failures: { setSilent: true } } });
      void adapter;
      silentToggle(root).click();
      await waitUntil(() => alerts(root).length > 0);
      expect(alerts(root)[0]).to.contain('Could not change silent mode');
      expect(store.getChat(MINE)!.silent).to.equal(false);
      await el.updateComplete;
      expect(silentToggle(root).getAttribute('aria-pressed')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('without an adapter, toggles its own silent property and still fires the event', async () => {
      const el = await fixture<OlComposerElement>(html`<ol-composer lang="en" chat-id="x1"></ol-composer>`);
      const root = el.shadowRoot!;
      const change = oneEvent(el, 'ol-silent-change');
      silentToggle(root).click();
      expect((await change).detail).to.deep.equal({ chatId: 'x1', silent: true });
      await waitUntil(() => el.silent);
      await el.updateComplete;
      expect(silentToggle(root).getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('disabled', () => {
    for (const [chatId, reason] of [
      ['c9', 'This conversation is finished. Start a new conversation to write to the client.'],
      ['c11', 'This conversation was marked as spam.'],
      ['c6', 'Priya Shah is handling this conversation. Intercept it to reply.'],
    ] as const) {
      it(`with the reason shown for ${chatId}: field disabled, no toolbar`, async () => {
        const { el, root, textarea } = await mountComposer({ chatId });
        expect(textarea.disabled).to.equal(true);
        expect(text(root.getElementById('reason'))).to.equal(reason);
        expect(textarea.getAttribute('aria-describedby')).to.contain('reason');
        expect(root.querySelector('[part="toolbar"]')).to.equal(null);
        el.addFiles([new File(['x'], 'x.txt', { type: 'text/plain' })]);
        await el.updateComplete;
        expect(root.querySelector('[part="attachments"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('follows the chat live: taken by a colleague, it locks', async () => {
      const { el, adapter, root, textarea } = await mountComposer();
      adapter.simulateTakenByOther(MINE, 'u3');
      const { storeFor } = await import('../../../src/core/store.js');
      await storeFor(adapter).loadChat(MINE);
      await el.updateComplete;
      expect(textarea.disabled).to.equal(true);
      expect(text(root.getElementById('reason'))).to.contain('Tom Becker');
    });
  });

  describe('reply and quote (M1, M3)', () => {
    const clientMessage = (): Message => ({
      id: 'm-client',
      chatId: MINE,
      authorKind: 'client',
      authorId: 'cl3',
      authorName: 'Olivia Brown',
      text: 'Where is [b]my parcel[/b]?\nIt is late.',
      createdAt: new Date().toISOString(),
    });

    it('reply shows the preview, starts with the client mention, and sends it as BBCode with replyToId', async () => {
      const { el, root, textarea, store } = await mountComposer();
      const loaded = await store.loadMessages(MINE);
      const message = { ...clientMessage(), id: loaded.find((m) => m.authorKind === 'client')!.id };
      el.setReply(message, 'reply');
      await el.updateComplete;
      const preview = root.querySelector('[part="reply-preview"]');
      expect(text(preview?.querySelector('.reply-title'))).to.equal('Replying to Olivia Brown');
      expect(text(preview?.querySelector('.reply-text'))).to.equal('Where is my parcel? It is late.');
      expect(textarea.value).to.equal('@Olivia Brown, ');
      expect(text(root.querySelector('.chips'))).to.contain('Olivia Brown');
      await expect(el).to.be.accessible();
      await waitUntil(() => root.activeElement === textarea, 'focus in the field');
      await sendKeys({ type: 'it left today' });
      const sent = oneEvent(el, 'ol-message-send');
      await sendKeys({ press: 'Enter' });
      const { detail } = await sent;
      expect(detail.text).to.equal('[user=cl3]Olivia Brown[/user], it left today');
      expect(detail.replyToId).to.equal(message.id);
      await el.updateComplete;
      expect(root.querySelector('[part="reply-preview"]')).to.equal(null);
    });

    it('quote shows the preview without a mention; the close button cancels it', async () => {
      const { el, root, textarea } = await mountComposer();
      el.setReply(clientMessage(), 'quote');
      await el.updateComplete;
      expect(text(root.querySelector('.reply-title'))).to.equal('Quoting Olivia Brown');
      expect(textarea.value).to.equal('');
      button(root, 'Cancel reply').click();
      await el.updateComplete;
      expect(root.querySelector('[part="reply-preview"]')).to.equal(null);
    });

    it('cancelling a reply removes the mention it added', async () => {
      const { el, root, textarea } = await mountComposer();
      el.setReply(clientMessage(), 'reply');
      await el.updateComplete;
      button(root, 'Cancel reply').click();
      await el.updateComplete;
      expect(textarea.value).to.equal('');
    });
  });

  describe('drafts', () => {
    it('keeps one draft per chat when chat-id changes', async () => {
      const { el, textarea } = await mountComposer();
      await type(textarea, 'Draft for c3');
      el.chatId = 'c4';
      await el.updateComplete;
      expect(textarea.value).to.equal('');
      await type(textarea, 'Draft for c4');
      el.chatId = MINE;
      await el.updateComplete;
      expect(textarea.value).to.equal('Draft for c3');
      el.chatId = 'c4';
      await el.updateComplete;
      expect(textarea.value).to.equal('Draft for c4');
    });

    it('keeps the reply target with the draft of its chat', async () => {
      const { el, root } = await mountComposer();
      el.setReply({ id: 'mx', chatId: MINE, authorKind: 'client', authorName: 'Olivia Brown', text: 'Hi', createdAt: '' }, 'quote');
      el.chatId = 'c4';
      await el.updateComplete;
      expect(root.querySelector('[part="reply-preview"]')).to.equal(null);
      el.chatId = MINE;
      await el.updateComplete;
      expect(text(root.querySelector('.reply-title'))).to.equal('Quoting Olivia Brown');
    });

    it('setReply() right after chat-id changes goes to the new chat', async () => {
      const { el, root } = await mountComposer();
      el.chatId = 'c4';
      el.setReply({ id: 'my', chatId: 'c4', authorKind: 'client', authorName: 'Ethan Walker', text: 'Hello', createdAt: '' }, 'quote');
      await el.updateComplete;
      expect(text(root.querySelector('.reply-title'))).to.equal('Quoting Ethan Walker');
      el.chatId = MINE;
      await el.updateComplete;
      expect(root.querySelector('[part="reply-preview"]')).to.equal(null);
    });

    it('survives a reload (re-mount) through localStorage, and is cleared when sent', async () => {
      const first = await mountComposer();
      await type(first.textarea, 'Typed before reload');
      expect(JSON.parse(localStorage.getItem(`ol-draft:${MINE}`)!).text).to.equal('Typed before reload');
      first.el.remove();
      const second = await mountComposer({ adapter: first.adapter });
      expect(second.textarea.value).to.equal('Typed before reload');
      second.textarea.focus();
      await sendKeys({ press: 'Enter' });
      expect(localStorage.getItem(`ol-draft:${MINE}`)).to.equal(null);
    });

    it('with drafts="off", nothing is stored', async () => {
      const adapter = MemoryAdapter.demo('en');
      const el = await fixture<OlComposerElement>(
        html`<ol-composer lang="en" chat-id=${MINE} drafts="off" .adapter=${adapter}></ol-composer>`,
      );
      await type(el.shadowRoot!.querySelector('textarea')!, 'Not stored');
      expect(localStorage.getItem(`ol-draft:${MINE}`)).to.equal(null);
    });
  });

  describe('public methods', () => {
    it('insertText() inserts at the cursor and focus() focuses the field', async () => {
      const { el, textarea, root } = await mountComposer();
      await type(textarea, 'Hello world');
      textarea.setSelectionRange(5, 5);
      el.insertText(',');
      expect(textarea.value).to.equal('Hello, world');
      textarea.blur();
      el.focus();
      expect(root.activeElement).to.equal(textarea);
    });
  });
});
