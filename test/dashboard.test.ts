import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
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

async function done(v: Visit, name: string): Promise<void> {
  await v.page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
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

  it('overview: stacked layers and the L2 share draw; the numbers open as a table', async () => {
    const v = await visit('#/');
    await v.page.getByText('on Ethereum L1').waitFor();
    await painted(v.page, 2);
    await v.page.getByText("The numbers behind “L2 share of Ethereum's value”").click();
    const rows = v.page.locator('table:has(caption:text("L2 share by day")) tbody tr');
    assert.ok((await rows.count()) > 30);
    assert.match((await rows.first().innerText()).trim(), /^\d{4}-\d{2}-\d{2}\s+\d+\.\d%$/);
    await done(v, 'overview');
  });

  it('protocol: ZeroLend peaks on 2024-11-08; the ETH toggle redraws the chart in ETH', async () => {
    const v = await visit('#/protocol/zerolend');
    await v.page.locator('#drawdown-line').waitFor();
    assert.match(await v.page.locator('#drawdown-line').innerText(), /peak \$358\.\d\dM on 2024-11-08/);
    await painted(v.page, 2);
    await v.page.locator('#score-drivers').waitFor();
    assert.match(
      await v.page.locator('#score-drivers').innerText(),
      /^ZeroLend scores \d+\/100 on \d{4}-\d{2}-\d{2} because/,
    );
    await v.page.getByLabel('ETH').check();
    await v.page.getByRole('heading', { name: 'TVL in ETH' }).waitFor();
    await v.page.locator('#drawdown-line', { hasText: 'ETH' }).waitFor();
    assert.match(await v.page.locator('#drawdown-line').innerText(), /below peak in ETH/);
    await painted(v.page, 2);
    await done(v, 'protocol');
  });

  it('markets: choosing another category changes the concentration figures', async () => {
    const v = await visit('#/markets');
    await v.page.locator('#hhi-value').waitFor();
    const first = await v.page.locator('#hhi-value').innerText();
    const select = v.page.locator('form select');
    const options = await select.locator('option').allInnerTexts();
    const other = options.find((o) => o.startsWith('Dexs')) as string;
    await select.selectOption({ label: other });
    await v.page.getByRole('heading', { name: 'Dexs: shares of the largest participants' }).waitFor();
    assert.notEqual(await v.page.locator('#hhi-value').innerText(), first);
    await painted(v.page, 2);
    await done(v, 'markets');
  });

  it('L2s and Bitcoin layers: rosettes, and sorting by value puts the largest first', async () => {
    const v = await visit('#/systems');
    await v.page.locator('#systems-table').waitFor();
    assert.ok((await v.page.locator('#systems-table svg[role="img"]').count()) >= 10);
    await v.page.locator('#systems-table th button', { hasText: 'value' }).click();
    const sort = await v.page.locator('#systems-table th[aria-sort="descending"]').innerText();
    assert.match(sort, /value/);
    const firstRow = await v.page.locator('#systems-table tbody tr').first().innerText();
    assert.match(firstRow, /Arbitrum One/);
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
    assert.match(
      await v.page.locator('#upload-verdict').innerText(),
      /^Insecure on graph: 1 validator\(s\) can attack s1/,
    );
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
    assert.match(await v.page.locator('#stress-figures').innerText(), /\$975\.43M\s+bad debt/);
    await painted(v.page, 1);
    await done(v, 'lending');
  });

  it('watchlist: the lowest scores draw; sorting by score puts the lowest first; a row links to its protocol', async () => {
    const v = await visit('#/watchlist');
    await v.page.locator('#watchlist-table').waitFor();
    await painted(v.page, 1);
    await v.page.locator('#watchlist-table th button', { hasText: 'score' }).click();
    await v.page.locator('#watchlist-table th button', { hasText: 'score' }).click();
    assert.match(await v.page.locator('#watchlist-table th[aria-sort="ascending"]').innerText(), /score/);
    const scores = (await v.page.locator('#watchlist-table tbody tr td:nth-child(3)').allInnerTexts()).map(
      Number,
    );
    assert.ok(scores.length > 5);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => a - b),
    );
    assert.ok(scores.every((x) => x < 60));
    await done(v, 'watchlist');
  });

  it('works on a narrow screen and by keyboard: the nav reaches every page', async () => {
    const v = await visit('#/', 380);
    await v.page.getByText('on Ethereum L1').waitFor();
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
