import { expect } from '@open-wc/testing';
import { OlAdapterError } from '../../../src/core/adapter.js';
import type { Chat } from '../../../src/core/model.js';
import { createAdapter, fixture, NOW, rejectionOf } from './fixture.js';

const ids = (chats: Chat[]) => chats.map((c) => c.id);

describe('MemoryAdapter reads', () => {
  describe('listChats', () => {
    it('returns every chat newest activity first, with the total', async () => {
      const { adapter } = createAdapter();
      const page = await adapter.listChats({});
      expect(ids(page.items)).to.deep.equal(['ch6', 'ch2', 'ch1', 'ch3', 'ch7', 'ch5', 'ch4']);
      expect(page.total).to.equal(7);
      expect(page.nextCursor).to.equal(undefined);
    });

    it('works without a query argument', async () => {
      const { adapter } = createAdapter();
      const page = await (adapter.listChats as (q?: object) => ReturnType<typeof adapter.listChats>)();
      expect(page.items).to.have.length(7);
    });

    it('sorts by createdAt when asked', async () => {
      const { adapter } = createAdapter();
      const page = await adapter.listChats({ sort: 'createdAt' });
      expect(ids(page.items)).to.deep.equal(['ch6', 'ch1', 'ch2', 'ch3', 'ch7', 'ch5', 'ch4']);
    });

    it('pages with an opaque cursor until the last page', async () => {
      const { adapter } = createAdapter();
      const first = await adapter.listChats({ limit: 3 });
      expect(ids(first.items)).to.deep.equal(['ch6', 'ch2', 'ch1']);
      expect(first.total).to.equal(7);
      expect(first.nextCursor).to.be.a('string');
      const second = await adapter.listChats({ limit: 3, cursor: first.nextCursor as string });
      expect(ids(second.items)).to.deep.equal(['ch3', 'ch7', 'ch5']);
      const third = await adapter.listChats({ limit: 3, cursor: second.nextCursor as string });
      expect(ids(third.items)).to.deep.equal(['ch4']);
      expect(third.nextCursor).to.equal(undefined);
    });

    it('keeps paging stable when a chat becomes newer between pages', async () => {
      const { adapter } = createAdapter();
      const first = await adapter.listChats({ limit: 3 });
      adapter.simulateClientMessage('ch4', 'Hello again');
      const second = await adapter.listChats({ limit: 3, cursor: first.nextCursor as string });
      expect(ids(second.items)).to.deep.equal(['ch3', 'ch7', 'ch5']);
    });

    it('defaults the page size to 50 and never returns an empty page for a bad limit', async () => {
      const data = fixture();
      const template = data.chats[0]!;
      data.chats = Array.from({ length: 60 }, (_, i) => ({
        ...structuredClone(template),
        id: `bulk${i}`,
        updatedAt: new Date(NOW.getTime() - i * 60_000).toISOString(),
      }));
      data.messages = [];
      const { adapter } = createAdapter({}, data);
      const page = await adapter.listChats({});
      expect(page.items).to.have.length(50);
      expect(page.total).to.equal(60);
      const rest = await adapter.listChats({ cursor: page.nextCursor as string });
      expect(rest.items.map((c) => c.id)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `bulk${50 + i}`));
      expect((await adapter.listChats({ limit: 0 })).items).to.have.length(1);
    });

    it('rejects a cursor it did not produce', async () => {
      const { adapter } = createAdapter();
      const error = await rejectionOf(adapter.listChats({ cursor: 'nonsense' }));
      expect(error).to.be.instanceOf(OlAdapterError);
      expect((error as OlAdapterError).code).to.equal('BAD_CURSOR');
    });

    it('searches client name, title and message text, ignoring case, accents and BBCode', async () => {
      const { adapter } = createAdapter();
      expect(ids((await adapter.listChats({ filter: { search: 'alice' } })).items)).to.deep.equal(['ch1', 'ch4']);
      expect(ids((await adapter.listChats({ filter: { search: 'PARCEL' } })).items)).to.deep.equal(['ch2']);
      expect(ids((await adapter.listChats({ filter: { search: 'chloe elise' } })).items)).to.deep.equal(['ch3']);
      expect(ids((await adapter.listChats({ filter: { search: 'fauteuil' } })).items)).to.deep.equal(['ch3']);
      expect(ids((await adapter.listChats({ filter: { search: 'numero a-100' } })).items)).to.deep.equal(['ch1']);
      expect((await adapter.listChats({ filter: { search: 'zzz' } })).total).to.equal(0);
    });

    it('filters by queue, operator, state and source channel', async () => {
      const { adapter } = createAdapter();
      expect(ids((await adapter.listChats({ filter: { queueIds: ['q2'] } })).items)).to.deep.equal(['ch3', 'ch7', 'ch5']);
      expect(ids((await adapter.listChats({ filter: { operatorIds: ['op1'] } })).items)).to.deep.equal(['ch2', 'ch4']);
      expect(ids((await adapter.listChats({ filter: { states: ['new', 'spam'] } })).items)).to.deep.equal(['ch6', 'ch1', 'ch5']);
      expect(ids((await adapter.listChats({ filter: { sourceChannels: ['livechat'] } })).items)).to.deep.equal(['ch1', 'ch7']);
    });

    it('filters by creation date range (inclusive)', async () => {
      const { adapter } = createAdapter();
      const page = await adapter.listChats({
        filter: { from: '2026-11-22T10:00:00.000Z', to: '2026-11-25T07:00:00.000Z' },
      });
      expect(ids(page.items)).to.deep.equal(['ch3', 'ch7', 'ch5']);
    });

    it('filters by CRM link and rating', async () => {
      const { adapter } = createAdapter();
      expect(ids((await adapter.listChats({ filter: { hasCrm: true } })).items)).to.deep.equal(['ch1', 'ch4']);
      expect((await adapter.listChats({ filter: { hasCrm: false } })).total).to.equal(5);
      expect(ids((await adapter.listChats({ filter: { rating: 'like' } })).items)).to.deep.equal(['ch4']);
      expect(ids((await adapter.listChats({ filter: { rating: 'dislike' } })).items)).to.deep.equal(['ch7']);
      expect((await adapter.listChats({ filter: { rating: 'none' } })).total).to.equal(5);
    });

    it('filters mine: assigned to me, or waiting unassigned in my queues', async () => {
      const { adapter } = createAdapter();
      expect(ids((await adapter.listChats({ filter: { mine: true } })).items)).to.deep.equal(['ch2', 'ch1', 'ch4']);
    });

    it('combines filters', async () => {
      const { adapter } = createAdapter();
      const page = await adapter.listChats({ filter: { mine: true, states: ['closed'], search: 'invoice' } });
      expect(ids(page.items)).to.deep.equal(['ch4']);
    });
  });

  describe('getChat', () => {
    it('returns the chat', async () => {
      const { adapter } = createAdapter();
      const chat = await adapter.getChat('ch2');
      expect(chat.title).to.equal('Bob — parcel');
      expect(chat.lastMessage).to.deep.equal({ id: 'm6', authorKind: 'client', text: 'Thanks', createdAt: '2026-11-25T09:30:00.000Z' });
    });

    it('rejects an unknown id with NOT_FOUND', async () => {
      const { adapter } = createAdapter();
      const error = await rejectionOf(adapter.getChat('nope'));
      expect(error).to.be.instanceOf(OlAdapterError);
      expect((error as OlAdapterError).code).to.equal('NOT_FOUND');
    });
  });

  describe('listMessages', () => {
    it('returns messages oldest first (sorted by date whatever the input order)', async () => {
      const { adapter } = createAdapter();
      const page = await adapter.listMessages('ch1', { limit: 10 });
      expect(page.items.map((m) => m.id)).to.deep.equal(['m1', 'm2']);
      expect(page.nextCursor).to.equal(undefined);
      expect(page.total).to.equal(2);
    });

    it('pages backwards with before, nextCursor pointing at the oldest item', async () => {
      const { adapter } = createAdapter();
      const newest = await adapter.listMessages('ch2', { limit: 2 });
      expect(newest.items.map((m) => m.id)).to.deep.equal(['m5', 'm6']);
      expect(newest.nextCursor).to.equal('m5');
      const older = await adapter.listMessages('ch2', { limit: 2, before: newest.nextCursor as string });
      expect(older.items.map((m) => m.id)).to.deep.equal(['m3', 'm4']);
      expect(older.nextCursor).to.equal(undefined);
    });

    it('pages through the 300-message demo chat', async () => {
      const { MemoryAdapter } = await import('../../../src/adapters/memory/index.js');
      const adapter = new MemoryAdapter(undefined, { now: () => NOW });
      const seen: string[] = [];
      let before: string | undefined;
      let pages = 0;
      do {
        const page = await adapter.listMessages('c17', before === undefined ? { limit: 50 } : { limit: 50, before });
        seen.unshift(...page.items.map((m) => m.id));
        before = page.nextCursor;
        pages += 1;
      } while (before);
      expect(pages).to.equal(6);
      expect(seen).to.have.length(300);
      expect(new Set(seen).size).to.equal(300);
      const all = await adapter.listMessages('c17', { limit: 1000 });
      expect(all.items.map((m) => m.id)).to.deep.equal(seen);
    });

    it('rejects an unknown chat or before id', async () => {
      const { adapter } = createAdapter();
      expect(((await rejectionOf(adapter.listMessages('nope', { limit: 5 }))) as OlAdapterError).code).to.equal('NOT_FOUND');
      expect(((await rejectionOf(adapter.listMessages('ch1', { limit: 5, before: 'm9' }))) as OlAdapterError).code).to.equal(
        'NOT_FOUND',
      );
    });
  });

  describe('searchHistory', () => {
    it('returns the messages of every session with the same client, oldest first', async () => {
      const { adapter } = createAdapter();
      const history = await adapter.searchHistory('ch1', {});
      expect(history.map((m) => m.id)).to.deep.equal(['m9', 'm10', 'm1', 'm2']);
    });

    it('matches the text case- and accent-insensitively', async () => {
      const { adapter } = createAdapter();
      expect((await adapter.searchHistory('ch1', { query: 'INVOICE' })).map((m) => m.id)).to.deep.equal(['m9', 'm10']);
      expect((await adapter.searchHistory('ch1', { query: 'numero' })).map((m) => m.id)).to.deep.equal(['m2']);
    });

    it('limits to a date range', async () => {
      const { adapter } = createAdapter();
      const history = await adapter.searchHistory('ch4', { from: '2026-11-24T00:00:00.000Z', to: '2026-11-25T09:01:00.000Z' });
      expect(history.map((m) => m.id)).to.deep.equal(['m1']);
    });

    it('rejects an unknown chat', async () => {
      const { adapter } = createAdapter();
      expect(((await rejectionOf(adapter.searchHistory('nope', {}))) as OlAdapterError).code).to.equal('NOT_FOUND');
    });
  });

  describe('operators and queues', () => {
    it('lists operators, filtered by name ignoring accents', async () => {
      const { adapter } = createAdapter();
      expect((await adapter.listOperators()).map((o) => o.id)).to.deep.equal(['op1', 'op2', 'op3']);
      expect((await adapter.listOperators('elodie')).map((o) => o.id)).to.deep.equal(['op2']);
      expect((await adapter.listOperators('MAR')).map((o) => o.id)).to.deep.equal(['op1', 'op3']);
    });

    it('lists queues', async () => {
      const { adapter } = createAdapter();
      const queues = await adapter.listQueues();
      expect(queues.map((q) => [q.id, q.active])).to.deep.equal([
        ['q1', true],
        ['q2', true],
        ['q3', false],
      ]);
    });

    it('returns the current operator', async () => {
      const { adapter } = createAdapter();
      expect(await adapter.currentOperator()).to.include({ id: 'op1', name: 'Marie Curie' });
    });
  });

  describe('catalogs', () => {
    it('lists canned responses most used first, searching title and text', async () => {
      const { adapter } = createAdapter();
      expect((await adapter.listCanned()).map((c) => c.id)).to.deep.equal(['cr2', 'cr1', 'cr3']);
      expect((await adapter.listCanned('delai')).map((c) => c.id)).to.deep.equal(['cr2']);
      expect((await adapter.listCanned('CARD')).map((c) => c.id)).to.deep.equal(['cr3']);
      expect((await adapter.listCanned('operator.name')).map((c) => c.id)).to.deep.equal(['cr1']);
      expect(await adapter.listCanned('nothing like this')).to.deep.equal([]);
    });

    it('searches mentions over operators and public chats', async () => {
      const { adapter } = createAdapter();
      expect(await adapter.searchMentions('mar')).to.deep.equal([
        { kind: 'user', id: 'op1', name: 'Marie Curie' },
        { kind: 'user', id: 'op3', name: 'Paul Martin' },
      ]);
      expect(await adapter.searchMentions('support')).to.deep.equal([{ kind: 'chat', id: 'pc1', name: 'Support team' }]);
      expect(await adapter.searchMentions('')).to.have.length(4);
    });

    it('searches GIFs by title (all for an empty query)', async () => {
      const { adapter } = createAdapter();
      expect((await adapter.searchGifs('thank')).map((g) => g.id)).to.deep.equal(['g1']);
      expect((await adapter.searchGifs('')).map((g) => g.id)).to.deep.equal(['g1', 'g2']);
    });

    it('lists commands and sales items of a chat, rejecting unknown chats', async () => {
      const { adapter } = createAdapter();
      expect((await adapter.listCommands('ch2')).map((c) => c.command)).to.deep.equal(['/me', '/rating']);
      expect((await adapter.listSalesItems('ch2')).map((s) => s.id)).to.deep.equal(['s1', 's2']);
      expect(((await rejectionOf(adapter.listCommands('nope'))) as OlAdapterError).code).to.equal('NOT_FOUND');
      expect(((await rejectionOf(adapter.listSalesItems('nope'))) as OlAdapterError).code).to.equal('NOT_FOUND');
    });

    it('reports upload limits (default 50 MB, or the option)', async () => {
      expect(await createAdapter().adapter.uploadLimits()).to.deep.equal({ maxSize: 50 * 1024 * 1024 });
      const { adapter } = createAdapter({ uploadLimits: { maxSize: 10, accept: ['image/*'] } });
      expect(await adapter.uploadLimits()).to.deep.equal({ maxSize: 10, accept: ['image/*'] });
    });
  });

  describe('getStatistics', () => {
    it('computes totals, averages and ratings over every chat', async () => {
      const { adapter } = createAdapter();
      expect(await adapter.getStatistics({})).to.deep.equal({
        total: 7,
        byState: { new: 2, answered: 2, closed: 2, spam: 1 },
        averageFirstResponseSeconds: 510,
        averageDurationSeconds: 1820,
        likes: 1,
        dislikes: 1,
      });
    });

    it('computes over the filtered chats only', async () => {
      const { adapter } = createAdapter();
      expect(await adapter.getStatistics({ operatorIds: ['op1'] })).to.deep.equal({
        total: 2,
        byState: { new: 0, answered: 1, closed: 1, spam: 0 },
        averageFirstResponseSeconds: 60,
        averageDurationSeconds: 3600,
        likes: 1,
        dislikes: 0,
      });
      const empty = await adapter.getStatistics({ search: 'zzz' });
      expect(empty.total).to.equal(0);
      expect(empty.averageFirstResponseSeconds).to.equal(0);
    });

    it('follows state changes', async () => {
      const { adapter } = createAdapter();
      await adapter.finish('ch2');
      const stats = await adapter.getStatistics({});
      expect(stats.byState.closed).to.equal(3);
      expect(stats.byState.answered).to.equal(1);
    });
  });

  describe('copies', () => {
    it('returns copies: mutating a result never changes the adapter', async () => {
      const { adapter } = createAdapter();
      const chat = await adapter.getChat('ch1');
      chat.title = 'hacked';
      chat.client.name = 'hacked';
      (await adapter.listChats({})).items.forEach((c) => (c.state = 'spam'));
      (await adapter.listMessages('ch1', { limit: 5 })).items.forEach((m) => (m.text = 'hacked'));
      (await adapter.searchHistory('ch1', {})).forEach((m) => (m.text = 'hacked'));
      (await adapter.listOperators())[0]!.name = 'hacked';
      (await adapter.listQueues())[0]!.name = 'hacked';
      (await adapter.currentOperator()).name = 'hacked';
      (await adapter.listCanned())[0]!.title = 'hacked';
      (await adapter.searchGifs(''))[0]!.title = 'hacked';
      (await adapter.listCommands('ch1'))[0]!.title = 'hacked';
      (await adapter.listSalesItems('ch1'))[0]!.title = 'hacked';
      (await adapter.uploadLimits()).maxSize = 1;

      expect((await adapter.getChat('ch1')).title).to.equal('Alice Durand');
      expect((await adapter.getChat('ch1')).client.name).to.equal('Alice Durand');
      expect((await adapter.getChat('ch2')).state).to.equal('answered');
      expect((await adapter.listMessages('ch1', { limit: 5 })).items[0]!.text).to.equal('Bonjour, ma commande est en retard');
      expect((await adapter.listOperators())[0]!.name).to.equal('Marie Curie');
      expect((await adapter.listQueues())[0]!.name).to.equal('Support');
      expect((await adapter.currentOperator()).name).to.equal('Marie Curie');
      expect((await adapter.listCanned())[0]!.title).to.equal('Délai de livraison');
      expect((await adapter.searchGifs(''))[0]!.title).to.equal('Thank you');
      expect((await adapter.listCommands('ch1'))[0]!.title).to.equal('Action');
      expect((await adapter.listSalesItems('ch1'))[0]!.title).to.equal('Desk');
      expect((await adapter.uploadLimits()).maxSize).to.equal(50 * 1024 * 1024);
    });
  });
});
