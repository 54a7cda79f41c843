import { css } from 'lit';
import { token } from '../../themes/tokens.js';

export const styles = css`
  :host {
    display: block;
  }
  .editor {
    display: flex;
    flex-direction: column;
    gap: ${token('--ol-space-xs')};
  }
  textarea.input {
    display: block;
    inline-size: 100%;
    min-block-size: calc(2lh + 2 * ${token('--ol-space-xs')});
    max-block-size: var(--ol-message-editor-max-block-size, 12lh);
    field-sizing: content;
    resize: vertical;
    line-height: ${token('--ol-line-height')};
  }
  textarea[aria-invalid='true'] {
    border-color: ${token('--ol-color-danger')};
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('--ol-space-xs')};
  }
  .hint {
    font-size: ${token('--ol-font-size-xs')};
    color: ${token('--ol-color-text-muted')};
  }
  .actions {
    display: flex;
    gap: ${token('--ol-space-xs')};
    margin-inline-start: auto;
  }
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: progress;
  }
`;
