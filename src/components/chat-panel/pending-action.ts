import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Id } from '../../core/model.js';

/** The destructive actions that get an undo window. */
export type PendingKind = 'finish' | 'spam';

export interface PendingAction {
  kind: PendingKind;
  chatId: Id;
}

/**
 * The undo window of a destructive action (finish, spam): the action waits
 * `ms` milliseconds, can be undone meanwhile without any adapter call or
 * event, and is carried out when the window ends — or at once when the host
 * disconnects or `flush()` is called (the chat changed): a pending action is
 * never lost.
 */
export class PendingActionController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly run: (action: PendingAction) => void;
  private current: (PendingAction & { timer: ReturnType<typeof setTimeout> }) | undefined;

  constructor(host: ReactiveControllerHost, run: (action: PendingAction) => void) {
    this.host = host;
    this.run = run;
    host.addController(this);
  }

  /** The action waiting for its window to end, if any. */
  get pending(): PendingAction | undefined {
    return this.current && { kind: this.current.kind, chatId: this.current.chatId };
  }

  /** Starts the window of `action`; one already waiting is carried out first. */
  schedule(action: PendingAction, ms: number): void {
    this.flush();
    const timer = setTimeout(() => this.flush(), Math.max(0, ms));
    this.current = { ...action, timer };
    this.host.requestUpdate();
  }

  /** Undo: drops the waiting action. Returns it, if there was one. */
  cancel(): PendingAction | undefined {
    const action = this.pending;
    if (this.current) clearTimeout(this.current.timer);
    this.current = undefined;
    this.host.requestUpdate();
    return action;
  }

  /** Carries out the waiting action now. */
  flush(): void {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = undefined;
    this.host.requestUpdate();
    this.run({ kind: current.kind, chatId: current.chatId });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.flush();
  }
}
