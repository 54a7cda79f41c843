// Writes src/themes/light.css and dark.css from the token tables in
// src/themes/token-values.ts (the single source of the values).
import { transform } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const source = readFileSync('src/themes/token-values.ts', 'utf8');
const { code } = await transform(source, { loader: 'ts', format: 'esm' });
const { lightTokens, darkTokens } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

function css(theme, scheme, tokens) {
  return [
    '/*',
    ` * open-lines elements: ${theme} theme (generated from src/themes/token-values.ts by \`npm run themes\`).`,
    ' * Global tokens (--ol-*). Load one theme per page, or scope one with its class:',
    ` *   <link rel="stylesheet" href="…/@open-lines/elements/dist/themes/${theme}.css">`,
    ` *   <section class="ol-theme-${theme}">…</section>`,
    ' * Elements fall back to the light values when no theme is loaded.',
    ' */',
    `:where(:root),`,
    `.ol-theme-${theme} {`,
    `  color-scheme: ${scheme};`,
    ...Object.entries(tokens).map(([name, value]) => `  ${name}: ${value};`),
    '}',
    '',
  ].join('\n');
}

writeFileSync('src/themes/light.css', css('light', 'light', lightTokens));
writeFileSync('src/themes/dark.css', css('dark', 'dark', darkTokens));
console.log('Wrote src/themes/light.css and src/themes/dark.css');
