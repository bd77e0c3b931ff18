// src/app/resolveProtocol.ts
import { NotFoundError, ValidationError } from "../core/errors.js";
function resolveProtocol(ctx, query) {
  try {
    return ctx.index.resolve(query);
  } catch (err) {
    if (err instanceof ValidationError)
      throw new NotFoundError(err.shortMessage, err.details, { cause: err });
    throw err;
  }
}
export {
  resolveProtocol
};
