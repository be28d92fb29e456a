import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { adminClient, DEMO_ADMIN, loginToAdmin } from './admin';
import { launchChromium, newAdminContext, type LaunchedBrowser } from './browser';
import { E2E_TMP_DIR, e2eBaseUrl } from './env';
import { AuthenticatedClient, RestClient } from './rest';

/**
 * Strapi allows five logins per address in five minutes, so the specs log the demo admin in once
 * per run (per server) and reuse that session: the browser's storage state for pages, the token
 * for the staff API. Both are good for far longer than a run.
 */
const sessionFile = (kind: 'browser' | 'api') => path.join(E2E_TMP_DIR, `admin-${kind}-${new URL(e2eBaseUrl()).port}.json`);
const fresh = (file: string) => fs.existsSync(file) && Date.now() - fs.statSync(file).mtimeMs < 20 * 60_000;

/** The demo admin's staff-API client, logged in once per run. */
export async function demoAdmin(): Promise<AuthenticatedClient> {
  const file = sessionFile('api');
  if (fresh(file)) {
    const { token, user } = JSON.parse(fs.readFileSync(file, 'utf8'));
    return new AuthenticatedClient(e2eBaseUrl(), token, user);
  }
  const client = await adminClient(DEMO_ADMIN);
  fs.mkdirSync(E2E_TMP_DIR, { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ token: client.token, user: client.user }));
  return client;
}

/** A new browser context already logged in as the demo admin (logged in through the form once per run). */
export async function demoAdminContext(browser: Browser): Promise<BrowserContext> {
  const file = sessionFile('browser');
  if (!fresh(file)) {
    const context = await newAdminContext(browser);
    const page = await context.newPage();
    await loginToAdmin(page, DEMO_ADMIN, { rememberMe: true });
    fs.mkdirSync(E2E_TMP_DIR, { recursive: true });
    await context.storageState({ path: file });
    await context.close();
  }
  return newAdminContext(browser, { storageState: file });
}

/** The plugin's queue page, with the given URL query (e.g. `?tier=priority`). */
export const queueUrl = (query = '') => `${e2eBaseUrl()}/admin/plugins/helpdesk${query}`;
export const ticketUrl = (documentId: string) => `${e2eBaseUrl()}/admin/plugins/helpdesk/tickets/${documentId}`;

export const queueRows = (page: Page) => page.locator('[data-testid="queue-row"]');

/** Opens the queue and waits until it shows its rows (or says it has none). */
export async function openQueue(page: Page, query = ''): Promise<void> {
  await page.goto(queueUrl(query));
  await waitForQueue(page);
}

export async function waitForQueue(page: Page): Promise<void> {
  await page.locator('[data-testid="queue-row"], [data-testid="queue-empty"]').first().waitFor({ timeout: 30_000 });
}

/** The references of the rows on screen, top to bottom. */
export async function shownReferences(page: Page): Promise<string[]> {
  return queueRows(page).locator('td:nth-child(2)').allInnerTexts();
}

/** A ticket filed through the customer API, as the customer's site would. */
export async function fileTicket(customer: RestClient, data: { subject: string; body: string; tier?: string }): Promise<{ documentId: string; reference: string }> {
  const response = await customer.post('/api/helpdesk/tickets', { data });
  return response.body.data;
}

/** Opens a ticket's page and waits for its thread. */
export async function openTicket(page: Page, documentId: string): Promise<void> {
  await page.goto(ticketUrl(documentId));
  await page.locator('[data-testid="thread-message"]').first().waitFor({ timeout: 30_000 });
}

/** The message of the notification Strapi shows (success or error). */
export const notification = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).or(page.getByRole('alert').filter({ hasText: text }));

/** Polls `read` until it gives `expected` (deep equality), then returns it; fails with the last value after the timeout. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await read();
  }
  expect(last).toEqual(expected);
  return last;
}

let customerCounter = 0;

/**
 * A new customer, registered through the site's sign-up route as a visitor would. Each has its own
 * ticket budget: the demo customers would reach the hourly filing limit over a whole run.
 */
export async function newCustomer(): Promise<AuthenticatedClient> {
  customerCounter += 1;
  const name = `e2e-${Date.now().toString(36)}-${process.pid}-${customerCounter}`;
  const response = await new RestClient(e2eBaseUrl()).post('/api/auth/local/register', {
    username: name,
    email: `${name}@example.com`,
    password: 'Customer123!',
  });
  return new AuthenticatedClient(e2eBaseUrl(), response.body.jwt, response.body.user);
}

export interface PerTestPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * One Chromium for the spec file and a fresh context and page for each test, made by `newContext`
 * (the demo admin's session by default). Call it in a describe block; read the page in the tests.
 */
export function pagePerTest(newContext: (browser: Browser) => Promise<BrowserContext> = demoAdminContext): PerTestPage {
  const state = {} as PerTestPage;
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    launched = await launchChromium();
    state.browser = launched.browser;
  });
  afterAll(async () => {
    await launched?.close();
  });
  beforeEach(async () => {
    state.context = await newContext(state.browser);
    state.page = await state.context.newPage();
  });
  afterEach(async () => {
    await state.context?.close();
  });
  return state;
}
