import { css } from 'lit';
import { baseStyles, token } from '../../themes/tokens.js';
import { controlStyles } from '../shared/controls.styles.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { stateStyles } from '../shared/state.styles.js';

export const styles = [
  baseStyles,
  controlStyles,
  dialogStyles,
  css`
    :host {
      display: block;
      position: relative;
      z-index: 2;
      container-type: inline-size;
    }
    .header {
      display: flex;
      flex-direction: column;
      gap: ${token('--ol-space-xs')};
      padding-block: var(--ol-chat-panel-header-padding-block, ${token('--ol-space-s')});
      padding-inline: var(--ol-chat-panel-header-padding-inline, ${token('--ol-space-l')});
      background: var(--ol-chat-panel-header-background, ${token('--ol-color-surface')});
      border-block-end: 1px solid var(--ol-chat-panel-border-color, ${token('--ol-color-border')});
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: ${token('--ol-space-s')};
    }
    .identity {
      display: flex;
      align-items: center;
      gap: ${token('--ol-space-xs')};
      min-inline-size: 0;
      flex: 1 1 200px;
    }
    .channel {
      display: inline-flex;
      color: ${token('--ol-color-accent')};
    }
    .title {
      margin: 0;
      min-inline-size: 0;
      font-size: var(--ol-chat-panel-title-size, ${token('--ol-font-size-l')});
      font-weight: ${token('--ol-font-weight-bold')};
      line-height: 1.3;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .rename {
      display: flex;
      align-items: center;
      gap: ${token('--ol-space-2xs')};
      flex: 1;
      min-inline-size: 0;
    }
    .rename .input {
      flex: 1;
      min-inline-size: 0;
      font-weight: ${token('--ol-font-weight-medium')};
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('--ol-space-xs')};
    }
    .button[aria-disabled='true'] {
      opacity: 0.55;
      cursor: not-allowed;
    }
    .button.danger {
      color: ${token('--ol-color-danger')};
    }
    .menu-anchor {
      position: relative;
    }
    .menu {
      position: absolute;
      inset-block-start: calc(100% + 4px);
      inset-inline-end: 0;
      z-index: ${token('--ol-z-popover')};
      display: flex;
      flex-direction: column;
      min-inline-size: 240px;
      max-inline-size: min(360px, 90vw);
      max-block-size: 60vh;
      overflow: auto;
    }
    .menuitem {
      display: flex;
      align-items: flex-start;
      gap: ${token('--ol-space-s')};
      padding: ${token('--ol-space-s')} ${token('--ol-space-s')};
      border: 0;
      border-radius: ${token('--ol-radius-s')};
      background: transparent;
      text-align: start;
      cursor: pointer;
    }
    .menuitem:hover:not([aria-disabled='true']),
    .menuitem:focus-visible {
      background: ${token('--ol-color-surface-hover')};
    }
    .menuitem:focus-visible {
      outline-offset: -2px;
    }
    .menuitem[aria-disabled='true'] {
      opacity: 0.55;
      cursor: not-allowed;
    }
    .menuitem-text {
      flex: 1;
      display: flex;
      flex-direction: column;
      min-inline-size: 0;
    }
    .hint {
      font-size: ${token('--ol-font-size-s')};
      color: ${token('--ol-color-text-muted')};
    }
    .check {
      visibility: hidden;
      color: ${token('--ol-color-accent')};
    }
    .check.on {
      visibility: visible;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('--ol-space-2xs')} ${token('--ol-space-m')};
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: ${token('--ol-font-size-s')};
      color: ${token('--ol-color-text-muted')};
    }
    .meta li {
      display: inline-flex;
      align-items: center;
      gap: ${token('--ol-space-2xs')};
      min-inline-size: 0;
      max-inline-size: 100%;
      /* Contains (and clips) the visually hidden labels inside. */
      position: relative;
    }
    /* Names (client, open channel, operator) are cut with an ellipsis, never wrapped over many lines. */
    .meta li:is(.client, .operator, :not([class])) {
      display: inline-block;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .meta li:is(.client, .operator, :not([class])) > .icon {
      margin-inline-end: ${token('--ol-space-2xs')};
      vertical-align: -0.2em;
    }
    .meta .icon {
      inline-size: 1.1em;
      block-size: 1.1em;
    }
    .badge.pinned {
      background: ${token('--ol-color-accent-subtle')};
      color: ${token('--ol-color-accent-hover')};
    }
    .badge.silent {
      background: ${token('--ol-color-silent-subtle')};
      color: ${token('--ol-color-silent')};
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('--ol-space-s')};
      padding: ${token('--ol-space-xs')} ${token('--ol-space-s')};
      border-radius: ${token('--ol-radius-m')};
      background: ${token('--ol-color-surface-sunken')};
    }
    .notice > span {
      flex: 1;
      min-inline-size: 160px;
    }
    .alert-text {
      flex: 1;
    }
    .alert .button.icon-only {
      color: inherit;
    }
    .status {
      position: absolute;
      inset-block-start: calc(100% + ${token('--ol-space-s')});
      inset-inline: 0;
      display: flex;
      justify-content: center;
      pointer-events: none;
    }
    .toast {
      pointer-events: auto;
      display: flex;
      align-items: center;
      gap: ${token('--ol-space-m')};
      padding-block: ${token('--ol-space-xs')};
      padding-inline: ${token('--ol-space-m')} ${token('--ol-space-xs')};
      border-radius: ${token('--ol-radius-m')};
      background: var(--ol-chat-panel-toast-background, ${token('--ol-color-text')});
      color: var(--ol-chat-panel-toast-color, ${token('--ol-color-surface')});
      box-shadow: ${token('--ol-shadow-m')};
      min-block-size: 32px;
    }
    .toast:not(:has(.undo)) {
      padding-inline-end: ${token('--ol-space-m')};
    }
    .toast .undo {
      border-color: transparent;
      background: transparent;
      color: inherit;
      font-weight: ${token('--ol-font-weight-bold')};
    }
    .toast .undo:hover {
      background: color-mix(in srgb, currentColor 15%, transparent);
    }
    dialog.confirm {
      --_ol-dialog-width: 400px;
      padding: ${token('--ol-space-l')};
    }
    dialog.confirm p {
      margin-block: ${token('--ol-space-s')} ${token('--ol-space-l')};
    }
    .confirm-actions {
      display: flex;
      justify-content: flex-end;
      gap: ${token('--ol-space-s')};
    }
    @container (max-width: 520px) {
      .actions .label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
    /* Too narrow for a 240 px menu hanging from the ⋯ button: it spans the header instead, just under it. */
    @container (max-width: 480px) {
      .menu-anchor {
        position: static;
      }
      .menu {
        inset-block-start: 100%;
        inset-inline: ${token('--ol-space-s')};
        min-inline-size: 0;
        max-inline-size: none;
      }
    }
    @media (forced-colors: active) {
      .toast,
      .notice,
      .menuitem:focus-visible {
        border: 1px solid CanvasText;
      }
    }
  `,
  stateStyles,
];
