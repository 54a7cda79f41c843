import type { ReactiveControllerHost } from 'lit';

/**
 * The parts an element loads on first use (a form, an editor): their module
 * loads with `import()` when asked for, the host re-renders once it has, and
 * `settled()` lets the host's `updateComplete` wait for the parts asked for, so
 * that "act, then await `updateComplete`" still finds the part rendered.
 *
 * ```ts
 * private readonly parts = new LazyPartsController(this);
 * protected override async getUpdateComplete() {
 *   const done = await super.getUpdateComplete();
 *   return (await this.parts.settled()) ? super.getUpdateComplete() : done;
 * }
 * ```
 */
export class LazyPartsController {
  private readonly host: ReactiveControllerHost;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  /** Loads a part's module (at most once: the module system keeps it); the host re-renders when it is there. */
  load(loader: () => Promise<unknown>): Promise<void> {
    const loading = loader().then(() => this.host.requestUpdate());
    this.pending.add(loading);
    const forget = () => this.pending.delete(loading);
    loading.then(forget, forget);
    return loading;
  }

  /** Waits for every part asked for so far; resolves with whether there was one. */
  async settled(): Promise<boolean> {
    if (this.pending.size === 0) return false;
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
    return true;
  }
}
