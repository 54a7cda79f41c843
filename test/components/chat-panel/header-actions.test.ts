import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { OlChatPanelElement } from '../../../src/components/chat-panel/ol-chat-panel.js';
import {
  CHATS,
  actionButton,
  actionNames,
  alertText,
  clickMenuItem,
  demoAdapter,
  headerOf,
  headerRoot,
  openMenu,
  panelOn,
  ignoreResizeObserverLoops,
} from './helpers.js';

const stateBadge = (panel: OlChatPanelElement) => headerRoot(panel).querySelector('.badge.state')?.textContent?.trim();

/**
 * One header action that calls the adapter: how to trigger it, its event and
 * detail, the adapter method, and what the person sees once it is done.
 */
interface ActionCase {
  row: string;
  chatId: string;
  event: string;
  method: keyof MemoryAdapter & string;
  detail: (chatId: string) => Record<string, unknown>;
  trigger: (panel: OlChatPanelElement) => Promise<void>;
  /** What the person sees of the change (the same again after a rollback). */
  view: (panel: OlChatPanelElement) => unknown;
  /** What `view` shows once the action is done. */
  done: string;
  error: string;
}

const click = (action: string) => async (panel: OlChatPanelElement) => {
  actionButton(panel, action)!.click();
};

const CASES: ActionCase[] = [
  {
    row: 'N3 answer',
    chatId: CHATS.waiting,
    event: 'ol-chat-answer',
    method: 'answer',
    detail: (chatId) => ({ chatId }),
    trigger: click('answer'),
    view: stateBadge,
    done: 'In progress',
    error: 'Could not answer the chat',
  },
  {
    row: 'N4 skip',
    chatId: CHATS.waitingMine,
    event: 'ol-chat-skip',
    method: 'skip',
    detail: (chatId) => ({ chatId }),
    trigger: click('skip'),
    view: (p) => headerRoot(p).querySelector('.operator')?.textContent,
    done: 'In the queue',
    error: 'Could not skip the chat',
  },
  {
    row: 'N8 intercept (menu)',
    chatId: CHATS.waitingOthers,
    event: 'ol-chat-intercept',
    method: 'intercept',
    detail: (chatId) => ({ chatId }),
    trigger: (p) => clickMenuItem(p, 'intercept'),
    view: (p) => headerRoot(p).querySelector('.operator')?.textContent,
    done: 'Assigned to Alex Morgan',
    error: 'Could not take over the conversation',
  },
  {
    row: 'A13 lock as mine',
    chatId: CHATS.answered,
    event: 'ol-chat-pin',
    method: 'setPinned',
    detail: (chatId) => ({ chatId, pinned: true }),
    trigger: (p) => clickMenuItem(p, 'pin'),
    view: (p) => headerRoot(p).querySelector('.badge.pinned')?.textContent?.trim() ?? 'not pinned',
    done: 'Locked as mine',
    error: 'Could not change the lock',
  },
  {
    row: 'A13 unlock',
    chatId: CHATS.pinned,
    event: 'ol-chat-pin',
    method: 'setPinned',
    detail: (chatId) => ({ chatId, pinned: false }),
    trigger: (p) => clickMenuItem(p, 'pin'),
    view: (p) => headerRoot(p).querySelector('.badge.pinned')?.textContent?.trim() ?? 'not pinned',
    done: 'not pinned',
    error: 'Could not change the lock',
  },
  {
    row: 'K3 start a new conversation',
    chatId: CHATS.closed,
    event: 'ol-session-start',
    method: 'startSession',
    detail: (chatId) => ({ chatId }),
    trigger: async (p) => {
      headerRoot(p).querySelector<HTMLButtonElement>('.notice .button')!.click();
    },
    view: stateBadge,
    done: 'In progress',
    error: 'Could not start a new conversation',
  },
];

describe('<ol-chat-panel> header actions', () => {
  ignoreResizeObserverLoops();

  afterEach(() => sinon.restore());

  for (const c of CASES) {
    describe(c.row, () => {
      it(`fires ${c.event} with its detail, calls the adapter and shows the result`, async () => {
        const adapter = demoAdapter();
        const spy = sinon.spy(adapter, c.method as 'answer');
        const panel = await panelOn(c.chatId, adapter);
        const fired = oneEvent(panel, c.event);
        await c.trigger(panel);
        const event = (await fired) as CustomEvent;
        expect(event.detail).to.deep.equal(c.detail(c.chatId));
        expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
        await waitUntil(() => spy.called, 'the adapter was not called');
        await waitUntil(() => String(c.view(panel)).includes(c.done), `did not show ${c.done}`);
      });

      it('does nothing more when the host calls preventDefault()', async () => {
        const adapter = demoAdapter();
        const spy = sinon.spy(adapter, c.method as 'answer');
        const panel = await panelOn(c.chatId, adapter);
        const before = c.view(panel);
        panel.addEventListener(c.event, (e) => e.preventDefault(), { once: true });
        const fired = oneEvent(panel, c.event);
        await c.trigger(panel);
        await fired;
        await new Promise((r) => setTimeout(r, 30));
        await headerOf(panel)!.updateComplete;
        expect(spy.called).to.equal(false);
        expect(c.view(panel)).to.equal(before);
        expect(alertText(panel)).to.equal(undefined);
      });

      it('rolls back and shows the error (role="alert") when the adapter fails', async () => {
        const adapter = demoAdapter({ latency: 20 });
        adapter.failNext(c.method as 'answer', 'Backend says no');
        const panel = await panelOn(c.chatId, adapter);
        const before = c.view(panel);
        const errored = oneEvent(panel, 'ol-error');
        await c.trigger(panel);
        const error = (await errored) as CustomEvent;
        expect(error.detail.action).to.equal(c.event);
        await waitUntil(() => alertText(panel), 'no alert');
        expect(alertText(panel)).to.contain(c.error).and.to.contain('Backend says no');
        expect(c.view(panel)).to.equal(before);
        // The alert can be dismissed.
        headerRoot(panel).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
        await headerOf(panel)!.updateComplete;
        expect(alertText(panel)).to.equal(undefined);
      });
    });
  }

  describe('N6, A14 CRM records', () => {
    it('lists one menu item per linked record, each firing ol-crm-open with the record (not cancelable)', async () => {
      const adapter = demoAdapter();
      const panel = await panelOn(CHATS.answered, adapter);
      const chat = await adapter.getChat(CHATS.answered);
      const items = (await openMenu(panel)).filter((i) => i.dataset.action === 'crm');
      expect(items.map((i) => i.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
        chat.crm!.map((e) => `${e.type === 'contact' ? 'Show contact' : 'Show deal'}: ${e.title}`),
      );
      const fired = oneEvent(panel, 'ol-crm-open');
      items[1]!.click();
      const event = (await fired) as CustomEvent;
      expect(event.cancelable).to.equal(false);
      expect(event.detail).to.deep.equal({ chatId: CHATS.answered, entity: chat.crm![1] });
    });

    it('has no CRM items when nothing is linked', async () => {
      const panel = await panelOn(CHATS.waiting);
      const items = await openMenu(panel);
      expect(items.map((i) => i.dataset.action)).to.deep.equal(['history']);
    });
  });

  describe('what each state offers', () => {
    it('a waiting chat: Answer (primary), Skip, Transfer, Mark as spam, Rename; ⋯ CRM and history', async () => {
      const panel = await panelOn(CHATS.waitingMine);
      expect(actionNames(panel)).to.deep.equal(['answer', 'skip', 'transfer', 'spam']);
      expect(actionButton(panel, 'answer')!.classList.contains('primary')).to.equal(true);
      expect(headerRoot(panel).querySelector('.rename-button')).to.exist;
      expect((await openMenu(panel)).map((i) => i.dataset.action)).to.deep.equal(['crm', 'crm-dialog', 'history']);
    });

    it('an answered chat: Invite, Transfer, Finish; ⋯ lock as mine (checkbox), CRM, history, spam with its consequence', async () => {
      const panel = await panelOn(CHATS.answered);
      expect(actionNames(panel)).to.deep.equal(['invite', 'transfer', 'finish']);
      const items = await openMenu(panel);
      expect(items.map((i) => i.dataset.action)).to.deep.equal(['pin', 'crm', 'crm', 'crm-dialog', 'history', 'spam']);
      const pin = items[0]!;
      expect(pin.getAttribute('role')).to.equal('menuitemcheckbox');
      expect(pin.getAttribute('aria-checked')).to.equal('false');
      const spam = items.at(-1)!;
      const hint = headerRoot(panel).getElementById(spam.getAttribute('aria-describedby')!);
      expect(hint!.textContent).to.contain('will not receive the rating form');
    });

    it('a chat locked as mine shows a lock badge and a checked menu item', async () => {
      const panel = await panelOn(CHATS.pinned);
      expect(headerRoot(panel).querySelector('.badge.pinned')!.textContent).to.contain('Locked as mine');
      const pin = (await openMenu(panel))[0]!;
      expect(pin.getAttribute('aria-checked')).to.equal('true');
    });

    it('the header shows title, client, open channel, source, state, operator, session number and auto-close time', async () => {
      const adapter = demoAdapter();
      const panel = await panelOn(CHATS.answered, adapter);
      const chat = await adapter.getChat(CHATS.answered);
      const root = headerRoot(panel);
      expect(root.querySelector('.title')!.textContent).to.equal(chat.title);
      const meta = root.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ');
      expect(meta).to.contain(chat.client.name);
      expect(meta).to.contain('Open channel: Delivery');
      expect(meta).to.contain('WhatsApp');
      expect(meta).to.contain('In progress');
      expect(meta).to.contain('Assigned to Alex Morgan');
      expect(meta).to.contain(`#${chat.sessionId}`);
      expect(meta).to.contain('Closes automatically on');
    });

    it('a closed or spam chat is read-only and offers "Start a new conversation"', async () => {
      for (const id of [CHATS.closed, CHATS.spam]) {
        const panel = await panelOn(id);
        expect(actionNames(panel)).to.deep.equal([]);
        expect(headerRoot(panel).querySelector('.rename-button')).to.equal(null);
        const notice = headerRoot(panel).querySelector('.notice')!.textContent!;
        expect(notice).to.match(id === CHATS.spam ? /marked as spam/ : /is finished/);
        expect(notice).to.contain('Start a new conversation');
      }
    });

    it("another operator's chat shows who has it and offers Intercept, nothing else", async () => {
      const panel = await panelOn(CHATS.others);
      expect(actionNames(panel)).to.deep.equal([]);
      const notice = headerRoot(panel).querySelector('.notice')!;
      expect(notice.textContent).to.contain('Priya Shah is handling this conversation');
      expect(notice.querySelector('button')!.textContent).to.contain('Intercept');
      expect((await openMenu(panel)).map((i) => i.dataset.action)).to.deep.equal(['history', 'intercept']);
    });

    it('hides what the adapter cannot do', async () => {
      const adapter = demoAdapter({ omit: ['answer', 'markSpam', 'searchHistory', 'renameChat', 'setPinned', 'invite'] });
      let panel = await panelOn(CHATS.waitingMine, adapter);
      expect(actionNames(panel)).to.deep.equal(['skip', 'transfer']);
      expect(headerRoot(panel).querySelector('.rename-button')).to.equal(null);
      expect((await openMenu(panel)).map((i) => i.dataset.action)).to.deep.equal(['crm', 'crm-dialog']);
      panel = await panelOn(CHATS.answered, adapter);
      expect(actionNames(panel)).to.deep.equal(['transfer', 'finish']);
      expect((await openMenu(panel)).map((i) => i.dataset.action)).to.deep.equal(['crm', 'crm', 'crm-dialog']);
    });
  });
});
