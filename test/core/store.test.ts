import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import * as actions from '../../src/core/actions.js';
import type { OlAdapter } from '../../src/core/adapter.js';
import { OlAdapterError } from '../../src/core/adapter.js';
import type { Message } from '../../src/core/model.js';
import { resetSanitizeWarnings } from '../../src/core/sanitize.js';
import { OlStore, chatChanged, isLocalMessage, storeFor } from '../../src/core/store.js';
import type { OlErrorEvent } from '../../src/events/index.js';
import { FakeFeed, makeChat, makeMessage, settle } from '../helpers/fixtures.js';

/** The smallest adapter the store needs, with spies a test can program. */
function fakeAdapter(extra: Partial<OlAdapter> = {}): OlAdapter & { feed: FakeFeed } {
  const feed = new FakeFeed();
  return {
    feed,
    listChats: sinon.stub().resolves({ items: [makeChat()] }),
    getChat: sinon.stub().resolves(makeChat()),
    listMessages: sinon.stub().resolves({ items: [] }),
    listOperators: sinon.stub().resolves([{ id: 'op-me', name: 'Me' }]),
    listQueues: sinon.stub().resolves([{ id: 'q1', name: 'Support' }]),
    currentOperator: sinon.stub().resolves({ id: 'op-me', name: 'Me' }),
    subscribe: feed.subscribe,
    ...extra,
  };
}

describe('OlStore', () => {
  describe('realtime events', () => {
    it('dedupes chats and ignores an update older than the one held', () => {
      const store = new OlStore();
      const chat = makeChat({ title: 'New title', updatedAt: '2026-11-25T10:00:00.000Z' });
      store.apply({ type: 'chat-added', chat });
      store.apply({ type: 'chat-added', chat });
      store.apply({ type: 'chat-updated', chat: { ...chat, title: 'Stale', updatedAt: '2026-11-25T09:59:00.000Z' } });
      expect(store.chats).to.have.length(1);
      expect(store.getChat('c1')!.title).to.equal('New title');
    });

    it('does not bring back a removed chat with a late copy, but takes a newer one', () => {
      const store = new OlStore();
      const chat = makeChat();
      store.apply({ type: 'chat-added', chat });
      store.apply({ type: 'chat-removed', chatId: 'c1' });
      store.apply({ type: 'chat-updated', chat });
      expect(store.getChat('c1')).to.equal(undefined);
      store.apply({ type: 'chat-added', chat: { ...chat, updatedAt: '2026-11-25T11:00:00.000Z' } });
      expect(store.getChat('c1')).to.exist;
    });

    it('keeps messages in creation order whatever the arrival order, once each', () => {
      const store = new OlStore();
      const first = makeMessage({ createdAt: '2026-11-25T09:00:01.000Z' });
      const second = makeMessage({ createdAt: '2026-11-25T09:00:02.000Z' });
      const third = makeMessage({ createdAt: '2026-11-25T09:00:03.000Z' });
      for (const message of [third, first, third, second, first]) {
        store.apply({ type: 'message-added', message });
      }
      expect(store.messages('c1').map((m) => m.id)).to.deep.equal([first.id, second.id, third.id]);
    });

    it('ignores an older edit arriving after a newer one, and a late copy of a deleted message', () => {
      const store = new OlStore();
      const message = makeMessage({ text: 'v1' });
      store.apply({ type: 'message-added', message });
      store.apply({ type: 'message-updated', message: { ...message, text: 'v3', editedAt: '2026-11-25T12:00:00.000Z' } });
      store.apply({ type: 'message-updated', message: { ...message, text: 'v2', editedAt: '2026-11-25T11:00:00.000Z' } });
      expect(store.messages('c1')[0].text).to.equal('v3');
      store.apply({ type: 'message-updated', message: { ...message, text: '', deleted: true } });
      store.apply({ type: 'message-updated', message: { ...message, text: 'v4', editedAt: '2026-11-25T13:00:00.000Z' } });
      expect(store.messages('c1')[0].deleted).to.equal(true);
      store.apply({ type: 'message-removed', chatId: 'c1', messageId: message.id });
      store.apply({ type: 'message-added', message });
      expect(store.messages('c1')).to.have.length(0);
    });

    it('updates the chat preview from a newer message only', () => {
      const store = new OlStore();
      store.apply({ type: 'chat-added', chat: makeChat() });
      const newer = makeMessage({ text: 'newest', createdAt: '2026-11-25T09:30:00.000Z' });
      const older = makeMessage({ text: 'older', createdAt: '2026-11-25T09:10:00.000Z' });
      store.apply({ type: 'message-added', message: newer });
      store.apply({ type: 'message-added', message: older });
      expect(store.getChat('c1')!.lastMessage!.text).to.equal('newest');
      expect(store.getChat('c1')!.updatedAt).to.equal('2026-11-25T09:30:00.000Z');
    });

    it('tracks who is typing', () => {
      const store = new OlStore();
      store.apply({ type: 'typing', chatId: 'c1', operatorId: 'op-2', typing: true });
      expect([...store.typing.get('c1')!]).to.deep.equal(['op-2']);
      store.apply({ type: 'typing', chatId: 'c1', operatorId: 'op-2', typing: false });
      expect(store.typing.get('c1')!.size).to.equal(0);
    });
  });

  describe('listeners', () => {
    it('batches changes into one notification per microtask, naming what changed', async () => {
      const store = new OlStore();
      const listener = sinon.spy();
      store.subscribe(listener);
      store.apply({ type: 'chat-added', chat: makeChat({ id: 'a' }) });
      store.apply({ type: 'chat-added', chat: makeChat({ id: 'b' }) });
      store.apply({ type: 'message-added', message: makeMessage({ chatId: 'a' }) });
      expect(listener.callCount).to.equal(0);
      await settle();
      expect(listener.callCount).to.equal(1);
      const change = listener.firstCall.args[0];
      expect([...change.chats].sort()).to.deep.equal(['a', 'b']);
      expect([...change.messages]).to.deep.equal(['a']);
      expect([...change.previews], 'a was added in the same notification').to.deep.equal([]);
    });

    it('says every chat changed when many are given at once, and names the ones that went', async () => {
      const store = new OlStore();
      store.setChats([makeChat({ id: 'gone' })]);
      await settle();
      const listener = sinon.spy();
      store.subscribe(listener);
      const chats = Array.from({ length: 3000 }, (_, i) => makeChat({ id: `c${i}` }));
      store.apply({ type: 'message-added', message: makeMessage({ chatId: 'c1' }) });
      store.setChats(chats);
      await settle();
      expect(listener.callCount).to.equal(1);
      const change = listener.firstCall.args[0];
      expect(change.every, 'every chat held changed').to.equal(true);
      expect([...change.chats], 'named besides: the one that went').to.deep.equal(['gone']);
      expect([...change.messages]).to.deep.equal(['c1']);
      expect([...change.previews], 'given anew: a full change').to.deep.equal([]);
      expect(chatChanged(change, 'c2999')).to.equal(true);
      expect(store.chatChangesSince(0), 'views index every chat again').to.equal(undefined);
    });

    it('tells a chat whose only change is its preview (a new message) from a chat that changed', async () => {
      const store = new OlStore();
      store.setChats([makeChat({ id: 'a' }), makeChat({ id: 'b' })]);
      await settle();
      const listener = sinon.spy();
      store.subscribe(listener);
      store.apply({ type: 'message-added', message: makeMessage({ chatId: 'a' }) });
      store.apply({ type: 'message-added', message: makeMessage({ chatId: 'b' }) });
      store.apply({ type: 'chat-updated', chat: makeChat({ id: 'b', title: 'Renamed', updatedAt: '2030-01-01T00:00:00.000Z' }) });
      await settle();
      const change = listener.firstCall.args[0];
      expect([...change.chats].sort()).to.deep.equal(['a', 'b']);
      expect([...change.previews], 'b also changed otherwise').to.deep.equal(['a']);
      expect(chatChanged(change, 'a')).to.equal(false);
      expect(chatChanged(change, 'b')).to.equal(true);
      expect(store.getChat('a')!.lastMessage, 'the preview is there').to.exist;
    });

    it('connects the adapter feed with the first listener and disconnects with the last', async () => {
      const adapter = fakeAdapter();
      const store = new OlStore(adapter);
      const off1 = store.subscribe(() => {});
      const off2 = store.subscribe(() => {});
      expect(adapter.feed.listeners.size).to.equal(1);
      adapter.feed.emit({ type: 'chat-added', chat: makeChat({ id: 'live' }) });
      expect(store.getChat('live')).to.exist;
      off1();
      expect(adapter.feed.listeners.size).to.equal(1);
      off2();
      off2();
      expect(adapter.feed.listeners.size).to.equal(0);
      expect(store.listenerCount).to.equal(0);
    });

    it('keeps notifying other listeners when one throws', async () => {
      const store = new OlStore();
      const consoleError = sinon.stub(console, 'error');
      const good = sinon.spy();
      store.subscribe(() => {
        throw new Error('boom');
      });
      store.subscribe(good);
      store.apply({ type: 'chat-added', chat: makeChat() });
      await settle();
      consoleError.restore();
      expect(good.callCount).to.equal(1);
      expect(consoleError.callCount).to.equal(1);
    });
  });

  describe('reads', () => {
    it('loads chats, the directory and message pages', async () => {
      const older = makeMessage({ createdAt: '2026-11-25T08:00:00.000Z' });
      const latest = makeMessage({ createdAt: '2026-11-25T09:00:00.000Z' });
      const listMessages = sinon.stub();
      listMessages.withArgs('c1', { before: undefined, limit: 50 }).resolves({ items: [latest], nextCursor: 'x' });
      listMessages.withArgs('c1', { before: latest.id, limit: 50 }).resolves({ items: [older] });
      const store = new OlStore(fakeAdapter({ listMessages }));
      await store.loadChats();
      await store.loadDirectory();
      expect(store.me!.id).to.equal('op-me');
      expect(store.queues.map((q) => q.id)).to.deep.equal(['q1']);
      await store.loadMessages('c1');
      expect(store.thread('c1').hasOlder).to.equal(true);
      await store.loadMessages('c1', { older: true });
      expect(store.messages('c1').map((m) => m.id)).to.deep.equal([older.id, latest.id]);
      expect(store.thread('c1').hasOlder).to.equal(false);
      await store.loadMessages('c1', { older: true });
      expect(listMessages.callCount).to.equal(2);
    });

    it('takes messages given by properties a page at a time: the latest at once, older ones when asked or jumped to', async () => {
      const given = Array.from({ length: 6000 }, () => makeMessage());
      const store = new OlStore();
      store.setMessages('c1', given);
      const thread = store.thread('c1');
      expect(store.messages('c1').map((m) => m.id)).to.deep.equal(given.slice(-500).map((m) => m.id));
      expect(thread.backlogged).to.equal(5500);
      expect(thread.hasOlder).to.equal(true);
      expect(thread.get(given[0]!.id), 'not taken yet').to.equal(undefined);

      // A realtime removal of a message not taken yet holds when it is taken.
      store.apply({ type: 'message-removed', chatId: 'c1', messageId: given[5400]!.id });
      await store.loadMessages('c1', { older: true });
      expect(store.messages('c1')).to.have.length(2499);
      expect(thread.get(given[5400]!.id)).to.equal(undefined);
      expect(thread.backlogged).to.equal(3500);

      expect(store.takeMessagesThrough('c1', given[10]!.id)).to.equal(true);
      expect(thread.backlogged).to.equal(10);
      expect(store.takeMessagesThrough('c1', 'no-such-id')).to.equal(false);
      await store.loadMessages('c1', { older: true });
      expect(thread.backlogged).to.equal(0);
      expect(thread.hasOlder).to.equal(false);
      expect(store.messages('c1').map((m) => m.id)).to.deep.equal(given.filter((_, i) => i !== 5400).map((m) => m.id));
      // A search over all of them (the history dialog without an adapter) takes every one at once.
      store.setMessages('c2', given.map((m) => ({ ...m, chatId: 'c2' })));
      expect(store.takeAllMessages('c2')).to.have.length(6000);
      expect(store.thread('c2').backlogged).to.equal(0);
    });

    it('takes at least as many messages as were taken when the same chat is given again with one more', async () => {
      const given = Array.from({ length: 6000 }, () => makeMessage());
      const store = new OlStore();
      store.setMessages('c1', given);
      await store.loadMessages('c1', { older: true });
      expect(store.messages('c1')).to.have.length(2500);
      const more = [...given, makeMessage()];
      store.setMessages('c1', more);
      expect(store.messages('c1').map((m) => m.id)).to.deep.equal(more.slice(-2501).map((m) => m.id));
      expect(store.thread('c1').backlogged).to.equal(6001 - 2501);
    });

    it('checks the given messages when they are taken, and takes the unread ones at once', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        resetSanitizeWarnings();
        const given: Message[] = Array.from({ length: 4000 }, (_, i) => makeMessage({ authorKind: i % 2 ? 'client' : 'operator' }));
        (given[100] as { id: unknown }).id = null;
        const store = new OlStore();
        store.setChats([makeChat({ id: 'c1', unreadCount: 700 })]);
        store.setMessages('c1', given);
        expect(warn.called, 'nothing checked before it is taken').to.equal(false);
        // 700 unread client messages: the last 1,400 messages, and a screen above them.
        expect(store.messages('c1').length).to.be.within(1400, 1500);
        await store.loadMessages('c1', { older: true });
        await store.loadMessages('c1', { older: true });
        expect(store.thread('c1').backlogged).to.equal(0);
        expect(store.messages('c1'), 'the record without a usable id is dropped').to.have.length(3999);
        expect(warn.callCount).to.equal(1);
      } finally {
        warn.restore();
      }
    });

    it('shares one request between concurrent loads', async () => {
      const adapter = fakeAdapter();
      const store = new OlStore(adapter);
      await Promise.all([store.loadChat('c1'), store.loadChat('c1'), store.loadChat('c1')]);
      expect((adapter.getChat as sinon.SinonStub).callCount).to.equal(1);
    });

    it('fails a read that never answers after the timeout', async () => {
      const store = new OlStore(fakeAdapter({ getChat: () => new Promise(() => {}) }), { timeoutMs: 20 });
      const error = await store.loadChat('c1').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(OlAdapterError);
      expect((error as OlAdapterError).code).to.equal('TIMEOUT');
    });
  });

  describe('storeFor', () => {
    it('gives every element with the same adapter the same store', () => {
      const adapter = fakeAdapter();
      expect(storeFor(adapter)).to.equal(storeFor(adapter));
      expect(storeFor(fakeAdapter())).not.to.equal(storeFor(adapter));
    });
  });

  describe('intents', () => {
    let origin: HTMLElement;
    beforeEach(() => {
      origin = document.createElement('div');
      document.body.append(origin);
    });
    afterEach(() => origin.remove());

    it('fires the cancelable event before calling the adapter, then keeps the change', async () => {
      const order: string[] = [];
      const adapter = fakeAdapter({
        renameChat: sinon.spy(async () => {
          order.push('adapter');
        }),
      });
      const store = new OlStore(adapter);
      store.apply({ type: 'chat-added', chat: makeChat() });
      const onRename = sinon.spy((e: Event) => order.push(e.type));
      document.addEventListener('ol-chat-rename', onRename);
      const result = await actions.renameChat(store, origin, 'c1', '  VIP client  ');
      document.removeEventListener('ol-chat-rename', onRename);
      expect(order).to.deep.equal(['ol-chat-rename', 'adapter']);
      const event = onRename.firstCall.args[0] as CustomEvent;
      expect(event.detail).to.deep.equal({ chatId: 'c1', title: 'VIP client' });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(result.status).to.equal('done');
      expect(store.getChat('c1')!.title).to.equal('VIP client');
    });

    it('does nothing more when the host prevents the event', async () => {
      const finish = sinon.spy(async () => {});
      const store = new OlStore(fakeAdapter({ finish }));
      store.apply({ type: 'chat-added', chat: makeChat() });
      origin.addEventListener('ol-chat-finish', (e) => e.preventDefault());
      const result = await actions.finishChat(store, origin, 'c1');
      expect(result.status).to.equal('prevented');
      expect(finish.callCount).to.equal(0);
      expect(store.getChat('c1')!.state).to.equal('answered');
    });

    it('applies the change optimistically, then rolls back and fires ol-error on failure', async () => {
      let reject!: (e: Error) => void;
      const store = new OlStore(
        fakeAdapter({ setPinned: () => new Promise<void>((_, r) => (reject = r)) }),
      );
      store.apply({ type: 'chat-added', chat: makeChat() });
      const errors: OlErrorEvent[] = [];
      document.addEventListener('ol-error', (e) => errors.push(e), { once: true });
      const pending = actions.setPinned(store, origin, 'c1', true);
      expect(store.getChat('c1')!.pinned).to.equal(true);
      reject(new Error('Backend said no'));
      const result = await pending;
      expect(result.status).to.equal('failed');
      expect(store.getChat('c1')!.pinned).to.equal(false);
      expect(errors).to.have.length(1);
      expect(errors[0].detail.action).to.equal('ol-chat-pin');
      expect(errors[0].detail.chatId).to.equal('c1');
      expect(errors[0].detail.error).to.be.instanceOf(OlAdapterError);
      expect(errors[0].detail.error.message).to.equal('Backend said no');
    });

    it('does not undo a field that a newer realtime update changed meanwhile', async () => {
      let reject!: (e: Error) => void;
      const store = new OlStore(fakeAdapter({ renameChat: () => new Promise<void>((_, r) => (reject = r)) }));
      store.apply({ type: 'chat-added', chat: makeChat({ title: 'Old' }) });
      const pending = actions.renameChat(store, origin, 'c1', 'Mine');
      store.apply({
        type: 'chat-updated',
        chat: makeChat({ title: 'Theirs', updatedAt: '2026-11-25T12:00:00.000Z' }),
      });
      reject(new Error('no'));
      await pending;
      expect(store.getChat('c1')!.title).to.equal('Theirs');
    });

    it('treats a synchronous throw like a rejection', async () => {
      const store = new OlStore(
        fakeAdapter({
          markSpam: () => {
            throw new Error('sync boom');
          },
        }),
      );
      store.apply({ type: 'chat-added', chat: makeChat() });
      const result = await actions.markSpam(store, origin, 'c1');
      expect(result.status).to.equal('failed');
      expect(store.getChat('c1')!.state).to.equal('answered');
    });

    it('fails with TIMEOUT when the adapter never answers, and rolls back', async () => {
      const store = new OlStore(fakeAdapter({ answer: () => new Promise<void>(() => {}) }), { timeoutMs: 20 });
      store.apply({ type: 'chat-added', chat: makeChat({ state: 'new', operatorId: undefined }) });
      const result = await actions.answerChat(store, origin, 'c1');
      expect(result.status).to.equal('failed');
      expect(result.status === 'failed' && result.error.code).to.equal('TIMEOUT');
      expect(store.getChat('c1')!.state).to.equal('new');
    });

    it('still fires the event without an adapter, and changes nothing', async () => {
      const store = new OlStore();
      store.apply({ type: 'chat-added', chat: makeChat() });
      const heard = sinon.spy();
      origin.addEventListener('ol-chat-transfer', heard);
      const result = await actions.transferChat(store, origin, 'c1', { kind: 'queue', id: 'q2' });
      expect(result.status).to.equal('unhandled');
      expect(heard.firstCall.args[0].detail).to.deep.equal({ chatId: 'c1', target: { kind: 'queue', id: 'q2' } });
      expect(store.getChat('c1')!.queueId).to.equal('q1');
    });

    it('shows a sent message at once, then replaces it by the adapter copy', async () => {
      let resolve!: (m: ReturnType<typeof makeMessage>) => void;
      const store = new OlStore(fakeAdapter({ sendMessage: () => new Promise((r) => (resolve = r)) }));
      const pending = actions.sendMessage(store, origin, 'c1', { text: 'Hello', silent: true, attachments: [] });
      const [local] = store.messages('c1');
      expect(isLocalMessage(local)).to.equal(true);
      expect(local.delivery).to.equal('sending');
      expect(local.silent).to.equal(true);
      const sent = makeMessage({ authorKind: 'operator', text: 'Hello', silent: true });
      resolve(sent);
      await pending;
      expect(store.messages('c1').map((m) => m.id)).to.deep.equal([sent.id]);
    });

    it('keeps a failed message visible as failed, and a retry sends it again', async () => {
      const sendMessage = sinon.stub();
      sendMessage.onFirstCall().rejects(new Error('Network down'));
      const sent = makeMessage({ authorKind: 'operator', text: 'Hello' });
      sendMessage.onSecondCall().resolves(sent);
      const store = new OlStore(fakeAdapter({ sendMessage }));
      const sendEvents = sinon.spy();
      origin.addEventListener('ol-message-send', sendEvents);
      await actions.sendMessage(store, origin, 'c1', { text: 'Hello', silent: false, attachments: [] });
      const [failed] = store.messages('c1');
      expect(failed.delivery).to.equal('failed');
      expect(failed.error).to.equal('Network down');
      expect(failed.text).to.equal('Hello');
      const retry = await actions.retryMessage(store, origin, 'c1', failed.id);
      expect(retry.status).to.equal('done');
      expect(sendEvents.callCount).to.equal(2);
      expect(store.messages('c1').map((m) => m.id)).to.deep.equal([sent.id]);
    });

    it('does not announce an aborted upload as an error', async () => {
      const store = new OlStore(
        fakeAdapter({ uploadFile: () => Promise.reject(new DOMException('aborted', 'AbortError')) }),
      );
      const errors = sinon.spy();
      origin.addEventListener('ol-error', errors);
      const result = await actions.uploadFile(store, origin, 'c1', new File(['x'], 'a.txt'));
      expect(result.status === 'failed' && result.error.code).to.equal('ABORTED');
      expect(errors.callCount).to.equal(0);
    });

    it('edits and deletes a message optimistically, restoring it on failure', async () => {
      const store = new OlStore(
        fakeAdapter({
          editMessage: () => Promise.reject(new Error('no edit')),
          deleteMessage: () => Promise.reject(new Error('no delete')),
        }),
      );
      const message = makeMessage({ authorKind: 'operator', text: 'Original' });
      store.apply({ type: 'message-added', message });
      await actions.editMessage(store, origin, 'c1', message.id, 'Changed');
      expect(store.messages('c1')[0].text).to.equal('Original');
      expect(store.messages('c1')[0].editedAt).to.equal(undefined);
      await actions.deleteMessage(store, origin, 'c1', message.id);
      expect(store.messages('c1')[0].deleted).to.equal(undefined);
    });

    it('marks unread from a message on, counting the client messages', async () => {
      const store = new OlStore(fakeAdapter({ markUnread: () => new Promise<void>(() => {}) }));
      store.apply({ type: 'chat-added', chat: makeChat() });
      const [a, , c] = [
        makeMessage({ authorKind: 'client' }),
        makeMessage({ authorKind: 'operator' }),
        makeMessage({ authorKind: 'client' }),
      ].map((message) => {
        store.apply({ type: 'message-added', message });
        return message;
      });
      void actions.markUnread(store, origin, 'c1', a.id);
      expect(store.getChat('c1')!.unreadCount).to.equal(2);
      expect(c).to.exist;
    });

    it('adds a saved canned response to the list', async () => {
      const saved = { id: 'cr9', title: 'Thanks', text: 'Thank you!' };
      const store = new OlStore(fakeAdapter({ saveCanned: async () => saved }));
      const result = await actions.saveCanned(store, origin, { title: 'Thanks', text: 'Thank you!', fromMessageId: 'm1' });
      expect(result.status).to.equal('done');
      expect(store.canned!.map((c) => c.id)).to.deep.equal(['cr9']);
    });
  });
});
