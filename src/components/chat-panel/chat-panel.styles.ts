import { css } from 'lit';
import { baseStyles, token } from '../../themes/tokens.js';
import { controlStyles } from '../shared/controls.styles.js';

export const styles = [
  baseStyles,
  controlStyles,
  css`
    :host {
      display: block;
      block-size: 100%;
      min-block-size: 0;
    }
    .base {
      position: relative;
      display: flex;
      flex-direction: column;
      block-size: 100%;
      min-block-size: 0;
      background: var(--ol-chat-panel-background, ${token('--ol-color-surface')});
      color: ${token('--ol-color-text')};
      border-color: var(--ol-chat-panel-border-color, ${token('--ol-color-border')});
    }
    ol-chat-header {
      flex: none;
    }
    .timeline {
      flex: 1 1 auto;
      min-block-size: 0;
      display: block;
      background: var(--ol-chat-panel-timeline-background, ${token('--ol-color-surface-sunken')});
    }
    .composer-slot {
      flex: none;
      padding: var(--ol-chat-panel-composer-padding, ${token('--ol-space-s')});
      border-block-start: 1px solid var(--ol-chat-panel-border-color, ${token('--ol-color-border')});
      background: var(--ol-chat-panel-background, ${token('--ol-color-surface')});
    }
    .empty {
      flex: 1;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: ${token('--ol-space-m')};
      padding: ${token('--ol-space-xl')};
      text-align: center;
      color: ${token('--ol-color-text-muted')};
    }
    .empty p {
      margin: 0;
    }
    .icon.big {
      inline-size: 48px;
      block-size: 48px;
      opacity: 0.6;
    }
    .spinner {
      inline-size: 28px;
      block-size: 28px;
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
    .drop-zone {
      position: absolute;
      inset: ${token('--ol-space-s')};
      z-index: 3;
      display: flex;
      align-items: center;
      justify-content: center;
      gap: ${token('--ol-space-s')};
      border: 2px dashed ${token('--ol-color-accent')};
      border-radius: ${token('--ol-radius-l')};
      background: color-mix(in srgb, ${token('--ol-color-accent-subtle')} 85%, transparent);
      color: ${token('--ol-color-accent')};
      font-weight: ${token('--ol-font-weight-bold')};
      pointer-events: none;
    }
    @media (forced-colors: active) {
      .drop-zone {
        border-color: Highlight;
      }
    }
  `,
];
