import { fixtureSync } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * Renders a template (usually a wrapper holding an element and its
 * neighbours) and waits for the element's first update. Unlike `fixture()`
 * on a plain wrapper, it does not wait for an animation frame, which never
 * comes in a test page running in a background tab.
 */
export async function mount<E extends ReactiveElement>(template: TemplateResult, selector: string): Promise<{ root: HTMLElement; el: E }> {
  const root = fixtureSync<HTMLElement>(template);
  const el = (root.matches(selector) ? root : root.querySelector(selector)) as E | null;
  if (!el) throw new Error(`mount: nothing matches ${selector}`);
  await el.updateComplete;
  return { root, el };
}
