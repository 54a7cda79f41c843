// Headless Chromium for the bench: one browser, a fresh page per run, pages in
// the foreground, forced GC and precise heap figures.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../.ci/find-chrome.mjs';
import { FRAME_MARKER, TRACE_CATEGORIES } from './trace.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

export async function serve(root) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = join(root, path);
    if (!existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export async function launch() {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info', '--window-size=1280,800'],
    protocolTimeout: 600_000,
  });
}

/**
 * Opens `page.html` in a fresh tab and runs its bench with `params`. With
 * `profile`, records a CPU profile of the run into `profile` (a path); with
 * `trace`, a Chrome trace (DevTools Performance panel) with long frames marked.
 */
export async function runPage(browser, base, name, params, { profile, trace } = {}) {
  const page = await browser.newPage();
  if (trace) await page.evaluateOnNewDocument(FRAME_MARKER);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  try {
    await page.goto(`${base}/${name}.html`, { waitUntil: 'load' });
    await page.bringToFront();
    await page.waitForFunction(() => window.benchLoaded === true, { timeout: 30_000 });
    let session;
    if (profile) {
      session = await page.createCDPSession();
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 100 });
      await session.send('Profiler.start');
    }
    if (trace) await page.tracing.start({ path: trace, categories: TRACE_CATEGORIES });
    const answer = await page.evaluate((p) => window.runBench(p), params);
    if (trace) await page.tracing.stop();
    if (session) {
      const { profile: data } = await session.send('Profiler.stop');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(profile, JSON.stringify(data));
    }
    if (!answer.ok) throw new Error(`${name} ${JSON.stringify(params)}: ${answer.error}`);
    return { ...answer.result, errors };
  } finally {
    await page.close();
  }
}
