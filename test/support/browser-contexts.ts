/**
 * A non-persistent Chromium, for tests that need several contexts or context options
 * that `launchBrowser` (one persistent profile) cannot give, such as
 * `javaScriptEnabled: false`. Same binary and sandbox flags as `browser.ts`.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';

/** A browser that opens contexts with any options; `close` ends it. */
export async function launchBrowserForContexts(): Promise<{
  browser: Browser;
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  close: () => Promise<void>;
}> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    browser,
    newContext: (options = {}) => browser.newContext({ viewport: { width: 1280, height: 900 }, ...options }),
    close: () => browser.close(),
  };
}
