import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { ConcentrationResult } from '../src/app/concentration.ts';
import type { DrawdownsResult } from '../src/app/drawdowns.ts';
import type { L2SystemsResult } from '../src/app/l2Systems.ts';
import type { LayersResult } from '../src/app/layers.ts';
import type { ProtocolResult } from '../src/app/protocol.ts';
import type { TvlResult } from '../src/app/tvlSeries.ts';
import type { WatchlistResult } from '../src/app/watchlist.ts';
import { type ApiServer, startApiServer } from './helpers/apiServer.ts';
import { launchChromium } from './helpers/browser.ts';

/** Screenshots are kept here as test artifacts (gitignored), one per page and one after its interaction. */
const ARTIFACTS = join(import.meta.dirname, '../test-artifacts/dashboard');

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

/** Waits until at least `n` canvases on the page have a painted pixel (charts draw after their data arrives). */
async function painted(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (want) =>
      [...document.querySelectorAll('canvas')].filter((c) => {
        const ctx = c.getContext('2d');
        if (!ctx || c.width === 0 || c.height === 0) return false;
        const data = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
        return false;
      }).length >= want,
    n,
    { timeout: 20_000 },
  );
}

/** A route's document as the API answers it (the figure a user checks the page against). */
async function apiDocument<T>(path: string): Promise<T> {
  const response = await fetch(`${api.url}${path}`);
  assert.equal(response.status, 200, path);
  return (await response.json()) as T;
}

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
    mkdirSync(ARTIFACTS, { recursive: true });
    api = await startApiServer({ computeRateLimit: 1000 });
    browser = await launchChromium();
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

  it('restaking: restaked vs slashable draws; an uploaded network shows its attacking coalition', async () => {
    const v = await visit('#/restaking');
    await v.page.getByRole('heading', { name: 'Restaked vs slashable stake per service' }).waitFor();
    await v.page
      .getByLabel('Network file')
      .setInputFiles(join(import.meta.dirname, 'fixtures/restaking/insecure.json'));
    await v.page.locator('#upload-verdict').waitFor();
    assert.match(await text(v.page, '#upload-verdict'), /^Insecure on graph: 1 validator\(s\) can attack s1/);
    await painted(v.page, 2);
    await done(v, 'restaking');
  });

  it('lending: moving the ETH slider to −40% shows the stress figures the CLI gives', async () => {
    const v = await visit('#/lending');
    await v.page.locator('#stress-figures').waitFor();
    const slider = v.page.locator('#shock');
    await slider.focus();
    for (let i = 0; i < 4; i++) await slider.press('ArrowRight');
    await v.page.locator('#shock-value', { hasText: '40%' }).waitFor();
    await v.page.locator('#stress-figures', { hasText: '$5.33B' }).waitFor();
    assert.match(await text(v.page, '#stress-figures'), /\$975\.43M\s+bad debt/);
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
