import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import type { OlChatPanelElement } from '../../../src/components/chat-panel/ol-chat-panel.js';
import '../../../src/components/chat-panel/ol-chat-panel.js';
import type { OlChatHeaderElement } from '../../../src/components/chat-panel/ol-chat-header.js';

/**
 * Demo chats of `MemoryAdapter` (English), by what the tests need of them.
 * Me is `u1` (Sophie).
 */
export const CHATS = {
  /** Waiting, nobody's. */
  waiting: 'c1',
  /** Waiting, mine; one CRM contact. */
  waitingMine: 'c2',
  /** Answered, mine, CRM contact + deal, auto-close set. */
  answered: 'c3',
  /** Answered, mine, locked as mine. */
  pinned: 'c4',
  /** Answered, mine, silent mode. */
  silent: 'c5',
  /** Answered by u2. */
  others: 'c6',
  /** Waiting, assigned to u4. */
  waitingOthers: 'c7',
  /** Closed. */
  closed: 'c9',
  /** Spam. */
  spam: 'c11',
} as const;

/** The timeline is virtualized: its benign ResizeObserver loop warning must not fail the tests. */
export function ignoreResizeObserverLoops(): void {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
}

export function demoAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapter(undefined, options);
}

/** A panel on a demo chat, once the chat and the directory are loaded. */
export async function panelOn(
  chatId: string,
  adapter: MemoryAdapter = demoAdapter(),
  attrs: { undoMs?: number } = {},
): Promise<OlChatPanelElement> {
  // The fixture is the panel itself (a Lit element): a plain wrapper would make `fixture` wait for an animation frame.
  const panel = await fixture<OlChatPanelElement>(
    html`<ol-chat-panel
      style="block-size: 640px; inline-size: 900px;"
      chat-id=${chatId}
      .adapter=${adapter}
      .undoMs=${attrs.undoMs ?? 5000}
    ></ol-chat-panel>`,
  );
  await waitUntil(() => panel.shadowRoot?.querySelector('.base[aria-busy="false"]'), 'the chat did not load', { timeout: 4000 });
  await waitUntil(() => headerOf(panel)?.shadowRoot?.querySelector('.title'), 'the header did not render');
  await headerOf(panel)!.updateComplete;
  return panel;
}

export function headerOf(panel: OlChatPanelElement): OlChatHeaderElement | null {
  return panel.shadowRoot!.querySelector('ol-chat-header');
}

export function headerRoot(panel: OlChatPanelElement): ShadowRoot {
  return headerOf(panel)!.shadowRoot!;
}

/** A header bar button by its action. */
export function actionButton(panel: OlChatPanelElement, action: string): HTMLButtonElement | null {
  return headerRoot(panel).querySelector<HTMLButtonElement>(`.actions > [data-action="${action}"]`);
}

export function actionNames(panel: OlChatPanelElement): string[] {
  return [...headerRoot(panel).querySelectorAll<HTMLElement>('.actions > [data-action]')].map((b) => b.dataset.action!);
}

/** Opens the "⋯" menu with a click and returns its items. */
export async function openMenu(panel: OlChatPanelElement): Promise<HTMLElement[]> {
  const root = headerRoot(panel);
  root.querySelector<HTMLButtonElement>('.menu-button')!.click();
  await headerOf(panel)!.updateComplete;
  return [...root.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
}

export async function clickMenuItem(panel: OlChatPanelElement, action: string): Promise<void> {
  const items = await openMenu(panel);
  const item = items.find((i) => i.dataset.action === action);
  if (!item) throw new Error(`no menu item ${action} in ${items.map((i) => i.dataset.action).join(', ')}`);
  item.click();
  await headerOf(panel)!.updateComplete;
}

export function alertText(panel: OlChatPanelElement): string | undefined {
  return headerRoot(panel).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();
}

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A dialog element rendered by the header, once loaded and open. */
export async function dialogOf<T extends HTMLElement>(panel: OlChatPanelElement, tag: string): Promise<T> {
  await waitUntil(() => headerRoot(panel).querySelector(tag)?.shadowRoot?.querySelector('dialog[open]'), `${tag} did not open`, {
    timeout: 4000,
  });
  return headerRoot(panel).querySelector(tag) as T;
}
