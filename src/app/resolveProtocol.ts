import type { ProtocolIdentity } from '../analytics/protocolIdentity.ts';
import type { TvlContext } from '../analytics/tvlContext.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';

/** The protocol a user names (slug, name or alias); an unknown or ambiguous name is a NotFoundError with candidates. */
export function resolveProtocol(ctx: TvlContext, query: string): ProtocolIdentity {
  try {
    return ctx.index.resolve(query);
  } catch (err) {
    if (err instanceof ValidationError)
      throw new NotFoundError(err.shortMessage, err.details, { cause: err });
    throw err;
  }
}
