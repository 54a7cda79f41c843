/**
 * A fake Bitrix24 portal for the adapter's tests: a dev-server plugin under
 * `/__b24/<namespace>/` (one namespace per test file, so files running side
 * by side do not share state).
 *
 * - `POST /__b24/<ns>/rest/…/<method>.json`: a REST call (webhook URLs
 *   `/rest/<user>/<code>/`, OAuth `/rest/` with `auth` in the body). Answers
 *   with the next scripted answer for that method, else the fixture
 *   `fixtures/<method>.json` (documented response shapes), else
 *   `{ result: true, time }`. `batch` runs each `cmd` (PHP query strings)
 *   the same way and answers `{ result: { result, result_error, result_total,
 *   result_next, result_time }, time }`, stopping at the first error with `halt`.
 * - `GET /__b24/<ns>/__requests`: every call so far, in order:
 *   `{ method, params, auth?, via?: 'batch' }` (the `batch` call itself, then its commands).
 * - `POST /__b24/<ns>/__reset`: forgets calls and scripts.
 * - `POST /__b24/<ns>/__script`: queues answers:
 *   `{ method, status?, body, times? }` or an array of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const PREFIX = '/__b24/';
const states = new Map();

function state(ns) {
  if (!states.has(ns)) states.set(ns, { requests: [], scripts: new Map() });
  return states.get(ns);
}

function time() {
  const now = Date.now() / 1000;
  const iso = new Date().toISOString();
  return { start: now, finish: now, duration: 0, processing: 0, date_start: iso, date_finish: iso, operating_reset_at: now + 600, operating: 0 };
}

function fixture(method) {
  const file = join(FIXTURES, `${method}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { result: true };
}

/** PHP's parse_str: `A[b][0]=1` → `{ A: { b: ['1'] } }` (values stay strings, as PHP sees them). */
function parseQuery(query) {
  const out = {};
  for (const part of query.split('&')) {
    if (!part) continue;
    const [rawKey, rawValue = ''] = part.split('=');
    const key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
    const value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    const path = key.match(/^[^[]+|\[[^\]]*\]/g).map((k) => k.replace(/^\[|\]$/g, ''));
    let node = out;
    path.forEach((segment, index) => {
      if (index === path.length - 1) node[segment] = value;
      else node = node[segment] ??= {};
    });
  }
  return arrays(out);
}

/** Objects keyed 0..n-1 become arrays, as PHP lists do in JSON. */
function arrays(value) {
  if (!value || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  for (const key of keys) value[key] = arrays(value[key]);
  return keys.length > 0 && keys.every((key, index) => key === String(index)) ? keys.map((key) => value[key]) : value;
}

/** One REST call: `{ status, body }`. */
function answer(st, method, params, via) {
  const { auth, ...rest } = params ?? {};
  st.requests.push({ method, params: rest, ...(auth !== undefined ? { auth } : {}), ...(via ? { via } : {}) });
  const queue = st.scripts.get(method);
  if (queue?.length) {
    const next = queue[0];
    if (!next.times || --next.times <= 0) queue.shift();
    return { status: next.status ?? 200, body: structuredClone(next.body) };
  }
  if (method === 'batch') return batch(st, rest);
  return { status: 200, body: fixture(method) };
}

function batch(st, params) {
  const halt = Number(params.halt) === 1 || params.halt === true;
  const result = {};
  const errors = {};
  const times = {};
  const commands = Object.entries(params.cmd ?? {});
  if (commands.length > 50) {
    return { status: 400, body: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' } };
  }
  for (const [key, command] of commands) {
    const [method, query = ''] = String(command).split('?');
    const sub = answer(st, method, parseQuery(query), 'batch');
    if (sub.body.error) {
      errors[key] = { error: sub.body.error, error_description: sub.body.error_description ?? '' };
      if (halt) break;
    } else {
      result[key] = sub.body.result;
      times[key] = time();
    }
  }
  const php = (object) => (Object.keys(object).length ? object : []);
  return {
    status: 200,
    body: { result: { result: php(result), result_error: php(errors), result_total: [], result_next: [], result_time: php(times) } },
  };
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

/** Answers a request under the prefix: `{ status, body }`. */
async function route(ctx) {
  const [ns, ...rest] = ctx.path.slice(PREFIX.length).split('/');
  const st = state(ns);
  const path = rest.join('/');
  if (path === '__requests' && ctx.method === 'GET') return { status: 200, body: st.requests };
  if (path === '__reset' && ctx.method === 'POST') {
    states.delete(ns);
    return { status: 200, body: {} };
  }
  if (path === '__script' && ctx.method === 'POST') {
    const body = await readJson(ctx.req);
    for (const entry of Array.isArray(body) ? body : [body]) {
      if (!st.scripts.has(entry.method)) st.scripts.set(entry.method, []);
      st.scripts.get(entry.method).push({ ...entry });
    }
    return { status: 200, body: {} };
  }
  const call = path.match(/^rest\/(?:.*\/)?([^/]+)\.json$/);
  if (call && ctx.method === 'POST') {
    const { status, body } = answer(st, call[1], await readJson(ctx.req));
    return { status, body: body.error ? body : { ...body, time: body.time ?? time() } };
  }
  return { status: 404, body: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' } };
}

export default {
  name: 'fake-bitrix24',
  // `serve` runs for every request, whatever its method; it answers with status 200 only, so the
  // fake portal writes its answers itself (with the documented HTTP status) and tells Koa to keep out.
  async serve(ctx) {
    if (!ctx.path.startsWith(PREFIX)) return undefined;
    const { status, body } = await route(ctx);
    ctx.respond = false;
    ctx.res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    ctx.res.end(JSON.stringify(body));
    return undefined;
  },
};
