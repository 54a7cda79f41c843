import { expect } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import '../../src/components/transfer-dialog/ol-transfer-dialog.js';
import '../../src/components/invite-dialog/ol-invite-dialog.js';
import '../../src/components/history-dialog/ol-history-dialog.js';
import '../../src/components/crm-dialog/ol-crm-dialog.js';
import '../../src/components/canned-save-form/ol-canned-save-form.js';
import '../../src/components/message-editor/ol-message-editor.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { OlMessageMenuElement } from '../../src/components/message-menu/message-menu.component.js';
import { translationListenerCount } from '../../src/core/i18n/registry.js';
import type { Message } from '../../src/core/model.js';
import { storeFor } from '../../src/core/store.js';

/**
 * No leaks: every public element, mounted and removed 200 times on one
 * adapter, leaves no realtime listener, no translation listener, no timer
 * and no heap behind. The heap is measured after a forced garbage collection
 * (the `chaos-heap` command of csp.server.mjs, through the DevTools protocol).
 */

const ROUNDS = 200;

// Timers started by the elements, live until they fire or are cleared. The
// test's own waits use the original functions and are not counted.
const native = {
  setTimeout: window.setTimeout.bind(window),
  clearTimeout: window.clearTimeout.bind(window),
  setInterval: window.setInterval.bind(window),
  clearInterval: window.clearInterval.bind(window),
};
const liveTimeouts = new Map<number, string>();
const liveIntervals = new Map<number, string>();
let tracking = false;
const created = { timeouts: 0, intervals: 0 };
const origin = () => (new Error().stack ?? '').split('\n').slice(3, 6).join(' | ').replace(/https?:\/\/[^/]+/g, '');

function trackTimers(): () => void {
  const w = window as unknown as Record<string, unknown>;
  w.setTimeout = (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const where = tracking ? origin() : '';
    const id: number = native.setTimeout(
      (...a: unknown[]) => {
        liveTimeouts.delete(id);
        if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    if (tracking) {
      liveTimeouts.set(id, `${ms ?? 0} ms ${where}`);
      created.timeouts += 1;
    }
    return id;
  };
  w.clearTimeout = (id?: number) => {
    if (id !== undefined) liveTimeouts.delete(id);
    native.clearTimeout(id);
  };
  w.setInterval = (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = native.setInterval(handler, ms, ...args);
    if (tracking) {
      liveIntervals.set(id, `${ms ?? 0} ms ${origin()}`);
      created.intervals += 1;
    }
    return id;
  };
  w.clearInterval = (id?: number) => {
    if (id !== undefined) liveIntervals.delete(id);
    native.clearInterval(id);
  };
  return () => Object.assign(w, native);
}

const wait = (ms: number) => new Promise<void>((resolve) => native.setTimeout(resolve, ms));
const sr = (el: Element | null | undefined) => el?.shadowRoot ?? null;

async function until(probe: () => unknown, timeout = 5000): Promise<boolean> {
  const end = performance.now() + timeout;
  while (performance.now() < end) {
    if (probe()) return true;
    await wait(10);
  }
  return false;
}

async function heap(): Promise<number> {
  // The test runner's own socket timers are not the elements'.
  const was = tracking;
  tracking = false;
  try {
    const { usedSize } = (await executeServerCommand('chaos-heap')) as { usedSize: number };
    return usedSize;
  } finally {
    tracking = was;
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

interface Subject {
  tag: string;
  /** Creates the element (and what it needs around it), not yet attached. */
  create: (adapter: MemoryAdapter) => HTMLElement;
  /** After attaching: starts what the element does on its own (menus, dialogs). */
  start?: (el: HTMLElement) => Promise<void> | void;
  /** What the element renders once ready. */
  ready: (el: HTMLElement) => unknown;
}

function element<T extends HTMLElement>(tag: string, props: Partial<T> & Record<string, unknown>): T {
  const el = document.createElement(tag) as T;
  Object.assign(el, props);
  el.style.display = 'block';
  el.style.blockSize = '500px';
  el.style.inlineSize = '800px';
  return el;
}

let menuMessage: Message | undefined;

const SUBJECTS: Subject[] = [
  {
    tag: 'ol-provider',
    create: (adapter) => {
      const provider = element('ol-provider', { adapter });
      provider.append(element('ol-chat-list', {}), element('ol-chat-panel', { chatId: 'c3' }));
      return provider;
    },
    ready: (el) => sr(el.querySelector('ol-chat-list'))?.querySelector('[role="option"]') && sr(el.querySelector('ol-chat-panel'))?.querySelector('ol-timeline'),
  },
  {
    tag: 'ol-chat-list',
    create: (adapter) => element('ol-chat-list', { adapter, groupWaiting: true }),
    ready: (el) => sr(el)?.querySelector('[role="option"]'),
  },
  {
    tag: 'ol-chat-list view=contact-center',
    create: (adapter) => element('ol-chat-list', { adapter, view: 'contact-center' }),
    ready: (el) => sr(sr(el)?.querySelector('ol-contact-center'))?.querySelector('[role="grid"], table, [role="row"]'),
  },
  {
    tag: 'ol-chat-panel',
    create: (adapter) => element('ol-chat-panel', { adapter, chatId: 'c3' }),
    ready: (el) => sr(sr(el)?.querySelector('ol-timeline'))?.querySelector('article') && sr(el)?.querySelector('ol-composer'),
  },
  {
    tag: 'ol-timeline',
    create: (adapter) => element('ol-timeline', { adapter, chatId: 'c3' }),
    ready: (el) => sr(el)?.querySelector('article'),
  },
  {
    tag: 'ol-composer',
    create: (adapter) => element('ol-composer', { adapter, chatId: 'c3' }),
    start: async (el) => {
      // Open the emoji popup (a lazy chunk with its own listeners) before removal.
      sr(el)?.querySelector<HTMLButtonElement>('button[data-tool="smile"]')?.click();
    },
    ready: (el) => sr(el)?.querySelector('textarea') && sr(el)?.querySelector('ol-emoji-picker'),
  },
  {
    tag: 'ol-message-menu',
    create: (adapter) => {
      const wrap = element('div', {});
      const anchor = document.createElement('button');
      anchor.textContent = 'Actions';
      const menu = element<OlMessageMenuElement>('ol-message-menu', { adapter });
      menu.message = menuMessage;
      wrap.append(anchor, menu);
      return wrap;
    },
    start: async (wrap) => {
      const menu = wrap.querySelector<OlMessageMenuElement>('ol-message-menu')!;
      const chat = await storeFor((menu as unknown as { adapter: MemoryAdapter }).adapter).loadChat('c3');
      menu.chat = chat;
      await menu.show(wrap.querySelector('button')!);
    },
    ready: (wrap) => sr(wrap.querySelector('ol-message-menu'))?.querySelector('[role^="menuitem"]'),
  },
  {
    tag: 'ol-canned-picker',
    create: (adapter) => {
      const wrap = element('div', {});
      const target = document.createElement('textarea');
      wrap.append(target, element('ol-canned-picker', { adapter, target }));
      return wrap;
    },
    ready: (wrap) => sr(wrap.querySelector('ol-canned-picker'))?.querySelector('[role="option"]'),
  },
  {
    tag: 'ol-canned-save-form',
    create: (adapter) => element('ol-canned-save-form', { adapter, text: 'Thanks, {client.name}!' }),
    ready: (el) => sr(el)?.querySelector('input'),
  },
  {
    tag: 'ol-message-editor',
    create: (adapter) => element('ol-message-editor', { adapter, message: menuMessage }),
    ready: (el) => sr(el)?.querySelector('textarea'),
  },
  ...(['transfer', 'invite', 'history', 'crm'] as const).map(
    (kind): Subject => ({
      tag: `ol-${kind}-dialog`,
      create: (adapter) => element(`ol-${kind}-dialog`, { adapter, chatId: 'c3', open: true }),
      ready: (el) => sr(el)?.querySelector('dialog[open]'),
    }),
  ),
];

describe('hardening: no leaks', function () {
  this.timeout(600_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  let restoreTimers: () => void;
  before(() => {
    restoreTimers = trackTimers();
  });
  after(() => restoreTimers());

  it(`mounting and removing each public element ${ROUNDS} times leaves no listener, timer or heap behind`, async () => {
    const adapter = MemoryAdapter.demo('en', { realtime: { intervalMs: 50 } });
    const messages = await adapter.listMessages('c3', { limit: 50 });
    menuMessage = messages.items.find((m) => m.authorKind === 'operator' && m.authorId === 'u1') ?? messages.items.at(-1);
    const translationBaseline = translationListenerCount();
    const stage = document.createElement('div');
    document.body.append(stage);

    async function cycle(subject: Subject, check: boolean): Promise<void> {
      const el = subject.create(adapter);
      stage.append(el);
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      await subject.start?.(el);
      if (check) {
        expect(await until(() => subject.ready(el), 8000), `${subject.tag} rendered`).to.equal(true);
      } else {
        await wait(0);
      }
      el.remove();
    }

    // Warm-up: lazy chunks, caches, compiled code and the store's data settle before measuring.
    for (const subject of SUBJECTS) for (let i = 0; i < 20; i += 1) await cycle(subject, i === 0);
    await wait(100);
    expect(adapter.listenerCount, 'realtime listeners after the warm-up').to.equal(0);
    const store = storeFor(adapter);
    const dataBefore = adapter.snapshot();
    const before = await heap();

    tracking = true;
    const figures: string[] = [];
    let last = before;
    for (const subject of SUBJECTS) {
      let listening = 0;
      let storeListeners = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        const el = subject.create(adapter);
        stage.append(el);
        await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
        await subject.start?.(el);
        if (round === 0) {
          expect(await until(() => subject.ready(el), 8000), `${subject.tag} rendered`).to.equal(true);
        } else {
          await wait(0);
        }
        listening = Math.max(listening, adapter.listenerCount);
        storeListeners = Math.max(storeListeners, store.listenerCount);
        el.remove();
      }
      await wait(20);
      expect(adapter.listenerCount, `realtime listeners left by ${subject.tag}`).to.equal(0);
      expect(store.listenerCount, `store listeners left by ${subject.tag}`).to.equal(0);
      expect(translationListenerCount(), `translation listeners left by ${subject.tag}`).to.equal(translationBaseline);
      expect([...liveIntervals.values()], `intervals left by ${subject.tag}`).to.deep.equal([]);
      expect(listening, `${subject.tag} listened to the adapter while mounted`).to.equal(1);
      const now = await heap();
      figures.push(
        `${subject.tag}: ${listening} realtime listener, up to ${storeListeners} store listeners while mounted; ` +
          `heap ${now >= last ? '+' : ''}${((now - last) / 1024).toFixed(0)} kB over ${ROUNDS} mounts`,
      );
      last = now;
    }
    tracking = false;
    // Timeouts that were due soon have fired; none may stay pending.
    await until(() => liveTimeouts.size === 0, 3000);
    expect([...liveTimeouts.values()], 'timeouts still pending').to.deep.equal([]);
    expect(adapter.realtimeRunning, 'the realtime simulation stopped with the last listener').to.equal(false);

    const after = await heap();
    stage.remove();
    const dataAfter = adapter.snapshot();
    // The tracking really saw the elements' timers.
    expect(created.intervals, 'intervals seen').to.be.greaterThan(0);
    expect(created.timeouts, 'timeouts seen').to.be.greaterThan(0);
    console.log(
      `[leaks] ${SUBJECTS.length} elements × ${ROUNDS} mounts: heap after GC ${mb(before)} before, ${mb(after)} after ` +
        `(${after >= before ? '+' : ''}${mb(after - before)}); translation listeners ${translationListenerCount()} (baseline ${translationBaseline}); ` +
        `adapter listeners ${adapter.listenerCount}; ${created.timeouts} timeouts and ${created.intervals} intervals started and all ended; ` +
        `meanwhile the realtime simulation added ${dataAfter.messages.length - dataBefore.messages.length} messages and ` +
        `${dataAfter.chats.length - dataBefore.chats.length} chats to the adapter\n  ${figures.join('\n  ')}`,
    );
    // A leak of one element per mount would be tens of megabytes; a generous bound.
    expect(after - before, 'heap growth').to.be.below(8 * 1024 * 1024);
  });
});
