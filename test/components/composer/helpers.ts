import { fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import type { OlComposerElement } from '../../../src/components/composer/composer.component.js';
import '../../../src/components/composer/ol-composer.js';
import { storeFor, type OlStore } from '../../../src/core/store.js';

/**
 * Demo chats: c3 answered and mine (client cl3), c5 silent, c6 another operator's, c9 closed, c11 spam.
 * Test files run in parallel pages that share localStorage: each file writes drafts of its own chats
 * (composer: c3, c4, c5; popups: c15; uploads: c17, c32).
 */
export const MINE = 'c3';

export interface Mounted {
  el: OlComposerElement;
  adapter: MemoryAdapter;
  store: OlStore;
  root: ShadowRoot;
  textarea: HTMLTextAreaElement;
}

/** Clears the drafts of these chats (and the emoji recents) between tests. */
export function clearStorage(chatIds: readonly string[], { recents = false } = {}): void {
  for (const id of chatIds) localStorage.removeItem(`ol-draft:${id}`);
  if (recents) localStorage.removeItem('ol-emoji-recents');
}

/** A composer on demo data, once the chat and the current operator are loaded. */
export async function mountComposer(
  options: { chatId?: string; adapter?: MemoryAdapter; adapterOptions?: MemoryAdapterOptions; lang?: string; sendKey?: string } = {},
): Promise<Mounted> {
  const adapter = options.adapter ?? MemoryAdapter.demo('en', options.adapterOptions);
  const chatId = options.chatId ?? MINE;
  const el = await fixture<OlComposerElement>(
    html`<ol-composer
      lang=${options.lang ?? 'en'}
      chat-id=${chatId}
      send-key=${options.sendKey ?? 'enter'}
      .adapter=${adapter}
    ></ol-composer>`,
  );
  const store = storeFor(adapter);
  await waitUntil(() => store.getChat(chatId) && store.me, 'chat and operator loaded');
  await el.updateComplete;
  const root = el.shadowRoot!;
  return { el, adapter, store, root, textarea: root.querySelector('textarea')! };
}

/** Visible text of the composer's alerts. */
export function alerts(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[role="alert"]')].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
}

export function button(root: ShadowRoot, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.getAttribute('aria-label') === label || b.textContent!.trim() === label,
  );
  if (!found) throw new Error(`No button "${label}"`);
  return found;
}

export { html, waitUntil };
