// Opens every MDX docs page of the static Storybook build (the guides in
// stories/docs/; the smoke test of the stories skips docs entries) in headless
// Chromium and fails on a console error, an uncaught exception, a failed
// request, a page that shows no content, or an axe violation in its content.
// Run after `npm run build-storybook` (or give the build folder).
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
const pages = Object.values(JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')).entries).filter(
  (entry) => entry.type === 'docs' && String(entry.importPath).endsWith('.mdx'),
);

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const failures = [];
try {
  for (const doc of pages) {
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
    await page.goto(`${base}/iframe.html?id=${doc.id}&viewMode=docs`, { waitUntil: 'networkidle0' });
    await page
      .waitForFunction(() => document.querySelector('#storybook-docs h1') || document.body.classList.contains('sb-show-errordisplay'), {
        timeout: 15000,
      })
      .catch(() => problems.push('the page did not finish rendering'));
    const state = await page.evaluate(() => ({
      error: document.body.classList.contains('sb-show-errordisplay'),
      text: document.querySelector('#storybook-docs')?.textContent.trim().length ?? 0,
    }));
    if (state.error) problems.push('Storybook shows an error instead of the page');
    if (state.text < 200) problems.push('the page shows (almost) no content');
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('#storybook-docs'), { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes[0]?.target.join(' ')}`);
    });
    for (const violation of violations) problems.push(`axe: ${violation}`);
    if (process.env.SMOKE_SCREENSHOTS) {
      await page.screenshot({ path: join(process.env.SMOKE_SCREENSHOTS, `${doc.id}.png`), fullPage: true });
    }
    console.log(`${problems.length ? '✗' : '✓'} ${doc.title} › ${doc.name}`);
    for (const problem of problems) console.log(`    ${problem}`);
    if (problems.length) failures.push(doc.id);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\ndocs pages: ${pages.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
