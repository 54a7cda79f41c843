import { html, svg, type SVGTemplateResult } from 'lit';
import type { SourceChannel } from '../../core/model.js';

/**
 * The icon set: 24×24 stroke icons as Lit SVG templates (no icon font, no
 * network). Icons are decorative (`aria-hidden`); buttons carry the label.
 */
const paths = {
  gear: svg`<circle cx="12" cy="12" r="3"/><path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z"/>`,
  more: svg`<circle cx="5" cy="12" r="1.5"/><circle cx="12" cy="12" r="1.5"/><circle cx="19" cy="12" r="1.5"/>`,
  search: svg`<circle cx="11" cy="11" r="7"/><path d="m20 20-3.5-3.5"/>`,
  close: svg`<path d="M18 6 6 18M6 6l12 12"/>`,
  check: svg`<path d="M20 6 9 17l-5-5"/>`,
  chevronDown: svg`<path d="m6 9 6 6 6-6"/>`,
  chevronUp: svg`<path d="m18 15-6-6-6 6"/>`,
  arrowDown: svg`<path d="M12 5v14M19 12l-7 7-7-7"/>`,
  lock: svg`<rect x="4" y="11" width="16" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>`,
  unlock: svg`<rect x="4" y="11" width="16" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 7.7-1.5"/>`,
  eyeOff: svg`<path d="M10.6 5.1A10 10 0 0 1 12 5c5 0 9 4.5 10 7a13 13 0 0 1-2.6 3.7M6.6 6.6A13 13 0 0 0 2 12c1 2.5 5 7 10 7a9.7 9.7 0 0 0 5.4-1.6M9.9 9.9a3 3 0 0 0 4.2 4.2M2 2l20 20"/>`,
  send: svg`<path d="M22 2 11 13M22 2l-7 20-4-9-9-4z"/>`,
  paperclip: svg`<path d="m21 11-8.6 8.6a5.5 5.5 0 0 1-7.8-7.8l8.6-8.6a3.7 3.7 0 0 1 5.2 5.2l-8.6 8.6a1.8 1.8 0 0 1-2.6-2.6L15 7"/>`,
  smile: svg`<circle cx="12" cy="12" r="10"/><path d="M8 14s1.5 2 4 2 4-2 4-2M9 9h.01M15 9h.01"/>`,
  at: svg`<circle cx="12" cy="12" r="4"/><path d="M16 8v5a3 3 0 0 0 6 0v-1a10 10 0 1 0-3.9 7.9"/>`,
  slash: svg`<rect x="3" y="3" width="18" height="18" rx="3"/><path d="m14 7-4 10"/>`,
  canned: svg`<path d="M13 2 3 14h9l-1 8 10-12h-9z"/>`,
  gif: svg`<rect x="2" y="5" width="20" height="14" rx="2"/><path d="M10 10H8a1 1 0 0 0-1 1v2a1 1 0 0 0 1 1h2v-2H9M13 10v4M16 14v-4h3M16 12h2"/>`,
  cart: svg`<circle cx="9" cy="20" r="1.5"/><circle cx="18" cy="20" r="1.5"/><path d="M2 3h3l2.7 12.4a2 2 0 0 0 2 1.6h8.6a2 2 0 0 0 2-1.5L22 8H6"/>`,
  history: svg`<path d="M3 12a9 9 0 1 0 3-6.7L3 8"/><path d="M3 3v5h5M12 7v5l3 2"/>`,
  transfer: svg`<path d="M17 3l4 4-4 4M21 7H9M7 21l-4-4 4-4M3 17h12"/>`,
  userPlus: svg`<circle cx="9" cy="8" r="4"/><path d="M2 21a7 7 0 0 1 14 0M19 8v6M16 11h6"/>`,
  finish: svg`<circle cx="12" cy="12" r="10"/><path d="m8 12 3 3 5-6"/>`,
  spam: svg`<circle cx="12" cy="12" r="10"/><path d="m5 5 14 14"/>`,
  answer: svg`<path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"/><path d="m8 10 3 3 5-5"/>`,
  skip: svg`<path d="m5 4 10 8-10 8zM19 5v14"/>`,
  crm: svg`<rect x="3" y="4" width="18" height="16" rx="2"/><circle cx="9" cy="11" r="2.5"/><path d="M5.5 17a3.5 3.5 0 0 1 7 0M15 9h3M15 13h3"/>`,
  intercept: svg`<path d="M15 3h4a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-4M10 17l5-5-5-5M15 12H3"/>`,
  edit: svg`<path d="M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"/>`,
  trash: svg`<path d="M3 6h18M8 6V4a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6"/>`,
  reply: svg`<path d="M9 17 4 12l5-5"/><path d="M20 18v-2a4 4 0 0 0-4-4H4"/>`,
  quote: svg`<path d="M3 21c3 0 7-1 7-8V5H3v7h4c0 3-1 5-4 6zM14 21c3 0 7-1 7-8V5h-7v7h4c0 3-1 5-4 6z"/>`,
  task: svg`<rect x="3" y="3" width="18" height="18" rx="2"/><path d="m8 12 3 3 5-6"/>`,
  chat: svg`<path d="M21 11.5a8.4 8.4 0 0 1-9 8.4 9 9 0 0 1-4-.9L3 20l1.1-4A8 8 0 0 1 3 11.5 8.5 8.5 0 0 1 12 3a8.5 8.5 0 0 1 9 8.5z"/>`,
  post: svg`<path d="M4 4h13a2 2 0 0 1 2 2v13a2 2 0 0 0 2-2V8M4 4v14a2 2 0 0 0 2 2h13"/><path d="M8 8h7M8 12h7M8 16h4"/>`,
  unread: svg`<path d="M22 12v6a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h10"/><path d="m2 7 10 6 4-2.4"/><circle cx="19" cy="5" r="3"/>`,
  save: svg`<path d="M19 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h11l5 5v11a2 2 0 0 1-2 2z"/><path d="M17 21v-8H7v8M7 3v5h8"/>`,
  newSession: svg`<path d="M12 5v14M5 12h14"/>`,
  undo: svg`<path d="M3 7v6h6"/><path d="M21 17a9 9 0 0 0-15-6.7L3 13"/>`,
  alert: svg`<circle cx="12" cy="12" r="10"/><path d="M12 8v4M12 16h.01"/>`,
  file: svg`<path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><path d="M14 2v6h6"/>`,
  image: svg`<rect x="3" y="3" width="18" height="18" rx="2"/><circle cx="9" cy="9" r="2"/><path d="m21 15-5-5L5 21"/>`,
  video: svg`<rect x="2" y="6" width="14" height="12" rx="2"/><path d="m22 8-6 4 6 4z"/>`,
  user: svg`<circle cx="12" cy="8" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>`,
  bold: svg`<path d="M6 4h8a4 4 0 0 1 0 8H6zM6 12h9a4 4 0 0 1 0 8H6z"/>`,
  // Source channels
  livechat: svg`<path d="M21 11.5a8.4 8.4 0 0 1-9 8.4 9 9 0 0 1-4-.9L3 20l1.1-4A8 8 0 0 1 3 11.5 8.5 8.5 0 0 1 12 3a8.5 8.5 0 0 1 9 8.5z"/><path d="M8 11h.01M12 11h.01M16 11h.01"/>`,
  telegram: svg`<path d="m22 3-20 8 7 2.5L19 6l-8 9 8 6z"/>`,
  whatsapp: svg`<path d="M3 21l1.6-4.7A9 9 0 1 1 8 19.6z"/><path d="M9 8.5c0 3.5 3 6.5 6.5 6.5l1-1.5-2-1-1 .8A5 5 0 0 1 10.7 10.5l.8-1-1-2z"/>`,
  viber: svg`<path d="M5 4h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-7l-4 4v-4H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/><path d="M9 8c0 2.5 2 5 5 5l1-1.5-1.5-1-1 .5A3 3 0 0 1 11 9.5l.5-1-1-1.5z"/>`,
  facebook: svg`<path d="M18 2h-3a5 5 0 0 0-5 5v3H7v4h3v8h4v-8h3l1-4h-4V7a1 1 0 0 1 1-1h3z"/>`,
  instagram: svg`<rect x="2" y="2" width="20" height="20" rx="5"/><circle cx="12" cy="12" r="4"/><path d="M17.5 6.5h.01"/>`,
  vk: svg`<path d="M3 7h3c.5 3 2 5.5 4 6.5V7h3v4c1.5-.5 3-2.5 3.5-4h3c-.5 2.5-2.5 4.5-4 5.5 1.5.7 3.5 2.5 4.5 5.5h-3.3c-.7-2-2.2-3.3-3.7-3.5V18h-1C7 18 3.5 13.5 3 7z"/>`,
  email: svg`<rect x="2" y="4" width="20" height="16" rx="2"/><path d="m22 7-10 6L2 7"/>`,
  phone: svg`<path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1 1 .4 1.9.7 2.8a2 2 0 0 1-.5 2.1L8 9.9a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.8.7a2 2 0 0 1 1.7 2z"/>`,
  imessage: svg`<path d="M12 3C6.5 3 2 6.8 2 11.5c0 2.6 1.4 4.9 3.6 6.5L5 21l3.6-1.8c1 .3 2.2.5 3.4.5 5.5 0 10-3.8 10-8.2S17.5 3 12 3z"/>`,
  other: svg`<circle cx="12" cy="12" r="10"/><path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20"/>`,
} satisfies Record<string, SVGTemplateResult>;

export type IconName = keyof typeof paths;

/** Icons drawn along the reading direction: mirrored in right-to-left text (`baseStyles`). */
const DIRECTIONAL: ReadonlySet<IconName> = new Set<IconName>(['send', 'skip', 'reply', 'undo']);

/** An inline SVG icon; size follows the font size unless styled. */
export function icon(name: IconName, className = 'icon') {
  if (DIRECTIONAL.has(name)) className += ' mirror-rtl';
  return html`<svg class=${className} part="icon" viewBox="0 0 24 24" width="1.25em" height="1.25em" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}

/** The icon of a source channel; unknown channels get the generic one. */
export function channelIcon(channel: SourceChannel | string | undefined) {
  const name = channel && channel in paths ? (channel as SourceChannel) : 'other';
  return icon(name, `icon channel channel-${name}`);
}
