/**
 * Hardening suite 4: bad data from the adapter (or the properties). Missing
 * and null fields, wrong types, invalid and future dates, unknown states, a
 * 1 MB message, 10,000-character names, 5,000 attachments: each renders a
 * fallback, no exception escapes, and each kind of defect is reported once
 * with `console.warn('[open-lines] …')`, however many rows have it.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/chat-list/ol-chat-list.js';
import '../../src/components/chat-panel/ol-chat-panel.js';
import type { OlChatListElement } from '../../src/components/chat-list/chat-list.component.js';
import type { OlChatPanelElement } from '../../src/components/chat-panel/chat-panel.component.js';
import type { OlAdapter } from '../../src/core/adapter.js';
import { searchHistory } from '../../src/core/actions.js';
import type { Chat, Message } from '../../src/core/model.js';
import { MAX_ATTACHMENTS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, resetSanitizeWarnings, sanitizeChat, sanitizeMessage } from '../../src/core/sanitize.js';
import { OlStore } from '../../src/core/store.js';
import { EscapeCatcher } from './support/audit.js';
import { deepQuery, deepQueryAll, ignoreResizeObserverLoops, waitDeep } from './support/harness.js';

const ME = 'op-me';
const now = Date.now();
const ago = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
const LONG_NAME = 'Ñame'.repeat(2500); // 10,000 characters
const MEGABYTE = `${'Lorem ipsum dolor sit amet. '.repeat(37_450)}`; // ~1 MB

/** A well-formed chat to start from; each case breaks one thing. */
const good = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  title: `Chat ${id}`,
  state: 'answered',
  pinned: false,
  silent: false,
  unreadCount: 0,
  client: { id: `k-${id}`, name: `Client ${id}` },
  operatorId: ME,
  queueId: 'q1',
  sourceChannel: 'livechat',
  sessionId: '1',
  createdAt: ago(60),
  updatedAt: ago(5),
  ...extra,
});

/** Every defect kind, as the chats and messages that carry it (several rows each). */
function badChats(): unknown[] {
  return [
    // missing and null fields
    { id: 'only-id' },
    good('null-fields', { title: null, client: null, lastMessage: null, crm: null, state: null }),
    good('null-fields-2', { title: null, client: null, sourceChannel: null }),
    // wrong types
    good('wrong-types', { id: 'wrong-types', title: 42, client: 'Bob', crm: 'x', unreadCount: '3', pinned: 'yes', sessionId: 7 }),
    good('wrong-types-2', { title: { html: '<b>x</b>' }, client: { id: 9, name: ['a'] }, queueId: 3, unreadCount: -4 }),
    { ...good('numeric-id'), id: 12345 },
    // invalid and future dates
    good('bad-dates', { createdAt: 'not a date', updatedAt: '2026-13-45', waitingSince: {} }),
    good('bad-dates-2', { createdAt: '', updatedAt: 'yesterday', lastMessage: { id: 'l', authorKind: 'client', text: 'hi', createdAt: 'soon' } }),
    good('future', { updatedAt: '2999-01-01T00:00:00.000Z', createdAt: '2999-01-01T00:00:00.000Z' }),
    // unknown enums
    good('unknown-state', { state: 'archived', sourceChannel: 'myspace', rating: 'meh' }),
    good('unknown-state-2', { state: 'ARCHIVED', crm: [{ type: 'opportunity', id: 'o1', title: 'Big deal', url: 'javascript:alert(1)' }] }),
    // 10,000-character names
    good('long-names', { title: LONG_NAME, client: { id: 'k', name: LONG_NAME }, lastMessage: { id: 'l', authorKind: 'client', text: LONG_NAME, createdAt: ago(5) } }),
    // not objects, no id
    null,
    'chat',
    42,
    { title: 'no id' },
  ];
}

function badMessages(chatId: string): unknown[] {
  const attachments = Array.from({ length: 5000 }, (_, i) => ({ id: `a${i}`, kind: 'file', name: `file-${i}.pdf`, size: i }));
  return [
    { id: 'mega', chatId, authorKind: 'client', authorName: 'Big', text: MEGABYTE, createdAt: ago(50) },
    { id: 'many-files', chatId, authorKind: 'client', text: 'files', createdAt: ago(49), attachments },
    { id: 'missing', chatId },
    { id: 'nulls', chatId, authorKind: null, text: null, createdAt: null, attachments: null },
    { id: 'types', chatId, authorKind: 'client', text: 1234, authorName: { first: 'x' }, createdAt: 1_700_000_000_000, attachments: 'a.pdf' },
    { id: 'types-2', chatId, authorKind: 'client', text: ['x'], createdAt: ago(40), attachments: [{ id: 3, kind: 'hologram', name: null, size: 'big' }, null] },
    { id: 'dates', chatId, authorKind: 'client', text: 'bad date', createdAt: 'tomorrow-ish', editedAt: 'never' },
    { id: 'future', chatId, authorKind: 'client', text: 'from the future', createdAt: '2999-12-31T00:00:00.000Z' },
    { id: 'enum', chatId, authorKind: 'alien', text: 'unknown author kind', createdAt: ago(30) },
    { id: 'long-author', chatId, authorKind: 'client', authorName: LONG_NAME, text: 'long author', createdAt: ago(29) },
    null,
    { chatId, text: 'no id', createdAt: ago(20) },
    { id: 'no-chat', text: 'no chat id', createdAt: ago(20) },
  ];
}

function badAdapter(): OlAdapter {
  const chats = badChats();
  const byId = (id: string) => chats.find((c) => (c as { id?: unknown } | null)?.id === id);
  return {
    listChats: async () => ({ items: chats }),
    getChat: async (id: string) => byId(id) ?? { id },
    // Two chats hold one huge message each; every other chat gets the small bad ones.
    listMessages: async (chatId: string) => {
      const all = badMessages(chatId);
      const huge = ['mega', 'many-files'];
      const only = huge.find((id) => chatId === `${id}-chat`);
      return { items: all.filter((m) => (only ? (m as { id?: string } | null)?.id === only : !huge.includes((m as { id?: string } | null)?.id ?? ''))) };
    },
    listOperators: async () => [
      { id: ME, name: 'Me' },
      { id: 'op-long', name: LONG_NAME, status: 'sleeping', queueIds: 'q1', avatarUrl: 'javascript:alert(1)' },
      { id: 'op-null', name: null, position: 7 },
      { name: 'no id' },
      'operator',
    ],
    listQueues: async () => 'not a list',
    currentOperator: async () => ({ id: ME, name: 'Me' }),
  } as unknown as OlAdapter;
}

/** The rendered text of an element, through its shadow roots. */
function deepText(root: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(root);
  return parts.join(' ');
}

const JUNK = /\bNaN\b|Invalid Date|\[object Object\]|\bundefined\b/;

describe('hardening: bad data from the adapter', function () {
  this.timeout(60_000);
  ignoreResizeObserverLoops();

  const catcher = new EscapeCatcher();
  let warn: sinon.SinonStub;

  beforeEach(() => {
    resetSanitizeWarnings();
    catcher.install();
    warn = sinon.stub(console, 'warn');
  });

  afterEach(() => {
    catcher.uninstall();
    sinon.restore();
  });

  /** The `[open-lines]` warnings, by their text without the "first seen" part. */
  function warnings(): string[] {
    return warn.args.map((args) => String(args[0])).filter((text) => text.startsWith('[open-lines]'));
  }
  const kinds = () => warnings().map((w) => w.replace(/ \(first seen.*$/, ''));

  it('repairs each defect to the model and warns once per kind of defect, not per row', () => {
    const chats = badChats().map(sanitizeChat);
    const messages = badMessages('c').map(sanitizeMessage);
    // Unusable records (not objects, no id, no chat) are dropped; the rest are whole.
    expect(chats.filter(Boolean)).to.have.length(12);
    expect(messages.filter(Boolean)).to.have.length(10);
    for (const chat of chats.filter((c): c is Chat => c !== undefined)) {
      expect(chat.id).to.be.a('string');
      expect(chat.title).to.be.a('string');
      expect(chat.client.name).to.be.a('string');
      expect(['new', 'answered', 'closed', 'spam']).to.include(chat.state);
      expect(Number.isNaN(Date.parse(chat.createdAt))).to.equal(false);
      expect(Date.parse(chat.updatedAt)).to.be.at.most(Date.now() + 1000);
      expect(chat.unreadCount).to.be.at.least(0);
      expect(chat.title.length).to.be.at.most(MAX_NAME_LENGTH + 1);
      for (const entity of chat.crm ?? []) expect(entity.url).to.equal(undefined);
    }
    const byId = new Map(messages.filter(Boolean).map((m) => [m!.id, m!]));
    expect(byId.get('mega')!.text.length).to.equal(MAX_TEXT_LENGTH + 1);
    expect(byId.get('many-files')!.attachments).to.have.length(MAX_ATTACHMENTS);
    expect(byId.get('enum')!.authorKind).to.equal('system');
    expect(byId.get('types')!.text).to.equal('1234');
    expect(byId.get('types-2')!.attachments).to.deep.equal([{ id: '3', kind: 'file', name: '', size: 0 }]);

    const seen = kinds();
    expect(seen, 'one warning per kind').to.have.length(new Set(seen).size);
    expect(seen.map((w) => w.replace('[open-lines] ', ''))).to.have.members([
      'a record is not an object and was ignored',
      'a record has no usable id and was ignored',
      'a required field is missing; a fallback is shown',
      'a field has the wrong type; it was converted or replaced',
      'a date is not a valid ISO 8601 date; a fallback is used',
      'a date lies in the future; now is used instead',
      'a field has a value outside the model; a fallback is used',
      'a text is too long and was cut',
      `a message has more than ${MAX_ATTACHMENTS} attachments; the rest are not shown`,
    ]);
  });

  it('returns the same object when a record needs no repair (no copies, no warnings)', () => {
    const chat = good('fine') as unknown as Chat;
    expect(sanitizeChat(chat)).to.equal(chat);
    const message = { id: 'm', chatId: 'c', authorKind: 'client', text: 'hi', createdAt: ago(1) };
    expect(sanitizeMessage(message)).to.equal(message);
    expect(warnings()).to.deep.equal([]);
  });

  it('the store repairs what the adapter sends and what properties give', async () => {
    const store = new OlStore(badAdapter());
    const page = await store.loadChats();
    expect(page.items).to.have.length(12);
    await store.loadDirectory();
    expect(store.queues).to.deep.equal([]);
    expect(store.operators.map((o) => o.id)).to.deep.equal([ME, 'op-long', 'op-null']);
    expect(store.operator('op-long')!.avatarUrl).to.equal(undefined);
    expect(store.operator('op-long')!.status).to.equal(undefined);
    await store.loadMessages('c');
    expect(store.messages('c').map((m) => m.id)).to.include.members(['dates', 'types', 'missing', 'future']);
    const local = new OlStore();
    local.setChats(badChats() as Chat[]);
    expect(local.chats).to.have.length(12);
    // Realtime events go through the same door.
    local.apply({ type: 'chat-updated', chat: { id: 'rt', state: 'weird' } as unknown as Chat });
    expect(local.getChat('rt')!.state).to.equal('new');
    const seen = kinds();
    expect(seen).to.have.length(new Set(seen).size);
  });

  it('history search results (which bypass the store) are repaired too', async () => {
    const adapter = { ...badAdapter(), searchHistory: async (chatId: string) => badMessages(chatId) } as unknown as OlAdapter;
    const result = await searchHistory(new OlStore(adapter), document.createElement('div'), 'c1');
    expect(result.status).to.equal('done');
    const found = (result as { value: Message[] }).value;
    expect(found.map((m) => m.id)).to.include.members(['mega', 'missing', 'types', 'enum']);
    for (const message of found) {
      expect(message.text).to.be.a('string');
      expect(Number.isNaN(Date.parse(message.createdAt))).to.equal(false);
    }
    const seen = kinds();
    expect(seen).to.have.length(new Set(seen).size);
  });

  it('<ol-chat-list> (Messenger and Contact Center) renders every usable chat with fallbacks, nothing escapes', async () => {
    const list = await fixture<OlChatListElement>(
      html`<ol-chat-list style="display:block; inline-size: 360px; block-size: 2000px" .adapter=${badAdapter()}></ol-chat-list>`,
    );
    await waitDeep(list, '[role="option"]');
    await aTimeout(200);
    const rows = deepQueryAll(list, '[role="option"][data-chat-id]');
    expect(rows.length).to.be.at.least(8);
    expect(deepText(list)).not.to.match(JUNK);
    for (const row of rows) expect(row.getBoundingClientRect().right).to.be.at.most(list.getBoundingClientRect().right + 1);
    list.view = 'contact-center';
    await waitUntil(() => deepQueryAll(list, 'tbody tr').length >= 12, 'grid rows', { timeout: 5000 });
    expect(deepText(list)).not.to.match(JUNK);
    expect(catcher.errors).to.deep.equal([]);
    const seen = kinds();
    expect(seen).to.have.length(new Set(seen).size);
  });

  it('<ol-chat-list> without an adapter takes bad `.chats` and shows the usable ones', async () => {
    const list = await fixture<OlChatListElement>(
      html`<ol-chat-list style="display:block; inline-size: 360px; block-size: 2000px" .chats=${badChats() as Chat[]}></ol-chat-list>`,
    );
    await waitDeep(list, '[role="option"]');
    await aTimeout(100);
    expect(deepQueryAll(list, '[role="option"][data-chat-id]').length).to.be.at.least(8);
    expect(deepText(list)).not.to.match(JUNK);
    expect(catcher.errors).to.deep.equal([]);
  });

  for (const chatId of ['only-id', 'null-fields', 'wrong-types', 'bad-dates', 'future', 'unknown-state', 'long-names']) {
    it(`<ol-chat-panel> on chat "${chatId}": the header and the bad messages render with fallbacks, nothing escapes`, async () => {
      const panel = await fixture<OlChatPanelElement>(
        html`<ol-chat-panel style="display:block; inline-size: 720px; block-size: 700px" chat-id=${chatId} .adapter=${badAdapter()}></ol-chat-panel>`,
      );
      await waitDeep(panel, 'ol-chat-header >>> .title', 'no header');
      await waitDeep(panel, 'ol-timeline >>> article[data-message-id]', 'no messages');
      await aTimeout(200);
      const timeline = deepQuery(panel, 'ol-timeline')!;
      expect(deepQueryAll(timeline, 'article[data-message-id]').length).to.be.at.least(3);
      expect(deepText(timeline)).not.to.match(/\bNaN\b|Invalid Date|\[object Object\]/);
      const header = deepQuery(panel, 'ol-chat-header')!;
      expect(deepText(header)).not.to.match(JUNK);
      expect(panel.scrollWidth).to.be.at.most(panel.clientWidth + 1);
      expect(catcher.errors).to.deep.equal([]);
      const seen = kinds();
      expect(seen).to.have.length(new Set(seen).size);
    });
  }

  it('<ol-chat-panel> shows a 1 MB message cut to 128 KB, inside its box', async () => {
    const panel = await fixture<OlChatPanelElement>(
      html`<ol-chat-panel style="display:block; inline-size: 720px; block-size: 700px" chat-id="mega-chat" .adapter=${badAdapter()}></ol-chat-panel>`,
    );
    const bubble = await waitDeep(panel, 'ol-timeline >>> article[data-message-id="mega"] >>> [part~="bubble"]', 'no 1 MB message', 8000);
    expect(bubble.querySelector('.text')!.textContent!.trim().length).to.be.within(MAX_TEXT_LENGTH - 10, MAX_TEXT_LENGTH + 1);
    expect(bubble.getBoundingClientRect().right).to.be.at.most(panel.getBoundingClientRect().right + 1);
    expect(catcher.errors).to.deep.equal([]);
    expect(kinds().filter((k) => k.includes('too long'))).to.have.length(1);
  });

  it('<ol-chat-panel> shows the first 100 of 5,000 attachments, once warned', async () => {
    const panel = await fixture<OlChatPanelElement>(
      html`<ol-chat-panel style="display:block; inline-size: 720px; block-size: 700px" chat-id="many-files-chat" .adapter=${badAdapter()}></ol-chat-panel>`,
    );
    const article = await waitDeep(panel, 'ol-timeline >>> article[data-message-id="many-files"]', 'no message with files', 8000);
    expect(deepQueryAll(article, '.file').length).to.equal(MAX_ATTACHMENTS);
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth + 1);
    expect(catcher.errors).to.deep.equal([]);
    expect(kinds().filter((k) => k.includes('attachments'))).to.have.length(1);
  });
});
