// src/api/questionRoute.ts
import { serializeDocument } from "../app/serializeDocument.js";
import { computeConfig } from "./computeConfig.js";
function questionRoute(server, ctx, q) {
  const schema = {
    tags: q.tags,
    summary: q.summary,
    ...q.description ? { description: q.description } : {},
    ...q.params ? { params: q.params } : {},
    ...q.method === "GET" ? { querystring: q.parameters } : { body: q.parameters },
    response: { 200: q.result }
  };
  server.route({
    method: q.method,
    url: q.url,
    ...q.method === "POST" ? { config: computeConfig(ctx) } : {},
    schema,
    handler: async (request, reply) => {
      const input = q.method === "GET" ? request.query : request.body;
      const document = await q.run(ctx.app, input, request.params ?? {});
      await reply.type("application/json; charset=utf-8").send(serializeDocument(document));
    }
  });
}
export {
  questionRoute
};
