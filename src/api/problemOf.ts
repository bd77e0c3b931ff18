import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DeadlineExceededError, PoolFullError, TaskCancelledError } from '../app/workers/poolErrors.ts';
import { ConfigError, NotFoundError, StoreError, UsageError, ValidationError } from '../core/errors.ts';
import { ApiProblem, type FieldError, type ProblemCode } from './problem.ts';

/** Fastify's own 4xx errors, by code, as problem codes. */
const FASTIFY_CODES: Record<string, ProblemCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid-request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed-json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed-json',
  FST_ERR_BAD_URL: 'invalid-request',
  FST_ERR_VALIDATION: 'invalid-request',
};

/** What an error answers: a problem code, what was wrong, the fields, and a wait to retry after (s). */
export type ProblemFor = {
  code: ProblemCode;
  detail: string;
  errors?: FieldError[];
  retryAfterSeconds?: number;
};

/**
 * The problem an error answers, or null for an unexpected one (a 500, logged). One mapping for the
 * server's error handler and the computation threads: request-shape errors 400, bad values in a
 * well-formed input 422 (naming the field and the place), a full pool 503 with a wait, a deadline 504,
 * a held store 503.
 */
export function problemOf(err: unknown): ProblemFor | null {
  if (err instanceof ApiProblem)
    return { code: err.code, detail: err.message, ...(err.errors ? { errors: err.errors } : {}) };
  const e = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(e)) {
    const errors = e.validation.map((v) => ({
      path: `${e.validationContext ?? 'request'}${v.instancePath.replaceAll('/', '.')}`,
      message: v.message ?? 'invalid',
    }));
    return {
      code: 'invalid-request',
      detail: errors.map((x) => `${x.path}: ${x.message}`).join('; '),
      errors,
    };
  }
  if (err instanceof NotFoundError) return { code: 'not-found', detail: err.shortMessage };
  if (err instanceof UsageError) {
    const { field } = err.details;
    return {
      code: 'invalid-request',
      detail: err.shortMessage,
      ...(field ? { errors: [{ path: field, message: err.shortMessage }] } : {}),
    };
  }
  if (err instanceof ValidationError || err instanceof ConfigError) {
    const { place, field } = err.details;
    const path = [place, field].filter(Boolean).join(' ');
    return {
      code: 'invalid-input',
      detail: err.message,
      ...(path ? { errors: [{ path, message: err.shortMessage }] } : {}),
    };
  }
  if (err instanceof PoolFullError)
    return { code: 'busy', detail: err.shortMessage, retryAfterSeconds: err.retryAfterSeconds };
  if (err instanceof DeadlineExceededError) return { code: 'deadline-exceeded', detail: err.shortMessage };
  if (err instanceof TaskCancelledError)
    return { code: 'busy', detail: err.shortMessage, retryAfterSeconds: 1 };
  if (err instanceof StoreError && /in use by another/.test(err.message))
    return { code: 'store-busy', detail: err.shortMessage };
  if (err instanceof SyntaxError && (err as FastifyError).statusCode === 400)
    return { code: 'malformed-json', detail: err.message };
  const known = e?.code ? FASTIFY_CODES[e.code] : undefined;
  if (known) return { code: known, detail: e.message };
  if (e?.statusCode === 429) return { code: 'rate-limited', detail: e.message };
  if (e?.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500)
    return { code: 'invalid-request', detail: e.message };
  return null;
}
