// Test server of the hardening suites "strict CSP" and "no leaks":
// - GET /__csp/ serves a page under a strict Content-Security-Policy with
//   Trusted Types. Its only script is a module served by the dev server
//   (test/hardening/csp/page.ts, through the esbuild plugin): it mounts every
//   element on MemoryAdapter demo data, drives their features and reports the
//   violations to its parent (test/hardening/csp.test.ts).
// - GET /__csp/production.html: the same page as a minified production
//   bundle with chunks (Lit's production build), under the same policy.
// - The `chaos-heap` test command forces a garbage collection through the
//   DevTools protocol and returns the used JS heap of the test page, so that
//   leaks.test.ts needs no --expose-gc flag.

/**
 * The policy a host needs (README, "Security and reliability"):
 * - script-src 'self': the elements are modules from the host's origin; no
 *   inline script, no eval.
 * - style-src 'self': the elements style their shadow roots through
 *   constructable stylesheets (adoptedStyleSheets), which CSP does not gate;
 *   dynamic values are set through the CSSOM (element.style.x = …), which
 *   is allowed too. No 'unsafe-inline' needed.
 * - img-src 'self' data: blob:: avatars, pictures and GIFs of the demo data
 *   are data:image/svg+xml URLs, and the composer previews a file the
 *   operator attaches through a blob: URL (URL.createObjectURL). A real
 *   backend adds the origin of its files (e.g. https://cdn.example.com).
 * - media-src 'self' blob:: video and audio attachments being uploaded play
 *   from a blob: URL.
 * - require-trusted-types-for 'script'; trusted-types lit-html: Lit is the
 *   only code that turns strings into HTML, through its 'lit-html' policy.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const page = (script) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>open-lines elements under a strict CSP</title>
    <link rel="stylesheet" href="/test/hardening/csp/page.css" />
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <main id="stage"></main>
  </body>
</html>
`;

/**
 * The same page as a production build: minified, Lit's production code,
 * lazy parts as chunks (what a host bundler produces). Built in memory once.
 */
let production;
function productionBuild() {
  production ??= import('esbuild').then(async ({ build }) => {
    const result = await build({
      entryPoints: { page: 'test/hardening/csp/page.ts' },
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      write: false,
      outdir: 'csp-bundle',
      conditions: ['browser', 'production'],
      tsconfig: 'tsconfig.json',
      logLevel: 'silent',
    });
    return new Map(result.outputFiles.map((file) => [file.path.slice(file.path.lastIndexOf('/') + 1), file.text]));
  });
  return production;
}

export default {
  name: 'hardening-chaos',

  async serve(context) {
    const headers = { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' };
    if (context.path === '/__csp/' || context.path === '/__csp/index.html') {
      return { body: page('/test/hardening/csp/page.ts'), type: 'html', headers };
    }
    if (context.path === '/__csp/production.html') {
      return { body: page('/__csp/bundle/page.js'), type: 'html', headers };
    }
    if (context.path.startsWith('/__csp/bundle/')) {
      const files = await productionBuild();
      const body = files.get(context.path.slice('/__csp/bundle/'.length));
      return body === undefined ? undefined : { body, type: 'js' };
    }
    return undefined;
  },

  async executeCommand({ command, session }) {
    if (command !== 'chaos-heap') return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page?.createCDPSession) throw new Error('chaos-heap needs Chromium through @web/test-runner-chrome');
    const cdp = await page.createCDPSession();
    try {
      for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
      return { usedSize, totalSize };
    } finally {
      await cdp.detach();
    }
  },
};
