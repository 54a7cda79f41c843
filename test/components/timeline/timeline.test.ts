import { expect, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import type { Attachment, Chat, Message } from '../../../src/core/model.js';
import { safeMediaUrl } from '../../../src/components/timeline/attachments.js';
import { buildRows, firstUnreadId } from '../../../src/components/timeline/timeline-rows.js';
import { makeChat } from '../../helpers/fixtures.js';
import { article, articles, log, renderTimeline, settledAtBottom } from './helpers.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

/** A local date `daysAgo` days before today at hh:mm, as ISO. */
function at(daysAgo: number, hours: number, minutes: number): string {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, hours, minutes).toISOString();
}

const msg = (id: string, fields: Partial<Message>): Message => ({
  id,
  chatId: 'c1',
  authorKind: 'client',
  authorId: 'cl1',
  authorName: 'Olivia Client',
  text: `Text of ${id}`,
  createdAt: at(0, 9, 0),
  ...fields,
});

/** Messages over three days: an old day of another year, yesterday, today; every kind and marker. */
function mixedConversation(): Message[] {
  const oldDay = (h: number, m: number) => new Date(2025, 2, 12, h, m).toISOString();
  const operator = { authorKind: 'operator' as const, authorId: 'u1', authorName: 'Alex Morgan' };
  return [
    msg('m1', { createdAt: oldDay(10, 0), text: 'Hello, [b]my parcel[/b] is late' }),
    msg('m2', { createdAt: oldDay(10, 2), text: 'Order DL-55821' }),
    msg('m3', { ...operator, createdAt: oldDay(10, 3), text: 'Let me check' }),
    msg('m4', { ...operator, createdAt: oldDay(10, 20), text: 'It is at the hub' }),
    msg('s1', { authorKind: 'system', authorId: undefined, authorName: undefined, createdAt: at(1, 11, 0), text: 'Alex Morgan took the conversation' }),
    msg('b1', { authorKind: 'bot', authorId: 'bot1', authorName: 'Assistant', createdAt: at(1, 11, 1), text: 'An operator will answer shortly' }),
    msg('m5', { ...operator, createdAt: at(0, 9, 0), silent: true, text: 'Note for Daniel: VIP client' }),
    msg('m6', { ...operator, createdAt: at(0, 9, 1), editedAt: at(0, 9, 3), text: 'New estimate: tomorrow' }),
    msg('m7', { ...operator, createdAt: at(0, 9, 2), deleted: true, text: '' }),
    msg('m8', { createdAt: at(0, 9, 30), replyToId: 'm6', text: '>>New estimate: tomorrow\nWill I need to sign?' }),
    msg('m9', { authorName: 'Olivia', createdAt: at(0, 9, 31), text: '/me waves' }),
  ];
}

const dayLabels = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('[part="day-separator"]')].map((node) => node.textContent!.trim());

describe('<ol-timeline>', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  describe('defaults and properties', () => {
    it('renders an empty state without a chat, and reflects chat-id', async () => {
      const el = await renderTimeline();
      expect(el.shadowRoot!.querySelector('.state')!.textContent).to.equal('Select a chat to start');
      expect(log(el)).to.equal(null);
      el.chatId = 'c9';
      await el.updateComplete;
      expect(el.getAttribute('chat-id')).to.equal('c9');
      el.setAttribute('chat-id', 'c10');
      expect(el.chatId).to.equal('c10');
      await expect(el).to.be.accessible();
    });

    it('renders from properties without an adapter, in a role="log" of articles', async () => {
      const el = await renderTimeline({ chatId: 'c1', messages: mixedConversation(), height: 900 });
      await settledAtBottom(el);
      const scroller = log(el);
      expect(scroller.getAttribute('role')).to.equal('log');
      expect(scroller.getAttribute('aria-live')).to.equal('off');
      expect(scroller.getAttribute('aria-label')).to.equal('Messages');
      const all = articles(el);
      expect(all.map((a) => a.dataset['messageId'])).to.deep.equal(['m1', 'm2', 'm3', 'm4', 's1', 'b1', 'm5', 'm6', 'm7', 'm8', 'm9']);
      expect(all.map((a) => a.getAttribute('aria-posinset'))).to.deep.equal(all.map((_, i) => String(i + 1)));
      expect(all.every((a) => a.getAttribute('aria-setsize') === '11')).to.equal(true);
      expect(el.shadowRoot!.querySelector('.beginning')!.textContent).to.equal('Beginning of the conversation');
      await expect(el).to.be.accessible();
    });

    it('shows that a chat has no messages yet', async () => {
      const el = await renderTimeline({ chatId: 'c1', messages: [] });
      await waitUntil(() => el.shadowRoot!.querySelector('.empty'));
      expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('No messages yet');
      await expect(el).to.be.accessible();
    });
  });

  describe('grouping and day separators', () => {
    it('separates days with localized labels (en)', async () => {
      const el = await renderTimeline({ chatId: 'c1', messages: mixedConversation(), height: 900 });
      await settledAtBottom(el);
      expect(dayLabels(el)).to.deep.equal(['Wednesday, March 12, 2025', 'Yesterday', 'Today']);
    });

    it('separates days with localized labels (fr)', async () => {
      const el = await renderTimeline({ chatId: 'c1', messages: mixedConversation(), height: 900, lang: 'fr' });
      await settledAtBottom(el);
      expect(dayLabels(el)).to.deep.equal(['mercredi 12 mars 2025', 'hier', "aujourd'hui"]);
      expect(el.shadowRoot!.querySelector('.beginning')!.textContent).to.equal('Début de la conversation');
      expect(article(el, 'm1')!.getAttribute('aria-label')).to.equal('Olivia Client à 10:00');
    });

    it('shows the author once for messages of one author within five minutes', async () => {
      const el = await renderTimeline({ chatId: 'c1', messages: mixedConversation(), height: 900 });
      await settledAtBottom(el);
      const shown = (id: string) => article(el, id)!.querySelector('.author')?.textContent?.trim() ?? null;
      expect(shown('m1')).to.equal('Olivia Client');
      expect(shown('m2'), 'two minutes later, same author').to.equal(null);
      expect(shown('m3')).to.equal('Alex Morgan');
      expect(shown('m4'), 'seventeen minutes later').to.equal('Alex Morgan');
      expect(shown('m5'), 'a new day starts a new group').to.equal('Alex Morgan');
      expect(shown('m6')).to.equal(null);
      expect(article(el, 'm1')!.querySelector('.avatar')).to.exist;
      expect(article(el, 'm2')!.querySelector('.avatar')).to.equal(null);
    });

    it('derives rows once per change: separators, the unread divider, group flags', () => {
      const messages = mixedConversation();
      const labels: string[] = [];
      const model = buildRows(messages, { dayLabel: (key) => (labels.push(key), key), unreadFromId: 'm8' });
      expect(model.rows.map((r) => r.kind)).to.deep.equal([
        'top', 'day', 'message', 'message', 'message', 'message', 'day', 'message', 'message',
        'day', 'message', 'message', 'message', 'unread', 'message', 'message',
      ]);
      expect(labels, 'no day label is formatted before it is shown').to.have.length(0);
      expect(model.rows.flatMap((r) => (r.kind === 'day' ? [r.label] : []))).to.have.length(3);
      expect(labels, 'one label per day').to.have.length(3);
      expect(model.messageRows[9]).to.equal(14);
      expect(firstUnreadId(messages, 2)).to.equal('m8');
      expect(firstUnreadId(messages, 0)).to.equal(undefined);
    });
  });

  describe('message kinds and markers', () => {
    it('styles client, operator, bot and system messages apart', async () => {
      const el = await renderTimeline({ chatId: 'c1', messages: mixedConversation(), height: 900 });
      await settledAtBottom(el);
      expect(article(el, 'm1')!.getAttribute('part')).to.equal('message client');
      expect(article(el, 'm3')!.getAttribute('part')).to.equal('message operator');
      expect(article(el, 'b1')!.getAttribute('part')).to.equal('message bot');
      expect(article(el, 's1')!.getAttribute('part')).to.equal('message system');
      const client = article(el, 'm1')!.querySelector('.bubble')!.getBoundingClientRect();
      const operator = article(el, 'm3')!.querySelector('.bubble')!.getBoundingClientRect();
      const system = article(el, 's1')!.querySelector('.system-text')!.getBoundingClientRect();
      const box = log(el).getBoundingClientRect();
      expect(client.left - box.left, 'client on the start side').to.be.lessThan(80);
      expect(box.right - operator.right, 'operator on the end side').to.be.lessThan(80);
      expect(Math.abs((system.left + system.right) / 2 - (box.left + box.right) / 2), 'system centred').to.be.lessThan(12);
      const background = (id: string) => getComputedStyle(article(el, id)!.querySelector('.bubble')!).backgroundColor;
      expect(new Set([background('m1'), background('m3'), background('b1')]).size).to.equal(3);
      expect(article(el, 'b1')!.querySelector('.badge')!.textContent).to.equal('Bot');
      expect(article(el, 'm1')!.querySelector('.text strong')!.textContent).to.equal('my parcel');
      expect(article(el, 'm9')!.querySelector('.me')!.textContent).to.equal('* Olivia waves');
    });

    it('marks silent, edited and deleted messages, for screen readers too', async () => {
      const el = await renderTimeline({ chatId: 'c1', messages: mixedConversation(), height: 900 });
      await settledAtBottom(el);
      const silent = article(el, 'm5')!;
      expect(silent.querySelector('.silent-label')!.textContent).to.equal('Hidden from the client');
      expect(silent.getAttribute('aria-label')).to.contain('Hidden from the client');
      expect(getComputedStyle(silent.querySelector('.silent-label')!).color).to.equal('rgb(107, 63, 160)');
      expect(getComputedStyle(silent.querySelector('.bubble')!).borderTopStyle).to.equal('dashed');
      expect(article(el, 'm6')!.querySelector('.edited-label')!.textContent).to.equal('edited');
      expect(article(el, 'm6')!.getAttribute('aria-label')).to.contain('edited');
      const deleted = article(el, 'm7')!;
      expect(deleted.querySelector('.text')!.textContent).to.equal('Message deleted');
      expect(deleted.querySelector('.more'), 'no actions on a deleted message').to.equal(null);
    });

    it('shows the replied message above the reply and jumps to it on click', async () => {
      const el = await renderTimeline({ chatId: 'c1', messages: mixedConversation(), height: 900 });
      await settledAtBottom(el);
      const reply = article(el, 'm8')!.querySelector<HTMLButtonElement>('button.reply')!;
      expect(reply.querySelector('.reply-author')!.textContent).to.equal('Alex Morgan');
      expect(reply.querySelector('.reply-text')!.textContent).to.equal('New estimate: tomorrow');
      reply.click();
      await waitUntil(() => article(el, 'm6') && el.shadowRoot!.activeElement === article(el, 'm6'), 'replied message focused');
      expect(article(el, 'm6')!.classList.contains('highlight')).to.equal(true);
    });
  });

  describe('attachments', () => {
    const chat: Chat = makeChat({ id: 'c1' });
    const attachment = (fields: Partial<Attachment>): Attachment => ({ id: 'a', kind: 'file', name: 'file.pdf', size: 1024, ...fields });

    it('shows image thumbnails, a video player and file chips with name and size', async () => {
      const messages = [
        msg('m1', {
          text: 'Files',
          attachments: [
            attachment({ id: 'a1', kind: 'image', name: 'photo.jpg', size: 1_482_113, url: 'https://cdn.example.com/photo.jpg', width: 1024, height: 768 }),
            attachment({ id: 'a2', kind: 'video', name: 'clip.mp4', size: 12_400_512, url: 'https://cdn.example.com/clip.mp4' }),
            attachment({ id: 'a3', kind: 'file', name: 'invoice.pdf', size: 96_530, url: 'https://cdn.example.com/invoice.pdf' }),
          ],
        }),
      ];
      const el = await renderTimeline({ chatId: 'c1', chat, messages, height: 700 });
      await settledAtBottom(el);
      const root = article(el, 'm1')!;
      const img = root.querySelector('img:not(.avatar)') as HTMLImageElement;
      expect(img.alt).to.equal('photo.jpg, 1.4 MB');
      expect(img.getAttribute('src')).to.equal('https://cdn.example.com/photo.jpg');
      expect([img.width, img.height]).to.deep.equal([240, 180]);
      const video = root.querySelector('video')!;
      expect(video.controls).to.equal(true);
      expect(video.getAttribute('src')).to.equal('https://cdn.example.com/clip.mp4');
      const chips = [...root.querySelectorAll('.file')].map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim());
      expect(chips).to.include('invoice.pdf 94.3 KB');
      expect(root.querySelector<HTMLAnchorElement>('a.file[href$="invoice.pdf"]')!.rel).to.equal('noopener noreferrer');
      expect(root.querySelector('.file svg'), 'kind icon').to.exist;
      await expect(el).to.be.accessible();
    });

    it('never uses an unsafe URL, and shows untrusted names as text', async () => {
      const evil = '<img src=x onerror="window.__pwned=1">.png';
      const unsafe = [
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        '/relative/path.png',
        '//evil.example.com/x.png',
        'https://user:pass@evil.example.com/x.png',
        'java\tscript:alert(1)',
        'vbscript:msgbox(1)',
      ];
      const messages = [
        msg('m1', {
          text: 'Unsafe',
          attachments: unsafe.flatMap((url, i) => [
            attachment({ id: `i${i}`, kind: 'image', name: evil, url, previewUrl: url }),
            attachment({ id: `v${i}`, kind: 'video', name: evil, url, previewUrl: url }),
            attachment({ id: `f${i}`, kind: 'file', name: evil, url }),
          ]),
        }),
      ];
      const el = await renderTimeline({ chatId: 'c1', chat, messages, height: 700 });
      await waitUntil(() => article(el, 'm1'));
      const root = article(el, 'm1')!;
      const urls = [...root.querySelectorAll('[src], [href], [poster]')].flatMap((node) =>
        ['src', 'href', 'poster'].map((name) => node.getAttribute(name)).filter((value): value is string => value !== null),
      );
      for (const url of urls) expect(url, url).to.match(/^(https?:|blob:|data:image\/(png|jpe?g|gif|webp|avif|bmp|svg\+xml))/i);
      expect(urls.some((url) => url.includes('evil.example.com'))).to.equal(false);
      expect(root.querySelectorAll('img:not(.avatar)')).to.have.length(0);
      expect(root.querySelector('.file-name')!.textContent).to.equal(evil);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('accepts only http(s), blob: and data:image URLs as sources', () => {
      expect(safeMediaUrl('https://a.example.com/x.png', 'image')).to.equal('https://a.example.com/x.png');
      expect(safeMediaUrl('blob:https://app.example.com/0b7f', 'media')).to.equal('blob:https://app.example.com/0b7f');
      expect(safeMediaUrl('data:image/png;base64,iVBOR', 'image')).to.equal('data:image/png;base64,iVBOR');
      expect(safeMediaUrl('data:image/png;base64,iVBOR', 'media')).to.equal(null);
      expect(safeMediaUrl('data:text/plain,hello', 'download')).to.equal('data:text/plain,hello');
      expect(safeMediaUrl('data:text/html,<b>', 'download')).to.equal(null);
      expect(safeMediaUrl('ftp://a.example.com/x', 'download')).to.equal(null);
      expect(safeMediaUrl(' javascript:alert(1)', 'image')).to.equal(null);
      expect(safeMediaUrl(undefined, 'image')).to.equal(null);
    });
  });
});
