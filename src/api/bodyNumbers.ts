import type { FastifyInstance } from 'fastify';
import { ApiProblem, type FieldError } from './problem.ts';

/**
 * The largest magnitude a number in a request body may have: 10^15 (a quadrillion: USD amounts past
 * world GDP, token amounts past the largest Aave-listed supply). Past it, sums overflow to Infinity in
 * the engines (a network whose stakes are 1e308 each made the LP solver fail) instead of meaning anything.
 */
export const MAX_BODY_NUMBER = 1e15;

/** The first number in `value` that is not finite or is past ±`MAX_BODY_NUMBER`, with its JSON path. */
export function absurdNumber(value: unknown, path = 'body'): FieldError | null {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length > 0) {
    const [v, at] = stack.pop() as [unknown, string];
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || Math.abs(v) > MAX_BODY_NUMBER)
        return {
          path: at,
          message: `${v} is ${Number.isFinite(v) ? 'past' : 'not a finite number within'} ±${MAX_BODY_NUMBER.toExponential()} (the largest magnitude a request may carry)`,
        };
    } else if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${at}[${i}]`]);
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v).reverse()) stack.push([x, `${at}.${k}`]);
  }
  return null;
}

/**
 * Refuses a JSON body holding an absurd number (overflowed, infinite, or past `MAX_BODY_NUMBER`) with a
 * 422 naming the field, before any route computes with it.
 */
export function installBodyNumberCheck(server: FastifyInstance): void {
  server.addHook('preValidation', async (request) => {
    if (request.body === null || typeof request.body !== 'object') return;
    const bad = absurdNumber(request.body);
    if (bad) throw new ApiProblem('invalid-input', `${bad.path}: ${bad.message}`, [bad]);
  });
}
