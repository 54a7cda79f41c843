/**
 * Inline SVG images for the demo data (avatars, screenshots, GIFs), as
 * `data:` URLs so that the demo never touches the network.
 */

const escapeXml = (text: string): string =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

/** Wraps SVG markup into a `data:image/svg+xml` URL. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** A stable hue (0–359) for a string, so one name always gets one color. */
export function hueOf(text: string): number {
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}

/** Up to two initials of a name: "Élodie Garnier" → "ÉG". */
export function initials(name: string): string {
  const words = name.split(/[\s-]+/u).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

/** A round avatar with the person's initials. */
export function avatarUrl(name: string): string {
  const hue = hueOf(name);
  return svgDataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
      `<circle cx="32" cy="32" r="32" fill="hsl(${hue} 55% 45%)"/>` +
      `<text x="32" y="40" font-family="sans-serif" font-size="24" font-weight="600" fill="#fff" text-anchor="middle">${escapeXml(initials(name))}</text>` +
      `</svg>`,
  );
}

/** A picture with a caption: `screenshot` draws a browser window, `photo` a landscape. */
export function pictureUrl(label: string, width: number, height: number, kind: 'screenshot' | 'photo' = 'photo'): string {
  const hue = hueOf(label);
  const text = `<text x="${width / 2}" y="${height - 28}" font-family="sans-serif" font-size="${Math.round(height / 14)}" fill="#1f2937" text-anchor="middle">${escapeXml(label)}</text>`;
  const body =
    kind === 'screenshot'
      ? `<rect width="${width}" height="${height}" fill="#f3f4f6"/>` +
        `<rect width="${width}" height="${height / 12}" fill="hsl(${hue} 30% 80%)"/>` +
        [0, 1, 2].map((i) => `<circle cx="${24 + i * 24}" cy="${height / 24}" r="7" fill="#fff"/>`).join('') +
        [0, 1, 2, 3]
          .map(
            (i) =>
              `<rect x="${width * 0.08}" y="${height * (0.2 + i * 0.12)}" width="${width * (0.84 - i * 0.15)}" height="${height * 0.05}" rx="6" fill="#d1d5db"/>`,
          )
          .join('') +
        `<rect x="${width * 0.6}" y="${height * 0.7}" width="${width * 0.3}" height="${height * 0.08}" rx="8" fill="hsl(${hue} 70% 50%)"/>`
      : `<rect width="${width}" height="${height}" fill="hsl(${hue} 60% 85%)"/>` +
        `<circle cx="${width * 0.75}" cy="${height * 0.28}" r="${height * 0.1}" fill="hsl(45 90% 60%)"/>` +
        `<path d="M0 ${height * 0.8} L${width * 0.3} ${height * 0.45} L${width * 0.55} ${height * 0.7} L${width * 0.75} ${height * 0.5} L${width} ${height * 0.8} V${height} H0 Z" fill="hsl(${hue} 40% 55%)"/>`;
  return svgDataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}${text}</svg>`,
  );
}

/** A video poster: a dark frame with a play button and a caption. */
export function posterUrl(label: string, width: number, height: number): string {
  const cx = width / 2;
  const cy = height / 2;
  return svgDataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<rect width="${width}" height="${height}" fill="#111827"/>` +
      `<circle cx="${cx}" cy="${cy}" r="${height / 8}" fill="rgba(255,255,255,.85)"/>` +
      `<path d="M${cx - height / 24} ${cy - height / 16} L${cx + height / 14} ${cy} L${cx - height / 24} ${cy + height / 16} Z" fill="#111827"/>` +
      `<text x="${cx}" y="${height - 24}" font-family="sans-serif" font-size="${Math.round(height / 16)}" fill="#f9fafb" text-anchor="middle">${escapeXml(label)}</text>` +
      `</svg>`,
  );
}

/** An animated "GIF": a colored card with a caption and a pulsing dot. */
export function gifUrl(label: string, width = 240, height = 180): string {
  const hue = hueOf(label);
  return svgDataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<rect width="${width}" height="${height}" rx="12" fill="hsl(${hue} 75% 55%)"/>` +
      `<circle cx="${width / 2}" cy="${height / 2 - 18}" r="22" fill="#fff" opacity=".9">` +
      `<animate attributeName="r" values="14;26;14" dur="1.2s" repeatCount="indefinite"/></circle>` +
      `<text x="${width / 2}" y="${height - 30}" font-family="sans-serif" font-size="22" font-weight="700" fill="#fff" text-anchor="middle">${escapeXml(label)}</text>` +
      `</svg>`,
  );
}
