import { expect } from '@open-wc/testing';
import { chatMatches, deriveMessenger, groupOf, isMyChat, previewText } from '../../../src/components/chat-list/chat-list-model.js';
import { foldText as fold } from '../../../src/core/text.js';
import type { Chat } from '../../../src/core/model.js';
import { makeChat, makeMessage } from '../../helpers/fixtures.js';

const me = { id: 'me', queueIds: ['q1'] };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 9, minute)).toISOString();

function chat(id: string, overrides: Partial<Chat> = {}): Chat {
  return makeChat({ id, title: id, client: { id: `client-${id}`, name: `Client ${id}` }, operatorId: 'me', ...overrides });
}

const ids = (chats: { chat: Chat }[]) => chats.map((row) => row.chat.id);

describe('chat list model', () => {
  describe('isMyChat', () => {
    it('keeps chats assigned to me in any state, and new unassigned chats of my queues', () => {
      expect(isMyChat(chat('a', { state: 'answered' }), me)).to.equal(true);
      expect(isMyChat(chat('b', { state: 'closed' }), me)).to.equal(true);
      expect(isMyChat(chat('c', { state: 'new', operatorId: undefined, queueId: 'q1' }), me)).to.equal(true);
    });

    it('leaves out chats of colleagues and waiting chats of other queues', () => {
      expect(isMyChat(chat('a', { operatorId: 'other' }), me)).to.equal(false);
      expect(isMyChat(chat('b', { state: 'new', operatorId: undefined, queueId: 'q2' }), me)).to.equal(false);
      expect(isMyChat(chat('c', { state: 'answered', operatorId: undefined, queueId: 'q1' }), me)).to.equal(false);
    });

    it('leaves out a waiting chat I skipped, but not once it is assigned to me', () => {
      const skipped = new Set(['c']);
      expect(isMyChat(chat('c', { state: 'new', operatorId: undefined, queueId: 'q1' }), me, skipped)).to.equal(false);
      expect(isMyChat(chat('c', { state: 'answered', operatorId: me.id, queueId: 'q1' }), me, skipped)).to.equal(true);
    });

    it('keeps every chat when the current operator is unknown (properties-only mode)', () => {
      expect(isMyChat(chat('a', { operatorId: 'other' }), undefined)).to.equal(true);
    });
  });

  it('puts finished chats in their own group and new chats in the waiting group only when asked', () => {
    expect(groupOf(chat('a', { state: 'spam' }), true)).to.equal('finished');
    expect(groupOf(chat('b', { state: 'closed' }), false)).to.equal('finished');
    expect(groupOf(chat('c', { state: 'new' }), true)).to.equal('waiting');
    expect(groupOf(chat('d', { state: 'new' }), false)).to.equal('active');
  });

  describe('deriveMessenger', () => {
    const chats = [
      chat('young', { state: 'new', operatorId: undefined, queueId: 'q1', waitingSince: at(50), updatedAt: at(50) }),
      chat('old', { state: 'new', operatorId: undefined, queueId: 'q1', waitingSince: at(5), updatedAt: at(55) }),
      chat('recent', { state: 'answered', updatedAt: at(40) }),
      chat('pinned', { state: 'answered', pinned: true, updatedAt: at(1) }),
      chat('stale', { state: 'answered', updatedAt: at(2) }),
      chat('closed', { state: 'closed', updatedAt: at(30) }),
      chat('spam', { state: 'spam', updatedAt: at(45) }),
      chat('theirs', { state: 'answered', operatorId: 'other', updatedAt: at(59) }),
    ];

    it('with the waiting group: longest waiting first, then in progress with pinned on top, then finished', () => {
      const model = deriveMessenger(chats, { me, groupWaiting: true });
      expect(model.items.map((item) => (item.kind === 'header' ? `#${item.group}:${item.count}` : item.chat.id))).to.deep.equal([
        '#waiting:2', 'old', 'young',
        '#active:3', 'pinned', 'recent', 'stale',
        '#finished:2', 'spam', 'closed',
      ]);
      expect(model.mineCount).to.equal(7);
    });

    it('without it: one group by latest activity without a header, pinned first, finished last', () => {
      const model = deriveMessenger(chats, { me, groupWaiting: false });
      expect(model.items.map((item) => (item.kind === 'header' ? `#${item.group}` : item.chat.id))).to.deep.equal([
        'pinned', 'old', 'young', 'recent', 'stale', '#finished', 'spam', 'closed',
      ]);
    });

    it('numbers rows apart from headers and maps them back to items', () => {
      const model = deriveMessenger(chats, { me, groupWaiting: true });
      expect(model.rows.map((row) => row.rowIndex)).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
      expect(model.itemIndexOfRow).to.deep.equal([1, 2, 4, 5, 6, 8, 9]);
      expect(model.rowIndexById.get('recent')).to.equal(3);
    });

    it('searches title, client name and last message without case or accents', () => {
      const list = [
        chat('a', { title: 'Élodie Garnier' }),
        chat('b', { client: { id: 'x', name: 'Zoë Müller' } }),
        chat('c', { lastMessage: { id: 'm', authorKind: 'client', text: '[b]Où est[/b] mon colis ?', createdAt: at(1) } }),
      ];
      expect(ids(deriveMessenger(list, { me, groupWaiting: false, query: 'ELODIE' }).rows)).to.deep.equal(['a']);
      expect(ids(deriveMessenger(list, { me, groupWaiting: false, query: 'muller' }).rows)).to.deep.equal(['b']);
      expect(ids(deriveMessenger(list, { me, groupWaiting: false, query: 'ou est mon' }).rows)).to.deep.equal(['c']);
      expect(deriveMessenger(list, { me, groupWaiting: false, query: '  ' }).rows).to.have.length(3);
    });

    it('searches loaded messages and keeps chats the backend matched', () => {
      const list = [chat('a'), chat('b')];
      const messages = [makeMessage({ chatId: 'a', text: 'the [i]tracking[/i] number' })];
      const model = deriveMessenger(list, {
        me,
        groupWaiting: false,
        query: 'tracking',
        messagesOf: (id) => (id === 'a' ? messages : []),
        extraMatches: new Set(['b']),
      });
      expect(ids(model.rows).sort()).to.deep.equal(['a', 'b']);
      expect(model.mineCount).to.equal(2);
    });

    it('derives 100,000 chats', () => {
      const many = Array.from({ length: 100_000 }, (_, i) =>
        chat(`c${i}`, { state: i % 10 === 0 ? 'new' : 'answered', updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() }),
      );
      const model = deriveMessenger(many, { me, groupWaiting: true });
      expect(model.rows).to.have.length(100_000);
      expect(model.rows[10_000]!.chat.id).to.equal('c99999');
    });
  });

  it('folds case and accents, and previews BBCode as one line of plain text', () => {
    expect(fold('Élodie ÇA')).to.equal('elodie ca');
    const withText = chat('a', { lastMessage: { id: 'm', authorKind: 'client', text: '[b]Hi[/b][br]there [user=3]Anna[/user]', createdAt: at(1) } });
    expect(previewText(withText)).to.equal('Hi there @Anna');
    expect(chatMatches(withText, 'anna')).to.equal(true);
    expect(previewText(chat('b'))).to.equal('');
  });
});
