import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/components/canned-save-form/ol-canned-save-form.js';
import type { OlCannedSaveFormElement } from '../../../src/components/canned-save-form/ol-canned-save-form.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import { storeFor } from '../../../src/core/store.js';
import { makeChat, makeMessage } from '../../helpers/fixtures.js';
import { mount } from '../message-menu/mount.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

const TEXT = 'Your parcel ships [b]today[/b], tracking number follows by e-mail.';

async function setup(options: MemoryAdapterOptions = {}, lang = 'en') {
  const adapter = new MemoryAdapter(
    {
      me: 'op-me',
      operators: [{ id: 'op-me', name: 'Olga' }],
      queues: [{ id: 'q1', name: 'Sales' }],
      chats: [makeChat({ id: 'c1' })],
      messages: [makeMessage({ id: 'm9', chatId: 'c1', text: TEXT })],
      canned: [{ id: 'cr1', title: 'Opening hours', text: '9–18', section: 'Shop' }],
    },
    options,
  );
  const store = storeFor(adapter);
  await store.loadCanned();
  const { root, el: form } = await mount<OlCannedSaveFormElement>(
    html`<div lang=${lang}>
      <ol-canned-save-form .adapter=${adapter} .text=${TEXT} chat-id="c1" from-message-id="m9"></ol-canned-save-form>
    </div>`,
    'ol-canned-save-form',
  );
  const q = <E extends Element>(selector: string) => form.shadowRoot!.querySelector<E>(selector)!;
  return {
    adapter,
    store,
    root,
    form,
    title: q<HTMLInputElement>('#title'),
    text: q<HTMLTextAreaElement>('#text'),
    section: q<HTMLSelectElement>('#section'),
    submit: q<HTMLButtonElement>('button[type="submit"]'),
  };
}

const alertOf = (form: OlCannedSaveFormElement) => form.shadowRoot!.querySelector('[role="alert"]')?.textContent;

describe('<ol-canned-save-form>', () => {
  it('is prefilled: the text, a title from its first words, no section; sections built-in then custom', async () => {
    const { form, title, text, section } = await setup();
    expect(text.value).to.equal(TEXT);
    expect(title.value).to.equal('Your parcel ships today, tracking number…');
    expect(section.value).to.equal('');
    expect([...section.options].map((o) => o.textContent)).to.deep.equal(['No section', 'Greeting', 'Payment', 'Delivery', 'General', 'Shop']);
    expect(form.shadowRoot!.querySelector('#heading')!.textContent).to.equal('Save as canned response');
  });

  it('takes a given title and section', async () => {
    const { form, title, section } = await setup();
    form.responseTitle = 'Shipping today';
    form.section = 'delivery';
    await form.updateComplete;
    expect(title.value).to.equal('Shipping today');
    expect(section.value).to.equal('delivery');
  });

  it('saves with ol-canned-save, then the response is in the store', async () => {
    const { form, store, section, submit } = await setup();
    section.value = 'delivery';
    section.dispatchEvent(new Event('change'));
    const saved = oneEvent(form, 'ol-canned-save');
    const closed = oneEvent(form, 'ol-canned-form-close');
    submit.click();
    expect((await saved).detail).to.deep.equal({
      chatId: 'c1',
      title: 'Your parcel ships today, tracking number…',
      text: TEXT,
      section: 'delivery',
      fromMessageId: 'm9',
    });
    const close = await closed;
    expect(close.detail.reason).to.equal('saved');
    expect(close.detail.response!.title).to.equal('Your parcel ships today, tracking number…');
    expect(store.canned!.find((c) => c.id === close.detail.response!.id)!.section).to.equal('delivery');
  });

  it('refuses an empty title or text with a message on the field', async () => {
    const { form, adapter, title, text, submit } = await setup();
    const spy = sinon.spy(adapter, 'saveCanned');
    title.focus();
    title.select();
    await sendKeys({ press: 'Backspace' });
    text.value = '   ';
    text.dispatchEvent(new Event('input'));
    submit.click();
    await form.updateComplete;
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(text.getAttribute('aria-invalid')).to.equal('true');
    expect(form.shadowRoot!.querySelector('#title-error')!.textContent).to.equal('This field is required');
    expect(form.shadowRoot!.querySelector('#text-error')!.textContent).to.equal('This field is required');
    await waitUntil(() => form.shadowRoot!.activeElement === title, 'first invalid field focused');
    expect(spy.called).to.equal(false);
    await expect(form).to.be.accessible();
    await sendKeys({ type: 'Hours' });
    await form.updateComplete;
    expect(title.getAttribute('aria-invalid')).to.equal('false');
  });

  it('preventDefault() on ol-canned-save: the adapter is not called', async () => {
    const { form, adapter, root, submit } = await setup();
    const spy = sinon.spy(adapter, 'saveCanned');
    root.addEventListener('ol-canned-save', (event) => event.preventDefault());
    const closed = oneEvent(form, 'ol-canned-form-close');
    submit.click();
    expect((await closed).detail).to.deep.equal({ reason: 'saved' });
    expect(spy.called).to.equal(false);
  });

  it('a failure shows the error with role="alert" and keeps the input (French)', async () => {
    const { form, title, submit, store } = await setup({ failures: { saveCanned: true } }, 'fr');
    title.value = 'Expédition';
    title.dispatchEvent(new Event('input'));
    const errored = oneEvent(form, 'ol-error');
    submit.click();
    expect((await errored).detail.action).to.equal('ol-canned-save');
    await waitUntil(() => alertOf(form), 'error shown');
    // The alert ends with its Retry button.
    expect(alertOf(form)).to.equal("Impossible d'enregistrer la réponse prédéfinie Réessayer");
    expect(title.value).to.equal('Expédition');
    expect(store.canned).to.have.length(1);
    await expect(form).to.be.accessible();
  });

  it('Escape and Cancel close without saving', async () => {
    const { form, title } = await setup();
    title.focus();
    let closed = oneEvent(form, 'ol-canned-form-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail).to.deep.equal({ reason: 'cancel' });
    closed = oneEvent(form, 'ol-canned-form-close');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="button"]')!.click();
    expect((await closed).detail).to.deep.equal({ reason: 'cancel' });
  });

  it('passes axe', async () => {
    const { root } = await setup();
    await expect(root).to.be.accessible();
  });
});
