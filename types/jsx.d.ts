/**
 * React 19 typings for the open-lines elements in JSX/TSX: every `ol-*` tag
 * with its attributes and properties (typed from the element classes) and one
 * handler per event it fires, typed with the event's class.
 *
 * React 19 sets a prop as a property when the element has it (so objects such
 * as `adapter` pass as they are) and listens to `on<event-name>` props: the
 * name after `on` is the event type, letter for letter, so the handler of
 * `ol-chat-answer` is `onol-chat-answer`.
 *
 * ```tsx
 * import type {} from '@open-lines/elements/jsx';
 *
 * <ol-chat-panel chat-id="c1" adapter={adapter} onol-chat-answer={(event) => setLast(event.detail.chatId)} />
 * ```
 *
 * Written by hand; the per-element props come from jsx-elements.d.ts, which
 * `npm run analyze` generates from custom-elements.json.
 */
import type * as React from 'react';
import type {} from '../dist/define.js';
import type { CustomElements } from './jsx-elements.js';

export type { CustomElements, ScopedElements } from './jsx-elements.js';

/** The generic props the generator adds to every tag; React's own typings replace them. */
type GenericProps =
  | 'children'
  | 'class'
  | 'className'
  | 'classList'
  | 'dir'
  | 'exportparts'
  | 'htmlFor'
  | 'hidden'
  | 'id'
  | 'key'
  | 'lang'
  | 'part'
  | 'ref'
  | 'slot'
  | 'style'
  | 'tabIndex'
  | 'title'
  | 'translate';

type ElementOf<Tag extends string> = Tag extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[Tag] : HTMLElement;

/** The props of one `ol-*` tag in React: the element's own, then React's for any HTML element. */
export type OlElementProps<Tag extends keyof CustomElements> = Omit<CustomElements[Tag], GenericProps> &
  React.DetailedHTMLProps<React.HTMLAttributes<ElementOf<Tag>>, ElementOf<Tag>> & {
    /** React 19 passes `class` through to custom elements as it is. */
    class?: string;
    /** The part names this element exposes to `::part()` of an outer shadow root. */
    part?: string;
    /** Forwards parts of this element's shadow root to the outer one. */
    exportparts?: string;
  };

/** Every `ol-*` tag, as React's `JSX.IntrinsicElements` entries. */
export type OlIntrinsicElements = { [Tag in keyof CustomElements]: OlElementProps<Tag> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends OlIntrinsicElements {}
  }
}
