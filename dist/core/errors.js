// src/core/errors.ts
var FaultlineError = class extends Error {
  name = "FaultlineError";
  code = "FAULTLINE_ERROR";
  shortMessage;
  details;
  constructor(shortMessage, details = {}, options = {}) {
    super(formatMessage(shortMessage, details), options.cause === void 0 ? {} : { cause: options.cause });
    this.shortMessage = shortMessage;
    this.details = details;
  }
  /** Walks the cause chain; returns the first error for which `fn` holds, or the deepest one. */
  walk(fn) {
    let current = this;
    while (current instanceof Error && current.cause !== void 0) {
      if (fn?.(current)) return current;
      current = current.cause;
    }
    return current;
  }
};
var ValidationError = class extends FaultlineError {
  name = "ValidationError";
  code = "VALIDATION_ERROR";
};
var UsageError = class extends ValidationError {
  name = "UsageError";
  code = "USAGE_ERROR";
};
var NotFoundError = class extends ValidationError {
  name = "NotFoundError";
  code = "NOT_FOUND";
};
var StoreError = class extends FaultlineError {
  name = "StoreError";
  code = "STORE_ERROR";
};
var ConfigError = class extends FaultlineError {
  name = "ConfigError";
  code = "CONFIG_ERROR";
};
var SourceError = class extends FaultlineError {
  name = "SourceError";
  code = "SOURCE_ERROR";
  retryable;
  constructor(shortMessage, details, options = {}) {
    const { retryable, ...rest } = details;
    super(shortMessage, rest, options);
    this.retryable = retryable;
  }
};
function formatMessage(shortMessage, details) {
  const where = [details.source, details.place, details.field && `field "${details.field}"`].filter(Boolean);
  return where.length > 0 ? `${where.join(", ")}: ${shortMessage}` : shortMessage;
}
export {
  ConfigError,
  FaultlineError,
  NotFoundError,
  SourceError,
  StoreError,
  UsageError,
  ValidationError
};
