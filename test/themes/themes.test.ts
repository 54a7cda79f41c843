import { expect } from '@open-wc/testing';
import { darkTokens, lightTokens } from '../../src/themes/tokens.js';

async function declarations(file: string): Promise<{ scheme: string; tokens: Record<string, string> }> {
  const text = await (await fetch(new URL(`../../src/themes/${file}`, import.meta.url))).text();
  const tokens = Object.fromEntries([...text.matchAll(/^\s*(--ol-[\w-]+):\s*(.+?);\s*$/gm)].map((m) => [m[1], m[2]]));
  const scheme = /color-scheme:\s*(\w+)/.exec(text)?.[1] ?? '';
  return { scheme, tokens };
}

describe('themes', () => {
  it('light.css sets exactly the light token table, with a light color scheme', async () => {
    const { scheme, tokens } = await declarations('light.css');
    expect(scheme).to.equal('light');
    expect(tokens).to.deep.equal({ ...lightTokens });
  });

  it('dark.css sets the dark table, every name of which is a light token', async () => {
    const { scheme, tokens } = await declarations('dark.css');
    expect(scheme).to.equal('dark');
    expect(tokens).to.deep.equal({ ...darkTokens });
    for (const name of Object.keys(tokens)) expect(lightTokens).to.have.property(name);
  });

  it('gives every colour a dark value, so no light colour leaks into the dark theme', () => {
    const colours = Object.keys(lightTokens).filter((name) => name.startsWith('--ol-color-'));
    expect(colours.filter((name) => !(name in darkTokens))).to.deep.equal([]);
  });

  it('applies a theme to a subtree with its class', async () => {
    const link = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: new URL('../../src/themes/dark.css', import.meta.url).href,
    });
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
    document.head.append(link);
    await loaded;
    const section = document.createElement('section');
    section.className = 'ol-theme-dark';
    document.body.append(section);
    expect(getComputedStyle(section).getPropertyValue('--ol-color-surface').trim()).to.equal(darkTokens['--ol-color-surface']);
    expect(getComputedStyle(section).colorScheme).to.equal('dark');
    section.remove();
    link.remove();
  });
});
