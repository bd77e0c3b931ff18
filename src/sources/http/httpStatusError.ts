import { type ErrorDetails, SourceError } from '../../core/errors.ts';

/** A source answered with an HTTP error status; 429 and 5xx are retryable, other 4xx are not. */
export class HttpStatusError extends SourceError {
  override name = 'HttpStatusError';
  override readonly code: string = 'HTTP_STATUS';
  readonly status: number;
  constructor(status: number, shortMessage: string, details: ErrorDetails) {
    super(shortMessage, { ...details, retryable: status === 429 || status >= 500 });
    this.status = status;
  }
}
