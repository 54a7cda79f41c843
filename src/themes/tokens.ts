import { css, unsafeCSS } from 'lit';
import { lightTokens, type TokenName } from './token-values.js';

export { darkTokens, lightTokens, type TokenName } from './token-values.js';

/** `var(--ol-x, <light value>)`: a token with its fallback, for element styles. */
export function token(name: TokenName) {
  return unsafeCSS(`var(${name}, ${lightTokens[name]})`);
}

/**
 * Shared base of every element's styles: font, colours and focus ring from
 * the tokens, `[hidden]` honoured, and no motion for people who ask for none.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${token('--ol-font-family')};
    font-size: ${token('--ol-font-size-m')};
    line-height: ${token('--ol-line-height')};
    color: ${token('--ol-color-text')};
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid ${token('--ol-color-focus-ring')};
    outline-offset: 2px;
  }
  /* Icons that point along the reading direction (send, skip, reply, undo) turn around in right-to-left text. */
  svg.mirror-rtl:dir(rtl) {
    transform: scaleX(-1);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
