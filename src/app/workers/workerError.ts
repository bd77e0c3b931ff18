import {
  ConfigError,
  type ErrorDetails,
  FaultlineError,
  NotFoundError,
  UsageError,
  ValidationError,
} from '../../core/errors.ts';

/** An error as it crosses a thread: its class name, message, and a Faultline error's short message and details. */
export type SentError = {
  name?: string;
  message: string;
  shortMessage?: string;
  details?: ErrorDetails;
};

const CLASSES: Record<string, new (shortMessage: string, details?: ErrorDetails) => FaultlineError> = {
  UsageError,
  NotFoundError,
  ValidationError,
  ConfigError,
  FaultlineError,
};

/**
 * The error a worker threw, on this side of the thread: a usage, not-found, validation or config error
 * becomes the same class with its details (so the CLI's exit code and the API's status stay right); any
 * other error becomes an Error with its name and message.
 */
export function rebuildError(sent: SentError): Error {
  const Class = sent.name === undefined ? undefined : CLASSES[sent.name];
  if (Class && sent.shortMessage !== undefined) return new Class(sent.shortMessage, sent.details ?? {});
  const error = new Error(sent.message);
  if (sent.name) error.name = sent.name;
  return error;
}
