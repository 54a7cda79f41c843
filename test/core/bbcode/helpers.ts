import { render } from 'lit';
import { renderBBCode } from '../../../src/core/bbcode/index.js';
import type { BBNode, RenderBBCodeOptions } from '../../../src/core/bbcode/index.js';

const containers = new Set<HTMLElement>();

afterEach(() => {
  for (const container of containers) container.remove();
  containers.clear();
});

/**
 * Renders BBCode with lit's `render()` into a container attached to the
 * document (removed after each test). Rendering is synchronous; the promise
 * only keeps call sites uniform.
 */
export async function renderInto(input: string | BBNode[], options?: RenderBBCodeOptions): Promise<HTMLDivElement> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.add(container);
  render(renderBBCode(input, options), container);
  return container;
}

/** Visible text of a rendered message, with `<br>` as a newline. */
export function textOf(container: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if (node.nodeName === 'BR') text += '\n';
    node.childNodes.forEach(walk);
  };
  container.childNodes.forEach(walk);
  return text;
}

/** Tag names of the elements rendered (comments and text ignored). */
export function elementNames(container: Element): string[] {
  return [...container.querySelectorAll('*')].map((element) => element.localName);
}

/**
 * How many elements match. Tests assert on numbers and strings, never on DOM
 * nodes: a failing assertion that carries a node crashes the test runner's
 * error reporting instead of reporting the failure.
 */
export function count(root: Element, selector: string): number {
  return root.querySelectorAll(selector).length;
}
