import { expect } from '@open-wc/testing';
import { isCanonical, isCanonicalDate, msOfDay, timeOf } from '../../src/core/iso-date.js';

describe('iso-date', () => {
  it('reads canonical dates from their digits as Date.parse does, and leaves the others to it', () => {
    const dates = [
      '2026-11-25T09:05:07.123Z',
      '2024-02-29T23:59:59.999Z',
      '1970-01-01T00:00:00.000Z',
      '0099-06-15T12:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '2026-11-25T10:05:07+01:00',
      'not a date',
    ];
    for (let i = 0; i < 500; i += 1) dates.push(new Date(Date.UTC(1900 + ((i * 37) % 200), i % 12, 1 + (i % 28), i % 24, i % 60, (i * 7) % 60, i)).toISOString());
    for (const iso of dates) expect(timeOf(iso), iso).to.deep.equal(Date.parse(iso));
    expect(msOfDay('2026-11-25T01:02:03.004Z')).to.equal(3_723_004);
    expect(isCanonical('2026-11-25T09:05:07.123Z')).to.equal(true);
    expect(isCanonical('2026-11-25T09:05:07Z')).to.equal(false);
    expect(isCanonicalDate('2026-02-29T00:00:00.000Z')).to.equal(false);
    expect(isCanonicalDate('2000-02-29T00:00:00.000Z')).to.equal(true);
    expect(isCanonicalDate('1900-02-29T00:00:00.000Z')).to.equal(false);
  });
});
