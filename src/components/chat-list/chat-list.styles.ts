import { css } from 'lit';
import { token } from '../../themes/tokens.js';

export const styles = css`
  :host {
    display: block;
    block-size: 100%;
    min-block-size: 320px;
    background: var(--ol-chat-list-background, ${token('--ol-color-surface')});
    --_ol-avatar-size: var(--ol-chat-list-avatar-size, 40px);
  }
  .base {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    min-block-size: inherit;
  }
  .header {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-xs')};
    padding: ${token('--ol-space-s')};
    border-block-end: 1px solid ${token('--ol-color-border')};
  }
  .search {
    position: relative;
    flex: 1;
    display: flex;
    align-items: center;
  }
  .search > .icon {
    position: absolute;
    inset-inline-start: ${token('--ol-space-s')};
    color: ${token('--ol-color-text-muted')};
    pointer-events: none;
  }
  .search .input {
    inline-size: 100%;
    padding-inline-start: calc(${token('--ol-space-s')} * 2 + 1.25em);
    padding-inline-end: 36px;
  }
  .search .input::-webkit-search-cancel-button {
    display: none;
  }
  .search .clear {
    position: absolute;
    inset-inline-end: 0;
  }
  .tabs {
    display: flex;
    gap: ${token('--ol-space-xs')};
    padding-inline: ${token('--ol-space-s')};
    border-block-end: 1px solid ${token('--ol-color-border')};
  }
  .tab {
    border: 0;
    border-block-end: 2px solid transparent;
    background: none;
    padding: ${token('--ol-space-s')} ${token('--ol-space-m')};
    color: ${token('--ol-color-text-muted')};
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    color: ${token('--ol-color-text')};
    border-block-end-color: ${token('--ol-color-accent')};
    font-weight: ${token('--ol-font-weight-medium')};
  }
  .body {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 0;
    display: flex;
    flex-direction: column;
  }
  .colleagues {
    flex: 1 1 auto;
    overflow: auto;
  }
  .list {
    flex: 1 1 auto;
    min-block-size: 0;
    outline-offset: -2px;
  }
  .group-header {
    display: flex;
    justify-content: space-between;
    inline-size: 100%;
    padding: ${token('--ol-space-s')} ${token('--ol-space-m')} ${token('--ol-space-xs')};
    font-size: ${token('--ol-font-size-s')};
    font-weight: ${token('--ol-font-weight-bold')};
    color: ${token('--ol-color-text-muted')};
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .row {
    display: flex;
    align-items: flex-start;
    gap: ${token('--ol-space-s')};
    inline-size: 100%;
    padding: ${token('--ol-space-s')} ${token('--ol-space-m')};
    cursor: pointer;
    border-inline-start: 3px solid transparent;
    outline-offset: -3px;
    /* Each row lays out and paints on its own: cheaper frames while scrolling. */
    contain: layout paint style;
  }
  .row:hover {
    background: var(--ol-chat-list-row-hover, ${token('--ol-color-surface-hover')});
  }
  .row.selected {
    background: var(--ol-chat-list-row-selected, ${token('--ol-color-surface-selected')});
    border-inline-start-color: ${token('--ol-color-accent')};
  }
  .avatar {
    position: relative;
    flex: none;
    inline-size: var(--_ol-avatar-size);
    block-size: var(--_ol-avatar-size);
    border-radius: 50%;
    background: ${token('--ol-color-accent-subtle')};
    color: ${token('--ol-color-text')};
    display: grid;
    place-items: center;
    font-weight: ${token('--ol-font-weight-bold')};
  }
  .avatar img {
    inline-size: 100%;
    block-size: 100%;
    border-radius: 50%;
    object-fit: cover;
  }
  .channel-badge {
    position: absolute;
    inset-block-end: -2px;
    inset-inline-end: -4px;
    display: grid;
    place-items: center;
    inline-size: 20px;
    block-size: 20px;
    border-radius: 50%;
    background: ${token('--ol-color-surface-raised')};
    color: ${token('--ol-color-text-muted')};
    border: 1px solid ${token('--ol-color-border')};
    font-size: 11px;
  }
  .main {
    flex: 1;
    min-inline-size: 0;
    display: grid;
    gap: 2px;
  }
  .line {
    display: flex;
    align-items: baseline;
    gap: ${token('--ol-space-s')};
    min-inline-size: 0;
  }
  .title,
  .preview {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .title {
    font-weight: ${token('--ol-font-weight-medium')};
  }
  .has-unread .title {
    font-weight: ${token('--ol-font-weight-bold')};
  }
  .preview,
  .time {
    color: ${token('--ol-color-text-muted')};
    font-size: ${token('--ol-font-size-s')};
  }
  .no-preview {
    font-style: italic;
  }
  .time {
    flex: none;
  }
  .unread {
    flex: none;
    min-inline-size: 20px;
    padding-inline: 6px;
    border-radius: ${token('--ol-radius-pill')};
    background: var(--ol-chat-list-unread-background, ${token('--ol-color-accent')});
    color: ${token('--ol-color-accent-text')};
    font-size: ${token('--ol-font-size-xs')};
    font-weight: ${token('--ol-font-weight-bold')};
    line-height: 20px;
    text-align: center;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--ol-space-xs')};
    font-size: ${token('--ol-font-size-xs')};
    color: ${token('--ol-color-text-muted')};
  }
  .badge .icon {
    inline-size: 12px;
    block-size: 12px;
  }
  .pinned {
    background: ${token('--ol-color-accent-subtle')};
    color: ${token('--ol-color-text')};
  }
  .silent {
    background: ${token('--ol-color-silent-subtle')};
    color: ${token('--ol-color-silent')};
  }
  .waiting {
    color: ${token('--ol-color-warning')};
    font-weight: ${token('--ol-font-weight-medium')};
  }
  .more {
    flex: none;
    align-self: center;
    display: grid;
    place-items: center;
    inline-size: 28px;
    block-size: 28px;
    border-radius: ${token('--ol-radius-s')};
    color: ${token('--ol-color-text-muted')};
    opacity: 0;
  }
  .row:hover .more,
  .row:focus-visible .more,
  .row.selected .more {
    opacity: 1;
  }
  .more:hover {
    background: ${token('--ol-color-surface-sunken')};
    color: ${token('--ol-color-text')};
  }
  .empty {
    flex: 1;
    display: grid;
    place-content: center;
    justify-items: center;
    gap: ${token('--ol-space-s')};
    padding: ${token('--ol-space-xl')};
    color: ${token('--ol-color-text-muted')};
    text-align: center;
  }
  .empty p {
    margin: 0;
  }
  .more-error {
    margin: ${token('--ol-space-s')};
    justify-content: space-between;
  }
  .rename {
    position: absolute;
    inset-inline: ${token('--ol-space-s')};
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--ol-space-xs')};
    padding: ${token('--ol-space-xs')};
    background: ${token('--ol-color-surface-raised')};
    border: 1px solid ${token('--ol-color-border')};
    border-radius: ${token('--ol-radius-m')};
    box-shadow: ${token('--ol-shadow-m')};
  }
  .rename .input {
    flex: 1 1 140px;
    min-inline-size: 0;
  }
  .rename .alert {
    flex-basis: 100%;
    margin: 0;
    font-size: ${token('--ol-font-size-s')};
  }
  ol-contact-center {
    flex: 1 1 auto;
    min-block-size: 0;
  }
  @media (forced-colors: active) {
    .row.selected {
      border-inline-start-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .unread {
      border: 1px solid CanvasText;
    }
  }
`;
