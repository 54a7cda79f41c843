/**
 * Where adapter and property data enters the store: each record is checked
 * against the model and repaired with a fallback (a missing title becomes
 * empty text, an unknown state a known one, a 1 MB message is cut…). A
 * record that needs no repair is returned as is (same object); a repaired one
 * is a copy. Records without a usable id are dropped.
 *
 * Each kind of defect is reported once per page life with
 * `console.warn('[open-lines] …')`, not once per record, so a backend sending
 * ten thousand bad rows writes one line per problem.
 */
import { isCanonicalDate } from './iso-date.js';
import { CHAT_STATES, SOURCE_CHANNELS } from './model.js';
import type {
  Attachment,
  AttachmentKind,
  AuthorKind,
  CannedResponse,
  Chat,
  CrmEntity,
  CrmEntityType,
  Message,
  Operator,
  OperatorStatus,
  Queue,
} from './model.js';

/** The kinds of defect reported (one warning each). */
export type DefectKind =
  | 'not-an-object'
  | 'missing-id'
  | 'missing-field'
  | 'wrong-type'
  | 'invalid-date'
  | 'future-date'
  | 'unknown-value'
  | 'text-too-long'
  | 'too-many-attachments';

/** Longest message or canned text kept (longer is cut, with "…"). */
export const MAX_TEXT_LENGTH = 128 * 1024;
/** Longest name, title or other one-line text kept. */
export const MAX_NAME_LENGTH = 1024;
/** Most attachments shown on one message. */
export const MAX_ATTACHMENTS = 100;
/** Dates further ahead than this are taken as clock errors and set to now. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

const DESCRIPTIONS: Record<DefectKind, string> = {
  'not-an-object': 'a record is not an object and was ignored',
  'missing-id': 'a record has no usable id and was ignored',
  'missing-field': 'a required field is missing; a fallback is shown',
  'wrong-type': 'a field has the wrong type; it was converted or replaced',
  'invalid-date': 'a date is not a valid ISO 8601 date; a fallback is used',
  'future-date': 'a date lies in the future; now is used instead',
  'unknown-value': 'a field has a value outside the model; a fallback is used',
  'text-too-long': 'a text is too long and was cut',
  'too-many-attachments': `a message has more than ${MAX_ATTACHMENTS} attachments; the rest are not shown`,
};

const warned = new Set<DefectKind>();

function warn(kind: DefectKind, where: string): void {
  if (warned.has(kind)) return;
  warned.add(kind);
  console.warn(`[open-lines] ${DESCRIPTIONS[kind]} (first seen: ${where}).`);
}

/** Forgets which defects were reported (tests). @internal */
export function resetSanitizeWarnings(): void {
  warned.clear();
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

let limit = { at: 0, iso: '' };
/** Set while `sanitizeList` runs: one limit for the whole list (no clock read per date). */
let listLimit: string | undefined;

/** The latest acceptable date as an ISO string, recomputed at most once a second. */
function futureLimit(): string {
  if (listLimit !== undefined) return listLimit;
  const now = Date.now();
  if (now - limit.at > 1000) limit = { at: now, iso: new Date(now + FUTURE_TOLERANCE_MS).toISOString() };
  return limit.iso;
}

/** Copy-on-write repair of one record. */
class Fixer<T extends object> {
  private copy: Json | undefined;

  constructor(
    readonly source: Json,
    readonly where: string,
  ) {}

  get<K extends string>(key: K): unknown {
    return (this.copy ?? this.source)[key];
  }

  set(key: string, value: unknown, kind: DefectKind): void {
    warn(kind, `${this.where}.${key}`);
    this.copy ??= { ...this.source };
    if (value === undefined) delete this.copy[key];
    else this.copy[key] = value;
  }

  /** Replaces a nested value that was repaired without a defect of its own here. */
  replace(key: string, value: unknown): void {
    if (value === this.get(key)) return;
    this.copy ??= { ...this.source };
    this.copy[key] = value;
  }

  result(): T {
    return (this.copy ?? this.source) as T;
  }

  /** Required id: numbers become strings; otherwise the record is unusable. */
  id(key = 'id'): string | undefined {
    const value = this.get(key);
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number' && Number.isFinite(value)) {
      this.set(key, String(value), 'wrong-type');
      return String(value);
    }
    warn('missing-id', `${this.where}.${key}`);
    return undefined;
  }

  /** Optional id: dropped when unusable. */
  optionalId(key: string): void {
    const value = this.get(key);
    if (value === undefined || (typeof value === 'string' && value !== '')) return;
    if (typeof value === 'number' && Number.isFinite(value)) this.set(key, String(value), 'wrong-type');
    else this.set(key, undefined, value === null ? 'missing-field' : 'wrong-type');
  }

  /** Text: required ones fall back to `''`; numbers become strings; long ones are cut. */
  text(key: string, { required = false, max = MAX_NAME_LENGTH } = {}): void {
    const value = this.get(key);
    if (typeof value === 'string') {
      if (value.length > max) this.set(key, `${value.slice(0, max)}…`, 'text-too-long');
      return;
    }
    if (value === undefined || value === null) {
      if (required) this.set(key, '', 'missing-field');
      else if (value === null) this.set(key, undefined, 'missing-field');
      return;
    }
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
      this.set(key, String(value), 'wrong-type');
      return;
    }
    this.set(key, required ? '' : undefined, 'wrong-type');
  }

  /** A value of a closed set; unknown ones get `fallback` (or are dropped when it is undefined). */
  oneOf<V extends string>(key: string, allowed: readonly V[], fallback: V | undefined, required = false): void {
    const value = this.get(key);
    if (allowed.includes(value as V)) return;
    if (value === undefined && !required) return;
    this.set(key, fallback, value === undefined || value === null ? 'missing-field' : 'unknown-value');
  }

  /** A date: canonical ISO; unparseable ones get `fallback`; future ones (unless allowed) become now. */
  date(key: string, { required = false, fallback, future = false }: { required?: boolean; fallback?: () => string; future?: boolean } = {}): void {
    const value = this.get(key);
    // Fast path, the common case: a canonical ISO string of a date that exists, compared as a string with the limit.
    if (typeof value === 'string' && isCanonicalDate(value) && (future || value <= futureLimit())) return;
    if (value === undefined || value === null) {
      if (required) this.set(key, fallback?.() ?? new Date(0).toISOString(), 'missing-field');
      else if (value === null) this.set(key, undefined, 'missing-field');
      return;
    }
    const time = typeof value === 'string' || typeof value === 'number' || value instanceof Date ? new Date(value).getTime() : Number.NaN;
    if (Number.isNaN(time)) {
      this.set(key, required ? (fallback?.() ?? new Date(0).toISOString()) : undefined, 'invalid-date');
      return;
    }
    if (!future && time > Date.now() + FUTURE_TOLERANCE_MS) {
      this.set(key, new Date().toISOString(), 'future-date');
      return;
    }
    const iso = new Date(time).toISOString();
    // Valid but written another way (offset, no milliseconds): made canonical
    // silently, since the store compares dates as strings.
    if (value === iso) return;
    if (typeof value === 'string') this.replace(key, iso);
    else this.set(key, iso, 'wrong-type');
  }

  /** A number ≥ `min`; anything else becomes `fallback` (or is dropped). */
  number(key: string, { fallback, min = 0 }: { fallback?: number; min?: number } = {}): void {
    const value = this.get(key);
    if (typeof value === 'number' && Number.isFinite(value) && value >= min) return;
    if (value === undefined && fallback === undefined) return;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) && Number(value) >= min) {
      this.set(key, Number(value), 'wrong-type');
      return;
    }
    this.set(key, fallback, value === undefined || value === null ? 'missing-field' : 'wrong-type');
  }

  boolean(key: string, { required = false } = {}): void {
    const value = this.get(key);
    if (typeof value === 'boolean') return;
    if (value === undefined && !required) return;
    this.set(key, value === undefined || value === null ? (required ? false : undefined) : Boolean(value), value == null ? 'missing-field' : 'wrong-type');
  }

  /** An array field whose items are repaired by `each` (unusable items dropped). */
  list<V>(key: string, each: (item: unknown, where: string) => V | undefined, { required = false, max = Infinity, maxKind = 'wrong-type' as DefectKind } = {}): void {
    const value = this.get(key);
    if (value === undefined || value === null) {
      if (required) this.set(key, [], 'missing-field');
      else if (value === null) this.set(key, undefined, 'missing-field');
      return;
    }
    if (!Array.isArray(value)) {
      this.set(key, required ? [] : undefined, 'wrong-type');
      return;
    }
    let items = value.length > max ? value.slice(0, max) : value;
    if (items !== value) warn(maxKind, `${this.where}.${key}`);
    let changed = items !== value;
    const repaired: V[] = [];
    for (const [i, item] of items.entries()) {
      const fixed = each(item, `${this.where}.${key}[${i}]`);
      if (fixed !== item) changed = true;
      if (fixed !== undefined) repaired.push(fixed);
    }
    if (changed) items = repaired;
    this.replace(key, items);
  }

  /** A URL shown as a link or an image: anything but http(s), blob: and `data:image/…` is dropped. */
  url(key: string, use: 'link' | 'image'): void {
    const value = this.get(key);
    if (value === undefined) return;
    if (typeof value !== 'string') {
      this.set(key, undefined, value === null ? 'missing-field' : 'wrong-type');
      return;
    }
    if (!isSafeUrl(value, use)) this.set(key, undefined, 'unknown-value');
  }
}

/** Whitespace, controls and invisible characters: a browser ignores some of them in a scheme. */
const HIDDEN_CHARS = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/u;
const DATA_IMAGE = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp|svg\+xml)[;,]/i;

/**
 * Whether a URL from the adapter may be used: `http:`/`https:` (and `mailto:`
 * for links) written out, `blob:`, or for images an inert `data:image/…`.
 * `javascript:`, `vbscript:`, other `data:` types, relative URLs and URLs
 * with hidden characters are refused.
 */
export function isSafeUrl(raw: string, use: 'link' | 'image'): boolean {
  const candidate = raw.trim();
  if (!candidate) return false;
  if (use === 'image' && DATA_IMAGE.test(candidate)) return true;
  if (HIDDEN_CHARS.test(candidate)) return false;
  if (!/^(?:https?:\/\/|blob:https?:\/\/|mailto:)/i.test(candidate)) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return use === 'link';
  return url.protocol === 'blob:' || ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '');
}

/** The URL when `isSafeUrl`, else `undefined` (for data read outside the store, e.g. GIFs). */
export function safeUrl(raw: unknown, use: 'link' | 'image'): string | undefined {
  return typeof raw === 'string' && isSafeUrl(raw, use) ? raw : undefined;
}

function start<T extends object>(raw: unknown, where: string): Fixer<T> | undefined {
  if (!isObject(raw)) {
    warn('not-an-object', where);
    return undefined;
  }
  return new Fixer<T>(raw, where);
}

const AUTHOR_KINDS: readonly AuthorKind[] = ['client', 'operator', 'system', 'bot'];
const ATTACHMENT_KINDS: readonly AttachmentKind[] = ['image', 'video', 'audio', 'file'];
const CRM_TYPES: readonly CrmEntityType[] = ['contact', 'deal', 'company', 'lead'];
const OPERATOR_STATUSES: readonly OperatorStatus[] = ['online', 'away', 'busy', 'offline'];

function sanitizeCrm(raw: unknown, where: string): CrmEntity | undefined {
  const f = start<CrmEntity>(raw, where);
  if (!f || f.id() === undefined) return undefined;
  f.oneOf('type', CRM_TYPES, 'contact', true);
  f.text('title', { required: true });
  f.url('url', 'link');
  return f.result();
}

function sanitizeAttachment(raw: unknown, where: string): Attachment | undefined {
  const f = start<Attachment>(raw, where);
  if (!f || f.id() === undefined) return undefined;
  f.oneOf('kind', ATTACHMENT_KINDS, 'file', true);
  f.text('name', { required: true });
  f.number('size', { fallback: 0 });
  f.text('mimeType');
  f.number('width');
  f.number('height');
  return f.result();
}

const idOf = (item: unknown): string | undefined =>
  typeof item === 'string' && item !== '' ? item : typeof item === 'number' && Number.isFinite(item) ? String(item) : undefined;

const isId = (value: unknown): boolean => typeof value === 'string' && value !== '';
const isName = (value: unknown): boolean => typeof value === 'string' && value.length <= MAX_NAME_LENGTH;
const isOptionalName = (value: unknown): boolean => value === undefined || isName(value);
/** A canonical date that exists and is not in the future (with `future`: whenever). */
const isDate = (value: unknown, future = false): boolean =>
  typeof value === 'string' && isCanonicalDate(value) && (future || value <= (listLimit ?? futureLimit()));

/**
 * Whether a chat needs no repair at all, read with plain property reads: the
 * common case, ten times cheaper than `Fixer` (100,000 chats given at once).
 * Stricter than the repair (a false answer only means "check field by
 * field"): a crm list, a client avatar or an unusual date take the full path.
 * A test holds the two to the same verdict.
 * @internal
 */
export function isCleanChat(raw: unknown): raw is Chat {
  if (!isObject(raw)) return false;
  const chat = raw as Partial<Record<keyof Chat, unknown>>;
  const client = chat.client as Partial<Record<keyof Chat['client'], unknown>> | undefined;
  const last = chat.lastMessage as Partial<Record<keyof NonNullable<Chat['lastMessage']>, unknown>> | undefined;
  return (
    isId(chat.id) &&
    isName(chat.title) &&
    CHAT_STATES.includes(chat.state as Chat['state']) &&
    SOURCE_CHANNELS.includes(chat.sourceChannel as Chat['sourceChannel']) &&
    typeof chat.pinned === 'boolean' &&
    typeof chat.silent === 'boolean' &&
    typeof chat.unreadCount === 'number' &&
    Number.isFinite(chat.unreadCount) &&
    chat.unreadCount >= 0 &&
    (chat.operatorId === undefined || isId(chat.operatorId)) &&
    isId(chat.queueId) &&
    typeof chat.sessionId === 'string' &&
    isDate(chat.createdAt) &&
    isDate(chat.updatedAt) &&
    (chat.waitingSince === undefined || isDate(chat.waitingSince)) &&
    (chat.autoCloseAt === undefined || isDate(chat.autoCloseAt, true)) &&
    (chat.firstResponseSeconds === undefined ||
      (typeof chat.firstResponseSeconds === 'number' && Number.isFinite(chat.firstResponseSeconds) && chat.firstResponseSeconds >= 0)) &&
    (chat.rating === undefined || chat.rating === 'like' || chat.rating === 'dislike') &&
    chat.crm === undefined &&
    isObject(client) &&
    typeof client.id === 'string' &&
    isName(client.name) &&
    client.avatarUrl === undefined &&
    isOptionalName(client.email) &&
    isOptionalName(client.phone) &&
    (last === undefined ||
      (isObject(last) &&
        typeof last.id === 'string' &&
        AUTHOR_KINDS.includes(last.authorKind as AuthorKind) &&
        typeof last.text === 'string' &&
        last.text.length <= MAX_NAME_LENGTH * 4 &&
        isDate(last.createdAt)))
  );
}

/** A chat as the model describes it, or `undefined` when it has no id. */
export function sanitizeChat(raw: unknown): Chat | undefined {
  return isCleanChat(raw) ? raw : repairChat(raw);
}

/** `sanitizeChat` field by field. @internal */
export function repairChat(raw: unknown): Chat | undefined {
  const f = start<Chat>(raw, 'chat');
  const id = f?.id();
  if (!f || id === undefined) return undefined;
  const where = `chat "${id}"`;
  const at = new Fixer<Chat>(f.result() as unknown as Json, where);
  at.date('createdAt', { required: true });
  at.date('updatedAt', { required: true, fallback: () => at.get('createdAt') as string });
  at.date('waitingSince');
  at.date('autoCloseAt', { future: true });
  at.oneOf('state', CHAT_STATES, at.get('operatorId') == null ? 'new' : 'answered', true);
  at.oneOf('sourceChannel', SOURCE_CHANNELS, 'other', true);
  at.text('title', { required: true });
  at.boolean('pinned', { required: true });
  at.boolean('silent', { required: true });
  at.number('unreadCount', { fallback: 0 });
  at.optionalId('operatorId');
  at.optionalId('queueId');
  if (at.get('queueId') === undefined) at.set('queueId', '', 'missing-field');
  const sessionId = at.get('sessionId');
  if (typeof sessionId !== 'string') at.set('sessionId', sessionId == null ? '' : String(sessionId), sessionId == null ? 'missing-field' : 'wrong-type');
  at.number('firstResponseSeconds');
  at.oneOf('rating', ['like', 'dislike'] as const, undefined);
  const client = sanitizeClient(at.get('client'), `${where}.client`, at.get('title'));
  if (client !== at.get('client')) {
    if (isObject(at.get('client'))) at.replace('client', client);
    else at.set('client', client, at.get('client') == null ? 'missing-field' : 'wrong-type');
  }
  at.list('crm', sanitizeCrm);
  const last = at.get('lastMessage');
  if (last !== undefined) {
    const fixed = sanitizeLastMessage(last, `${where}.lastMessage`);
    if (fixed === undefined) at.set('lastMessage', undefined, last === null ? 'missing-field' : 'wrong-type');
    else at.replace('lastMessage', fixed);
  }
  return at.result();
}

function sanitizeClient(raw: unknown, where: string, title: unknown): Chat['client'] {
  if (!isObject(raw)) return { id: '', name: typeof title === 'string' ? title : '' };
  const f = new Fixer<Chat['client']>(raw, where);
  if (typeof f.get('id') !== 'string') f.set('id', idOf(f.get('id')) ?? '', f.get('id') == null ? 'missing-field' : 'wrong-type');
  f.text('name', { required: true });
  f.url('avatarUrl', 'image');
  f.text('email');
  f.text('phone');
  return f.result();
}

function sanitizeLastMessage(raw: unknown, where: string): Chat['lastMessage'] | undefined {
  const f = start<NonNullable<Chat['lastMessage']>>(raw, where);
  if (!f) return undefined;
  if (typeof f.get('id') !== 'string') f.set('id', idOf(f.get('id')) ?? '', 'wrong-type');
  f.oneOf('authorKind', AUTHOR_KINDS, 'system', true);
  f.text('text', { required: true, max: MAX_NAME_LENGTH * 4 });
  f.date('createdAt', { required: true });
  return f.result();
}

/** A message as the model describes it, or `undefined` when it has no id or chat. */
export function sanitizeMessage(raw: unknown): Message | undefined {
  const f = start<Message>(raw, 'message');
  const id = f?.id();
  if (!f || id === undefined || f.id('chatId') === undefined) return undefined;
  const at = new Fixer<Message>(f.result() as unknown as Json, `message "${id}"`);
  at.oneOf('authorKind', AUTHOR_KINDS, 'system', true);
  at.optionalId('authorId');
  at.text('authorName');
  at.text('text', { required: true, max: MAX_TEXT_LENGTH });
  at.date('createdAt', { required: true });
  at.date('editedAt');
  at.boolean('deleted');
  at.boolean('silent');
  at.optionalId('replyToId');
  at.list('attachments', sanitizeAttachment, { max: MAX_ATTACHMENTS, maxKind: 'too-many-attachments' });
  return at.result();
}

/** An operator, or `undefined` when it has no id. */
export function sanitizeOperator(raw: unknown): Operator | undefined {
  const f = start<Operator>(raw, 'operator');
  const id = f?.id();
  if (!f || id === undefined) return undefined;
  const at = new Fixer<Operator>(f.result() as unknown as Json, `operator "${id}"`);
  at.text('name', { required: true });
  at.text('position');
  at.url('avatarUrl', 'image');
  at.oneOf('status', OPERATOR_STATUSES, undefined);
  at.number('activeChats');
  at.list('queueIds', (item) => idOf(item));
  return at.result();
}

/** A queue (open channel), or `undefined` when it has no id. */
export function sanitizeQueue(raw: unknown): Queue | undefined {
  const f = start<Queue>(raw, 'queue');
  const id = f?.id();
  if (!f || id === undefined) return undefined;
  const at = new Fixer<Queue>(f.result() as unknown as Json, `queue "${id}"`);
  at.text('name', { required: true });
  at.list('operatorIds', (item) => idOf(item));
  at.boolean('active');
  return at.result();
}

/** A canned response, or `undefined` when it has no id. */
export function sanitizeCanned(raw: unknown): CannedResponse | undefined {
  const f = start<CannedResponse>(raw, 'canned response');
  const id = f?.id();
  if (!f || id === undefined) return undefined;
  const at = new Fixer<CannedResponse>(f.result() as unknown as Json, `canned response "${id}"`);
  at.text('title', { required: true });
  at.text('text', { required: true, max: MAX_TEXT_LENGTH });
  at.text('section');
  at.number('usageCount');
  return at.result();
}

/**
 * Repairs a list from the adapter: a non-array is taken as empty (one
 * warning), unusable items are dropped. Returns the same array when nothing
 * changed.
 */
export function sanitizeList<T>(raw: unknown, each: (item: unknown) => T | undefined, what: string): T[] {
  if (!Array.isArray(raw)) {
    warn(raw == null ? 'missing-field' : 'wrong-type', what);
    return [];
  }
  // A copy only from the first repaired or dropped record on.
  let out: T[] | undefined;
  const outer = listLimit;
  listLimit = futureLimit();
  try {
    for (let i = 0; i < raw.length; i += 1) {
      const item: unknown = raw[i];
      const fixed = each(item);
      if (!out && fixed !== item) out = raw.slice(0, i) as T[];
      if (out && fixed !== undefined) out.push(fixed);
    }
  } finally {
    listLimit = outer;
  }
  return out ?? (raw as T[]);
}
