import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TimelineScrollController } from '../../../src/components/timeline/timeline-scroll.js';

/** A scroller whose geometry reads are counted (each one may force a layout). */
function countingScroller() {
  const scroller = document.createElement('div');
  const counts = { reads: 0 };
  for (const name of ['scrollHeight', 'scrollTop', 'clientHeight'] as const) {
    Object.defineProperty(scroller, name, {
      get() {
        counts.reads += 1;
        return name === 'clientHeight' ? 400 : name === 'scrollHeight' ? 2000 : 1600;
      },
    });
  }
  return { scroller, counts };
}

function controller(scroller: HTMLElement, onBottomChange: (atBottom: boolean) => void = () => {}) {
  const host: ReactiveControllerHost = {
    addController: (_: ReactiveController) => {},
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  };
  return new TimelineScrollController(host, {
    scroller: () => scroller,
    rowIndex: () => -1,
    onBottomChange,
    onNearTop: () => {},
    onNearBottom: () => {},
  });
}

describe('TimelineScrollController', () => {
  it('reads no geometry on scrolls while it sticks to the bottom (its own scrolls), and reads again after', () => {
    const { scroller, counts } = countingScroller();
    const changes: boolean[] = [];
    const scrolling = controller(scroller, (atBottom) => changes.push(atBottom));
    scrolling.stickToBottom(() => 'last');
    for (let i = 0; i < 10; i += 1) scrolling.handleScroll();
    expect(counts.reads, 'no layout forced by the scrolls of a bottom placement').to.equal(0);
    expect(scrolling.atBottom).to.equal(true);

    // The person scrolls (wheel, touch, keys): the placement stops, and scrolls are read.
    scrolling.interrupt();
    scrolling.handleScroll();
    expect(counts.reads).to.be.greaterThan(0);
    expect(scrolling.atBottom, '1600 + 400 of 2000: at the bottom').to.equal(true);
    expect(changes).to.deep.equal([]);
    scrolling.stop();
  });

  it('reads the position on scrolls while it places a row that is not the bottom', () => {
    const { scroller, counts } = countingScroller();
    const scrolling = controller(scroller);
    scrolling.place(() => 'm1', 'center');
    scrolling.handleScroll();
    expect(counts.reads).to.be.greaterThan(0);
    scrolling.stop();
  });
});
