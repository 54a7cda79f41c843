// Checks that minifying the css`` literals (.ci/css-literals.mjs) changes no
// style: every literal of the sources, as written and as minified, is parsed
// by Chromium's CSS parser (a constructed CSSStyleSheet), and both must give
// the same rules, serialized. Expressions stand in as var(--ol-css-part-N) on
// both sides, so every declaration that holds one is parsed and compared too
// (such values are compared token by token: Chromium keeps them as written).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { cssLiterals, minifyLiteral } from './css-literals.mjs';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

/** Placeholders as values any declaration accepts. */
const parseable = (css) => css.replace(/--ol-css-part-(\d+)-/g, 'var(--ol-css-part-$1)');

const pairs = [];
for (const file of files('src')) {
  const code = readFileSync(file, 'utf8');
  if (!code.includes('css`')) continue;
  for (const [index, { texts }] of cssLiterals(code).entries()) {
    const css = await minifyLiteral(texts);
    if (css) pairs.push({ where: `${file} #${index + 1}`, source: parseable(css.source), minified: parseable(css.minified) });
  }
}

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
let differences;
try {
  const page = await browser.newPage();
  differences = await page.evaluate((list) => {
    // Values that hold a var() stay as written until used: there, whitespace
    // around , * / and inside parentheses, and a decimal's leading zero, are
    // not significant (esbuild drops them).
    const tokens = (text) =>
      text
        .replace(/\s*([,*/])\s*/g, '$1')
        .replace(/\(\s+/g, '(')
        .replace(/\s+\)/g, ')')
        .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2');
    const rules = (css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return [...sheet.cssRules].map((rule) => tokens(rule.cssText));
    };
    const out = [];
    for (const { where, source, minified } of list) {
      const a = rules(source);
      const b = rules(minified);
      const at = a.findIndex((rule, i) => rule !== b[i]);
      if (a.length !== b.length || at >= 0) out.push({ where, rules: [a.length, b.length], source: a[at], minified: b[at] });
    }
    return out;
  }, pairs);
} finally {
  await browser.close();
}

const bytes = pairs.reduce((sum, p) => [sum[0] + p.source.length, sum[1] + p.minified.length], [0, 0]);
if (differences.length) {
  for (const d of differences) console.error(`${d.where}: rules ${d.rules.join(' → ')}\n  source:   ${d.source}\n  minified: ${d.minified}`);
  console.error(`${differences.length} css\`\` literals change when minified.`);
  process.exit(1);
}
console.log(`${pairs.length} css\`\` literals parse to the same rules minified (${bytes[0]} → ${bytes[1]} characters).`);
