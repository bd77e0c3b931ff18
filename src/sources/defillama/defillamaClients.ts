import { createHttpClient, type HttpClient, type HttpClientOptions } from '../http/httpClient.ts';

/** DefiLlama's two APIs: TVL, fees and chains on `api`; prices on `coins`. */
export type DefillamaClients = { api: HttpClient; coins: HttpClient };

/** Creates both DefiLlama clients on the shared client base. */
export function createDefillamaClients(
  urls: { apiUrl: string; coinsUrl: string },
  http: Omit<HttpClientOptions, 'name' | 'baseUrl'>,
): DefillamaClients {
  return {
    api: createHttpClient({ ...http, name: 'DefiLlama', baseUrl: urls.apiUrl }),
    coins: createHttpClient({ ...http, name: 'DefiLlama coins', baseUrl: urls.coinsUrl }),
  };
}
