import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { Chat } from '../../src/core/model.js';
import { isCleanChat, repairChat, resetSanitizeWarnings, sanitizeChat } from '../../src/core/sanitize.js';
import { makeChat } from '../helpers/fixtures.js';

/** Values a field may come with from a backend, good and bad. */
const VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'x'.repeat(1025),
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  {},
  [],
  'new',
  'closed',
  'livechat',
  'like',
  'javascript:alert(1)',
  'https://example.com/a.png',
  '2026-11-25T09:00:00.000Z',
  '2026-11-25T09:00:00Z',
  '2026-11-25T10:00:00+01:00',
  '2024-02-29T10:00:00.000Z',
  '2026-02-29T10:00:00.000Z',
  '2026-04-31T10:00:00.000Z',
  '2026-01-31T23:59:59.999Z',
  '2099-01-01T00:00:00.000Z',
];

const CHAT_FIELDS: (keyof Chat)[] = [
  'id', 'title', 'state', 'pinned', 'silent', 'unreadCount', 'client', 'operatorId', 'queueId', 'sourceChannel',
  'sessionId', 'crm', 'createdAt', 'waitingSince', 'updatedAt', 'lastMessage', 'autoCloseAt', 'firstResponseSeconds', 'rating',
];

describe('sanitize', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    resetSanitizeWarnings();
  });
  afterEach(() => warn.restore());

  it('takes the fast path for a chat only when the field-by-field repair would leave it as it is', () => {
    const base = makeChat({ lastMessage: { id: 'lm1', authorKind: 'client', text: 'Hello', createdAt: '2026-11-25T09:00:00.000Z' } });
    expect(isCleanChat(base), 'a clean chat').to.equal(true);
    expect(sanitizeChat(base)).to.equal(base);
    let fast = 0;
    const variants: unknown[] = [];
    for (const field of CHAT_FIELDS) for (const value of VALUES) variants.push({ ...base, [field]: value });
    for (const field of ['id', 'name', 'avatarUrl', 'email', 'phone']) {
      for (const value of VALUES) variants.push({ ...base, client: { ...base.client, [field]: value } });
    }
    for (const field of ['id', 'authorKind', 'text', 'createdAt']) {
      for (const value of VALUES) variants.push({ ...base, lastMessage: { ...base.lastMessage, [field]: value } });
    }
    for (const variant of variants) {
      if (!isCleanChat(variant)) continue;
      fast += 1;
      expect(repairChat(variant), JSON.stringify(variant)).to.equal(variant);
    }
    expect(fast, 'some variants are clean').to.be.greaterThan(20);
    expect(isCleanChat({ ...base, createdAt: '2026-02-29T10:00:00.000Z' }), 'a day that does not exist').to.equal(false);
    expect(isCleanChat({ ...base, createdAt: '2024-02-29T10:00:00.000Z' }), 'a leap day').to.equal(true);
    expect(isCleanChat({ ...base, createdAt: '2026-04-31T10:00:00.000Z' })).to.equal(false);
    expect(isCleanChat({ ...base, createdAt: '2026-01-31T10:00:00.000Z' })).to.equal(true);
  });
});
