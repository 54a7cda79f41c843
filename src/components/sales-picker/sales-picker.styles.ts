import { css } from 'lit';
import { token } from '../../themes/tokens.js';

export const salesPickerStyles = css`
  :host {
    display: block;
  }
  .base {
    inline-size: min(360px, 100%);
    outline: none;
  }
  .title {
    margin: 0 0 ${token('--ol-space-xs')};
    padding-inline: ${token('--ol-space-xs')};
    font-weight: ${token('--ol-font-weight-bold')};
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    max-block-size: 260px;
    overflow-y: auto;
  }
  .item {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas: 'icon title price' 'icon kind price';
    align-items: center;
    column-gap: ${token('--ol-space-s')};
    padding: ${token('--ol-space-xs')} ${token('--ol-space-s')};
    border-radius: ${token('--ol-radius-s')};
    cursor: pointer;
  }
  .item > svg {
    grid-area: icon;
    color: ${token('--ol-color-accent')};
  }
  .item-title {
    grid-area: title;
    overflow-wrap: anywhere;
  }
  .item-kind {
    grid-area: kind;
    overflow-wrap: anywhere;
    font-size: ${token('--ol-font-size-s')};
    color: ${token('--ol-color-text-muted')};
  }
  .item-price {
    grid-area: price;
    max-inline-size: 14ch;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    font-weight: ${token('--ol-font-weight-medium')};
  }
  .item:hover,
  .item[aria-selected='true'] {
    background: ${token('--ol-color-surface-hover')};
  }
  .note {
    margin: ${token('--ol-space-s')};
    color: ${token('--ol-color-text-muted')};
  }
`;
