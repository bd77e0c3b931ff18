import type { IncentiveBacktestResult } from '../../app/yield/incentiveBacktest.ts';
import type { RestakingYieldStackResult } from '../../app/yield/restakingYieldStack.ts';
import type { YieldBreakdownResult } from '../../app/yield/yieldBreakdown.ts';
import type { YieldCliffResult } from '../../app/yield/yieldCliff.ts';
import type { YieldRateModelResult } from '../../app/yield/yieldRateModel.ts';
import { pct, usd } from '../format.ts';
import { column, type View, type ViewTable } from '../view.ts';

/** An APY as DefiLlama gives it (percent a year: 4.5 is 4.5%). */
const apy = (x: number | null) => (x === null ? 'unknown' : `${x.toFixed(2)}%`);
const share = (x: number | null) => (x === null ? 'unknown' : pct(x, 1));
const signed = (x: number) => `${x >= 0 ? '+' : ''}${pct(x, 1)}`;
const apyColumn = (label: string, key: string) => column(`${label} (% a year)`, 'number', key, 2);

/** `faultline yield`: the subject's base and reward yield, who pays the reward, and the breakdowns. */
export function yieldView(d: YieldBreakdownResult): View {
  const t = d.totals;
  const lines = [
    t === null
      ? `${d.subject.name}: no pool yields on or before ${d.asked ?? 'the newest day'}`
      : `${d.subject.name} on ${d.asOf}: ${t.pools} pools, ${usd(t.depositsUsd)} deposited; base ${apy(t.baseApy)} + reward ${apy(t.rewardApy)} = ${apy(t.totalApy)} a year (TVL-weighted)`,
  ];
  if (t)
    lines.push(
      `  incentives pay ${share(t.incentiveShare)} of the yield (${usd(t.yieldUsdPerYear.reward)} of ${usd(t.yieldUsdPerYear.total)} a year); real yield ${share(t.realYieldShare)}; the split is known for ${share(d.poolCoverage.knownSplitShare)} of deposits`,
      ...t.rewardTokens
        .slice(0, 3)
        .map((r) => `  reward paid in ${r.token}: ${usd(r.rewardUsdPerYear)} a year over ${r.pools} pools`),
    );
  if (d.lending)
    lines.push(
      `  lending: ${d.lending.pools} pools, ${usd(d.lending.supplyUsd)} supplied, ${usd(d.lending.borrowUsd)} borrowed (utilisation ${share(d.lending.utilisation)})`,
    );
  const tables: ViewTable[] = d.breakdowns.map((b) => ({
    columns: [
      column(b.by, 'text', 'key'),
      column('name', 'text', 'label'),
      column('pools', 'count'),
      column('deposits', 'usd', 'deposits_usd'),
      apyColumn('base APY', 'base_apy'),
      apyColumn('reward APY', 'reward_apy'),
      column('incentive share', 'fraction', 'incentive_share'),
      column('real yield share', 'fraction', 'real_yield_share'),
    ],
    rows: b.items.map((i) => [
      i.key,
      i.label,
      i.pools,
      i.depositsUsd,
      i.baseApy,
      i.rewardApy,
      i.incentiveShare,
      i.realYieldShare,
    ]),
  }));
  if (d.lending)
    tables.push({
      columns: [
        column('lending pool', 'text', 'label'),
        column('supplied', 'usd', 'supply_usd'),
        column('borrowed', 'usd', 'borrow_usd'),
        column('utilisation', 'fraction'),
        apyColumn('supply APY', 'supply_apy'),
        apyColumn('borrow APY', 'borrow_apy'),
        column('implied reserve factor', 'fraction', 'implied_reserve_factor'),
      ],
      rows: d.lending.items.map((i) => [
        i.label,
        i.supplyUsd,
        i.borrowUsd,
        i.utilisation,
        i.supplyApy,
        i.borrowApy,
        i.impliedReserveFactor,
      ]),
    });
  return {
    id: 'yield',
    title: `Where ${d.subject.name}'s yield comes from`,
    lines,
    tables,
    notes: [
      ...d.notes,
      ...d.breakdowns
        .filter((b) => b.others.items > 0)
        .map((b) => `${b.others.items} more by ${b.by} (${usd(b.others.depositsUsd)}) not listed`),
      ...d.datasets.map((s) => `${s.title}: ${s.firstDay} .. ${s.lastDay}`),
    ],
  };
}

/** `faultline yield cliff`: TVL after reward falls against pools whose rewards held, and the subject's projection. */
export function yieldCliffView(d: YieldCliffResult): View {
  const c = d.episodeCoverage;
  const lines = [
    `${c.episodes.toLocaleString('en-US')} reward-fall episodes (${c.sustained.toLocaleString('en-US')} sustained) between ${c.firstDay ?? '—'} and ${c.lastDay ?? '—'}, as of ${d.asOf ?? '—'}`,
  ];
  for (const h of d.measured.sustained.horizons)
    if (h.difference)
      lines.push(
        `  sustained falls, ${h.horizon} days on: TVL ${signed(h.difference.median)} against pools whose rewards held (middle half ${signed(h.difference.p25)} to ${signed(h.difference.p75)}; ${h.episodes} episodes)`,
      );
  if (d.projection && d.subject)
    for (const h of d.projection.horizons)
      lines.push(
        h.projectedTvlUsd && h.change
          ? `  ${d.subject.name} if its rewards stopped on ${d.projection.day}: ${usd(h.projectedTvlUsd.median)} after ${h.horizon} days (${usd(h.projectedTvlUsd.low)} to ${usd(h.projectedTvlUsd.high)}; from ${usd(h.knownTvlUsd)}, ${signed(h.change.median)})`
          : `  ${d.subject.name}: no projection at ${h.horizon} days (${usd(h.unknownTvlUsd)} of TVL with an unknown reward split)`,
      );
  const row = (kind: string, h: YieldCliffResult['measured']['all']['horizons'][number]) => [
    kind,
    h.horizon,
    h.episodes,
    h.difference?.median ?? null,
    h.difference?.p25 ?? null,
    h.difference?.p75 ?? null,
    h.difference?.p10 ?? null,
    h.difference?.p90 ?? null,
  ];
  return {
    id: 'yield-cliff',
    title: d.subject ? `The incentive cliff, and ${d.subject.name} without rewards` : 'The incentive cliff',
    lines,
    tables: [
      {
        columns: [
          column('episodes', 'text', 'kind'),
          column('horizon (days)', 'count', 'horizon'),
          column('count', 'count', 'episodes'),
          column('TVL vs controls, median', 'fraction', 'difference_median'),
          column('p25', 'fraction', 'difference_p25'),
          column('p75', 'fraction', 'difference_p75'),
          column('p10', 'fraction', 'difference_p10'),
          column('p90', 'fraction', 'difference_p90'),
        ],
        rows: [
          ...d.measured.sustained.horizons.map((h) => row('sustained', h)),
          ...d.measured.all.horizons.map((h) => row('all', h)),
        ],
      },
      {
        columns: [
          column('day', 'day'),
          column('pool', 'text'),
          column('project', 'text'),
          column('chain', 'text'),
          apyColumn('reward APY before', 'reward_apy'),
          column('TVL', 'usd', 'tvl_usd'),
          column('sustained', 'bool'),
          column('TVL 90 d vs controls', 'fraction', 'difference90'),
        ],
        rows: d.episodes
          .slice(0, 20)
          .map((e) => [
            e.day,
            e.pool,
            e.project,
            e.chain,
            e.rewardApy,
            e.tvlUsd,
            e.sustained,
            e.difference90,
          ]),
      },
    ],
    notes: [
      d.rule.text,
      ...(d.episodes.length > 20 ? [`${d.episodes.length - 20} more episodes listed in --format json`] : []),
      ...d.notes,
    ],
  };
}

/** `faultline yield rates`: the rate model against each reserve's observed rates, where its strategy is known. */
export function yieldRateModelView(d: YieldRateModelResult): View {
  const c = d.reserveCoverage;
  return {
    id: 'yield-rate-model',
    title: "Aave's rate model against the observed reserve rates",
    lines: [
      `${c.reserves} reserves with rates${d.asked ? ` up to ${d.asked}` : ''}; ${c.withStrategy} with a stated strategy, ${c.matchedSomeDay} of them reproduced within ${pct(c.tolerance, 2)} on at least one day`,
    ],
    tables: [
      {
        columns: [
          column('market', 'text'),
          column('asset', 'text', 'symbol'),
          column('strategy', 'text', 'strategy_source'),
          column('days checked', 'count', 'checked'),
          column('matched', 'count'),
          column('median error', 'fraction', 'abs_error_median', 3),
          column('p90 error', 'fraction', 'abs_error_p90', 3),
          column('matched through', 'day', 'matched_through'),
          column('changed by', 'day', 'changed_by'),
        ],
        rows: d.reserves.map((r) => [
          r.market,
          r.symbol,
          `${r.strategy.source} (${r.strategy.asOf})`,
          r.checked,
          r.matched,
          r.absError?.median ?? null,
          r.absError?.p90 ?? null,
          r.matchedThrough,
          r.changedBy,
        ]),
      },
    ],
    notes: [
      `${d.unknownStrategy.length} reserves have rates but no stated strategy: their curve is not known, so they are not checked`,
    ],
  };
}

/** `faultline yield stack`: a liquid restaking token's yield layer by layer, and what an exit still earns. */
export function restakingYieldStackView(d: RestakingYieldStackResult): View {
  return {
    id: 'yield-stack',
    title: `${d.token}'s yield stack (${d.project}, restaked on ${d.restakesOn})`,
    lines: [
      d.pool
        ? `${d.token} on ${d.asOf}: ${d.pool.symbol} pool ${usd(d.pool.tvlUsd)}, APY ${apy(d.pool.apy)}; the known layers pay ${apy(d.knownApy)}, ${apy(d.duringExitApy)} of it during a ${d.exitDays}-day exit`
        : `${d.token}: no pool on or before ${d.asked ?? 'the newest day'}`,
    ],
    tables: [
      {
        columns: [
          column('layer', 'text', 'label'),
          apyColumn('APY', 'apy'),
          column('basis', 'text'),
          column('earned during exit', 'bool', 'during_exit'),
          column('why', 'text'),
        ],
        rows: d.layers.map((l) => [l.label, l.apy, l.basis, l.duringExit, l.why]),
      },
    ],
    notes: [
      ...(d.unknownLayers.length > 0
        ? [`unknown (never counted as zero): ${d.unknownLayers.join(', ')}`]
        : []),
      ...d.layers.map((l) => `${l.label}: ${l.note} (${l.confidence}; ${l.source})`),
    ],
  };
}

/** `faultline yield backtest`: the sustainability backtest with and without the incentive-dependence factor. */
export function incentiveBacktestView(d: IncentiveBacktestResult): View {
  const run = (label: string, r: IncentiveBacktestResult['with']) => [
    label,
    r.chosen.weights,
    r.chosen.threshold,
    r.test.precision,
    r.test.recall,
    r.test.f1,
    r.test.medianLeadDays,
  ];
  return {
    id: 'yield-backtest',
    title: 'Does incentive dependence help the sustainability score?',
    lines: [
      `test ${d.plan.test.from} .. ${d.plan.test.to} (weights chosen on ${d.plan.train.from} .. ${d.plan.train.to}): the factor ${d.verdict === 'helps' ? 'helps' : d.verdict === 'hurts' ? 'hurts' : 'changes nothing'}`,
      `  its signal was known at ${d.factorCoverage.points} protocol-months (${d.factorCoverage.protocols.length} protocols)`,
    ],
    tables: [
      {
        columns: [
          column('run', 'text'),
          column('weights', 'text'),
          column('threshold', 'number'),
          column('test precision', 'fraction', 'precision'),
          column('test recall', 'fraction', 'recall'),
          column('test F1', 'number', 'f1', 3),
          column('median lead (days)', 'number', 'median_lead_days', 0),
        ],
        rows: [run('with incentive dependence', d.with), run('without (weight 0)', d.without)],
      },
    ],
    notes: d.notes,
  };
}
