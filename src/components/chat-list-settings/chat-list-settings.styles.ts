import { css } from 'lit';
import { token } from '../../themes/tokens.js';

export const styles = css`
  :host {
    position: relative;
    display: inline-block;
  }
  .panel {
    position: absolute;
    inset-block-start: calc(100% + ${token('--ol-space-xs')});
    inset-inline-end: 0;
    z-index: ${token('--ol-z-popover')};
    inline-size: max-content;
    max-inline-size: min(320px, 90vw);
    padding: ${token('--ol-space-s')} ${token('--ol-space-m')};
    display: grid;
    gap: ${token('--ol-space-s')};
  }
  .title {
    margin: 0;
    font-weight: ${token('--ol-font-weight-bold')};
  }
  .setting {
    display: flex;
    align-items: flex-start;
    gap: ${token('--ol-space-s')};
    cursor: pointer;
  }
  .setting input {
    margin: 3px 0 0;
    flex: none;
    accent-color: ${token('--ol-color-accent')};
  }
`;
