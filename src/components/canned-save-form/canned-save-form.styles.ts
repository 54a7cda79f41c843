import { css } from 'lit';
import { token } from '../../themes/tokens.js';

export const styles = css`
  :host {
    display: block;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: ${token('--ol-space-s')};
  }
  .heading {
    font-weight: ${token('--ol-font-weight-bold')};
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: ${token('--ol-space-2xs')};
  }
  label {
    font-size: ${token('--ol-font-size-s')};
    font-weight: ${token('--ol-font-weight-medium')};
    color: ${token('--ol-color-text-muted')};
  }
  textarea.input {
    resize: vertical;
    min-block-size: 4lh;
    max-block-size: 12lh;
    field-sizing: content;
  }
  .input[aria-invalid='true'] {
    border-color: ${token('--ol-color-danger')};
  }
  .field-error {
    font-size: ${token('--ol-font-size-s')};
    color: ${token('--ol-color-danger')};
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: ${token('--ol-space-xs')};
  }
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: progress;
  }
`;
