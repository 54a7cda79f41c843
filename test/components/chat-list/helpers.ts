import { fixture, html, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { TemplateResult } from 'lit';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { MemoryAdapterOptions, MemoryData } from '../../../src/adapters/memory/index.js';
import type { OlChatListElement } from '../../../src/components/chat-list/chat-list.component.js';
import '../../../src/components/chat-list/ol-chat-list.js';
import type { Chat, Message } from '../../../src/core/model.js';
import { makeChat } from '../../helpers/fixtures.js';

/** The virtualizer measures rows with ResizeObserver; its benign loop warning must not fail tests. */
export function ignoreResizeObserverLoops(): void {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
}

export const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/**
 * Me = op-me (queue q1). Shown in my Messenger list:
 * wait-old (new, q1, 3 h), wait-young (new, q1, 10 min), mine-new (new, assigned to me, 30 min),
 * active (answered, 5 min, 2 unread), pinned (answered, pinned, 2 h), closed, spam.
 * Not shown: other-queue (new, q2), other-op (answered by op-2).
 */
export function listData(): MemoryData {
  const chats: Chat[] = [
    makeChat({
      id: 'wait-old', title: 'Élodie Garnier', client: { id: 'k1', name: 'Élodie Garnier' }, state: 'new',
      operatorId: undefined, queueId: 'q1', sourceChannel: 'telegram', createdAt: ago(180), waitingSince: ago(180),
      updatedAt: ago(170), unreadCount: 1,
    }),
    makeChat({
      id: 'wait-young', title: 'Bruno Young', client: { id: 'k2', name: 'Bruno Young' }, state: 'new',
      operatorId: undefined, queueId: 'q1', sourceChannel: 'whatsapp', createdAt: ago(10), waitingSince: ago(10),
      updatedAt: ago(10), unreadCount: 1,
    }),
    makeChat({
      id: 'mine-new', title: 'Nadia Transfer', client: { id: 'k3', name: 'Nadia Transfer' }, state: 'new',
      operatorId: 'op-me', queueId: 'q2', sourceChannel: 'email', createdAt: ago(30), waitingSince: ago(30),
      updatedAt: ago(30),
    }),
    makeChat({
      id: 'active', title: 'Carla Active', client: { id: 'k4', name: 'Carla Active' }, state: 'answered',
      operatorId: 'op-me', queueId: 'q1', sourceChannel: 'livechat', createdAt: ago(60), updatedAt: ago(5), unreadCount: 2,
    }),
    makeChat({
      id: 'pinned', title: 'Dan Pinned', client: { id: 'k5', name: 'Dan Pinned' }, state: 'answered', pinned: true,
      silent: true, operatorId: 'op-me', queueId: 'q1', sourceChannel: 'livechat', createdAt: ago(300), updatedAt: ago(120),
    }),
    makeChat({
      id: 'closed', title: 'Eve Closed', client: { id: 'k6', name: 'Eve Closed' }, state: 'closed',
      operatorId: 'op-me', queueId: 'q1', sourceChannel: 'livechat', createdAt: ago(2000), updatedAt: ago(1500),
    }),
    makeChat({
      id: 'spam', title: 'Spam Prize', client: { id: 'k7', name: 'Spam Prize' }, state: 'spam',
      operatorId: 'op-me', queueId: 'q1', sourceChannel: 'email', createdAt: ago(3000), updatedAt: ago(2900),
    }),
    makeChat({
      id: 'other-queue', title: 'Oscar Elsewhere', client: { id: 'k8', name: 'Oscar Elsewhere' }, state: 'new',
      operatorId: undefined, queueId: 'q2', sourceChannel: 'viber', createdAt: ago(20), waitingSince: ago(20), updatedAt: ago(20),
    }),
    makeChat({
      id: 'other-op', title: 'Paula Colleague', client: { id: 'k9', name: 'Paula Colleague' }, state: 'answered',
      operatorId: 'op-2', queueId: 'q1', sourceChannel: 'livechat', createdAt: ago(40), updatedAt: ago(1),
    }),
  ];
  const messages: Message[] = [
    { id: 'm1', chatId: 'wait-old', authorKind: 'client', text: '[b]Bonjour[/b], où est mon colis ?', createdAt: ago(170) },
    { id: 'm2', chatId: 'active', authorKind: 'client', text: 'The invoice is wrong', createdAt: ago(6) },
    { id: 'm3', chatId: 'active', authorKind: 'client', text: 'Please check the [i]total[/i]', createdAt: ago(5) },
  ];
  return {
    me: 'op-me',
    operators: [
      { id: 'op-me', name: 'Alex Me', queueIds: ['q1'] },
      { id: 'op-2', name: 'Priya Shah', queueIds: ['q1', 'q2'] },
    ],
    queues: [
      { id: 'q1', name: 'Website', operatorIds: ['op-me', 'op-2'] },
      { id: 'q2', name: 'Shop', operatorIds: ['op-2'] },
    ],
    chats,
    messages,
    canned: [],
  };
}

export function listAdapter(options: MemoryAdapterOptions = {}, data: MemoryData = listData()): MemoryAdapter {
  return new MemoryAdapter(data, options);
}

/** Renders a list of a fixed size and waits until its rows show (or, with `rows: false`, any state). */
export async function renderList(template: TemplateResult, { rows: waitForRows = true } = {}): Promise<OlChatListElement> {
  const el = await fixture<OlChatListElement>(html`<div style="block-size: 560px; inline-size: 420px; display: flex; flex-direction: column;">${template}</div>`);
  const list = el.querySelector('ol-chat-list')!;
  await waitUntil(() => rows(list).length > 0 || (!waitForRows && list.shadowRoot!.querySelector('.empty')), 'the list did not render', {
    timeout: 4000,
  });
  return list;
}

/** Renders a list of a fixed size without waiting for anything but its first update. */
export async function renderBare(template: TemplateResult): Promise<OlChatListElement> {
  const el = await fixture<OlChatListElement>(html`<div style="block-size: 560px; inline-size: 420px; display: flex; flex-direction: column;">${template}</div>`);
  return el.querySelector('ol-chat-list')!;
}

/** Selects the text of the focused field, so that typing replaces it. */
export function selectFocusedText(el: OlChatListElement): void {
  (shadow(el).activeElement as HTMLInputElement).select();
}

export const shadow = (el: Element) => el.shadowRoot!;

export function rows(el: OlChatListElement): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[role="option"]')];
}

/** Chat ids of the rendered rows, in order. */
export const rowIds = (el: OlChatListElement) => rows(el).map((row) => row.dataset.chatId);

/** Rendered headers and rows as `#group` / `chatId`, in order. */
export function layout(el: OlChatListElement): string[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('.group-header, [role="option"]')].map((node) =>
    node.classList.contains('group-header') ? `#${node.dataset.group}` : node.dataset.chatId!,
  );
}

export function row(el: OlChatListElement, chatId: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`[role="option"][data-chat-id="${chatId}"]`);
}

export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The chat id of the focused row, if a row has focus. */
export function focusedChatId(el: OlChatListElement): string | undefined {
  return (shadow(el).activeElement as HTMLElement | null)?.dataset.chatId;
}

/** Waits until the virtualizer of the list has measured and placed its rows (or 500 ms passed, when nothing was pending). */
export async function layoutSettled(list: HTMLElement): Promise<void> {
  const virtualizer = (list as VirtualizerHostElement)[virtualizerRef];
  await Promise.race([virtualizer?.layoutComplete.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 500))]);
}

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
