import { createHttpClient, type HttpClient, type HttpClientOptions } from '../http/httpClient.ts';

/** Creates the DefiLlama Yields client (`https://yields.llama.fi` by default) on the shared client base. */
export function createDefillamaYieldsClient(
  url: string,
  http: Omit<HttpClientOptions, 'name' | 'baseUrl'>,
): HttpClient {
  return createHttpClient({ ...http, name: 'DefiLlama Yields', baseUrl: url });
}
