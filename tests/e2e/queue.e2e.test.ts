import {
  customerClient,
  newCustomer,
  demoAdmin,
  e2eBaseUrl,
  DEMO_CUSTOMERS,
  eventually,
  fileTicket,
  pagePerTest,
  openQueue,
  queueRows,
  screenshot,
  shownReferences,
  waitForQueue,
  type AuthenticatedClient,
} from './helpers';

describe('the ticket queue page', () => {
  const session = pagePerTest();
  let admin: AuthenticatedClient;

  beforeAll(async () => {
    admin = await demoAdmin();
  });

  it('is reached from the main menu and lists the open tickets in exactly the order of the staff API, priority first', async () => {
    const { page } = session;
    await page.goto(e2eBaseUrl() + '/admin');
    await page.getByRole('link', { name: 'Helpdesk' }).click();
    await page.getByRole('heading', { name: 'Ticket queue' }).waitFor();
    await waitForQueue(page);

    const api = (await admin.get('/helpdesk/tickets', { query: { pageSize: 25 } })).body;
    const expected = api.data.map((ticket: any) => ticket.reference);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(await shownReferences(page)).toEqual(expected);

    // The seed has priority tickets: they lead, and stand out.
    const priorityCount = api.data.filter((ticket: any) => ticket.tier === 'priority').length;
    expect(priorityCount).toBeGreaterThan(0);
    for (let index = 0; index < priorityCount; index += 1) {
      await expect(queueRows(page).nth(index).locator('[data-tier="priority"]').isVisible()).resolves.toBe(true);
    }
    // Resolved and closed tickets are not in the default view.
    expect(api.data.every((ticket: any) => !['resolved', 'closed'].includes(ticket.status))).toBe(true);
    await screenshot(page, 'queue');
  });

  it('narrows the list with a filter that lives in the URL: it survives a reload, and Back undoes it', async () => {
    const { page } = session;
    await openQueue(page);
    const everything = await shownReferences(page);
    const priority = (await admin.get('/helpdesk/tickets', { query: { tier: 'priority' } })).body.data.map((ticket: any) => ticket.reference);
    expect(priority.length).toBeLessThan(everything.length);

    await page.getByRole('combobox', { name: 'Tier' }).click();
    await page.getByRole('option', { name: 'Priority' }).click();
    await page.waitForURL(/[?&]tier=priority/);
    await eventually(() => shownReferences(page), priority);

    await page.reload();
    await waitForQueue(page);
    expect(await shownReferences(page)).toEqual(priority);
    await expect(page.getByRole('combobox', { name: 'Tier' }).innerText()).resolves.toContain('Priority');

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('tier='));
    await eventually(() => shownReferences(page), everything);
  });

  it('finds a ticket by text and says so when nothing matches', async () => {
    const { page } = session;
    await openQueue(page);
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('no ticket says this 7f3c');
    await search.press('Enter');
    await page.getByText('No ticket matches these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await waitForQueue(page);
    expect(await queueRows(page).count()).toBeGreaterThan(0);
  });

  it('says how many tickets arrived since the last look, and marks them new', async () => {
    const { page } = session;
    await openQueue(page);
    const alice = await newCustomer();
    const run = Date.now().toString(36);
    await fileTicket(alice, { subject: `Arrived while the page was open ${run} (1)`, body: 'First' });
    await fileTicket(alice, { subject: `Arrived while the page was open ${run} (2)`, body: 'Second' });

    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByText('2 new tickets since').waitFor();
    const arrived = queueRows(page).filter({ hasText: `Arrived while the page was open ${run} (1)` });
    await expect(arrived.locator('[data-new-arrival]').textContent()).resolves.toBe('Just in');
    await page.getByRole('button', { name: 'Mark as seen' }).click();
    await page.getByText('2 new tickets since').waitFor({ state: 'detached' });
  });

  it('badges a penalised customer, with the reasons and "why here" on keyboard focus', async () => {
    const { page } = session;
    const bob = await customerClient(DEMO_CUSTOMERS.bob);
    await admin.put(`/helpdesk/customers/${bob.user.id}/fair-use`, { data: { mode: 'pin', score: 80, reason: 'e2e: repeated duplicates' } });
    try {
      await openQueue(page, `?customer=${encodeURIComponent(DEMO_CUSTOMERS.bob.email)}`);
      const badge = queueRows(page).first().getByText('Fair use 80');
      await badge.waitFor();
      await badge.locator('xpath=ancestor::button[1]').focus();
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      await expect(tooltip.innerText()).resolves.toMatch(/Fair-use score 80[\s\S]*Why here[\s\S]*Behind the other customers of its tier/);
      await page.waitForTimeout(400); // the tooltip fades in
      await screenshot(page, 'queue-fair-use');
    } finally {
      await admin.delete(`/helpdesk/customers/${bob.user.id}/fair-use`);
    }
  });
});
