import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/chat-list/ol-chat-list.js';
import type { OlChatListElement } from '../../src/components/chat-list/ol-chat-list.js';
import type { OlChatPanelElement } from '../../src/components/chat-panel/ol-chat-panel.js';
import { ANNOUNCE_DELAY_MS } from '../../src/controllers/live-announcer.js';
import { loadLanguage } from '../../src/core/i18n/registry.js';
import { storeFor } from '../../src/core/store.js';
import { headerRoot, ignoreResizeObserverLoops, panelOn } from '../components/chat-panel/helpers.js';

/**
 * Suite 7b and 7c: opt-in live announcements of new client messages
 * (`<ol-chat-panel announce>`) and new waiting chats (`<ol-chat-list
 * announce>`), merged for bursts; `prefers-reduced-motion` (no animation,
 * no transition, no smooth scrolling) and forced colours (focus rings,
 * selected rows, badges and buttons still distinguishable, in system colours).
 *
 * Media features are emulated through test/hardening/a11y-modes.server.mjs
 * (DevTools `Emulation.setEmulatedMedia`): `emulateMedia` of
 * @web/test-runner-commands ignores `forcedColors` with Puppeteer.
 */

before(() => loadLanguage('fr'));

type Feature = { name: string; value: string };
const emulate = (features: Feature[]) => executeServerCommand('ol-emulate-media-features', features);

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** Every element under `root`, through shadow roots. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Records every text a live region shows. */
function recordRegion(region: Element): { texts: string[]; stop(): void } {
  const texts: string[] = [];
  const observer = new MutationObserver(() => {
    const now = text(region);
    if (now && texts.at(-1) !== now) texts.push(now);
  });
  observer.observe(region, { childList: true, subtree: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

function expectVisuallyHidden(region: Element): void {
  const style = getComputedStyle(region);
  expect(region.getAttribute('aria-live')).to.equal('polite');
  expect(region.closest('[aria-hidden="true"]')).to.equal(null);
  expect(style.position).to.equal('absolute');
  expect(parseFloat(style.width)).to.be.at.most(1);
  expect(style.clipPath === 'inset(50%)' || style.clip !== 'auto').to.equal(true);
}

describe('hardening 7b: opt-in live announcements', () => {
  ignoreResizeObserverLoops();

  const timelineRegion = (panel: OlChatPanelElement) =>
    panel.shadowRoot!.querySelector('ol-timeline')!.shadowRoot!.querySelector('[aria-live="polite"]')!;

  it('<ol-chat-panel>: silent by default; with `announce`, a new client message is announced politely, a burst in one message', async () => {
    const adapter = MemoryAdapter.demo('en');
    const panel = await panelOn('c3', adapter);
    await waitUntil(() => panel.shadowRoot!.querySelector('ol-timeline')?.shadowRoot?.querySelector('article'), 'messages');
    const client = storeFor(adapter).getChat('c3')!.client.name;
    adapter.simulateClientMessage('c3', 'Anyone there?');
    await aTimeout(ANNOUNCE_DELAY_MS + 200);
    expect(text(timelineRegion(panel)), 'not announced without `announce`').to.equal('');

    panel.announce = true;
    await panel.updateComplete;
    expect(panel.hasAttribute('announce')).to.equal(true);
    const region = timelineRegion(panel);
    expectVisuallyHidden(region);
    adapter.simulateClientMessage('c3', 'Where is my [b]parcel[/b]?');
    await waitUntil(() => text(region) === `New message from ${client}: Where is my parcel?`, `one message: "${text(region)}"`, { timeout: 2000 });

    const recorded = recordRegion(region);
    adapter.simulateClientMessage('c3', 'Hello?');
    adapter.simulateClientMessage('c3', 'Are you there?');
    await aTimeout(50);
    adapter.simulateClientMessage('c3', 'Please answer');
    await waitUntil(() => text(region) === '3 new messages', `burst: "${text(region)}"`, { timeout: 2000 });
    await aTimeout(ANNOUNCE_DELAY_MS + 100);
    recorded.stop();
    expect(recorded.texts, 'one announcement for the burst').to.deep.equal(['3 new messages']);
    await expect(panel).to.be.accessible();
  });

  it('<ol-chat-panel announce> speaks French with lang="fr"', async () => {
    const adapter = MemoryAdapter.demo('fr');
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const panel = document.createElement('ol-chat-panel');
    panel.style.blockSize = '600px';
    panel.announce = true;
    panel.adapter = adapter;
    panel.chatId = 'c3';
    wrapper.append(panel);
    await waitUntil(() => panel.shadowRoot?.querySelector('ol-timeline')?.shadowRoot?.querySelector('article'), 'messages', { timeout: 4000 });
    const region = timelineRegion(panel);
    adapter.simulateClientMessage('c3', 'Bonjour ?');
    adapter.simulateClientMessage('c3', 'Il y a quelqu’un ?');
    await waitUntil(() => text(region) === '2 nouveaux messages', `French burst: "${text(region)}"`, { timeout: 2000 });
  });

  it('<ol-chat-list>: silent by default; with `announce`, new waiting chats (not the ones loaded) are announced, a burst merged', async () => {
    const quiet = MemoryAdapter.demo('en');
    const plain = await fixture<OlChatListElement>(html`<ol-chat-list style="block-size: 600px" .adapter=${quiet}></ol-chat-list>`);
    await waitUntil(() => plain.shadowRoot!.querySelector('[data-chat-id="c1"]'), 'loaded', { timeout: 4000 });
    expect(plain.shadowRoot!.querySelector('[aria-live="polite"].arrivals')).to.equal(null);
    // Out of the way: a virtualized list below the fold renders no rows.
    plain.remove();

    const adapter = MemoryAdapter.demo('en');
    const list = await fixture<OlChatListElement>(html`<ol-chat-list announce style="block-size: 600px" .adapter=${adapter}></ol-chat-list>`);
    await waitUntil(() => list.shadowRoot!.querySelector('[data-chat-id="c1"]'), 'loaded', { timeout: 4000 });
    const region = list.shadowRoot!.querySelector('.arrivals')!;
    expectVisuallyHidden(region);
    await aTimeout(ANNOUNCE_DELAY_MS + 200);
    expect(text(region), 'the chats already waiting are not announced').to.equal('');

    adapter.simulateNewChat({ clientName: 'Zoé Newcomer', text: 'Hello?' });
    await waitUntil(() => text(region) === 'New conversation with Zoé Newcomer', `one chat: "${text(region)}"`, { timeout: 2000 });

    const recorded = recordRegion(region);
    adapter.simulateNewChat({ clientName: 'Ana First', text: 'Hi' });
    adapter.simulateNewChat({ clientName: 'Ben Second', text: 'Hi' });
    await waitUntil(() => text(region) === '2 new conversations waiting for a first response', `burst: "${text(region)}"`, { timeout: 2000 });
    await aTimeout(ANNOUNCE_DELAY_MS + 100);
    recorded.stop();
    expect(recorded.texts).to.deep.equal(['2 new conversations waiting for a first response']);
    await expect(list).to.be.accessible();
  });

  it('<ol-chat-list announce> in French', async () => {
    const adapter = MemoryAdapter.demo('fr');
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr">
      <ol-chat-list announce style="block-size: 600px" .adapter=${adapter}></ol-chat-list>
    </div>`);
    const list = wrapper.querySelector('ol-chat-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('[data-chat-id="c1"]'), 'loaded', { timeout: 4000 });
    const region = list.shadowRoot!.querySelector('.arrivals')!;
    adapter.simulateNewChat({ clientName: 'Zoé Nouvelle', text: 'Bonjour' });
    await waitUntil(() => text(region) === 'Nouvelle conversation avec Zoé Nouvelle', `"${text(region)}"`, { timeout: 2000 });
  });
});

describe('hardening 7c: reduced motion and forced colours', () => {
  // Reset first: the re-layout it causes must still be under the ResizeObserver-loop guard, which the next hook removes.
  afterEach(() => emulate([]));
  ignoreResizeObserverLoops();

  /** The operator desk with a chat open, the "⋯" menu open and a finish pending (toast), to have moving parts on screen. */
  async function desk() {
    const adapter = MemoryAdapter.demo('en');
    const root = await fixture<HTMLElement>(html`<div style="display: grid; grid-template-columns: 340px 1fr; block-size: 700px;">
      <ol-chat-list selected-chat-id="c3" .adapter=${adapter} style="block-size: 700px"></ol-chat-list>
      <div id="panel-slot"></div>
    </div>`);
    const list = root.querySelector<OlChatListElement>('ol-chat-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('[data-chat-id="c3"]'), 'the list loaded', { timeout: 4000 });
    const panel = await panelOn('c3', adapter);
    root.querySelector('#panel-slot')!.replaceWith(panel);
    await waitUntil(() => panel.shadowRoot!.querySelector('ol-timeline')?.shadowRoot?.querySelector('article'), 'messages', { timeout: 4000 });
    return { adapter, root, list, panel };
  }

  const seconds = (value: string) =>
    value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part)));
  function moving(root: Element) {
    return deepElements(root).flatMap((el) => {
      const style = getComputedStyle(el);
      const transition = Math.max(...seconds(style.transitionDuration));
      const animation = style.animationName !== 'none' ? Math.max(...seconds(style.animationDuration)) : 0;
      const smooth = style.scrollBehavior === 'smooth';
      return transition > 0.001 || animation > 0.001 || smooth
        ? [`<${el.localName} class="${el.getAttribute('class') ?? ''}"> transition ${style.transitionDuration} animation ${style.animationName} ${style.animationDuration} scroll ${style.scrollBehavior}`]
        : [];
    });
  }

  it('prefers-reduced-motion: no transition, animation or smooth scrolling anywhere in the desk', async () => {
    const { root, panel } = await desk();
    // Moving parts: the spinner-free desk has transitions on rows and buttons.
    expect(moving(root).length, 'the test needs something that moves without the preference').to.be.greaterThan(0);
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    headerRoot(panel).querySelector<HTMLButtonElement>('.menu-button')!.click();
    await waitUntil(() => headerRoot(panel).querySelector('[role="menu"]'), 'menu');
    expect(moving(root)).to.deep.equal([]);
  });

  /** The colour a system colour keyword resolves to now. */
  function systemColor(keyword: string): string {
    const probe = document.createElement('div');
    probe.style.color = keyword;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }
  const hasBorder = (el: Element) => {
    const style = getComputedStyle(el);
    return ['Top', 'Right', 'Bottom', 'Left'].some(
      (side) => style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1,
    );
  };

  it('forced colours: selected row, unread badge, state badge, buttons and focus rings stay distinguishable, in system colours', async () => {
    const { list, panel } = await desk();
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const highlight = systemColor('Highlight');
    const canvas = systemColor('Canvas');

    // The selected row is painted in Highlight; the others are not.
    const rows = () => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"][data-chat-id]')];
    const selected = rows().find((r) => r.dataset.chatId === 'c3')!;
    const other = rows().find((r) => r.dataset.chatId !== 'c3')!;
    expect(getComputedStyle(selected).backgroundColor).to.equal(highlight);
    expect(getComputedStyle(other).backgroundColor).to.not.equal(highlight);

    // The unread counter is outlined (its accent background is gone).
    const unread = list.shadowRoot!.querySelector('.unread');
    expect(unread, 'a chat with unread messages').to.exist;
    expect(hasBorder(unread!), 'unread counter border').to.equal(true);

    // Header: buttons and the state badge have borders.
    const header = headerRoot(panel);
    for (const button of header.querySelectorAll('.actions > .button, .menu-button')) {
      expect(hasBorder(button), `border of ${text(button) || button.getAttribute('aria-label')}`).to.equal(true);
    }
    expect(hasBorder(header.querySelector('.badge.state')!), 'state badge border').to.equal(true);

    // Focus rings, by keyboard: a list row, a header button, the composer field — solid, in Highlight.
    const ring = (step: string) => {
      const el = deepActive()!;
      const style = getComputedStyle(el);
      expect(el.matches(':focus-visible'), `${step}: focus-visible`).to.equal(true);
      expect(style.outlineStyle, `${step}: outline`).to.not.equal('none');
      expect(parseFloat(style.outlineWidth), `${step}: outline width`).to.be.at.least(2);
      expect(style.outlineColor, `${step}: outline colour`).to.equal(highlight);
      expect(style.outlineColor).to.not.equal(canvas);
    };
    list.shadowRoot!.querySelector<HTMLInputElement>('.search input')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => deepActive()?.getAttribute('role') === 'option', 'a row has focus');
    await sendKeys({ press: 'ArrowDown' });
    ring('list row');
    header.querySelector<HTMLElement>('.rename-button')!.focus();
    await sendKeys({ press: 'Tab' });
    ring('header button');
    const composer = panel.shadowRoot!.querySelector('ol-composer')!;
    composer.shadowRoot!.querySelector<HTMLButtonElement>('.tool')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    for (let i = 0; i < 5 && deepActive()?.localName !== 'textarea'; i += 1) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    }
    expect(deepActive()?.localName).to.equal('textarea');
    ring('composer field');
  });
});
