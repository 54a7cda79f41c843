import { methodUrl, postJson } from './http.js';
import type { B24CallOptions, B24Envelope, B24Params, B24Transport } from './transport.js';

/**
 * Transport over an inbound webhook (Developer resources → Other → Inbound
 * webhook). The URL carries the credentials:
 * `https://your.bitrix24.com/rest/<user id>/<webhook code>/`; each call is
 * `POST <url><method>.json` with a JSON body.
 *
 * Keep webhook URLs on a server you trust: anyone who has the URL acts as
 * that user. For a public page, proxy the calls or use OAuth.
 *
 * @example
 * const adapter = new Bitrix24Adapter({ transport: webhookTransport('https://acme.bitrix24.com/rest/1/abcd1234/') });
 */
export function webhookTransport(webhookUrl: string): B24Transport {
  return {
    call(method: string, params: B24Params, options?: B24CallOptions): Promise<B24Envelope> {
      return postJson(methodUrl(webhookUrl, method), params, options);
    },
  };
}
