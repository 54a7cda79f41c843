import { css } from 'lit';
import { token } from '../../themes/tokens.js';

export const styles = css`
  :host {
    display: contents;
  }
  .surface {
    position: fixed;
    inset: 0 auto auto 0;
    z-index: 1000;
    margin: 0;
    box-sizing: border-box;
    min-inline-size: var(--ol-message-menu-min-inline-size, 14rem);
    max-inline-size: min(var(--ol-message-menu-max-inline-size, 22rem), calc(100vw - 16px));
    overflow: auto;
    overscroll-behavior: contain;
    padding: ${token('--ol-space-xs')};
    border: 1px solid ${token('--ol-color-border')};
    border-radius: var(--ol-message-menu-radius, ${token('--ol-radius-m')});
    background: var(--ol-message-menu-background, ${token('--ol-color-surface-raised')});
    color: ${token('--ol-color-text')};
    box-shadow: var(--ol-message-menu-shadow, ${token('--ol-shadow-m')});
    font-family: ${token('--ol-font-family')};
    font-size: ${token('--ol-font-size-m')};
    line-height: ${token('--ol-line-height')};
  }
  :host(:not([open])) .surface {
    display: none;
  }
  .surface.wide {
    inline-size: min(24rem, calc(100vw - 16px));
    max-inline-size: calc(100vw - 16px);
    padding: ${token('--ol-space-m')};
  }
  .menu {
    display: flex;
    flex-direction: column;
  }
  .item {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-s')};
    inline-size: 100%;
    min-block-size: 32px;
    padding-block: ${token('--ol-space-xs')};
    padding-inline: ${token('--ol-space-s')};
    border: 0;
    border-radius: ${token('--ol-radius-s')};
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item:hover,
  .item:focus-visible {
    background: ${token('--ol-color-surface-hover')};
  }
  .item:focus-visible {
    outline-offset: -2px;
  }
  .item[aria-disabled='true'] {
    cursor: progress;
    color: ${token('--ol-color-text-muted')};
  }
  .item.danger {
    color: ${token('--ol-color-danger')};
  }
  .item .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    color: ${token('--ol-color-text-muted')};
  }
  .item.danger .icon {
    color: inherit;
  }
  .label {
    flex: 1;
  }
  .separator {
    block-size: 1px;
    margin-block: ${token('--ol-space-xs')};
    background: ${token('--ol-color-border')};
  }
  .spinner {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .alert {
    margin-block-end: ${token('--ol-space-xs')};
    font-size: ${token('--ol-font-size-s')};
  }
  .alert .icon,
  .status .icon {
    flex: none;
  }
  .status:not(:empty) {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-s')};
    padding: ${token('--ol-space-s')};
    color: ${token('--ol-color-success')};
    font-weight: ${token('--ol-font-weight-medium')};
  }
  .confirm {
    display: flex;
    flex-direction: column;
    gap: ${token('--ol-space-xs')};
    padding: ${token('--ol-space-s')};
    max-inline-size: 20rem;
  }
  .confirm p {
    margin: 0;
  }
  .confirm-title {
    font-weight: ${token('--ol-font-weight-bold')};
  }
  .confirm-body {
    color: ${token('--ol-color-text-muted')};
    font-size: ${token('--ol-font-size-s')};
  }
  .buttons {
    display: flex;
    justify-content: flex-end;
    gap: ${token('--ol-space-xs')};
    padding: ${token('--ol-space-xs')};
  }
  a.button {
    text-decoration: none;
  }
  .button.primary.danger {
    background: ${token('--ol-color-danger')};
    border-color: ${token('--ol-color-danger')};
    color: ${token('--ol-color-text-inverse')};
  }
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: progress;
  }
  @media (forced-colors: active) {
    .surface {
      border: 1px solid CanvasText;
    }
    .item:hover,
    .item:focus-visible {
      outline: 2px solid Highlight;
    }
    .separator {
      background: CanvasText;
    }
  }
`;
