import { expect } from '@open-wc/testing';
import { SORTS, type ChatGroupId, type Sortable } from '../../../src/components/chat-list/chat-list-model.js';
import { sortGroup } from '../../../src/components/chat-list/sort-group.js';
import { makeChat, rng } from '../../helpers/fixtures.js';

function rows(count: number, time: (random: () => number) => number, seed = 3): Sortable[] {
  const random = rng(seed);
  return Array.from({ length: count }, (_, i) => ({
    // Ids not in time order, so that ties show whether the id decides.
    chat: makeChat({ id: `c${Math.floor(random() * 1e9)}-${i}` }),
    pinned: random() < 0.05,
    time: time(random),
  }));
}

const ids = (list: readonly Sortable[]) => list.map((row) => row.chat.id);

describe('sortGroup', () => {
  const BASE = Date.UTC(2026, 10, 25);
  const cases: [string, (random: () => number) => number][] = [
    // Few distinct times: long runs of ties.
    ['many ties', (random) => BASE - Math.floor(random() * 50) * 60_000],
    ['ninety days to the millisecond', (random) => BASE - Math.floor(random() * 90 * 86_400_000)],
    // Too far apart to pack exactly with this many rows: the comparator sorts.
    ['centuries apart', (random) => Math.floor((random() - 0.5) * 2 ** 52)],
    ['a missing time', (random) => (random() < 0.01 ? Number.POSITIVE_INFINITY : BASE - Math.floor(random() * 1e6))],
  ];
  for (const [name, time] of cases) {
    for (const group of ['waiting', 'active', 'finished'] as ChatGroupId[]) {
      it(`orders ${group} rows as the comparator does (${name})`, () => {
        const list = rows(10_000, time);
        const expected = ids(list.slice().sort(SORTS[group]));
        sortGroup(list, group);
        expect(ids(list)).to.deep.equal(expected);
      });
    }
  }

  it('sorts a short list with the comparator', () => {
    const list = rows(50, (random) => BASE - Math.floor(random() * 10) * 1000);
    const expected = ids(list.slice().sort(SORTS.active));
    sortGroup(list, 'active');
    expect(ids(list)).to.deep.equal(expected);
  });
});
