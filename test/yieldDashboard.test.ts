import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { RestakingYieldStackResult } from '../src/app/yield/restakingYieldStack.ts';
import type { YieldBreakdownResult } from '../src/app/yield/yieldBreakdown.ts';
import type { YieldCliffResult } from '../src/app/yield/yieldCliff.ts';
import type { ApiServer } from './helpers/apiServer.ts';
import { ARTIFACTS, painted, startDashboard } from './helpers/browser.ts';

let api: ApiServer;
let browser: Browser;

/** A route's document as the API answers it: the figures a user checks the page against. */
async function apiDocument<T>(path: string): Promise<T> {
  const response = await fetch(`${api.url}${path}`);
  assert.equal(response.status, 200, path);
  return (await response.json()) as T;
}

/** As the page prints them: an APY in percent a year (4.80%), a share (12.3%), a change (+1.2% / -28.7%). */
const apy = (x: number | null | undefined) => `${(x ?? Number.NaN).toFixed(2)}%`;
const percent = (x: number | null | undefined) => `${(100 * (x ?? Number.NaN)).toFixed(1)}%`;
const signed = (x: number | null | undefined) => `${(x ?? 0) >= 0 ? '+' : ''}${percent(x)}`;

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('the Yield page in Chromium', () => {
  before(async () => {
    ({ api, browser } = await startDashboard());
  });
  after(async () => {
    await browser?.close();
    await api?.close();
  });

  it("shows each chain's base vs reward APY, the measured cliff and weETH's stack as the documents give them, dated", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    const offsite: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') offsite.push(r.url());
    });
    await page.goto(`${api.url}/#/yield`);
    const [ethereum, cliff, stack] = await Promise.all([
      apiDocument<YieldBreakdownResult>('/api/v1/yield?chain=ethereum&limit=15'),
      apiDocument<YieldCliffResult>('/api/v1/yield/cliff?episodes=all&limit=5000'),
      apiDocument<RestakingYieldStackResult>('/api/v1/yield/stack?token=weETH'),
    ]);
    assert.ok(ethereum.totals && ethereum.asOf && stack.asOf);

    await page.locator('#yield-base').waitFor();
    assert.equal(await text(page, '#yield-base'), apy(ethereum.totals.baseApy));
    assert.equal(await text(page, '#yield-reward'), apy(ethereum.totals.rewardApy));
    assert.equal(await text(page, '#yield-incentive-share'), percent(ethereum.totals.incentiveShare));
    assert.ok((await text(page, '#yield-line')).startsWith(`Ethereum on ${ethereum.asOf}:`));
    const top = ethereum.breakdowns[0]?.items[0];
    assert.ok(top);
    await page.getByText('The numbers behind “Ethereum: base and reward APY by protocol').click();
    const row = await text(page, `#yield-table tbody tr:has-text("${top.label}")`);
    assert.ok(row.includes(apy(top.baseApy)) && row.includes(apy(top.rewardApy)), row);

    await page.locator('#cliff-difference-90').waitFor();
    const ninety = cliff.measured.sustained.horizons.find((h) => h.horizon === 90);
    assert.equal(await text(page, '#cliff-difference-90'), signed(ninety?.difference?.median));
    assert.ok(
      (await text(page, '#cliff-line')).startsWith(
        `${cliff.episodeCoverage.episodes.toLocaleString('en-US')} reward-fall episodes`,
      ),
    );

    await page.locator('#stack-known').waitFor();
    assert.equal(await text(page, '#stack-known'), apy(stack.knownApy));
    assert.equal(await text(page, '#stack-exit'), apy(stack.duringExitApy));

    const provenance = (await page.locator('.provenance').allTextContents()).join('\n');
    for (const doc of [ethereum, cliff, stack])
      assert.ok(provenance.includes(`As of ${doc.asOf}`), `${doc.schema}: its day is shown (${provenance})`);
    await painted(page, 4, 30_000);
    await page.screenshot({ path: join(ARTIFACTS, 'yield.png'), fullPage: true });

    // Choose a protocol: its chains, stacked, as its own document gives them.
    const aerodrome = await apiDocument<YieldBreakdownResult>('/api/v1/yield?protocol=aerodrome&limit=15');
    await page.locator('#yield-kind').selectOption('protocol');
    await page.locator('#yield-subject').fill('aerodrome');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForFunction(() =>
      document.querySelector('#yield-line')?.textContent?.startsWith('Aerodrome'),
    );
    assert.equal(await text(page, '#yield-base'), apy(aerodrome.totals?.baseApy));
    assert.equal(await text(page, '#yield-incentive-share'), percent(aerodrome.totals?.incentiveShare));
    assert.ok((await text(page, '#yield-line')).includes(`on ${aerodrome.asOf}`));
    // Another token's stack: ezETH has no pool in the stored yields, and the page says so instead of a 0%.
    const ezeth = await apiDocument<RestakingYieldStackResult>('/api/v1/yield/stack?token=ezETH');
    assert.equal(ezeth.pool, null);
    await page.getByLabel('ezETH').check();
    await page.waitForFunction(() => document.querySelector('#stack-line')?.textContent?.startsWith('ezETH'));
    assert.equal(await text(page, '#stack-line'), 'ezETH: no pool on or before the newest day.');
    assert.equal(await page.locator('#stack-known').count(), 0);
    await page.screenshot({ path: join(ARTIFACTS, 'yield-after.png'), fullPage: true });

    assert.deepEqual(await page.locator('[role="alert"]').allTextContents(), [], 'errors shown');
    assert.deepEqual(errors, [], 'console errors');
    assert.deepEqual(offsite, [], 'requests off 127.0.0.1');
    await page.close();
  });
});
