import { OlInviteDialogElement } from './invite-dialog.component.js';

export { OlInviteDialogElement };

if (!customElements.get('ol-invite-dialog')) customElements.define('ol-invite-dialog', OlInviteDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-invite-dialog': OlInviteDialogElement;
  }
}
