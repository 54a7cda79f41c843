import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { StoreController, type StoreControllerOptions } from '../../src/controllers/store-controller.js';
import type { OlAdapter } from '../../src/core/adapter.js';
import { OlStore } from '../../src/core/store.js';
import { FakeFeed, makeChat, makeMessage } from '../helpers/fixtures.js';

function feedAdapter(): OlAdapter & { feed: FakeFeed } {
  const feed = new FakeFeed();
  return {
    feed,
    listChats: sinon.stub().resolves({ items: [] }),
    getChat: sinon.stub().resolves(makeChat()),
    listMessages: sinon.stub().resolves({ items: [] }),
    listOperators: sinon.stub().resolves([]),
    listQueues: sinon.stub().resolves([]),
    currentOperator: sinon.stub().resolves({ id: 'op-me', name: 'Me' }),
    subscribe: feed.subscribe,
  };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe('OlStore — realtime notifications per frame', () => {
  it('applies feed events at once and notifies them together at the next frame', async () => {
    const adapter = feedAdapter();
    const store = new OlStore(adapter);
    const listener = sinon.spy();
    store.subscribe(listener);
    await nextFrame();
    // Three events, each in its own task, as a busy feed delivers them.
    adapter.feed.emit({ type: 'chat-added', chat: makeChat({ id: 'a' }) });
    await Promise.resolve();
    adapter.feed.emit({ type: 'chat-added', chat: makeChat({ id: 'b' }) });
    adapter.feed.emit({ type: 'message-added', message: makeMessage({ chatId: 'a', text: 'Hello' }) });
    expect(store.getChat('b')?.id).to.equal('b');
    expect(store.messages('a').map((m) => m.text)).to.deep.equal(['Hello']);
    expect(listener.callCount).to.equal(0);
    await nextFrame();
    await nextTask();
    expect(listener.callCount).to.equal(1);
    const change = listener.firstCall.args[0];
    expect([...change.chats].sort()).to.deep.equal(['a', 'b']);
    expect([...change.messages]).to.deep.equal(['a']);
  });

  it('notifies a direct change in a microtask, with the feed changes waiting for the frame', async () => {
    const adapter = feedAdapter();
    const store = new OlStore(adapter);
    const listener = sinon.spy();
    store.subscribe(listener);
    adapter.feed.emit({ type: 'chat-added', chat: makeChat({ id: 'a' }) });
    store.patchChat('a', { title: 'Renamed' });
    await Promise.resolve();
    expect(listener.callCount).to.equal(1);
    expect([...listener.firstCall.args[0].chats]).to.deep.equal(['a']);
    await nextFrame();
    await nextTask();
    // Nothing left: the frame brings no second, empty notification.
    expect(listener.callCount).to.equal(1);
  });

  it('lists the chats changed since a version, until too many changed', () => {
    const store = new OlStore();
    const start = store.chatsVersion;
    store.apply({ type: 'chat-added', chat: makeChat({ id: 'a' }) });
    store.apply({ type: 'chat-added', chat: makeChat({ id: 'b' }) });
    const middle = store.chatsVersion;
    store.apply({ type: 'chat-removed', chatId: 'a' });
    expect(store.chatChangesSince(start)).to.deep.equal(['a', 'b', 'a']);
    expect(store.chatChangesSince(middle)).to.deep.equal(['a']);
    expect(store.chatChangesSince(store.chatsVersion)).to.deep.equal([]);
    store.setChats(Array.from({ length: 5000 }, (_, i) => makeChat({ id: `m${i}` })));
    expect(store.chatChangesSince(middle)).to.equal(undefined);
    const now = store.chatsVersion;
    store.apply({ type: 'chat-removed', chatId: 'm1' });
    expect(store.chatChangesSince(now)).to.deep.equal(['m1']);
  });
});

/** A host class that counts its renders of the store's chats, with the given flood options. */
function floodHost(options: StoreControllerOptions) {
  return class extends LitElement {
    readonly storeCtl = new StoreController(this, options);
    renders = 0;
    protected override render() {
      this.renders += 1;
      return html`${this.storeCtl.store.chats.length}`;
    }
  };
}
const FloodHost = floodHost({ floodIntervalMs: 100 });
type FloodHost = InstanceType<typeof FloodHost>;
customElements.define('test-flood-host', FloodHost);

describe('StoreController — floods', () => {
  it('re-renders at once for a change alone, and at most every interval during a flood, ending on the latest data', async () => {
    const el = await fixture<FloodHost>(html`<test-flood-host></test-flood-host>`);
    const store = el.storeCtl.store;
    const rendered = el.renders;
    store.apply({ type: 'chat-added', chat: makeChat({ id: 'alone' }) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(el.renders).to.equal(rendered + 1);
    expect(el.shadowRoot!.textContent).to.contain('1');
    // Forty changes, one every 5 ms (200 ms): a flood.
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const before = el.renders;
    try {
      for (let i = 0; i < 40; i += 1) {
        store.apply({ type: 'chat-added', chat: makeChat({ id: `c${i}` }) });
        await clock.tickAsync(5);
      }
      await clock.tickAsync(150);
    } finally {
      clock.restore();
    }
    await el.updateComplete;
    // Two at once, then one per 100 ms; not forty.
    expect(el.renders - before).to.be.within(3, 6);
    expect(el.shadowRoot!.textContent).to.contain('41');
  });
});


/** A host whose floods come from the realtime feed only. */
const FeedFloodHost = floodHost({ floodIntervalMs: 100, floodFrom: 'feed' });
type FeedFloodHost = InstanceType<typeof FeedFloodHost>;
customElements.define('test-feed-flood-host', FeedFloodHost);

describe('StoreController — floods of the feed only', () => {
  it('re-renders at once for every change that does not come from the feed, however many', async () => {
    const el = await fixture<FeedFloodHost>(html`<test-feed-flood-host></test-feed-flood-host>`);
    const store = el.storeCtl.store;
    const before = el.renders;
    // Changes given to the store directly notify in a microtask, not from a frame: never a flood.
    for (let i = 0; i < 20; i += 1) {
      store.apply({ type: 'chat-added', chat: makeChat({ id: `d${i}` }) });
      await new Promise((resolve) => setTimeout(resolve, 2));
      await el.updateComplete;
    }
    expect(el.renders - before).to.equal(20);
  });

  it('spaces the re-renders of a flood of feed events', async () => {
    const adapter = feedAdapter();
    const el = await fixture<FeedFloodHost>(html`<test-feed-flood-host .adapter=${adapter}></test-feed-flood-host>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = el.renders;
    // A feed event every 5 ms for 300 ms: each is notified in its own frame, yet re-renders come about every 100 ms.
    for (let i = 0; i < 60; i += 1) {
      adapter.feed.emit({ type: 'chat-added', chat: makeChat({ id: `f${i}` }) });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
    await el.updateComplete;
    expect(el.renders - before).to.be.within(3, 9);
    expect(el.shadowRoot!.textContent).to.contain(String(store(el).chats.length));
    expect(store(el).chats.length).to.be.at.least(60);
  });
});

const store = (el: FeedFloodHost) => el.storeCtl.store;
