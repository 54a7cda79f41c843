import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/components/chat-list/ol-chat-list.js';
import '../../../src/components/chat-panel/ol-chat-panel.js';
import type { OlChatListElement } from '../../../src/components/chat-list/chat-list.component.js';
import type { OlChatPanelElement } from '../../../src/components/chat-panel/ol-chat-panel.js';
import { ar } from '../../../src/core/i18n/ar.js';
import { registerTranslation, unregisterTranslation } from '../../../src/core/i18n/index.js';

/** Demo chat c3: answered, mine, with messages. */
const ANSWERED = 'c3';
/** Demo chat c1: waiting in the queue (Answer / Skip in the header). */
const WAITING = 'c1';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
/** The direction the base is laid out in: what the user sees, whatever sets it. */
const direction = (el: Element) => getComputedStyle(base(el)).direction;

describe('Arabic rendering (lang="ar")', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  before(() => registerTranslation(ar));
  after(() => unregisterTranslation('ar'));

  describe('<ol-chat-list>', () => {
    async function list(dir?: 'rtl'): Promise<OlChatListElement> {
      const wrapper = await fixture(html`<div dir=${dir ?? nothing} style="block-size: 560px; inline-size: 420px; display: flex; flex-direction: column;">
        <ol-chat-list lang="ar" .adapter=${MemoryAdapter.demo('en')}></ol-chat-list>
      </div>`);
      const el = wrapper.querySelector('ol-chat-list')!;
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'no rows', { timeout: 4000 });
      return el;
    }

    it('lays out right to left from lang="ar" alone (LocalizeController falls back to $dir)', async () => {
      const el = await list();
      expect(direction(el)).to.equal('rtl');
    });

    it('in a dir="rtl" page, mirrors its rows: avatar on the right, text aligned right', async () => {
      const el = await list('rtl');
      expect(direction(el)).to.equal('rtl');
      const row = el.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!;
      const box = row.getBoundingClientRect();
      const avatar = row.firstElementChild!.getBoundingClientRect();
      expect(avatar.left, 'avatar in the right half').to.be.greaterThan(box.left + box.width / 2);
    });

    it('shows Arabic labels, counts and times', async () => {
      const el = await list('rtl');
      const root = el.shadowRoot!;
      const search = root.querySelector<HTMLInputElement>('input[type="search"], input');
      expect(search?.placeholder).to.equal(ar.searchChatsPlaceholder);
      const rows = [...root.querySelectorAll('[role="option"]')].map(text).join(' | ');
      // Relative times and unread counts come from the Arabic translation.
      expect(rows).to.match(/[\u0600-\u06ff]/);
      expect(rows).to.match(/\d+\u00a0[دس]|الآن|أمس|رسالة|رسائل|رسالتان/);
      await expect(el).to.be.accessible();
    });
  });

  describe('<ol-chat-panel>', () => {
    async function panel(chatId: string, dir?: 'rtl'): Promise<OlChatPanelElement> {
      const el = await fixture<OlChatPanelElement>(
        html`<ol-chat-panel lang="ar" dir=${dir ?? nothing} style="block-size: 640px; inline-size: 900px;" chat-id=${chatId} .adapter=${MemoryAdapter.demo('en')}></ol-chat-panel>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('.base[aria-busy="false"]'), 'the chat did not load', { timeout: 4000 });
      const header = el.shadowRoot!.querySelector('ol-chat-header')!;
      await waitUntil(() => header.shadowRoot?.querySelector('.title'), 'no header');
      await header.updateComplete;
      return el;
    }

    it('lays out right to left from lang="ar" alone (LocalizeController falls back to $dir)', async () => {
      const el = await panel(ANSWERED);
      expect(direction(el)).to.equal('rtl');
    });

    it('with dir="rtl", mirrors the header: title on the right, actions on the left', async () => {
      const el = await panel(WAITING, 'rtl');
      expect(direction(el)).to.equal('rtl');
      const header = el.shadowRoot!.querySelector('ol-chat-header')!.shadowRoot!;
      const title = header.querySelector('.title')!.getBoundingClientRect();
      const answer = [...header.querySelectorAll('button')].find((b) => text(b) === ar.answer)!.getBoundingClientRect();
      expect(answer.right, 'Answer left of the title').to.be.lessThan(title.left);
    });

    it('shows the Arabic header actions and composer', async () => {
      const waiting = await panel(WAITING, 'rtl');
      const header = waiting.shadowRoot!.querySelector('ol-chat-header')!.shadowRoot!;
      const labels = [...header.querySelectorAll('button')].map((b) => `${text(b)} ${b.getAttribute('aria-label') ?? ''}`).join(' | ');
      expect(labels).to.contain(ar.answer).and.contain(ar.skip);
      await expect(waiting).to.be.accessible();

      const answered = await panel(ANSWERED, 'rtl');
      const composer = answered.shadowRoot!.querySelector('ol-composer')!;
      await waitUntil(() => composer.shadowRoot?.querySelector('textarea, [contenteditable]'), 'no composer field');
      const field = composer.shadowRoot!.querySelector('textarea, [contenteditable]')!;
      expect(field.getAttribute('placeholder') ?? field.getAttribute('aria-placeholder')).to.equal(ar.composerPlaceholder);
      await expect(answered).to.be.accessible();
    });
  });
});
