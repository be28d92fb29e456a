import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import nl from '../../admin/src/translations/nl.json';
import { REPO_ROOT } from './helpers/playground';
import {
  createStaffUser,
  demoAdmin,
  e2eBaseUrl,
  eventually,
  loginToAdmin,
  newAdminContext,
  newCustomer,
  notification,
  openQueue,
  openTicket,
  pagePerTest,
  screenshot,
  setInterfaceLanguage,
  waitForAdminLanguage,
  type AuthenticatedClient,
} from './helpers';

const INCIDENT_CLASS_UID = 'plugin::helpdesk.incident-class';
const customerCreditsUrl = (id: number) => `${e2eBaseUrl()}/admin/plugins/helpdesk/credits/${id}`;
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * The whole page at 1280 px wide, with no notification over it. The admin panel scrolls inside its
 * own layout, so a full-page screenshot needs a window as tall as the page.
 */
async function tallScreenshot(page: Page, name: string, height: number) {
  // Strapi's notifications (a toaster at the top) close with their "Close" button.
  for (const button of await page.getByRole('button', { name: /^(Close|Sluiten)$/ }).all()) await button.click().catch(() => undefined);
  await page.setViewportSize({ width: 1280, height });
  await page.waitForTimeout(500);
  return screenshot(page, name);
}

/** A screenshot for the README, beside the run's own copy in tests/.tmp. */
async function docsScreenshot(page: Page, name: string, height: number) {
  fs.copyFileSync(await tallScreenshot(page, name, height), path.join(REPO_ROOT, 'docs', `${name}.png`));
}

describe('credits in the admin panel', () => {
  const session = pagePerTest();
  let admin: AuthenticatedClient;
  let customer: AuthenticatedClient;
  let customerId: number;
  let incidentClass: string;
  let ticket: { documentId: string; reference: string };

  const panel = (page: Page) => page.getByRole('region', { name: 'Credits', exact: true });
  const staffView = async () => (await admin.get(`/helpdesk/tickets/${ticket.documentId}`)).body.data;
  const balance = async () => (await admin.get(`/helpdesk/customers/${customerId}/credits`)).body.data.balance;
  const grant = (credits: number, reason: string) =>
    admin.post(`/helpdesk/customers/${customerId}/credits`, { data: { kind: 'grant', credits, reason, requestId: `e2e-${unique()}` } });

  beforeAll(async () => {
    admin = await demoAdmin();
    // A class of its own, so narrowing its range later touches no other spec's tickets.
    const created = await admin.post(`/content-manager/collection-types/${INCIDENT_CLASS_UID}`, {
      name: `Data migration (${unique()})`,
      description: 'Moving data in from another system.',
      creditsMin: 2,
      creditsMax: 5,
      alwaysFree: false,
      sortOrder: 90,
    }, { query: { locale: 'en' } });
    incidentClass = created.body.data.documentId;

    // A customer whose free period ended long ago, with one credit: a new ticket costs credits.
    customer = await newCustomer();
    customerId = customer.user.id;
    await admin.put(`/helpdesk/customers/${customerId}/support-from`, { data: { supportFrom: '2025-02-03T09:00:00.000Z' } });
    await grant(1, 'Welcome credit');
    const filed = await customer.post('/api/helpdesk/tickets', {
      data: { subject: 'Import our old orders', body: 'We have 12,000 orders in a CSV export from our previous shop.', incidentClass },
    });
    ticket = filed.body.data;
  });

  it('shows a paid ticket\'s estimate with its class range, waiting for the customer who is a credit short', async () => {
    const { page } = session;
    const detail = await staffView();
    expect([detail.billing, detail.status, detail.creditEstimate]).toEqual(['credits', 'awaiting_credit_confirmation', 2]);

    await openTicket(page, ticket.documentId);
    const credits = panel(page);
    await credits.getByText('Paid with credits').waitFor();
    await expect(credits.getByTestId('credits-estimate').innerText()).resolves.toBe('2 credits');
    await credits.getByText('Incident class range: 2–5 credits').waitFor();
    await credits.getByTestId('credits-waiting').getByText('Waiting for the customer to confirm').waitFor();
    await expect(credits.getByTestId('credits-missing').innerText()).resolves.toBe('Their balance is 1 credit short: they must top up first.');
    await expect(credits.getByTestId('credits-confirmed').innerText()).resolves.toBe('Not yet');
    await expect(credits.getByTestId('credits-balance').innerText()).resolves.toBe('1 credit');
    await credits.getByText(/^Free period ended /).waitFor();
    await expect(credits.getByTestId('credits-recent-row').count()).resolves.toBe(1);
  });

  it('revises the estimate in the panel, showing the server\'s refusal at the field', async () => {
    const { page } = session;
    await openTicket(page, ticket.documentId);
    const credits = panel(page);
    const estimate = credits.getByRole('textbox', { name: 'Revise the estimate' });
    await estimate.waitFor();
    // Meanwhile someone narrows the class to 2–3 credits: the page still offers up to 5.
    await admin.put(`/content-manager/collection-types/${INCIDENT_CLASS_UID}/${incidentClass}`, { creditsMax: 3 }, { query: { locale: 'en' } });

    await estimate.fill('5');
    await credits.getByRole('button', { name: 'Save' }).click();
    await credits.getByText("must be within the incident class's range of 2 to 3 credits").waitFor();
    expect((await staffView()).creditEstimate).toBe(2);

    await estimate.fill('3');
    await credits.getByRole('button', { name: 'Save' }).click();
    await notification(page, 'Estimate saved: the customer is asked by mail to confirm it').waitFor();
    await eventually(async () => credits.getByTestId('credits-estimate').innerText(), '3 credits');
    await credits.getByText('Incident class range: 2–3 credits').waitFor();
    await expect(credits.getByTestId('credits-missing').innerText()).resolves.toBe('Their balance is 2 credits short: they must top up first.');
    expect((await staffView()).creditEstimate).toBe(3);

    // The customer tops up and confirms: the ticket no longer waits.
    await grant(5, 'Top-up by bank transfer');
    await customer.post(`/api/helpdesk/tickets/${ticket.documentId}/confirm-credits`);
    await page.reload();
    await expect(panel(page).getByTestId('credits-confirmed').innerText()).resolves.toBe('up to 3 credits');
    expect(await panel(page).getByTestId('credits-waiting').count()).toBe(0);
  });

  it('logs time on its own and with a reply', async () => {
    const { page } = session;
    await openTicket(page, ticket.documentId);
    const credits = panel(page);
    await credits.getByRole('textbox', { name: 'Log time (minutes)' }).fill('45');
    await credits.getByRole('button', { name: 'Log' }).click();
    await notification(page, '45 min logged').waitFor();
    await eventually(async () => credits.getByTestId('credits-time').innerText(), '45 min');

    await page.getByRole('textbox', { name: 'Reply to the customer' }).fill('The import ran; please check a few orders.');
    await page.getByRole('textbox', { name: 'Time spent (minutes)' }).first().fill('30');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await notification(page, 'Reply sent').waitFor();
    await eventually(async () => credits.getByTestId('credits-time').innerText(), '1 hr 15 min');
    expect((await staffView()).minutesSpent).toBe(75);
    await expect(page.getByRole('textbox', { name: 'Time spent (minutes)' }).first().inputValue()).resolves.toBe('');

    await credits.getByText('Resolving charges this time, up to the confirmed cap of 3 credits.').waitFor();
    await docsScreenshot(page, 'staff-credits-ticket', 1900);
  });

  it('shows the customer\'s ledger, and an adjustment with a reason changes the balance', async () => {
    const { page } = session;
    await openTicket(page, ticket.documentId);
    await panel(page).getByRole('link', { name: 'All credits of this customer' }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/credits/${customerId}`));
    await page.getByRole('heading', { name: customer.user.username }).waitFor();
    await expect(page.getByTestId('customer-balance-value').innerText()).resolves.toBe('6 credits');
    await expect(page.getByTestId('customer-support-from').innerText()).resolves.toBe('February 3, 2025');
    await expect(page.getByTestId('customer-free-until').innerText()).resolves.toBe('March 5, 2025');
    const rows = page.getByTestId('ledger-row');
    await eventually(() => rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-kind'))), ['grant', 'grant']);
    await rows.first().getByText('Top-up by bank transfer').waitFor();

    // A reason is required.
    const form = page.getByTestId('adjust-form');
    await form.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Adjustment' }).click();
    await form.getByRole('textbox', { name: /^Credits/ }).fill('-2');
    await form.getByRole('button', { name: 'Review and confirm' }).click();
    await form.getByText('Say why.').waitFor();
    expect(await page.getByRole('alertdialog').count()).toBe(0);

    await form.getByRole('textbox', { name: /^Reason/ }).fill('The top-up was booked twice by mistake');
    await expect(form.getByTestId('adjust-preview').innerText()).resolves.toBe('Balance after: 4 credits');
    await form.getByRole('button', { name: 'Review and confirm' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Take 2 credits from the balance.').waitFor();
    await dialog.getByText('The balance goes from 6 to 4 credits.').waitFor();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await notification(page, 'Saved: the balance is now 4 credits').waitFor();
    await eventually(() => page.getByTestId('customer-balance-value').innerText(), '4 credits');
    expect(await balance()).toBe(4);
    await eventually(() => rows.first().getAttribute('data-kind'), 'adjustment');
    const adjustment = rows.first();
    await adjustment.getByText('The top-up was booked twice by mistake').waitFor();
    await expect(adjustment.locator('[data-delta]').innerText()).resolves.toMatch(/^[-−]2$/);
    await adjustment.getByText('Dana', { exact: false }).waitFor();
    // The form is empty again, for the next submission.
    await expect(form.getByRole('textbox', { name: /^Reason/ }).inputValue()).resolves.toBe('');
    await docsScreenshot(page, 'staff-credits-customer', 960);
  });

  it('lists the whole ledger from the queue, newest first, with kind and customer filters in the URL', async () => {
    const { page } = session;
    await openQueue(page);
    await page.getByRole('link', { name: 'Credits' }).click();
    await page.getByRole('heading', { name: 'Credit ledger' }).waitFor();
    const api = (await admin.get('/helpdesk/credits/transactions', { query: { pageSize: 25 } })).body.data;
    await eventually(() => page.getByTestId('ledger-row').count(), api.length);
    await screenshot(page, 'staff-credits-ledger');

    const customerFilter = page.getByRole('searchbox', { name: 'Customer id' });
    await customerFilter.fill(String(customerId));
    await customerFilter.press('Enter');
    await page.waitForURL(new RegExp(`[?&]customer=${customerId}`));
    await eventually(() => page.getByTestId('ledger-row').evaluateAll((all) => all.map((row) => row.getAttribute('data-kind'))), ['adjustment', 'grant', 'grant']);

    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Adjustment' }).click();
    await page.waitForURL(/[?&]kind=adjustment/);
    await eventually(() => page.getByTestId('ledger-row').count(), 1);
    await page.reload();
    await eventually(() => page.getByTestId('ledger-row').count(), 1);
    // The customer's name leads to their page.
    await page.getByTestId('ledger-row').getByRole('link', { name: customer.user.username }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/credits/${customerId}`));
  });

  it('offers an admin without "adjust customer credits" no adjust form, and a reader no estimate or time form', async () => {
    const agent = await createStaffUser(admin, {
      permissions: ['plugin::helpdesk.queue.read', 'plugin::helpdesk.tickets.reply', 'plugin::helpdesk.tickets.manage'],
    });
    const context = await newAdminContext(session.browser);
    const agentPage = await context.newPage();
    try {
      await loginToAdmin(agentPage, agent);
      await agentPage.goto(customerCreditsUrl(customerId));
      await agentPage.getByTestId('customer-balance-value').waitFor();
      await agentPage.getByTestId('adjust-read-only').getByText('Adjusting them needs the “adjust customer credits” permission.', { exact: false }).waitFor();
      expect(await agentPage.getByTestId('adjust-form').count()).toBe(0);
      expect(await agentPage.getByTestId('support-from-form').count()).toBe(0);
      // Tickets are still theirs to estimate.
      await openTicket(agentPage, ticket.documentId);
      await agentPage.getByRole('region', { name: 'Credits', exact: true }).getByRole('textbox', { name: 'Revise the estimate' }).waitFor();
    } finally {
      await context.close();
    }

    const reader = await createStaffUser(admin, { permissions: ['plugin::helpdesk.queue.read'] });
    const readerContext = await newAdminContext(session.browser);
    const readerPage = await readerContext.newPage();
    try {
      await loginToAdmin(readerPage, reader);
      await openTicket(readerPage, ticket.documentId);
      await panel(readerPage).getByTestId('credits-estimate').waitFor();
      expect(await panel(readerPage).getByRole('textbox').count()).toBe(0);
      expect(await panel(readerPage).getByRole('button').count()).toBe(0);
    } finally {
      await readerContext.close();
    }
  });

  it('reads in Dutch', async () => {
    const agent = await createStaffUser(admin, {
      permissions: ['plugin::helpdesk.queue.read', 'plugin::helpdesk.tickets.reply', 'plugin::helpdesk.tickets.manage', 'plugin::helpdesk.credits.adjust'],
    });
    await setInterfaceLanguage(agent.client, 'nl');
    const context = await newAdminContext(session.browser);
    const page = await context.newPage();
    try {
      await loginToAdmin(page, agent);
      await waitForAdminLanguage(page, 'nl');
      await openTicket(page, ticket.documentId);
      const credits = page.getByRole('region', { name: nl['credits.title'], exact: true });
      await credits.getByText(nl['credits.billing.credits']).waitFor();
      await expect(credits.getByTestId('credits-estimate').innerText()).resolves.toBe('3 credits');
      await credits.getByText('Bereik van de incidentcategorie: 2 tot 3 credits').waitFor();
      await expect(credits.getByTestId('credits-time').innerText()).resolves.toBe('1 uur 15 min');
      await tallScreenshot(page, 'staff-credits-ticket-nl', 1900);
      await page.setViewportSize({ width: 1280, height: 800 });

      await page.goto(customerCreditsUrl(customerId));
      await expect(page.getByTestId('customer-balance-value').innerText()).resolves.toBe('4 credits');
      await page.getByRole('heading', { name: nl['adjust.title'] }).waitFor();
      await tallScreenshot(page, 'staff-credits-customer-nl', 960);
    } finally {
      await context.close();
    }
  });
});
