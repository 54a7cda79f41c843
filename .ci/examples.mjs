// npm run examples: type-checks and builds the React and Vue example apps
// against the built library (run `npm run build` first), then opens each built
// app in headless Chromium and checks, as an operator would, that the desk
// renders and that an action reaches the framework's own handler.
//
// The examples depend on "@open-lines/elements": "file:../.."; instead of an
// npm install per example, this links examples/<name>/node_modules/@open-lines/elements
// to the repository root (what `npm install` there would do) and takes React,
// Vue, Vite and their plugins from the root's node_modules.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const EXAMPLES = ['react', 'vue'];
/** A new, unassigned chat of the demo data (waiting for an answer), other than the one selected at start. */
const WAITING_CHAT = 'c8';

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

if (!existsSync('dist/index.js') || !existsSync('dist/define.d.ts')) {
  console.error('dist/ is missing: run `npm run build` first (the examples use the built library).');
  process.exit(1);
}

/** examples/<name>/node_modules/@open-lines/elements → the repository root. */
function linkLibrary(example) {
  const scope = join('examples', example, 'node_modules', '@open-lines');
  const link = join(scope, 'elements');
  mkdirSync(scope, { recursive: true });
  let present = false;
  try {
    present = lstatSync(link) !== undefined;
  } catch {
    present = false;
  }
  if (!present) symlinkSync(join('..', '..', '..', '..'), link, 'dir');
}


/** In the page: every element matching `selector`, in the document and in every shadow root. */
const DEEP_QUERY = `window.__deepAll = (selector) => {
  const found = [];
  const walk = (root) => {
    found.push(...root.querySelectorAll(selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  return found;
};`;

async function checkApp(browser, example, base) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const step = async (what, action) => {
    try {
      await action();
    } catch (error) {
      throw new Error(`${what}: ${error.message.split('\n')[0]}`);
    }
  };
  try {
    await page.evaluateOnNewDocument(DEEP_QUERY);
    await page.goto(`${base}/index.html`, { waitUntil: 'networkidle0' });

    await step('the chat list shows its rows', () =>
      page.waitForFunction(
        () => {
          const rows = window.__deepAll('ol-chat-list [role="option"], [role="option"][data-chat-id]');
          return rows.some((row) => row.getBoundingClientRect().height > 0);
        },
        { timeout: 15000 },
      ),
    );
    await step('the chat panel shows the first chat with its Answer button', () =>
      page.waitForFunction(() => window.__deepAll('button').some((b) => b.textContent.trim() === 'Answer'), { timeout: 15000 }),
    );
    const before = await page.$eval('#last-action', (el) => el.textContent.trim());

    // Select another waiting chat in the list: the framework's handler moves the panel to it.
    const row = await page.evaluateHandle((id) => window.__deepAll(`[role="option"][data-chat-id="${id}"]`)[0], WAITING_CHAT);
    if (!row.asElement()) throw new Error(`the list has no row for ${WAITING_CHAT}`);
    await row.asElement().click();
    await step(`the panel follows the selection (chat-id="${WAITING_CHAT}")`, () =>
      page.waitForFunction((id) => document.querySelector('ol-chat-panel')?.getAttribute('chat-id') === id, { timeout: 10000 }, WAITING_CHAT),
    );

    // Answer it: ol-chat-answer reaches the framework's handler, which shows it on screen.
    await step('the Answer button of the selected chat', () =>
      page.waitForFunction(() => window.__deepAll('button').some((b) => b.textContent.trim() === 'Answer'), { timeout: 10000 }),
    );
    const answer = await page.evaluateHandle(() => window.__deepAll('button').find((b) => b.textContent.trim() === 'Answer'));
    await answer.asElement().click();
    const expected = `Answered chat ${WAITING_CHAT}`;
    await step(`"last action" changes from "${before}" to "${expected}"`, () =>
      page.waitForFunction((text) => document.querySelector('#last-action')?.textContent.trim() === text, { timeout: 10000 }, expected),
    );
    if (process.env.EXAMPLES_SCREENSHOTS) {
      mkdirSync(process.env.EXAMPLES_SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(process.env.EXAMPLES_SCREENSHOTS, `${example}.png`) });
    }
  } catch (error) {
    problems.push(error.message);
  } finally {
    await page.close();
  }
  return problems;
}

const start = performance.now();
for (const example of EXAMPLES) linkLibrary(example);

for (const example of EXAMPLES) {
  const since = performance.now();
  execFileSync('npx', ['tsc', '-p', join('examples', example, 'tsconfig.json')], { stdio: 'inherit' });
  console.log(`✓ ${example}: type check (${seconds(since)})`);
}

for (const example of EXAMPLES) {
  const since = performance.now();
  const root = resolve('examples', example);
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`✓ ${example}: vite build (${seconds(since)})`);
}

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const failed = [];
try {
  for (const example of EXAMPLES) {
    const since = performance.now();
    const { server, base } = await serveStatic(join('examples', example, 'dist'));
    try {
      const problems = await checkApp(browser, example, base);
      console.log(`${problems.length ? '✗' : '✓'} ${example}: desk renders, select + Answer reach the app's handlers (${seconds(since)})`);
      for (const problem of problems) console.log(`    ${problem}`);
      if (problems.length) failed.push(example);
    } finally {
      server.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`\nexamples: ${EXAMPLES.length - failed.length} passed, ${failed.length} failed (${seconds(start)})`);
process.exit(failed.length ? 1 : 0);
