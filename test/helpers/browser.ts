import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

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
