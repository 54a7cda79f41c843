/**
 * Test-runner command for test/hardening/a11y-modes.test.ts: emulates CSS
 * media features through the DevTools protocol. `emulateMedia` of
 * @web/test-runner-commands drops `forcedColors` with Puppeteer (it is
 * Playwright-only there), so forced colours are set here.
 *
 * From a test: `executeServerCommand('ol-emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`;
 * an empty list resets every emulated feature. The DevTools session stays
 * open per page (closing it would drop the emulation).
 */
const sessions = new WeakMap();

export default {
  name: 'ol-emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'ol-emulate-media-features') return undefined;
    if (session.browser.type !== 'puppeteer') throw new Error(`${command}: only with the Chrome launcher`);
    const page = session.browser.getPage(session.id);
    let client = sessions.get(page);
    if (!client) {
      client = await page.createCDPSession();
      sessions.set(page, client);
    }
    await client.send('Emulation.setEmulatedMedia', { features: Array.isArray(payload) ? payload : [] });
    return true;
  },
};
