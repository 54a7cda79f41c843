import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { RealtimeEvent } from '../../../src/core/adapter.js';
import { FakePortal, errorBody } from './portal.js';

const portal = new FakePortal('realtime');

/** fixtures/im.recent.list.json with chat 1364 changed: a new client message, answered by operator 1 (status 10). */
async function recentWithNewMessage(): Promise<unknown> {
  const body = await (await fetch('/test/adapters/bitrix24/fixtures/im.recent.list.json')).json();
  const item = body.result.items[0];
  item.message = { ...item.message, id: 28561625, text: 'Are you there?', date: '2025-11-25T10:01:00+01:00' };
  item.date_last_activity = '2025-11-25T10:01:00+01:00';
  item.counter = 3;
  item.chat.owner = 1;
  item.lines.status = 10;
  return body;
}

const newMessagePage = {
  result: {
    messages: [
      { id: 28561625, chat_id: 1364, author_id: 203, date: '2025-11-25T10:01:00+01:00', text: 'Are you there?', params: null },
    ],
    users: [{ id: 203, name: 'Eugene Perekopsky', connector: true, bot: false }],
    files: [],
    chat_id: 1364,
  },
};

describe('Bitrix24Adapter realtime (polling im.recent.list)', () => {
  beforeEach(() => portal.reset());
  afterEach(() => sinon.restore());

  it('the first poll records the chats; the next one delivers a new message and the chat state change', async () => {
    const adapter = portal.adapter({ realtime: { intervalMs: 60_000 } });
    const events: RealtimeEvent[] = [];
    const unsubscribe = adapter.subscribe((event) => events.push(event));
    await adapter.pollNow();
    expect(events).to.deep.equal([]);

    await portal.script({ method: 'im.recent.list', body: await recentWithNewMessage() }, { method: 'im.dialog.messages.get', body: newMessagePage });
    await adapter.pollNow();

    const recent = await portal.calls('im.recent.list');
    expect(recent.map((r) => r.params)).to.deep.equal([
      { SKIP_DIALOG: 'Y', SKIP_CHAT: 'Y', LIMIT: 50 },
      { SKIP_DIALOG: 'Y', SKIP_CHAT: 'Y', LIMIT: 50 },
    ]);
    const [batch] = await portal.calls('batch');
    expect(batch!.params).to.deep.equal({ halt: 0, cmd: { 1364: 'im.dialog.messages.get?DIALOG_ID=chat1364&FIRST_ID=28561624&LIMIT=50' } });

    expect(events.map((e) => e.type)).to.deep.equal(['message-added', 'chat-updated']);
    const [added, updated] = events as [Extract<RealtimeEvent, { type: 'message-added' }>, Extract<RealtimeEvent, { type: 'chat-updated' }>];
    expect(added.message).to.deep.equal({
      id: '28561625',
      chatId: '1364',
      authorKind: 'client',
      authorId: '203',
      authorName: 'Eugene Perekopsky',
      text: 'Are you there?',
      createdAt: '2025-11-25T09:01:00.000Z',
    });
    expect(updated.chat).to.deep.include({ id: '1364', state: 'answered', operatorId: '1', unreadCount: 3 });
    expect(updated.chat.lastMessage).to.deep.equal({ id: '28561625', authorKind: 'client', text: 'Are you there?', createdAt: '2025-11-25T09:01:00.000Z' });

    // Nothing changed since: nothing delivered, no message fetched.
    events.length = 0;
    await portal.script({ method: 'im.recent.list', body: await recentWithNewMessage() });
    await adapter.pollNow();
    expect(events).to.deep.equal([]);
    expect((await portal.calls('batch')).length).to.equal(1);
    unsubscribe();
  });

  it('messages newer than those already loaded are fetched even by the first poll (which announces no chat)', async () => {
    const adapter = portal.adapter({ realtime: { intervalMs: 60_000 } });
    await adapter.listMessages('1364', { limit: 20 });
    const events: RealtimeEvent[] = [];
    const unsubscribe = adapter.subscribe((event) => events.push(event));
    await portal.script({ method: 'im.recent.list', body: await recentWithNewMessage() }, { method: 'im.dialog.messages.get', body: newMessagePage });
    await adapter.pollNow();
    expect(events.map((e) => (e.type === 'message-added' ? e.message.id : e.type))).to.deep.equal(['28561625']);
    expect((await portal.calls('im.dialog.messages.get')).at(-1)!.params).to.deep.equal({ DIALOG_ID: 'chat1364', FIRST_ID: '28561624', LIMIT: '50' });
    unsubscribe();
  });

  it('a chat new to the list is chat-added', async () => {
    const adapter = portal.adapter({ realtime: { intervalMs: 60_000 } });
    const events: RealtimeEvent[] = [];
    const one = await (await fetch('/test/adapters/bitrix24/fixtures/im.recent.list.json')).json();
    one.result.items.splice(1, 1);
    await portal.script({ method: 'im.recent.list', body: one });
    const unsubscribe = adapter.subscribe((event) => events.push(event));
    await adapter.pollNow();
    await adapter.pollNow();
    expect(events.map((e) => [e.type, 'chat' in e ? e.chat.id : undefined])).to.deep.equal([['chat-added', '1982']]);
    unsubscribe();
  });

  it('polls by itself every intervalMs while subscribed, and stops cleanly', async () => {
    const adapter = portal.adapter({ realtime: { intervalMs: 5 } });
    const events: RealtimeEvent[] = [];
    expect(adapter.realtimeRunning).to.equal(false);
    const unsubscribe = adapter.subscribe((event) => events.push(event));
    expect(adapter.listenerCount).to.equal(1);
    expect(adapter.realtimeRunning).to.equal(true);
    await waitUntil(async () => (await portal.calls('im.recent.list')).length >= 1, 'no first poll');
    await portal.script({ method: 'im.recent.list', body: await recentWithNewMessage(), times: 100 }, { method: 'im.dialog.messages.get', body: newMessagePage });
    await waitUntil(() => events.some((e) => e.type === 'message-added'), 'the new message was not delivered');
    unsubscribe();
    unsubscribe();
    expect(adapter.listenerCount).to.equal(0);
    await waitUntil(() => !adapter.realtimeRunning, 'polling did not stop');
    const polls = (await portal.calls('im.recent.list')).length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await portal.calls('im.recent.list')).length).to.equal(polls);
  });

  it('leaves no timer behind: unsubscribing the last listener clears the scheduled poll', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const adapter = portal.adapter({ realtime: { intervalMs: 1000 } });
    const a = adapter.subscribe(() => {});
    const b = adapter.subscribe(() => {});
    expect(clock.countTimers()).to.equal(1);
    a();
    expect(clock.countTimers()).to.equal(1);
    b();
    expect(clock.countTimers()).to.equal(0);
    expect(adapter.realtimeRunning).to.equal(false);
    adapter.subscribe(() => {});
    adapter.dispose();
    expect([clock.countTimers(), adapter.listenerCount]).to.deep.equal([0, 0]);
  });

  it('a failed poll is reported to onPollError and polling goes on', async () => {
    const onPollError = sinon.spy();
    const adapter = portal.adapter({ realtime: { intervalMs: 60_000 }, onPollError });
    const unsubscribe = adapter.subscribe(() => {});
    await portal.script({ method: 'im.recent.list', status: 403, body: errorBody('ACCESS_DENIED', 'No access') });
    await adapter.pollNow();
    expect(onPollError.callCount).to.equal(1);
    expect(onPollError.firstCall.args[0].code).to.equal('FORBIDDEN');
    expect(adapter.realtimeRunning).to.equal(true);
    await adapter.pollNow();
    expect(onPollError.callCount).to.equal(1);
    unsubscribe();
  });

  it('events found after the last unsubscribe are dropped', async () => {
    const adapter = portal.adapter({ realtime: { intervalMs: 60_000 } });
    const listener = sinon.spy();
    const unsubscribe = adapter.subscribe(listener);
    await adapter.pollNow();
    await portal.script({ method: 'im.recent.list', body: await recentWithNewMessage() }, { method: 'im.dialog.messages.get', body: newMessagePage });
    const polling = adapter.pollNow();
    unsubscribe();
    await polling;
    expect(listener.called).to.equal(false);
  });
});
