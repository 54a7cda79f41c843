import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { icon } from '../../../src/components/shared/icons.js';
import { baseStyles } from '../../../src/themes/tokens.js';

class IconProbe extends LitElement {
  static override styles = [baseStyles];
  override render() {
    return html`${icon('send')}${icon('search')}`;
  }
}
customElements.define('test-icon-probe', IconProbe);

function transforms(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('svg')].map((svg) => getComputedStyle(svg).transform);
}

describe('icons', () => {
  it('mirrors directional icons in right-to-left text, and only those', async () => {
    const rtl = await fixture(html`<div dir="rtl"><test-icon-probe></test-icon-probe></div>`);
    expect(transforms(rtl.firstElementChild!)).to.deep.equal(['matrix(-1, 0, 0, 1, 0, 0)', 'none']);
  });

  it('leaves them alone left to right', async () => {
    const ltr = await fixture(html`<div dir="ltr"><test-icon-probe></test-icon-probe></div>`);
    expect(transforms(ltr.firstElementChild!)).to.deep.equal(['none', 'none']);
  });
});
