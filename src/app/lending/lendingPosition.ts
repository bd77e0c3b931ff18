import { z } from 'zod';
import { UsageError } from '../../core/errors.ts';
import type { PositionBook } from '../../model/lending.ts';
import { positionSummary } from '../../risk/lending/positionSummary.ts';
import { parseLendingPosition } from '../../sources/files/readLendingPositions.ts';
import { documentSchema, inputMeta } from '../document.ts';
import { parseParameters } from '../parameters.ts';
import { AaveVersionParam, JsonInput } from './lendingParameters.ts';

export const LendingPositionParameters = z.strictObject({
  position: JsonInput.optional().describe('one account: {collateral: [...], debt: [...], emodeCategory?}'),
  version: AaveVersionParam,
});
export type LendingPositionParameters = z.input<typeof LendingPositionParameters>;

/**
 * `faultline.lending-position/v1`: one account under Aave v3's rules (asset units for amounts, USD for
 * values): health factor (null: no debt), close factor, the liquidation a liquidator can make (null
 * when HF ≥ 1) and the health factor after it, room to borrow, isolation mode.
 */
export const LendingPositionResult = documentSchema('faultline.lending-position/v1', {
  healthFactor: z.number().nullable().describe('weighted collateral / debt; null with no debt (infinite)'),
  liquidatable: z.boolean(),
  closeFactor: z.number().nullable(),
  liquidation: z
    .strictObject({
      collateralAsset: z.string(),
      debtAsset: z.string(),
      debtToCover: z.number().describe('debt asset units'),
      collateralSeized: z.number().describe('collateral asset units, protocol fee included'),
      protocolFee: z.number().describe('collateral asset units'),
      liquidatorReceives: z.number().describe('collateral asset units'),
      healthFactorAfter: z.number().nullable(),
      badDebtUsd: z.number(),
    })
    .nullable(),
  version: z.enum(['3.0', '3.3']),
  collateralUsd: z.number(),
  debtUsd: z.number(),
  availableBorrowsUsd: z.number(),
  isolationMode: z.boolean(),
});
export type LendingPositionResult = z.infer<typeof LendingPositionResult>;

/**
 * Health factor, close factor and the liquidation a liquidator can make on one account (a request's
 * `position`, or `file`, a position file a front end read), under Aave v3.0 or v3.3 rules.
 */
export async function lendingPosition(
  parameters: LendingPositionParameters,
  file?: PositionBook,
): Promise<LendingPositionResult> {
  const p = parseParameters(LendingPositionParameters, parameters, 'lending position');
  if ((p.position === undefined) === (file === undefined))
    throw new UsageError(
      file ? 'give a position in the request or a position file, not both' : 'give a position',
      { field: 'position' },
    );
  const book = file ?? parseLendingPosition(p.position, 'request body position');
  return {
    schema: 'faultline.lending-position/v1',
    ...inputMeta("one account's position as given"),
    ...positionSummary(book, p.version),
  };
}
