/**
 * Parts of the composer's template that need no element state: the reply
 * preview, the attachments being uploaded and the mention chips.
 * @internal
 */
import { html, noChange, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { bbcodeToPlainText } from '../../core/bbcode/index.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { Mention } from '../../core/model.js';
import { icon, type IconName } from '../shared/icons.js';
import type { PendingUpload, ReplyTarget } from './composer-drafts.js';

/**
 * Sets the width of a progress bar through the CSSOM. (`styleMap` writes a
 * `style` attribute on first render, which a strict CSP without
 * 'unsafe-inline' blocks.)
 */
class BarWidthDirective extends Directive {
  render(_percent: number) {
    return noChange;
  }

  override update(part: ElementPart, [percent]: [number]) {
    (part.element as HTMLElement).style.inlineSize = `${percent}%`;
    return noChange;
  }
}
const barWidth = directive(BarWidthDirective);

/** The author's name of a replied or quoted message. */
export function authorOf(reply: ReplyTarget, t: Translation): string {
  const { message } = reply;
  if (message.authorName) return message.authorName;
  if (message.authorKind === 'bot') return t.authorBot;
  if (message.authorKind === 'system') return t.authorSystem;
  return t.authorClient;
}

/** The bar above the input showing the message replied to or quoted (M1, M3). */
export function renderReplyPreview(reply: ReplyTarget | undefined, t: Translation, onCancel: () => void) {
  if (!reply) return nothing;
  const name = authorOf(reply, t);
  const text = bbcodeToPlainText(reply.message.text, { meName: name });
  return html`<div class="reply" part="reply-preview">
    ${icon(reply.mode === 'reply' ? 'reply' : 'quote')}
    <div class="reply-body">
      <span class="reply-title">${reply.mode === 'reply' ? t.replyingTo(name) : t.quoting(name)}</span>
      <span class="reply-text">${text || t.originalUnavailable}</span>
    </div>
    <button type="button" class="button icon-only" aria-label=${t.cancelReply} title=${t.cancelReply} @click=${onCancel}>
      ${icon('close')}
    </button>
  </div>`;
}

function kindIcon(file: File): IconName {
  if (file.type.startsWith('image/')) return 'image';
  if (file.type.startsWith('video/')) return 'video';
  return 'file';
}

export interface UploadHandlers {
  fileSize(bytes: number): string;
  remove(key: string): void;
  retry(key: string): void;
}

/** The files attached to the draft: progress, cancel, refusal and failure (A4). */
export function renderUploads(uploads: readonly PendingUpload[], t: Translation, on: UploadHandlers) {
  if (!uploads.length) return nothing;
  return html`<ul class="uploads" part="attachments" aria-label=${t.attachmentCount(uploads.length)}>
    ${repeat(
      uploads,
      (upload) => upload.key,
      (upload) => {
        const name = upload.file.name;
        const percent = Math.round(upload.progress * 100);
        const uploading = upload.status === 'uploading';
        const nameId = `upload-${upload.key}`;
        return html`<li class="upload" data-status=${upload.status}>
          ${icon(kindIcon(upload.file))}
          <span class="upload-name" id=${nameId}>${name}</span>
          <span class="upload-size">${on.fileSize(upload.file.size)}</span>
          ${uploading
            ? html`<span
                class="progress"
                role="progressbar"
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=${percent}
                aria-label=${t.uploadProgress(name, percent)}
                ><span class="progress-bar" ${barWidth(percent)}></span
              ></span>`
            : nothing}
          ${upload.status === 'done' ? html`<span class="upload-done">${icon('check')}</span>` : nothing}
          ${upload.error
            ? html`<span class="upload-error" role="alert"
                >${upload.error}
                ${upload.status === 'failed'
                  ? html`<button type="button" class="button retry" aria-describedby=${nameId} @click=${() => on.retry(upload.key)}>
                      ${t.retry}
                    </button>`
                  : nothing}</span
              >`
            : nothing}
          <button
            type="button"
            class="button icon-only"
            aria-label=${uploading ? t.cancelUpload : t.removeAttachment(name)}
            aria-describedby=${uploading ? nameId : nothing}
            title=${uploading ? t.cancelUpload : t.removeAttachment(name)}
            @click=${() => on.remove(upload.key)}
          >
            ${icon('close')}
          </button>
        </li>`;
      },
    )}
  </ul>`;
}

/** The mentions inserted in the text, as chips under it (the text shows `@Name`). */
export function renderMentionChips(mentions: readonly Mention[], t: Translation) {
  if (!mentions.length) return nothing;
  return html`<ul class="chips" aria-label=${t.mentionsInMessage}>
    ${repeat(
      mentions,
      (mention) => `${mention.kind}:${mention.id}`,
      (mention) => html`<li class="chip" data-kind=${mention.kind}>
        ${icon(mention.kind === 'user' ? 'user' : 'chat')}<span>${mention.name}</span
        ><span class="visually-hidden">(${mention.kind === 'user' ? t.mentionUser : t.mentionChat})</span>
      </li>`,
    )}
  </ul>`;
}
