import { css } from 'lit';
import { token } from '../../themes/tokens.js';

export const styles = css`
  :host {
    display: block;
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: ${token('--ol-space-s')} ${token('--ol-space-m')};
  }
  .field {
    display: grid;
    gap: ${token('--ol-space-2xs')};
    min-inline-size: 0;
  }
  label,
  legend {
    font-size: ${token('--ol-font-size-s')};
    color: ${token('--ol-color-text-muted')};
  }
  .search {
    position: relative;
    flex: 1 1 200px;
  }
  .search > .icon {
    position: absolute;
    inset-inline-start: ${token('--ol-space-s')};
    inset-block-end: 7px;
    color: ${token('--ol-color-text-muted')};
    pointer-events: none;
  }
  .search .input {
    inline-size: 100%;
    padding-inline-start: calc(${token('--ol-space-s')} * 2 + 1.25em);
  }
  select.input {
    max-inline-size: 180px;
  }
  .dates {
    display: flex;
    gap: ${token('--ol-space-s')};
    margin: 0;
    padding: 0;
    border: 0;
  }
  .dates legend {
    padding: 0;
    margin-block-end: ${token('--ol-space-2xs')};
  }
  .dates label {
    display: grid;
    gap: ${token('--ol-space-2xs')};
  }
  .date-error {
    flex-basis: 100%;
    margin: 0;
  }
`;
