/**
 * Uploads of the composer (A4): limits checked first (a refused file gets a
 * clear message and never starts), then `actions.uploadFile` per file with
 * progress and an abort controller. The list lives in the chat's draft, so
 * an upload keeps going while another chat is shown.
 * @internal
 */
import { uploadFile } from '../../core/actions.js';
import type { Id, UploadLimits } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';
import type { PendingUpload } from './composer-drafts.js';

/** What the uploads need from the composer. */
export interface UploadHost {
  store(): OlStore;
  /** Re-renders after a change of any upload. */
  requestUpdate(): void;
  /** The message of a refused or failed file. */
  message(kind: 'tooLarge' | 'type' | 'failed', file: File, limit?: number): string;
  /** Said in the live region (an upload finished). */
  announce(text: string): void;
  announceUploaded(file: File): string;
}

const limitsByStore = new WeakMap<OlStore, Promise<UploadLimits>>();

/** The adapter's upload limits, asked once per store; none when it has no `uploadLimits`. */
export function uploadLimitsOf(store: OlStore): Promise<UploadLimits> {
  let limits = limitsByStore.get(store);
  if (!limits) {
    const adapter = store.adapter;
    limits =
      typeof adapter?.uploadLimits === 'function'
        ? store.withTimeout(adapter.uploadLimits()).catch(() => ({}))
        : Promise.resolve({});
    limitsByStore.set(store, limits);
  }
  return limits;
}

/** Whether a file matches `<input accept>`-style entries (`image/*`, `.pdf`, `application/pdf`). */
export function acceptsFile(accept: readonly string[] | undefined, file: File): boolean {
  if (!accept?.length) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((entry) => {
    const rule = entry.trim().toLowerCase();
    if (!rule) return false;
    if (rule.startsWith('.')) return name.endsWith(rule);
    if (rule.endsWith('/*')) return type.startsWith(rule.slice(0, -1));
    return type === rule;
  });
}

let uploadSeq = 0;

export class ComposerUploads {
  constructor(
    private readonly host: UploadHost,
    private readonly origin: EventTarget,
  ) {}

  /** Adds files to a draft's list and starts those within the limits. */
  async add(chatId: Id, files: readonly File[], list: PendingUpload[]): Promise<void> {
    const store = this.host.store();
    const items = files.map((file): PendingUpload => ({ key: `up${++uploadSeq}`, file, status: 'uploading', progress: 0 }));
    list.push(...items);
    this.host.requestUpdate();
    const limits = await uploadLimitsOf(store);
    await Promise.all(
      items.map((item) => {
        const refusal = this.refusal(item.file, limits);
        if (refusal) {
          item.status = 'refused';
          item.error = refusal;
          this.host.requestUpdate();
          return undefined;
        }
        return this.start(store, chatId, item, list);
      }),
    );
  }

  /** Cancels an upload in progress, or removes a finished, failed or refused one. */
  remove(list: PendingUpload[], key: string): void {
    const index = list.findIndex((item) => item.key === key);
    if (index < 0) return;
    const [item] = list.splice(index, 1);
    item?.abort?.abort();
    this.host.requestUpdate();
  }

  private refusal(file: File, limits: UploadLimits): string | undefined {
    if (limits.maxSize !== undefined && file.size > limits.maxSize) return this.host.message('tooLarge', file, limits.maxSize);
    if (!acceptsFile(limits.accept, file)) return this.host.message('type', file);
    return undefined;
  }

  private async start(store: OlStore, chatId: Id, item: PendingUpload, list: PendingUpload[]): Promise<void> {
    const abort = new AbortController();
    item.abort = abort;
    const result = await uploadFile(store, this.origin, chatId, item.file, {
      signal: abort.signal,
      onProgress: (fraction) => {
        if (abort.signal.aborted) return;
        item.progress = Math.max(0, Math.min(1, fraction));
        this.host.requestUpdate();
      },
    });
    delete item.abort;
    if (abort.signal.aborted) return;
    switch (result.status) {
      case 'done':
        item.status = 'done';
        item.progress = 1;
        item.attachment = result.value;
        this.host.announce(this.host.announceUploaded(item.file));
        break;
      case 'failed':
        item.status = 'failed';
        item.error = this.host.message('failed', item.file);
        break;
      default: {
        // Prevented, or no adapter: the host uploads the file itself.
        const index = list.indexOf(item);
        if (index >= 0) list.splice(index, 1);
      }
    }
    this.host.requestUpdate();
  }
}
