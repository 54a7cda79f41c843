import { css } from 'lit';
import { token } from '../../themes/tokens.js';

/**
 * Colours of the chat states (badges and figures), the same in the list, the
 * panel header and the Contact Center. Put it last in `static styles`, so it
 * wins over an element's own neutral badge colours.
 */
export const stateStyles = css`
  .state-new {
    background: ${token('--ol-color-warning-subtle')};
    color: ${token('--ol-color-warning')};
  }
  .state-answered {
    background: ${token('--ol-color-success-subtle')};
    color: ${token('--ol-color-success')};
  }
  .state-spam {
    background: ${token('--ol-color-danger-subtle')};
    color: ${token('--ol-color-danger')};
  }
`;
