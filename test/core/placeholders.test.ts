import { expect } from '@open-wc/testing';
import { parseBBCode } from '../../src/core/bbcode/index.js';
import { PLACEHOLDERS, fillPlaceholders, findPlaceholders, placeholderValue } from '../../src/core/placeholders.js';
import { makeChat } from '../helpers/fixtures.js';

const chat = makeChat({
  title: 'Order #42',
  sessionId: '1234',
  client: { id: 'cl1', name: 'Élodie Martin', email: 'elodie@example.com' },
});
const operator = { id: 'op1', name: 'Olga' };

describe('placeholders', () => {
  it('fills every known placeholder from the chat and the operator', () => {
    const text = 'Hi {client.name} ({client.email}), {operator.name} here about {chat.title}, conversation {session.id}.';
    expect(fillPlaceholders(text, { chat, operator })).to.deep.equal({
      text: 'Hi Élodie Martin (elodie@example.com), Olga here about Order #42, conversation 1234.',
      unfilled: [],
    });
  });

  it('keeps the placeholders it cannot fill, and lists each once in order of appearance', () => {
    const result = fillPlaceholders('{client.phone} {client.name} {client.phone} {operator.name}', { chat });
    expect(result.text).to.equal('{client.phone} Élodie Martin {client.phone} {operator.name}');
    expect(result.unfilled).to.deep.equal(['{client.phone}', '{operator.name}']);
  });

  it('fills nothing without a context, and reports unknown placeholders', () => {
    const result = fillPlaceholders('Dear {client.name}, see {client.address}', {});
    expect(result.text).to.equal('Dear {client.name}, see {client.address}');
    expect(result.unfilled).to.deep.equal(['{client.name}', '{client.address}']);
  });

  it('ignores braces that are not placeholders and matches names case-insensitively', () => {
    const result = fillPlaceholders('{} {name} {Client.Name}', { chat });
    expect(result).to.deep.equal({ text: '{} {name} Élodie Martin', unfilled: [] });
  });

  it('treats blank values as missing', () => {
    const blank = makeChat({ client: { id: 'x', name: 'Bob', phone: '   ' } });
    expect(placeholderValue('client.phone', { chat: blank })).to.equal(undefined);
    expect(fillPlaceholders('{client.phone}', { chat: blank }).unfilled).to.deep.equal(['{client.phone}']);
  });

  it('escapes values as BBCode, so a name cannot format or inject tags', () => {
    const sneaky = makeChat({ client: { id: 'x', name: '[b]Bob[/b] [url=javascript:alert(1)]x[/url]' } });
    const { text } = fillPlaceholders('Hello {client.name}', { chat: sneaky });
    const nodes = parseBBCode(text);
    expect(nodes.every((node) => node.type === 'text')).to.equal(true);
    expect(nodes.map((node) => (node.type === 'text' ? node.text : '')).join('')).to.equal(
      'Hello [b]Bob[/b] [url=javascript:alert(1)]x[/url]',
    );
  });

  it('finds the placeholders of a text', () => {
    expect(findPlaceholders('{client.name} and {client.name}, {session.id}; {nope}')).to.deep.equal([
      '{client.name}',
      '{session.id}',
    ]);
    expect(PLACEHOLDERS).to.include.members(['client.name', 'client.email', 'client.phone', 'operator.name', 'chat.title', 'session.id']);
  });
});
