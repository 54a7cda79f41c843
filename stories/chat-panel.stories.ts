import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import type { OlChatPanelElement } from '../src/components/chat-panel/chat-panel.component.js';
import '../src/components/chat-panel/ol-chat-panel.js';
import type { Chat, Message, Operator, Queue } from '../src/core/model.js';

type Lang = 'en' | 'fr';

/**
 * Demo chats of `MemoryAdapter` (the current operator is u1): c1 waiting in
 * the queue, c2 waiting for me (CRM contact), c3 answered (CRM contact and
 * deal), c4 locked as mine, c5 silent, c6 another operator's, c9 finished,
 * c11 spam.
 */
const CHAT = {
  waiting: 'c1',
  waitingMine: 'c2',
  answered: 'c3',
  pinned: 'c4',
  silent: 'c5',
  others: 'c6',
  closed: 'c9',
  spam: 'c11',
} as const;

interface PanelStory {
  lang?: Lang;
  chatId?: string;
  dir?: 'ltr' | 'rtl';
  undoMs?: number;
  adapterOptions?: MemoryAdapterOptions;
  /** No adapter: the data comes as properties. */
  properties?: { chat: Chat; messages: Message[]; me: Operator; operators: Operator[]; queues: Queue[] };
}

function renderPanel({ lang = 'en', chatId, dir, undoMs = 5000, adapterOptions, properties }: PanelStory) {
  const adapter = properties ? undefined : MemoryAdapter.demo(lang, adapterOptions);
  return html`<div lang=${lang} dir=${dir ?? nothing} style="block-size: 640px; max-inline-size: 960px;">
    <ol-chat-panel
      lang=${lang}
      chat-id=${chatId ?? nothing}
      undo-ms=${undoMs}
      .adapter=${adapter}
      .chat=${properties?.chat}
      .messages=${properties?.messages}
      .me=${properties?.me}
      .operators=${properties?.operators}
      .queues=${properties?.queues}
    ></ol-chat-panel>
  </div>`;
}

/** Waits for a condition (play functions). */
async function until<T>(check: () => T | null | undefined | false, timeout = 4000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error('Timed out in the story’s play function');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The panel's header, once its chat is shown. */
async function headerIn(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const panel = await until(() => canvasElement.querySelector<OlChatPanelElement>('ol-chat-panel'));
  const header = await until(() => panel.shadowRoot?.querySelector('ol-chat-header'));
  await until(() => panel.shadowRoot?.querySelector('.base[aria-busy="false"]') && header.shadowRoot?.querySelector('.title'));
  return header.shadowRoot!;
}

async function clickAction(canvasElement: HTMLElement, action: string): Promise<ShadowRoot> {
  const root = await headerIn(canvasElement);
  (await until(() => root.querySelector<HTMLButtonElement>(`.actions > [data-action="${action}"]`))).click();
  return root;
}

async function openDialog(canvasElement: HTMLElement, kind: 'transfer' | 'invite' | 'history' | 'crm'): Promise<void> {
  await headerIn(canvasElement);
  const panel = canvasElement.querySelector<OlChatPanelElement>('ol-chat-panel')!;
  await panel.showDialog(kind);
}

const meta: Meta = {
  title: 'Elements/Chat panel',
  component: 'ol-chat-panel',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'One conversation: a header with the actions of the chat’s state (N1–N8, A1–A3, A13–A16) and their dialogs, the timeline and the composer. Finish and spam wait 5 s behind an Undo toast before anything happens (`undo-ms="0"` asks for confirmation instead). Runs on `MemoryAdapter` demo data; every `ol-*` event shows in the Actions panel.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

// ─── States ──────────────────────────────────────────────────────────────────

/** No chat selected. */
export const Empty: Story = { render: () => renderPanel({}) };

/** A new chat waiting in the queue: Answer, Skip, Transfer to an employee, Mark as spam, Rename (N1–N5). */
export const NewChat: Story = { name: 'New (waiting)', render: () => renderPanel({ chatId: CHAT.waiting }) };

/** A new chat distributed to me, with a linked CRM contact (N6 in the ⋯ menu). */
export const NewChatMine: Story = { name: 'New, assigned to me, with CRM', render: () => renderPanel({ chatId: CHAT.waitingMine }) };

/** An answered chat: Invite, Transfer, Finish; ⋯ Lock as mine, CRM, history, spam (A1–A3, A13–A16). */
export const Answered: Story = { render: () => renderPanel({ chatId: CHAT.answered }) };

/** Locked as mine (A13): the lock badge, auto-close postponed. */
export const Pinned: Story = { name: 'Pinned (locked as mine)', render: () => renderPanel({ chatId: CHAT.pinned }) };

/** Silent mode is on (A8): the header says so and the composer writes notes the client does not see. */
export const Silent: Story = { render: () => renderPanel({ chatId: CHAT.silent }) };

/** Another operator has the chat: who, a locked composer, Intercept (N8). */
export const OwnedByOther: Story = { name: 'Owned by another operator', render: () => renderPanel({ chatId: CHAT.others }) };

/** Finished: read-only, "Start a new conversation". */
export const Closed: Story = { render: () => renderPanel({ chatId: CHAT.closed }) };

/** Marked as spam: read-only, "Start a new conversation". */
export const Spam: Story = { render: () => renderPanel({ chatId: CHAT.spam }) };

/** Waiting for the adapter. */
export const Loading: Story = { render: () => renderPanel({ chatId: CHAT.answered, adapterOptions: { latency: 600_000 } }) };

/** The chat could not be loaded: Retry. */
export const LoadError: Story = {
  name: 'Load error',
  render: () => renderPanel({ chatId: CHAT.answered, adapterOptions: { failures: { getChat: 'The server did not answer' } } }),
};

/** No adapter: chat, messages, me, operators and queues are properties; every event still fires. */
export const PropertiesOnly: Story = {
  name: 'Properties only (no adapter)',
  render: () => {
    const data = MemoryAdapter.demoData('en');
    const chat = data.chats.find((c) => c.id === CHAT.answered)!;
    return renderPanel({
      properties: {
        chat,
        messages: data.messages.filter((m) => m.chatId === chat.id),
        me: data.operators.find((o) => o.id === data.me)!,
        operators: data.operators,
        queues: data.queues,
      },
    });
  },
};

// ─── Languages, theme, direction ─────────────────────────────────────────────

export const AnsweredFrench: Story = { name: 'Answered (fr)', render: () => renderPanel({ lang: 'fr', chatId: CHAT.answered }) };

export const NewChatFrench: Story = { name: 'New (fr)', render: () => renderPanel({ lang: 'fr', chatId: CHAT.waiting }) };

export const OwnedByOtherFrench: Story = { name: 'Owned by another operator (fr)', render: () => renderPanel({ lang: 'fr', chatId: CHAT.others }) };

export const ClosedFrench: Story = { name: 'Closed (fr)', render: () => renderPanel({ lang: 'fr', chatId: CHAT.closed }) };

export const AnsweredDark: Story = {
  name: 'Answered (dark)',
  parameters: { theme: 'dark' },
  render: () => renderPanel({ chatId: CHAT.pinned }),
};

export const NewChatDark: Story = { name: 'New (dark)', parameters: { theme: 'dark' }, render: () => renderPanel({ chatId: CHAT.waitingMine }) };

export const AnsweredRtl: Story = { name: 'Answered (RTL)', render: () => renderPanel({ chatId: CHAT.answered, dir: 'rtl' }) };

// ─── Menu, rename, undo, confirmation ────────────────────────────────────────

/** The ⋯ menu of an answered chat, opened. */
export const MenuOpen: Story = {
  name: '⋯ menu open',
  render: () => renderPanel({ chatId: CHAT.answered }),
  play: async ({ canvasElement }) => {
    const root = await headerIn(canvasElement);
    root.querySelector<HTMLButtonElement>('.menu-button')!.focus();
    root.querySelector<HTMLButtonElement>('.menu-button')!.click();
    await until(() => root.querySelector('[role="menu"]'));
  },
};

/** Renaming inline (N1): Enter saves, Escape cancels, an empty name is refused. */
export const Renaming: Story = {
  render: () => renderPanel({ chatId: CHAT.waiting }),
  play: async ({ canvasElement }) => {
    const root = await headerIn(canvasElement);
    root.querySelector<HTMLButtonElement>('.rename-button')!.click();
    await until(() => root.querySelector('.rename-input'));
  },
};

/** Finish pressed: the conversation ends in 5 s unless undone (the event fires then). */
export const FinishUndo: Story = {
  name: 'Finish: undo window',
  render: () => renderPanel({ chatId: CHAT.answered, undoMs: 600_000 }),
  play: async ({ canvasElement }) => {
    const root = await clickAction(canvasElement, 'finish');
    await until(() => root.querySelector('.toast'));
  },
};

/** `undo-ms="0"`: a confirmation dialog instead of the undo window. */
export const FinishConfirm: Story = {
  name: 'Finish: confirmation (undo-ms=0)',
  render: () => renderPanel({ chatId: CHAT.answered, undoMs: 0 }),
  play: async ({ canvasElement }) => {
    const root = await clickAction(canvasElement, 'finish');
    await until(() => root.querySelector<HTMLDialogElement>('dialog.confirm')?.open);
  },
};

/** Spam in French, with confirmation: the client will get no rating form. */
export const SpamConfirmFrench: Story = {
  name: 'Spam: confirmation (fr)',
  render: () => renderPanel({ lang: 'fr', chatId: CHAT.waiting, undoMs: 0 }),
  play: async ({ canvasElement }) => {
    const root = await clickAction(canvasElement, 'spam');
    await until(() => root.querySelector<HTMLDialogElement>('dialog.confirm')?.open);
  },
};

// ─── Dialogs ─────────────────────────────────────────────────────────────────

/** Transfer of an answered chat: employees (status, load) and open channels (A2). */
export const TransferDialog: Story = {
  name: 'Dialog: transfer',
  render: () => renderPanel({ chatId: CHAT.answered }),
  play: ({ canvasElement }) => openDialog(canvasElement, 'transfer'),
};

/** Transfer of a waiting chat: employees only (N5). */
export const TransferDialogNew: Story = {
  name: 'Dialog: transfer a waiting chat (fr)',
  render: () => renderPanel({ lang: 'fr', chatId: CHAT.waiting }),
  play: async ({ canvasElement }) => {
    await clickAction(canvasElement, 'transfer');
  },
};

/** Invite users (A1). */
export const InviteDialog: Story = {
  name: 'Dialog: invite',
  render: () => renderPanel({ chatId: CHAT.answered }),
  play: ({ canvasElement }) => openDialog(canvasElement, 'invite'),
};

/** Message history with the client, every session (N7, A15). */
export const HistoryDialog: Story = {
  name: 'Dialog: message history',
  render: () => renderPanel({ chatId: CHAT.answered }),
  play: ({ canvasElement }) => openDialog(canvasElement, 'history'),
};

export const HistoryDialogFrench: Story = {
  name: 'Dialog: message history (fr, dark)',
  parameters: { theme: 'dark' },
  render: () => renderPanel({ lang: 'fr', chatId: CHAT.answered }),
  play: ({ canvasElement }) => openDialog(canvasElement, 'history'),
};

/** Linked CRM records (N6, A14). */
export const CrmDialog: Story = {
  name: 'Dialog: CRM',
  render: () => renderPanel({ chatId: CHAT.answered }),
  play: ({ canvasElement }) => openDialog(canvasElement, 'crm'),
};

export const InviteDialogRtl: Story = {
  name: 'Dialog: invite (RTL)',
  render: () => renderPanel({ chatId: CHAT.answered, dir: 'rtl' }),
  play: ({ canvasElement }) => openDialog(canvasElement, 'invite'),
};

// ─── Announcements and failures ──────────────────────────────────────────────

/**
 * `announce`: new client messages are read out by screen readers through a
 * visually hidden polite live region; a burst is one announcement ("3 new
 * messages"). The play function makes the client write three times.
 */
export const Announcements: Story = {
  render: () => html`<div style="block-size: 640px; max-inline-size: 960px;">
    <ol-chat-panel announce chat-id=${CHAT.answered} .adapter=${MemoryAdapter.demo('en')}></ol-chat-panel>
  </div>`,
  play: async ({ canvasElement }) => {
    await headerIn(canvasElement);
    const panel = canvasElement.querySelector<OlChatPanelElement>('ol-chat-panel')!;
    const adapter = panel.adapter as MemoryAdapter;
    for (const text of ['Hello?', 'Are you still there?', 'My parcel has not arrived']) adapter.simulateClientMessage(CHAT.answered, text);
  },
};

/** An action the adapter refuses (here Answer) shows its error in the header, with Retry. */
export const ActionFailedRetry: Story = {
  name: 'Action failed: error with Retry',
  render: () => renderPanel({ chatId: CHAT.waiting, adapterOptions: { failures: { answer: 'The portal is not answering' } } }),
  play: async ({ canvasElement }) => {
    const root = await clickAction(canvasElement, 'answer');
    await until(() => root.querySelector('[role="alert"] .retry'));
  },
};
