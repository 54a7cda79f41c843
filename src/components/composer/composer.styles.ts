import { css } from 'lit';
import { token } from '../../themes/tokens.js';

export const composerStyles = css`
  :host {
    display: block;
    --_ol-bg: var(--ol-composer-background, ${token('--ol-color-surface')});
    --_ol-border: var(--ol-composer-border-color, ${token('--ol-color-border')});
    --_ol-radius: var(--ol-composer-radius, ${token('--ol-radius-l')});
    --_ol-padding: var(--ol-composer-padding, ${token('--ol-space-s')});
    --_ol-max-height: var(--ol-composer-max-height, 12lh);
    --_ol-silent: var(--ol-composer-silent-color, ${token('--ol-color-silent')});
    --_ol-silent-bg: var(--ol-composer-silent-background, ${token('--ol-color-silent-subtle')});
  }
  .base {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: ${token('--ol-space-xs')};
    padding: var(--_ol-padding);
    border: 1px solid var(--_ol-border);
    border-radius: var(--_ol-radius);
    background: var(--_ol-bg);
  }
  .base:focus-within {
    border-color: ${token('--ol-color-accent')};
  }
  .base.silent {
    border: 2px dashed var(--_ol-silent);
    background: var(--_ol-silent-bg);
  }
  .base.disabled {
    background: ${token('--ol-color-surface-sunken')};
  }
  .base.dragging {
    border-color: ${token('--ol-color-accent')};
  }
  p {
    margin: 0;
  }
  .reason,
  .silent-hint {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-xs')};
    font-size: ${token('--ol-font-size-s')};
  }
  .reason {
    color: ${token('--ol-color-text-muted')};
  }
  .silent-hint {
    color: var(--_ol-silent);
    font-weight: ${token('--ol-font-weight-medium')};
  }
  .alert-text {
    flex: 1;
  }
  .reply {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-s')};
    padding-block: ${token('--ol-space-xs')};
    padding-inline: ${token('--ol-space-s')};
    border-inline-start: 3px solid ${token('--ol-color-accent')};
    border-radius: ${token('--ol-radius-s')};
    background: ${token('--ol-color-surface-sunken')};
  }
  .reply > svg {
    flex: none;
    color: ${token('--ol-color-accent')};
  }
  .reply-body {
    flex: 1;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
  }
  .reply-title {
    font-size: ${token('--ol-font-size-s')};
    font-weight: ${token('--ol-font-weight-bold')};
  }
  .reply-text {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: ${token('--ol-color-text-muted')};
  }
  .uploads {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token('--ol-space-xs')};
  }
  .upload {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--ol-space-xs')} ${token('--ol-space-s')};
    padding-block: 2px;
    padding-inline: ${token('--ol-space-s')} 2px;
    border: 1px solid ${token('--ol-color-border')};
    border-radius: ${token('--ol-radius-m')};
    background: ${token('--ol-color-surface-raised')};
    font-size: ${token('--ol-font-size-s')};
  }
  .upload[data-status='failed'],
  .upload[data-status='refused'] {
    border-color: ${token('--ol-color-danger')};
  }
  .upload-name {
    min-inline-size: 0;
    max-inline-size: 40ch;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-weight: ${token('--ol-font-weight-medium')};
  }
  .upload-size {
    color: ${token('--ol-color-text-muted')};
  }
  .upload-done {
    color: ${token('--ol-color-success')};
  }
  .upload-error {
    flex-basis: 100%;
    order: 10;
    color: ${token('--ol-color-danger')};
  }
  .progress {
    flex: 1;
    min-inline-size: 60px;
    block-size: 6px;
    border-radius: ${token('--ol-radius-pill')};
    background: ${token('--ol-color-surface-sunken')};
    overflow: hidden;
  }
  .progress-bar {
    display: block;
    block-size: 100%;
    background: ${token('--ol-color-accent')};
    transition: inline-size ${token('--ol-duration-fast')};
  }
  .upload > .button {
    min-block-size: 28px;
  }
  .upload > .button {
    margin-inline-start: auto;
  }
  .upload > .button + .button {
    margin-inline-start: 0;
  }
  .field {
    position: relative;
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 2.5lh;
    max-block-size: var(--_ol-max-height);
    resize: none;
    overflow-y: auto;
    padding: ${token('--ol-space-xs')} ${token('--ol-space-s')};
    border: 1px solid transparent;
    border-radius: ${token('--ol-radius-m')};
    background: transparent;
    color: inherit;
    font: inherit;
    line-height: ${token('--ol-line-height')};
  }
  textarea:focus-visible {
    /* A ring on the field itself: the box's border colour alone is too faint, and gone in forced colours. */
    outline: 2px solid ${token('--ol-color-focus-ring')};
    outline-offset: 0;
  }
  textarea::placeholder {
    color: ${token('--ol-color-text-muted')};
    opacity: 1;
  }
  textarea:disabled {
    cursor: not-allowed;
  }
  .suggest {
    position: absolute;
    inset-block-end: calc(100% + 4px);
    inset-inline-start: 0;
    z-index: ${token('--ol-z-popover')};
    inline-size: min(340px, 100%);
  }
  .suggest-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .option {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-s')};
    padding: ${token('--ol-space-xs')} ${token('--ol-space-s')};
    border-inline-start: 3px solid transparent;
    border-radius: ${token('--ol-radius-s')};
    cursor: pointer;
  }
  .option[aria-selected='true'] {
    background: ${token('--ol-color-surface-selected')};
    border-inline-start-color: ${token('--ol-color-accent')};
  }
  .option-label {
    flex: 1;
  }
  .option-label,
  .option-detail {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .option-detail {
    max-inline-size: 50%;
    color: ${token('--ol-color-text-muted')};
    font-size: ${token('--ol-font-size-s')};
  }
  .option-detail.syntax {
    font-family: ${token('--ol-font-family-mono')};
  }
  .suggest-note {
    padding: ${token('--ol-space-xs')} ${token('--ol-space-s')};
    color: ${token('--ol-color-text-muted')};
  }
  .suggest-note.alert {
    color: ${token('--ol-color-danger')};
  }
  .chips {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--ol-space-xs')};
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding-inline: ${token('--ol-space-xs')};
    border-radius: ${token('--ol-radius-pill')};
    background: ${token('--ol-color-accent-subtle')};
    color: ${token('--ol-color-text')};
    font-size: ${token('--ol-font-size-s')};
  }
  .toolbar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: ${token('--ol-space-s')};
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px;
  }
  .tool[aria-expanded='true'] {
    background: ${token('--ol-color-surface-selected')};
  }
  .silent-toggle {
    transition: none;
    margin-inline-start: ${token('--ol-space-xs')};
    border-color: transparent;
    background: transparent;
    font-size: ${token('--ol-font-size-s')};
  }
  .silent-toggle[aria-pressed='true'] {
    border-color: var(--_ol-silent);
    background: var(--_ol-silent);
    color: ${token('--ol-color-text-inverse')};
  }
  .silent-toggle[aria-pressed='true']:hover:not(:disabled) {
    background: var(--_ol-silent);
  }
  .send {
    flex: none;
  }
  .popup {
    position: absolute;
    inset-block-end: calc(100% + 4px);
    inset-inline-start: 0;
    z-index: ${token('--ol-z-popover')};
    max-inline-size: min(100%, 420px);
    padding: ${token('--ol-space-s')};
  }
  .popup[data-kind='canned'] {
    inline-size: min(100%, 480px);
    max-inline-size: none;
  }
  .drop {
    position: absolute;
    inset: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: ${token('--ol-space-s')};
    border: 2px dashed ${token('--ol-color-accent')};
    border-radius: var(--_ol-radius);
    background: ${token('--ol-color-accent-subtle')};
    color: ${token('--ol-color-accent')};
    font-weight: ${token('--ol-font-weight-bold')};
    pointer-events: none;
  }
  .toast {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-s')};
    padding-block: 2px;
    padding-inline: ${token('--ol-space-s')} 2px;
    border-radius: ${token('--ol-radius-m')};
    background: ${token('--ol-color-success-subtle')};
    color: ${token('--ol-color-text')};
    font-size: ${token('--ol-font-size-s')};
  }
  .toast > svg {
    color: ${token('--ol-color-success')};
  }
  .toast > .button {
    margin-inline-start: auto;
    min-block-size: 28px;
  }
  @media (forced-colors: active) {
    .base.silent {
      border-color: Highlight;
    }
    .option[aria-selected='true'] {
      outline: 2px solid Highlight;
    }
    .progress-bar {
      background: Highlight;
    }
  }
`;
