/** A problem document from the API (RFC 9457). */
export type Problem = { code: string; title: string; detail: string; status: number };

/** An API failure, carrying the problem the server sent. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

/** GETs or POSTs JSON from this server's API; a problem response becomes an ApiError. */
export async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data = await response.json();
  if (!response.ok) throw new ApiError(data as Problem);
  return data as T;
}
