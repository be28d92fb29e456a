import request from 'supertest';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer, createStaff, type Customer } from '../helpers/users';

// Real file contents: the type is read from these bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120, 0)]);
const TEXT = Buffer.from('Log line 1\nLog line 2 — café\n');
const ZIP = Buffer.from('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', 'base64');

describe('attachments on tickets and replies', () => {
  let app: TestApp;
  let customer: Customer;

  beforeAll(async () => {
    app = await bootStrapi({
      pluginConfig: { attachments: { maxFiles: 2, maxFileSizeBytes: 1024, allowedMimeTypes: ['image/png', 'application/pdf', 'text/plain'] } },
    });
    customer = await createCustomer(app.strapi);
  });

  afterAll(async () => {
    await app?.stop();
  });

  const counts = async () => ({
    tickets: await app.strapi.db.query('plugin::helpdesk.ticket' as any).count({}),
    files: await app.strapi.db.query('plugin::upload.file' as any).count({}),
  });
  const fileTicket = (files: Array<[Buffer, string]>, data: object = { subject: 'Screenshot', body: 'See attached.' }) => {
    let call = request(app.server)
      .post('/api/helpdesk/tickets')
      .set('Authorization', `Bearer ${customer.jwt}`)
      .field('data', JSON.stringify(data));
    for (const [content, name] of files) call = call.attach('attachments', content, name);
    return call;
  };

  it('stores allowed files and links them to the ticket, typed by their content', async () => {
    const response = await fileTicket([
      [PNG, 'screenshot.png'],
      [TEXT, 'server.log'],
    ]);
    expect(response.status).toBe(201);
    const stored = await app.strapi.db
      .query('plugin::helpdesk.ticket' as any)
      .findOne({ where: { documentId: response.body.data.documentId }, populate: ['attachments'] });
    expect(stored.attachments.map((file: any) => [file.name, file.mime]).sort()).toEqual([
      ['screenshot.png', 'image/png'],
      ['server.log', 'text/plain'],
    ]);

    const read = await request(app.server)
      .get(`/api/helpdesk/tickets/${response.body.data.documentId}`)
      .set('Authorization', `Bearer ${customer.jwt}`);
    expect(read.body.data.attachments.map((file: any) => file.name).sort()).toEqual(['screenshot.png', 'server.log']);
  });

  it('attaches files to a reply', async () => {
    const ticket = (await fileTicket([])).body.data;
    const response = await request(app.server)
      .post(`/api/helpdesk/tickets/${ticket.documentId}/messages`)
      .set('Authorization', `Bearer ${customer.jwt}`)
      .field('data', JSON.stringify({ body: 'The invoice you asked for.' }))
      .attach('attachments', PDF, 'invoice.pdf');
    expect(response.status).toBe(201);
    const read = await request(app.server).get(`/api/helpdesk/tickets/${ticket.documentId}`).set('Authorization', `Bearer ${customer.jwt}`);
    expect(read.body.data.messages[0].attachments.map((file: any) => [file.name, file.mime])).toEqual([['invoice.pdf', 'application/pdf']]);
  });

  it('shows staff every attachment with its name, type, size in bytes and link', async () => {
    const ticket = (await fileTicket([[PNG, 'screenshot.png']])).body.data;
    await request(app.server)
      .post(`/api/helpdesk/tickets/${ticket.documentId}/messages`)
      .set('Authorization', `Bearer ${customer.jwt}`)
      .field('data', JSON.stringify({ body: 'And the invoice.' }))
      .attach('attachments', PDF, 'invoice.pdf');
    const staff = await createStaff(app.strapi, app.server, { permissions: ['plugin::helpdesk.queue.read'] });

    const view = (await request(app.server).get(`/helpdesk/tickets/${ticket.documentId}`).set('Authorization', `Bearer ${staff.token}`)).body.data;
    // Images are stored optimised, so the size is the stored file's (the upload plugin counts kilobytes).
    const storedPng = await app.strapi.db.query('plugin::upload.file' as any).findOne({ where: { id: view.attachments[0]?.id } });
    expect(view.attachments).toEqual([
      { id: storedPng.id, name: 'screenshot.png', mime: 'image/png', sizeBytes: Math.round(storedPng.size * 1000), url: storedPng.url },
    ]);
    const [pdf] = view.messages[0].attachments;
    expect(pdf).toMatchObject({ name: 'invoice.pdf', mime: 'application/pdf', url: expect.stringMatching(/^\/uploads\//) });
    // Kilobytes with two decimals: the size is known to 10 bytes.
    expect(Math.abs(pdf.sizeBytes - PDF.length)).toBeLessThanOrEqual(5);
  });

  it.each([
    ['a renamed executable', [[ELF, 'holiday-photo.png']], 400, 'files.attachments.0'],
    ['a type that is not allowed', [[ZIP, 'logs.zip']], 400, 'files.attachments.0'],
    ['too many files', [[PNG, 'a.png'], [PNG, 'b.png'], [PNG, 'c.png']], 400, 'files.attachments'],
    ['an oversize file', [[Buffer.concat([PDF, Buffer.alloc(2048, 0x20)]), 'big.pdf']], 413, 'files.attachments.0'],
  ] as Array<[string, Array<[Buffer, string]>, number, string]>)('refuses %s, naming the file, and keeps nothing', async (_case, files, status, field) => {
    const before = await counts();
    const response = await fileTicket(files);
    expect(response.status).toBe(status);
    expect(response.body.error.message).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it('removes the stored files again when the ticket itself is refused', async () => {
    const before = await counts();
    const response = await fileTicket([[PNG, 'a.png']], { subject: 'x', body: 'y', incidentClass: 'abcdefghijklmnopqrstuvwx' });
    expect(response.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it.each<[{ field: 'files'; name: string } | { field: 'data'; json: string }, string]>([
    [{ field: 'files', name: 'attachment' }, 'files.files'],
    [{ field: 'data', json: '{not json' }, 'body.data'],
  ])('refuses a malformed multipart request %j with a 400 naming %s', async (shape, expected) => {
    let call = request(app.server).post('/api/helpdesk/tickets').set('Authorization', `Bearer ${customer.jwt}`);
    if (shape.field === 'files') call = call.field('data', JSON.stringify({ subject: 'x', body: 'y' })).attach('files', PNG, 'a.png');
    else call = call.field('data', shape.json).attach('attachments', PNG, 'a.png');
    const response = await call;
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(expected);
  });
});
