// Opens every story of the static Storybook build in headless Chromium and
// fails on a console error, an uncaught exception, an empty render, or an axe
// violation. Run after `npm run build-storybook` (or give the build folder).
// SMOKE_SCREENSHOTS=<dir> also saves a screenshot of each story.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = process.argv[2] ?? 'storybook-static';

if (!existsSync(join(ROOT, 'index.json'))) {
  console.error(`${ROOT}/index.json is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}

const { server, base } = await serveStatic(ROOT);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// SMOKE_FILTER=<text> opens only the stories whose id contains it.
const stories = Object.values(JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')).entries).filter(
  (entry) => entry.type === 'story' && (!process.env.SMOKE_FILTER || entry.id.includes(process.env.SMOKE_FILTER)),
);

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const failures = [];
try {
  for (const story of stories) {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle0' });
    await page
      .waitForFunction(() => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'), {
        timeout: 15000,
      })
      .catch(() => problems.push('the story did not finish rendering'));
    const state = await page.evaluate(() => {
      const root = document.querySelector('#storybook-root');
      const error = document.body.classList.contains('sb-show-errordisplay');
      const deepText = (node) =>
        [...node.childNodes].map((child) => (child.shadowRoot ? deepText(child.shadowRoot) : '') + (child.nodeType === 3 ? child.textContent : deepText(child))).join('');
      return { error, empty: !root || (root.children.length === 0 && deepText(root).trim() === '') };
    });
    if (state.error) problems.push('Storybook shows an error instead of the story');
    if (state.empty) problems.push('empty render');
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('#storybook-root'), {
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
    });
    for (const violation of violations) problems.push(`axe: ${violation}`);
    if (process.env.SMOKE_SCREENSHOTS) {
      await page.screenshot({ path: join(process.env.SMOKE_SCREENSHOTS, `${story.id}.png`), fullPage: true });
    }
    console.log(`${problems.length ? '✗' : '✓'} ${story.title} › ${story.name}`);
    for (const problem of problems) console.log(`    ${problem}`);
    if (problems.length) failures.push(story.id);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\n${stories.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
