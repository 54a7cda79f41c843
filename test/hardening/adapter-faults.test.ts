import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import '../../src/components/chat-list/ol-chat-list.js';
import type { OlChatListElement } from '../../src/components/chat-list/ol-chat-list.js';
import type { OlChatPanelElement } from '../../src/components/chat-panel/ol-chat-panel.js';
import '../../src/components/composer/ol-composer.js';
import type { OlComposerElement } from '../../src/components/composer/ol-composer.js';
import '../../src/components/message-menu/ol-message-menu.js';
import type { OlMessageMenuElement } from '../../src/components/message-menu/ol-message-menu.js';
import '../../src/components/provider/ol-provider.js';
import type { OlProviderElement } from '../../src/components/provider/ol-provider.js';
import * as actions from '../../src/core/actions.js';
import type { OlAdapter } from '../../src/core/adapter.js';
import { OlAdapterError } from '../../src/core/adapter.js';
import type { Message } from '../../src/core/model.js';
import { storeFor } from '../../src/core/store.js';
import type { OlStore } from '../../src/core/store.js';
import type { OlErrorEvent } from '../../src/events/error-event.js';
import {
  actionButton,
  clickMenuItem,
  dialogOf,
  headerOf,
  headerRoot,
  ignoreResizeObserverLoops,
  panelOn,
} from '../components/chat-panel/helpers.js';

/**
 * Suite 3, adapter faults. Every adapter-backed action, driven from the
 * element where a person takes it, against an adapter that (a) rejects,
 * (b) throws synchronously, (c) never answers (the store's timeout, set per
 * element or per store). Each time: the error shows with `role="alert"`
 * inside that element, optimistic state is rolled back, what the person
 * typed or attached stays, `ol-error` carries the action and the code, no
 * rejection goes unhandled, and the alert's Retry carries the action out
 * once the adapter works again. Plus a conflict (someone else took the
 * chat first).
 */

/** How long an adapter call may take in these tests before it fails with TIMEOUT. */
const TIMEOUT_MS = 150;

type Fault = 'reject' | 'throw' | 'hang';
const FAULTS: readonly Fault[] = ['reject', 'throw', 'hang'];
const CODE: Record<Fault, string> = { reject: 'BACKEND_DOWN', throw: 'SYNC_THROW', hang: 'TIMEOUT' };

/**
 * Every method of `OlAdapter`, by what it is. The `Record` makes a new
 * method a compile error here until it is classified; an `action` needs a
 * row in ROWS below (checked at run time).
 */
const ADAPTER_METHODS: Record<keyof OlAdapter, 'action' | 'read' | 'silent' | 'realtime'> = {
  listChats: 'read',
  getChat: 'read',
  listMessages: 'read',
  listOperators: 'read',
  listQueues: 'read',
  currentOperator: 'read',
  searchHistory: 'action',
  listCanned: 'read',
  searchMentions: 'read',
  searchGifs: 'read',
  listCommands: 'read',
  listSalesItems: 'read',
  getStatistics: 'read',
  uploadLimits: 'read',
  renameChat: 'action',
  markSpam: 'action',
  answer: 'action',
  skip: 'action',
  transfer: 'action',
  intercept: 'action',
  invite: 'action',
  finish: 'action',
  setPinned: 'action',
  setSilent: 'action',
  startSession: 'action',
  sendMessage: 'action',
  uploadFile: 'action',
  sendSalesItem: 'action',
  editMessage: 'action',
  deleteMessage: 'action',
  markUnread: 'action',
  // No event, no alert: opening a chat marks it read; a failure quietly restores the counter (tested below).
  markRead: 'silent',
  createTask: 'action',
  createChatFromMessage: 'action',
  createPostFromMessage: 'action',
  saveCanned: 'action',
  subscribe: 'realtime',
};
type ActionMethod = keyof OlAdapter;

/** What one row sets up: where the person acts, and how to tell the outcome. */
interface Scene {
  /** The element the action is taken in: its error must show inside it. */
  host: Element;
  /** Takes the action as a person would (clicks, typing). */
  act(): Promise<void>;
  /** The state an optimistic change touches; equal before and after a failure. */
  state(): unknown;
  /** What the person typed, chose or attached; unchanged by a failure. */
  input?(): unknown;
  /** Whether the action was carried out (after Retry). */
  done(): boolean | Promise<boolean>;
}

interface Row {
  /** Seed row(s) and where. */
  id: string;
  method: ActionMethod;
  /** The functions of actions.ts this row goes through. */
  via: Array<keyof typeof actions>;
  /** `ol-error`'s `action`: the intent event. */
  event: string;
  /** Options of the row's MemoryAdapter. */
  adapterOptions?: MemoryAdapterOptions;
  scene(adapter: MemoryAdapter): Promise<Scene>;
}

// ----------------------------------------------------------------- helpers

/** Every element matching `selector` under `root`, through shadow roots. */
function deepAll(root: ParentNode, selector: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
  return found;
}
const visible = (el: Element) => el.getClientRects().length > 0;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const alertsIn = (host: Element) => deepAll(host.shadowRoot ?? host, '[role="alert"]').filter((a) => text(a) !== '' && visible(a));

function setValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Makes `method` fail the way `fault` says (an own property shadows the prototype's). */
function breakMethod(adapter: MemoryAdapter, method: keyof OlAdapter, fault: Fault): void {
  const failing = {
    reject: () => Promise.reject(new OlAdapterError('The backend is down', CODE.reject)),
    throw: () => {
      throw new OlAdapterError('Thrown before any promise', CODE.throw);
    },
    hang: () => new Promise(() => {}),
  }[fault];
  Object.defineProperty(adapter, method, { value: failing, configurable: true, writable: true });
}
function mend(adapter: MemoryAdapter, method: keyof OlAdapter): void {
  delete (adapter as unknown as Record<string, unknown>)[method];
}

/** A panel on a demo chat whose adapter calls time out after TIMEOUT_MS (set by its `timeout-ms`). */
async function panelScene(adapter: MemoryAdapter, chatId: string): Promise<OlChatPanelElement> {
  const panel = await panelOn(chatId, adapter, { undoMs: 0 });
  panel.setAttribute('timeout-ms', String(TIMEOUT_MS));
  await panel.updateComplete;
  expect(storeFor(adapter).timeoutMs).to.equal(TIMEOUT_MS);
  return panel;
}
const chatOf = (adapter: MemoryAdapter, id: string) => storeFor(adapter).getChat(id)!;

async function confirmDestructive(panel: OlChatPanelElement): Promise<void> {
  const header = headerOf(panel)!;
  await waitUntil(() => headerRoot(panel).querySelector('dialog.confirm[open]'), 'no confirmation');
  const buttons = headerRoot(panel).querySelectorAll<HTMLButtonElement>('dialog.confirm .confirm-actions button');
  buttons[buttons.length - 1]!.click();
  await header.updateComplete;
}

/** A standalone composer (drafts off: nothing shared with other test pages through localStorage). */
async function composerScene(adapter: MemoryAdapter, chatId = 'c3'): Promise<OlComposerElement> {
  storeFor(adapter, { timeoutMs: TIMEOUT_MS });
  const el = await fixture<OlComposerElement>(html`<ol-composer drafts="off" chat-id=${chatId} .adapter=${adapter}></ol-composer>`);
  const store = storeFor(adapter);
  await waitUntil(() => store.getChat(chatId) && store.me, 'composer data');
  await el.updateComplete;
  return el;
}
const field = (el: OlComposerElement) => el.shadowRoot!.querySelector('textarea')!;

/** A message menu on a message of c3 (standalone, the store's timeout set per store). */
async function menuScene(adapter: MemoryAdapter, pick: (messages: readonly Message[]) => Message | undefined) {
  const store = storeFor(adapter, { timeoutMs: TIMEOUT_MS });
  await store.loadDirectory();
  await store.loadChats();
  await store.loadMessages('c3');
  const message = pick(store.messages('c3'));
  if (!message) throw new Error('no message to act on');
  const root = await fixture<HTMLElement>(html`<div style="padding: 40px">
    <button id="more">More</button>
    <ol-message-menu .adapter=${adapter} .message=${message}></ol-message-menu>
  </div>`);
  const menu = root.querySelector<OlMessageMenuElement>('ol-message-menu')!;
  const opener = root.querySelector<HTMLButtonElement>('#more')!;
  opener.focus();
  await menu.show(opener);
  await menu.updateComplete;
  return { menu, message, store };
}
const menuItem = (menu: OlMessageMenuElement, action: string) => menu.shadowRoot!.querySelector<HTMLElement>(`[data-action="${action}"]`);
/** Chooses a menu item, reopening the menu if it closed (Retry after a result view is from the alert, not here). */
async function choose(menu: OlMessageMenuElement, action: string): Promise<void> {
  await waitUntil(() => menuItem(menu, action), `no menu item ${action}`);
  menuItem(menu, action)!.click();
  await menu.updateComplete;
}
const own = (messages: readonly Message[]) => [...messages].reverse().find((m) => m.authorKind === 'operator' && m.authorId === 'u1' && !m.deleted);
const fromClient = (messages: readonly Message[]) => messages.find((m) => m.authorKind === 'client');
const shares = (adapter: MemoryAdapter, kind: string) => adapter.shares.filter((s) => s.kind === kind).length;

// -------------------------------------------------------------------- rows

const ROWS: Row[] = [
  {
    id: 'N1 rename, header',
    method: 'renameChat',
    via: ['renameChat'],
    event: 'ol-chat-rename',
    async scene(adapter) {
      const panel = await panelScene(adapter, 'c3');
      const header = headerOf(panel)!;
      const input = () => headerRoot(panel).querySelector<HTMLInputElement>('.rename-input');
      return {
        host: header,
        async act() {
          headerRoot(panel).querySelector<HTMLButtonElement>('.rename-button')!.click();
          await waitUntil(input, 'no rename field');
          setValue(input()!, 'Renamed in the test');
          input()!.form!.requestSubmit();
        },
        state: () => chatOf(adapter, 'c3').title,
        input: () => input()?.value,
        done: () => chatOf(adapter, 'c3').title === 'Renamed in the test',
      };
    },
  },
  {
    id: 'L3 rename, chat list',
    method: 'renameChat',
    via: ['renameChat'],
    event: 'ol-chat-rename',
    async scene(adapter) {
      const list = await fixture<OlChatListElement>(
        html`<ol-chat-list style="block-size: 600px; inline-size: 360px" timeout-ms=${TIMEOUT_MS} .adapter=${adapter}></ol-chat-list>`,
      );
      const row = () => list.shadowRoot!.querySelector<HTMLElement>('[part~="row"][data-chat-id="c3"]');
      await waitUntil(row, 'the list did not load', { timeout: 4000 });
      expect(storeFor(adapter).timeoutMs).to.equal(TIMEOUT_MS);
      const input = () => list.shadowRoot!.querySelector<HTMLInputElement>('.rename input');
      return {
        host: list,
        async act() {
          const box = row()!.getBoundingClientRect();
          await sendMouse({ type: 'click', button: 'right', position: [Math.round(box.left + 40), Math.round(box.top + box.height / 2)] });
          const renameItem = () => deepAll(list.shadowRoot!, '[role="menuitem"]').find((i) => text(i) === 'Rename');
          await waitUntil(renameItem, 'no Rename in the context menu');
          renameItem()!.click();
          await waitUntil(input, 'no rename field');
          setValue(input()!, 'Renamed from the list');
          input()!.form!.requestSubmit();
        },
        state: () => chatOf(adapter, 'c3').title,
        input: () => input()?.value,
        done: () => chatOf(adapter, 'c3').title === 'Renamed from the list',
      };
    },
  },
  {
    id: 'N2 spam, header (confirmation)',
    method: 'markSpam',
    via: ['markSpam'],
    event: 'ol-chat-spam',
    async scene(adapter) {
      const panel = await panelScene(adapter, 'c1');
      return {
        host: headerOf(panel)!,
        async act() {
          actionButton(panel, 'spam')!.click();
          await confirmDestructive(panel);
        },
        state: () => ({ state: chatOf(adapter, 'c1').state, pinned: chatOf(adapter, 'c1').pinned }),
        done: () => chatOf(adapter, 'c1').state === 'spam',
      };
    },
  },
  {
    id: 'N3 answer, header',
    method: 'answer',
    via: ['answerChat'],
    event: 'ol-chat-answer',
    async scene(adapter) {
      const panel = await panelScene(adapter, 'c1');
      return {
        host: headerOf(panel)!,
        act: async () => actionButton(panel, 'answer')!.click(),
        state: () => ({ state: chatOf(adapter, 'c1').state, operatorId: chatOf(adapter, 'c1').operatorId }),
        done: () => chatOf(adapter, 'c1').state === 'answered',
      };
    },
  },
  {
    id: 'N4 skip, header',
    method: 'skip',
    via: ['skipChat'],
    event: 'ol-chat-skip',
    async scene(adapter) {
      const panel = await panelScene(adapter, 'c1');
      const store = storeFor(adapter);
      return {
        host: headerOf(panel)!,
        act: async () => actionButton(panel, 'skip')!.click(),
        state: () => ({ skipped: store.skipped.has('c1'), operatorId: chatOf(adapter, 'c1').operatorId }),
        done: async () => store.skipped.has('c1') && (await adapter.listChats({ filter: { mine: true } })).items.every((c) => c.id !== 'c1'),
      };
    },
  },
  {
    id: 'N5/A2 transfer, transfer dialog',
    method: 'transfer',
    via: ['transferChat'],
    event: 'ol-chat-transfer',
    async scene(adapter) {
      const panel = await panelScene(adapter, 'c3');
      const store = storeFor(adapter);
      const target = store.operators.find((o) => o.id === 'u2')!;
      let dialog: HTMLElement | undefined;
      const search = () => dialog!.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      return {
        get host() {
          return dialog ?? headerOf(panel)!;
        },
        async act() {
          if (!dialog) {
            actionButton(panel, 'transfer')!.click();
            dialog = await dialogOf(panel, 'ol-transfer-dialog');
            setValue(search(), target.name.slice(0, 4));
            await waitUntil(() => dialog!.shadowRoot!.querySelector('[role="option"][data-kind="operator"]'), 'no operator');
          }
          const option = [...dialog.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"][data-kind="operator"]')].find((o) =>
            text(o).includes(target.name),
          )!;
          option.click();
        },
        state: () => ({ operatorId: chatOf(adapter, 'c3').operatorId, queueId: chatOf(adapter, 'c3').queueId }),
        input: () => search().value,
        done: () => chatOf(adapter, 'c3').operatorId === 'u2',
      };
    },
  },
  {
    id: 'N8 intercept, owner notice',
    method: 'intercept',
    via: ['interceptChat'],
    event: 'ol-chat-intercept',
    async scene(adapter) {
      const panel = await panelScene(adapter, 'c6');
      return {
        host: headerOf(panel)!,
        act: async () => headerRoot(panel).querySelector<HTMLButtonElement>('.notice .button.primary')!.click(),
        state: () => chatOf(adapter, 'c6').operatorId,
        done: () => chatOf(adapter, 'c6').operatorId === 'u1',
      };
    },
  },
  {
    id: 'A1 invite, invite dialog',
    method: 'invite',
    via: ['inviteUsers'],
    event: 'ol-chat-invite',
    async scene(adapter) {
      const panel = await panelScene(adapter, 'c3');
      let dialog: HTMLElement | undefined;
      const boxes = () => [...dialog!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      return {
        get host() {
          return dialog ?? headerOf(panel)!;
        },
        async act() {
          actionButton(panel, 'invite')!.click();
          dialog = await dialogOf(panel, 'ol-invite-dialog');
          await waitUntil(() => boxes().length > 0, 'no colleague to invite');
          boxes()[0]!.click();
          await (dialog as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          dialog.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
        },
        state: () => adapter.invitedUsers('c3'),
        input: () => boxes().map((b) => b.checked),
        done: () => adapter.invitedUsers('c3').length === 1,
      };
    },
  },
  {
    id: 'A3 finish, header (confirmation)',
    method: 'finish',
    via: ['finishChat'],
    event: 'ol-chat-finish',
    async scene(adapter) {
      const panel = await panelScene(adapter, 'c3');
      return {
        host: headerOf(panel)!,
        async act() {
          actionButton(panel, 'finish')!.click();
          await confirmDestructive(panel);
        },
        state: () => ({ state: chatOf(adapter, 'c3').state, pinned: chatOf(adapter, 'c3').pinned }),
        done: () => chatOf(adapter, 'c3').state === 'closed',
      };
    },
  },
  {
    id: 'A13 lock as mine, header menu',
    method: 'setPinned',
    via: ['setPinned'],
    event: 'ol-chat-pin',
    async scene(adapter) {
      const panel = await panelScene(adapter, 'c3');
      return {
        host: headerOf(panel)!,
        act: () => clickMenuItem(panel, 'pin'),
        state: () => chatOf(adapter, 'c3').pinned,
        done: () => chatOf(adapter, 'c3').pinned,
      };
    },
  },
  {
    id: 'K3 start a new conversation, read-only notice',
    method: 'startSession',
    via: ['startSession'],
    event: 'ol-session-start',
    async scene(adapter) {
      const panel = await panelScene(adapter, 'c9');
      const before = chatOf(adapter, 'c9').sessionId;
      return {
        host: headerOf(panel)!,
        act: async () => headerRoot(panel).querySelector<HTMLButtonElement>('.notice .button.primary')!.click(),
        state: () => ({ state: chatOf(adapter, 'c9').state, sessionId: chatOf(adapter, 'c9').sessionId }),
        done: () => chatOf(adapter, 'c9').sessionId !== before && chatOf(adapter, 'c9').state === 'answered',
      };
    },
  },
  {
    id: 'A15 history search, history dialog',
    method: 'searchHistory',
    via: ['searchHistory'],
    event: 'ol-chat-history',
    async scene(adapter) {
      const panel = await panelScene(adapter, 'c3');
      await clickMenuItem(panel, 'history');
      const dialog = await dialogOf<HTMLElement>(panel, 'ol-history-dialog');
      const keyword = () => dialog.shadowRoot!.querySelector<HTMLInputElement>('input[name="query"]')!;
      await waitUntil(() => dialog.shadowRoot!.querySelector('[aria-busy="false"], .results, ol-history-results, li'), 'history loaded');
      return {
        host: dialog,
        async act() {
          setValue(keyword(), 'order');
          keyword().form!.requestSubmit();
        },
        state: () => null,
        input: () => keyword().value,
        done: () => !alertsIn(dialog).length && !dialog.shadowRoot!.querySelector('[aria-busy="true"]'),
      };
    },
  },
  {
    id: 'A8 silent mode, composer',
    method: 'setSilent',
    via: ['setSilent'],
    event: 'ol-silent-change',
    async scene(adapter) {
      const el = await composerScene(adapter);
      setValue(field(el), 'Draft kept while silent mode fails');
      return {
        host: el,
        act: async () => el.shadowRoot!.querySelector<HTMLButtonElement>('.silent-toggle')!.click(),
        state: () => chatOf(adapter, 'c3').silent,
        input: () => field(el).value,
        done: () => chatOf(adapter, 'c3').silent,
      };
    },
  },
  {
    id: 'A12 send, composer (the failed message stays with its text)',
    method: 'sendMessage',
    via: ['sendMessage', 'retryMessage'],
    event: 'ol-message-send',
    async scene(adapter) {
      const el = await composerScene(adapter);
      const store = storeFor(adapter);
      const typed = 'A reply the backend refuses at first';
      const nonLocal = () => store.messages('c3').filter((m) => !m.id.startsWith('local:')).map((m) => m.id);
      return {
        host: el,
        async act() {
          setValue(field(el), typed);
          await el.updateComplete;
          el.shadowRoot!.querySelector<HTMLButtonElement>('.send')!.click();
        },
        state: () => nonLocal(),
        // Sending clears the field at once; the text lives on in the failed message, sent again by Retry.
        input: () => store.messages('c3').find((m) => m.delivery === 'failed')?.text ?? field(el).value,
        done: async () => (await adapter.listMessages('c3', { limit: 5 })).items.some((m) => m.text === typed),
      };
    },
  },
  {
    id: 'A4 upload, composer',
    method: 'uploadFile',
    via: ['uploadFile'],
    event: 'ol-file-upload',
    // Slower than the timeout in all (6 × 60 ms), but each progress report keeps it alive.
    adapterOptions: { upload: { steps: 6, stepMs: 60 } },
    async scene(adapter) {
      const el = await composerScene(adapter);
      setValue(field(el), 'Here is the file');
      const rows = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-status]')];
      return {
        host: el,
        act: async () => el.addFiles([new File(['hello'], 'notes.txt', { type: 'text/plain' })]),
        state: () => null,
        input: () => ({ text: field(el).value, files: rows().map((r) => text(r.querySelector('.upload-name'))) }),
        done: () => rows()[0]?.dataset.status === 'done',
      };
    },
  },
  {
    id: 'A10 send a sales item, composer',
    method: 'sendSalesItem',
    via: [],
    event: 'ol-sales-send',
    async scene(adapter) {
      const el = await composerScene(adapter);
      setValue(field(el), 'Draft kept while the link fails');
      const store = storeFor(adapter);
      const count = () => store.messages('c3').length;
      await store.loadMessages('c3');
      const before = count();
      return {
        host: el,
        async act() {
          const picker = () => el.shadowRoot!.querySelector('ol-sales-picker');
          if (!picker()) {
            el.shadowRoot!.querySelector<HTMLButtonElement>('[data-tool="cart"]')!.click();
            await waitUntil(() => picker()?.shadowRoot?.querySelector('.item'), 'no sales item');
          }
          picker()!.shadowRoot!.querySelector<HTMLElement>('.item')!.click();
        },
        state: () => null,
        input: () => field(el).value,
        done: () => count() > before,
      };
    },
  },
  {
    id: 'M9 edit, message menu editor',
    method: 'editMessage',
    via: ['editMessage'],
    event: 'ol-message-edit',
    async scene(adapter) {
      const { menu, message, store } = await menuScene(adapter, own);
      const editor = () => menu.shadowRoot!.querySelector('ol-message-editor');
      const area = () => editor()!.shadowRoot!.querySelector('textarea')!;
      return {
        host: menu,
        async act() {
          await choose(menu, 'edit');
          await waitUntil(() => editor()?.shadowRoot?.querySelector('textarea'), 'no editor');
          setValue(area(), 'Edited text');
          editor()!.shadowRoot!.querySelector<HTMLButtonElement>('.button.primary')!.click();
        },
        state: () => store.messages('c3').find((m) => m.id === message.id)?.text,
        input: () => area().value,
        done: () => store.messages('c3').find((m) => m.id === message.id)?.text === 'Edited text',
      };
    },
  },
  {
    id: 'M10 delete, message menu',
    method: 'deleteMessage',
    via: ['deleteMessage'],
    event: 'ol-message-delete',
    async scene(adapter) {
      const { menu, message, store } = await menuScene(adapter, own);
      return {
        host: menu,
        async act() {
          await choose(menu, 'delete');
          await waitUntil(() => menu.shadowRoot!.querySelector('.confirm-delete'), 'no confirmation');
          menu.shadowRoot!.querySelector<HTMLButtonElement>('.confirm-delete')!.click();
        },
        state: () => store.messages('c3').find((m) => m.id === message.id)?.deleted ?? false,
        done: () => store.messages('c3').find((m) => m.id === message.id)?.deleted === true,
      };
    },
  },
  {
    id: 'M2 mark unread, message menu',
    method: 'markUnread',
    via: ['markUnread'],
    event: 'ol-message-unread',
    async scene(adapter) {
      const { menu } = await menuScene(adapter, fromClient);
      const store = storeFor(adapter);
      store.patchChat('c3', { unreadCount: 0 });
      return {
        host: menu,
        act: () => choose(menu, 'unread'),
        state: () => chatOf(adapter, 'c3').unreadCount,
        done: async () => (await adapter.getChat('c3')).unreadCount > 0,
      };
    },
  },
  ...(['task', 'chat', 'post'] as const).map(
    (kind): Row => ({
      id: `${{ task: 'M4 task', chat: 'M5 chat', post: 'M6 post' }[kind]}, message menu`,
      method: ({ task: 'createTask', chat: 'createChatFromMessage', post: 'createPostFromMessage' } as const)[kind],
      via: ['shareMessage'],
      event: `ol-message-${kind}`,
      async scene(adapter) {
        const { menu } = await menuScene(adapter, fromClient);
        return {
          host: menu,
          act: () => choose(menu, kind),
          state: () => shares(adapter, kind),
          done: () => shares(adapter, kind) === 1,
        };
      },
    }),
  ),
  {
    id: 'M7 new conversation from a message, message menu',
    method: 'startSession',
    via: ['startSession'],
    event: 'ol-session-start',
    async scene(adapter) {
      const { menu } = await menuScene(adapter, fromClient);
      const before = chatOf(adapter, 'c3').sessionId;
      return {
        host: menu,
        act: () => choose(menu, 'session'),
        state: () => chatOf(adapter, 'c3').sessionId,
        done: () => chatOf(adapter, 'c3').sessionId !== before,
      };
    },
  },
  {
    id: 'M8 save as canned, save form in the message menu',
    method: 'saveCanned',
    via: ['saveCanned'],
    event: 'ol-canned-save',
    async scene(adapter) {
      const { menu, store } = await menuScene(adapter, fromClient);
      const form = () => menu.shadowRoot!.querySelector('ol-canned-save-form');
      const title = () => form()!.shadowRoot!.querySelector<HTMLInputElement>('#title')!;
      return {
        host: menu,
        async act() {
          await choose(menu, 'canned');
          await waitUntil(() => form()?.shadowRoot?.querySelector('#title'), 'no save form');
          setValue(title(), 'Delivery delays');
          await (form() as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          form()!.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
        },
        state: () => (store.canned ?? []).length,
        input: () => title().value,
        done: async () => (await adapter.listCanned()).some((c) => c.title === 'Delivery delays'),
      };
    },
  },
];

// ------------------------------------------------------------------- tests

describe('hardening 3: adapter faults on every action', () => {
  ignoreResizeObserverLoops();

  let rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => window.removeEventListener('unhandledrejection', onRejection));

  describe('the table covers every action', () => {
    it('has a row for every action method of OlAdapter, and classifies every MemoryAdapter method', () => {
      const actionMethods = Object.entries(ADAPTER_METHODS)
        .filter(([, kind]) => kind === 'action')
        .map(([name]) => name)
        .sort();
      expect([...new Set(ROWS.map((r) => r.method))].sort()).to.deep.equal(actionMethods);
      // Nothing the MemoryAdapter implements of the contract escapes the classification.
      const helpers = /^(constructor|simulate\w*|failNext|setFailure|clearFailures|setLatency|dispose|snapshot|invitedUsers|startRealtime|stopRealtime|call|pickLatency|emit)$/;
      const implemented = Object.getOwnPropertyNames(MemoryAdapter.prototype).filter(
        (name) => typeof Object.getOwnPropertyDescriptor(MemoryAdapter.prototype, name)?.value === 'function' && !helpers.test(name),
      );
      expect(implemented.filter((name) => !(name in ADAPTER_METHODS))).to.deep.equal([]);
    });

    it('goes through every intent function of actions.ts', () => {
      const exercised = new Set<string>([...ROWS.flatMap((r) => r.via), 'markRead']);
      const exported = Object.entries(actions)
        .filter(([, value]) => typeof value === 'function')
        .map(([name]) => name);
      expect(exported.filter((name) => !exercised.has(name))).to.deep.equal([]);
    });
  });

  for (const row of ROWS) {
    describe(`${row.id} (${row.method})`, () => {
      for (const fault of FAULTS) {
        it(`${fault === 'reject' ? 'rejects' : fault === 'throw' ? 'throws synchronously' : `never answers (timeout ${TIMEOUT_MS} ms)`}: alert here, rolled back, input kept, ol-error, Retry works`, async () => {
          const adapter = MemoryAdapter.demo('en', row.adapterOptions);
          const scene = await row.scene(adapter);
          const errors: OlErrorEvent[] = [];
          const onError = (e: OlErrorEvent) => errors.push(e);
          document.addEventListener('ol-error', onError);
          try {
            const stateBefore = JSON.stringify(scene.state());
            breakMethod(adapter, row.method, fault);
            await scene.act();
            await waitUntil(() => errors.length > 0, 'no ol-error', { timeout: TIMEOUT_MS + 2000 });
            expect(errors).to.have.length(1);
            expect(errors[0]!.detail.action).to.equal(row.event);
            expect(errors[0]!.detail.error.code).to.equal(CODE[fault]);
            // Shown where the action was taken.
            await waitUntil(() => alertsIn(scene.host).length > 0, `no role="alert" in <${scene.host.localName}>`);
            const alert = alertsIn(scene.host)[0]!;
            expect(text(alert)).to.not.equal('');
            // Rolled back, input kept.
            expect(JSON.stringify(scene.state())).to.equal(stateBefore);
            const typed = scene.input?.();
            if (scene.input) expect(typed, 'what the person typed or attached').to.not.be.oneOf([undefined, '', null]);
            // Usable again, and Retry carries the action out.
            mend(adapter, row.method);
            const retry = deepAll(alert, 'button.retry')[0] ?? alertsIn(scene.host).flatMap((a) => deepAll(a, 'button.retry'))[0];
            expect(retry, 'a Retry button in the alert').to.exist;
            expect(retry!.matches(':disabled')).to.equal(false);
            retry!.click();
            await waitUntil(() => scene.done(), 'Retry did not carry the action out', { timeout: 4000 });
            await waitUntil(() => alertsIn(scene.host).every((a) => !deepAll(a, 'button.retry').length), 'the error stayed after Retry');
            expect(errors, 'Retry raised no new error').to.have.length(1);
            await new Promise((resolve) => setTimeout(resolve, 20));
            expect(rejections, 'unhandled rejections').to.deep.equal([]);
          } finally {
            document.removeEventListener('ol-error', onError);
          }
        });
      }
    });
  }

  describe('conflict: another operator answered first', () => {
    it('says who took the chat, reloads it, and offers no Retry', async () => {
      const adapter = MemoryAdapter.demo('en');
      const panel = await panelScene(adapter, 'c1');
      const store = storeFor(adapter);
      const colleague = store.operators.find((o) => o.id === 'u2')!;
      const getChat = sinonLikeSpy(adapter, 'getChat');
      // The colleague takes it in the backend; our answer then conflicts.
      Object.defineProperty(adapter, 'answer', {
        configurable: true,
        value: async (chatId: string) => {
          adapter.simulateTakenByOther(chatId, colleague.id);
          throw new OlAdapterError('Already answered', 'CONFLICT', { operatorId: colleague.id });
        },
      });
      const error = new Promise<OlErrorEvent>((resolve) => panel.addEventListener('ol-error', resolve, { once: true }));
      actionButton(panel, 'answer')!.click();
      expect((await error).detail.error.code).to.equal('CONFLICT');
      await waitUntil(() => alertsIn(headerOf(panel)!).length > 0, 'no alert');
      const alert = alertsIn(headerOf(panel)!)[0]!;
      expect(text(alert)).to.contain(`${colleague.name} has already taken this conversation`);
      expect(deepAll(alert, 'button.retry')).to.have.length(0);
      await waitUntil(() => getChat.calls > 0, 'the chat was not reloaded');
      await waitUntil(() => chatOf(adapter, 'c1').operatorId === colleague.id, 'the reloaded chat');
      // The header now shows the chat as the colleague's, with Intercept instead of Answer.
      await waitUntil(() => !actionButton(panel, 'answer'), 'Answer is still offered');
      expect(text(headerRoot(panel).querySelector('.notice'))).to.contain(colleague.name);
      expect(rejections).to.deep.equal([]);
    });

    it('with the MemoryAdapter itself: a colleague takes the chat while my Answer is on its way', async () => {
      const adapter = MemoryAdapter.demo('en', { latency: 120 });
      const panel = await panelScene(adapter, 'c1');
      const colleague = storeFor(adapter).operators.find((o) => o.id === 'u2')!;
      const error = new Promise<OlErrorEvent>((resolve) => panel.addEventListener('ol-error', resolve, { once: true }));
      actionButton(panel, 'answer')!.click();
      // Optimistically mine at once…
      await waitUntil(() => chatOf(adapter, 'c1').operatorId === 'u1', 'not optimistic');
      // …but the colleague is faster in the backend.
      adapter.simulateTakenByOther('c1', colleague.id);
      const { detail } = await error;
      expect(detail.action).to.equal('ol-chat-answer');
      expect(detail.error.code).to.equal('CONFLICT');
      expect(detail.error.operatorId).to.equal(colleague.id);
      await waitUntil(() => text(alertsIn(headerOf(panel)!)[0]).includes(`${colleague.name} has already taken this conversation`), 'who took it');
      await waitUntil(() => chatOf(adapter, 'c1').operatorId === colleague.id && chatOf(adapter, 'c1').state === 'answered', 'the true state');
      await waitUntil(() => !actionButton(panel, 'answer'), 'Answer is still offered');
      expect(rejections).to.deep.equal([]);
    });

    it('names the colleague from the reloaded chat when the error does not say who', async () => {
      const adapter = MemoryAdapter.demo('en');
      const panel = await panelScene(adapter, 'c1');
      const colleague = storeFor(adapter).operators.find((o) => o.id === 'u3')!;
      Object.defineProperty(adapter, 'answer', {
        configurable: true,
        value: async (chatId: string) => {
          adapter.simulateTakenByOther(chatId, colleague.id);
          throw new OlAdapterError('Already answered', 'CONFLICT');
        },
      });
      actionButton(panel, 'answer')!.click();
      await waitUntil(() => text(alertsIn(headerOf(panel)!)[0]).includes(`${colleague.name} has already taken`), 'who took it');
    });
  });

  describe('timeout configuration', () => {
    it('is set per element (timeout-ms on the list, the panel, the provider) and per store (storeFor options)', async () => {
      const adapter = MemoryAdapter.demo('en');
      const store: OlStore = storeFor(adapter);
      expect(store.timeoutMs).to.equal(30_000);
      const provider = await fixture<OlProviderElement>(html`<ol-provider timeout-ms="1234" .adapter=${adapter}></ol-provider>`);
      await provider.updateComplete;
      expect(store.timeoutMs).to.equal(1234);
      const panel = await panelOn('c3', adapter);
      panel.timeoutMs = 777;
      await panel.updateComplete;
      expect(store.timeoutMs).to.equal(777);
      storeFor(adapter, { timeoutMs: 55 });
      expect(store.timeoutMs).to.equal(55);
    });
  });

  describe('markRead (no event: nothing to decide)', () => {
    for (const fault of FAULTS) {
      it(`${fault}: opening the chat restores the unread counter quietly, with no unhandled rejection`, async () => {
        const adapter = MemoryAdapter.demo('en');
        storeFor(adapter, { timeoutMs: TIMEOUT_MS });
        breakMethod(adapter, 'markRead', fault);
        const before = (await adapter.getChat('c3')).unreadCount;
        expect(before).to.be.greaterThan(0);
        const panel = await panelOn('c3', adapter);
        await waitUntil(() => chatOf(adapter, 'c3').unreadCount === before, 'not restored', { timeout: TIMEOUT_MS + 2000 });
        await new Promise((resolve) => setTimeout(resolve, fault === 'hang' ? TIMEOUT_MS + 50 : 20));
        expect(chatOf(adapter, 'c3').unreadCount).to.equal(before);
        expect(alertsIn(panel)).to.have.length(0);
        expect(rejections).to.deep.equal([]);
      });
    }
  });
});

/** Counts calls of an adapter method, keeping its behaviour. */
function sinonLikeSpy(adapter: MemoryAdapter, method: 'getChat') {
  const spy = { calls: 0 };
  const original = adapter[method].bind(adapter);
  Object.defineProperty(adapter, method, {
    configurable: true,
    value: (...args: Parameters<typeof original>) => {
      spy.calls += 1;
      return original(...args);
    },
  });
  return spy;
}
