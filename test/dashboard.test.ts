import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { ConcentrationResult } from '../src/app/concentration.ts';
import type { DrawdownsResult } from '../src/app/drawdowns.ts';
import type { L2SystemsResult } from '../src/app/l2Systems.ts';
import type { LayersResult } from '../src/app/layers.ts';
import type { LendingCurveResult } from '../src/app/lending/lendingCurve.ts';
import type { LendingStressResult } from '../src/app/lending/lendingStress.ts';
import type { LendingVarResult } from '../src/app/lending/lendingVar.ts';
import type { ProtocolResult } from '../src/app/protocol.ts';
import type { RestakingBabylonResult } from '../src/app/restakingBabylon.ts';
import type { RestakingCheckResult } from '../src/app/restakingCheck.ts';
import type { TvlResult } from '../src/app/tvlSeries.ts';
import type { WatchlistResult } from '../src/app/watchlist.ts';
import type { ApiServer } from './helpers/apiServer.ts';
import { ARTIFACTS, painted, startDashboard } from './helpers/browser.ts';

let api: ApiServer;
let browser: Browser;

type Visit = { page: Page; errors: string[]; offsite: string[] };

/** Opens a page, recording console errors, page errors and any request that leaves 127.0.0.1. */
async function visit(hash: string, width = 1200): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const offsite: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', ''].includes(url.hostname) && url.protocol !== 'data:') offsite.push(r.url());
  });
  await page.goto(`${api.url}/${hash}`);
  return { page, errors, offsite };
}

/** A route's document as the API answers it (the figure a user checks the page against). */
async function apiDocument<T>(path: string): Promise<T> {
  const response = await fetch(`${api.url}${path}`);
  assert.equal(response.status, 200, path);
  return (await response.json()) as T;
}

/** A computation's document as the API answers a POST of `body` (what the page's figures must equal). */
async function postDocument<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 200, path);
  return (await response.json()) as T;
}

/** A USD amount as a reader reads it: $1.79B, $220.90M, $394.82k (two decimals). */
function money(x: number): string {
  const [d, s] = x >= 1e9 ? [1e9, 'B'] : x >= 1e6 ? [1e6, 'M'] : x >= 1e3 ? [1e3, 'k'] : [1, ''];
  return `$${(x / d).toFixed(d === 1 ? 0 : 2)}${s}`;
}

/** An ETH amount as the pages print it: 4,000,000 ETH (whole above 100, else two decimals). */
const eth = (x: number) => `${x.toLocaleString('en-US', { maximumFractionDigits: x >= 100 ? 0 : 2 })} ETH`;

/** A fraction as the pages print it: 12.3% (one decimal). */
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The text of an element, trimmed. */
const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? '').trim();

/** Every provenance line on the page, joined: where a page says its day and sources. */
const provenance = async (page: Page) => (await page.locator('.provenance').allTextContents()).join('\n');

async function done(v: Visit, name: string): Promise<void> {
  await v.page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  assert.deepEqual(await v.page.locator('[role="alert"]').allTextContents(), [], `${name}: errors shown`);
  assert.deepEqual(v.errors, [], `${name}: console errors`);
  assert.deepEqual(v.offsite, [], `${name}: requests off 127.0.0.1`);
  await v.page.close();
}

describe('dashboard in Chromium', () => {
  before(async () => {
    ({ api, browser } = await startDashboard());
  });
  after(async () => {
    await browser?.close();
    await api?.close();
  });

  it("overview: Ethereum's TVL is the tvl document's headline; the L2 share is the layers document's, a bound where partial", async () => {
    const v = await visit('#/');
    const [tvl, layers] = await Promise.all([
      apiDocument<TvlResult>('/api/v1/tvl?chain=ethereum'),
      apiDocument<LayersResult>('/api/v1/layers'),
    ]);
    assert.ok(tvl.headline && tvl.headline.usd >= 1e9 && tvl.coverage);
    assert.equal(tvl.headline.basis, 'published');
    await v.page.locator('#ethereum-tvl').waitFor();
    assert.equal(await text(v.page, '#ethereum-tvl'), `$${(tvl.headline.usd / 1e9).toFixed(2)}B`);
    assert.equal(await text(v.page, '#ethereum-tvl-day'), tvl.headline.day);
    const explained = `(${percent(tvl.coverage.share ?? Number.NaN)}) on ${tvl.coverage.day}`;
    assert.ok((await text(v.page, '#ethereum-tvl-line')).includes(explained), explained);
    assert.ok(layers.parent === 'Ethereum' && layers.share.exact && layers.share.lowerBound);
    await v.page.locator('#l2-share-line').waitFor();
    assert.equal(await text(v.page, '#l2-share-exact'), percent(layers.share.exact.share));
    assert.equal(await text(v.page, '#l2-share-bound'), `≥ ${percent(layers.share.lowerBound.share)}`);
    const line = await text(v.page, '#l2-share-line');
    assert.ok(line.includes(layers.share.exact.month) && line.includes(layers.share.lowerBound.month), line);
    const days = await provenance(v.page);
    assert.ok(days.includes(`As of ${tvl.asOf}`) && days.includes(`As of ${layers.asOf}`), days);
    await painted(v.page, 4);
    await v.page.getByText("The numbers behind “L2 share of Ethereum's value by month”").click();
    const bound = v.page.locator('table:has(caption:text("L2 share by month")) tbody tr', {
      hasText: layers.share.lowerBound.month,
    });
    assert.match((await bound.textContent()) ?? '', /≥ \d+\.\d%.*lower bound/);
    await done(v, 'overview');
  });

  it("protocol: ZeroLend's latest figure and drawdown are the documents', with their days, in USD and ETH", async () => {
    const v = await visit('#/protocol/zerolend');
    const [detail, usdRanked, ethRanked] = await Promise.all([
      apiDocument<ProtocolResult>('/api/v1/protocols/zerolend'),
      apiDocument<DrawdownsResult>('/api/v1/drawdowns?keep=zerolend'),
      apiDocument<DrawdownsResult>('/api/v1/drawdowns?keep=zerolend&denominate=eth'),
    ]);
    const inUsd = usdRanked.rows.find((r) => r.id === 'zerolend')?.view;
    const inEth = ethRanked.rows.find((r) => r.id === 'zerolend')?.view;
    assert.ok(detail.latest && inUsd && inEth);
    await v.page.locator('#drawdown-value').waitFor();
    assert.equal(await text(v.page, '#drawdown-value'), percent(inUsd.drawdown));
    assert.equal(await text(v.page, '#drawdown-day'), inUsd.latestDay);
    assert.match(await text(v.page, '#drawdown-line'), /peak \$358\.\d\dM on 2024-11-08/);
    const latest = await text(v.page, '#latest-line');
    assert.ok(latest.includes(`on ${detail.latest.day}`), latest);
    assert.ok((await provenance(v.page)).includes(`As of ${detail.asOf}`));
    await painted(v.page, 2);
    await v.page.locator('#score-drivers').waitFor();
    assert.match(
      await text(v.page, '#score-drivers'),
      /^ZeroLend scores \d+\/100 on \d{4}-\d{2}-\d{2} because/,
    );
    await v.page.getByLabel('ETH').check();
    await v.page.getByRole('heading', { name: 'TVL in ETH' }).waitFor();
    await v.page.locator('#drawdown-line', { hasText: 'in ETH' }).waitFor();
    assert.equal(await text(v.page, '#drawdown-value'), percent(inEth.drawdown));
    assert.equal(await text(v.page, '#drawdown-day'), inEth.latestDay);
    await painted(v.page, 2);
    await done(v, 'protocol');
  });

  it('markets: choosing another category changes the concentration figures, each with its day', async () => {
    const v = await visit('#/markets');
    await v.page.locator('#hhi-value').waitFor();
    const first = await text(v.page, '#hhi-value');
    const select = v.page.locator('form select');
    const options = await select.locator('option').allTextContents();
    const other = options.find((o) => o.startsWith('Dexs'));
    assert.ok(other, options.join(', '));
    await select.selectOption({ label: other });
    await v.page.getByRole('heading', { name: 'Dexs: shares of the largest participants' }).waitFor();
    assert.notEqual(await text(v.page, '#hhi-value'), first);
    const dexs = await apiDocument<ConcentrationResult>('/api/v1/concentration?category=Dexs');
    assert.equal(await text(v.page, '#hhi-value'), String(Math.round(dexs.markets[0]?.hhi ?? Number.NaN)));
    assert.ok((await provenance(v.page)).includes(`As of ${dexs.asOf}`));
    await painted(v.page, 2);
    await done(v, 'markets');
  });

  it('L2s and Bitcoin layers: rosettes, sources with their days, and sorting by value puts the largest first', async () => {
    const v = await visit('#/systems');
    await v.page.locator('#systems-table').waitFor();
    assert.ok((await v.page.locator('#systems-table svg[role="img"]').count()) >= 10);
    const l2 = await apiDocument<L2SystemsResult>('/api/v1/l2');
    const l2beat = l2.dataThrough['l2beat/scaling-summary'];
    assert.ok(l2beat);
    assert.ok((await provenance(v.page)).includes(`(data through ${l2beat})`));
    await v.page.locator('#systems-table').getByRole('button', { name: 'value', exact: true }).click();
    assert.match(await text(v.page, '#systems-table th[aria-sort="descending"]'), /value/);
    const firstRow = (await v.page.locator('#systems-table tbody tr').first().textContent()) ?? '';
    const arbitrum = l2.systems.find((s) => s.id === 'arbitrum')?.value;
    assert.ok(arbitrum);
    assert.ok(firstRow.includes('Arbitrum One') && firstRow.includes(arbitrum.asOf), firstRow);
    await painted(v.page, 1);
    await done(v, 'systems');
  });

  it("restaking: the configured network's check as its document says (slashable, for whom, the bracket, sources); an upload shows its own", async () => {
    const v = await visit('#/restaking');
    const [check, babylon] = await Promise.all([
      apiDocument<RestakingCheckResult>('/api/v1/restaking'),
      apiDocument<RestakingBabylonResult>('/api/v1/restaking/babylon'),
    ]);
    assert.ok(check.validAttack && check.onPaper && check.unit === 'ETH');
    await v.page.locator('#restaking-verdict').waitFor();
    const verdict = await text(v.page, '#restaking-verdict');
    assert.ok(verdict.startsWith(`Insecure on ${check.checked}:`), verdict);
    const { profit, stake } = check.validAttack.exact;
    assert.ok(verdict.includes(`profit π_A ${profit} > stake σ_B ${stake} ETH`), verdict);
    assert.ok(verdict.includes(check.validAttack.services.join(', ')), verdict);
    assert.ok(
      (await text(v.page, '#restaking-on-paper')).includes(
        `secure, γ* = ${check.onPaper.gammaStar?.toFixed(4)}`,
      ),
    );
    assert.equal(check.gammaBounds, null);
    assert.equal(await text(v.page, '#restaking-bracket'), 'No γ* bracket: the network is insecure.');
    assert.match(
      await text(v.page, '#restaking-totals'),
      new RegExp(`^Restaked ${eth(check.stake.restaked)}, slashable ${eth(check.stake.slashable)};`),
    );
    const rows = await v.page.locator('#restaking-services tbody tr').all();
    assert.equal(rows.length, check.stake.services.length);
    for (const [i, s] of check.stake.services.entries()) {
      const cells = (await rows[i]?.locator('td').allTextContents())?.map((c) => c.trim());
      const reported = check.reported.find((r) => r.service === s.service);
      assert.deepEqual(
        [cells?.[0], cells?.[1], cells?.[2], cells?.[4], cells?.[5], cells?.[6]],
        [
          s.service,
          eth(s.restaked),
          eth(s.slashable),
          String(s.operators),
          eth(reported?.restaked ?? Number.NaN),
          reported?.stakers?.toLocaleString('en-US'),
        ],
        s.service,
      );
    }
    assert.ok(check.networkSources.length > 0);
    assert.deepEqual(
      (await v.page.locator('#restaking-network-sources li').allTextContents()).map((t) => t.trim()),
      check.networkSources,
    );
    assert.ok(check.sources[0] && (await provenance(v.page)).includes(check.sources[0].title));
    assert.ok(babylon.security.stakedBtc !== null && babylon.month);
    assert.equal(
      await text(v.page, '#babylon-staked'),
      `Staked: ${babylon.security.stakedBtc.toLocaleString('en-US', { maximumFractionDigits: 3 })} BTC at the month-end of ${babylon.month}.`,
    );
    assert.ok((await provenance(v.page)).includes(`As of ${babylon.asOf}`));
    await painted(v.page, 1);
    await v.page
      .getByLabel('Network file')
      .setInputFiles(join(import.meta.dirname, 'fixtures/restaking/insecure.json'));
    await v.page.locator('#upload-verdict').waitFor();
    assert.match(await text(v.page, '#upload-verdict'), /^Insecure on graph: 1 validator\(s\) can attack s1/);
    await painted(v.page, 2);
    const r1 = join(import.meta.dirname, '../examples/restaking/r1.json');
    const secure = await postDocument<RestakingCheckResult>('/api/v1/restaking/check', {
      network: JSON.parse(readFileSync(r1, 'utf8')),
    });
    assert.ok(secure.gammaBounds?.exact);
    await v.page.getByLabel('Network file').setInputFiles(r1);
    await v.page.locator('#upload-verdict', { hasText: 'Secure' }).waitFor();
    assert.equal(
      await text(v.page, '#upload-verdict'),
      `Secure on graph: γ* = ${secure.gammaStar?.toFixed(4)} (exact).`,
    );
    assert.ok(
      (await text(v.page, '#upload-bracket')).startsWith(
        `γ* in [${secure.gammaBounds.lower.toFixed(4)} (exact search), ${secure.gammaBounds.upper.toFixed(4)} (exact search)]`,
      ),
    );
    await done(v, 'restaking');
  });

  it('lending: the no-move baseline ($220.9M bad debt) beside every stress and VaR figure, with its book, day and reason; flagged rows apart', async () => {
    const v = await visit('#/lending');
    const curve = await apiDocument<LendingCurveResult>('/api/v1/lending/curve?asset=WETH&to=-0.6&steps=12');
    await v.page.locator('#lending-baseline').waitFor();
    assert.equal(await text(v.page, '#baseline-bad-debt'), money(curve.baseline.badDebtUsd));
    assert.equal(money(curve.baseline.badDebtUsd), '$220.90M');
    assert.equal(await text(v.page, '#baseline-bad-debt-label'), 'bad debt at no move (baseline, USD)');
    assert.equal(await text(v.page, '#baseline-insolvency'), money(curve.baseline.insolvencyUsd));
    const under = curve.findings.find((f) => f.kind === 'debt-above-collateral');
    assert.ok(under && (await text(v.page, '#baseline-why')).includes(under.message));
    assert.equal(curve.book.kind, 'top-borrowers');
    assert.match(await text(v.page, '#lending-book-source'), /imported CSV file .*not a chain read/);
    assert.equal(await text(v.page, '#lending-book-day'), curve.book.day);
    assert.ok((await provenance(v.page)).includes(`As of ${curve.asOf}`));
    const findings = await v.page.locator('#lending-findings tbody tr').allTextContents();
    assert.equal(findings.length, curve.findings.length);
    const missing = curve.findings.find((f) => f.kind === 'missing-debt-position');
    assert.ok(missing);
    const leftOut = findings.find((r) => r.includes('left out of every figure')) ?? '';
    assert.ok(
      leftOut.includes(String(missing.accounts)) && leftOut.includes(money(missing.debtUsd)),
      leftOut,
    );

    const slider = v.page.locator('#shock');
    await slider.focus();
    for (let i = 0; i < 4; i++) await slider.press('ArrowRight');
    await v.page.locator('#shock-value', { hasText: '40%' }).waitFor();
    const stress = await postDocument<LendingStressResult>('/api/v1/lending/stress', {
      shocks: { WETH: -0.4 },
    });
    await v.page
      .locator('#increment-bad-debt', { hasText: `+${money(stress.increment.badDebtUsd)}` })
      .waitFor();
    assert.equal(await text(v.page, '#stress-baseline-bad-debt'), money(stress.baseline.badDebtUsd));
    const badDebt = (
      await v.page.locator('#stress-figures tbody tr').first().locator('td').allTextContents()
    ).map((c) => c.trim());
    assert.deepEqual(badDebt, [
      'bad debt',
      'USD',
      `+${money(stress.increment.badDebtUsd)}`,
      money(stress.baseline.badDebtUsd),
      money(stress.badDebtUsd),
    ]);
    assert.deepEqual(
      badDebt.slice(2),
      ['+$754.54M', '$220.90M', '$975.43M'],
      'the CLI gives these for WETH=-0.4',
    );
    assert.match(
      await text(v.page, '#stress-figures'),
      /liquidatable debt\s*USD\s*\+\$3\.54B\s*\$1\.79B\s*\$5\.33B/,
    );

    const risk = await postDocument<LendingVarResult>('/api/v1/lending/var', {});
    await v.page.locator('#var95').waitFor();
    assert.equal(await text(v.page, '#var95'), `+${money(risk.var95)}`);
    assert.equal(await text(v.page, '#var-baseline'), money(risk.baseline.insolvencyUsd));
    assert.equal(await text(v.page, '#lar95'), `+${money(risk.lar95)}`);
    assert.equal(await text(v.page, '#lar-baseline'), money(risk.baseline.liquidatedUsd));
    assert.ok(risk.var95 < risk.baseline.insolvencyUsd, 'VaR is the increment, not the baseline');
    const days = await provenance(v.page);
    for (const [id, day] of Object.entries(risk.dataThrough))
      assert.ok(days.includes(`(data through ${day})`), id);
    await painted(v.page, 1);
    await done(v, 'lending');
  });

  it('watchlist: the day it is about; sorting by score puts the lowest first', async () => {
    const v = await visit('#/watchlist');
    await v.page.locator('#watchlist-table').waitFor();
    const watchlist = await apiDocument<WatchlistResult>('/api/v1/watchlist');
    assert.ok((await provenance(v.page)).includes(`As of ${watchlist.asOf}`));
    await painted(v.page, 1);
    const score = v.page.locator('#watchlist-table th button', { hasText: 'score' });
    await score.click();
    await score.click();
    assert.match(await text(v.page, '#watchlist-table th[aria-sort="ascending"]'), /score/);
    const scores = (await v.page.locator('#watchlist-table tbody tr td:nth-child(3)').allTextContents()).map(
      Number,
    );
    assert.equal(scores.length, watchlist.entries.length);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => a - b),
    );
    assert.ok(scores.every((x) => x < watchlist.threshold));
    await done(v, 'watchlist');
  });

  it('works on a narrow screen and by keyboard: the nav reaches every page', async () => {
    const v = await visit('#/', 380);
    await v.page.locator('#ethereum-tvl').waitFor();
    const width = await v.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 400, `no horizontal scroll at 380 px (page is ${width} px wide)`);
    await v.page.keyboard.press('Tab');
    await v.page.keyboard.press('Tab');
    await v.page.keyboard.press('Tab');
    await v.page.keyboard.press('Enter');
    await v.page.getByRole('heading', { name: /ZeroLend|Aave/ }).waitFor();
    await done(v, 'narrow-keyboard');
  });
});
