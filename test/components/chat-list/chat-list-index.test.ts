import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/chat-list/ol-chat-list.js';
import { deriveMessenger } from '../../../src/components/chat-list/chat-list-model.js';
import { MessengerIndex, type ListItem } from '../../../src/components/chat-list/messenger-index.js';
import type { OlChatListElement } from '../../../src/components/chat-list/chat-list.component.js';
import type { Chat, ChatState, Id, Message } from '../../../src/core/model.js';
import { makeChat, makeMessage, rng } from '../../helpers/fixtures.js';
import { ignoreResizeObserverLoops, layout, renderList, shadow } from './helpers.js';

const me = { id: 'op-me', queueIds: ['q1'] };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 8, minute)).toISOString();
const NAMES = ['Élodie Garnier', 'Zoé Martin', 'Lucas Bernard', 'Inès Zola', 'Hugo Petit', 'Chloé Robert'];
const TEXTS = ['Où est mon colis ?', 'Thanks!', '[b]Zut[/b], encore en retard', 'Can I pay by card?', 'Merci beaucoup'];
const STATES: ChatState[] = ['new', 'answered', 'answered', 'closed', 'spam'];

function randomChat(random: () => number, id: Id): Chat {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const state = pick(STATES);
  const name = pick(NAMES);
  // Few distinct minutes: many ties, so that the id decides.
  const updated = at(Math.floor(random() * 20));
  return makeChat({
    id,
    title: name,
    client: { id: `cl-${id}`, name },
    state,
    pinned: random() < 0.15,
    operatorId: state === 'new' && random() < 0.7 ? undefined : random() < 0.85 ? me.id : 'op-other',
    queueId: random() < 0.7 ? 'q1' : 'q2',
    waitingSince: state === 'new' ? at(Math.floor(random() * 20)) : undefined,
    updatedAt: updated,
    lastMessage: { id: `lm-${id}`, authorKind: 'client', text: pick(TEXTS), createdAt: updated },
  });
}

/** What the person sees: group headers with their counts, then chat ids, top to bottom. */
const seen = (items: readonly ListItem[] | ReturnType<typeof deriveMessenger>['items']) =>
  items.map((item) => (item.kind === 'header' ? `#${item.group}:${item.count}` : item.chat.id));

describe('MessengerIndex (incremental Messenger list)', () => {
  for (const groupWaiting of [true, false]) {
    it(`after random changes shows the same rows in the same order as a full sort (groupWaiting ${groupWaiting})`, () => {
      const random = rng(groupWaiting ? 7 : 8);
      const chats = new Map<Id, Chat>();
      for (let i = 0; i < 120; i += 1) chats.set(`c${i}`, randomChat(random, `c${i}`));
      const index = new MessengerIndex();
      index.rebuild(chats.values(), { me, groupWaiting });
      expect(seen(index.items)).to.deep.equal(seen(deriveMessenger([...chats.values()], { me, groupWaiting }).items));
      for (let step = 0; step < 300; step += 1) {
        const changed: Id[] = [];
        for (let k = 0; k < 1 + Math.floor(random() * 4); k += 1) {
          const id = `c${Math.floor(random() * 140)}`;
          const roll = random();
          if (roll < 0.1) chats.delete(id);
          else if (roll < 0.5 && chats.has(id)) {
            // A new message: the chat moves to the top of its group.
            const chat = chats.get(id)!;
            chats.set(id, { ...chat, updatedAt: at(20 + step), unreadCount: chat.unreadCount + 1 });
          } else chats.set(id, randomChat(random, id));
          changed.push(id);
        }
        index.update(changed, (id) => chats.get(id));
        const full = deriveMessenger([...chats.values()], { me, groupWaiting });
        expect(seen(index.items), `step ${step}`).to.deep.equal(seen(full.items));
        expect(index.rowCount).to.equal(full.rows.length);
        expect(index.mineCount).to.equal(full.mineCount);
      }
    });
  }

  it('maps rows, items and chats like the full derivation', () => {
    const random = rng(3);
    const chats = Array.from({ length: 60 }, (_, i) => randomChat(random, `c${i}`));
    const index = new MessengerIndex();
    index.rebuild(chats, { me, groupWaiting: true });
    const full = deriveMessenger(chats, { me, groupWaiting: true });
    full.rows.forEach((row, i) => {
      expect(index.rowAt(i)?.chat.id).to.equal(row.chat.id);
      expect(index.rowIndexOf(row.chat.id)).to.equal(i);
      expect(index.itemIndexOfRow(i)).to.equal(full.itemIndexOfRow[i]);
      expect(index.rowIndexOfItem(full.itemIndexOfRow[i]!)).to.equal(i);
    });
    expect(index.rowIndexOf('not-there')).to.equal(undefined);
  });

  it('shows the same search results as filtering every chat, while typing, erasing and receiving changes', () => {
    const random = rng(11);
    const chats = new Map<Id, Chat>();
    for (let i = 0; i < 150; i += 1) chats.set(`c${i}`, randomChat(random, `c${i}`));
    const messages: Message[] = [makeMessage({ chatId: 'c4', text: 'le numéro de [i]suivi[/i]' })];
    const messagesOf = (id: Id) => (id === 'c4' ? messages : []);
    const loaded = new Map([['c4', messages]]);
    const index = new MessengerIndex();
    index.rebuild(chats.values(), { me, groupWaiting: true });
    const check = (query: string, extraMatches?: ReadonlySet<Id>) => {
      index.setSearch({ query, extraMatches, messages: loaded });
      const full = deriveMessenger([...chats.values()], { me, groupWaiting: true, query, extraMatches, messagesOf });
      expect(seen(index.items), `query "${query}"`).to.deep.equal(seen(full.items));
    };
    // Growing (narrows the previous result), then erasing (filters everything again).
    for (const query of ['z', 'zo', 'zoe', 'zoé m', 'zo', '', 'ZUT', 'suivi', 'où', '  ']) check(query);
    check('zola', new Set(['c1', 'c2']));
    check('zolan', new Set(['c1', 'c2']));
    // Changes arrive during a search: matches come and go, in order.
    for (let step = 0; step < 100; step += 1) {
      const id = `c${Math.floor(random() * 160)}`;
      if (random() < 0.1) chats.delete(id);
      else chats.set(id, randomChat(random, id));
      index.update([id], (key) => chats.get(key));
      check('zo');
    }
  });

  it('keeps the same items when nothing shown changed', () => {
    const chats = [makeChat({ id: 'a' }), makeChat({ id: 'b', updatedAt: at(30) })];
    const index = new MessengerIndex();
    index.rebuild(chats, { me, groupWaiting: false });
    const items = index.items;
    expect(index.update(['a', 'b'], (id) => chats.find((c) => c.id === id))).to.equal(false);
    expect(index.setSearch({ query: '' })).to.equal(false);
    expect(index.items).to.equal(items);
    const moved = { ...chats[0]!, updatedAt: at(40) };
    expect(index.update(['a'], () => moved)).to.equal(true);
    expect(seen(index.items)).to.deep.equal(['a', 'b']);
  });

  it('prepares searches ahead (folded text, one string per group) without changing the results', () => {
    const random = rng(5);
    const chats = new Map<Id, Chat>();
    for (let i = 0; i < 200; i += 1) chats.set(`c${i}`, randomChat(random, `c${i}`));
    const messages = [makeMessage({ chatId: 'c7', text: 'mon [b]numéro[/b] de suivi' })];
    const messagesOf = (id: Id) => (id === 'c7' ? messages : []);
    const loaded = new Map([['c7', messages]]);
    const index = new MessengerIndex();
    index.rebuild(chats.values(), { me, groupWaiting: true });
    const check = (query: string, extraMatches?: ReadonlySet<Id>) => {
      index.setSearch({ query: '' });
      index.setSearch({ query, extraMatches, messages: loaded });
      const full = deriveMessenger([...chats.values()], { me, groupWaiting: true, query, extraMatches, messagesOf });
      expect(seen(index.items), `query "${query}"`).to.deep.equal(seen(full.items));
    };
    for (let round = 0; round < 5; round += 1) {
      while (index.foldAhead(1));
      for (const query of ['elodie', 'z', 'o', 'suivi', 'numero', 'zut, encore', 'xyz']) check(query);
      check('zola', new Set(['c1', 'c2', 'c3']));
      // Changes drop the prepared text of their group: searches stay right before and after preparing again.
      for (let k = 0; k < 5; k += 1) {
        const id = `c${Math.floor(random() * 210)}`;
        chats.set(id, randomChat(random, id));
        index.update([id], (key) => chats.get(key));
      }
      check('z');
    }
    expect(index.rowCount).to.be.greaterThan(0);
  });

  describe('in <ol-chat-list>', () => {
    ignoreResizeObserverLoops();

    it('shows the rows of a full sort after realtime moves, with and without a search', async () => {
      const random = rng(21);
      const chats = new Map<Id, Chat>();
      for (let i = 0; i < 300; i += 1) chats.set(`c${i}`, randomChat(random, `c${i}`));
      const directory = { me: { id: me.id, name: 'Me', queueIds: me.queueIds } };
      const el: OlChatListElement = await renderList(
        html`<ol-chat-list group-waiting .directory=${directory} .chats=${[...chats.values()]}></ol-chat-list>`,
      );
      const store = (el as unknown as { storeCtl: { store: import('../../../src/core/store.js').OlStore } }).storeCtl.store;
      /** The first rendered items, as the full derivation orders them. */
      const expected = (query = '') => {
        const items = deriveMessenger([...chats.values()], { me: directory.me, groupWaiting: true, query }).items;
        return items.map((item) => (item.kind === 'header' ? `#${item.group}` : item.chat.id));
      };
      const check = async (query = '') => {
        await el.updateComplete;
        await waitUntil(() => {
          const shown = layout(el);
          return shown.length > 0 && shown.join() === expected(query).slice(0, shown.length).join();
        }, `the rows shown differ from a full sort (query "${query}")`);
      };
      await check();
      for (let step = 0; step < 12; step += 1) {
        const id = `c${Math.floor(random() * 300)}`;
        const chat = chats.get(id)!;
        const moved = { ...chat, updatedAt: at(30 + step), unreadCount: chat.unreadCount + 1 };
        chats.set(id, moved);
        store.apply({ type: 'chat-updated', chat: moved });
      }
      await check();
      shadow(el).querySelector<HTMLInputElement>('.search input')!.focus();
      await sendKeys({ type: 'zo' });
      await waitUntil(() => (el as unknown as { search: { query: string } }).search.query === 'zo', 'the search did not apply');
      await check('zo');
      for (let step = 0; step < 12; step += 1) {
        const id = `c${Math.floor(random() * 300)}`;
        const next = randomChat(random, id);
        chats.set(id, next);
        store.apply({ type: 'chat-updated', chat: { ...next, updatedAt: at(50 + step) } });
        chats.set(id, { ...next, updatedAt: at(50 + step) });
      }
      await check('zo');
    });
  });
});
