import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/components/canned-picker/ol-canned-picker.js';
import type { OlCannedPickerElement } from '../../../src/components/canned-picker/ol-canned-picker.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import type { CannedResponse } from '../../../src/core/model.js';
import { storeFor } from '../../../src/core/store.js';
import { makeChat } from '../../helpers/fixtures.js';
import { mount } from '../message-menu/mount.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

const CANNED: CannedResponse[] = [
  { id: 'cr1', section: 'greeting', title: 'Welcome', text: 'Hello {client.name}, I am {operator.name}. How can I help?', usageCount: 152 },
  { id: 'cr2', section: 'greeting', title: 'Good morning', text: 'Good morning {client.name}!', usageCount: 23 },
  { id: 'cr3', section: 'payment', title: 'Payment methods', text: 'We accept [b]cards[/b] and transfers.', usageCount: 64 },
  { id: 'cr4', section: 'delivery', title: 'Étiquette de retour', text: 'A prepaid label is on its way to {client.email}.', usageCount: 35 },
  { id: 'cr5', section: 'delivery', title: 'Delivery times', text: 'Delivery takes [b]2 to 4 days[/b].', usageCount: 96 },
  { id: 'cr6', section: 'Warranty', title: 'Warranty claim', text: 'Call us at {client.phone} about conversation {session.id}.', usageCount: 3 },
  { id: 'cr7', section: 'common', title: 'Anything else?', text: 'Anything else, {client.name}?', usageCount: 140 },
];

const chat = makeChat({ id: 'c1', title: 'Order 42', sessionId: '1234', client: { id: 'cl1', name: 'Anna', email: 'anna@example.com' } });

function adapterWith(canned: CannedResponse[] = CANNED, options: MemoryAdapterOptions = {}) {
  return new MemoryAdapter(
    { me: 'op-me', operators: [{ id: 'op-me', name: 'Olga' }], queues: [{ id: 'q1', name: 'Sales' }], chats: [chat], messages: [], canned },
    options,
  );
}

async function setup({ adapter = adapterWith(), lang = 'en', withTarget = false } = {}) {
  const { root, el } = await mount<OlCannedPickerElement>(
    html`<div lang=${lang}>
      ${withTarget ? html`<textarea id="target" aria-label="Message"></textarea>` : ''}
      <ol-canned-picker .adapter=${adapter} chat-id="c1"></ol-canned-picker>
    </div>`,
    'ol-canned-picker',
  );
  const target = root.querySelector<HTMLTextAreaElement>('#target');
  if (target) el.target = target;
  const store = storeFor(adapter);
  await waitUntil(() => store.canned !== undefined && store.me !== undefined && store.getChat('c1'), 'loaded', { timeout: 3000 });
  await el.updateComplete;
  return { root, picker: el, adapter, store, target };
}

const $ = <E extends Element = HTMLElement>(picker: OlCannedPickerElement, selector: string) => picker.shadowRoot!.querySelector<E>(selector);
const search = (picker: OlCannedPickerElement) => $<HTMLInputElement>(picker, '#search')!;
const options = (picker: OlCannedPickerElement) => [...picker.shadowRoot!.querySelectorAll('[role="option"]')];
const optionTitles = (picker: OlCannedPickerElement) => options(picker).map((o) => o.querySelector('.option-title')!.textContent);
const activeTitle = (picker: OlCannedPickerElement) => {
  const id = search(picker).getAttribute('aria-activedescendant');
  return id ? $(picker, `#${id}`)?.querySelector('.option-title')?.textContent : undefined;
};

async function typeSearch(picker: OlCannedPickerElement, text: string) {
  picker.focus();
  await sendKeys({ type: text });
  await picker.updateComplete;
}

describe('<ol-canned-picker>', () => {
  describe('list', () => {
    it('shows "loading" first, then the responses by section, most used first', async () => {
      const adapter = adapterWith(CANNED, { latency: 500 });
      const { el: picker } = await mount<OlCannedPickerElement>(html`<ol-canned-picker lang="en" .adapter=${adapter}></ol-canned-picker>`, 'ol-canned-picker');
      expect($(picker, '[part="state"]')!.textContent).to.equal('Loading…');
      await waitUntil(() => options(picker).length > 0, 'loaded');
      const sections = [...picker.shadowRoot!.querySelectorAll('[role="group"]')].map((g) => ({
        label: g.querySelector('[part="section"]')!.textContent,
        titles: [...g.querySelectorAll('.option-title')].map((t) => t.textContent),
      }));
      expect(sections).to.deep.equal([
        { label: 'Greeting', titles: ['Welcome', 'Good morning'] },
        { label: 'Payment', titles: ['Payment methods'] },
        { label: 'Delivery', titles: ['Delivery times', 'Étiquette de retour'] },
        { label: 'General', titles: ['Anything else?'] },
        { label: 'Warranty', titles: ['Warranty claim'] },
      ]);
      const group = picker.shadowRoot!.querySelector('[role="group"]')!;
      expect($(picker, `#${group.getAttribute('aria-labelledby')}`)!.textContent).to.equal('Greeting');
    });

    it('labels sections in French with lang="fr"', async () => {
      const { picker } = await setup({ lang: 'fr' });
      const labels = [...picker.shadowRoot!.querySelectorAll('[part="section"]')].map((s) => s.textContent);
      expect(labels).to.deep.equal(['Salutations', 'Paiement', 'Livraison', 'Général', 'Warranty']);
      expect(search(picker).getAttribute('aria-label')).to.equal('Rechercher une réponse prédéfinie');
    });

    it('previews the active response with BBCode rendered and placeholders filled', async () => {
      const { picker } = await setup();
      expect(activeTitle(picker)).to.equal('Welcome');
      const preview = $(picker, '[part="preview"]')!;
      expect(preview.querySelector('.preview-text')!.textContent).to.equal('Hello Anna, I am Olga. How can I help?');
      expect(preview.textContent).to.contain('Used 152 times');
      expect($(picker, '[part="warning"]')).to.equal(null);
      await typeSearch(picker, 'payment');
      expect(preview.isConnected).to.equal(true);
      expect($(picker, '.preview-text strong')!.textContent).to.equal('cards');
    });

    it('warns about the placeholders that cannot be filled', async () => {
      const { picker } = await setup();
      await typeSearch(picker, 'warranty');
      const warning = $(picker, '[part="warning"]')!;
      expect([...warning.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Could not fill in “{client.phone}”']);
      expect($(picker, '.preview-text')!.textContent).to.equal('Call us at {client.phone} about conversation 1234.');
    });

    it('says "no responses yet" when the database is empty', async () => {
      const { picker } = await setup({ adapter: adapterWith([]) });
      expect($(picker, '[part="state"]')!.textContent).to.equal('No canned responses yet');
      expect($(picker, '[role="listbox"]')).to.equal(null);
      expect(search(picker).getAttribute('aria-expanded')).to.equal('false');
      await expect(picker).to.be.accessible();
    });

    it('shows an error with Retry when loading fails, then the list after a retry', async () => {
      const adapter = adapterWith(CANNED, { failures: { listCanned: 'Down' } });
      const { el: picker } = await mount<OlCannedPickerElement>(html`<ol-canned-picker lang="en" .adapter=${adapter}></ol-canned-picker>`, 'ol-canned-picker');
      await waitUntil(() => $(picker, '[role="alert"]'), 'error shown');
      expect($(picker, '[role="alert"]')!.textContent).to.contain('Could not load the canned responses');
      await expect(picker).to.be.accessible();
      adapter.setFailure('listCanned', undefined);
      $<HTMLButtonElement>(picker, '.retry')!.click();
      await waitUntil(() => options(picker).length === CANNED.length, 'loaded after retry');
      expect($(picker, '[role="alert"]')).to.equal(null);
    });

    it('renders nothing when the adapter cannot list canned responses', async () => {
      const adapter = adapterWith(CANNED, { omit: ['listCanned'] });
      const { el: picker } = await mount<OlCannedPickerElement>(html`<ol-canned-picker .adapter=${adapter}></ol-canned-picker>`, 'ol-canned-picker');
      expect(picker.available).to.equal(false);
      expect(picker.shadowRoot!.children).to.have.length(0);
    });

    it('renders the `responses` given without an adapter', async () => {
      const { el: picker } = await mount<OlCannedPickerElement>(
        html`<ol-canned-picker lang="en" .responses=${CANNED.slice(0, 2)} .chat=${chat}></ol-canned-picker>`,
        'ol-canned-picker',
      );
      expect(optionTitles(picker)).to.deep.equal(['Welcome', 'Good morning']);
      expect($(picker, '.new')).to.exist;
      const selected = oneEvent(picker, 'ol-canned-select');
      (options(picker)[1] as HTMLElement).click();
      expect((await selected).detail).to.deep.equal({ chatId: 'c1', response: CANNED[1], text: 'Good morning Anna!' });
    });
  });

  describe('search', () => {
    it('searches titles and texts as you type, ignoring case, accents and BBCode', async () => {
      const { picker } = await setup();
      await typeSearch(picker, 'ETIQUETTE');
      expect(optionTitles(picker)).to.deep.equal(['Étiquette de retour']);
      search(picker).select();
      await sendKeys({ type: '2 to 4' });
      await picker.updateComplete;
      expect(optionTitles(picker)).to.deep.equal(['Delivery times']);
      search(picker).select();
      await sendKeys({ type: 'anna' });
      await picker.updateComplete;
      expect(optionTitles(picker)).to.deep.equal([]);
    });

    it('says when nothing is found, and announces the number of results', async () => {
      const { picker } = await setup();
      await typeSearch(picker, 'zzz');
      expect($(picker, '[part="state"]')!.textContent).to.equal('Nothing found for “zzz”');
      expect(search(picker).hasAttribute('aria-activedescendant')).to.equal(false);
      await expect(picker).to.be.accessible();
      search(picker).select();
      await sendKeys({ type: 'good' });
      await picker.updateComplete;
      await waitUntil(() => $(picker, '.picker > [role="status"]')!.textContent === '1 result', 'announced');
    });
  });

  describe('keyboard and choosing', () => {
    it('moves through the results with the arrows (aria-activedescendant) and chooses with Enter', async () => {
      const { picker } = await setup();
      await typeSearch(picker, 'e');
      expect(picker.shadowRoot!.activeElement).to.equal(search(picker));
      expect(search(picker).getAttribute('aria-controls')).to.equal('listbox');
      expect(search(picker).getAttribute('aria-expanded')).to.equal('true');
      expect(activeTitle(picker)).to.equal('Welcome');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await picker.updateComplete;
      expect(activeTitle(picker)).to.equal('Payment methods');
      expect($(picker, '[aria-selected="true"] .option-title')!.textContent).to.equal('Payment methods');
      await sendKeys({ press: 'ArrowUp' });
      await picker.updateComplete;
      expect(activeTitle(picker)).to.equal('Good morning');
      await sendKeys({ press: 'PageDown' });
      await picker.updateComplete;
      expect(activeTitle(picker)).to.equal('Warranty claim');
      await sendKeys({ press: 'ArrowUp' });
      await picker.updateComplete;
      const selected = oneEvent(picker, 'ol-canned-select');
      const closed = oneEvent(picker, 'ol-canned-close');
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      expect(event.detail).to.deep.equal({ chatId: 'c1', response: CANNED[6], text: 'Anything else, Anna?' });
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect((await closed).detail).to.deep.equal({ reason: 'select' });
    });

    it('keeps the active response in view while moving through a long list', async () => {
      const many = Array.from({ length: 40 }, (_, i): CannedResponse => ({ id: `r${i}`, section: 'common', title: `Response ${i}`, text: `Text ${i}`, usageCount: 100 - i }));
      const { picker } = await setup({ adapter: adapterWith(many) });
      picker.focus();
      for (let i = 0; i < 6; i++) await sendKeys({ press: 'PageDown' });
      await picker.updateComplete;
      expect(activeTitle(picker)).to.equal('Response 30');
      const list = $(picker, '.listbox')!.getBoundingClientRect();
      const active = $(picker, '[aria-selected="true"]')!.getBoundingClientRect();
      expect(list.height).to.be.below(600);
      expect(active.top).to.be.at.least(list.top);
      expect(active.bottom).to.be.at.most(list.bottom + 0.5);
    });

    it('inserts the filled text at the cursor of its target, with an input event and the focus back', async () => {
      const { picker, target } = await setup({ withTarget: true });
      target!.value = 'Hi! . Bye';
      target!.setSelectionRange(4, 4);
      const inputs: InputEvent[] = [];
      target!.addEventListener('input', (e) => inputs.push(e as InputEvent));
      await typeSearch(picker, 'welcome');
      await sendKeys({ press: 'Enter' });
      expect(target!.value).to.equal('Hi! Hello Anna, I am Olga. How can I help?. Bye');
      expect(target!.selectionStart).to.equal(4 + 'Hello Anna, I am Olga. How can I help?'.length);
      expect(inputs).to.have.length(1);
      expect(document.activeElement).to.equal(target);
    });

    it('replaces the selection of its target; keeps unfilled placeholders literally', async () => {
      const { picker, target } = await setup({ withTarget: true });
      target!.value = 'Before REPLACE after';
      target!.setSelectionRange(7, 14);
      await typeSearch(picker, 'warranty');
      await sendKeys({ press: 'Enter' });
      expect(target!.value).to.equal('Before Call us at {client.phone} about conversation 1234. after');
      await waitUntil(() => $(picker, '.picker > [role="status"]')!.textContent === 'Could not fill in “{client.phone}”', 'announced');
    });

    it('does not insert when ol-canned-select is prevented (the composer inserts itself)', async () => {
      const { picker, target, root } = await setup({ withTarget: true });
      target!.value = 'unchanged';
      root.addEventListener('ol-canned-select', (event) => event.preventDefault());
      await typeSearch(picker, 'welcome');
      const selected = oneEvent(picker, 'ol-canned-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).defaultPrevented).to.equal(true);
      expect(target!.value).to.equal('unchanged');
    });

    it('chooses with a click on a response and with the Insert button', async () => {
      const { picker } = await setup();
      let selected = oneEvent(picker, 'ol-canned-select');
      (options(picker)[2] as HTMLElement).click();
      expect((await selected).detail.response.id).to.equal('cr3');
      selected = oneEvent(picker, 'ol-canned-select');
      $<HTMLButtonElement>(picker, '.insert')!.click();
      expect((await selected).detail.text).to.equal('We accept [b]cards[/b] and transfers.');
    });

    it('Escape asks to close, keeps the search and gives the focus to the target', async () => {
      const { picker, target } = await setup({ withTarget: true });
      await typeSearch(picker, 'deliv');
      const closed = oneEvent(picker, 'ol-canned-close');
      await sendKeys({ press: 'Escape' });
      expect((await closed).detail).to.deep.equal({ reason: 'escape' });
      expect(search(picker).value).to.equal('deliv');
      expect(document.activeElement).to.equal(target);
    });
  });

  describe('saving a new response (M8)', () => {
    it('saves from the "New" form, then finds the new response in the list', async () => {
      const { picker, store } = await setup();
      $<HTMLButtonElement>(picker, '.new')!.click();
      await picker.updateComplete;
      const form = $(picker, 'ol-canned-save-form') as HTMLElement & { updateComplete: Promise<boolean> };
      await form.updateComplete;
      await waitUntil(() => form.shadowRoot!.activeElement?.id === 'title', 'title focused');
      await sendKeys({ type: 'Store hours' });
      form.shadowRoot!.querySelector<HTMLTextAreaElement>('#text')!.focus();
      await sendKeys({ type: 'We are open from 9 to 6, {client.name}.' });
      const section = form.shadowRoot!.querySelector<HTMLSelectElement>('#section')!;
      section.value = 'common';
      section.dispatchEvent(new Event('change'));
      await expect(picker).to.be.accessible();
      const saved = oneEvent(picker, 'ol-canned-save');
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      expect((await saved).detail).to.deep.equal({ chatId: 'c1', title: 'Store hours', text: 'We are open from 9 to 6, {client.name}.', section: 'common' });
      await waitUntil(() => optionTitles(picker).includes('Store hours'), 'found in the list');
      expect(search(picker).value).to.equal('Store hours');
      expect(activeTitle(picker)).to.equal('Store hours');
      expect($(picker, '.preview-text')!.textContent).to.equal('We are open from 9 to 6, Anna.');
      expect(store.canned!.some((c) => c.title === 'Store hours')).to.equal(true);
      expect(picker.shadowRoot!.activeElement).to.equal(search(picker));
      // Searching again finds it too.
      search(picker).select();
      await sendKeys({ type: 'open from' });
      await picker.updateComplete;
      expect(optionTitles(picker)).to.deep.equal(['Store hours']);
    });

    it('a prevented save calls no adapter', async () => {
      const { picker, adapter, root } = await setup();
      const spy = sinon.spy(adapter, 'saveCanned');
      root.addEventListener('ol-canned-save', (event) => event.preventDefault());
      $<HTMLButtonElement>(picker, '.new')!.click();
      await picker.updateComplete;
      const form = $(picker, 'ol-canned-save-form') as HTMLElement & { updateComplete: Promise<boolean> };
      await form.updateComplete;
      const title = form.shadowRoot!.querySelector<HTMLInputElement>('#title')!;
      const text = form.shadowRoot!.querySelector<HTMLTextAreaElement>('#text')!;
      title.value = 'T';
      title.dispatchEvent(new Event('input'));
      text.value = 'Body';
      text.dispatchEvent(new Event('input'));
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitUntil(() => !$(picker, 'ol-canned-save-form'), 'back to the list');
      expect(spy.called).to.equal(false);
    });

    it('hides "New" when the adapter cannot save', async () => {
      const { picker } = await setup({ adapter: adapterWith(CANNED, { omit: ['saveCanned'] }) });
      expect($(picker, '.new')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    it('passes axe with the list, in English and French, and while loading', async () => {
      for (const lang of ['en', 'fr']) {
        const { picker } = await setup({ lang });
        await expect(picker).to.be.accessible();
      }
      const adapter = adapterWith(CANNED, { latency: 5000 });
      const { el: picker } = await mount<OlCannedPickerElement>(html`<ol-canned-picker lang="en" .adapter=${adapter}></ol-canned-picker>`, 'ol-canned-picker');
      await expect(picker).to.be.accessible();
    });
  });
});
