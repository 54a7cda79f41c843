import { expect } from '@open-wc/testing';
import { buildRows, extendRows, type MessageRow } from '../../../src/components/timeline/timeline-rows.js';
import type { Message } from '../../../src/core/model.js';
import { makeMessage } from '../../helpers/fixtures.js';

/** Client and operator turns, minutes apart, across two days. */
function conversation(): Message[] {
  const at = (day: number, minute: number) => new Date(Date.UTC(2026, 10, day, 9, minute)).toISOString();
  return [
    makeMessage({ id: 'a1', createdAt: at(24, 0) }),
    makeMessage({ id: 'a2', createdAt: at(24, 1) }),
    makeMessage({ id: 'a3', authorKind: 'operator', authorId: 'op1', authorName: 'Alex', createdAt: at(24, 2) }),
    makeMessage({ id: 'a4', authorKind: 'operator', authorId: 'op1', authorName: 'Alex', createdAt: at(24, 3) }),
    makeMessage({ id: 'a5', createdAt: at(24, 30) }),
    makeMessage({ id: 'a6', createdAt: at(25, 0) }),
    makeMessage({ id: 'a7', createdAt: at(25, 1) }),
    makeMessage({ id: 'a8', authorKind: 'system', createdAt: at(25, 2) }),
  ];
}

const options = { dayLabel: (key: string) => key };
const shape = (rows: readonly { kind: string; key: string }[]) =>
  rows.map((row) => (row.kind === 'message' ? `${row.key}:${+(row as MessageRow).groupStart}${+(row as MessageRow).groupEnd}` : row.key));

describe('timeline rows: appending', () => {
  it('continues rows exactly as a full build would, wherever the cut', () => {
    const messages = conversation();
    const full = buildRows(messages, options);
    for (let cut = 1; cut < messages.length; cut += 1) {
      const model = buildRows(messages.slice(0, cut), options);
      const before = model.rows.slice();
      const rows = model.rows.slice();
      const messageRows = model.messageRows.slice(0, cut);
      extendRows({ rows, messageRows }, messages, cut, options);
      expect(shape(rows), `cut at ${cut}`).to.deep.equal(shape(full.rows));
      expect(messageRows).to.deep.equal(full.messageRows);
      // The rows of the earlier build are never changed (a view may still show them).
      expect(shape(model.rows), `cut at ${cut}: earlier rows untouched`).to.deep.equal(shape(before));
    }
  });

  it('ends the previous run when the new message continues it, through a new row object', () => {
    const messages = conversation().slice(0, 2);
    const model = buildRows(messages.slice(0, 1), options);
    const last = model.rows.at(-1) as MessageRow;
    expect(last.groupEnd).to.equal(true);
    const rows = model.rows.slice();
    extendRows({ rows, messageRows: model.messageRows.slice() }, messages, 1, options);
    const replaced = rows[rows.length - 2] as MessageRow;
    expect(replaced.key).to.equal('a1');
    expect(replaced.groupEnd).to.equal(false);
    expect(replaced).not.to.equal(last);
    expect(last.groupEnd, 'the earlier row object is unchanged').to.equal(true);
  });
});
