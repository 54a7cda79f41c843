import { css } from 'lit';
import { baseStyles } from '../../themes/tokens.js';
import { controlStyles } from '../shared/controls.styles.js';
import { dialogStyles, pickerStyles } from '../shared/dialog.styles.js';

export const styles = [
  baseStyles,
  controlStyles,
  dialogStyles,
  pickerStyles,
  css`
    :host {
      display: contents;
    }
    dialog {
      --_ol-dialog-width: var(--ol-transfer-dialog-width, 440px);
      block-size: min(560px, calc(100vh - 32px));
    }
  `,
];
