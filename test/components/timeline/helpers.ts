import { fixture, html, waitUntil } from '@open-wc/testing';
import type { OlAdapter } from '../../../src/core/adapter.js';
import type { Chat, Message } from '../../../src/core/model.js';
import '../../../src/components/timeline/ol-timeline.js';
import type { OlTimelineElement } from '../../../src/components/timeline/ol-timeline.js';

/** The end of the generated conversations: a minute ago (realtime messages come after it). */
export const NOW = new Date(Date.now() - 60_000);

/** Local ISO date `minutes` before `NOW`. */
export const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

/** `count` alternating client/operator messages, one every `gapMinutes`, ending at `NOW`. */
export function conversation(count: number, options: { chatId?: string; gapMinutes?: number; prefix?: string } = {}): Message[] {
  const { chatId = 'c1', gapMinutes = 7, prefix = 'm' } = options;
  return Array.from({ length: count }, (_, i) => {
    const client = i % 3 !== 2;
    return {
      id: `${prefix}${i + 1}`,
      chatId,
      authorKind: client ? 'client' : 'operator',
      authorId: client ? 'cl1' : 'u1',
      authorName: client ? 'Olivia Client' : 'Alex Morgan',
      text: `Message number ${i + 1}${i % 5 === 0 ? ' with a longer text that wraps over two lines in a narrow timeline, to vary row heights' : ''}`,
      createdAt: ago((count - 1 - i) * gapMinutes),
    } satisfies Message;
  });
}

/** Renders a timeline in a box of the given height and waits for its rows. */
export async function renderTimeline(
  props: { adapter?: OlAdapter; chatId?: string; messages?: Message[]; chat?: Chat; lang?: string; height?: number } = {},
): Promise<OlTimelineElement> {
  const { height = 400, lang = 'en' } = props;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="block-size: ${height}px; inline-size: 560px; display: flex; flex-direction: column;">
    <ol-timeline
      style="flex: 1 1 auto;"
      .adapter=${props.adapter}
      .chatId=${props.chatId}
      .messages=${props.messages}
      .chat=${props.chat}
    ></ol-timeline>
  </div>`);
  const el = wrapper.querySelector('ol-timeline')!;
  await el.updateComplete;
  return el;
}

export function log(el: OlTimelineElement): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[role="log"]')!;
}

export function articles(el: OlTimelineElement): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('article[data-message-id]')];
}

export function article(el: OlTimelineElement, id: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`article[data-message-id="${id}"]`);
}

/** Waits for `frames` animation frames. */
export async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Waits until the message is rendered. */
export async function rendered(el: OlTimelineElement, id: string): Promise<HTMLElement> {
  await waitUntil(() => article(el, id), `message ${id} rendered`, { timeout: 4000 });
  return article(el, id)!;
}

/** Waits until the log's scroll position stays the same for `count` frames. */
export async function still(el: OlTimelineElement, count = 6): Promise<void> {
  let last = -1;
  let same = 0;
  for (let i = 0; i < 200 && same < count; i += 1) {
    await frames(1);
    const top = log(el)?.scrollTop ?? 0;
    same = Math.abs(top - last) < 0.5 ? same + 1 : 0;
    last = top;
  }
}

/** Waits until the log is scrolled to its end and stays there. */
export async function settledAtBottom(el: OlTimelineElement): Promise<void> {
  await waitUntil(() => articles(el).length > 0, 'messages rendered', { timeout: 4000 });
  const scroller = log(el);
  await waitUntil(
    () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 2,
    'log at the bottom',
    { timeout: 4000 },
  );
  await still(el);
}

/** A message's top edge relative to the log's top edge. */
export function offsetInLog(el: OlTimelineElement, id: string): number {
  return article(el, id)!.getBoundingClientRect().top - log(el).getBoundingClientRect().top;
}
