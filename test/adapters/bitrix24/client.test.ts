import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { B24Client, Bitrix24Adapter, Bitrix24Error, bx24Transport, oauthTransport, webhookTransport } from '../../../src/adapters/bitrix24/index.js';
import type { BX24AjaxResult, BX24Like } from '../../../src/adapters/bitrix24/index.js';
import { OlAdapterError } from '../../../src/core/adapter.js';
import { FakePortal, errorBody, rejection } from './portal.js';

const portal = new FakePortal('client');

/** A client with a recorded, instant back-off. */
function clientWithSleep(options: { maxRetries?: number; retryBaseDelayMs?: number } = {}) {
  const sleep = sinon.spy((_ms: number) => Promise.resolve());
  const client = new B24Client(webhookTransport(portal.webhook), { requestsPerSecond: Infinity, sleep, ...options });
  return { client, sleep };
}

describe('Bitrix24 client: transports, errors, rate limit, batch', () => {
  beforeEach(() => portal.reset());
  afterEach(() => sinon.restore());

  describe('webhook transport', () => {
    it('POSTs JSON to <webhook><method>.json and unwraps `result`', async () => {
      const { client } = clientWithSleep();
      expect(await client.call('im.message.add', { DIALOG_ID: 'chat1', MESSAGE: 'hi' })).to.equal(28561700);
      expect(await portal.requests()).to.deep.equal([{ method: 'im.message.add', params: { DIALOG_ID: 'chat1', MESSAGE: 'hi' } }]);
    });
  });

  describe('error mapping: { error, error_description } → OlAdapterError codes', () => {
    const cases: Array<[number, string, string]> = [
      [403, 'ACCESS_DENIED', 'FORBIDDEN'],
      [400, 'ACCESS_ERROR', 'FORBIDDEN'],
      [401, 'insufficient_scope', 'FORBIDDEN'],
      [400, 'ERROR_USER_NOT_OPERATOR', 'FORBIDDEN'],
      [401, 'NO_AUTH_FOUND', 'UNAUTHORIZED'],
      [404, 'ERROR_METHOD_NOT_FOUND', 'NOT_FOUND'],
      [400, 'CHAT_ID', 'NOT_FOUND'],
      [400, 'CHAT_TYPE', 'INVALID'],
      [400, 'MESSAGE_EMPTY', 'INVALID'],
      [400, 'IMOL_CHAT_ERROR_ANSWER_COMPETITIVE_REQUEST', 'CONFLICT'],
      [500, 'INTERNAL_SERVER_ERROR', 'ADAPTER_ERROR'],
      [403, 'SOMETHING_NEW', 'FORBIDDEN'],
    ];
    for (const [status, b24, code] of cases) {
      it(`${status} ${b24} → ${code}`, async () => {
        await portal.script({ method: 'imopenlines.operator.skip', status, body: errorBody(b24, 'Described by the portal') });
        const error = await rejection(portal.adapter().skip('5'));
        expect(error).to.be.instanceOf(Bitrix24Error);
        expect(error).to.be.instanceOf(OlAdapterError);
        expect(error.code).to.equal(code);
        expect(error.b24Error).to.equal(b24);
        expect(error.message).to.equal('Described by the portal');
        expect((error as Bitrix24Error).status).to.equal(status);
      });
    }

    it('an answer that is not JSON is ERROR_UNEXPECTED_ANSWER, coded by its HTTP status', async () => {
      const transport = webhookTransport('/__not-a-portal/');
      const error = await rejection(new B24Client(transport, { requestsPerSecond: Infinity }).call('user.current'));
      expect([error.code, error.b24Error]).to.deep.equal(['NOT_FOUND', 'ERROR_UNEXPECTED_ANSWER']);
    });
  });

  describe('rate limit', () => {
    it('retries QUERY_LIMIT_EXCEEDED (HTTP 503) with exponential back-off, then succeeds', async () => {
      await portal.script({ method: 'user.current', status: 503, body: errorBody('QUERY_LIMIT_EXCEEDED', 'Too many requests'), times: 3 });
      const { client, sleep } = clientWithSleep({ retryBaseDelayMs: 250 });
      const me = await client.call<{ ID: string }>('user.current');
      expect(me.ID).to.equal('1');
      expect(await portal.methods()).to.deep.equal(['user.current', 'user.current', 'user.current', 'user.current']);
      expect(sleep.args.map(([ms]) => ms)).to.deep.equal([250, 500, 1000]);
    });

    it('caps the delay at retryMaxDelayMs and gives up after maxRetries with RATE_LIMITED', async () => {
      await portal.script({ method: 'user.current', status: 503, body: errorBody('QUERY_LIMIT_EXCEEDED', 'Too many requests'), times: 10 });
      const sleep = sinon.spy((_ms: number) => Promise.resolve());
      const client = new B24Client(webhookTransport(portal.webhook), {
        requestsPerSecond: Infinity,
        sleep,
        maxRetries: 4,
        retryBaseDelayMs: 1000,
        retryMaxDelayMs: 3000,
      });
      const error = await rejection(client.call('user.current'));
      expect([error.code, error.b24Error]).to.deep.equal(['RATE_LIMITED', 'QUERY_LIMIT_EXCEEDED']);
      expect(sleep.args.map(([ms]) => ms)).to.deep.equal([1000, 2000, 3000, 3000]);
      expect((await portal.calls('user.current')).length).to.equal(5);
    });

    it('spaces requests to requestsPerSecond (2 a second: 500 ms apart)', async () => {
      let now = 10_000;
      const sleep = sinon.spy(async (ms: number) => {
        now += ms;
      });
      const client = new B24Client(webhookTransport(portal.webhook), { requestsPerSecond: 2, concurrency: 1, sleep, now: () => now });
      await Promise.all([client.call('user.current'), client.call('user.current'), client.call('user.current')]);
      expect(sleep.args.map(([ms]) => ms)).to.deep.equal([500, 500]);
      expect((await portal.calls('user.current')).length).to.equal(3);
    });

    it('keeps at most `concurrency` requests in flight', async () => {
      let inFlight = 0;
      let most = 0;
      const transport = {
        async call() {
          inFlight++;
          most = Math.max(most, inFlight);
          await Promise.resolve();
          await Promise.resolve();
          inFlight--;
          return { status: 200, result: true };
        },
      };
      const client = new B24Client(transport, { requestsPerSecond: Infinity, concurrency: 2 });
      await Promise.all(Array.from({ length: 6 }, () => client.call('x')));
      expect(most).to.equal(2);
    });
  });

  describe('OAuth transport', () => {
    it('sends the token as `auth` to <endpoint><method>.json', async () => {
      const refresh = sinon.spy(async () => 'new-token');
      const adapter = new Bitrix24Adapter({
        transport: oauthTransport({ endpoint: portal.endpoint, accessToken: 'token-1', refresh }),
        rateLimit: { requestsPerSecond: Infinity },
      });
      await adapter.finish('1982');
      expect(await portal.requests()).to.deep.equal([{ method: 'imopenlines.operator.finish', params: { CHAT_ID: 1982 }, auth: 'token-1' }]);
      expect(refresh.called).to.equal(false);
    });

    it('on expired_token calls refresh once and retries with the new token', async () => {
      await portal.script({ method: 'imopenlines.operator.answer', status: 401, body: errorBody('expired_token', 'The access token provided has expired.') });
      const refresh = sinon.spy(async () => 'token-2');
      const adapter = new Bitrix24Adapter({
        transport: oauthTransport({ endpoint: portal.endpoint, accessToken: 'token-1', refresh }),
        rateLimit: { requestsPerSecond: Infinity },
      });
      await adapter.answer('1364');
      await adapter.skip('1364');
      expect(refresh.callCount).to.equal(1);
      expect((await portal.requests()).map((r) => [r.method, r.auth])).to.deep.equal([
        ['imopenlines.operator.answer', 'token-1'],
        ['imopenlines.operator.answer', 'token-2'],
        ['imopenlines.operator.skip', 'token-2'],
      ]);
    });

    it('calls failing together with the same old token share one refresh', async () => {
      await portal.script({ method: 'user.search', status: 401, body: errorBody('expired_token', 'expired'), times: 2 });
      const refresh = sinon.spy(async () => 'token-2');
      const transport = oauthTransport({ endpoint: portal.endpoint, accessToken: 'token-1', refresh });
      const client = new B24Client(transport, { requestsPerSecond: Infinity, concurrency: 2 });
      await Promise.all([client.call('user.search'), client.call('user.search')]);
      expect(refresh.callCount).to.equal(1);
      expect((await portal.calls('user.search')).map((r) => r.auth)).to.deep.equal(['token-1', 'token-1', 'token-2', 'token-2']);
    });

    it('a second expired_token, or a failing refresh, surfaces as UNAUTHORIZED / the refresh error', async () => {
      await portal.script({ method: 'user.current', status: 401, body: errorBody('expired_token', 'expired'), times: 2 });
      const transport = oauthTransport({ endpoint: portal.endpoint, accessToken: 'a', refresh: async () => 'b' });
      const error = await rejection(new B24Client(transport, { requestsPerSecond: Infinity }).call('user.current'));
      expect([error.code, error.b24Error]).to.deep.equal(['UNAUTHORIZED', 'expired_token']);
      await portal.script({ method: 'user.current', status: 401, body: errorBody('expired_token', 'expired') });
      const failing = oauthTransport({ endpoint: portal.endpoint, accessToken: 'a', refresh: () => Promise.reject(new Error('refresh failed')) });
      expect((await rejection(new B24Client(failing, { requestsPerSecond: Infinity }).call('user.current'))).message).to.equal('refresh failed');
    });
  });

  describe('BX24.callMethod transport', () => {
    function fakeBX24(answers: Record<string, { answer: Record<string, unknown>; status?: number }>) {
      const calls: Array<[string, unknown]> = [];
      const bx24: BX24Like = {
        callMethod(method, params, callback) {
          calls.push([method, params]);
          const { answer, status = 200 } = answers[method] ?? { answer: { result: true } };
          const result: BX24AjaxResult = {
            answer,
            status,
            data: () => answer.result,
            error: () => (answer.error ? { ex: answer, status } : undefined),
          };
          setTimeout(() => callback(result));
        },
      };
      return { bx24, calls };
    }

    it('calls BX24.callMethod with the method and parameters and maps results and errors', async () => {
      const { bx24, calls } = fakeBX24({
        'imopenlines.operator.transfer': { answer: { result: true, time: {} } },
        'imopenlines.operator.spam': { answer: errorBody('ACCESS_DENIED', 'No access'), status: 403 },
      });
      const adapter = new Bitrix24Adapter({ transport: bx24Transport(bx24), rateLimit: { requestsPerSecond: Infinity } });
      await adapter.transfer('1364', { kind: 'queue', id: '3' });
      const error = await rejection(adapter.markSpam('1364'));
      expect(calls).to.deep.equal([
        ['imopenlines.operator.transfer', { CHAT_ID: 1364, TRANSFER_ID: 'queue3' }],
        ['imopenlines.operator.spam', { CHAT_ID: 1364 }],
      ]);
      expect([error.code, error.b24Error, error.message]).to.deep.equal(['FORBIDDEN', 'ACCESS_DENIED', 'No access']);
    });

    it('uses the global BX24 at call time, and says so when it is missing', async () => {
      const error = await rejection(bx24Transport().call('user.current', {}));
      expect(error.message).to.contain('BX24 is not loaded');
    });
  });

  describe('batch', () => {
    it('splits more than 50 commands into calls of at most 50, and merges results', async () => {
      const { client } = clientWithSleep();
      const commands = Object.fromEntries(
        Array.from({ length: 120 }, (_, i) => [`c${i}`, ['imopenlines.operator.skip', { CHAT_ID: i }] as [string, Record<string, unknown>]]),
      );
      const out = await client.batch(commands);
      const batches = await portal.calls('batch');
      expect(batches.map((b) => Object.keys(b.params.cmd as object).length)).to.deep.equal([50, 50, 20]);
      expect((batches[0]!.params.cmd as Record<string, string>).c0).to.equal('imopenlines.operator.skip?CHAT_ID=0');
      expect((batches[2]!.params.cmd as Record<string, string>).c119).to.equal('imopenlines.operator.skip?CHAT_ID=119');
      expect(Object.keys(out.result)).to.have.length(120);
      expect(out.errors).to.deep.equal({});
    });

    it('encodes nested parameters as PHP query strings', async () => {
      const { client } = clientWithSleep();
      await client.batch({ q: ['imopenlines.config.list.get', { PARAMS: { select: ['ID', 'LINE_NAME'] }, OPTIONS: { QUEUE: 'Y' } }] });
      const [batch] = await portal.calls('batch');
      expect((batch!.params.cmd as Record<string, string>).q).to.equal(
        'imopenlines.config.list.get?PARAMS%5Bselect%5D%5B0%5D=ID&PARAMS%5Bselect%5D%5B1%5D=LINE_NAME&OPTIONS%5BQUEUE%5D=Y',
      );
      expect((await portal.calls('imopenlines.config.list.get'))[0]!.params).to.deep.equal({
        PARAMS: { select: ['ID', 'LINE_NAME'] },
        OPTIONS: { QUEUE: 'Y' },
      });
    });

    it('reports failed commands in `errors` (result_error) and, with halt, stops there', async () => {
      await portal.script({ method: 'imopenlines.operator.skip', status: 400, body: errorBody('ACCESS_DENIED', 'nope') });
      const { client } = clientWithSleep();
      const commands = Object.fromEntries(
        Array.from({ length: 60 }, (_, i) => [`c${i}`, ['imopenlines.operator.skip', { CHAT_ID: i }] as [string, Record<string, unknown>]]),
      );
      const out = await client.batch(commands, { halt: true });
      expect(Object.keys(out.errors)).to.deep.equal(['c0']);
      expect(out.errors.c0!.code).to.equal('FORBIDDEN');
      expect(out.result).to.deep.equal({});
      expect((await portal.calls('batch')).length).to.equal(1);
      expect((await portal.calls('imopenlines.operator.skip')).length).to.equal(1);
    });

    it('retries a rate-limited batch as a whole', async () => {
      await portal.script({ method: 'batch', status: 503, body: errorBody('QUERY_LIMIT_EXCEEDED', 'Too many requests') });
      const { client, sleep } = clientWithSleep({ retryBaseDelayMs: 100 });
      const out = await client.batch({ a: ['user.current'] });
      expect((out.result.a as { ID: string }).ID).to.equal('1');
      expect(sleep.args.map(([ms]) => ms)).to.deep.equal([100]);
    });
  });
});
