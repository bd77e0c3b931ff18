import { createHttpClient, type HttpClient, type HttpClientOptions } from '../http/httpClient.ts';

/** Creates the L2BEAT client on the shared client base. */
export function createL2beatClient(
  baseUrl: string,
  http: Omit<HttpClientOptions, 'name' | 'baseUrl'>,
): HttpClient {
  return createHttpClient({ ...http, name: 'L2BEAT', baseUrl });
}
