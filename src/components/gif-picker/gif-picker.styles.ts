import { css } from 'lit';
import { token } from '../../themes/tokens.js';

export const gifPickerStyles = css`
  :host {
    display: block;
    --_ol-cell: var(--ol-gif-picker-cell, 96px);
  }
  .base {
    display: grid;
    gap: ${token('--ol-space-xs')};
    inline-size: calc(var(--_ol-cell) * 3 + 2 * 6px + 16px);
    max-inline-size: 100%;
  }
  .search-row {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-xs')};
    color: ${token('--ol-color-text-muted')};
  }
  .search {
    flex: 1;
    min-inline-size: 0;
    color: ${token('--ol-color-text')};
  }
  .results {
    max-block-size: calc(var(--_ol-cell) * 2.4);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .row {
    display: flex;
    gap: 6px;
  }
  .row + .row {
    margin-block-start: 6px;
  }
  .cell {
    display: block;
    inline-size: var(--_ol-cell);
    aspect-ratio: 4 / 3;
    border-radius: ${token('--ol-radius-s')};
    overflow: hidden;
    cursor: pointer;
    background: ${token('--ol-color-surface-sunken')};
  }
  .cell img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .cell:hover {
    outline: 2px solid ${token('--ol-color-accent')};
  }
  .note {
    margin: ${token('--ol-space-s')};
    color: ${token('--ol-color-text-muted')};
  }
`;
