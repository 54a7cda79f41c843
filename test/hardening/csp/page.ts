/**
 * The page of the strict-CSP suite (served at /__csp/ by csp.server.mjs with
 * a strict Content-Security-Policy and Trusted Types). It mounts every
 * element on MemoryAdapter demo data, drives their features, records each
 * `securitypolicyviolation` and error, and posts the result to its parent.
 */
import '../../../src/define.js';
import '../../../src/components/transfer-dialog/ol-transfer-dialog.js';
import '../../../src/components/invite-dialog/ol-invite-dialog.js';
import '../../../src/components/history-dialog/ol-history-dialog.js';
import '../../../src/components/crm-dialog/ol-crm-dialog.js';
import '../../../src/components/canned-save-form/ol-canned-save-form.js';
import '../../../src/components/message-editor/ol-message-editor.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { storeFor } from '../../../src/core/store.js';
import type { OlChatListElement } from '../../../src/components/chat-list/chat-list.component.js';
import type { OlChatPanelElement } from '../../../src/components/chat-panel/chat-panel.component.js';
import type { OlComposerElement } from '../../../src/components/composer/composer.component.js';
import type { OlMessageMenuElement } from '../../../src/components/message-menu/message-menu.component.js';
import type { OlProviderElement } from '../../../src/components/provider/provider.component.js';
import type { OlTimelineElement } from '../../../src/components/timeline/timeline.component.js';

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}

export interface CspReport {
  type: 'csp-report';
  violations: CspViolation[];
  errors: string[];
  /** Each feature driven, and whether it rendered what it should. */
  steps: Record<string, boolean>;
  trustedTypes: boolean;
}

const violations: CspViolation[] = [];
const errors: string[] = [];
const steps: Record<string, boolean> = {};

document.addEventListener(
  'securitypolicyviolation',
  (e) => {
    violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
  },
  true,
);
window.addEventListener('error', (e) => {
  // The virtualizers' benign ResizeObserver warning is not an error of ours.
  if (!String(e.message).includes('ResizeObserver loop')) errors.push(String(e.message));
});
window.addEventListener('unhandledrejection', (e) => errors.push(String((e.reason as Error)?.stack ?? e.reason)));

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until<T>(probe: () => T | null | undefined | false, timeout = 5000): Promise<T | undefined> {
  const end = performance.now() + timeout;
  while (performance.now() < end) {
    const value = probe();
    if (value) return value;
    await sleep(20);
  }
  return undefined;
}

/** Runs one feature; it passed when `check` found what it should render. */
async function step(name: string, run: () => Promise<unknown>): Promise<void> {
  try {
    steps[name] = Boolean(await run());
  } catch (error) {
    errors.push(`${name}: ${(error as Error).stack ?? error}`);
    steps[name] = false;
  }
}

const stage = document.getElementById('stage')!;

function place<K extends keyof HTMLElementTagNameMap>(tag: K, parent: HTMLElement = stage): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.classList.add('box');
  parent.append(el);
  return el;
}

const sr = (el: Element | null | undefined) => el?.shadowRoot ?? null;
const key = (target: Element, keyName: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, composed: true, cancelable: true, ...init }));

/** A 1×1 PNG, as a file the operator attaches. */
function pngFile(): File {
  const bytes = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='),
    (c) => c.charCodeAt(0),
  );
  return new File([bytes], 'screenshot.png', { type: 'image/png' });
}

async function composerFeatures(composer: OlComposerElement, prefix: string): Promise<void> {
  const root = sr(composer)!;
  const tool = (name: string) => root.querySelector<HTMLButtonElement>(`button[data-tool="${name}"]`);
  const popup = () => root.querySelector<HTMLElement>('[part="popup"]');
  const close = async () => {
    const open = popup();
    if (open) key(open, 'Escape');
    await until(() => !popup(), 2000);
  };
  await until(() => tool('smile'));

  await step(`${prefix}: emoji picker (lazy chunk)`, async () => {
    tool('smile')!.click();
    const ok = await until(() => sr(popup()?.querySelector('ol-emoji-picker'))?.querySelector('[role="gridcell"]'));
    await close();
    return ok;
  });
  await step(`${prefix}: GIF picker (lazy chunk, data: images)`, async () => {
    tool('gif')!.click();
    const ok = await until(() => sr(popup()?.querySelector('ol-gif-picker'))?.querySelector('[role="gridcell"] img'));
    await sleep(100);
    await close();
    return ok;
  });
  await step(`${prefix}: sales picker (lazy chunk)`, async () => {
    tool('cart')!.click();
    const ok = await until(() => sr(popup()?.querySelector('ol-sales-picker'))?.querySelector('[role="option"]') ?? popup()?.querySelector('[role="option"]'));
    await close();
    return ok;
  });
  await step(`${prefix}: canned picker`, async () => {
    tool('canned')!.click();
    const ok = await until(() => sr(popup()?.querySelector('ol-canned-picker'))?.querySelector('[role="option"]'));
    await close();
    return ok;
  });
  await step(`${prefix}: mentions and commands`, async () => {
    tool('at')!.click();
    const mentions = await until(() => root.querySelector('[role="listbox"] [role="option"]'));
    key(root.querySelector('textarea')!, 'Escape');
    await sleep(50);
    const textarea = root.querySelector('textarea')!;
    textarea.value = '';
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    tool('slash')!.click();
    const commands = await until(() => root.querySelector('[role="listbox"] [role="option"], [role="menu"] [role^="menuitem"]'));
    key(textarea, 'Escape');
    await sleep(50);
    return mentions && commands;
  });
  await step(`${prefix}: attach a picture (progress bar), upload, send`, async () => {
    composer.addFiles([pngFile(), new File([new Uint8Array(64)], 'clip.webm', { type: 'video/webm' })]);
    const progress = await until(() => root.querySelector('.upload'));
    await until(() => root.querySelectorAll('.upload[data-status="done"]').length === 2);
    const textarea = root.querySelector('textarea')!;
    textarea.value = `Here is the screenshot (${prefix})`;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const send = await until(() => root.querySelector<HTMLButtonElement>('button.send:not([disabled])'), 5000);
    send?.click();
    await until(() => textarea.value === '', 3000);
    return progress && send;
  });
}

async function run(): Promise<void> {
  const adapter = MemoryAdapter.demo('en', { upload: { steps: 2, stepMs: 20 } });

  // The desk: provider, list and panel.
  const provider = place('ol-provider') as OlProviderElement;
  provider.adapter = adapter;
  provider.classList.add('desk');
  const list = place('ol-chat-list', provider) as OlChatListElement;
  list.groupWaiting = true;
  const panel = place('ol-chat-panel', provider) as OlChatPanelElement;
  panel.chatId = 'c3';

  await step('chat list: rows with avatars', () => until(() => sr(list)?.querySelector('[role="option"]')));
  await step('chat list: context menu', async () => {
    const row = sr(list)!.querySelector<HTMLElement>('[role="option"]')!;
    row.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true, button: 2, clientX: 40, clientY: 40 }));
    const menu = await until(() => sr(list)!.querySelector('[role="menu"]') ?? sr(sr(list)!.querySelector('ol-chat-list-menu'))?.querySelector('[role="menu"]'));
    key(document.activeElement ?? row, 'Escape');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    return menu;
  });
  await step('chat list: settings and search', async () => {
    const input = sr(list)!.querySelector<HTMLInputElement>('input[type="search"], .search input')!;
    input.value = 'a';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await sleep(400);
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const settings = sr(list)!.querySelector('ol-chat-list-settings');
    return input && settings;
  });

  await step('chat panel: header, timeline, composer', () =>
    until(() => sr(sr(panel)!.querySelector('ol-timeline'))?.querySelector('article[data-message-id]') && sr(panel)!.querySelector('ol-composer')),
  );
  const header = () => sr(sr(panel)!.querySelector('ol-chat-header'))!;
  for (const kind of ['transfer', 'invite', 'history', 'crm'] as const) {
    await step(`chat panel: ${kind} dialog (lazy chunk)`, async () => {
      await panel.showDialog(kind);
      const tag = `ol-${kind}-dialog`;
      const open = await until(() => sr(header().querySelector(tag))?.querySelector('dialog[open]'));
      await sleep(150);
      if (open) key(open, 'Escape');
      await until(() => !sr(header().querySelector(tag))?.querySelector('dialog[open]'), 2000);
      return open;
    });
  }
  await step('chat panel: ⋯ menu', async () => {
    header().querySelector<HTMLButtonElement>('.menu-button')?.click();
    const item = await until(() => header().querySelector('[role^="menuitem"]'));
    if (item) key(item, 'Escape');
    return item;
  });
  await step('timeline: message menu', async () => {
    const timeline = sr(panel)!.querySelector('ol-timeline')!;
    const button = await until(() => sr(timeline)!.querySelector<HTMLButtonElement>('[data-action="menu"]'));
    button?.click();
    const menu = await until(() => sr(sr(timeline)!.querySelector('ol-message-menu'))?.querySelector('[role="menu"]'));
    if (menu) key(menu, 'Escape');
    return menu;
  });
  const panelComposer = await until(() => sr(panel)!.querySelector('ol-composer'));
  if (panelComposer) await composerFeatures(panelComposer, 'panel composer');
  await step('timeline: the sent message and the uploaded picture show', () =>
    until(() => {
      const root = sr(sr(panel)!.querySelector('ol-timeline'));
      const article = [...(root?.querySelectorAll('article') ?? [])].find((a) => a.textContent?.includes('Here is the screenshot (panel composer)'));
      // The uploaded picture and video play from their blob: URLs.
      return article?.querySelector('img[src^="blob:"]') && article.querySelector('video[src^="blob:"], video source[src^="blob:"]');
    }),
  );

  // The parts on their own.
  await step('ol-chat-list view="contact-center" (lazy chunk)', async () => {
    const cc = place('ol-chat-list') as OlChatListElement;
    cc.adapter = adapter;
    cc.view = 'contact-center';
    return until(() => sr(sr(cc)!.querySelector('ol-contact-center'))?.querySelector('[role="grid"], table, [role="row"]'), 8000);
  });
  await step('ol-timeline alone', async () => {
    const timeline = place('ol-timeline');
    timeline.adapter = adapter;
    timeline.chatId = 'c5';
    return until(() => sr(timeline)?.querySelector('article[data-message-id]'));
  });
  const composer = place('ol-composer') as OlComposerElement;
  composer.adapter = adapter;
  composer.chatId = 'c4';
  await composerFeatures(composer, 'ol-composer alone');

  await step('ol-message-menu alone', async () => {
    const anchor = place('button');
    anchor.textContent = 'Actions';
    const menu = place('ol-message-menu') as OlMessageMenuElement;
    menu.adapter = adapter;
    const chat = await adapter.getChat('c3');
    const messages = await adapter.listMessages('c3', { limit: 10 });
    menu.chat = chat;
    menu.message = messages.items.find((m) => m.authorKind === 'client')!;
    await menu.show(anchor);
    const shown = await until(() => sr(menu)?.querySelector('[role="menu"] [role^="menuitem"]'));
    menu.hide();
    return shown;
  });
  await step('ol-canned-picker alone', async () => {
    const target = place('textarea');
    const picker = place('ol-canned-picker');
    picker.adapter = adapter;
    picker.target = target;
    return until(() => sr(picker)?.querySelector('[role="option"]'));
  });
  await step('ol-canned-save-form alone', async () => {
    const form = place('ol-canned-save-form');
    form.adapter = adapter;
    form.text = 'Thanks for waiting, {client.name}!';
    return until(() => sr(form)?.querySelector('input, textarea'));
  });
  await step('ol-message-editor alone', async () => {
    const editor = place('ol-message-editor');
    editor.adapter = adapter;
    const messages = await adapter.listMessages('c3', { limit: 50 });
    editor.message = messages.items.find((m) => m.authorKind === 'operator' && m.authorId === 'u1') ?? messages.items[0];
    return until(() => sr(editor)?.querySelector('textarea'));
  });
  for (const kind of ['transfer', 'invite', 'history', 'crm'] as const) {
    await step(`ol-${kind}-dialog alone`, async () => {
      const dialog = place(`ol-${kind}-dialog`);
      dialog.adapter = adapter;
      dialog.chatId = 'c3';
      dialog.open = true;
      const open = await until(() => sr(dialog)?.querySelector('dialog[open]'));
      await sleep(150);
      dialog.open = false;
      return open;
    });
  }
  // Realtime activity reaches every element.
  await step('realtime: a client message and a new chat', async () => {
    // The desk back in view: the virtualized list and timeline render only what is visible.
    provider.scrollIntoView();
    adapter.simulateClientMessage('c3', 'Are you still there?');
    const me = await adapter.currentOperator();
    adapter.simulateNewChat({ clientName: 'Zoé Realtime', queueId: me.queueIds?.[0] });
    (sr(panel)!.querySelector('ol-timeline') as OlTimelineElement).scrollToLatest();
    const message = await until(() =>
      [...(sr(sr(panel)!.querySelector('ol-timeline'))?.querySelectorAll('article') ?? [])].some((a) => a.textContent?.includes('Are you still there?')),
    );
    // Narrow the list to it (the list is virtualized: it may be out of view).
    const search = sr(list)!.querySelector<HTMLInputElement>('input[type="search"], .search input')!;
    search.value = 'Zoé Realtime';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const row = await until(() => [...sr(list)!.querySelectorAll('[role="option"]')].some((r) => r.textContent?.includes('Zoé Realtime')));
    const store = storeFor(adapter);
    if (!message) errors.push(`realtime: the client message did not show in the timeline; in the store: ${store.messages('c3').some((m) => m.text === 'Are you still there?')}, adapter listeners ${adapter.listenerCount}, store listeners ${store.listenerCount}`);
    if (!row) errors.push(`realtime: the new chat did not show in the list: ${sr(list)!.querySelector('[part="list"], [part="empty"]')?.textContent?.replace(/\s+/g, ' ').slice(0, 300)} / search "${search.value}" / in store ${store.chats.some((c) => c.title === 'Zoé Realtime')} me ${JSON.stringify(store.me?.queueIds)} chat ${JSON.stringify(store.chats.find((c) => c.title === 'Zoé Realtime'))}`);
    return message && row;
  });
  await frame();
  await sleep(300);
}

run()
  .catch((error: unknown) => errors.push(String((error as Error)?.stack ?? error)))
  .finally(() => {
    const report: CspReport = {
      type: 'csp-report',
      violations,
      errors,
      steps,
      trustedTypes: typeof (window as { trustedTypes?: unknown }).trustedTypes === 'object',
    };
    parent.postMessage(report, location.origin);
  });
