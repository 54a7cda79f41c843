import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { RovingFocusController } from '../../src/controllers/roving-focus.js';

const FRUITS = ['Apple', 'Banana', 'Blueberry', 'Cherry', 'Date', 'Elderberry'];

class TestRovingList extends LitElement {
  disabled = new Set<number>([3]);
  roving = new RovingFocusController(this, {
    count: () => FRUITS.length,
    focusItem: (index) => this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus(),
    isDisabled: (index) => this.disabled.has(index),
    label: (index) => FRUITS[index],
    pageSize: () => 2,
  });

  protected override render() {
    return html`<ul role="listbox" @keydown=${(e: KeyboardEvent) => this.roving.handleKeydown(e)}>
      ${FRUITS.map(
        (fruit, index) =>
          html`<li role="option" data-index=${index} tabindex=${this.roving.tabIndexFor(index)} aria-disabled=${this.disabled.has(index)}>${fruit}</li>`,
      )}
    </ul>`;
  }
}
customElements.define('test-roving-list', TestRovingList);

const focused = (el: TestRovingList) => (el.shadowRoot!.activeElement as HTMLElement | null)?.textContent;

describe('RovingFocusController', () => {
  it('keeps one tab stop and moves it with arrows, skipping disabled items', async () => {
    const el = await fixture<TestRovingList>(html`<test-roving-list></test-roving-list>`);
    const stops = el.shadowRoot!.querySelectorAll('[tabindex="0"]');
    expect(stops).to.have.length(1);
    (stops[0] as HTMLElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('Date');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal('Blueberry');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[tabindex="0"]')!.textContent).to.equal('Blueberry');
  });

  it('goes to the ends with Home and End, by pages with PageUp and PageDown, and does not wrap', async () => {
    const el = await fixture<TestRovingList>(html`<test-roving-list></test-roving-list>`);
    el.roving.focus(0);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('Elderberry');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('Elderberry');
    await sendKeys({ press: 'PageUp' });
    expect(focused(el)).to.equal('Date');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('Apple');
    await sendKeys({ press: 'PageDown' });
    expect(focused(el)).to.equal('Blueberry');
  });

  it('jumps by type-ahead', async () => {
    const el = await fixture<TestRovingList>(html`<test-roving-list></test-roving-list>`);
    el.roving.focus(0);
    await sendKeys({ type: 'bl' });
    expect(focused(el)).to.equal('Blueberry');
    await new Promise((r) => setTimeout(r, 700));
    await sendKeys({ type: 'e' });
    expect(focused(el)).to.equal('Elderberry');
  });
});
