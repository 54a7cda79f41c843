import { css } from 'lit';
import { token } from '../../themes/tokens.js';

/** Styles of the timeline; see `attachmentStyles` for replies and attachments. */
export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    position: relative;
    /* Its floating buttons (z-index 2) stay under the panel header's ⋯ menu, which drops over the timeline. */
    isolation: isolate;
    min-block-size: 0;
    --_ol-pad: var(--ol-timeline-padding-inline, ${token('--ol-space-l')});
    --_ol-radius: var(--ol-timeline-bubble-radius, ${token('--ol-radius-l')});
    --_ol-silent: var(--ol-timeline-silent-color, ${token('--ol-color-silent')});
    /* Links on the tinted bubbles: the darker accent keeps a 4.5:1 contrast. */
    --_ol-link: var(--ol-timeline-link-color, ${token('--ol-color-accent-hover')});
  }
  .base {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    block-size: 100%;
    min-block-size: 0;
    background: var(--ol-timeline-background, transparent);
  }
  .log {
    flex: 1 1 auto;
    min-block-size: 0;
    outline-offset: -2px;
    overscroll-behavior: contain;
  }
  .row {
    inline-size: 100%;
    padding-inline: var(--_ol-pad);
  }

  /* States */
  .state {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: ${token('--ol-space-m')};
    padding: ${token('--ol-space-xl')};
    margin: 0;
    color: ${token('--ol-color-text-muted')};
    text-align: center;
  }
  .state .detail {
    margin: 0;
    font-size: ${token('--ol-font-size-s')};
  }
  .spinner {
    display: inline-block;
    inline-size: 20px;
    block-size: 20px;
    border-radius: 50%;
    border: 3px solid ${token('--ol-color-border')};
    border-block-start-color: ${token('--ol-color-accent')};
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  /* Top of the log */
  .top-row {
    padding-block: ${token('--ol-space-m')};
    text-align: center;
  }
  .top-row p {
    margin: 0;
  }
  .older {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: ${token('--ol-space-s')};
    color: ${token('--ol-color-text-muted')};
    font-size: ${token('--ol-font-size-s')};
  }
  .alert.older {
    color: ${token('--ol-color-danger')};
  }
  .beginning {
    color: ${token('--ol-color-text-muted')};
    font-size: ${token('--ol-font-size-s')};
  }
  .empty {
    padding-block: ${token('--ol-space-xl')};
    color: ${token('--ol-color-text-muted')};
  }

  /* Separators */
  .day-separator,
  .unread-divider {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-m')};
    padding-block: ${token('--ol-space-m')} ${token('--ol-space-xs')};
    margin: 0;
    font-size: ${token('--ol-font-size-s')};
    font-weight: ${token('--ol-font-weight-medium')};
    color: ${token('--ol-color-text-muted')};
  }
  .day-separator::before,
  .day-separator::after,
  .unread-divider::before,
  .unread-divider::after {
    content: '';
    flex: 1;
    border-block-start: 1px solid ${token('--ol-color-border')};
  }
  .day-separator span {
    padding: 2px ${token('--ol-space-s')};
    border-radius: ${token('--ol-radius-pill')};
    background: ${token('--ol-color-surface')};
    border: 1px solid ${token('--ol-color-border')};
  }
  .unread-divider {
    color: ${token('--ol-color-danger')};
  }
  .unread-divider::before,
  .unread-divider::after {
    border-color: ${token('--ol-color-danger')};
  }

  /* Messages */
  .message {
    --_ol-bubble: var(--ol-timeline-client-bubble, ${token('--ol-color-client-bubble')});
    display: flex;
    align-items: flex-end;
    gap: ${token('--ol-space-s')};
    padding-block: 2px;
    border-radius: ${token('--ol-radius-m')};
    outline-offset: -2px;
  }
  .message.group-start {
    padding-block-start: ${token('--ol-space-m')};
  }
  .message:not(.group-start):not(.system) {
    padding-inline-start: calc(32px + ${token('--ol-space-s')});
  }
  .message.operator:not(.group-start) {
    padding-inline-start: 0;
    padding-inline-end: calc(32px + ${token('--ol-space-s')});
  }
  .message.operator {
    --_ol-bubble: var(--ol-timeline-operator-bubble, ${token('--ol-color-operator-bubble')});
    flex-direction: row-reverse;
  }
  .message.bot {
    --_ol-bubble: var(--ol-timeline-bot-bubble, ${token('--ol-color-bot-bubble')});
  }
  .message.silent {
    --_ol-bubble: var(--ol-timeline-silent-bubble, ${token('--ol-color-silent-subtle')});
  }
  .message.highlight .bubble {
    box-shadow: 0 0 0 3px ${token('--ol-color-focus-ring')};
  }
  .avatar-slot {
    flex: none;
    inline-size: 32px;
    align-self: flex-start;
    padding-block-start: 20px;
  }
  .avatar {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 32px;
    block-size: 32px;
    border-radius: 50%;
    background: ${token('--ol-color-accent-subtle')};
    color: ${token('--ol-color-text')};
    font-size: ${token('--ol-font-size-s')};
    font-weight: ${token('--ol-font-weight-bold')};
    object-fit: cover;
  }
  .avatar.bot {
    background: ${token('--ol-color-bot-bubble')};
    color: ${token('--ol-color-success')};
  }
  .body {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 2px;
    min-inline-size: 0;
    max-inline-size: var(--ol-timeline-max-bubble-inline-size, min(75%, 40rem));
  }
  .operator .body {
    align-items: flex-end;
  }
  .author {
    display: flex;
    align-items: center;
    gap: ${token('--ol-space-xs')};
    max-inline-size: 100%;
    padding-inline: ${token('--ol-space-xs')};
    font-size: ${token('--ol-font-size-s')};
    font-weight: ${token('--ol-font-weight-medium')};
    color: ${token('--ol-color-text-muted')};
  }
  .author .name {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .bubble {
    max-inline-size: 100%;
    padding: ${token('--ol-space-s')} ${token('--ol-space-m')};
    border-radius: var(--_ol-radius);
    background: var(--_ol-bubble);
    border: 1px solid transparent;
    overflow-wrap: anywhere;
  }
  .client .bubble,
  .bot .bubble {
    border-end-start-radius: ${token('--ol-radius-s')};
  }
  .operator .bubble {
    border-end-end-radius: ${token('--ol-radius-s')};
  }
  .silent .bubble {
    border: 1px dashed var(--_ol-silent);
  }
  .text {
    white-space: pre-wrap;
  }
  .text p,
  .text blockquote,
  .text pre {
    margin: 0;
  }
  .text blockquote {
    padding-inline-start: ${token('--ol-space-s')};
    border-inline-start: 3px solid ${token('--ol-color-border-strong')};
    color: ${token('--ol-color-text-muted')};
  }
  .text pre,
  .text code {
    font-family: ${token('--ol-font-family-mono')};
    font-size: ${token('--ol-font-size-s')};
  }
  .text pre {
    white-space: pre-wrap;
    padding: ${token('--ol-space-xs')} ${token('--ol-space-s')};
    border-radius: ${token('--ol-radius-s')};
    background: ${token('--ol-color-surface-sunken')};
  }
  .text a {
    color: var(--_ol-link);
  }
  .mention {
    color: var(--_ol-link);
    font-weight: ${token('--ol-font-weight-medium')};
  }
  .text.deleted {
    margin: 0;
    font-style: italic;
    color: ${token('--ol-color-text-muted')};
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: ${token('--ol-space-xs')} ${token('--ol-space-s')};
    margin-block-start: 2px;
    font-size: ${token('--ol-font-size-xs')};
    color: ${token('--ol-color-text-muted')};
  }
  .meta .icon {
    inline-size: 1.2em;
    block-size: 1.2em;
  }
  .silent-label {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    font-weight: ${token('--ol-font-weight-medium')};
    color: var(--_ol-silent);
  }
  .edited-label {
    font-style: italic;
  }
  .delivery {
    display: inline-flex;
    align-items: center;
    gap: 2px;
  }
  .delivery.failed,
  .failed-text {
    color: ${token('--ol-color-danger')};
    font-weight: ${token('--ol-font-weight-medium')};
  }
  .sending .bubble {
    opacity: 0.75;
  }
  .failed .bubble {
    border: 1px solid ${token('--ol-color-danger')};
  }
  .failed-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: ${token('--ol-space-xs')};
    font-size: ${token('--ol-font-size-s')};
  }
  .failed-actions .button {
    min-block-size: 28px;
    padding-inline: ${token('--ol-space-s')};
  }

  /* System lines */
  .message.system {
    justify-content: center;
    padding-block: ${token('--ol-space-s')};
  }
  .system-text {
    margin: 0;
    max-inline-size: 80%;
    text-align: center;
    font-size: ${token('--ol-font-size-s')};
    color: ${token('--ol-color-text-muted')};
  }
  .system-text time {
    margin-inline-start: ${token('--ol-space-xs')};
    font-size: ${token('--ol-font-size-xs')};
  }

  /* The ⋯ button, shown on hover and focus */
  .more {
    flex: none;
    align-self: center;
    min-block-size: 28px;
    min-inline-size: 28px;
    opacity: 0;
    color: ${token('--ol-color-text-muted')};
  }
  .message:hover .more,
  .message:focus-within .more,
  .more[aria-expanded='true'] {
    opacity: 1;
  }
  @media (hover: none) {
    .more {
      opacity: 1;
    }
  }

  /* Jump to latest, action errors */
  .jump {
    position: absolute;
    inset-block-end: ${token('--ol-space-m')};
    inset-inline-end: ${token('--ol-space-l')};
    z-index: 2;
    border-radius: ${token('--ol-radius-pill')};
    box-shadow: ${token('--ol-shadow-m')};
  }
  .action-error {
    position: absolute;
    inset-block-end: ${token('--ol-space-m')};
    inset-inline-start: ${token('--ol-space-l')};
    z-index: 2;
    max-inline-size: calc(100% - 14rem);
    box-shadow: ${token('--ol-shadow-s')};
  }
  .action-error .button {
    color: inherit;
  }

  @media (forced-colors: active) {
    .bubble {
      border: 1px solid CanvasText;
    }
    .silent .bubble {
      border-style: dashed;
    }
    .more {
      opacity: 1;
    }
  }
`;
