/**
 * The lending and restaking answers, typed by hand until they are use cases: only the fields the
 * Lending and Restaking pages read, as the server sends them today (`src/api/lendingRoutes.ts`,
 * `src/api/restakingRoutes.ts`). These types are replaced by the use cases' document types (through
 * `@app`) when the lending and restaking use cases land; nothing else in the dashboard may use them.
 */

/** One step of the liquidation curve: the move of the asset (a fraction) and what it costs (USD). */
type LendingCurvePoint = {
  move: number;
  liquidatedCollateralUsd: number;
  badDebtUsd: number;
  insolvencyUsd: number;
  liquidatableDebtUsd: number;
};

/** `GET /api/v1/lending/curve`: liquidations and bad debt (USD) on the stored book as one asset falls. */
type LendingCurve = { accounts: number; points: LendingCurvePoint[]; assumptions: string[] };

/** `POST /api/v1/lending/stress`: a shock's cascade on the stored book (USD). */
type LendingStress = {
  liquidatableDebtUsd: number;
  liquidatableAccounts: number;
  insolvencyUsd: number;
  liquidatedCollateralUsd: number;
  badDebtUsd: number;
  rounds: number;
};

/** A coalition of validators that can attack these services for a profit above their stake. */
type RestakingAttack = { services: string[]; validators: string[]; profit: number; stake: number };

/** `GET /api/v1/restaking`, `POST /api/v1/restaking/check`: a restaking network assessed. */
export type RestakingCheck = {
  name: string | null;
  secure: boolean;
  gammaStar: number | null;
  gammaExact: boolean;
  validAttack: RestakingAttack | null;
  unit: string | null;
  checked: string;
  onPaper: { secure: boolean; validAttack: RestakingAttack | null } | null;
  stake: {
    services: {
      service: string;
      operators: number;
      restaked: number;
      slashable: number;
      hhi: number;
      nakamoto: number;
    }[];
    leverage: number;
  };
  graph: {
    validators: { id: string; stake: number }[];
    services: { id: string; profit: number; validators: string[] }[];
  };
};

/** The GET routes not yet answered by a use case, and what they answer. */
export type PendingDocuments = {
  '/api/v1/lending/curve': LendingCurve;
  '/api/v1/restaking': RestakingCheck;
};

/** The POST computations not yet answered by a use case: the body each takes and what it answers. */
export type PendingComputations = {
  '/api/v1/lending/stress': {
    body: { shocks: Record<string, number>; depegs?: Record<string, number> };
    result: LendingStress;
  };
  '/api/v1/restaking/check': { body: { network: unknown }; result: RestakingCheck };
};
