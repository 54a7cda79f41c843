import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css, render, type TemplateResult } from 'lit';
import { LocalizeController, localizeObservationState } from '../../src/controllers/localize.js';
import {
  clearOverrides,
  en,
  overrideStrings,
  registerTranslation,
  unregisterTranslation,
  type Translation,
} from '../../src/core/i18n/index.js';
import { loadLanguage, translationListenerCount } from '../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

/** A tiny element that renders a few localized things. */
class TestLocalized extends LitElement {
  static override properties = { unread: { type: Number }, strings: { attribute: false } };
  static override styles = css`
    :host {
      display: block;
    }
  `;

  readonly localize = new LocalizeController(this);
  unread = 2;
  strings?: Partial<Translation>;
  renders = 0;

  override render() {
    this.renders++;
    const { localize } = this;
    return html`<div dir=${localize.dir}>
      <button id="answer">${localize.term('answer')}</button>
      <span id="unread">${localize.term('unreadCount', this.unread)}</span>
      <span id="transferred">${localize.term('transferredTo', 'Anna')}</span>
      <time id="time">${localize.time(new Date(2026, 10, 25, 14, 5))}</time>
    </div>`;
  }
}
customElements.define('test-localized', TestLocalized);

/** A host with a shadow root, to check that `lang` is found across it. */
class TestShell extends LitElement {
  override render() {
    return html`<section><test-localized></test-localized></section>`;
  }
  get inner(): TestLocalized {
    return this.renderRoot.querySelector('test-localized')!;
  }
}
customElements.define('test-shell', TestShell);

declare global {
  interface HTMLElementTagNameMap {
    'test-localized': TestLocalized;
    'test-shell': TestShell;
  }
}

const text = (el: TestLocalized, id: string) => el.renderRoot.querySelector(`#${id}`)!.textContent!.trim();
/**
 * Lets the MutationObserver deliver its records (a microtask queued by the
 * mutation itself, so it runs before this one), then the element re-render.
 */
async function settle(el: LitElement): Promise<void> {
  await Promise.resolve();
  await el.updateComplete;
}

/**
 * Renders a plain (non-Lit) wrapper. `fixture()` would wait for an animation
 * frame for it, and frames do not come in a background tab of the test runner.
 */
const containers: HTMLElement[] = [];
function mount(template: TemplateResult): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  return container.firstElementChild as HTMLElement;
}

describe('LocalizeController', () => {
  const root = document.documentElement;
  let htmlLang: string | null;
  let htmlDir: string | null;

  beforeEach(() => {
    htmlLang = root.getAttribute('lang');
    htmlDir = root.getAttribute('dir');
    root.setAttribute('lang', 'en');
    root.removeAttribute('dir');
  });

  afterEach(() => {
    if (htmlLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', htmlLang);
    if (htmlDir === null) root.removeAttribute('dir');
    else root.setAttribute('dir', htmlDir);
    clearOverrides();
    unregisterTranslation('he');
    for (const container of containers.splice(0)) container.remove();
  });

  it('renders English from <html lang="en">', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    expect(el.localize.lang).to.equal('en');
    expect(el.localize.dir).to.equal('ltr');
    expect(text(el, 'answer')).to.equal('Answer');
    expect(text(el, 'unread')).to.equal('2 unread messages');
    expect(text(el, 'time')).to.equal('2:05 PM');
  });

  it('uses the element’s own lang attribute first', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized lang="fr"></test-localized>`);
    expect(el.localize.lang).to.equal('fr');
    expect(el.localize.t.$code).to.equal('fr');
    expect(text(el, 'answer')).to.equal('Répondre');
    expect(text(el, 'unread')).to.equal('2 messages non lus');
    expect(text(el, 'transferred')).to.equal('Transféré à Anna');
    expect(text(el, 'time')).to.equal('14:05');
  });

  it('resolves a regional language to its base language', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized lang="fr-CA"></test-localized>`);
    expect(el.localize.lang).to.equal('fr-CA');
    expect(el.localize.t.$code).to.equal('fr');
    expect(text(el, 'answer')).to.equal('Répondre');
  });

  it('falls back to English for an unknown language', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized lang="xx"></test-localized>`);
    expect(text(el, 'answer')).to.equal('Answer');
  });

  it('takes lang from a light DOM ancestor', async () => {
    const wrapper = mount(html`<div lang="fr"><p><test-localized></test-localized></p></div>`);
    const el = wrapper.querySelector('test-localized')!;
    await el.updateComplete;
    expect(text(el, 'answer')).to.equal('Répondre');
  });

  it('takes lang from an ancestor across a shadow root', async () => {
    const wrapper = mount(html`<div lang="fr"><test-shell></test-shell></div>`);
    const shell = wrapper.querySelector('test-shell')!;
    await shell.updateComplete;
    const el = shell.inner;
    await el.updateComplete;
    expect(el.localize.lang).to.equal('fr');
    expect(text(el, 'answer')).to.equal('Répondre');
  });

  it('re-renders when <html lang> changes', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    expect(text(el, 'answer')).to.equal('Answer');
    root.setAttribute('lang', 'fr');
    await settle(el);
    expect(text(el, 'answer')).to.equal('Répondre');
    root.setAttribute('lang', 'en');
    await settle(el);
    expect(text(el, 'answer')).to.equal('Answer');
  });

  it('re-renders when its own lang attribute changes, and when an ancestor’s changes inside a shadow root', async () => {
    const shell = await fixture<TestShell>(html`<test-shell></test-shell>`);
    const el = shell.inner;
    await el.updateComplete;
    expect(text(el, 'answer')).to.equal('Answer');

    shell.renderRoot.querySelector('section')!.setAttribute('lang', 'fr');
    await settle(el);
    expect(text(el, 'answer')).to.equal('Répondre');

    el.setAttribute('lang', 'en');
    await settle(el);
    expect(text(el, 'answer')).to.equal('Answer');
  });

  it('does not re-render when an unrelated lang attribute changes', async () => {
    const wrapper = mount(html`<div><test-localized></test-localized><p>other</p></div>`);
    const el = wrapper.querySelector('test-localized')!;
    await el.updateComplete;
    const renders = el.renders;
    wrapper.querySelector('p')!.setAttribute('lang', 'fr');
    await settle(el);
    expect(el.renders).to.equal(renders);
    expect(text(el, 'answer')).to.equal('Answer');
  });

  it('honours the nearest dir attribute, then the language direction', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    root.setAttribute('dir', 'rtl');
    await settle(el);
    expect(el.localize.dir).to.equal('rtl');
    expect(el.renderRoot.querySelector('div')!.getAttribute('dir')).to.equal('rtl');

    root.removeAttribute('dir');
    registerTranslation({ ...en, $code: 'he', $name: 'עברית', $dir: 'rtl', answer: 'ענה' });
    el.setAttribute('lang', 'he');
    await settle(el);
    expect(el.localize.dir).to.equal('rtl');
    expect(text(el, 'answer')).to.equal('ענה');

    el.setAttribute('dir', 'ltr');
    await settle(el);
    expect(el.localize.dir).to.equal('ltr');
  });

  it('re-renders when strings are overridden globally', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized lang="fr"></test-localized>`);
    overrideStrings('fr', { answer: 'Prendre en charge' });
    await el.updateComplete;
    expect(text(el, 'answer')).to.equal('Prendre en charge');
    clearOverrides('fr');
    await el.updateComplete;
    expect(text(el, 'answer')).to.equal('Répondre');
  });

  it('lets the element’s strings property win over global overrides', async () => {
    overrideStrings('fr', { answer: 'Prendre en charge' });
    const el = await fixture<TestLocalized>(html`<test-localized lang="fr"></test-localized>`);
    el.strings = { answer: 'Je prends', unreadCount: (n) => `${n} à lire`, skip: undefined };
    await el.updateComplete;
    expect(text(el, 'answer')).to.equal('Je prends');
    expect(text(el, 'unread')).to.equal('2 à lire');
    expect(el.localize.t.skip).to.equal('Passer');
    expect(text(el, 'transferred')).to.equal('Transféré à Anna');
  });

  it('caches the merged translation per language, overrides and strings', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized lang="fr"></test-localized>`);
    el.strings = { answer: 'Je prends' };
    await el.updateComplete;
    const t = el.localize.t;
    expect(el.localize.t).to.equal(t);
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(el.localize.t).to.not.equal(t);
    expect(el.localize.t.answer).to.equal('Je prends');
    expect(el.localize.t.skip).to.equal('Skip');
  });

  it('binds the formatters to the current language', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized lang="fr"></test-localized>`);
    const { localize } = el;
    const wed = new Date(2026, 10, 25, 14, 5);
    expect(localize.time(wed)).to.equal('14:05');
    expect(localize.date(wed)).to.equal('25 nov. 2026');
    expect(localize.dateTime(wed)).to.equal('25 nov. 2026, 14:05');
    expect(localize.day(wed, new Date(2026, 10, 27))).to.equal('mercredi 25 novembre');
    expect(localize.relative(wed, new Date(2026, 10, 26, 8))).to.equal('hier');
    expect(localize.duration(200)).to.equal('3\u00a0min 20\u00a0s');
    expect(localize.fileSize(1.5 * 1024 * 1024)).to.equal('1,5\u00a0Mo');
    expect(localize.number(1234.5).replace(/[\u00a0\u202f]/g, ' ')).to.equal('1 234,5');
    expect(localize.time('garbage')).to.equal('');
  });

  it('types term() so that function keys require their arguments', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    const { localize } = el;
    expect(localize.term('unreadCount', 1)).to.equal('1 unread message');
    expect(localize.term('fileTooLarge', 'a.mp4', '10 MB')).to.equal('“a.mp4” is larger than the 10 MB limit');
    if (false as boolean) {
      // @ts-expect-error missing argument
      localize.term('unreadCount');
      // @ts-expect-error wrong argument type
      localize.term('unreadCount', 'two');
      // @ts-expect-error string keys take no argument
      localize.term('answer', 1);
      // @ts-expect-error metadata is not a term
      localize.term('$code');
    }
  });

  it('works on a disconnected element without caching stale values', () => {
    const el = document.createElement('test-localized');
    expect(el.localize.term('answer')).to.equal('Answer');
    el.setAttribute('lang', 'fr');
    expect(el.localize.term('answer')).to.equal('Répondre');
    expect(localizeObservationState().controllers).to.equal(0);
  });

  it('shares one observer and leaves nothing behind after disconnect', async () => {
    const listenersBefore = translationListenerCount();
    const wrapper = mount(html`<div>
      <test-localized></test-localized>
      <test-localized lang="fr"></test-localized>
      <test-shell></test-shell>
    </div>`);
    await wrapper.querySelector('test-shell')!.updateComplete;

    const during = localizeObservationState();
    expect(during.controllers).to.equal(3);
    // <html> and the shadow root of <test-shell>.
    expect(during.roots).to.equal(2);
    expect(during.observing).to.equal(true);
    expect(during.registry).to.equal(true);
    expect(translationListenerCount()).to.equal(listenersBefore + 1);

    wrapper.querySelector('test-shell')!.remove();
    expect(localizeObservationState()).to.include({ controllers: 2, roots: 1 });

    wrapper.remove();
    expect(localizeObservationState()).to.deep.equal({
      controllers: 0,
      roots: 0,
      observing: false,
      registry: false,
    });
    expect(translationListenerCount()).to.equal(listenersBefore);
  });

  it('observes again after being reconnected', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    const parent = el.parentElement!;
    el.remove();
    expect(localizeObservationState().observing).to.equal(false);
    parent.append(el);
    expect(localizeObservationState().observing).to.equal(true);
    root.setAttribute('lang', 'fr');
    await settle(el);
    expect(text(el, 'answer')).to.equal('Répondre');
  });
});
