import type { Day } from '../core/day.ts';
import type { ProtocolSlug } from './protocol.ts';

/** DefiLlama's fee data types (`/summary/fees/{slug}?dataType=`). */
export type FeeKind = 'dailyFees' | 'dailyRevenue' | 'dailyIncentives';

/** One protocol's fees, revenue or incentives on one UTC day, in USD. */
export type DailyFee = { protocol: ProtocolSlug; day: Day; kind: FeeKind; usd: number };
