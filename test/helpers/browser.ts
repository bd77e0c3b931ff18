import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type ApiServer, startApiServer } from './apiServer.ts';

/** Debian's Chromium (scripts/test.sh installs it: apt-get install -y chromium fonts-liberation). */
export const CHROMIUM = '/usr/bin/chromium';

/** Launches headless Chromium with no background traffic (TOOLCHAIN.md), or says how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: run (as root) apt-get update && apt-get install -y chromium fonts-liberation`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Screenshots of the dashboard tests are kept here as test artifacts (gitignored). */
export const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts/dashboard');

/** The dashboard as a browser test drives it: the API server over the real store, and Chromium. */
export async function startDashboard(): Promise<{ api: ApiServer; browser: Browser }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const api = await startApiServer({ computeRateLimit: 1000 });
  return { api, browser: await launchChromium() };
}

/** Waits until at least `n` canvases on the page have a painted pixel (charts draw after their data arrives). */
export async function painted(page: Page, n: number, timeoutMs = 20_000): Promise<void> {
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
    { timeout: timeoutMs },
  );
}
