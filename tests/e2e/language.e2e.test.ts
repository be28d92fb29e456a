import type { Browser, BrowserContext, Page } from 'playwright-core';
import en from '../../admin/src/translations/en.json';
import nl from '../../admin/src/translations/nl.json';
import {
  createStaffUser,
  newCustomer,
  demoAdmin,
  fileTicket,
  launchChromium,
  loginToAdmin,
  newAdminContext,
  openTicket,
  screenshot,
  setInterfaceLanguage,
  waitForAdminLanguage,
  waitForQueue,
  type LaunchedBrowser,
} from './helpers';

describe('the Helpdesk pages in the admin\'s interface language', () => {
  let launched: LaunchedBrowser;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    launched = await launchChromium();
    browser = launched.browser;
    context = await newAdminContext(browser);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await launched?.close();
  });

  it('reads in Dutch for an admin who picked Dutch: menu link, headings and buttons', async () => {
    // The strings checked are real translations, not English copies.
    for (const key of ['menu.label', 'queue.title', 'queue.refresh', 'composer.send', 'composer.noteTab'] as const) {
      expect(nl[key]).not.toBe(en[key]);
    }
    const agent = await createStaffUser(await demoAdmin(), {
      permissions: ['plugin::helpdesk.queue.read', 'plugin::helpdesk.tickets.reply', 'plugin::helpdesk.tickets.manage'],
    });
    await setInterfaceLanguage(agent.client, 'nl');
    const alice = await newCustomer();
    const ticket = await fileTicket(alice, { subject: 'Vraag over de factuur', body: 'Waar vind ik mijn factuur?' });

    await loginToAdmin(page, agent);
    await waitForAdminLanguage(page, 'nl');
    await page.getByRole('link', { name: nl['menu.label'] }).click();
    await page.getByRole('heading', { name: nl['queue.title'] }).waitFor();
    await waitForQueue(page);
    await page.getByRole('button', { name: nl['queue.refresh'] }).waitFor();
    await page.getByRole('combobox', { name: nl['filters.tier'] }).waitFor();
    await screenshot(page, 'queue-nl');

    await openTicket(page, ticket.documentId);
    await page.getByRole('button', { name: nl['composer.send'] }).waitFor();
    await page.getByRole('tab', { name: nl['composer.noteTab'] }).waitFor();
    await page.getByRole('button', { name: nl['status.change'] }).waitFor();
    await page.getByText(nl['sla.title'], { exact: true }).waitFor();
  });
});
