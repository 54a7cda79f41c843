import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/components/provider/ol-provider.js';
import type { OlProviderElement } from '../../src/components/provider/provider.component.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { storeFor } from '../../src/core/store.js';
import { StoreController } from '../../src/controllers/store-controller.js';
import type { OlAdapter } from '../../src/core/adapter.js';

class TestStoreUser extends LitElement {
  adapter?: OlAdapter;
  store = new StoreController(this);
  renders = 0;

  protected override render() {
    this.renders += 1;
    return html`${this.store.store.chats.length}`;
  }
}
customElements.define('test-store-user', TestStoreUser);

describe('<ol-provider> and StoreController', () => {
  it('gives the provider adapter store to elements inside, across shadow roots', async () => {
    const adapter = new MemoryAdapter();
    const provider = await fixture<OlProviderElement>(html`<ol-provider .adapter=${adapter}>
      <test-store-user></test-store-user>
    </ol-provider>`);
    const user = provider.querySelector<TestStoreUser>('test-store-user')!;
    expect(user.store.store).to.equal(storeFor(adapter));
  });

  it('prefers an element own adapter, and shares its store with other elements given the same adapter', async () => {
    const a = new MemoryAdapter();
    const b = new MemoryAdapter();
    const provider = await fixture<OlProviderElement>(html`<ol-provider .adapter=${a}>
      <test-store-user .adapter=${b}></test-store-user>
      <test-store-user .adapter=${b}></test-store-user>
    </ol-provider>`);
    const [first, second] = provider.querySelectorAll<TestStoreUser>('test-store-user');
    expect(first.store.store).to.equal(storeFor(b));
    expect(second.store.store).to.equal(first.store.store);
  });

  it('re-renders on store changes and lets the adapter go when removed', async () => {
    const adapter = new MemoryAdapter();
    const user = await fixture<TestStoreUser>(html`<test-store-user .adapter=${adapter}></test-store-user>`);
    const store = storeFor(adapter);
    expect(adapter.listenerCount).to.equal(1);
    await store.loadChats({ limit: 5 });
    await user.updateComplete;
    await new Promise((r) => setTimeout(r));
    await user.updateComplete;
    expect(user.shadowRoot!.textContent).to.contain('5');
    user.remove();
    expect(adapter.listenerCount).to.equal(0);
    expect(store.listenerCount).to.equal(0);
  });

  it('renders from a private store without any adapter', async () => {
    const user = await fixture<TestStoreUser>(html`<test-store-user></test-store-user>`);
    expect(user.store.store.adapter).to.equal(undefined);
    expect(user.shadowRoot!.textContent).to.contain('0');
  });
});
