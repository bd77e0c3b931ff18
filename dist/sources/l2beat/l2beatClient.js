// src/sources/l2beat/l2beatClient.ts
import { createHttpClient } from "../http/httpClient.js";
function createL2beatClient(baseUrl, http) {
  return createHttpClient({ ...http, name: "L2BEAT", baseUrl });
}
export {
  createL2beatClient
};
