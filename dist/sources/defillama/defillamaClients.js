// src/sources/defillama/defillamaClients.ts
import { createHttpClient } from "../http/httpClient.js";
function createDefillamaClients(urls, http) {
  return {
    api: createHttpClient({ ...http, name: "DefiLlama", baseUrl: urls.apiUrl }),
    coins: createHttpClient({ ...http, name: "DefiLlama coins", baseUrl: urls.coinsUrl })
  };
}
export {
  createDefillamaClients
};
