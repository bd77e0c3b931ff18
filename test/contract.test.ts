import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { BacktestResult } from '../src/app/backtest.ts';
import { BtcLayersResult } from '../src/app/btcLayers.ts';
import { ChainHighsResult } from '../src/app/chainHighs.ts';
import { CheckClaimsResult } from '../src/app/checkClaims.ts';
import { ConcentrationResult } from '../src/app/concentration.ts';
import { DrawdownsResult } from '../src/app/drawdowns.ts';
import { EigenDaResult } from '../src/app/eigenda.ts';
import { L2AssessResult } from '../src/app/l2Assess.ts';
import { L2CompareResult } from '../src/app/l2Compare.ts';
import { L2ExposureResult } from '../src/app/l2Exposure.ts';
import { L2SystemsResult } from '../src/app/l2Systems.ts';
import { LayersResult } from '../src/app/layers.ts';
import { LendingCurveResult } from '../src/app/lending/lendingCurve.ts';
import { LendingPositionResult } from '../src/app/lending/lendingPosition.ts';
import { LendingRatesResult } from '../src/app/lending/lendingRates.ts';
import { LendingSlippageResult } from '../src/app/lending/lendingSlippage.ts';
import { LendingStressResult } from '../src/app/lending/lendingStress.ts';
import { LendingVarResult } from '../src/app/lending/lendingVar.ts';
import { LendingWindDownResult } from '../src/app/lending/lendingWindDown.ts';
import { QualityResult } from '../src/app/quality.ts';
import { ethLstsOf, lstDepegQuestions, ReportResult, reportQuestions } from '../src/app/report.ts';
import { RestakingBabylonResult } from '../src/app/restakingBabylon.ts';
import { RestakingCheckResult } from '../src/app/restakingCheck.ts';
import { RestakingSlashResult } from '../src/app/restakingSlash.ts';
import { ScoreResult } from '../src/app/score.ts';
import { SystemResult } from '../src/app/system.ts';
import { TvlExplainResult } from '../src/app/tvlExplain.ts';
import { TvlResult } from '../src/app/tvlSeries.ts';
import { WatchlistResult } from '../src/app/watchlist.ts';
import { IncentiveBacktestResult } from '../src/app/yield/incentiveBacktest.ts';
import { RestakingYieldStackResult } from '../src/app/yield/restakingYieldStack.ts';
import { YieldBreakdownResult } from '../src/app/yield/yieldBreakdown.ts';
import { YieldCliffResult } from '../src/app/yield/yieldCliff.ts';
import { YieldRateModelResult } from '../src/app/yield/yieldRateModel.ts';
import { type ApiServer, startApiServer } from './helpers/apiServer.ts';
import { runCli, runCliAsync } from './helpers/runCli.ts';

/** One question asked both ways: the CLI's `--format json` and the API's route, with the schema its document publishes. */
type Case = { question: string; cli: string[]; url: string; body?: unknown; schema: z.ZodType };

const CASES: Case[] = [
  {
    question: 'tvl (chain, published headline and coverage)',
    cli: ['tvl', '--chain', 'ethereum', '--from', '2025-01-01'],
    url: '/api/v1/tvl?chain=ethereum&from=2025-01-01',
    schema: TvlResult,
  },
  {
    question: 'tvl (protocol, in ETH)',
    cli: ['tvl', '--protocol', 'zerolend', '--denominate', 'eth'],
    url: '/api/v1/tvl?protocol=zerolend&denominate=eth',
    schema: TvlResult,
  },
  {
    question: 'tvl explain',
    cli: ['tvl', '--chain', 'zksync era', '--explain', '2024-11-08'],
    url: '/api/v1/tvl/explain?chain=zksync%20era&explain=2024-11-08',
    schema: TvlExplainResult,
  },
  {
    question: 'highs',
    cli: ['highs', '--chain', 'ethereum', '--window', '90'],
    url: '/api/v1/chains/ethereum/highs?window=90',
    schema: ChainHighsResult,
  },
  {
    question: 'da eigenda (stakes)',
    cli: ['da', 'eigenda', '--confirmation', '55', '--adversary', '33', '--stakes', '40,30,20,10'],
    url: '/api/v1/da/eigenda?confirmation=55&adversary=33&stakes=40,30,20,10',
    schema: EigenDaResult,
  },
  {
    question: 'quality (kept out)',
    cli: ['quality', '--excluded', '--limit', '50'],
    url: '/api/v1/quality?excluded=true&limit=50',
    schema: QualityResult,
  },
  {
    question: 'drawdown',
    cli: ['drawdown', '--top', '20', '--keep', 'zerolend'],
    url: '/api/v1/drawdowns?limit=20&keep=zerolend',
    schema: DrawdownsResult,
  },
  {
    question: 'concentration',
    cli: ['concentration', '--category', 'Lending'],
    url: '/api/v1/concentration?category=Lending',
    schema: ConcentrationResult,
  },
  {
    question: 'layers (Ethereum)',
    cli: ['layers', '--parent', 'Ethereum'],
    url: '/api/v1/layers?parent=Ethereum',
    schema: LayersResult,
  },
  {
    question: 'layers (Bitcoin)',
    cli: ['layers', '--parent', 'Bitcoin'],
    url: '/api/v1/layers?parent=Bitcoin',
    schema: LayersResult,
  },
  {
    question: 'score (protocol)',
    cli: ['score', '--protocol', 'zerolend', '--as-of', '2025-02-01'],
    url: '/api/v1/score?protocol=zerolend&asOf=2025-02-01',
    schema: ScoreResult,
  },
  {
    question: 'score (chain)',
    cli: ['score', '--chain', 'ethereum'],
    url: '/api/v1/score?chain=ethereum',
    schema: ScoreResult,
  },
  {
    question: 'watchlist',
    cli: ['watchlist', '--as-of', '2025-03-01'],
    url: '/api/v1/watchlist?asOf=2025-03-01',
    schema: WatchlistResult,
  },
  {
    question: 'backtest',
    cli: ['backtest', '--from', '2023-01-01', '--split', '2024-06-01', '--to', '2025-03-01'],
    url: '/api/v1/backtest?from=2023-01-01&split=2024-06-01&to=2025-03-01',
    schema: BacktestResult,
  },
  {
    question: 'l2',
    cli: ['l2'],
    url: '/api/v1/l2',
    schema: L2SystemsResult,
  },
  {
    question: 'l2 as of a past day',
    cli: ['l2', '--as-of', '2024-11-15'],
    url: '/api/v1/l2?asOf=2024-11-15',
    schema: L2SystemsResult,
  },
  {
    question: 'l2 --chain (one system)',
    cli: ['l2', '--chain', 'arbitrum'],
    url: '/api/v1/systems/arbitrum',
    schema: SystemResult,
  },
  {
    question: 'l2 compare',
    cli: ['l2', 'compare', 'base', 'stacks'],
    url: '/api/v1/l2/compare?a=base&b=stacks',
    schema: L2CompareResult,
  },
  {
    question: 'l2 exposure',
    cli: ['l2', 'exposure'],
    url: '/api/v1/l2/exposure',
    schema: L2ExposureResult,
  },
  {
    question: 'l2 assess',
    cli: ['l2', 'assess', 'examples/l2-design.json'],
    url: '/api/v1/l2/assess',
    body: JSON.parse(readFileSync('examples/l2-design.json', 'utf8')),
    schema: L2AssessResult,
  },
  {
    question: 'btc-layers',
    cli: ['btc-layers'],
    url: '/api/v1/btc-layers',
    schema: BtcLayersResult,
  },
  {
    question: 'check-claims',
    cli: ['check-claims', 'examples/seed-claims.yaml'],
    url: '/api/v1/claims/check',
    body: parseYaml(readFileSync('examples/seed-claims.yaml', 'utf8')),
    schema: CheckClaimsResult,
  },
  {
    question: 'lending position',
    cli: ['lending', 'position', 'examples/lending/position.json', '--version', '3.0'],
    url: '/api/v1/lending/position',
    body: { position: JSON.parse(readFileSync('examples/lending/position.json', 'utf8')), version: '3.0' },
    schema: LendingPositionResult,
  },
  {
    question: 'lending stress (the stored Aave v3 top-1,000)',
    cli: ['lending', 'stress', '--shock', 'WETH=-0.4', '--depeg', 'weETH=0.05'],
    url: '/api/v1/lending/stress',
    body: { shocks: { WETH: -0.4 }, depegs: { weETH: 0.05 } },
    schema: LendingStressResult,
  },
  {
    question: 'lending stress (positions and a scenario given)',
    cli: [
      'lending',
      'stress',
      '--positions',
      'examples/lending/positions.json',
      '--scenario',
      'examples/lending/zerolend-oracle-frozen.json',
    ],
    url: '/api/v1/lending/stress',
    body: {
      positions: JSON.parse(readFileSync('examples/lending/positions.json', 'utf8')),
      scenario: JSON.parse(readFileSync('examples/lending/zerolend-oracle-frozen.json', 'utf8')),
    },
    schema: LendingStressResult,
  },
  {
    question: 'lending var',
    cli: ['lending', 'var', '--paths', '1000', '--seed', '3'],
    url: '/api/v1/lending/var',
    body: { paths: 1000, seed: 3 },
    schema: LendingVarResult,
  },
  {
    question: 'lending curve',
    cli: ['lending', 'curve', '--asset', 'WETH', '--to', '-0.5', '--steps', '5'],
    url: '/api/v1/lending/curve?asset=WETH&to=-0.5&steps=5',
    schema: LendingCurveResult,
  },
  {
    question: 'lending rates',
    cli: [
      'lending',
      'rates',
      '--utilization',
      '0.95',
      '--slope1',
      '0.04',
      '--slope2',
      '0.6',
      '--optimal',
      '0.9',
    ],
    url: '/api/v1/lending/rates?utilization=0.95&slope1=0.04&slope2=0.6&optimal=0.9',
    schema: LendingRatesResult,
  },
  {
    question: 'lending slippage',
    cli: ['lending', 'slippage', '--reserve', '1000', '--sell', '60'],
    url: '/api/v1/lending/slippage?reserve=1000&sell=60',
    schema: LendingSlippageResult,
  },
  {
    question: 'lending winddown',
    cli: ['lending', 'winddown', 'examples/lending/zerolend-winddown.json', '--repay-rate', '0.02'],
    url: '/api/v1/lending/winddown',
    body: {
      winddown: JSON.parse(readFileSync('examples/lending/zerolend-winddown.json', 'utf8')),
      repayRate: 0.02,
    },
    schema: LendingWindDownResult,
  },
  {
    question: 'restaking check (the configured network)',
    cli: ['restaking', 'check'],
    url: '/api/v1/restaking',
    schema: RestakingCheckResult,
  },
  {
    question: 'restaking check (a network given, with a shock)',
    cli: ['restaking', 'check', 'examples/restaking/r1.json', '--shock', 'c'],
    url: '/api/v1/restaking/check',
    body: { network: JSON.parse(readFileSync('examples/restaking/r1.json', 'utf8')), shock: ['c'] },
    schema: RestakingCheckResult,
  },
  {
    question: 'restaking slash',
    cli: [
      'restaking',
      'slash',
      'examples/restaking/elip-002.json',
      '--operator',
      'operator',
      '--set',
      'AVS1',
      '--fraction',
      '0.5',
    ],
    url: '/api/v1/restaking/slash',
    body: {
      network: JSON.parse(readFileSync('examples/restaking/elip-002.json', 'utf8')),
      operator: 'operator',
      set: 'AVS1',
      fraction: 0.5,
    },
    schema: RestakingSlashResult,
  },
  {
    question: 'restaking babylon',
    cli: ['restaking', 'babylon'],
    url: '/api/v1/restaking/babylon',
    schema: RestakingBabylonResult,
  },
  {
    question: 'yield (protocol)',
    cli: ['yield', '--protocol', 'zerolend', '--limit', '5'],
    url: '/api/v1/yield?protocol=zerolend&limit=5',
    schema: YieldBreakdownResult,
  },
  {
    question: 'yield (chain, as of a day)',
    cli: ['yield', '--chain', 'base', '--as-of', '2025-04-10'],
    url: '/api/v1/yield?chain=base&asOf=2025-04-10',
    schema: YieldBreakdownResult,
  },
  {
    question: 'yield cliff',
    cli: ['yield', 'cliff', '--protocol', 'aerodrome', '--limit', '50'],
    url: '/api/v1/yield/cliff?protocol=aerodrome&limit=50',
    schema: YieldCliffResult,
  },
  {
    question: 'yield rates',
    cli: ['yield', 'rates', '--market', 'linea'],
    url: '/api/v1/yield/rate-model?market=linea',
    schema: YieldRateModelResult,
  },
  {
    question: 'yield stack',
    cli: ['yield', 'stack', '--token', 'weETH'],
    url: '/api/v1/yield/stack?token=weETH',
    schema: RestakingYieldStackResult,
  },
  {
    question: 'yield backtest',
    cli: ['yield', 'backtest', '--from', '2023-01-01', '--split', '2024-06-01', '--to', '2025-03-01'],
    url: '/api/v1/yield/backtest?from=2023-01-01&split=2024-06-01&to=2025-03-01',
    schema: IncentiveBacktestResult,
  },
];

let api: ApiServer;

describe('one answer per question: the CLI and the API give the same document, valid against its schema', () => {
  before(async () => {
    api = await startApiServer();
  });
  after(() => api.close());

  for (const c of CASES) {
    it(c.question, async () => {
      // Asked both ways at once: the server computes on its thread while the CLI runs in its process.
      const [response, cli] = await Promise.all([
        fetch(`${api.url}${c.url}`, {
          headers: {
            'accept-encoding': 'identity',
            ...(c.body ? { 'content-type': 'application/json' } : {}),
          },
          ...(c.body ? { method: 'POST', body: JSON.stringify(c.body) } : {}),
        }),
        runCliAsync([...c.cli, '--format', 'json'], api.env),
      ]);
      const body = await response.text();
      assert.equal(response.status, 200, body);
      assert.equal(cli.code, 0, cli.stderr);
      assert.equal(cli.stdout, `${body}\n`, 'the CLI prints the bytes the API sends');
      const document = JSON.parse(body);
      const parsed = c.schema.safeParse(document);
      assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
      assert.match(document.schema, /^faultline\.[a-z0-9-]+\/v\d+$/);
      assert.ok(Array.isArray(document.sources) && document.sources.length > 0, 'names its sources');
      for (const day of Object.values(document.dataThrough as Record<string, string | null>))
        assert.ok(day === null || /^\d{4}-\d{2}-\d{2}$/.test(day), `dataThrough is a UTC day: ${day}`);
    });
  }

  it('report: every section is the document its own route gives for the same question', async () => {
    const get = async (path: string, query: object) => {
      const search = new URLSearchParams(
        Object.entries(query).map(([k, v]) => [k, String(v)] as [string, string]),
      );
      const r = await fetch(`${api.url}${path}?${search}`);
      assert.equal(r.status, 200, path);
      return r.json();
    };
    const cli = runCli(['report', '--format', 'json'], api.env);
    assert.equal(cli.code, 0, cli.stderr);
    const report = ReportResult.parse(JSON.parse(cli.stdout));
    const fromApi = ReportResult.parse(await get('/api/v1/report', {}));
    assert.deepEqual(
      { ...fromApi, generatedAt: '' },
      { ...report, generatedAt: '' },
      'the CLI and the API agree',
    );
    const q = reportQuestions(null);
    const s = report.sections;
    assert.deepEqual(s.ethereumTvl, await get('/api/v1/tvl', q.ethereumTvl));
    assert.deepEqual(s.layers, await get('/api/v1/layers', q.layers));
    assert.deepEqual(s.bitcoin, await get('/api/v1/layers', q.bitcoin));
    assert.deepEqual(s.drawdowns, await get('/api/v1/drawdowns', q.drawdowns));
    assert.deepEqual(
      s.concentration,
      await Promise.all(q.concentration.map((c) => get('/api/v1/concentration', c))),
    );
    assert.deepEqual(s.l2Systems, await get('/api/v1/l2', q.l2Systems));
    assert.deepEqual(s.btcLayers, await get('/api/v1/btc-layers', q.btcLayers));
    assert.deepEqual(s.l2Exposure, await get('/api/v1/l2/exposure', q.l2Exposure));
    assert.deepEqual(s.watchlist, await get('/api/v1/watchlist', q.watchlist));
    assert.deepEqual(s.quality, await get('/api/v1/quality', q.quality));
    const post = async (path: string, body: object) => {
      const r = await fetch(`${api.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      assert.equal(r.status, 200, path);
      return r.json();
    };
    assert.ok(s.lending, 'the stored Aave book is in the report');
    const shocks = await Promise.all(q.lendingShocks.map((b) => post('/api/v1/lending/stress', b)));
    assert.deepEqual(s.lending.stress.slice(0, 2), shocks);
    const depegs = lstDepegQuestions(ethLstsOf(shocks[0]));
    assert.deepEqual(
      s.lending.stress.slice(2),
      await Promise.all(depegs.map((b) => post('/api/v1/lending/stress', b))),
    );
    assert.deepEqual(s.lending.valueAtRisk, await post('/api/v1/lending/var', q.lendingVar));
    assert.deepEqual(s.restaking, await get('/api/v1/restaking', q.restaking));
    assert.deepEqual(s.babylon, await get('/api/v1/restaking/babylon', q.babylon));
    const y = q.yields;
    assert.deepEqual(
      report.omitted.filter((o) => o.section === 'yields'),
      [],
      'every yield question answers on the real data',
    );
    assert.deepEqual(
      s.yields.breakdowns,
      await Promise.all(y.breakdowns.map((b) => get('/api/v1/yield', b))),
    );
    assert.deepEqual(s.yields.cliff, await get('/api/v1/yield/cliff', y.cliff));
    assert.deepEqual(s.yields.stack, await get('/api/v1/yield/stack', y.stack));
    assert.deepEqual(s.yields.backtest, await get('/api/v1/yield/backtest', y.backtest));
  });
});
