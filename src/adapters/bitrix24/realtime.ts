import type { RealtimeEvent, RealtimeListener } from '../../core/adapter.js';

/** Default polling interval of the realtime feed, in ms. */
export const DEFAULT_POLL_INTERVAL_MS = 5000;

/**
 * Polls a feed while someone listens: the first `subscribe` starts it, the
 * last unsubscribe stops it and clears its timer. One poll at a time; the
 * next is scheduled when the previous one has finished (a slow portal is
 * never flooded). A failed poll is skipped, the next one runs on time.
 */
export class Poller {
  private readonly listeners = new Set<{ listener: RealtimeListener }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private generation = 0;

  constructor(
    private readonly poll: () => Promise<RealtimeEvent[]>,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Whether a poll is scheduled or under way. */
  get active(): boolean {
    return this.timer !== undefined || this.running !== undefined;
  }

  subscribe(listener: RealtimeListener): () => void {
    const entry = { listener };
    this.listeners.add(entry);
    if (this.listeners.size === 1) this.start();
    return () => {
      if (!this.listeners.delete(entry)) return;
      if (this.listeners.size === 0) this.stop();
    };
  }

  /** Polls now (and reschedules the next poll from now). Resolves when the events are delivered. */
  async pollNow(): Promise<void> {
    if (this.running) await this.running;
    const generation = this.generation;
    this.clearTimer();
    this.running = this.runOnce(generation);
    try {
      await this.running;
    } finally {
      this.running = undefined;
      if (generation === this.generation && this.listeners.size > 0) this.schedule();
    }
  }

  /** Drops every listener and stops polling. */
  dispose(): void {
    this.listeners.clear();
    this.stop();
  }

  private start(): void {
    this.generation++;
    this.schedule();
  }

  private stop(): void {
    this.generation++;
    this.clearTimer();
  }

  private schedule(): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.pollNow();
    }, this.intervalMs);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async runOnce(generation: number): Promise<void> {
    let events: RealtimeEvent[];
    try {
      events = await this.poll();
    } catch (error) {
      this.onError(error);
      return;
    }
    // Stopped (or restarted) meanwhile: these events belong to nobody.
    if (generation !== this.generation) return;
    for (const event of events) {
      for (const { listener } of [...this.listeners]) listener(event);
    }
  }
}
