import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROME_ARGS, findChrome } from './.ci/find-chrome.mjs';

const executablePath = findChrome();

/**
 * Test servers: every `*.server.mjs` file under test/ default-exports a dev-server
 * plugin (a fake backend, a page with its own headers) that its tests reach
 * under a path of its own.
 */
function serverFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return serverFiles(path);
    return entry.name.endsWith('.server.mjs') ? [path] : [];
  });
}
const serverPlugins = await Promise.all(
  serverFiles('test').map(async (file) => (await import(pathToFileURL(file).href)).default),
);

/** Browser tests in real headless Chromium; they import the TypeScript sources. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [...serverPlugins, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
      // One window per test page: with tabs, only one page of the two running
      // side by side is visible, and a hidden page gets no animation frames and
      // no ResizeObserver callbacks (virtualized lists then never render).
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  concurrency: 2,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
