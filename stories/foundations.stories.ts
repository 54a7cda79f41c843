import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { lightTokens, type TokenName } from '../src/themes/tokens.js';

const names = Object.keys(lightTokens) as TokenName[];
const group = (prefix: string) => names.filter((name) => name.startsWith(prefix));

const meta: Meta = {
  title: 'Foundations/Design tokens',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Global tokens (`--ol-*`), tier one of the theming. Load `themes/light.css` or `themes/dark.css` (or scope a theme with the `ol-theme-light` / `ol-theme-dark` class). Elements expose their own `--ol-<element>-*` knobs on top, which fall back to these.',
      },
    },
  },
};
export default meta;

const swatches = (theme: 'light' | 'dark') => html`
  <section class="ol-theme-${theme}" style="padding: 16px; background: var(--ol-color-surface); color: var(--ol-color-text); flex: 1; min-width: 280px;">
    <h2 style="margin-top: 0; font-size: var(--ol-font-size-l);">${theme === 'light' ? 'Light' : 'Dark'}</h2>
    <ul style="list-style: none; margin: 0; padding: 0; display: grid; gap: 6px;">
      ${group('--ol-color-').map(
        (name) => html`<li style="display: flex; align-items: center; gap: 8px;">
          <span
            style="inline-size: 40px; block-size: 24px; border-radius: var(--ol-radius-s); border: 1px solid var(--ol-color-border-strong); background: var(${name});"
          ></span>
          <code style="font-family: var(--ol-font-family-mono); font-size: var(--ol-font-size-s);">${name}</code>
        </li>`,
      )}
    </ul>
  </section>
`;

/** Every colour token, in the light and the dark theme side by side. */
export const Colors: StoryObj = {
  render: () => html`<div style="display: flex; flex-wrap: wrap;">${swatches('light')}${swatches('dark')}</div>`,
};

/** Spacing, radius and shadow scales. */
export const SpacingRadiusShadow: StoryObj = {
  name: 'Spacing, radius, shadow',
  render: () => html`
    <div style="padding: 16px; display: grid; gap: 24px; background: var(--ol-color-surface);">
      <ul style="list-style: none; margin: 0; padding: 0; display: grid; gap: 6px;">
        ${group('--ol-space-').map(
          (name) => html`<li style="display: flex; align-items: center; gap: 12px;">
            <span style="inline-size: var(${name}); block-size: 16px; background: var(--ol-color-accent);"></span>
            <code>${name}: ${lightTokens[name]}</code>
          </li>`,
        )}
      </ul>
      <div style="display: flex; gap: 16px; flex-wrap: wrap;">
        ${[...group('--ol-radius-'), ...group('--ol-shadow-')].map(
          (name) => html`<div
            style="inline-size: 140px; padding: 12px; background: var(--ol-color-surface-raised); border: 1px solid var(--ol-color-border); ${name.startsWith('--ol-radius')
              ? `border-radius: var(${name});`
              : `box-shadow: var(${name}); border-radius: var(--ol-radius-m);`}"
          >
            <code>${name}</code>
          </div>`,
        )}
      </div>
    </div>
  `,
};

/** Type scale and families. */
export const Typography: StoryObj = {
  render: () => html`
    <div style="padding: 16px; background: var(--ol-color-surface); display: grid; gap: 8px;">
      ${group('--ol-font-size-').map(
        (name) => html`<p style="margin: 0; font-size: var(${name});">
          <code>${name}</code> — Bonjour, comment puis-je vous aider ?
        </p>`,
      )}
      <p style="margin: 0; font-family: var(--ol-font-family-mono);"><code>--ol-font-family-mono</code> — [b]bold[/b]</p>
    </div>
  `,
};
