/** Mounting and waiting helpers shared by the hardening suites. */
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { waitUntil } from '@open-wc/testing';
import { walkDeep } from './audit.js';

export function ignoreResizeObserverLoops(): void {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
}

export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
export const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await frame();
};

/**
 * Every element matching `selector` anywhere under `root`, through shadow
 * roots. `a >>> b` finds `b` anywhere under (or in the shadow of) an `a`.
 */
export function deepQueryAll<T extends Element = HTMLElement>(root: Element, selector: string): T[] {
  const [first, ...rest] = selector.split(' >>> ');
  let scopes: Element[] = [];
  walkDeep(root, (el) => {
    if (el.matches(first!)) scopes.push(el);
  });
  for (const part of rest) {
    const next = new Set<Element>();
    for (const scope of scopes) {
      walkDeep(scope, (el) => {
        if (el !== scope && el.matches(part)) next.add(el);
      });
    }
    scopes = [...next];
  }
  return scopes as T[];
}

/** The first element `deepQueryAll` finds. */
export function deepQuery<T extends Element = HTMLElement>(root: Element, selector: string): T | null {
  return deepQueryAll<T>(root, selector)[0] ?? null;
}

export async function waitDeep<T extends Element = HTMLElement>(root: Element, selector: string, message?: string, timeout = 5000): Promise<T> {
  await waitUntil(() => deepQuery(root, selector), message ?? `no ${selector}`, { timeout });
  return deepQuery<T>(root, selector)!;
}

/** Elements that scroll vertically under `root` (virtualized lists, grids, timelines). */
export function scrollers(root: Element): HTMLElement[] {
  return deepQueryAll<HTMLElement>(root, '*').filter((el) => {
    if (el.scrollHeight <= el.clientHeight + 2) return false;
    const { overflowY } = getComputedStyle(el);
    return overflowY === 'auto' || overflowY === 'scroll';
  });
}

/**
 * Scrolls every scroller under `root` from top to bottom one screen at a time,
 * calling `visit` at each stop (virtualized content renders what is in view).
 */
export async function scrollThrough(root: Element, visit: () => void | Promise<void>): Promise<void> {
  await visit();
  for (const scroller of scrollers(root)) {
    scroller.scrollTop = 0;
    await frames(2);
    // At most ~40 stops: a 100 KB word makes one row tens of thousands of pixels tall.
    const step = Math.max(100, scroller.clientHeight - 20, (scroller.scrollHeight - scroller.clientHeight) / 40);
    for (let guard = 0; guard < 400; guard++) {
      await visit();
      const before = scroller.scrollTop;
      scroller.scrollTop = before + step;
      await frames(2);
      if (scroller.scrollTop === before) break;
    }
    await visit();
  }
}
