/**
 * The composer's toolbar: upload, mention, commands, emoji, GIF, canned
 * responses, sales, silent mode and Send. Only what the adapter can do is
 * shown.
 * @internal
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translation } from '../../core/i18n/translation.js';
import { icon, type IconName } from '../shared/icons.js';
import type { PopupKind } from './composer-popups.js';

export interface ToolbarState {
  t: Translation;
  canUpload: boolean;
  canMention: boolean;
  canGif: boolean;
  canCanned: boolean;
  canSales: boolean;
  canSilent: boolean;
  silent: boolean;
  commandsOpen: boolean;
  popup: PopupKind | undefined;
  canSend: boolean;
  sendHint: string;
}

export interface ToolbarHandlers {
  upload(): void;
  filesChosen(event: Event): void;
  mention(): void;
  commands(): void;
  popup(kind: PopupKind, opener: HTMLElement): void;
  sales(opener: HTMLElement): void;
  silent(): void;
  send(): void;
}

function tool(name: IconName, label: string, onClick: (opener: HTMLElement) => void, expanded?: boolean) {
  return html`<button
    type="button"
    class="button icon-only tool"
    data-tool=${name}
    aria-label=${label}
    title=${label}
    aria-expanded=${ifDefined(expanded === undefined ? undefined : expanded ? 'true' : 'false')}
    @click=${(event: Event) => onClick(event.currentTarget as HTMLElement)}
  >
    ${icon(name)}
  </button>`;
}

export function renderToolbar(s: ToolbarState, on: ToolbarHandlers) {
  const { t, popup } = s;
  return html`<div class="toolbar" part="toolbar">
    <div class="tools">
      ${s.canUpload
        ? html`${tool('paperclip', t.uploadFile, () => on.upload())}
            <input type="file" multiple hidden tabindex="-1" aria-hidden="true" @change=${on.filesChosen} />`
        : nothing}
      ${s.canMention ? tool('at', t.mention, () => on.mention()) : nothing}
      ${tool('slash', t.commandsOpen, () => on.commands(), s.commandsOpen)}
      ${tool('smile', t.emoji, (opener) => on.popup('emoji', opener), popup === 'emoji')}
      ${s.canGif ? tool('gif', t.gifSearch, (opener) => on.popup('gif', opener), popup === 'gif') : nothing}
      ${s.canCanned ? tool('canned', t.cannedOpen, (opener) => on.popup('canned', opener), popup === 'canned') : nothing}
      ${s.canSales ? tool('cart', t.salesOpen, (opener) => on.sales(opener), popup === 'sales') : nothing}
      ${s.canSilent
        ? html`<button
            type="button"
            class="button silent-toggle"
            aria-pressed=${s.silent ? 'true' : 'false'}
            title=${s.silent ? t.silentDisable : t.silentEnable}
            @click=${() => on.silent()}
          >
            ${icon('eyeOff')}<span>${t.silentMode}</span>
          </button>`
        : nothing}
    </div>
    <button type="button" class="button primary send" part="send-button" ?disabled=${!s.canSend} title=${s.sendHint} @click=${() => on.send()}>
      ${icon('send')}<span>${t.send}</span>
    </button>
  </div>`;
}
