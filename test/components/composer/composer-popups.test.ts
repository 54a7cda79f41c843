import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { EMOJI_RECENTS_KEY } from '../../../src/components/emoji-picker/emoji-picker.component.js';
import { alerts, button, clearStorage, mountComposer as mount, waitUntil, type Mounted } from './helpers.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

/** This file's chat (see helpers). */
const MINE = 'c15';
const mountComposer = (options: Parameters<typeof mount>[0] = {}) => mount({ chatId: MINE, ...options });

const options = (root: ShadowRoot) => [...root.querySelectorAll('[role="listbox"] [role="option"]')];
const optionLabels = (root: ShadowRoot) => options(root).map((o) => o.querySelector('.option-label')!.textContent);
const activeOption = (m: Mounted) => m.root.getElementById(m.textarea.getAttribute('aria-activedescendant') ?? '');
const popup = (root: ShadowRoot) => root.querySelector<HTMLElement>('[part="popup"]');
/** The focused element, inside nested shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function typeIn(m: Mounted, value: string): Promise<void> {
  m.textarea.focus();
  await sendKeys({ type: value });
}

/** Activates a toolbar button with the keyboard. */
async function pressButton(m: Mounted, label: string): Promise<void> {
  button(m.root, label).focus();
  await sendKeys({ press: 'Enter' });
}

describe('<ol-composer> popups and lists', () => {
  beforeEach(() => clearStorage([MINE], { recents: true }));

  describe('mentions (A5)', () => {
    it('@ opens the list; Enter inserts the mention, shown as @Name and a chip, sent as BBCode', async () => {
      const m = await mountComposer();
      await typeIn(m, 'Hi @Pri');
      await waitUntil(() => optionLabels(m.root).includes('Priya Shah'), 'mention list');
      const listbox = m.root.querySelector('[role="listbox"]')!;
      expect(m.textarea.getAttribute('aria-controls')).to.equal(listbox.id);
      expect(activeOption(m)!.getAttribute('aria-selected')).to.equal('true');
      await expect(m.el).to.be.accessible();
      const insert = oneEvent(m.el, 'ol-mention-insert');
      await sendKeys({ press: 'Enter' });
      expect((await insert).detail).to.deep.equal({ chatId: MINE, mention: { kind: 'user', id: 'u2', name: 'Priya Shah' } });
      await m.el.updateComplete;
      expect(m.textarea.value).to.equal('Hi @Priya Shah ');
      expect(m.root.querySelector('[role="listbox"]')).to.equal(null);
      expect(m.root.querySelector('.chips')!.textContent).to.contain('Priya Shah');
      await sendKeys({ type: 'can help' });
      const sent = oneEvent(m.el, 'ol-message-send');
      await sendKeys({ press: 'Enter' });
      expect((await sent).detail.text).to.equal('Hi [user=u2]Priya Shah[/user] can help');
    });

    it('arrows move the active option, Tab chooses, and public chats insert [chat=ID]', async () => {
      const m = await mountComposer();
      const expected = await m.adapter.searchMentions('');
      await typeIn(m, '@');
      expect(expected.length).to.be.greaterThan(8);
      await waitUntil(() => options(m.root).length === 8, 'eight options shown at once');
      expect(options(m.root)[0]!.getAttribute('aria-setsize')).to.equal(String(expected.length));
      await sendKeys({ press: 'ArrowDown' });
      await m.el.updateComplete;
      expect(activeOption(m)!.querySelector('.option-label')!.textContent).to.equal(expected[1]!.name);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await m.el.updateComplete;
      const last = expected.at(-1)!;
      expect(activeOption(m)!.querySelector('.option-label')!.textContent, 'wraps around').to.equal(last.name);
      expect(activeOption(m)!.getAttribute('aria-posinset')).to.equal(String(expected.length));
      expect(last.kind).to.equal('chat');
      await sendKeys({ press: 'Tab' });
      await m.el.updateComplete;
      expect(m.textarea.value).to.equal(`@${last.name} `);
      const sent = oneEvent(m.el, 'ol-message-send');
      await sendKeys({ press: 'Enter' });
      expect((await sent).detail.text).to.equal(`[chat=${last.id}]${last.name}[/chat]`);
    });

    it('Escape closes the list without inserting anything', async () => {
      const m = await mountComposer();
      const spy = sinon.spy();
      m.el.addEventListener('ol-mention-insert', spy);
      await typeIn(m, '@Tom');
      await waitUntil(() => options(m.root).length > 0);
      await sendKeys({ press: 'Escape' });
      await m.el.updateComplete;
      expect(m.root.querySelector('[role="listbox"]')).to.equal(null);
      expect(m.textarea.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(m.textarea.value).to.equal('@Tom');
      expect(spy.called).to.equal(false);
    });

    it('preventDefault() leaves the text as typed', async () => {
      const m = await mountComposer();
      m.el.addEventListener('ol-mention-insert', (event) => event.preventDefault());
      await typeIn(m, '@Tom');
      await waitUntil(() => options(m.root).length > 0);
      await sendKeys({ press: 'Enter' });
      await m.el.updateComplete;
      expect(m.textarea.value).to.equal('@Tom');
    });

    it('the mention button types @ and opens the list', async () => {
      const m = await mountComposer();
      await typeIn(m, 'Ask');
      await pressButton(m, 'Mention a user or public chat');
      expect(m.textarea.value).to.equal('Ask @');
      await waitUntil(() => options(m.root).length > 0, 'list open');
    });

    it('shows the error when the search fails', async () => {
      const m = await mountComposer({ adapterOptions: { failures: { searchMentions: true } } });
      await typeIn(m, '@x');
      await waitUntil(() => alerts(m.root).length > 0);
      expect(alerts(m.root)[0]).to.equal('Could not search users and chats');
    });
  });

  describe('commands (A6)', () => {
    it('/ at the start of a line lists the commands; Enter applies bold with ol-command-insert', async () => {
      const m = await mountComposer();
      await typeIn(m, '/');
      await waitUntil(() => options(m.root).length > 0);
      expect(optionLabels(m.root)).to.deep.equal([
        'Canned responses',
        'Bold',
        'Italic',
        'Underline',
        'Strikethrough',
        'Link',
        'Code',
        'Quote',
      ]);
      // Canned responses, 9 built-ins, and the adapter's /rating /order /form /help (its /me and /loud are the built-ins).
      expect(options(m.root)[0]!.getAttribute('aria-setsize')).to.equal('14');
      await expect(m.el).to.be.accessible();
      for (let i = 0; i < 10; i += 1) await sendKeys({ press: 'ArrowDown' });
      await m.el.updateComplete;
      expect(optionLabels(m.root)).to.deep.equal([
        'Underline',
        'Strikethrough',
        'Link',
        'Code',
        'Quote',
        'Describe an action (/me)',
        'Loud message (/loud)',
        'Ask for a rating',
      ]);
      expect(activeOption(m)!.querySelector('.option-label')!.textContent).to.equal('Ask for a rating');
      await sendKeys({ type: 'bo' });
      await waitUntil(() => optionLabels(m.root)[0] === 'Bold');
      const insert = oneEvent(m.el, 'ol-command-insert');
      await sendKeys({ press: 'Enter' });
      expect((await insert).detail).to.deep.equal({ chatId: MINE, command: { command: '[b]', title: 'Bold' } });
      await sendKeys({ type: 'important' });
      expect(m.textarea.value).to.equal('[b]important[/b]');
    });

    it('the commands button applies to the selection (italic) and keeps focus in the field', async () => {
      const m = await mountComposer();
      await typeIn(m, 'make this stand out');
      m.textarea.setSelectionRange(5, 9);
      await pressButton(m, 'Open the list of available commands');
      await waitUntil(() => options(m.root).length > 0);
      expect(m.root.activeElement).to.equal(m.textarea);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await m.el.updateComplete;
      expect(activeOption(m)!.querySelector('.option-label')!.textContent).to.equal('Italic');
      await sendKeys({ press: 'Enter' });
      expect(m.textarea.value).to.equal('make [i]this[/i] stand out');
      expect(m.textarea.value.slice(m.textarea.selectionStart, m.textarea.selectionEnd)).to.equal('this');
    });

    it('quote prefixes each selected line with >>, /me starts the message', async () => {
      const m = await mountComposer();
      await typeIn(m, 'line one');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ type: 'line two' });
      m.textarea.setSelectionRange(0, m.textarea.value.length);
      await pressButton(m, 'Open the list of available commands');
      await waitUntil(() => options(m.root).length > 0);
      for (let i = 0; i < 7; i += 1) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      expect(m.textarea.value).to.equal('>>line one\n>>line two');

      m.textarea.value = '';
      m.textarea.dispatchEvent(new InputEvent('input'));
      await sendKeys({ type: '/me' });
      await waitUntil(() => optionLabels(m.root)[0] === 'Describe an action (/me)');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'waves' });
      expect(m.textarea.value).to.equal('/me waves');
    });

    it('preventDefault() leaves the text as typed', async () => {
      const m = await mountComposer();
      m.el.addEventListener('ol-command-insert', (event) => event.preventDefault());
      await typeIn(m, '/bo');
      await waitUntil(() => optionLabels(m.root)[0] === 'Bold');
      await sendKeys({ press: 'Enter' });
      expect(m.textarea.value).to.equal('/bo');
    });
  });

  describe('canned responses (A9)', () => {
    it('"/" then "Canned responses" fires ol-canned-open and opens the picker; the chosen text goes in at the cursor', async () => {
      const m = await mountComposer();
      await typeIn(m, '/');
      await waitUntil(() => optionLabels(m.root)[0] === 'Canned responses');
      const open = oneEvent(m.el, 'ol-canned-open');
      await sendKeys({ press: 'Enter' });
      expect((await open).detail).to.deep.equal({ chatId: MINE });
      await waitUntil(() => popup(m.root)?.querySelector('ol-canned-picker'), 'picker shown');
      expect(popup(m.root)!.getAttribute('role')).to.equal('dialog');
      expect(m.textarea.value, 'the typed / is removed').to.equal('');
      const picker = popup(m.root)!.querySelector('ol-canned-picker')!;
      await waitUntil(() => picker.shadowRoot?.querySelector('[role="option"]'), 'responses loaded');
      await waitUntil(() => deepActive()?.id === 'search', 'focus in the picker search');
      await expect(m.el).to.be.accessible();
      await sendKeys({ type: 'delivery times' });
      const select = oneEvent(m.el, 'ol-canned-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await select;
      expect(detail.response.title).to.equal('Delivery times');
      await waitUntil(() => m.textarea.value === detail.text, 'text inserted');
      expect(popup(m.root)).to.equal(null);
      expect(m.root.activeElement).to.equal(m.textarea);
    });

    it('Escape in the picker closes it and gives focus back to the canned responses button', async () => {
      const m = await mountComposer();
      await pressButton(m, 'Open the canned responses database');
      await waitUntil(() => deepActive()?.id === 'search');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !popup(m.root), 'closed');
      expect(m.root.activeElement).to.equal(button(m.root, 'Open the canned responses database'));
      expect(m.textarea.value).to.equal('');
    });

    it('preventDefault() on ol-canned-select inserts nothing; on ol-canned-open opens nothing', async () => {
      const m = await mountComposer();
      m.el.addEventListener('ol-canned-select', (event) => event.preventDefault());
      await pressButton(m, 'Open the canned responses database');
      await waitUntil(() => deepActive()?.id === 'search');
      const picker = popup(m.root)!.querySelector('ol-canned-picker')!;
      await waitUntil(() => picker.shadowRoot?.querySelector('[role="option"]'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !popup(m.root), 'closed');
      expect(m.textarea.value).to.equal('');

      m.el.addEventListener('ol-canned-open', (event) => event.preventDefault());
      await pressButton(m, 'Open the canned responses database');
      await aTimeout(20);
      expect(popup(m.root)).to.equal(null);
    });
  });

  describe('emoji (A7)', () => {
    it('loads the picker on first use; search, arrows and Enter insert the emoji with ol-emoji-insert', async () => {
      const m = await mountComposer();
      expect(customElements.get('ol-emoji-picker'), 'not loaded before use').to.equal(undefined);
      await typeIn(m, 'Great ');
      await pressButton(m, 'Add a smiley');
      await waitUntil(() => popup(m.root)?.querySelector('ol-emoji-picker'), 'picker shown');
      expect(customElements.get('ol-emoji-picker')).to.not.equal(undefined);
      expect(popup(m.root)!.getAttribute('aria-label')).to.equal('Add a smiley');
      await waitUntil(() => deepActive()?.matches('input[type="search"]'), 'focus in the search');
      await expect(m.el).to.be.accessible();
      await sendKeys({ type: 'thumbs' });
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActive()!.getAttribute('role')).to.equal('gridcell');
      expect(deepActive()!.getAttribute('aria-label')).to.equal('thumbs up');
      const insert = oneEvent(m.el, 'ol-emoji-insert');
      await sendKeys({ press: 'Enter' });
      expect((await insert).detail).to.deep.equal({ chatId: MINE, emoji: '👍' });
      expect(m.textarea.value).to.equal('Great 👍');
      expect(popup(m.root)).to.equal(null);
      expect(JSON.parse(localStorage.getItem(EMOJI_RECENTS_KEY)!)).to.deep.equal(['👍']);
    });

    it('moves in the grid and between categories with the keyboard; Escape returns focus to the button', async () => {
      const m = await mountComposer();
      await pressButton(m, 'Add a smiley');
      await waitUntil(() => deepActive()?.matches('input[type="search"]'));
      await sendKeys({ press: 'Tab' });
      expect(deepActive()!.getAttribute('role')).to.equal('tab');
      expect(deepActive()!.getAttribute('aria-label')).to.equal('Smileys & emotion');
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => deepActive()?.getAttribute('aria-label') === 'People & body');
      expect(deepActive()!.getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActive()!.textContent).to.equal('👋');
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive()!.textContent).to.equal('🤚');
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActive()!.getAttribute('data-index')).to.equal('9');
      await sendKeys({ press: 'Escape' });
      await m.el.updateComplete;
      expect(popup(m.root)).to.equal(null);
      expect(m.root.activeElement).to.equal(button(m.root, 'Add a smiley'));
    });

    it('shows recently used emoji first, and searches French keywords in French', async () => {
      localStorage.setItem(EMOJI_RECENTS_KEY, JSON.stringify(['🎉', '❤️']));
      const m = await mountComposer({ lang: 'fr' });
      await pressButton(m, 'Ajouter un smiley');
      await waitUntil(() => deepActive()?.matches('input[type="search"]'));
      const picker = popup(m.root)!.querySelector('ol-emoji-picker')!;
      const selectedTab = picker.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')!;
      expect(selectedTab.getAttribute('aria-label')).to.equal('Utilisés récemment');
      expect([...picker.shadowRoot!.querySelectorAll('[role="gridcell"]')].map((c) => c.textContent)).to.deep.equal(['🎉', '❤️']);
      await sendKeys({ type: 'fromage' });
      await picker.updateComplete;
      const cells = [...picker.shadowRoot!.querySelectorAll('[role="gridcell"]')];
      expect(cells.map((c) => c.textContent)).to.include('🧀');
      expect(cells.find((c) => c.textContent === '🧀')!.getAttribute('aria-label')).to.equal('part de fromage');
      await expect(m.el).to.be.accessible();
    });

    it('preventDefault() inserts nothing', async () => {
      const m = await mountComposer();
      m.el.addEventListener('ol-emoji-insert', (event) => event.preventDefault());
      await pressButton(m, 'Add a smiley');
      await waitUntil(() => deepActive()?.matches('input[type="search"]'));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await m.el.updateComplete;
      expect(m.textarea.value).to.equal('');
    });

    it('closes when clicking outside', async () => {
      const m = await mountComposer();
      await pressButton(m, 'Add a smiley');
      await waitUntil(() => popup(m.root));
      const rect = m.textarea.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(rect.left + 10), Math.round(rect.top + 10)] });
      await m.el.updateComplete;
      expect(popup(m.root)).to.equal(null);
    });
  });

  describe('GIF (A11)', () => {
    it('keyboard: search, arrows into the grid, Enter fires ol-gif-send then sends the GIF as an image', async () => {
      const m = await mountComposer();
      await pressButton(m, 'Search GIF images');
      await waitUntil(() => popup(m.root)?.querySelector('ol-gif-picker')?.shadowRoot?.querySelector('[role="gridcell"]'), 'results');
      await waitUntil(() => deepActive()?.matches('input[type="search"]'));
      await expect(m.el).to.be.accessible();
      await sendKeys({ type: 'o' });
      const gifs = await m.adapter.searchGifs('o');
      const picker = popup(m.root)!.querySelector('ol-gif-picker')!;
      await waitUntil(() => picker.shadowRoot!.querySelectorAll('[role="gridcell"]').length === gifs.length, 'filtered');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive()!.getAttribute('aria-label')).to.equal(gifs[1]!.title);
      const gifSend = oneEvent(m.el, 'ol-gif-send');
      const messageSend = oneEvent(m.el, 'ol-message-send');
      await sendKeys({ press: 'Enter' });
      expect((await gifSend).detail).to.deep.equal({ chatId: MINE, gif: gifs[1] });
      const gif = gifs[1]!;
      expect((await messageSend).detail).to.deep.equal({
        chatId: MINE,
        text: '',
        silent: false,
        attachments: [{ id: gif.id, kind: 'image', name: gif.title, size: 0, url: gif.url, previewUrl: gif.previewUrl }],
      });
      expect(popup(m.root)).to.equal(null);
    });

    it('preventDefault() on ol-gif-send sends nothing', async () => {
      const m = await mountComposer();
      const call = sinon.spy(m.adapter, 'sendMessage');
      m.el.addEventListener('ol-gif-send', (event) => event.preventDefault());
      await pressButton(m, 'Search GIF images');
      await waitUntil(() => popup(m.root)?.querySelector('ol-gif-picker')?.shadowRoot?.querySelector('[role="gridcell"]'));
      await waitUntil(() => deepActive()?.matches('input[type="search"]'));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await aTimeout(20);
      expect(call.called).to.equal(false);
    });
  });

  describe('sales (A10)', () => {
    it('ol-sales-open, then a listbox; Enter fires ol-sales-send and posts the item through the adapter', async () => {
      const m = await mountComposer();
      const call = sinon.spy(m.adapter, 'sendSalesItem');
      const open = oneEvent(m.el, 'ol-sales-open');
      await pressButton(m, 'Enable sales in the chat');
      expect((await open).detail).to.deep.equal({ chatId: MINE });
      const items = await m.adapter.listSalesItems(MINE);
      await waitUntil(() => deepActive()?.getAttribute('role') === 'option', 'focus on the first item');
      await expect(m.el).to.be.accessible();
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActive()!.textContent).to.contain(items[1]!.title);
      const send = oneEvent(m.el, 'ol-sales-send');
      await sendKeys({ press: 'Enter' });
      expect((await send).detail).to.deep.equal({ chatId: MINE, item: items[1] });
      await waitUntil(() => m.store.messages(MINE).some((msg) => msg.text.includes(items[1]!.url)), 'posted');
      expect(call.calledOnceWith(MINE, items[1]!.id)).to.equal(true);
      expect(popup(m.root)).to.equal(null);
    });

    it('preventDefault() on ol-sales-send does not call the adapter; a failure is shown', async () => {
      const m = await mountComposer();
      const call = sinon.spy(m.adapter, 'sendSalesItem');
      const prevent = (event: Event) => event.preventDefault();
      m.el.addEventListener('ol-sales-send', prevent);
      await pressButton(m, 'Enable sales in the chat');
      await waitUntil(() => deepActive()?.getAttribute('role') === 'option');
      await sendKeys({ press: 'Enter' });
      await aTimeout(20);
      expect(call.called).to.equal(false);

      m.el.removeEventListener('ol-sales-send', prevent);
      m.adapter.failNext('sendSalesItem');
      await pressButton(m, 'Enable sales in the chat');
      await waitUntil(() => deepActive()?.getAttribute('role') === 'option');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => alerts(m.root).length > 0);
      expect(alerts(m.root)[0]).to.contain('Could not send the product');
    });

    it('preventDefault() on ol-sales-open opens nothing', async () => {
      const m = await mountComposer();
      m.el.addEventListener('ol-sales-open', (event) => event.preventDefault());
      await pressButton(m, 'Enable sales in the chat');
      await aTimeout(20);
      expect(popup(m.root)).to.equal(null);
    });
  });
});
