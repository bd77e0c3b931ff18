/** Details a Faultline error carries: where the problem is and why. */
export type ErrorDetails = {
  /** The file, URL or table the problem came from. */
  source?: string;
  /** Row (1-based, as a text editor shows it), record index or JSON path. */
  place?: string;
  /** Column or field name. */
  field?: string;
};

/**
 * The one error base. `shortMessage` is what a user reads; `code` is stable for scripts and the API.
 * @example throw new ValidationError('expected a number', { source: 'a.csv', place: 'row 3', field: 'tvl' })
 */
export class FaultlineError extends Error {
  override name = 'FaultlineError';
  readonly code: string = 'FAULTLINE_ERROR';
  readonly shortMessage: string;
  readonly details: ErrorDetails;

  constructor(shortMessage: string, details: ErrorDetails = {}, options: { cause?: unknown } = {}) {
    super(formatMessage(shortMessage, details), options.cause === undefined ? {} : { cause: options.cause });
    this.shortMessage = shortMessage;
    this.details = details;
  }

  /** Walks the cause chain; returns the first error for which `fn` holds, or the deepest one. */
  walk(fn?: (err: unknown) => boolean): unknown {
    let current: unknown = this;
    while (current instanceof Error && current.cause !== undefined) {
      if (fn?.(current)) return current;
      current = current.cause;
    }
    return current;
  }
}

/** Bad input: a file, a response or a request that does not have the shape or values it must. */
export class ValidationError extends FaultlineError {
  override name = 'ValidationError';
  override readonly code: string = 'VALIDATION_ERROR';
}

/**
 * A question asked wrongly: a parameter missing, malformed, out of range, or naming a day after the
 * data. `details.field` is the parameter's name; the CLI shows it as its flag (exit 2), the API as 400.
 */
export class UsageError extends ValidationError {
  override name = 'UsageError';
  override readonly code: string = 'USAGE_ERROR';
}

/** What a question names does not exist (a protocol, a system): the API answers 404. */
export class NotFoundError extends ValidationError {
  override name = 'NotFoundError';
  override readonly code: string = 'NOT_FOUND';
}

/** The store failed: it could not be opened, migrated, read or written. */
export class StoreError extends FaultlineError {
  override name = 'StoreError';
  override readonly code: string = 'STORE_ERROR';
}

/**
 * The store file is damaged (a checksum that does not match, a truncated file, an overwritten header or
 * write-ahead log): reading it cannot be trusted. The message says to rebuild it.
 */
export class StoreDamagedError extends StoreError {
  override name = 'StoreDamagedError';
  override readonly code: string = 'STORE_DAMAGED';
}

/** Another process holds the store file (DuckDB allows one writer, and no reader beside it). */
export class StoreBusyError extends StoreError {
  override name = 'StoreBusyError';
  override readonly code: string = 'STORE_BUSY';
}

/** The disk (or the file-size limit) under the store is full: a write could not finish. */
export class DiskFullError extends StoreError {
  override name = 'DiskFullError';
  override readonly code: string = 'DISK_FULL';
}

/** A flag, environment variable or config value is wrong. */
export class ConfigError extends FaultlineError {
  override name = 'ConfigError';
  override readonly code: string = 'CONFIG_ERROR';
}

/** A data source failed; `retryable` says whether trying again may help. */
export class SourceError extends FaultlineError {
  override name = 'SourceError';
  override readonly code: string = 'SOURCE_ERROR';
  readonly retryable: boolean;
  constructor(
    shortMessage: string,
    details: ErrorDetails & { retryable: boolean },
    options: { cause?: unknown } = {},
  ) {
    const { retryable, ...rest } = details;
    super(shortMessage, rest, options);
    this.retryable = retryable;
  }
}

function formatMessage(shortMessage: string, details: ErrorDetails): string {
  const where = [details.source, details.place, details.field && `field "${details.field}"`].filter(Boolean);
  return where.length > 0 ? `${where.join(', ')}: ${shortMessage}` : shortMessage;
}
