import { methodUrl, postJson } from './http.js';
import type { B24CallOptions, B24Envelope, B24Params, B24Transport } from './transport.js';

/** Options of `oauthTransport`. */
export interface OAuthTransportOptions {
  /** REST endpoint of the portal, e.g. `https://acme.bitrix24.com/rest/` (the `client_endpoint` of the OAuth answer). */
  endpoint: string;
  /** The current access token. */
  accessToken: string;
  /**
   * Gets a new access token when the portal answers `expired_token` (tokens
   * live one hour). Run the refresh on your server: it needs the client
   * secret. Called once per expiry, however many calls were waiting.
   */
  refresh: () => Promise<string>;
}

/**
 * Transport with an OAuth 2.0 access token, sent as the `auth` parameter of
 * each call (`POST <endpoint><method>.json` with `{ ...params, auth }`). On
 * `expired_token` (HTTP 401) it calls `refresh` once and retries the call
 * with the new token; a second `expired_token` is returned as is.
 *
 * @example
 * const transport = oauthTransport({
 *   endpoint: 'https://acme.bitrix24.com/rest/',
 *   accessToken: token,
 *   refresh: () => fetch('/my-server/b24-refresh', { method: 'POST' }).then((r) => r.text()),
 * });
 */
export function oauthTransport(options: OAuthTransportOptions): B24Transport {
  let token = options.accessToken;
  let refreshing: Promise<string> | undefined;
  const refresh = (expired: string): Promise<string> => {
    // Calls that failed with the same old token share one refresh.
    if (token !== expired) return Promise.resolve(token);
    refreshing ??= options.refresh().then(
      (fresh) => {
        token = fresh;
        refreshing = undefined;
        return fresh;
      },
      (error: unknown) => {
        refreshing = undefined;
        throw error;
      },
    );
    return refreshing;
  };
  const send = (method: string, params: B24Params, auth: string, callOptions?: B24CallOptions) =>
    postJson(methodUrl(options.endpoint, method), { ...params, auth }, callOptions);
  return {
    async call(method: string, params: B24Params, callOptions?: B24CallOptions): Promise<B24Envelope> {
      const used = token;
      const answer = await send(method, params, used, callOptions);
      if (answer.error !== 'expired_token') return answer;
      const fresh = await refresh(used);
      return send(method, params, fresh, callOptions);
    },
  };
}
