import {
  AbiDecodingDataSizeTooSmallError,
  AbiDecodingZeroDataError,
  BaseError,
  ContractFunctionRevertedError,
  ContractFunctionZeroDataError,
} from 'viem';
import { SourceError } from '../../core/errors.ts';

/** The first error along a cause chain (viem's `cause` links, then Faultline's) that `test` accepts. */
function find<T>(err: unknown, test: (e: unknown) => e is T): T | undefined {
  let current: unknown = err;
  for (let depth = 0; current && depth < 20; depth++) {
    if (test(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The transport's own failure (down, slow, rate-limited, garbage) behind an error, if that is what it is. */
export function transportFailure(err: unknown): SourceError | undefined {
  return find(err, (e): e is SourceError => e instanceof SourceError);
}

/** Why a call failed, in a few words: the transport's own error, a revert and its reason, no data, garbage. */
export function describeCallFailure(err: unknown): { text: string; retryable: boolean } {
  const source = find(err, (e): e is SourceError => e instanceof SourceError);
  if (source) return { text: source.shortMessage, retryable: source.retryable };
  const reverted = find(
    err,
    (e): e is ContractFunctionRevertedError => e instanceof ContractFunctionRevertedError,
  );
  if (reverted) {
    const reason = reverted.reason ?? reverted.data?.errorName ?? reverted.signature;
    return { text: `reverted${reason ? ` (${reason})` : ''}`, retryable: false };
  }
  if (
    find(
      err,
      (e): e is BaseError =>
        e instanceof ContractFunctionZeroDataError ||
        e instanceof AbiDecodingZeroDataError ||
        e instanceof AbiDecodingDataSizeTooSmallError,
    )
  )
    return { text: 'returned no data (no contract there, or not this interface)', retryable: false };
  if (err instanceof BaseError) {
    const text = err.shortMessage.replace(/\s+/g, ' ');
    return {
      text: /revert/i.test(text) ? `reverted (${text})` : `answered garbage: ${text}`,
      retryable: false,
    };
  }
  return { text: err instanceof Error ? err.message : String(err), retryable: false };
}

/**
 * Runs one named chain read and turns any failure into a `SourceError` that names the call
 * ("PoolAddressesProvider.getPool() at 0x2f39…: returned no data ...").
 * @example await chainCall('Pool.getReservesList()', rpc.source, () => client.readContract({...}))
 */
export async function chainCall<T>(call: string, source: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const { text, retryable } = describeCallFailure(err);
    const message = text.startsWith(`${call}: `) ? text : `${call}: ${text}`;
    throw new SourceError(message, { source, retryable }, { cause: err });
  }
}
