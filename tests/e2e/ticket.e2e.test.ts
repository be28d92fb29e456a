import {
  newCustomer,
  demoAdmin,
  eventually,
  fileTicket,
  pagePerTest,
  notification,
  openQueue,
  openTicket,
  queueRows,
  screenshot,
  type AuthenticatedClient,
} from './helpers';

describe('the ticket page', () => {
  const session = pagePerTest();
  let admin: AuthenticatedClient;
  let alice: AuthenticatedClient;
  const customerView = async (documentId: string) => (await alice.get(`/api/helpdesk/tickets/${documentId}`)).body.data;

  beforeAll(async () => {
    admin = await demoAdmin();
    alice = await newCustomer();
  });

  it('shows a conversation oldest first, with customer, staff and internal messages told apart', async () => {
    const { page } = session;
    // The demo ticket with the longest thread that holds an internal note.
    const queue = (await admin.get('/helpdesk/tickets', { query: { status: 'open,waiting_on_customer,awaiting_credit_confirmation,resolved', pageSize: 100 } })).body.data;
    const details = await Promise.all(queue.map(async (row: any) => (await admin.get(`/helpdesk/tickets/${row.documentId}`)).body.data));
    const withNotes = details.filter((detail: any) => detail.messages.some((message: any) => message.internal));
    expect(withNotes.length).toBeGreaterThan(0);
    const ticket = withNotes.sort((a: any, b: any) => b.messages.length - a.messages.length)[0];

    await openTicket(page, ticket.documentId);
    const shown = page.locator('[data-testid="thread-message"]');
    await eventually(() => shown.count(), ticket.messages.length + 1);
    const kinds = await shown.evaluateAll((articles) => articles.map((article) => [article.getAttribute('data-author-kind'), article.getAttribute('data-internal')]));
    expect(kinds).toEqual([
      ['customer', 'false'],
      ...ticket.messages.map((message: any) => [message.authorKind, String(message.internal)]),
    ]);
    expect(await shown.first().innerText()).toContain(ticket.body);
    expect(await shown.last().innerText()).toContain(ticket.messages.at(-1).body);
    for (const article of await page.locator('[data-testid="thread-message"][data-internal="true"]').all()) {
      expect(await article.textContent()).toContain('Internal note');
    }
    await page.waitForTimeout(300);
    await screenshot(page, 'ticket-thread', { fullPage: true });
  });

  it('opens from the queue, and a reply sent with "wait on customer" reaches the customer with the new status', async () => {
    const { page } = session;
    const subject = `Export to CSV drops accents (${Date.now().toString(36)})`;
    const ticket = await fileTicket(alice, { subject, body: 'Names like Zoë come out as Zo?.' });
    await openQueue(page, `?q=${encodeURIComponent(subject)}`);
    await queueRows(page).filter({ hasText: subject }).getByRole('link').click();
    await page.getByRole('heading', { name: subject }).waitFor();
    await page.getByText('Names like Zoë come out as Zo?.').waitFor();

    const answer = 'Thanks! Could you send us one exported file?';
    await page.getByRole('textbox', { name: 'Reply to the customer' }).fill(answer);
    await page.waitForTimeout(400); // let the buttons finish their transition
    await screenshot(page, 'ticket', { fullPage: true });
    await page.getByRole('button', { name: 'Send and wait on customer' }).click();
    await notification(page, 'Reply sent').waitFor();
    await page.locator('[data-testid="thread-message"][data-author-kind="staff"]').filter({ hasText: answer }).waitFor();

    const seen = await customerView(ticket.documentId);
    expect(seen.status).toBe('waiting_on_customer');
    expect(seen.messages.map((message: any) => message.body)).toContain(answer);
    // The reply box is empty again; nothing is left to send twice.
    await expect(page.getByRole('textbox', { name: 'Reply to the customer' }).inputValue()).resolves.toBe('');
  });

  it('keeps an internal note from the customer', async () => {
    const { page } = session;
    const ticket = await fileTicket(alice, { subject: 'Invoice address wrong', body: 'The invoice shows our old address.' });
    await openTicket(page, ticket.documentId);
    await page.getByRole('tab', { name: 'Internal note' }).click();
    const note = 'Customer moved in May; check the billing system first.';
    await page.getByRole('textbox', { name: 'Internal note' }).fill(note);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.locator('[data-testid="thread-message"][data-internal="true"]').filter({ hasText: note }).waitFor();
    await expect(page.locator('[data-testid="thread-message"][data-internal="true"]').getByText('Internal note').isVisible()).resolves.toBe(true);

    const seen = await customerView(ticket.documentId);
    expect(JSON.stringify(seen)).not.toContain('billing system');
    expect(seen.status).toBe('new');
  });

  it('shows the server\'s reason when a status change is refused', async () => {
    const { page } = session;
    const ticket = await fileTicket(alice, { subject: 'Password reset mail never arrives', body: 'Checked the spam folder too.' });
    await openTicket(page, ticket.documentId);
    // Another agent closes the ticket while this page still offers the moves from "new".
    await admin.put(`/helpdesk/tickets/${ticket.documentId}/status`, { data: { status: 'closed' } });

    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByRole('menuitem', { name: 'Resolved' }).click();
    await notification(page, /cannot go from closed to resolved/).waitFor();
    // The page catches up with the ticket as it now is: closed, with no composer.
    await page.getByText('This ticket is closed: it takes no more messages.').waitFor();
  });

  it('lists the mails the ticket caused, with their delivery', async () => {
    const { page } = session;
    const ticket = await fileTicket(alice, { subject: 'Where is my confirmation mail?', body: 'I filed this a minute ago.' });
    // The playground's mail worker runs every 10 s.
    const mails = async () => (await admin.get(`/helpdesk/tickets/${ticket.documentId}/mails`)).body.data.map((mail: any) => [mail.template, mail.status]);
    await eventually(mails, [['ticket-received', 'sent']], 30_000);

    await openTicket(page, ticket.documentId);
    const shown = page.locator('[data-testid="ticket-mail"]');
    await shown.first().waitFor();
    expect(await shown.count()).toBe(1);
    expect(await shown.getAttribute('data-mail-status')).toBe('sent');
    await expect(shown.innerText()).resolves.toMatch(/Ticket received[\s\S]*Sent[\s\S]*sent /i);
  });

  it('shows what a customer typed as text: markup in a subject or body never runs', async () => {
    const { page } = session;
    const subject = '<img src=x onerror="window.__xss=1">';
    const body = '<script>window.__xss=1</script>';
    const ticket = await fileTicket(alice, { subject, body });

    await openQueue(page, `?q=${encodeURIComponent('onerror')}`);
    await queueRows(page).first().getByText(subject).waitFor();
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();

    await openTicket(page, ticket.documentId);
    await page.getByRole('heading', { name: subject }).waitFor();
    await page.locator('[data-testid="thread-message"]').getByText(body).waitFor();
    expect(await page.locator('[data-testid="thread-message"] img, [data-testid="thread-message"] script').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
  });
});
