import { expect } from '@open-wc/testing';
import { MessageThread } from '../../../src/core/message-thread.js';
import type { Message } from '../../../src/core/model.js';
import { makeMessage } from '../../helpers/fixtures.js';

/** Messages one minute apart, in order. */
const minutes = (prefix: string, from: number, count: number): Message[] =>
  Array.from({ length: count }, (_, i) => makeMessage({ id: `${prefix}${from + i}`, createdAt: new Date(Date.UTC(2026, 10, 24, 9, from + i)).toISOString() }));

const ids = (thread: MessageThread) => thread.items.map((m) => m.id);

describe('the thread behind the timeline (joins pages in order, sorts only when needed)', () => {
  it('keeps a first load, an older page and a newer page in order, without copying the given arrays', () => {
    const thread = new MessageThread();
    const latest = minutes('m', 10, 3);
    expect(thread.upsertMany(latest)).to.equal(true);
    expect(ids(thread)).to.deep.equal(['m10', 'm11', 'm12']);
    expect(thread.items, 'the store keeps its own array').not.to.equal(latest);
    thread.upsertMany(minutes('m', 5, 2));
    thread.upsertMany(minutes('m', 20, 2));
    expect(ids(thread)).to.deep.equal(['m5', 'm6', 'm10', 'm11', 'm12', 'm20', 'm21']);
    expect(thread.get('m6')?.id).to.equal('m6');
  });

  it('sorts pages given out of order or overlapping, and drops duplicates and removed messages', () => {
    const thread = new MessageThread();
    const [a, b, c, d] = minutes('m', 1, 4);
    thread.upsertMany([c!, a!, d!]);
    expect(ids(thread)).to.deep.equal(['m1', 'm3', 'm4']);
    thread.upsertMany([b!, c!]);
    expect(ids(thread)).to.deep.equal(['m1', 'm2', 'm3', 'm4']);
    thread.remove('m2');
    thread.upsertMany([b!, { ...a!, text: 'edited', editedAt: new Date(Date.UTC(2026, 10, 25)).toISOString() }]);
    expect(ids(thread)).to.deep.equal(['m1', 'm3', 'm4']);
    expect(thread.items[0]!.text).to.equal('edited');
    const twice = new MessageThread();
    twice.upsertMany([a!, a!, b!]);
    expect(ids(twice)).to.deep.equal(['m1', 'm2']);
  });

  it('appends a newer message and inserts a late one at its place, replacing the array each time', () => {
    const thread = new MessageThread();
    const [a, b, c] = minutes('m', 1, 3);
    thread.upsertMany([a!, c!]);
    const before = thread.items;
    thread.upsert(minutes('m', 9, 1)[0]!);
    expect(ids(thread)).to.deep.equal(['m1', 'm3', 'm9']);
    expect(before, 'the previous array is left as it was').to.deep.equal([a, c]);
    thread.upsert(b!);
    expect(ids(thread)).to.deep.equal(['m1', 'm2', 'm3', 'm9']);
  });
});
