import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { e2eBaseUrl } from './env';

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM_PATH = process.env.HELPDESK_E2E_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedBrowser {
  browser: Browser;
  /** Closes the browser and deletes its profile directory. */
  close(): Promise<void>;
}

/**
 * Starts Chromium with a new temp profile (--user-data-dir). Make pages from `browser.newContext()`:
 * each context is a fresh, cookie-less session.
 *
 * Playwright refuses `--user-data-dir` in the args of `chromium.launch()` (it makes a profile of its
 * own there); `launchPersistentContext()` is how it takes a given profile directory, and its
 * browser opens further, independent contexts with `newContext()`.
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpdesk-e2e-chromium-'));
  let persistent: BrowserContext;
  try {
    persistent = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const browser = persistent.browser() as Browser;
  return {
    browser,
    async close() {
      await persistent.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface AdminContextOptions extends BrowserContextOptions {
  /**
   * Start as an admin who has already closed Strapi's guided tour and its "new Media Library"
   * banner, so neither covers the page (default true).
   */
  quiet?: boolean;
  baseUrl?: string;
}

/**
 * A new browser context for the admin panel: 1280×800 unless told otherwise, and quiet (see above).
 * Strapi keeps both flags in localStorage; the banner's key carries the app's uuid from /admin/init.
 */
export async function newAdminContext(browser: Browser, options: AdminContextOptions = {}): Promise<BrowserContext> {
  const { quiet = true, baseUrl = e2eBaseUrl(), ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  if (quiet) {
    const init = (await (await fetch(`${baseUrl}/admin/init`)).json()) as { data?: { uuid?: string } };
    const uuid = init.data?.uuid ?? 'undefined';
    await context.addInitScript(
      ({ uuid: appUuid }) => {
        // Runs in the page. Reached through globalThis so this file also type-checks without the
        // DOM typings (the bench imports it).
        try {
          const storage = (globalThis as any).localStorage;
          if (storage.getItem('STRAPI_GUIDED_TOUR') === null) {
            storage.setItem('STRAPI_GUIDED_TOUR', JSON.stringify({ enabled: false, hidden: true, completedActions: [] }));
          }
          for (const legacy of ['true', 'false']) {
            storage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${appUuid}`, 'true');
          }
        } catch {
          // about:blank and other opaque origins have no localStorage
        }
      },
      { uuid }
    );
  }
  return context;
}
