import { z } from 'zod';
import { maxProfitableSale, sellLoss } from '../../risk/lending/slippage.ts';
import { documentSchema, inputMeta } from '../document.ts';
import { NumberParam, parseParameters } from '../parameters.ts';

const below1 = NumberParam.pipe(z.number().min(0, 'must not be negative').lt(1, 'a fraction below 1'));

export const LendingSlippageParameters = z.strictObject({
  reserve: NumberParam.pipe(z.number().gt(0, 'the reserve must be above 0')).describe(
    "the pool's reserve of the sold asset (asset units)",
  ),
  fee: below1.default(0.003).describe('pool fee, a fraction'),
  sell: NumberParam.pipe(z.number().min(0, 'must not be negative')).describe('amount sold (asset units)'),
  bonus: below1.default(0.05).describe('liquidation bonus, a fraction (0.05 = 5%)'),
});
export type LendingSlippageParameters = z.input<typeof LendingSlippageParameters>;

/**
 * `faultline.lending-slippage/v1`: the loss selling seized collateral into a constant-product pool
 * (a fraction), the largest sale a liquidation bonus still pays for (asset units), and whether this
 * sale does.
 */
export const LendingSlippageResult = documentSchema('faultline.lending-slippage/v1', {
  loss: z.number().describe('1 − (1−f)·x / (x + (1−f)·Δ), a fraction'),
  maxProfitableSize: z.number().describe('x·((1−f)/(1−b) − 1)/(1−f), asset units'),
  profitable: z.boolean().describe('loss < bonus'),
  reserve: z.number(),
  fee: z.number(),
  sell: z.number(),
  bonus: z.number(),
});
export type LendingSlippageResult = z.infer<typeof LendingSlippageResult>;

/** Liquidation slippage on a constant-product pool (MODELS §7), and the largest profitable liquidation. */
export async function lendingSlippage(parameters: LendingSlippageParameters): Promise<LendingSlippageResult> {
  const p = parseParameters(LendingSlippageParameters, parameters, 'lending slippage');
  const loss = sellLoss(p.reserve, p.fee, p.sell);
  return {
    schema: 'faultline.lending-slippage/v1',
    ...inputMeta('the pool, sale and bonus given'),
    loss,
    maxProfitableSize: maxProfitableSale(p.reserve, p.fee, p.bonus),
    profitable: loss < p.bonus,
    reserve: p.reserve,
    fee: p.fee,
    sell: p.sell,
    bonus: p.bonus,
  };
}
