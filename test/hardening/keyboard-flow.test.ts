import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/chat-list/ol-chat-list.js';
import type { OlChatListElement } from '../../src/components/chat-list/ol-chat-list.js';
import '../../src/components/chat-panel/ol-chat-panel.js';
import type { OlChatPanelElement } from '../../src/components/chat-panel/ol-chat-panel.js';
import { storeFor } from '../../src/core/store.js';
import { ignoreResizeObserverLoops } from '../components/chat-panel/helpers.js';

/**
 * Suite 7a: the whole operator flow on the desk (list + panel on one
 * MemoryAdapter), with the keyboard only (`sendKeys`, never the mouse):
 * pick a waiting chat, answer, reply with a canned response from the
 * composer's picker, mention a colleague, transfer through the dialog, then
 * finish another chat. After every key press focus must be on a visible,
 * focusable element with a visible focus indicator, never on <body>.
 */

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]';

/** A description of the focused element for messages. */
function describeFocus(el: Element | null): string {
  if (!el) return 'nothing';
  const label = el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ?? '';
  return `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}> "${label}"`;
}

/** Whether the element draws a focus indicator now (outline or box-shadow of :focus-visible). */
function focusIndicator(el: Element): string | undefined {
  const style = getComputedStyle(el);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineWidth} ${style.outlineStyle}`;
  if (style.boxShadow && style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
  return undefined;
}

/** Focus is on a visible, focusable element that shows it. */
function expectGoodFocus(step: string): Element {
  const el = deepActive();
  expect(el, `${step}: focus lost`).to.exist;
  expect(el, `${step}: focus on <body>`).to.not.equal(document.body);
  expect(el!.localName, `${step}: focus on <body>`).to.not.equal('body');
  expect(el!.matches(FOCUSABLE) || (el as HTMLElement).tabIndex >= 0, `${step}: ${describeFocus(el)} is not focusable`).to.equal(true);
  expect((el as HTMLElement).checkVisibility?.() ?? el!.getClientRects().length > 0, `${step}: ${describeFocus(el)} is not visible`).to.equal(true);
  expect(el!.getClientRects().length, `${step}: ${describeFocus(el)} has no box`).to.be.greaterThan(0);
  expect(el!.matches(':focus-visible'), `${step}: ${describeFocus(el)} is not :focus-visible`).to.equal(true);
  expect(focusIndicator(el!), `${step}: ${describeFocus(el)} shows no focus indicator`).to.be.a('string');
  return el!;
}

async function press(key: string, step: string): Promise<Element> {
  if (key === 'Shift+Tab') {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return expectGoodFocus(`${step} (${key})`);
}

/** Presses Tab (or Shift+Tab) until focus matches; every stop on the way must be good focus. */
async function tabTo(match: (el: Element) => boolean, step: string, { back = false, max = 60 } = {}): Promise<Element> {
  const seen: string[] = [];
  for (let i = 0; i < max; i += 1) {
    const el = await press(back ? 'Shift+Tab' : 'Tab', step);
    if (match(el)) return el;
    seen.push(describeFocus(el));
  }
  throw new Error(`${step}: not reached in ${max} presses (keyboard trap?). Visited: ${seen.join(' → ')}`);
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const inHost = (host: Element, el: Element) => {
  for (let node: Node | null = el; node; node = (node.getRootNode() as ShadowRoot).host ?? null) if (node === host) return true;
  return false;
};

describe('hardening 7a: the operator flow with the keyboard only', () => {
  ignoreResizeObserverLoops();

  it('pick a waiting chat, answer, canned reply, mention, transfer; then finish another — focus always visible', async function () {
    this.timeout(60_000);
    const adapter = MemoryAdapter.demo('en');
    const store = storeFor(adapter);
    const root = await fixture<HTMLElement>(html`<div style="display: grid; grid-template-columns: 340px 1fr; block-size: 720px;">
      <ol-chat-list .adapter=${adapter} style="block-size: 720px"></ol-chat-list>
      <ol-chat-panel .adapter=${adapter} undo-ms="200" style="block-size: 720px"></ol-chat-panel>
    </div>`);
    const list = root.querySelector<OlChatListElement>('ol-chat-list')!;
    const panel = root.querySelector<OlChatPanelElement>('ol-chat-panel')!;
    root.addEventListener('ol-chat-select', (e) => {
      panel.chatId = e.detail.chatId;
    });
    const rowOf = (el: Element) => (el.closest('[data-chat-id]') as HTMLElement | null)?.dataset.chatId;
    await waitUntil(() => list.shadowRoot!.querySelector('[data-chat-id="c1"]'), 'the list did not load', { timeout: 5000 });
    const header = () => panel.shadowRoot!.querySelector('ol-chat-header')!;
    const composer = () => panel.shadowRoot!.querySelector('ol-composer')!;
    const headerButton = (action: string) => (el: Element) => inHost(header(), el) && (el as HTMLElement).dataset.action === action;

    // 1. Into the list, onto the waiting chat, Enter.
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo((el) => inHost(list, el) && el.getAttribute('role') === 'option', 'tab into the list');
    for (let i = 0; i < 30 && rowOf(deepActive()!) !== 'c1'; i += 1) await press('ArrowDown', 'down to the waiting chat');
    expect(rowOf(deepActive()!)).to.equal('c1');
    await press('Enter', 'select the waiting chat');
    await waitUntil(() => panel.chatId === 'c1' && header().shadowRoot?.querySelector('[data-action="answer"]'), 'the chat did not open');
    expectGoodFocus('after selecting');

    // 2. Answer.
    await tabTo(headerButton('answer'), 'to Answer');
    await press('Enter', 'answer');
    await waitUntil(() => store.getChat('c1')?.state === 'answered', 'not answered');
    await header().updateComplete;
    await waitUntil(() => deepActive() !== document.body && deepActive() !== null, 'focus lost after answering');
    expect(inHost(header(), deepActive()!), `focus stays in the header, on ${describeFocus(deepActive())}`).to.equal(true);
    expectGoodFocus('after answering');

    // 3. Canned response through the composer's picker ("/" → Canned responses).
    await waitUntil(() => composer().shadowRoot?.querySelector('textarea:not([disabled])'), 'the composer is locked');
    await tabTo((el) => el.localName === 'textarea' && inHost(composer(), el), 'to the composer');
    await sendKeys({ type: '/' });
    await waitUntil(() => text(composer().shadowRoot!.querySelector('[role="option"] .option-label')) === 'Canned responses', 'no commands list');
    await press('Enter', 'open the canned responses');
    const picker = () => composer().shadowRoot!.querySelector('ol-canned-picker');
    await waitUntil(() => picker()?.shadowRoot?.querySelector('[role="option"]'), 'no canned responses');
    await waitUntil(() => inHost(picker()!, deepActive()!), 'focus did not go into the picker');
    expectGoodFocus('in the canned picker');
    await sendKeys({ type: 'delivery times' });
    await press('Enter', 'choose the canned response');
    const field = () => composer().shadowRoot!.querySelector('textarea')!;
    await waitUntil(() => field().value.length > 0 && deepActive() === field(), 'the response was not inserted');
    const cannedText = field().value;
    await press('Enter', 'send the canned response');
    await waitUntil(async () => (await adapter.listMessages('c1', { limit: 10 })).items.some((m) => m.text === cannedText.trim()), 'not sent');
    expect(deepActive()).to.equal(field());

    // 4. Mention a colleague.
    await sendKeys({ type: '@Pri' });
    await waitUntil(() => text(composer().shadowRoot!.querySelector('[role="option"] .option-label')).includes('Priya'), 'no mention list');
    await press('Enter', 'choose the mention');
    await sendKeys({ type: 'can you check the tracking?' });
    await press('Enter', 'send the mention');
    await waitUntil(
      async () => (await adapter.listMessages('c1', { limit: 10 })).items.some((m) => m.text.includes('[user=u2]') && m.text.includes('tracking')),
      'the mention was not sent',
    );

    // 5. Transfer to a colleague through the dialog.
    const opener = await tabTo(headerButton('transfer'), 'back to Transfer', { back: true });
    await press('Enter', 'open the transfer dialog');
    const dialog = () => header().shadowRoot!.querySelector('ol-transfer-dialog')!;
    await waitUntil(() => dialog()?.shadowRoot?.querySelector('dialog[open]') && inHost(dialog(), deepActive()!), 'the dialog did not take focus');
    expectGoodFocus('in the transfer dialog');
    await sendKeys({ type: 'Priya' });
    await waitUntil(() => dialog().shadowRoot!.querySelectorAll('[role="option"][data-kind="operator"]').length === 1, 'not filtered');
    const option = await press('ArrowDown', 'to the colleague');
    expect(option.getAttribute('role')).to.equal('option');
    await press('Enter', 'transfer');
    await waitUntil(() => store.getChat('c1')?.operatorId === 'u2', 'not transferred');
    await waitUntil(() => !dialog().shadowRoot!.querySelector('dialog[open]'), 'the dialog stayed open');
    await waitUntil(() => deepActive() !== document.body && deepActive() !== null && inHost(header(), deepActive()!), 'focus did not come back to the header');
    expectGoodFocus('after the transfer');
    if (opener.isConnected) expect(deepActive()).to.equal(opener);

    // 6. Back in the list, onto my answered chat, and finish it.
    await tabTo((el) => inHost(list, el) && el.getAttribute('role') === 'option', 'back to the list', { back: true });
    await press('Home', 'first chat');
    for (let i = 0; i < 30 && rowOf(deepActive()!) !== 'c3'; i += 1) await press('ArrowDown', 'down to c3');
    expect(rowOf(deepActive()!)).to.equal('c3');
    await press('Enter', 'select c3');
    await waitUntil(() => panel.chatId === 'c3' && header().shadowRoot?.querySelector('[data-action="finish"]'), 'c3 did not open');
    await tabTo(headerButton('finish'), 'to Finish');
    await press('Enter', 'finish');
    await waitUntil(() => store.getChat('c3')?.state === 'closed', 'not finished', { timeout: 3000 });
    await header().updateComplete;
    await waitUntil(() => deepActive() !== document.body && deepActive() !== null, 'focus lost after finishing');
    expectGoodFocus('after finishing');
  });
});
