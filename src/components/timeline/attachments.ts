/**
 * Attachments of a timeline message: image thumbnails, video and audio
 * players, file chips. File names are untrusted text; URLs are used only when
 * they pass `safeMediaUrl`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Attachment } from '../../core/model.js';
import type { Translation } from '../../core/i18n/translation.js';
import { icon, type IconName } from '../shared/icons.js';

/** Whitespace, control and invisible characters: refused anywhere inside a URL. */
const HIDDEN_CHARS = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/u;

/** Raster and SVG images: an `<img>` never runs script, whatever the type. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp|svg\+xml)[;,]/i;
/** Inert types a download link may carry inline. */
const DATA_DOWNLOAD = /^data:(?:text\/plain|image\/(?:png|jpeg|jpg|gif|webp|avif|bmp))[;,]/i;

const MAX_URL_LENGTH = 2_000_000;

export type MediaUse = 'image' | 'media' | 'download';

/**
 * The URL when it is safe for `use`, else `null`:
 * - `image` (`<img src>`, `poster`): `http:`, `https:`, `blob:`, `data:image/…`;
 * - `media` (`<video src>`, `<audio src>`): `http:`, `https:`, `blob:`;
 * - `download` (a link with `download`): `http:`, `https:`, `blob:`, inert `data:` types.
 * Relative URLs, `javascript:`, other `data:` types and URLs with hidden
 * characters are refused.
 */
export function safeMediaUrl(raw: string | undefined, use: MediaUse): string | null {
  if (typeof raw !== 'string') return null;
  const candidate = raw.trim();
  if (!candidate || candidate.length > MAX_URL_LENGTH) return null;
  const lower = candidate.slice(0, 40).toLowerCase();
  if (lower.startsWith('data:')) {
    if (use === 'image' && DATA_IMAGE.test(candidate)) return candidate;
    if (use === 'download' && DATA_DOWNLOAD.test(candidate)) return candidate;
    return null;
  }
  if (HIDDEN_CHARS.test(candidate)) return null;
  if (!/^(?:https?:\/\/|blob:https?:\/\/)/i.test(candidate)) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol === 'blob:') return url.href;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}

const KIND_ICONS: Record<Attachment['kind'], IconName> = {
  image: 'image',
  video: 'video',
  audio: 'file',
  file: 'file',
};

/** Thumbnail box: at most 240 × 180, keeping the ratio, so the row height is known before the image loads. */
function thumbnailSize(attachment: Attachment): { width: number; height: number } {
  const width = attachment.width && attachment.width > 0 ? attachment.width : 240;
  const height = attachment.height && attachment.height > 0 ? attachment.height : 180;
  const scale = Math.min(1, 240 / width, 180 / height);
  return { width: Math.max(48, Math.round(width * scale)), height: Math.max(36, Math.round(height * scale)) };
}

export interface AttachmentContext {
  t: Translation;
  fileSize: (bytes: number) => string;
  /** tabindex of the links and controls (-1 outside the active message). */
  tabIndex: number;
}

function fileChip(attachment: Attachment, context: AttachmentContext): TemplateResult {
  const { t, fileSize, tabIndex } = context;
  const href = safeMediaUrl(attachment.url, 'download');
  const content = html`${icon(KIND_ICONS[attachment.kind] ?? 'file', 'icon kind')}
    <bdi class="file-name">${attachment.name}</bdi>
    <span class="file-size">${fileSize(attachment.size)}</span>`;
  return href
    ? html`<a
        class="file"
        href=${href}
        download=${attachment.name}
        target="_blank"
        rel="noopener noreferrer"
        tabindex=${tabIndex}
        title=${t.downloadFile(attachment.name)}
        >${content}</a
      >`
    : html`<span class="file">${content}</span>`;
}

function image(attachment: Attachment, context: AttachmentContext): TemplateResult {
  const src = safeMediaUrl(attachment.previewUrl, 'image') ?? safeMediaUrl(attachment.url, 'image');
  if (!src) return fileChip(attachment, context);
  const { width, height } = thumbnailSize(attachment);
  const alt = `${attachment.name}, ${context.fileSize(attachment.size)}`;
  const img = html`<img src=${src} alt=${alt} width=${width} height=${height} loading="lazy" decoding="async" />`;
  const href = safeMediaUrl(attachment.url, 'image');
  const openable = href && !href.startsWith('data:');
  return openable
    ? html`<a class="image" href=${href} target="_blank" rel="noopener noreferrer" tabindex=${context.tabIndex}>${img}</a>`
    : html`<span class="image">${img}</span>`;
}

function video(attachment: Attachment, context: AttachmentContext): TemplateResult {
  const src = safeMediaUrl(attachment.url, 'media');
  const poster = safeMediaUrl(attachment.previewUrl, 'image');
  const { width, height } = thumbnailSize(attachment);
  const label = `${attachment.name}, ${context.fileSize(attachment.size)}`;
  return html`<figure class="video">
    <video
      controls
      preload="none"
      width=${width}
      height=${height}
      src=${src ?? nothing}
      poster=${poster ?? nothing}
      aria-label=${label}
      tabindex=${context.tabIndex}
    ></video>
    <figcaption>${fileChip(attachment, context)}</figcaption>
  </figure>`;
}

function audio(attachment: Attachment, context: AttachmentContext): TemplateResult {
  const src = safeMediaUrl(attachment.url, 'media');
  if (!src) return fileChip(attachment, context);
  return html`<figure class="audio">
    <audio controls preload="none" src=${src} aria-label=${attachment.name} tabindex=${context.tabIndex}></audio>
    <figcaption>${fileChip(attachment, context)}</figcaption>
  </figure>`;
}

/** The attachments of one message. */
export function renderAttachments(attachments: readonly Attachment[] | undefined, context: AttachmentContext) {
  if (!attachments?.length) return nothing;
  return html`<div class="attachments">
    ${attachments.map((attachment) => {
      switch (attachment.kind) {
        case 'image':
          return image(attachment, context);
        case 'video':
          return video(attachment, context);
        case 'audio':
          return audio(attachment, context);
        default:
          return fileChip(attachment, context);
      }
    })}
  </div>`;
}
