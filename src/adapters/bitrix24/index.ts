/** The Bitrix24 adapter: `Bitrix24Adapter`, its transports and error class. Side-effect free. */
export { Bitrix24Adapter } from './bitrix24-adapter.js';
export type { Bitrix24AdapterOptions } from './bitrix24-adapter.js';
export { Bitrix24Error } from './errors.js';
export { B24Client, BATCH_LIMIT } from './client.js';
export type { B24ClientOptions, BatchCommand, BatchResult } from './client.js';
export { DEFAULT_POLL_INTERVAL_MS } from './realtime.js';
export { webhookTransport } from './transports/webhook.js';
export { oauthTransport } from './transports/oauth.js';
export type { OAuthTransportOptions } from './transports/oauth.js';
export { bx24Transport } from './transports/bx24.js';
export type { BX24AjaxResult, BX24Like } from './transports/bx24.js';
export type { B24CallOptions, B24Envelope, B24Params, B24Transport } from './transports/transport.js';
