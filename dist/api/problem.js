// src/api/problem.ts
var PROBLEMS = {
  "invalid-request": { status: 400, title: "The request does not match the API (a parameter or field)" },
  "malformed-json": { status: 400, title: "The request body is not valid JSON" },
  unauthorized: { status: 401, title: "A valid admin bearer token is required" },
  "admin-disabled": { status: 403, title: "Admin endpoints are off: FAULTLINE_ADMIN_TOKEN is not set" },
  "not-found": { status: 404, title: "Nothing here" },
  "payload-too-large": { status: 413, title: "The request body is larger than the limit" },
  "unsupported-media-type": { status: 415, title: "The request body must be application/json" },
  "invalid-input": { status: 422, title: "The input is well-formed but its values are not acceptable" },
  "rate-limited": { status: 429, title: "Too many computations from this client; wait and retry" },
  internal: { status: 500, title: "Faultline failed; the server log has the details" },
  "store-busy": { status: 503, title: "The store is held by another Faultline process; retry shortly" }
};
var ApiProblem = class extends Error {
  code;
  errors;
  constructor(code, detail, errors) {
    super(detail);
    this.code = code;
    this.errors = errors;
  }
};
function problem(code, detail, instance, errors) {
  const { status, title } = PROBLEMS[code];
  return {
    type: `/api/docs#problem-${code}`,
    title,
    status,
    code,
    detail,
    instance,
    ...errors && errors.length > 0 ? { errors } : {}
  };
}
export {
  ApiProblem,
  PROBLEMS,
  problem
};
