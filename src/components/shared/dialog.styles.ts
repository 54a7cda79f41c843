import { css } from 'lit';
import { token } from '../../themes/tokens.js';

/**
 * The surface of the modal dialogs (native `<dialog>` shown with
 * `showModal()`): header with a title and a close button, a scrolling body,
 * a footer of actions. Each dialog element sets `--_ol-dialog-width`.
 */
export const dialogStyles = css`
  dialog {
    inline-size: min(var(--_ol-dialog-width, 480px), calc(100vw - 32px));
    max-block-size: min(640px, calc(100vh - 32px));
    padding: 0;
    border: 1px solid ${token('--ol-color-border')};
    border-radius: ${token('--ol-radius-l')};
    background: ${token('--ol-color-surface-raised')};
    color: ${token('--ol-color-text')};
    box-shadow: ${token('--ol-shadow-l')};
    font: inherit;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: ${token('--ol-color-overlay')};
  }
  .dialog-header {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-s')};
    padding-block: ${token('--ol-space-m')} ${token('--ol-space-s')};
    padding-inline: ${token('--ol-space-l')} ${token('--ol-space-s')};
  }
  .dialog-title {
    flex: 1;
    margin: 0;
    font-size: ${token('--ol-font-size-l')};
    font-weight: ${token('--ol-font-weight-bold')};
    overflow-wrap: anywhere;
  }
  .dialog-body {
    flex: 1;
    min-block-size: 0;
    overflow: auto;
    padding-block: ${token('--ol-space-xs')};
    padding-inline: ${token('--ol-space-l')};
  }
  .dialog-footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: ${token('--ol-space-s')};
    padding: ${token('--ol-space-m')} ${token('--ol-space-l')};
    border-block-start: 1px solid ${token('--ol-color-border')};
  }
  .dialog-footer .spacer {
    flex: 1;
  }
  .dialog-alert {
    margin-block: ${token('--ol-space-s')};
  }
  .muted {
    color: ${token('--ol-color-text-muted')};
  }
  @media (forced-colors: active) {
    dialog {
      border: 1px solid CanvasText;
    }
  }
`;

/** Styles shared by the people pickers (transfer and invite dialogs). */
export const pickerStyles = css`
  .search {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-s')};
    padding-block: 0 ${token('--ol-space-s')};
    padding-inline: ${token('--ol-space-l')};
    color: ${token('--ol-color-text-muted')};
  }
  .search .input {
    flex: 1;
    min-inline-size: 0;
    color: ${token('--ol-color-text')};
  }
  .section + .section {
    margin-block-start: ${token('--ol-space-m')};
  }
  .section-title {
    margin: ${token('--ol-space-s')} 0 ${token('--ol-space-xs')};
    font-size: ${token('--ol-font-size-s')};
    font-weight: ${token('--ol-font-weight-bold')};
    color: ${token('--ol-color-text-muted')};
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-s')};
    padding: ${token('--ol-space-xs')} ${token('--ol-space-s')};
    border-radius: ${token('--ol-radius-m')};
    cursor: pointer;
  }
  .option:hover:not([aria-disabled='true']) {
    background: ${token('--ol-color-surface-hover')};
  }
  .option:focus-visible {
    outline-offset: -2px;
  }
  .option[aria-disabled='true'] {
    cursor: default;
  }
  .option[aria-disabled='true'] .name {
    color: ${token('--ol-color-text-muted')};
  }
  .avatar {
    flex: none;
    inline-size: 32px;
    block-size: 32px;
    border-radius: 50%;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    background: ${token('--ol-color-surface-sunken')};
    color: ${token('--ol-color-text-muted')};
    object-fit: cover;
  }
  .avatar.queue {
    border-radius: ${token('--ol-radius-m')};
  }
  .option-text {
    flex: 1;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    overflow-wrap: anywhere;
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .option-meta {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    text-align: end;
  }
  .small {
    font-size: ${token('--ol-font-size-s')};
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: ${token('--ol-space-xs')};
    font-size: ${token('--ol-font-size-s')};
    color: ${token('--ol-color-text-muted')};
  }
  .dot {
    inline-size: 8px;
    block-size: 8px;
    border-radius: 50%;
    background: currentColor;
  }
  .status-online .dot {
    background: ${token('--ol-color-success')};
  }
  .status-busy .dot {
    background: ${token('--ol-color-danger')};
  }
  .status-away .dot {
    background: ${token('--ol-color-warning')};
  }
  .status-offline .dot {
    background: ${token('--ol-color-border-strong')};
  }
  @media (forced-colors: active) {
    .option:hover {
      outline: 1px solid Highlight;
    }
    .dot {
      forced-color-adjust: none;
    }
  }
`;
