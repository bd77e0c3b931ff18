import { z } from 'zod';

/** Where a book's positions came from: the user's input, an imported top-borrowers file, or a chain snapshot. */
export const BookSource = z.strictObject({
  kind: z.enum(['input', 'top-borrowers', 'chain-snapshot']),
  market: z.string().nullable().describe('the stored market id (null for input)'),
  chainId: z.number().int().nullable(),
  block: z.number().int().nullable().describe('the block a chain snapshot was read at'),
  day: z.string().nullable().describe('the UTC day the positions are of'),
  description: z.string(),
  flaggedPrices: z
    .array(z.strictObject({ asset: z.string(), problem: z.string() }))
    .describe(
      "a chain snapshot's reserves whose oracle price is missing, zero or stale (why, naming the feed)",
    ),
});
export type BookSource = z.infer<typeof BookSource>;

/** A stress run's headline figures (USD; accounts and liquidations are counts). */
export const StressFiguresFields = {
  liquidatableDebtUsd: z.number().describe('debt of accounts with HF < 1 right after the shock (USD)'),
  liquidatableAccounts: z.number(),
  insolvencyUsd: z.number().describe('Σ max(0, debt − collateral) right after the shock (USD)'),
  insolventAccounts: z.number(),
  liquidatedCollateralUsd: z.number(),
  badDebtUsd: z.number().describe('Σ max(0, debt − collateral) once the cascade is over (USD)'),
  liquidations: z.number(),
};
export const StressFigures = z.strictObject(StressFiguresFields);

/** A data-quality finding about a book's input (never silently a figure). */
export const BookFinding = z.strictObject({
  kind: z.enum(['missing-debt-position', 'debt-above-collateral']),
  treatment: z.enum(['left-out', 'in-baseline']),
  accounts: z.number().int(),
  noCollateralAccounts: z.number().int(),
  debtUsd: z.number(),
  collateralUsd: z.number(),
  shortfallUsd: z.number(),
  examples: z.array(z.string()),
  message: z.string(),
});

/** What every question on a book says beside its figures: the book's size, origin, assumptions and findings. */
export const BookFields = {
  accounts: z.number().int().describe('accounts in the book'),
  book: BookSource,
  assumptions: z.array(z.string()).describe('what the source did not say and was assumed'),
  findings: z.array(BookFinding),
};

/** One asset's part in a stress run (USD at the prices of the moment; moves as fractions). */
export const AssetStress = z.strictObject({
  asset: z.string(),
  priceChange: z.number(),
  liquidationImpact: z.number(),
  oraclePriceChange: z.number(),
  liquidatedAmount: z.number(),
  liquidatedCollateralUsd: z.number(),
  debtRepaidUsd: z.number(),
  badDebtUsd: z.number(),
});

/** Debt still liquidatable at the end of a stress run, by why nobody liquidated it (USD). */
export const BlockedDebt = z.strictObject({
  staleOracle: z.number(),
  sequencer: z.number(),
  noLiquidators: z.number(),
  unprofitable: z.number(),
});
