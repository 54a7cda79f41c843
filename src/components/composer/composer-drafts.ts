/**
 * Per-chat drafts of the composer: what was typed, the mentions in it, the
 * message replied to and the attachments being prepared. Kept in memory
 * while switching chats; the text, mentions and reply target also go to
 * `localStorage` (`ol-draft:<chatId>`) so that they survive a reload.
 * @internal
 */
import type { Attachment, Id, Mention, Message } from '../../core/model.js';

/** The message a draft replies to (M1) or quotes (M3). */
export interface ReplyTarget {
  message: Message;
  mode: 'reply' | 'quote';
}

export type UploadStatus = 'uploading' | 'done' | 'failed' | 'refused';

/** A file being attached to the draft (A4). */
export interface PendingUpload {
  key: string;
  file: File;
  status: UploadStatus;
  /** Fraction sent, 0 to 1. */
  progress: number;
  attachment?: Attachment;
  /** Why the file was refused or failed (shown with `role="alert"`). */
  error?: string;
  abort?: AbortController;
}

export interface Draft {
  text: string;
  /** Mentions inserted in the text (shown as `@Name`, sent as BBCode). */
  mentions: Mention[];
  reply?: ReplyTarget;
  uploads: PendingUpload[];
}

export const DRAFT_KEY_PREFIX = 'ol-draft:';

/** Whether a draft holds anything worth keeping. */
export function isEmptyDraft(draft: Draft): boolean {
  return !draft.text && !draft.reply && draft.uploads.length === 0;
}

export function emptyDraft(): Draft {
  return { text: '', mentions: [], uploads: [] };
}

interface StoredDraft {
  text: string;
  mentions?: Mention[];
  reply?: ReplyTarget;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function readStored(chatId: Id): Draft | undefined {
  try {
    const raw = storage()?.getItem(DRAFT_KEY_PREFIX + chatId);
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as StoredDraft;
    if (typeof stored?.text !== 'string') return undefined;
    const draft: Draft = {
      text: stored.text,
      mentions: Array.isArray(stored.mentions) ? stored.mentions : [],
      uploads: [],
    };
    if (stored.reply?.message && (stored.reply.mode === 'reply' || stored.reply.mode === 'quote')) draft.reply = stored.reply;
    return draft;
  } catch {
    return undefined;
  }
}

/** The drafts of one composer, by chat. */
export class DraftBook {
  private readonly drafts = new Map<Id, Draft>();

  /** @param persist Whether drafts go to `localStorage` (read at each call). */
  constructor(private readonly persist: () => boolean) {}

  /** The draft of a chat: in memory, else stored, else empty. */
  get(chatId: Id): Draft {
    let draft = this.drafts.get(chatId);
    if (!draft) {
      draft = (this.persist() ? readStored(chatId) : undefined) ?? emptyDraft();
      this.drafts.set(chatId, draft);
    }
    return draft;
  }

  /** Keeps the draft in memory and, when persisting, its text in storage. */
  save(chatId: Id, draft: Draft): void {
    this.drafts.set(chatId, draft);
    if (!this.persist()) return;
    try {
      if (!draft.text && !draft.reply) {
        storage()?.removeItem(DRAFT_KEY_PREFIX + chatId);
        return;
      }
      const stored: StoredDraft = { text: draft.text };
      if (draft.mentions.length) stored.mentions = draft.mentions;
      if (draft.reply) stored.reply = draft.reply;
      storage()?.setItem(DRAFT_KEY_PREFIX + chatId, JSON.stringify(stored));
    } catch {
      // Storage full or denied: the draft stays in memory.
    }
  }

  /** Forgets the draft (after sending). */
  clear(chatId: Id): void {
    this.drafts.delete(chatId);
    try {
      storage()?.removeItem(DRAFT_KEY_PREFIX + chatId);
    } catch {
      // Nothing stored.
    }
  }
}
