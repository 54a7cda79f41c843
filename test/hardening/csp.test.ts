import { expect } from '@open-wc/testing';
import type { CspReport } from './csp/page.js';

/**
 * Strict CSP + Trusted Types: /__csp/ (csp.server.mjs) serves a page under
 * `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'
 * data: blob:; media-src 'self' blob:; require-trusted-types-for 'script';
 * trusted-types lit-html`. Its module mounts every element on demo data and
 * drives their features; nothing may be blocked and everything must render.
 */
describe('hardening: strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(120_000);

  it('serves the page with the policy and no inline script', async () => {
    const response = await fetch('/__csp/');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'").and.contain("style-src 'self'").and.contain("require-trusted-types-for 'script'");
    expect(policy).not.to.contain('unsafe-inline').and.not.to.contain('unsafe-eval');
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const scripts = [...page.querySelectorAll('script')];
    // The dev server adds its web socket client, as a script file (allowed by 'self'), never inline.
    expect(scripts.map((s) => s.getAttribute('src'))).to.include('/test/hardening/csp/page.ts');
    for (const script of scripts) {
      expect(script.textContent!.trim(), 'inline script').to.equal('');
      expect(new URL(script.getAttribute('src')!, location.href).origin).to.equal(location.origin);
    }
    expect(page.querySelectorAll('[style], style')).to.have.length(0);
  });

  async function drive(src: string): Promise<CspReport> {
    const iframe = document.createElement('iframe');
    iframe.width = '1200';
    iframe.height = '900';
    const report = new Promise<CspReport>((resolve) => {
      window.addEventListener('message', function onMessage(event: MessageEvent<CspReport>) {
        if (event.source !== iframe.contentWindow || event.data?.type !== 'csp-report') return;
        window.removeEventListener('message', onMessage);
        resolve(event.data);
      });
    });
    iframe.src = src;
    document.body.append(iframe);
    try {
      const result = await report;
      console.log(
        `[csp] ${src}: ${Object.keys(result.steps).length} features driven, ${result.violations.length} violations, ${result.errors.length} errors\n` +
          Object.entries(result.steps).map(([name, ok]) => `  ${ok ? 'ok ' : 'NOT'} ${name}`).join('\n'),
      );
      return result;
    } finally {
      iframe.remove();
    }
  }

  function expectClean(result: CspReport): void {
    expect(result.trustedTypes, 'Trusted Types are enforced').to.equal(true);
    expect(result.violations).to.deep.equal([]);
    expect(result.errors).to.deep.equal([]);
    const failed = Object.entries(result.steps).filter(([, ok]) => !ok).map(([name]) => name);
    expect(failed, 'features that did not render').to.deep.equal([]);
    expect(Object.keys(result.steps).length).to.be.greaterThan(25);
  }

  it('every element, driven through its features, causes no violation and no error', async () => {
    expectClean(await drive('/__csp/'));
  });

  it('the same with a minified production bundle (Lit production build, lazy chunks)', async () => {
    const response = await fetch('/__csp/production.html');
    expect(response.headers.get('content-security-policy')).to.contain('require-trusted-types-for');
    expectClean(await drive('/__csp/production.html'));
  });

  it('the policy really is enforced on that page: an inline style and an HTML string are blocked', async () => {
    const iframe = document.createElement('iframe');
    iframe.src = '/__csp/';
    document.body.append(iframe);
    try {
      await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      const doc = iframe.contentDocument!;
      const seen: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
      const probe = doc.createElement('div');
      doc.body.append(probe);
      expect(() => {
        probe.innerHTML = '<b>x</b>';
      }).to.throw(/TrustedHTML/);
      probe.setAttribute('style', 'color: red');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).to.include('require-trusted-types-for');
      expect(seen.some((d) => d.startsWith('style-src'))).to.equal(true);
    } finally {
      iframe.remove();
    }
  });
});
