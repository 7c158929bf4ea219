// Screenshots of the reader as a user sees it, in headless Chromium (Debian's), for the README
// and for looking at pages by eye: node --import tsx scripts/screenshot.ts URL OUT.png [width]
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const [url, out, width] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node --import tsx scripts/screenshot.ts URL OUT.png [width]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width ?? 1000), height: 900 } });
await page.goto(url);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
