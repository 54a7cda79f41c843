import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { SimulatedActivity } from '../../../src/adapters/memory/index.js';
import { createAdapter, NOW, recordEvents } from './fixture.js';

describe('MemoryAdapter realtime', () => {
  describe('simulation timer', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    });
    afterEach(() => clock.restore());

    it('runs only while someone listens, and leaves no timer behind', async () => {
      const { adapter } = createAdapter({ realtime: { intervalMs: 1000 } });
      expect(adapter.realtimeRunning).to.equal(false);
      expect(clock.countTimers()).to.equal(0);
      const first = recordEvents(adapter);
      const second = recordEvents(adapter);
      expect(adapter.realtimeRunning).to.equal(true);
      expect(clock.countTimers()).to.equal(1);

      await clock.tickAsync(999);
      expect(first.events).to.deep.equal([]);
      await clock.tickAsync(1);
      expect(first.events.length).to.be.greaterThan(0);
      await clock.tickAsync(9000);
      const seen = first.events.length;
      expect(seen).to.be.greaterThan(10);
      expect(second.events.length).to.equal(seen);

      first.stop();
      expect(adapter.realtimeRunning).to.equal(true);
      second.stop();
      expect(adapter.realtimeRunning).to.equal(false);
      expect(adapter.listenerCount).to.equal(0);
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(10_000);
      expect(first.events.length).to.equal(seen);
    });

    it('restarts when a new subscriber arrives', async () => {
      const { adapter } = createAdapter({ realtime: { intervalMs: 500 } });
      recordEvents(adapter).stop();
      const rec = recordEvents(adapter);
      await clock.tickAsync(500);
      expect(rec.events.length).to.be.greaterThan(0);
      rec.stop();
      expect(clock.countTimers()).to.equal(0);
    });

    it('uses a 5 s default interval, and stays off without the option', async () => {
      const on = createAdapter({ realtime: true }).adapter;
      const rec = recordEvents(on);
      await clock.tickAsync(4999);
      expect(rec.events).to.deep.equal([]);
      await clock.tickAsync(1);
      expect(rec.events.length).to.be.greaterThan(0);
      rec.stop();

      const off = createAdapter().adapter;
      const quiet = recordEvents(off);
      expect(off.realtimeRunning).to.equal(false);
      await clock.tickAsync(60_000);
      expect(quiet.events).to.deep.equal([]);
      quiet.stop();
    });

    it('produces client messages (unread goes up), new chats and chats taken by colleagues', async () => {
      const adapter = new MemoryAdapter(undefined, { now: () => NOW, realtime: { intervalMs: 100 } });
      const before = (await adapter.listChats({})).total ?? 0;
      const unreadBefore = new Map((await adapter.listChats({})).items.map((c) => [c.id, c.unreadCount]));
      const rec = recordEvents(adapter);
      await clock.tickAsync(100 * 80);
      rec.stop();
      const added = rec.events.filter((e) => e.type === 'chat-added');
      expect(added.length).to.be.greaterThan(0);
      for (const event of added) expect(event.type === 'chat-added' && event.chat.state).to.equal('new');
      expect((await adapter.listChats({})).total).to.equal(before + added.length);
      const clientMessages = rec.events.filter((e) => e.type === 'message-added' && e.message.authorKind === 'client');
      expect(clientMessages.length).to.be.greaterThan(40);
      const grown = (await adapter.listChats({})).items.filter((c) => c.unreadCount > (unreadBefore.get(c.id) ?? 0));
      expect(grown.length).to.be.greaterThan(0);
      const taken = rec.events.filter((e) => e.type === 'message-added' && e.message.authorKind === 'system' && e.message.text.startsWith('Chat taken by'));
      expect(taken.length).to.be.greaterThan(0);
    });
  });

  describe('simulate API', () => {
    it('simulateClientMessage adds a client message and raises the unread counter', async () => {
      const { adapter, clock } = createAdapter();
      const rec = recordEvents(adapter);
      const message = adapter.simulateClientMessage('ch2', 'Any news?');
      expect(message).to.include({ chatId: 'ch2', authorKind: 'client', authorId: 'bob', authorName: 'Bob Martin', text: 'Any news?', createdAt: clock.iso() });
      const chat = await adapter.getChat('ch2');
      expect(chat.unreadCount).to.equal(2);
      expect(chat.lastMessage?.id).to.equal(message.id);
      expect(rec.types()).to.deep.equal(['message-added', 'chat-updated']);
      rec.stop();
    });

    it('simulateClientMessage in a closed chat starts a new waiting session', async () => {
      const { adapter, clock } = createAdapter();
      const rec = recordEvents(adapter);
      adapter.simulateClientMessage('ch4', 'Hello again');
      const chat = await adapter.getChat('ch4');
      expect(chat).to.include({ state: 'new', sessionId: '107', waitingSince: clock.iso(), createdAt: clock.iso(), unreadCount: 1 });
      expect(chat.operatorId).to.equal(undefined);
      expect(chat.rating).to.equal(undefined);
      expect(rec.types()).to.deep.equal(['message-added', 'message-added', 'chat-updated']);
      expect(rec.events[0]).to.have.nested.property('message.text', 'Conversation #107 started');
      rec.stop();
    });

    it('simulateNewChat adds a waiting chat with a first client message', async () => {
      const { adapter, clock } = createAdapter();
      const rec = recordEvents(adapter);
      const chat = adapter.simulateNewChat({ clientName: 'Zoé Nouvelle', text: 'Bonjour !', queueId: 'q1', sourceChannel: 'telegram' });
      expect(chat).to.include({ state: 'new', title: 'Zoé Nouvelle', queueId: 'q1', sourceChannel: 'telegram', unreadCount: 1, waitingSince: clock.iso() });
      expect(chat.operatorId).to.equal(undefined);
      expect(chat.lastMessage?.text).to.equal('Bonjour !');
      expect(await adapter.getChat(chat.id)).to.deep.equal(chat);
      expect((await adapter.listChats({ filter: { mine: true } })).items[0]?.id).to.equal(chat.id);
      expect(rec.types()).to.deep.equal(['chat-added', 'message-added']);
      rec.stop();
    });

    it('simulateTakenByOther gives the chat to a colleague', async () => {
      const { adapter } = createAdapter();
      const rec = recordEvents(adapter);
      const chat = adapter.simulateTakenByOther('ch1', 'op2');
      expect(chat).to.include({ state: 'answered', operatorId: 'op2' });
      expect((await adapter.listChats({ filter: { mine: true } })).items.map((c) => c.id)).to.not.include('ch1');
      expect(rec.events[0]).to.have.nested.property('message.text', 'Chat taken by Élodie Garnier');
      const other = adapter.simulateTakenByOther('ch3');
      expect(other.operatorId).to.not.equal('op1');
      rec.stop();
    });

    it('simulateTyping, simulateRating and simulateChatRemoved emit their events', async () => {
      const { adapter } = createAdapter();
      const rec = recordEvents(adapter);
      adapter.simulateTyping('ch3', 'op2');
      adapter.simulateTyping('ch3', 'op2', false);
      expect(rec.events).to.deep.equal([
        { type: 'typing', chatId: 'ch3', operatorId: 'op2', typing: true },
        { type: 'typing', chatId: 'ch3', operatorId: 'op2', typing: false },
      ]);
      rec.clear();
      expect(adapter.simulateRating('ch7', 'like').rating).to.equal('like');
      expect((await adapter.getStatistics({})).likes).to.equal(2);
      rec.clear();
      adapter.simulateChatRemoved('ch7');
      expect(rec.events).to.deep.equal([{ type: 'chat-removed', chatId: 'ch7' }]);
      expect((await adapter.listChats({})).total).to.equal(6);
      rec.stop();
    });

    it('simulate methods throw on unknown ids', () => {
      const { adapter } = createAdapter();
      expect(() => adapter.simulateClientMessage('nope')).to.throw(/not found/);
      expect(() => adapter.simulateTakenByOther('ch1', 'ghost')).to.throw(/not found/);
      expect(() => adapter.simulateNewChat({ queueId: 'ghost' })).to.throw(/not found/);
    });

    it('simulateActivity is deterministic for a seed', () => {
      const run = (seed: number) => {
        const adapter = new MemoryAdapter(undefined, { now: () => NOW, seed });
        return Array.from({ length: 30 }, () => adapter.simulateActivity());
      };
      const a: SimulatedActivity[] = run(7);
      expect(run(7)).to.deep.equal(a);
      expect(new Set(a.map((x) => x.kind))).to.deep.equal(new Set(['client-message', 'new-chat', 'taken-by-other']));
      expect(run(8)).to.not.deep.equal(a);
    });
  });
});
