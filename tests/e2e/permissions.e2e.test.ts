import {
  createStaffUser,
  newCustomer,
  demoAdmin,
  e2eBaseUrl,
  fileTicket,
  pagePerTest,
  loginToAdmin,
  newAdminContext,
  openTicket,
  queueUrl,
  screenshot,
  waitForQueue,
  type StaffUser,
} from './helpers';

describe('the Helpdesk pages follow the admin\'s permissions', () => {
  const session = pagePerTest(newAdminContext);

  it('offers a reader who holds only "read the queue" no reply box and no status menu', async () => {
    const { page } = session;
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
    const { page } = session;
    const outsider = await createStaffUser(await demoAdmin(), { permissions: ['plugin::helpdesk.settings.read'] });
    await loginToAdmin(page, outsider);
    await page.getByRole('link', { name: 'Content Manager' }).waitFor();
    expect(await page.getByRole('link', { name: 'Helpdesk' }).count()).toBe(0);

    await page.goto(queueUrl());
    await page.getByText("You don't have the permissions to access that content").waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(e2eBaseUrl()).origin);
  });
});
