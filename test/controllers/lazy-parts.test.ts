import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LazyPartsController } from '../../src/controllers/lazy-parts.js';

/** A part whose module "loads" when the test says so. */
function deferredPart() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { loader: () => promise, resolve, reject };
}

class TestLazyHost extends LitElement {
  parts = new LazyPartsController(this);
  loaded = false;
  renders = 0;

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return (await this.parts.settled()) ? super.getUpdateComplete() : done;
  }

  protected override render() {
    this.renders += 1;
    return html`<p>${this.loaded ? 'part' : 'no part'}</p>`;
  }
}
customElements.define('test-lazy-host', TestLazyHost);

describe('LazyPartsController', () => {
  it('settles at once when no part was asked for', async () => {
    const el = await fixture<TestLazyHost>(html`<test-lazy-host></test-lazy-host>`);
    expect(await el.parts.settled()).to.equal(false);
    expect(await el.updateComplete).to.equal(true);
  });

  it('re-renders the host when a part has loaded, and updateComplete waits for it', async () => {
    const el = await fixture<TestLazyHost>(html`<test-lazy-host></test-lazy-host>`);
    const part = deferredPart();
    void el.parts.load(() => part.loader().then(() => void (el.loaded = true)));
    let complete = false;
    const waiting = el.updateComplete.then(() => (complete = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(complete, 'updateComplete waits for the part').to.equal(false);
    const rendersBefore = el.renders;
    part.resolve();
    await waiting;
    expect(el.renders).to.be.greaterThan(rendersBefore);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('part');
  });

  it('does not hold updateComplete on a part that failed to load', async () => {
    const el = await fixture<TestLazyHost>(html`<test-lazy-host></test-lazy-host>`);
    const part = deferredPart();
    const loading = el.parts.load(part.loader);
    part.reject(new Error('offline'));
    let failure: unknown;
    await loading.catch((error: unknown) => (failure = error));
    expect((failure as Error).message).to.equal('offline');
    expect(await el.updateComplete).to.equal(true);
    expect(await el.parts.settled()).to.equal(false);
  });
});
