import { css } from 'lit';
import { token } from '../../themes/tokens.js';

export const styles = css`
  :host {
    display: block;
    min-block-size: 0;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: ${token('--ol-space-m')};
    block-size: 100%;
    padding: ${token('--ol-space-m')};
    box-sizing: border-box;
  }
  .top {
    display: flex;
    align-items: baseline;
    gap: ${token('--ol-space-m')};
  }
  .title {
    margin: 0;
    font-size: ${token('--ol-font-size-l')};
    font-weight: ${token('--ol-font-weight-bold')};
  }
  .count,
  .subtle {
    color: ${token('--ol-color-text-muted')};
    font-size: ${token('--ol-font-size-s')};
  }
  .stats dl {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--ol-space-s')};
    margin: 0;
  }
  .stat {
    display: grid;
    gap: 2px;
    min-inline-size: 96px;
    padding: ${token('--ol-space-s')} ${token('--ol-space-m')};
    border: 1px solid ${token('--ol-color-border')};
    border-radius: ${token('--ol-radius-m')};
    background: ${token('--ol-color-surface-raised')};
  }
  .stat dt {
    font-size: ${token('--ol-font-size-xs')};
    color: ${token('--ol-color-text-muted')};
  }
  .stat dd {
    margin: 0;
    font-size: ${token('--ol-font-size-l')};
    font-weight: ${token('--ol-font-weight-bold')};
  }
  .stats .alert {
    margin-block-start: ${token('--ol-space-s')};
    justify-content: space-between;
  }
  .action-error {
    justify-content: space-between;
  }
  .grid {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
    border: 1px solid ${token('--ol-color-border')};
    border-radius: ${token('--ol-radius-m')};
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: ${token('--ol-font-size-s')};
  }
  th,
  td {
    padding: ${token('--ol-space-xs')} ${token('--ol-space-s')};
    text-align: start;
    white-space: nowrap;
    border-block-end: 1px solid ${token('--ol-color-border')};
    outline-offset: -2px;
  }
  th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--ol-contact-center-header-background, ${token('--ol-color-surface-sunken')});
    font-weight: ${token('--ol-font-weight-bold')};
    color: ${token('--ol-color-text-muted')};
  }
  tbody tr:hover {
    background: ${token('--ol-color-surface-hover')};
  }
  td.action,
  th.action {
    inline-size: 1%;
    padding-block: 0;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: ${token('--ol-space-2xs')};
    border: 0;
    padding: 0;
    background: none;
    font-weight: inherit;
    color: inherit;
    cursor: pointer;
  }
  th[aria-sort='descending'] {
    color: ${token('--ol-color-text')};
  }
  .client {
    font-weight: ${token('--ol-font-weight-medium')};
  }
  td .subtle {
    display: block;
  }
  td .icon.channel {
    vertical-align: -0.3em;
    color: ${token('--ol-color-text-muted')};
  }
  .rating-like {
    color: ${token('--ol-color-success')};
  }
  .rating-dislike {
    color: ${token('--ol-color-danger')};
  }
  .waiting {
    color: ${token('--ol-color-warning')};
  }
  .state {
    display: grid;
    place-items: center;
    gap: ${token('--ol-space-s')};
    padding: ${token('--ol-space-xl')};
    color: ${token('--ol-color-text-muted')};
  }
  .state p {
    margin: 0;
  }
  .load-more {
    align-self: center;
  }
`;
