import { expect } from '@open-wc/testing';
import * as library from '../../src/index.js';

describe('package entries', () => {
  it('the main entry exports classes, events and adapters without registering any element', () => {
    expect(library.MemoryAdapter).to.be.a('function');
    expect(library.OlChatTransferEvent).to.be.a('function');
    expect(library.OlProviderElement).to.be.a('function');
    expect(library.OL_EVENT_NAMES).to.include('ol-chat-transfer');
    expect(customElements.get('ol-provider')).to.equal(undefined);
  });

  it('a registration entry registers its element', async () => {
    await import('../../src/components/provider/ol-provider.js');
    expect(customElements.get('ol-provider')).to.equal(library.OlProviderElement);
  });

  it('every event class fires a bubbling, composed event of its own name', () => {
    const classes = Object.values(library).filter(
      (value): value is new (detail: never) => CustomEvent =>
        typeof value === 'function' && value.prototype instanceof library.OlEvent,
    );
    const names = classes.map((EventClass) => {
      const event = new EventClass({} as never);
      expect(event.bubbles, event.type).to.equal(true);
      expect(event.composed, event.type).to.equal(true);
      return event.type;
    });
    expect([...names].sort()).to.deep.equal([...library.OL_EVENT_NAMES].sort());
  });
});
