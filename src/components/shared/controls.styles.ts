import { css } from 'lit';
import { token } from '../../themes/tokens.js';

/**
 * Buttons, inputs and popover surfaces shared by the elements, built on the
 * global tokens. Elements add their own `--ol-<element>-*` knobs on top.
 */
export const controlStyles = css`
  button {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token('--ol-space-xs')};
    min-block-size: 32px;
    padding-block: ${token('--ol-space-xs')};
    padding-inline: ${token('--ol-space-m')};
    border: 1px solid ${token('--ol-color-border')};
    border-radius: ${token('--ol-radius-m')};
    background: ${token('--ol-color-surface-raised')};
    color: ${token('--ol-color-text')};
    cursor: pointer;
    white-space: nowrap;
    transition: background ${token('--ol-duration-fast')};
  }
  .button:hover:not(:disabled) {
    background: ${token('--ol-color-surface-hover')};
  }
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .button.primary {
    background: ${token('--ol-color-accent')};
    border-color: ${token('--ol-color-accent')};
    color: ${token('--ol-color-accent-text')};
  }
  .button.primary:hover:not(:disabled) {
    background: ${token('--ol-color-accent-hover')};
  }
  .button.danger {
    color: ${token('--ol-color-danger')};
  }
  .button.icon-only {
    padding-inline: ${token('--ol-space-xs')};
    min-inline-size: 32px;
    border-color: transparent;
    background: transparent;
  }
  .button.icon-only:hover:not(:disabled) {
    background: ${token('--ol-color-surface-hover')};
  }
  .input {
    font: inherit;
    color: inherit;
    min-block-size: 32px;
    padding-block: ${token('--ol-space-xs')};
    padding-inline: ${token('--ol-space-s')};
    border: 1px solid ${token('--ol-color-border-strong')};
    border-radius: ${token('--ol-radius-m')};
    background: ${token('--ol-color-surface')};
  }
  .input:focus-visible {
    outline-offset: 0;
  }
  .popover {
    background: ${token('--ol-color-surface-raised')};
    color: ${token('--ol-color-text')};
    border: 1px solid ${token('--ol-color-border')};
    border-radius: ${token('--ol-radius-m')};
    box-shadow: ${token('--ol-shadow-m')};
    padding: ${token('--ol-space-xs')};
  }
  .alert {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-s')};
    padding: ${token('--ol-space-s')} ${token('--ol-space-m')};
    border-radius: ${token('--ol-radius-m')};
    background: ${token('--ol-color-danger-subtle')};
    color: ${token('--ol-color-danger')};
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: ${token('--ol-space-2xs')};
    padding-inline: ${token('--ol-space-xs')};
    border-radius: ${token('--ol-radius-pill')};
    font-size: ${token('--ol-font-size-xs')};
    font-weight: ${token('--ol-font-weight-medium')};
    line-height: 18px;
    background: ${token('--ol-color-surface-sunken')};
    color: ${token('--ol-color-text-muted')};
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .button,
    .input,
    .popover,
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
