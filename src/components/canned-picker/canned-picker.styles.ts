import { css } from 'lit';
import { token } from '../../themes/tokens.js';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .picker {
    display: flex;
    flex-direction: column;
    gap: ${token('--ol-space-s')};
    min-inline-size: 0;
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: ${token('--ol-space-s')};
  }
  .title {
    font-weight: ${token('--ol-font-weight-bold')};
  }
  .search {
    position: relative;
    display: flex;
    align-items: center;
  }
  .search .icon {
    position: absolute;
    inset-inline-start: ${token('--ol-space-s')};
    color: ${token('--ol-color-text-muted')};
    pointer-events: none;
  }
  .search input {
    inline-size: 100%;
    padding-inline-start: calc(${token('--ol-space-s')} * 2 + 1.25em);
  }
  .content {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('--ol-space-s')};
  }
  @container (min-width: 560px) {
    .content {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .listbox {
    max-block-size: var(--ol-canned-picker-list-max-block-size, 20rem);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .section {
    position: sticky;
    top: 0;
    padding-block: ${token('--ol-space-xs')};
    padding-inline: ${token('--ol-space-s')};
    background: var(--ol-canned-picker-section-background, ${token('--ol-color-surface-raised')});
    color: ${token('--ol-color-text-muted')};
    font-size: ${token('--ol-font-size-xs')};
    font-weight: ${token('--ol-font-weight-bold')};
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .option {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    padding-block: ${token('--ol-space-xs')};
    padding-inline: ${token('--ol-space-s')};
    border-radius: ${token('--ol-radius-s')};
    cursor: pointer;
  }
  .option.active {
    background: var(--ol-canned-picker-active-background, ${token('--ol-color-surface-selected')});
    outline: 2px solid ${token('--ol-color-focus-ring')};
    outline-offset: -2px;
  }
  .option-title {
    font-weight: ${token('--ol-font-weight-medium')};
  }
  .option-text {
    overflow: hidden;
    color: ${token('--ol-color-text-muted')};
    font-size: ${token('--ol-font-size-s')};
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .preview {
    display: flex;
    flex-direction: column;
    gap: ${token('--ol-space-xs')};
    padding: ${token('--ol-space-s')};
    border-radius: ${token('--ol-radius-m')};
    background: var(--ol-canned-picker-preview-background, ${token('--ol-color-surface-sunken')});
    overflow-wrap: anywhere;
  }
  .preview-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--ol-space-xs')};
  }
  .preview .badge {
    background: ${token('--ol-color-surface-raised')};
  }
  .preview-label {
    margin-inline-end: auto;
    color: ${token('--ol-color-text-muted')};
    font-size: ${token('--ol-font-size-xs')};
    font-weight: ${token('--ol-font-weight-bold')};
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .preview-title {
    font-weight: ${token('--ol-font-weight-bold')};
  }
  .preview-text {
    white-space: pre-wrap;
  }
  .preview-text a {
    color: ${token('--ol-color-accent')};
  }
  .warning {
    display: flex;
    flex-direction: column;
    gap: ${token('--ol-space-2xs')};
    margin: 0;
    padding: ${token('--ol-space-xs')} ${token('--ol-space-s')};
    list-style: none;
    border-radius: ${token('--ol-radius-s')};
    background: ${token('--ol-color-warning-subtle')};
    color: ${token('--ol-color-warning')};
    font-size: ${token('--ol-font-size-s')};
  }
  .warning li {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-xs')};
  }
  .preview-actions {
    display: flex;
    justify-content: flex-end;
    margin-block-start: auto;
  }
  .state {
    margin: 0;
    padding: ${token('--ol-space-l')} ${token('--ol-space-s')};
    color: ${token('--ol-color-text-muted')};
    text-align: center;
  }
  .grow {
    flex: 1;
  }
  @media (forced-colors: active) {
    .option.active {
      outline: 2px solid Highlight;
    }
    .warning {
      border: 1px solid CanvasText;
    }
  }
`;
