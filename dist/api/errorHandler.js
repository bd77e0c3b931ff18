// src/api/errorHandler.ts
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { ConfigError, NotFoundError, StoreError, UsageError, ValidationError } from "../core/errors.js";
import { ApiProblem, problem } from "./problem.js";
var FASTIFY_CODES = {
  FST_ERR_CTP_BODY_TOO_LARGE: "payload-too-large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported-media-type",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "invalid-request",
  FST_ERR_CTP_EMPTY_JSON_BODY: "malformed-json",
  FST_ERR_CTP_INVALID_JSON_BODY: "malformed-json",
  FST_ERR_BAD_URL: "invalid-request",
  FST_ERR_VALIDATION: "invalid-request"
};
function sendProblem(reply, code, detail, errors) {
  const body = problem(code, detail, reply.request.url, errors);
  return reply.code(body.status).type("application/problem+json").header("cache-control", "no-store").send(body);
}
function installErrorHandler(server) {
  server.setErrorHandler((err, request, reply) => {
    if (err instanceof ApiProblem) return sendProblem(reply, err.code, err.message, err.errors);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const errors = err.validation.map((v) => ({
        path: `${err.validationContext ?? "request"}${v.instancePath.replaceAll("/", ".")}`,
        message: v.message ?? "invalid"
      }));
      return sendProblem(
        reply,
        "invalid-request",
        errors.map((e) => `${e.path}: ${e.message}`).join("; "),
        errors
      );
    }
    if (err instanceof NotFoundError) return sendProblem(reply, "not-found", err.shortMessage);
    if (err instanceof UsageError) {
      const { field } = err.details;
      return sendProblem(
        reply,
        "invalid-request",
        err.shortMessage,
        field ? [{ path: field, message: err.shortMessage }] : void 0
      );
    }
    if (err instanceof ValidationError || err instanceof ConfigError) {
      const { place, field } = err.details;
      const path = [place, field].filter(Boolean).join(" ");
      return sendProblem(
        reply,
        "invalid-input",
        err.message,
        path ? [{ path, message: err.shortMessage }] : void 0
      );
    }
    if (err instanceof StoreError && /in use by another/.test(err.message))
      return sendProblem(reply, "store-busy", err.shortMessage);
    if (err instanceof SyntaxError && err.statusCode === 400)
      return sendProblem(reply, "malformed-json", err.message);
    const known = err.code ? FASTIFY_CODES[err.code] : void 0;
    if (known) return sendProblem(reply, known, err.message);
    if (err.statusCode === 429) return sendProblem(reply, "rate-limited", err.message);
    if (err.statusCode !== void 0 && err.statusCode >= 400 && err.statusCode < 500)
      return sendProblem(reply, "invalid-request", err.message);
    request.log.error({ err }, "unexpected error");
    return sendProblem(reply, "internal", "unexpected error; see the server log");
  });
  server.setNotFoundHandler(
    (request, reply) => sendProblem(reply, "not-found", `no route ${request.method} ${request.url.split("?")[0]}`)
  );
}
export {
  installErrorHandler,
  sendProblem
};
