import { expect } from '@open-wc/testing';
import { builtInActionsFor, extraActionsFor, type ActionContext } from '../../../src/components/message-menu/menu-actions.js';
import type { OlCapability } from '../../../src/core/adapter.js';
import { makeChat, makeMessage } from '../../helpers/fixtures.js';

const all: ActionContext = { can: () => true };
const ids = (message: Parameters<typeof builtInActionsFor>[0], context: ActionContext = all) => builtInActionsFor(message, context).map((a) => a.id);

describe('message menu actions', () => {
  it('offers the seed actions of a client message, in order (M1–M8)', () => {
    expect(ids(makeMessage({ authorKind: 'client' }))).to.deep.equal(['reply', 'unread', 'quote', 'task', 'chat', 'post', 'session', 'canned']);
  });

  it('offers the seed actions of an operator message, in order (M3–M10)', () => {
    expect(ids(makeMessage({ authorKind: 'operator', authorId: 'me' }), { ...all, meId: 'me' })).to.deep.equal([
      'quote',
      'task',
      'chat',
      'post',
      'session',
      'canned',
      'edit',
      'delete',
    ]);
  });

  it('labels M5 and M6 as in the seed: "create" on client messages, "discuss" on operator ones', () => {
    const client = builtInActionsFor(makeMessage({ authorKind: 'client' }), all);
    const operator = builtInActionsFor(makeMessage({ authorKind: 'operator' }), all);
    expect(client.filter((a) => a.id === 'chat' || a.id === 'post').map((a) => a.label)).to.deep.equal(['createChat', 'createPost']);
    expect(operator.filter((a) => a.id === 'chat' || a.id === 'post').map((a) => a.label)).to.deep.equal(['discussInChat', 'discussInFeed']);
  });

  it("does not offer edit and delete on a colleague's message", () => {
    expect(ids(makeMessage({ authorKind: 'operator', authorId: 'someone' }), { ...all, meId: 'me' })).to.not.include.members(['edit', 'delete']);
  });

  it('hides what the adapter cannot do', () => {
    const missing = new Set<OlCapability>(['markUnread', 'createTask', 'saveCanned']);
    expect(ids(makeMessage({ authorKind: 'client' }), { can: (c: OlCapability) => !missing.has(c) })).to.deep.equal([
      'reply',
      'quote',
      'chat',
      'post',
      'session',
    ]);
  });

  it('offers nothing on deleted, system and unsent messages; the shared actions on bot messages', () => {
    expect(ids(makeMessage({ deleted: true }))).to.deep.equal([]);
    expect(ids(makeMessage({ authorKind: 'system' }))).to.deep.equal([]);
    expect(ids(makeMessage({ id: 'local:1', authorKind: 'operator' }))).to.deep.equal([]);
    expect(ids(makeMessage({ authorKind: 'bot' }))).to.deep.equal(['quote', 'task', 'chat', 'post', 'session', 'canned']);
  });

  it("filters the host's actions with their predicate, hiding one whose predicate throws", () => {
    const message = makeMessage({ authorKind: 'client' });
    const chat = makeChat();
    const seen: unknown[] = [];
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const actions = extraActionsFor(
        [
          { id: 'always', label: 'Always' },
          { id: 'never', label: 'Never', visible: () => false },
          { id: 'args', label: 'Args', visible: (m, c) => (seen.push(m, c), true) },
          { id: 'broken', label: 'Broken', visible: () => { throw new Error('x'); } },
        ],
        message,
        chat,
      );
      expect(actions.map((a) => a.id)).to.deep.equal(['always', 'args']);
      expect(seen).to.deep.equal([message, chat]);
      expect(errors).to.have.length(1);
    } finally {
      console.error = originalError;
    }
  });
});
