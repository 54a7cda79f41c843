import { css } from 'lit';
import { token } from '../../themes/tokens.js';

export const styles = css`
  :host {
    display: contents;
  }
  .menu {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: ${token('--ol-z-popover')};
    visibility: hidden;
    display: flex;
    flex-direction: column;
    min-inline-size: var(--ol-chat-list-menu-min-inline-size, 200px);
  }
  .item {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-s')};
    padding-block: ${token('--ol-space-xs')};
    padding-inline: ${token('--ol-space-s')};
    min-block-size: 32px;
    border: 0;
    border-radius: ${token('--ol-radius-s')};
    background: transparent;
    text-align: start;
    cursor: pointer;
  }
  .item:hover,
  .item:focus-visible {
    background: ${token('--ol-color-surface-hover')};
  }
  .item .icon {
    color: ${token('--ol-color-text-muted')};
    flex: none;
  }
  @media (forced-colors: active) {
    .item:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
