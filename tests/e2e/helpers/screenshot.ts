import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { TESTS_TMP_DIR } from './playground';

/** Where the specs' screenshots go (git-ignored with the rest of tests/.tmp/). */
export const SCREENSHOT_DIR = path.join(TESTS_TMP_DIR, 'e2e-screenshots');

/** Saves a PNG of the page as tests/.tmp/e2e-screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9._-]+/gi, '-')}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}
