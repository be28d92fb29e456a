import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createStaffUser,
  newCustomer,
  demoAdmin,
  e2eBaseUrl,
  fileTicket,
  launchChromium,
  loginToAdmin,
  newAdminContext,
  openTicket,
  queueUrl,
  screenshot,
  waitForQueue,
  type LaunchedBrowser,
  type StaffUser,
} from './helpers';

describe('the Helpdesk pages follow the admin\'s permissions', () => {
  let launched: LaunchedBrowser;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    launched = await launchChromium();
    browser = launched.browser;
  });
  afterAll(async () => {
    await launched?.close();
  });
  beforeEach(async () => {
    context = await newAdminContext(browser);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  it('offers a reader who holds only "read the queue" no reply box and no status menu', async () => {
    const reader: StaffUser = await createStaffUser(await demoAdmin(), { permissions: ['plugin::helpdesk.queue.read'] });
    const alice = await newCustomer();
    const ticket = await fileTicket(alice, { subject: 'Read-only look at a ticket', body: 'Staff who only read see this.' });

    await loginToAdmin(page, reader);
    await page.getByRole('link', { name: 'Helpdesk' }).click();
    await waitForQueue(page);
    await openTicket(page, ticket.documentId);
    await page.getByText('Staff who only read see this.').waitFor();

    await page.getByText('Answering needs the “reply and write internal notes” permission.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Reply to the customer' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Change status' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Assign to me' }).count()).toBe(0);
    await screenshot(page, 'ticket-read-only', { fullPage: true });
  });

  it('shows an admin without "read the queue" no menu link, and Strapi\'s no-permission page at the address', async () => {
    const outsider = await createStaffUser(await demoAdmin(), { permissions: ['plugin::helpdesk.settings.read'] });
    await loginToAdmin(page, outsider);
    await page.getByRole('link', { name: 'Content Manager' }).waitFor();
    expect(await page.getByRole('link', { name: 'Helpdesk' }).count()).toBe(0);

    await page.goto(queueUrl());
    await page.getByText("You don't have the permissions to access that content").waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(e2eBaseUrl()).origin);
  });
});
