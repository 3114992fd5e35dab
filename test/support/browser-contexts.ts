/**
 * A non-persistent Chromium, for tests that need several contexts or context options
 * that `launchBrowser` (one persistent profile) cannot give, such as
 * `javaScriptEnabled: false`. Same binary and sandbox flags as `browser.ts`.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { CHROMIUM } from './browser.ts';

// Keep in step with the flags of browser.ts (not exported there).
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser that opens contexts with any options; `close` ends it. */
export async function launchBrowserForContexts(): Promise<{
  browser: Browser;
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  close: () => Promise<void>;
}> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  return {
    browser,
    newContext: (options = {}) => browser.newContext({ viewport: { width: 1280, height: 900 }, ...options }),
    close: () => browser.close(),
  };
}
