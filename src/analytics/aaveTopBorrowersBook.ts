import { ValidationError } from '../core/errors.ts';
import { EMODE_CATEGORIES } from '../model/aaveEmode.ts';
import type { BookFinding, LendingAccount, LendingAccountPosition, PositionBook } from '../model/lending.ts';
import type { Store } from '../store/store.ts';

/** The LST assumed as collateral behind e-mode (ETH-correlated) debt. */
export const ASSUMED_LST = 'weETH';
/** Aave v3's liquidation protocol fee on WETH and weETH (10% of the bonus). */
const PROTOCOL_FEE = 0.1;

/**
 * The Aave v3 Ethereum top-1,000 borrowers as a position book. The dataset has each account's total debt
 * and collateral in USD and its largest debt position, not the collateral mix, so the book assumes (and
 * says so in `assumptions`): all debt sits in the largest debt asset; an account whose debt is e-mode
 * eligible (ETH correlated) holds weETH in e-mode (the LST loop); any other account holds WETH at the
 * threshold its reported health factor implies (HF × debt / collateral). An account with debt and no
 * row in the positions file has no known debt asset: it is left out of the book and reported as a
 * `missing-debt-position` finding with its debt and collateral, never kept with its debt set to zero.
 */
export async function aaveTopBorrowersBook(store: Store, market: string): Promise<PositionBook> {
  const accounts = await store.lendingAccounts(market);
  if (accounts.length === 0)
    throw new ValidationError(`no accounts stored for ${market}: run faultline import first`, {
      source: market,
    });
  const positions = await store.lendingDebtPositions(market);
  const reserves = await store.lendingDebtReserves(market);
  const vols = new Map((await store.assetVolatilities()).map((v) => [v.symbol, v.priceUsd]));
  const categories = EMODE_CATEGORIES[market] ?? {};
  const wethPrice = [...positions.values()].find((p) => p.symbol === 'WETH')?.priceUsd ?? vols.get('WETH');
  const lstPrice = vols.get(ASSUMED_LST);
  if (wethPrice === undefined || lstPrice === undefined)
    throw new ValidationError(`no WETH or ${ASSUMED_LST} price stored for ${market}`, { source: market });
  let emodeAccounts = 0;
  const unplaced = accounts.filter((a) => a.debtUsd > 0 && !positions.has(a.account));
  const left = new Set(unplaced);
  const placed = accounts.filter((a) => !left.has(a));
  const book: LendingAccountPosition[] = placed.map((a) => {
    const debt = positions.get(a.account);
    const reserve = reserves.get(a.account);
    const debtHoldings =
      debt && a.debtUsd > 0
        ? [
            {
              asset: debt.symbol,
              amount: a.debtUsd / debt.priceUsd,
              price: debt.priceUsd,
              borrowableInIsolation: true,
            },
          ]
        : [];
    const emode = reserve?.emodeCategory ?? 0;
    const implied = a.debtUsd > 0 && a.collateralUsd > 0 ? (a.healthFactor * a.debtUsd) / a.collateralUsd : 0;
    const threshold = Math.min(0.95, Math.max(0.01, implied));
    if (a.collateralUsd <= 0) return { id: a.account, emodeCategory: 0, collateral: [], debt: debtHoldings };
    const category = emode !== 0 ? categories[emode] : undefined;
    if (category) emodeAccounts++;
    const [asset, price] = category ? [ASSUMED_LST, lstPrice] : ['WETH', wethPrice];
    return {
      id: a.account,
      emodeCategory: category ? emode : 0,
      collateral: [
        {
          asset,
          amount: a.collateralUsd / price,
          price,
          liquidationThreshold: threshold,
          ltv: threshold,
          liquidationBonus: category ? category.liquidationBonus : 1.05,
          liquidationProtocolFee: PROTOCOL_FEE,
          emodeCategory: category ? emode : 0,
          debtCeilingUsd: 0,
        },
      ],
      debt: debtHoldings,
    };
  });
  return {
    accounts: book,
    emodeCategories: categories,
    assumptions: [
      'The dataset gives each account its total debt and collateral in USD and only its largest debt position: all debt is assumed to sit in that asset.',
      `Collateral mix not in the data: the ${emodeAccounts} accounts with e-mode-eligible (ETH-correlated) debt are assumed to hold ${ASSUMED_LST} in e-mode (LT 95%, bonus 1%); the others to hold WETH at the threshold their reported health factor implies (HF × debt / collateral, bonus 5%).`,
      'Liquidation protocol fee 10% of the bonus, as on Aave v3 Ethereum WETH and weETH.',
    ],
    findings: unplaced.length > 0 ? [missingPositions(unplaced)] : [],
  };
}

/** The finding for accounts the positions file has no row for (left out of the book). */
function missingPositions(accounts: readonly LendingAccount[]): BookFinding {
  const sorted = [...accounts].sort((a, b) => b.debtUsd - a.debtUsd);
  const debtUsd = sorted.reduce((s, a) => s + a.debtUsd, 0);
  const collateralUsd = sorted.reduce((s, a) => s + a.collateralUsd, 0);
  return {
    kind: 'missing-debt-position',
    treatment: 'left-out',
    accounts: sorted.length,
    noCollateralAccounts: sorted.filter((a) => a.collateralUsd <= 0).length,
    debtUsd,
    collateralUsd,
    shortfallUsd: sorted.reduce((s, a) => s + Math.max(0, a.debtUsd - a.collateralUsd), 0),
    examples: sorted.slice(0, 5).map((a) => a.account),
    message:
      `${sorted.length} accounts ($${(debtUsd / 1e6).toFixed(1)}M of debt, $${(collateralUsd / 1e6).toFixed(1)}M of collateral) ` +
      'have no row in the debt-positions file, so their debt asset is unknown: left out of the book and every figure, shown here apart',
  };
}
