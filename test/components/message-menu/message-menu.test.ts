import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/components/message-menu/ol-message-menu.js';
import type { OlMessageMenuElement } from '../../../src/components/message-menu/ol-message-menu.js';
import { OlEditRequestEvent } from '../../../src/components/message-menu/ol-message-menu.js';
import type { OlAdapter } from '../../../src/core/adapter.js';
import type { Message } from '../../../src/core/model.js';
import type { OlEventMap } from '../../../src/events/index.js';
import { settle } from '../../helpers/fixtures.js';
import { menuSetup } from './menu-setup.js';
import { mount as mountIn } from './mount.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

interface Mounted {
  menu: OlMessageMenuElement;
  button: HTMLButtonElement;
  root: HTMLElement;
}

async function mount(message: Message, adapter?: OlAdapter, lang = 'en'): Promise<Mounted> {
  const { root, el } = await mountIn<OlMessageMenuElement>(
    html`<div lang=${lang} style="padding: 40px">
      <button id="more" aria-haspopup="menu" aria-expanded="false">More</button>
      <ol-message-menu .adapter=${adapter} .message=${message}></ol-message-menu>
    </div>`,
    'ol-message-menu',
  );
  return { root, menu: el, button: root.querySelector('#more')! };
}

const shadow = (menu: OlMessageMenuElement) => menu.shadowRoot!;
const items = (menu: OlMessageMenuElement) => [...shadow(menu).querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
const labels = (menu: OlMessageMenuElement) => items(menu).map((item) => item.textContent!.trim());
const item = (menu: OlMessageMenuElement, action: string) => shadow(menu).querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
const focusedLabel = (menu: OlMessageMenuElement) => (shadow(menu).activeElement as HTMLElement | null)?.textContent?.trim();
const alertText = (menu: OlMessageMenuElement) => shadow(menu).querySelector('[role="alert"]')?.textContent?.trim();
const statusText = (menu: OlMessageMenuElement) => shadow(menu).querySelector('.surface [role="status"]')?.textContent?.trim();

async function open(mounted: Mounted): Promise<void> {
  mounted.button.focus();
  expect(await mounted.menu.show(mounted.button)).to.equal(true);
}

/** Clicks an action and waits for the event it fires. */
async function choose<K extends keyof OlEventMap>(menu: OlMessageMenuElement, action: string, eventName: K): Promise<OlEventMap[K]> {
  const fired = oneEvent(menu, eventName) as Promise<OlEventMap[K]>;
  item(menu, action).click();
  return fired;
}

const CLIENT_LABELS = [
  'Reply',
  'Mark as unread',
  'Quote',
  'Create task',
  'Create chat',
  'Create News Feed post',
  'Start a new conversation',
  'Save as canned response',
];
const OPERATOR_LABELS = [
  'Quote',
  'Create task',
  'Discuss in a new chat',
  'Discuss in the News Feed',
  'Start a new conversation',
  'Save as canned response',
  'Edit',
  'Delete',
];

describe('<ol-message-menu>', () => {
  describe('defaults and properties', () => {
    it('renders closed, with no action in the page', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const { menu } = await mount(clientMessage, adapter);
      expect(menu.open).to.equal(false);
      expect(menu.hasAttribute('open')).to.equal(false);
      expect(items(menu)).to.have.length(0);
      expect(getComputedStyle(shadow(menu).querySelector('.surface')!).display).to.equal('none');
    });

    it('reflects `open`, sets aria-expanded on a menu button, and shows the surface next to the anchor', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const mounted = await mount(clientMessage, adapter);
      await open(mounted);
      const { menu, button } = mounted;
      expect(menu.hasAttribute('open')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const surface = shadow(menu).querySelector<HTMLElement>('.surface')!;
      await waitUntil(() => surface.style.top !== '', 'positioned');
      const anchorRect = button.getBoundingClientRect();
      const rect = surface.getBoundingClientRect();
      expect(rect.top).to.be.closeTo(anchorRect.bottom + 4, 1);
      menu.hide();
      await menu.updateComplete;
      expect(menu.hasAttribute('open')).to.equal(false);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens when `open` is set directly, next to its parent without an anchor', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const { menu } = await mount(clientMessage, adapter);
      menu.setAttribute('open', '');
      await menu.updateComplete;
      expect(labels(menu)).to.deep.equal(CLIENT_LABELS);
    });

    it('stays inside the viewport when the anchor is in a corner', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const { root, el: menu } = await mountIn<OlMessageMenuElement>(
        html`<div lang="en">
          <button id="corner" style="position: fixed; inset-inline-end: 0; inset-block-end: 0">⋯</button>
          <ol-message-menu .adapter=${adapter} .message=${clientMessage}></ol-message-menu>
        </div>`,
        'ol-message-menu',
      );
      await menu.show(root.querySelector('#corner')!);
      const surface = shadow(menu).querySelector<HTMLElement>('.surface')!;
      await waitUntil(() => surface.style.top !== '', 'positioned');
      await aTimeout(20);
      const rect = surface.getBoundingClientRect();
      expect(rect.left).to.be.at.least(0);
      expect(rect.top).to.be.at.least(0);
      expect(rect.right).to.be.at.most(window.innerWidth);
      expect(rect.bottom).to.be.at.most(window.innerHeight);
    });

    it('does not open on a message with no action', async () => {
      const { adapter } = await menuSetup();
      const { menu } = await mount({ id: 'sys', chatId: 'c1', authorKind: 'system', text: 'Chat taken', createdAt: '2026-11-25T09:00:00.000Z' }, adapter);
      expect(await menu.show()).to.equal(false);
      expect(menu.open).to.equal(false);
    });
  });

  describe('action sets', () => {
    it('offers exactly the seed actions on a client message, in order', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const mounted = await mount(clientMessage, adapter);
      await open(mounted);
      expect(labels(mounted.menu)).to.deep.equal(CLIENT_LABELS);
      const menuEl = shadow(mounted.menu).querySelector('[role="menu"]')!;
      expect(menuEl.getAttribute('aria-label')).to.equal('Message actions');
    });

    it("offers exactly the seed actions on the operator's own message, in order", async () => {
      const { ownMessage, adapter } = await menuSetup();
      const mounted = await mount(ownMessage, adapter);
      await open(mounted);
      expect(labels(mounted.menu)).to.deep.equal(OPERATOR_LABELS);
    });

    it("offers no edit or delete on a colleague's message", async () => {
      const { otherMessage, adapter } = await menuSetup();
      const mounted = await mount(otherMessage, adapter);
      await open(mounted);
      expect(labels(mounted.menu)).to.deep.equal(OPERATOR_LABELS.slice(0, 6));
    });

    it('is in French with lang="fr", with the seed vocabulary', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const mounted = await mount(clientMessage, adapter, 'fr');
      await open(mounted);
      expect(labels(mounted.menu)).to.deep.equal([
        'Répondre',
        'Marquer comme non lu',
        'Citer',
        'Créer une tâche',
        'Créer un chat',
        "Créer une publication dans le Flux d'actualités",
        'Démarrer une nouvelle conversation',
        'Enregistrer comme réponse prédéfinie',
      ]);
    });

    it('hides the actions the adapter cannot do', async () => {
      const { clientMessage, adapter } = await menuSetup({ omit: ['markUnread', 'createTask', 'createPostFromMessage', 'saveCanned'] });
      const mounted = await mount(clientMessage, adapter);
      await open(mounted);
      expect(labels(mounted.menu)).to.deep.equal(['Reply', 'Quote', 'Create chat', 'Start a new conversation']);
    });

    it("adds the host's actions after a separator, filtered by their predicate", async () => {
      const { clientMessage, ownMessage, adapter } = await menuSetup();
      const mounted = await mount(clientMessage, adapter);
      mounted.menu.extraActions = [
        { id: 'translate', label: 'Translate', icon: 'chat' },
        { id: 'flag', label: 'Flag for review', visible: (message, chat) => message.authorKind === 'client' && chat?.id === 'c1' },
      ];
      await open(mounted);
      expect(labels(mounted.menu)).to.deep.equal([...CLIENT_LABELS, 'Translate', 'Flag for review']);
      expect(shadow(mounted.menu).querySelectorAll('[role="separator"]')).to.have.length(1);
      mounted.menu.hide();
      mounted.menu.message = ownMessage;
      await open(mounted);
      expect(labels(mounted.menu)).to.deep.equal([...OPERATOR_LABELS, 'Translate']);
    });

    it('fires `ol-message-action` with the id of a host action, and closes', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const mounted = await mount(clientMessage, adapter);
      mounted.menu.extraActions = [{ id: 'translate', label: 'Translate' }];
      await open(mounted);
      const event = await choose(mounted.menu, 'translate', 'ol-message-action');
      expect(event.detail).to.deep.equal({ chatId: 'c1', messageId: 'm-client', action: 'translate' });
      expect(event.bubbles && event.composed).to.equal(true);
      await mounted.menu.updateComplete;
      expect(mounted.menu.open).to.equal(false);
    });

    it('works without an adapter: every action shown, events still fired', async () => {
      const { clientMessage } = await menuSetup();
      const mounted = await mount(clientMessage);
      await open(mounted);
      expect(labels(mounted.menu)).to.deep.equal(CLIENT_LABELS);
      const event = await choose(mounted.menu, 'task', 'ol-message-task');
      expect(event.detail).to.deep.equal({ chatId: 'c1', messageId: 'm-client' });
      await mounted.menu.updateComplete;
      expect(mounted.menu.open).to.equal(false);
    });
  });

  describe('events', () => {
    it('M1 reply and M3 quote fire their cancelable event and close', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const mounted = await mount(clientMessage, adapter);
      await open(mounted);
      const reply = await choose(mounted.menu, 'reply', 'ol-message-reply');
      expect(reply.detail).to.deep.equal({ chatId: 'c1', messageId: 'm-client' });
      expect(reply.cancelable).to.equal(true);
      await mounted.menu.updateComplete;
      expect(mounted.menu.open).to.equal(false);
      expect(document.activeElement).to.equal(mounted.button);
      await open(mounted);
      const quote = await choose(mounted.menu, 'quote', 'ol-message-quote');
      expect(quote.detail).to.deep.equal({ chatId: 'c1', messageId: 'm-client' });
    });

    it('leaves the focus where the composer put it after reply', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const mounted = await mount(clientMessage, adapter);
      const composer = document.createElement('textarea');
      composer.setAttribute('aria-label', 'Composer');
      mounted.root.append(composer);
      mounted.root.addEventListener('ol-message-reply', () => composer.focus());
      await open(mounted);
      item(mounted.menu, 'reply').click();
      await mounted.menu.updateComplete;
      expect(document.activeElement).to.equal(composer);
    });

    it("M2 mark as unread brings the chat's unread counter back in the store", async () => {
      const { clientMessage, adapter, store } = await menuSetup({ latency: 300 });
      const mounted = await mount(clientMessage, adapter);
      await open(mounted);
      expect(store.getChat('c1')!.unreadCount).to.equal(0);
      const event = await choose(mounted.menu, 'unread', 'ol-message-unread');
      expect(event.detail).to.deep.equal({ chatId: 'c1', messageId: 'm-client' });
      // Optimistic: the two client messages from this one on.
      expect(store.getChat('c1')!.unreadCount).to.equal(2);
      await waitUntil(() => !mounted.menu.open, 'closes when done');
      expect(store.getChat('c1')!.unreadCount).to.equal(2);
      expect(adapter.snapshot().chats[0].unreadCount).to.equal(2);
      expect(shadow(mounted.menu).querySelector('.announcer')!.textContent).to.equal('Marked as unread');
    });

    for (const [action, eventName, label, kind] of [
      ['task', 'ol-message-task', 'Task created', 'task'],
      ['chat', 'ol-message-chat', 'Chat created', 'chat'],
      ['post', 'ol-message-post', 'News Feed post created', 'post'],
    ] as const) {
      it(`${action}: fires ${eventName} and confirms with a link to what was created`, async () => {
        const { clientMessage, adapter } = await menuSetup();
        const mounted = await mount(clientMessage, adapter);
        await open(mounted);
        const event = await choose(mounted.menu, action, eventName);
        expect(event.detail).to.deep.equal({ chatId: 'c1', messageId: 'm-client' });
        await waitUntil(() => statusText(mounted.menu) === label, 'confirmed');
        const created = adapter.shares.at(-1)!;
        expect(created.kind).to.equal(kind);
        const link = shadow(mounted.menu).querySelector<HTMLAnchorElement>('.buttons a')!;
        expect(link.href).to.equal(created.url);
        expect(link.rel).to.contain('noopener');
        expect(shadow(mounted.menu).activeElement).to.equal(link);
        await expect(mounted.menu).to.be.accessible();
      });
    }

    it('M7 starts a new conversation from the message and announces its number', async () => {
      const { clientMessage, adapter, store } = await menuSetup();
      const mounted = await mount(clientMessage, adapter);
      await open(mounted);
      const event = await choose(mounted.menu, 'session', 'ol-session-start');
      expect(event.detail).to.deep.equal({ chatId: 'c1', fromMessageId: 'm-client' });
      await waitUntil(() => !mounted.menu.open, 'closes when done');
      const sessionId = store.getChat('c1')!.sessionId;
      expect(sessionId).to.not.equal('100');
      expect(shadow(mounted.menu).querySelector('.announcer')!.textContent).to.equal(`New conversation #${sessionId} started`);
    });

    it('M8 opens the save form prefilled with the message, saves, and the response is in the store', async () => {
      const { clientMessage, adapter, store } = await menuSetup();
      const mounted = await mount(clientMessage, adapter);
      await open(mounted);
      item(mounted.menu, 'canned').click();
      await mounted.menu.updateComplete;
      const form = shadow(mounted.menu).querySelector('ol-canned-save-form')!;
      await form.updateComplete;
      const title = form.shadowRoot!.querySelector<HTMLInputElement>('#title')!;
      const text = form.shadowRoot!.querySelector<HTMLTextAreaElement>('#text')!;
      expect(text.value).to.equal(clientMessage.text);
      expect(title.value).to.equal('My order #42 has not arrived…');
      await waitUntil(() => form.shadowRoot!.activeElement === title, 'title focused');
      const saved = oneEvent(mounted.menu, 'ol-canned-save');
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const event = await saved;
      expect(event.detail).to.deep.equal({
        chatId: 'c1',
        title: 'My order #42 has not arrived…',
        text: clientMessage.text,
        fromMessageId: 'm-client',
      });
      await waitUntil(() => statusText(mounted.menu) === 'Canned response saved', 'confirmed');
      expect(store.canned!.map((c) => c.title)).to.include('My order #42 has not arrived…');
    });

    it('M9 asks the timeline to edit in place; a handled request closes the menu', async () => {
      const { ownMessage, adapter } = await menuSetup();
      const mounted = await mount(ownMessage, adapter);
      const requests: OlEditRequestEvent[] = [];
      mounted.root.addEventListener('ol-edit-request', (event) => {
        requests.push(event);
        event.preventDefault();
      });
      await open(mounted);
      item(mounted.menu, 'edit').click();
      await mounted.menu.updateComplete;
      expect(requests).to.have.length(1);
      expect(requests[0]).to.be.instanceOf(OlEditRequestEvent);
      expect(requests[0].detail).to.deep.equal({ chatId: 'c1', messageId: 'm-own' });
      expect(requests[0].bubbles && requests[0].composed).to.equal(true);
      expect(mounted.menu.open).to.equal(false);
    });

    it('M9 on its own: shows the editor, and Enter saves through the store', async () => {
      const { ownMessage, adapter, store } = await menuSetup();
      const mounted = await mount(ownMessage, adapter);
      await open(mounted);
      item(mounted.menu, 'edit').click();
      await mounted.menu.updateComplete;
      const editor = shadow(mounted.menu).querySelector('ol-message-editor')!;
      await editor.updateComplete;
      const textarea = editor.shadowRoot!.querySelector('textarea')!;
      expect(textarea.value).to.equal('Let me check that for you.');
      expect(editor.shadowRoot!.activeElement).to.equal(textarea);
      await sendKeys({ type: ' Done.' });
      const edited = oneEvent(mounted.menu, 'ol-message-edit');
      await sendKeys({ press: 'Enter' });
      expect((await edited).detail).to.deep.equal({ chatId: 'c1', messageId: 'm-own', text: 'Let me check that for you. Done.' });
      await waitUntil(() => !mounted.menu.open, 'closes when saved');
      expect(store.messages('c1').find((m) => m.id === 'm-own')!.text).to.equal('Let me check that for you. Done.');
      expect(document.activeElement).to.equal(mounted.button);
    });

    it('M10 asks for confirmation, then deletes (the message becomes a deleted marker)', async () => {
      const { ownMessage, adapter, store } = await menuSetup();
      const mounted = await mount(ownMessage, adapter);
      await open(mounted);
      item(mounted.menu, 'delete').click();
      await mounted.menu.updateComplete;
      const confirm = shadow(mounted.menu).querySelector('[part="confirm"]')!;
      expect(confirm.textContent).to.contain('Delete this message?');
      expect(shadow(mounted.menu).activeElement!.textContent!.trim()).to.equal('Cancel');
      await expect(mounted.menu).to.be.accessible();
      const deleted = oneEvent(mounted.menu, 'ol-message-delete');
      shadow(mounted.menu).querySelector<HTMLButtonElement>('.confirm-delete')!.click();
      expect((await deleted).detail).to.deep.equal({ chatId: 'c1', messageId: 'm-own' });
      expect(store.messages('c1').find((m) => m.id === 'm-own')!.deleted).to.equal(true);
      await waitUntil(() => !mounted.menu.open, 'closes when deleted');
      expect(adapter.snapshot().messages.find((m) => m.id === 'm-own')!.deleted).to.equal(true);
    });

    it('M10 cancel closes without deleting', async () => {
      const { ownMessage, adapter } = await menuSetup();
      const spy = sinon.spy(adapter, 'deleteMessage');
      const mounted = await mount(ownMessage, adapter);
      await open(mounted);
      item(mounted.menu, 'delete').click();
      await mounted.menu.updateComplete;
      shadow(mounted.menu).querySelector<HTMLButtonElement>('.cancel')!.click();
      await mounted.menu.updateComplete;
      expect(mounted.menu.open).to.equal(false);
      expect(spy.called).to.equal(false);
    });
  });

  describe('preventDefault', () => {
    for (const [action, eventName, method] of [
      ['unread', 'ol-message-unread', 'markUnread'],
      ['task', 'ol-message-task', 'createTask'],
      ['chat', 'ol-message-chat', 'createChatFromMessage'],
      ['post', 'ol-message-post', 'createPostFromMessage'],
      ['session', 'ol-session-start', 'startSession'],
    ] as const) {
      it(`${eventName} prevented: ${method} is not called and the menu closes`, async () => {
        const { clientMessage, adapter, store } = await menuSetup();
        const spy = sinon.spy(adapter, method);
        const mounted = await mount(clientMessage, adapter);
        mounted.root.addEventListener(eventName, (event) => event.preventDefault());
        await open(mounted);
        item(mounted.menu, action).click();
        await waitUntil(() => !mounted.menu.open, 'closes');
        expect(spy.called).to.equal(false);
        expect(store.getChat('c1')!.unreadCount).to.equal(0);
      });
    }

    it('ol-message-delete prevented: the message is not deleted', async () => {
      const { ownMessage, adapter, store } = await menuSetup();
      const spy = sinon.spy(adapter, 'deleteMessage');
      const mounted = await mount(ownMessage, adapter);
      mounted.root.addEventListener('ol-message-delete', (event) => event.preventDefault());
      await open(mounted);
      item(mounted.menu, 'delete').click();
      await mounted.menu.updateComplete;
      shadow(mounted.menu).querySelector<HTMLButtonElement>('.confirm-delete')!.click();
      await waitUntil(() => !mounted.menu.open, 'closes');
      expect(spy.called).to.equal(false);
      expect(store.messages('c1').find((m) => m.id === 'm-own')!.deleted).to.equal(undefined);
    });
  });

  describe('failures', () => {
    it('mark as unread: rolls the counter back, shows the error, fires ol-error, stays open', async () => {
      const { clientMessage, adapter, store } = await menuSetup({ failures: { markUnread: 'Backend down' }, latency: 300 });
      const mounted = await mount(clientMessage, adapter);
      await open(mounted);
      const errored = oneEvent(mounted.menu, 'ol-error');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(store.getChat('c1')!.unreadCount).to.equal(2);
      const error = await errored;
      expect(error.detail.action).to.equal('ol-message-unread');
      expect(error.detail.messageId).to.equal('m-client');
      expect(error.detail.error.message).to.equal('Backend down');
      await mounted.menu.updateComplete;
      expect(store.getChat('c1')!.unreadCount).to.equal(0);
      // The alert ends with its Retry button.
      expect(alertText(mounted.menu)?.replace(/\s+/g, ' ')).to.equal('Could not mark the message as unread Retry');
      expect(mounted.menu.open).to.equal(true);
      expect(focusedLabel(mounted.menu)).to.equal('Mark as unread');
      await expect(mounted.menu).to.be.accessible();
    });

    it('create task: shows the error and no confirmation', async () => {
      const { clientMessage, adapter } = await menuSetup({ failures: { createTask: true } });
      const mounted = await mount(clientMessage, adapter);
      await open(mounted);
      item(mounted.menu, 'task').click();
      await waitUntil(() => alertText(mounted.menu)?.replace(/\s+/g, ' ') === 'Could not create the task Retry', 'error shown');
      expect(statusText(mounted.menu)).to.equal('');
      expect(adapter.shares).to.have.length(0);
    });

    it('delete: the message comes back and the confirmation shows the error', async () => {
      const { ownMessage, adapter, store } = await menuSetup({ failures: { deleteMessage: true }, latency: 300 });
      const mounted = await mount(ownMessage, adapter);
      await open(mounted);
      item(mounted.menu, 'delete').click();
      await mounted.menu.updateComplete;
      shadow(mounted.menu).querySelector<HTMLButtonElement>('.confirm-delete')!.click();
      await settle();
      expect(store.messages('c1').find((m) => m.id === 'm-own')!.deleted).to.equal(true);
      await waitUntil(() => alertText(mounted.menu)?.replace(/\s+/g, ' ') === 'Could not delete the message Retry', 'error shown');
      expect(store.messages('c1').find((m) => m.id === 'm-own')!.deleted).to.equal(undefined);
      expect(mounted.menu.open).to.equal(true);
      expect(shadow(mounted.menu).querySelector('[part="confirm"]')).to.exist;
      await expect(mounted.menu).to.be.accessible();
    });

    it('edit: the text comes back, the editor keeps what was typed and shows the error', async () => {
      const { ownMessage, adapter, store } = await menuSetup({ failures: { editMessage: true } });
      const mounted = await mount(ownMessage, adapter);
      await open(mounted);
      item(mounted.menu, 'edit').click();
      await mounted.menu.updateComplete;
      const editor = shadow(mounted.menu).querySelector('ol-message-editor')!;
      await editor.updateComplete;
      await sendKeys({ type: '!!' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => editor.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
      // The alert ends with its Retry button.
      expect(editor.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal('Could not edit the message Retry');
      expect(editor.shadowRoot!.querySelector('textarea')!.value).to.equal('Let me check that for you.!!');
      expect(store.messages('c1').find((m) => m.id === 'm-own')!.text).to.equal('Let me check that for you.');
      expect(mounted.menu.open).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('moves with arrows (wrapping), Home/End and type-ahead; Enter chooses', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const mounted = await mount(clientMessage, adapter);
      await open(mounted);
      const { menu } = mounted;
      expect(focusedLabel(menu)).to.equal('Reply');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedLabel(menu)).to.equal('Mark as unread');
      await sendKeys({ press: 'End' });
      expect(focusedLabel(menu)).to.equal('Save as canned response');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedLabel(menu)).to.equal('Reply');
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedLabel(menu)).to.equal('Save as canned response');
      await sendKeys({ press: 'Home' });
      expect(focusedLabel(menu)).to.equal('Reply');
      await sendKeys({ press: 's' });
      expect(focusedLabel(menu)).to.equal('Start a new conversation');
      await aTimeout(700);
      await sendKeys({ press: 'q' });
      expect(focusedLabel(menu)).to.equal('Quote');
      const quote = oneEvent(menu, 'ol-message-quote');
      await sendKeys({ press: 'Enter' });
      expect((await quote).detail.messageId).to.equal('m-client');
    });

    it('Escape closes and gives the focus back to the anchor', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const mounted = await mount(clientMessage, adapter);
      await open(mounted);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Escape' });
      await mounted.menu.updateComplete;
      expect(mounted.menu.open).to.equal(false);
      expect(document.activeElement).to.equal(mounted.button);
    });

    it('Escape from the delete confirmation closes too', async () => {
      const { ownMessage, adapter } = await menuSetup();
      const mounted = await mount(ownMessage, adapter);
      await open(mounted);
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Enter' });
      await mounted.menu.updateComplete;
      expect(shadow(mounted.menu).querySelector('[part="confirm"]')).to.exist;
      await sendKeys({ press: 'Escape' });
      await mounted.menu.updateComplete;
      expect(mounted.menu.open).to.equal(false);
      expect(document.activeElement).to.equal(mounted.button);
    });

    it('opens on the last action with `focus: "last"`', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const { menu, button } = await mount(clientMessage, adapter);
      await menu.show(button, { focus: 'last' });
      expect(focusedLabel(menu)).to.equal('Save as canned response');
    });

    it('Tab closes the menu and moves on from the anchor', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const mounted = await mount(clientMessage, adapter);
      const after = document.createElement('button');
      after.textContent = 'After';
      mounted.button.after(after);
      await open(mounted);
      await sendKeys({ press: 'Tab' });
      await mounted.menu.updateComplete;
      expect(mounted.menu.open).to.equal(false);
      expect(document.activeElement).to.equal(after);
    });

    it('opens from the context-menu key next to the message, and at the pointer on right click', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const { root, el: menu } = await mountIn<OlMessageMenuElement>(
        html`<div lang="en" style="padding: 40px">
          <p id="bubble" tabindex="0" style="inline-size: 300px">My order has not arrived</p>
          <ol-message-menu .adapter=${adapter} .message=${clientMessage}></ol-message-menu>
        </div>`,
        'ol-message-menu',
      );
      const bubble = root.querySelector<HTMLElement>('#bubble')!;
      bubble.addEventListener('contextmenu', (event) => void menu.showFromContextMenu(event, bubble));
      bubble.focus();
      // The context-menu key (or Shift+F10) fires a contextmenu event without a pointer position.
      bubble.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
      await waitUntil(() => menu.open && focusedLabel(menu) === 'Reply', 'opened by keyboard');
      await sendKeys({ press: 'Escape' });
      await menu.updateComplete;
      expect(document.activeElement).to.equal(bubble);

      const rect = bubble.getBoundingClientRect();
      const x = Math.round(rect.left + 200);
      const y = Math.round(rect.top + 5);
      await sendMouse({ type: 'click', position: [x, y], button: 'right' });
      await waitUntil(() => menu.open, 'opened by right click');
      const surface = shadow(menu).querySelector<HTMLElement>('.surface')!;
      await waitUntil(() => Math.abs(surface.getBoundingClientRect().left - x) <= 1, 'at the pointer');
      expect(surface.getBoundingClientRect().top).to.be.closeTo(y + 4, 1);
    });

    it('a click outside closes the menu', async () => {
      const { clientMessage, adapter } = await menuSetup();
      const mounted = await mount(clientMessage, adapter);
      await open(mounted);
      await sendMouse({ type: 'click', position: [5, 5] });
      await mounted.menu.updateComplete;
      expect(mounted.menu.open).to.equal(false);
    });
  });

  describe('accessibility', () => {
    it('passes axe closed and open, client and operator, in English and French', async () => {
      const { clientMessage, ownMessage, adapter } = await menuSetup();
      for (const [message, lang] of [
        [clientMessage, 'en'],
        [ownMessage, 'fr'],
      ] as const) {
        const mounted = await mount(message, adapter, lang);
        await expect(mounted.root).to.be.accessible();
        await open(mounted);
        await expect(mounted.root).to.be.accessible();
      }
    });

    it('passes axe with the save form and with the editor', async () => {
      const { ownMessage, adapter } = await menuSetup();
      const mounted = await mount(ownMessage, adapter);
      await open(mounted);
      item(mounted.menu, 'canned').click();
      await mounted.menu.updateComplete;
      await expect(mounted.root).to.be.accessible();
      mounted.menu.hide();
      await open(mounted);
      item(mounted.menu, 'edit').click();
      await mounted.menu.updateComplete;
      await expect(mounted.root).to.be.accessible();
    });
  });
});
