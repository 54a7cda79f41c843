import { css } from 'lit';
import { token } from '../../themes/tokens.js';

export const emojiPickerStyles = css`
  :host {
    display: block;
    --_ol-cell: var(--ol-emoji-picker-size, 28px);
  }
  .base {
    display: grid;
    gap: ${token('--ol-space-xs')};
    inline-size: calc(var(--_ol-cell) * 8 + 8 * 6px + 16px);
    max-inline-size: 100%;
  }
  .search {
    inline-size: 100%;
  }
  .tabs {
    display: flex;
    gap: 2px;
    border-block-end: 1px solid ${token('--ol-color-border')};
    padding-block-end: ${token('--ol-space-xs')};
  }
  .tab {
    flex: 1;
    min-block-size: 28px;
    border: 0;
    border-radius: ${token('--ol-radius-s')};
    background: transparent;
    cursor: pointer;
    font-size: 1.1em;
    font-family: 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji', 'Twemoji Mozilla', sans-serif;
  }
  .tab:hover {
    background: ${token('--ol-color-surface-hover')};
  }
  .tab[aria-selected='true'] {
    background: ${token('--ol-color-accent-subtle')};
    box-shadow: inset 0 -2px 0 ${token('--ol-color-accent')};
  }
  .panel {
    max-block-size: calc(var(--_ol-cell) * 6 + 40px);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .row {
    display: flex;
    gap: 6px;
  }
  .row + .row {
    margin-block-start: 4px;
  }
  .cell {
    display: inline-grid;
    place-items: center;
    inline-size: var(--_ol-cell);
    block-size: var(--_ol-cell);
    border-radius: ${token('--ol-radius-s')};
    font-size: calc(var(--_ol-cell) * 0.72);
    font-family: 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji', 'Twemoji Mozilla', sans-serif;
    line-height: 1;
    cursor: pointer;
    user-select: none;
  }
  .cell:hover,
  .cell:focus-visible {
    background: ${token('--ol-color-surface-hover')};
  }
  .empty {
    margin: ${token('--ol-space-s')};
    color: ${token('--ol-color-text-muted')};
  }
  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
