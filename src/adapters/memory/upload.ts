/** The simulated upload of `MemoryAdapter` (A4): progress steps, abort, limits. */
import { OlAdapterError } from '../../core/adapter.js';
import type { UploadOptions } from '../../core/adapter.js';
import type { Attachment, AttachmentKind, UploadLimits } from '../../core/model.js';
import { abortError, sleep } from './failures.js';

/** How an upload is simulated. */
export interface UploadSettings {
  limits: UploadLimits;
  /** Number of progress reports. */
  steps: number;
  /** Delay before each progress report. */
  stepMs: number;
  /** A fresh attachment id. */
  nextId(): string;
  /** Keeps object URLs so that they can be revoked later. */
  objectUrls: string[];
}

/** The attachment kind of a MIME type. */
export function kindOf(mimeType: string): AttachmentKind {
  if (mimeType.startsWith('image/')) return 'image';
  if (mimeType.startsWith('video/')) return 'video';
  if (mimeType.startsWith('audio/')) return 'audio';
  return 'file';
}

/** Whether a file matches `<input accept>`-style entries (`image/*`, `.pdf`, `application/pdf`). */
export function accepts(accept: readonly string[] | undefined, file: File): boolean {
  if (!accept?.length) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((entry) => {
    const rule = entry.trim().toLowerCase();
    if (rule.startsWith('.')) return name.endsWith(rule);
    if (rule.endsWith('/*')) return type.startsWith(rule.slice(0, -1));
    return type === rule;
  });
}

/**
 * Checks the limits, then reports progress `steps` times (fractions up to 1)
 * and returns an attachment whose URL is an object URL of the file. Aborting
 * stops the progress and rejects with an `AbortError`.
 */
export async function simulateUpload(settings: UploadSettings, file: File, options: UploadOptions = {}): Promise<Attachment> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw abortError('The upload was aborted.');
  const { maxSize, accept } = settings.limits;
  if (maxSize !== undefined && file.size > maxSize) {
    throw new OlAdapterError(`The file is larger than the limit of ${maxSize} bytes`, 'FILE_TOO_LARGE');
  }
  if (!accepts(accept, file)) throw new OlAdapterError(`This file type is not accepted: ${file.name}`, 'FILE_TYPE');
  for (let step = 1; step <= settings.steps; step += 1) {
    await sleep(settings.stepMs, signal);
    onProgress?.(step / settings.steps);
  }
  const url = URL.createObjectURL(file);
  settings.objectUrls.push(url);
  const attachment: Attachment = { id: settings.nextId(), kind: kindOf(file.type), name: file.name, size: file.size, url };
  if (file.type) attachment.mimeType = file.type;
  if (attachment.kind === 'image') attachment.previewUrl = url;
  return attachment;
}
