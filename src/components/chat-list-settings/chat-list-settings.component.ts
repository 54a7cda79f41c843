import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocalizeController } from '../../controllers/localize.js';
import type { Translation } from '../../core/i18n/translation.js';
import { baseStyles } from '../../themes/tokens.js';
import { controlStyles } from '../shared/controls.styles.js';
import { icon } from '../shared/icons.js';
import { styles } from './chat-list-settings.styles.js';

/** The two settings of the chat list (S1, S2). */
export type ChatListSetting = 'separateOpenChannels' | 'groupWaiting';

/** Detail of the internal, cancelable `settings-toggle` event. */
export interface SettingsToggleDetail {
  name: ChatListSetting;
  value: boolean;
}

/**
 * The gear button of the chat list and its settings popover (non-modal
 * dialog): S1 "Show open channels in a separate tab" and S2 "Show waiting
 * chats in their own group". Escape or a click outside closes it and focus
 * returns to the gear.
 *
 * Internal to `<ol-chat-list>`: a switch fires the cancelable
 * `settings-toggle` event on this element; when the list prevents it (because
 * the host prevented `ol-settings-change`), the switch goes back.
 *
 * @summary Settings button and popover of the chat list.
 * @tag ol-chat-list-settings
 * @fires {CustomEvent<SettingsToggleDetail>} settings-toggle - A switch was toggled (internal, cancelable, not bubbling).
 * @csspart button - The gear button.
 * @csspart popover - The settings popover.
 */
export class OlChatListSettingsElement extends LitElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** S1. */
  @property({ type: Boolean, attribute: 'separate-open-channels' }) separateOpenChannels = false;

  /** S2. */
  @property({ type: Boolean, attribute: 'group-waiting' }) groupWaiting = false;

  /** Per-element string overrides. */
  @property({ attribute: false }) strings?: Partial<Translation>;

  @state() private open = false;

  @query('.gear') private gear!: HTMLButtonElement;

  private readonly localize = new LocalizeController(this);

  private readonly onOutsidePointer = (event: PointerEvent) => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    super.disconnectedCallback();
  }

  private async toggle(): Promise<void> {
    this.open = !this.open;
    if (!this.open) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  private close(): void {
    this.open = false;
    this.gear.focus();
  }

  private change(name: ChatListSetting, event: Event): void {
    const value = (event.target as HTMLInputElement).checked;
    const toggle = new CustomEvent<SettingsToggleDetail>('settings-toggle', {
      detail: { name, value },
      cancelable: true,
    });
    this.dispatchEvent(toggle);
    if (!toggle.defaultPrevented) this[name] = value;
    // Re-render either way: a refused change puts the switch back (live binding).
    this.requestUpdate();
  }

  private renderSwitch(name: ChatListSetting, label: string) {
    return html`<label class="setting">
      <input type="checkbox" role="switch" .checked=${live(this[name])} @change=${(e: Event) => this.change(name, e)} />
      <span>${label}</span>
    </label>`;
  }

  protected override render() {
    const { t } = this.localize;
    return html`<button
        class="button icon-only gear"
        part="button"
        aria-label=${t.settings}
        title=${t.settings}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="settings"
        @click=${this.toggle}
      >
        ${icon('gear')}
      </button>
      ${this.open
        ? html`<div
            id="settings"
            class="popover panel"
            part="popover"
            role="dialog"
            aria-label=${t.settings}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                this.close();
              }
            }}
          >
            <p class="title" aria-hidden="true">${t.settings}</p>
            ${this.renderSwitch('separateOpenChannels', t.settingSeparateOpenChannels)}
            ${this.renderSwitch('groupWaiting', t.settingGroupWaiting)}
          </div>`
        : nothing}`;
  }
}
