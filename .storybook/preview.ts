import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { availableLanguages, getTranslation, loadLanguage } from '../src/core/i18n/index.js';
import { OL_EVENT_NAMES } from '../src/events/index.js';
import '../src/themes/light.css';
import '../src/themes/dark.css';
import './preview.css';

setCustomElementsManifest(manifest);

/** Logs every `ol-*` event of every story in the Actions panel. */
const withEventLog: Decorator = (story, context) => {
  const root = context.canvasElement as HTMLElement;
  for (const name of OL_EVENT_NAMES) {
    const log = action(name);
    const listener = (event: Event) => log((event as CustomEvent).detail);
    // The canvas stays between stories: replace the previous story's listeners.
    const key = `__ol_log_${name}`;
    const previous = (root as unknown as Record<string, EventListener | undefined>)[key];
    if (previous) root.removeEventListener(name, previous);
    (root as unknown as Record<string, EventListener>)[key] = listener;
    root.addEventListener(name, listener);
  }
  return story();
};

/** Locale, theme and direction from the toolbar. */
const withLocaleThemeDirection: Decorator = (story, context) => {
  const { locale, theme, direction } = context.globals as Record<string, string>;
  const lang = (context.args as Record<string, unknown>).lang ?? locale ?? 'en';
  const dark = (context.parameters.theme ?? theme) === 'dark';
  document.documentElement.lang = String(lang);
  // "auto" follows the language (Arabic is right-to-left).
  document.documentElement.dir = direction === 'auto' || !direction ? getTranslation(String(lang)).$dir : direction;
  // A theme class beats the themes' `:where(:root)` rules, so both files can be loaded.
  document.documentElement.classList.toggle('ol-theme-dark', dark);
  document.documentElement.classList.toggle('ol-theme-light', !dark);
  return html`<div class="story-frame">${story()}</div>`;
};

/**
 * Languages other than English load on first use; load the story's language
 * (and French, which many stories set on their elements) before rendering,
 * so a story never flashes English first.
 */
const loadStoryLanguages = async ({ globals, args }: { globals: Record<string, unknown>; args: Record<string, unknown> }) => {
  await Promise.all([loadLanguage(String(args.lang ?? globals.locale ?? 'en')), loadLanguage('fr')]);
  return {};
};

const preview: Preview = {
  decorators: [withEventLog, withLocaleThemeDirection],
  loaders: [loadStoryLanguages],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: availableLanguages().map(({ code, name }) => ({ value: code, title: name })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark tokens',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'From the language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', direction: 'auto' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
