// src/sources/http/httpStatusError.ts
import { SourceError } from "../../core/errors.js";
var HttpStatusError = class extends SourceError {
  name = "HttpStatusError";
  code = "HTTP_STATUS";
  status;
  constructor(status, shortMessage, details) {
    super(shortMessage, { ...details, retryable: status === 429 || status >= 500 });
    this.status = status;
  }
};
export {
  HttpStatusError
};
