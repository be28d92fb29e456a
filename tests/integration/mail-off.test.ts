import { documents } from '../helpers/documents';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer } from '../helpers/users';

describe('a site that sends no automatic mails (mail.enabled: false)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootStrapi({ pluginConfig: { mail: { enabled: false, staffRecipients: ['desk@helpdesk.test'] } } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('queues no mail for a new priority ticket, an answer or a resolution', async () => {
    const customer = await createCustomer(app.strapi);
    const ticket = await documents(app.strapi, 'plugin::helpdesk.ticket').create({
      data: { subject: 'Quiet site', body: 'No mails here.', customer: customer.id, tier: 'priority', status: 'new' },
    });
    await documents(app.strapi, 'plugin::helpdesk.ticket-message').create({
      data: { ticket: ticket.documentId, authorKind: 'staff', body: 'An answer.', internal: false },
    });
    await documents(app.strapi, 'plugin::helpdesk.ticket').update({ documentId: ticket.documentId, data: { status: 'resolved' } });
    expect(await app.strapi.db.query('plugin::helpdesk.mail-outbox' as any).count({})).toBe(0);
  });
});
