/**
 * RFC 9457 problem details: every API error is `application/problem+json` with a stable `code` that
 * clients can switch on; `title` is fixed per code, `detail` says what was wrong with this request.
 */
export const PROBLEMS = {
  'invalid-request': { status: 400, title: 'The request does not match the API (a parameter or field)' },
  'malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  unauthorized: { status: 401, title: 'A valid admin bearer token is required' },
  'admin-disabled': { status: 403, title: 'Admin endpoints are off: FAULTLINE_ADMIN_TOKEN is not set' },
  'not-found': { status: 404, title: 'Nothing here' },
  'method-not-allowed': { status: 405, title: 'This route does not answer that method (see Allow)' },
  'request-timeout': { status: 408, title: 'The request did not arrive in time' },
  'payload-too-large': { status: 413, title: 'The request body is larger than the limit' },
  'unsupported-media-type': { status: 415, title: 'The request body must be application/json' },
  'invalid-input': { status: 422, title: 'The input is well-formed but its values are not acceptable' },
  'rate-limited': { status: 429, title: 'Too many computations from this client; wait and retry' },
  'headers-too-large': { status: 431, title: 'The request headers are larger than the limit' },
  internal: { status: 500, title: 'Faultline failed; the server log has the details' },
  'not-implemented': { status: 501, title: 'The request method is not one this server knows' },
  busy: { status: 503, title: 'Every computation slot is taken; retry after the Retry-After seconds' },
  'store-busy': { status: 503, title: 'The store is held by another Faultline process; retry shortly' },
  'deadline-exceeded': {
    status: 504,
    title: 'The computation took longer than the time allowed per request',
  },
} as const;

/** A stable problem code. */
export type ProblemCode = keyof typeof PROBLEMS;

/** One field-level complaint: the JSON path (or parameter) and why. */
export type FieldError = { path: string; message: string };

/** The problem document sent to the client. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail: string;
  instance: string;
  errors?: FieldError[];
};

/** An error a route throws to answer with a given problem. */
export class ApiProblem extends Error {
  readonly code: ProblemCode;
  readonly errors: FieldError[] | undefined;
  constructor(code: ProblemCode, detail: string, errors?: FieldError[]) {
    super(detail);
    this.code = code;
    this.errors = errors;
  }
}

/**
 * Builds the problem document for a code. `instance` is the request's path only: a query string can carry
 * what must never be echoed (a token pasted into a URL).
 */
export function problem(code: ProblemCode, detail: string, instance: string, errors?: FieldError[]): Problem {
  const { status, title } = PROBLEMS[code];
  return {
    type: `/api/docs#problem-${code}`,
    title,
    status,
    code,
    detail,
    instance: instance.split('?')[0] as string,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}
