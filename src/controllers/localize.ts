import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatDuration,
  formatFileSize,
  formatNumber,
  formatRelative,
  formatTime,
  type DateInput,
} from '../core/i18n/format.js';
import { FALLBACK_LANGUAGE, getTranslation, onTranslationsChange, translationsVersion } from '../core/i18n/registry.js';
import { translate, type TermArgs, type Translation, type TranslationKey } from '../core/i18n/translation.js';

/** An element using the controller; its optional `strings` override built-in strings for that element only. */
export type LocalizeHost = ReactiveControllerHost & HTMLElement & { strings?: Partial<Translation> };

// ─── Shared observation ──────────────────────────────────────────────────────
// One MutationObserver for every controller. It watches `lang`/`dir` attributes
// in the subtree of <html> and of every shadow root that contains a connected
// host, so a change on any ancestor (or on the host itself) is seen. Roots are
// reference-counted and everything is released when the last host disconnects.

const OBSERVE_OPTIONS: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['lang', 'dir'],
  subtree: true,
};

const connected = new Set<LocalizeController>();
const observedRoots = new Map<Node, number>();
let observer: MutationObserver | undefined;
let stopRegistry: (() => void) | undefined;

function onAttributesChanged(): void {
  for (const controller of connected) controller.languageMayHaveChanged();
}

function onRegistryChanged(): void {
  for (const controller of connected) controller.host.requestUpdate();
}

function observeRoot(root: Node): void {
  observer ??= new MutationObserver(onAttributesChanged);
  const count = observedRoots.get(root) ?? 0;
  observedRoots.set(root, count + 1);
  if (count === 0) observer.observe(root, OBSERVE_OPTIONS);
}

function unobserveRoot(root: Node): void {
  const count = observedRoots.get(root) ?? 0;
  if (count > 1) {
    observedRoots.set(root, count - 1);
    return;
  }
  observedRoots.delete(root);
  if (!observer) return;
  // MutationObserver cannot stop watching a single node: restart it on the others,
  // keeping records already queued.
  const pending = observer.takeRecords();
  observer.disconnect();
  if (observedRoots.size === 0) {
    observer = undefined;
  } else {
    for (const node of observedRoots.keys()) observer.observe(node, OBSERVE_OPTIONS);
  }
  if (pending.length > 0) onAttributesChanged();
}

/** The nodes to watch for a host: every shadow root on its way up, and <html>. */
function rootsOf(host: HTMLElement): Node[] {
  const roots: Node[] = [];
  let root = host.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  roots.push(document.documentElement);
  return roots;
}

/**
 * The value of the nearest `name` attribute, from the element itself up through
 * its ancestors, crossing shadow roots to their hosts. Empty values (and
 * `dir="auto"`) do not count.
 */
function closestAttribute(element: Element, name: 'lang' | 'dir'): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(name)?.trim();
      if (value && !(name === 'dir' && value.toLowerCase() === 'auto')) return value;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/** @internal For tests: what the shared observation holds. */
export function localizeObservationState(): { controllers: number; roots: number; observing: boolean; registry: boolean } {
  return {
    controllers: connected.size,
    roots: observedRoots.size,
    observing: observer !== undefined,
    registry: stopRegistry !== undefined,
  };
}

// ─── Controller ──────────────────────────────────────────────────────────────

/**
 * Gives an element its language, direction, strings and formatters, and
 * re-renders it when any of them change.
 *
 * - `lang`: nearest `lang` attribute (the host's own first, then its ancestors,
 *   crossing shadow roots), else `<html lang>`, else `navigator.language`,
 *   else `en`.
 * - `dir`: nearest `dir` attribute, else the translation's `$dir`.
 * - `t`: the resolved translation (`fr-CA` → `fr` → `en`) with global overrides
 *   and the host's own `strings` property merged in, cached.
 *
 * ```ts
 * class OlThing extends LitElement {
 *   private readonly localize = new LocalizeController(this);
 *   @property({ attribute: false }) strings?: Partial<Translation>;
 *   render() {
 *     return html`<button>${this.localize.term('answer')}</button>
 *       <span>${this.localize.term('unreadCount', this.chat.unreadCount)}</span>`;
 *   }
 * }
 * ```
 */
export class LocalizeController implements ReactiveController {
  readonly host: LocalizeHost;

  /** Nodes watched for this host while it is connected. */
  private roots: Node[] = [];
  /** Resolved `lang` and `dir` attributes; valid while connected (observation keeps them fresh). */
  private attributes?: { lang: string; dir: string | undefined };
  private cache?: { lang: string; version: number; strings: Partial<Translation> | undefined; t: Translation };

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host as LocalizeHost;
    host.addController(this);
  }

  hostConnected(): void {
    this.attributes = undefined;
    connected.add(this);
    stopRegistry ??= onTranslationsChange(onRegistryChanged);
    this.roots = rootsOf(this.host);
    for (const root of this.roots) observeRoot(root);
  }

  hostDisconnected(): void {
    connected.delete(this);
    for (const root of this.roots) unobserveRoot(root);
    this.roots = [];
    this.attributes = undefined;
    if (connected.size === 0) {
      stopRegistry?.();
      stopRegistry = undefined;
    }
  }

  /** @internal Called by the shared observer: re-render if this host's language or direction changed. */
  languageMayHaveChanged(): void {
    const before = this.attributes;
    this.attributes = undefined;
    const after = this.resolveAttributes();
    if (!before || before.lang !== after.lang || before.dir !== after.dir) this.host.requestUpdate();
  }

  private resolveAttributes(): { lang: string; dir: string | undefined } {
    if (this.attributes) return this.attributes;
    const lang =
      closestAttribute(this.host, 'lang') ??
      (document.documentElement.lang.trim() ||
        (typeof navigator !== 'undefined' ? navigator.language : '') ||
        FALLBACK_LANGUAGE);
    const resolved = { lang, dir: closestAttribute(this.host, 'dir')?.toLowerCase() };
    // Cache only while connected: only then does the observer invalidate it.
    if (connected.has(this)) this.attributes = resolved;
    return resolved;
  }

  /** The language asked for, as written (e.g. `fr-CA`); `t.$code` is the language it resolved to. */
  get lang(): string {
    return this.resolveAttributes().lang;
  }

  /** Writing direction: the nearest `dir` attribute, else the language's. */
  get dir(): 'ltr' | 'rtl' {
    const dir = this.resolveAttributes().dir;
    return dir === 'rtl' || dir === 'ltr' ? dir : this.t.$dir;
  }

  /** The current translation, overrides and the host's `strings` merged in. */
  get t(): Translation {
    const lang = this.lang;
    const version = translationsVersion();
    const strings = this.host.strings;
    const cache = this.cache;
    if (cache && cache.lang === lang && cache.version === version && cache.strings === strings) return cache.t;
    const base = getTranslation(lang);
    const t = strings ? mergeStrings(base, strings) : base;
    this.cache = { lang, version, strings, t };
    return t;
  }

  /** The string for `key`; keys holding a function need its arguments. */
  term<K extends TranslationKey>(key: K, ...args: TermArgs<K>): string {
    return translate(this.t, key, ...args);
  }

  /** "14:05" / "2:05 PM". */
  time(date: DateInput): string {
    return formatTime(date, this.t);
  }

  /** "25 nov. 2026". */
  date(date: DateInput): string {
    return formatDate(date, this.t);
  }

  /** "25 nov. 2026, 14:05". */
  dateTime(date: DateInput): string {
    return formatDateTime(date, this.t);
  }

  /** Day separator: "aujourd'hui", "hier", "mercredi 25 novembre". */
  day(date: DateInput, now?: DateInput): string {
    return formatDay(date, this.t, now);
  }

  /** Short relative time for lists: "5 min", "2 h", "hier", "mer.", "25 nov.". */
  relative(date: DateInput, now?: DateInput): string {
    return formatRelative(date, this.t, now);
  }

  /** "3 min 20 s", "1 h 5 min". */
  duration(seconds: number | null | undefined): string {
    return formatDuration(seconds, this.t);
  }

  /** "1,5 Mo" / "1.5 MB". */
  fileSize(bytes: number | null | undefined): string {
    return formatFileSize(bytes, this.t);
  }

  /** A number in the language's notation. */
  number(value: number | null | undefined, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.t, options);
  }
}

function mergeStrings(base: Translation, strings: Partial<Translation>): Translation {
  const merged: Translation = { ...base };
  for (const [key, value] of Object.entries(strings)) {
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return Object.freeze(merged);
}
