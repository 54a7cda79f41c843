import { expect } from '@open-wc/testing';
import { can } from '../../src/core/adapter.js';

describe('can', () => {
  it('reads capabilities from the adapter', () => {
    expect(can(undefined, 'answer')).to.equal(false);
  });
});
