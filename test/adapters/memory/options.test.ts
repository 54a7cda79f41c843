import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { can, OlAdapterError } from '../../../src/core/adapter.js';
import type { OlCapability } from '../../../src/core/adapter.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { MethodName } from '../../../src/adapters/memory/index.js';
import { createAdapter, fixture, NOW, recordEvents, rejectionOf } from './fixture.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

type Adapter = MemoryAdapter;
const file = () => new File(['hello'], 'a.txt', { type: 'text/plain' });

/** One valid call of every failable method. */
const CALLS: Record<MethodName, (a: Adapter) => Promise<unknown>> = {
  listChats: (a) => a.listChats({}),
  getChat: (a) => a.getChat('ch1'),
  listMessages: (a) => a.listMessages('ch1', { limit: 5 }),
  listOperators: (a) => a.listOperators(),
  listQueues: (a) => a.listQueues(),
  currentOperator: (a) => a.currentOperator(),
  searchHistory: (a) => a.searchHistory('ch1', {}),
  listCanned: (a) => a.listCanned(),
  searchMentions: (a) => a.searchMentions('a'),
  searchGifs: (a) => a.searchGifs('a'),
  listCommands: (a) => a.listCommands('ch1'),
  listSalesItems: (a) => a.listSalesItems('ch1'),
  getStatistics: (a) => a.getStatistics({}),
  uploadLimits: (a) => a.uploadLimits(),
  renameChat: (a) => a.renameChat('ch1', 'New title'),
  markSpam: (a) => a.markSpam('ch1'),
  answer: (a) => a.answer('ch1'),
  skip: (a) => a.skip('ch1'),
  transfer: (a) => a.transfer('ch2', { kind: 'queue', id: 'q2' }),
  intercept: (a) => a.intercept('ch6'),
  invite: (a) => a.invite('ch2', ['op2']),
  finish: (a) => a.finish('ch2'),
  setPinned: (a) => a.setPinned('ch2', true),
  setSilent: (a) => a.setSilent('ch2', true),
  startSession: (a) => a.startSession('ch4'),
  sendMessage: (a) => a.sendMessage('ch2', { text: 'hi', silent: false, attachments: [] }),
  uploadFile: (a) => a.uploadFile('ch2', file()),
  sendSalesItem: (a) => a.sendSalesItem('ch2', 's1'),
  editMessage: (a) => a.editMessage('ch2', 'm5', 'edited'),
  deleteMessage: (a) => a.deleteMessage('ch2', 'm5'),
  markUnread: (a) => a.markUnread('ch2', 'm3'),
  markRead: (a) => a.markRead('ch2'),
  createTask: (a) => a.createTask('ch2', 'm3'),
  createChatFromMessage: (a) => a.createChatFromMessage('ch2', 'm3'),
  createPostFromMessage: (a) => a.createPostFromMessage('ch2', 'm3'),
  saveCanned: (a) => a.saveCanned({ title: 't', text: 'x' }),
};
const METHODS = Object.keys(CALLS) as MethodName[];

describe('MemoryAdapter options', () => {
  it('implements every method of OlAdapter', () => {
    const adapter = new MemoryAdapter();
    for (const method of [...METHODS, 'subscribe'] as const) {
      expect(typeof adapter[method], method).to.equal('function');
    }
    expect(METHODS).to.have.length(36);
  });

  describe('failures', () => {
    for (const method of METHODS) {
      it(`${method}: a configured failure rejects and changes nothing`, async () => {
        const { adapter } = createAdapter({ failures: { [method]: true }, upload: { stepMs: 0 } });
        const rec = recordEvents(adapter);
        const before = adapter.snapshot();
        const error = await rejectionOf(CALLS[method](adapter));
        expect(error).to.be.instanceOf(OlAdapterError);
        expect((error as OlAdapterError).code).to.equal('INJECTED_FAILURE');
        expect((error as Error).message).to.contain(method);
        expect(adapter.snapshot()).to.deep.equal(before);
        expect(adapter.shares).to.deep.equal([]);
        expect(rec.events).to.deep.equal([]);
        adapter.setFailure(method, undefined);
        await CALLS[method](adapter);
        rec.stop();
      });
    }

    it('uses the given message, or rejects with the given Error', async () => {
      const boom = new Error('boom');
      const { adapter } = createAdapter({ failures: { answer: 'Operator is offline', finish: boom } });
      const error = (await rejectionOf(adapter.answer('ch1'))) as OlAdapterError;
      expect(error.message).to.equal('Operator is offline');
      expect(error.code).to.equal('INJECTED_FAILURE');
      expect(await rejectionOf(adapter.finish('ch2'))).to.equal(boom);
    });

    it('fails only the calls a predicate selects', async () => {
      const { adapter } = createAdapter({ failures: { getChat: (id) => id === 'ch2' } });
      expect(await rejectionOf(adapter.getChat('ch2'))).to.be.instanceOf(OlAdapterError);
      expect((await adapter.getChat('ch1')).id).to.equal('ch1');
    });

    it('failNext fails one call only, in order', async () => {
      const { adapter } = createAdapter();
      adapter.failNext('sendMessage', 'Network down');
      adapter.failNext('sendMessage');
      const send = () => adapter.sendMessage('ch2', { text: 'hi', silent: false, attachments: [] });
      expect(((await rejectionOf(send())) as Error).message).to.equal('Network down');
      expect(((await rejectionOf(send())) as Error).message).to.equal('sendMessage failed (simulated failure)');
      expect((await send()).text).to.equal('hi');
      expect((await adapter.listMessages('ch2', { limit: 10 })).items.filter((m) => m.text === 'hi')).to.have.length(1);
    });

    it('setFailure and clearFailures change failures at runtime', async () => {
      const { adapter } = createAdapter();
      adapter.setFailure('listQueues', 'down');
      expect(((await rejectionOf(adapter.listQueues())) as Error).message).to.equal('down');
      adapter.failNext('listOperators');
      adapter.clearFailures();
      expect(await adapter.listQueues()).to.have.length(3);
      expect(await adapter.listOperators()).to.have.length(3);
    });
  });

  describe('omit', () => {
    it('removes capabilities so that can() reports them missing', () => {
      const omit: OlCapability[] = ['answer', 'searchGifs', 'uploadFile', 'subscribe'];
      const { adapter } = createAdapter({ omit });
      for (const capability of omit) {
        expect(adapter[capability], capability).to.equal(undefined);
        expect(can(adapter, capability), capability).to.equal(false);
      }
      expect(can(adapter, 'skip')).to.equal(true);
      expect(can(new MemoryAdapter(), 'answer')).to.equal(true);
    });
  });

  describe('latency', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => clock.restore());

    it('delays every call by a fixed latency', async () => {
      const { adapter } = createAdapter({ latency: 300 });
      let done = false;
      const call = adapter.answer('ch1').then(() => (done = true));
      await clock.tickAsync(299);
      expect(done).to.equal(false);
      expect((adapter.snapshot().chats.find((c) => c.id === 'ch1'))?.state).to.equal('new');
      await clock.tickAsync(1);
      await call;
      expect(done).to.equal(true);
      expect((adapter.snapshot().chats.find((c) => c.id === 'ch1'))?.state).to.equal('answered');
    });

    it('picks a delay within a [min, max] range', async () => {
      const { adapter } = createAdapter({ latency: [100, 200] });
      for (let i = 0; i < 5; i += 1) {
        let done = false;
        const call = adapter.listQueues().then(() => (done = true));
        await clock.tickAsync(99);
        expect(done).to.equal(false);
        await clock.tickAsync(101);
        await call;
        expect(done).to.equal(true);
      }
    });

    it('still resolves asynchronously with no latency', async () => {
      const { adapter } = createAdapter();
      let done = false;
      const call = adapter.listQueues().then(() => (done = true));
      expect(done).to.equal(false);
      await call;
      expect(done).to.equal(true);
    });
  });

  describe('data', () => {
    it('deep-copies its input: the caller’s objects are never mutated, nor shared', async () => {
      const data = fixture();
      const pristine = structuredClone(data);
      const adapter = new MemoryAdapter(data, { now: () => NOW });
      await adapter.answer('ch1');
      await adapter.sendMessage('ch1', { text: 'hi', silent: false, attachments: [] });
      expect(data).to.deep.equal(pristine);
      data.chats[1]!.title = 'changed by caller';
      expect((await adapter.getChat('ch2')).title).to.equal('Bob — parcel');
    });

    it('uses the English demo data by default, French on request', async () => {
      expect((await new MemoryAdapter().currentOperator()).name).to.equal('Alex Morgan');
      expect((await MemoryAdapter.demo('fr').currentOperator()).name).to.equal('Camille Dubois');
      expect((await new MemoryAdapter(undefined, { locale: 'fr' }).listQueues())[0]?.name).to.equal('Support site web');
    });

    it('writes system messages in the adapter’s language', async () => {
      const adapter = new MemoryAdapter(fixture(), { locale: 'fr', now: () => NOW });
      await adapter.answer('ch1');
      expect((await adapter.getChat('ch1')).lastMessage?.text).to.equal('Chat pris en charge par Marie Curie');
      await adapter.invite('ch1', ['op2', 'op3']);
      expect((await adapter.getChat('ch1')).lastMessage?.text).to.equal('Marie Curie a invité Élodie Garnier et Paul Martin au chat');
    });

    it('fills omitted fields: empty lists, demo catalogs, a placeholder for me', async () => {
      const adapter = new MemoryAdapter({ me: 'agent' });
      expect((await adapter.listChats({})).total).to.equal(0);
      expect(await adapter.listCanned()).to.deep.equal([]);
      expect(await adapter.currentOperator()).to.deep.equal({ id: 'agent', name: 'Me', status: 'online' });
      expect((await adapter.searchGifs('')).length).to.be.greaterThan(5);
    });

    it('snapshot round-trips into a new adapter', async () => {
      const { adapter } = createAdapter();
      await adapter.answer('ch1');
      const copy = new MemoryAdapter(adapter.snapshot(), { now: () => NOW });
      expect(await copy.getChat('ch1')).to.deep.equal(await adapter.getChat('ch1'));
      expect(await copy.listMessages('ch1', { limit: 50 })).to.deep.equal(await adapter.listMessages('ch1', { limit: 50 }));
    });
  });

  describe('subscribe', () => {
    it('returns an idempotent unsubscribe and counts listeners', async () => {
      const { adapter } = createAdapter();
      const a = recordEvents(adapter);
      const b = recordEvents(adapter);
      expect(adapter.listenerCount).to.equal(2);
      a.stop();
      a.stop();
      expect(adapter.listenerCount).to.equal(1);
      await adapter.markRead('ch2');
      expect(a.events).to.deep.equal([]);
      expect(b.types()).to.deep.equal(['chat-updated']);
      b.stop();
      expect(adapter.listenerCount).to.equal(0);
    });

    it('delivers a separate copy to each listener', async () => {
      const { adapter } = createAdapter();
      const seen: string[] = [];
      const offA = adapter.subscribe((event) => {
        if (event.type === 'chat-updated') event.chat.title = 'mutated by A';
      });
      const offB = adapter.subscribe((event) => {
        if (event.type === 'chat-updated') seen.push(event.chat.title);
      });
      await adapter.renameChat('ch2', 'Renamed');
      expect(seen).to.deep.equal(['Renamed']);
      expect((await adapter.getChat('ch2')).title).to.equal('Renamed');
      offA();
      offB();
    });

    it('survives a listener that throws', async () => {
      const { adapter } = createAdapter();
      const consoleError = sinon.stub(console, 'error');
      try {
        const off = adapter.subscribe(() => {
          throw new Error('listener bug');
        });
        const rec = recordEvents(adapter);
        await adapter.answer('ch1');
        expect((await adapter.getChat('ch1')).state).to.equal('answered');
        expect(rec.types()).to.deep.equal(['message-added', 'chat-updated']);
        expect(consoleError.callCount).to.equal(2);
        off();
        rec.stop();
      } finally {
        consoleError.restore();
      }
    });
  });

  describe('dispose', () => {
    it('drops listeners and stops the simulation', () => {
      const { adapter } = createAdapter({ realtime: true });
      adapter.subscribe(() => {});
      expect(adapter.realtimeRunning).to.equal(true);
      adapter.dispose();
      expect(adapter.listenerCount).to.equal(0);
      expect(adapter.realtimeRunning).to.equal(false);
    });
  });
});
