import { css } from 'lit';
import { baseStyles, token } from '../../themes/tokens.js';
import { controlStyles } from '../shared/controls.styles.js';
import { dialogStyles } from '../shared/dialog.styles.js';

export const styles = [
  baseStyles,
  controlStyles,
  dialogStyles,
  css`
    :host {
      display: contents;
    }
    dialog {
      --_ol-dialog-width: var(--ol-history-dialog-width, 600px);
      block-size: min(640px, calc(100vh - 32px));
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: ${token('--ol-space-s')};
      padding-block: 0 ${token('--ol-space-m')};
      padding-inline: ${token('--ol-space-l')};
      border-block-end: 1px solid ${token('--ol-color-border')};
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: ${token('--ol-space-2xs')};
      font-size: ${token('--ol-font-size-s')};
      color: ${token('--ol-color-text-muted')};
    }
    .field .input {
      color: ${token('--ol-color-text')};
      font-size: ${token('--ol-font-size-m')};
    }
    .field.keyword {
      flex: 1 1 180px;
    }
    .count {
      margin-block: ${token('--ol-space-s')};
      min-block-size: 1.45em;
    }
    .results {
      list-style: none;
      margin: 0 0 ${token('--ol-space-m')};
      padding: 0;
      display: grid;
      gap: ${token('--ol-space-xs')};
    }
    .result {
      min-inline-size: 0;
      overflow-wrap: anywhere;
      padding: ${token('--ol-space-s')} ${token('--ol-space-m')};
      border: 1px solid ${token('--ol-color-border')};
      border-radius: ${token('--ol-radius-m')};
      background: ${token('--ol-color-surface')};
    }
    .result.here {
      cursor: pointer;
    }
    .result.here:hover {
      background: ${token('--ol-color-surface-hover')};
    }
    .result-meta {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('--ol-space-s')};
      font-size: ${token('--ol-font-size-s')};
      color: ${token('--ol-color-text-muted')};
    }
    .author {
      font-weight: ${token('--ol-font-weight-medium')};
      color: ${token('--ol-color-text')};
    }
    .text {
      margin-block: ${token('--ol-space-2xs')};
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .text blockquote {
      margin: ${token('--ol-space-2xs')} 0;
      padding-inline-start: ${token('--ol-space-s')};
      border-inline-start: 3px solid ${token('--ol-color-border-strong')};
      color: ${token('--ol-color-text-muted')};
    }
    .text a,
    .text .mention {
      color: ${token('--ol-color-accent-hover')};
    }
    .text mark {
      background: ${token('--ol-color-mark')};
      color: inherit;
      border-radius: 2px;
    }
    .jump {
      min-block-size: 24px;
      padding-block: 0;
      font-size: ${token('--ol-font-size-s')};
    }
    .other {
      font-size: ${token('--ol-font-size-s')};
    }
    @media (forced-colors: active) {
      .text blockquote {
      margin: ${token('--ol-space-2xs')} 0;
      padding-inline-start: ${token('--ol-space-s')};
      border-inline-start: 3px solid ${token('--ol-color-border-strong')};
      color: ${token('--ol-color-text-muted')};
    }
    .text a,
    .text .mention {
      color: ${token('--ol-color-accent-hover')};
    }
    .text mark {
        forced-color-adjust: none;
        background: Mark;
        color: MarkText;
      }
    }
  `,
];
