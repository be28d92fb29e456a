import fs from 'node:fs';
import {
  adminClient,
  createStaffUser,
  customerClient,
  DEMO_ADMIN,
  loginToAdmin,
  newAdminContext,
  pagePerTest,
  screenshot,
  setInterfaceLanguage,
  waitForAdminLanguage,
} from './helpers';

describe('the admin panel of the playground', () => {
  const session = pagePerTest(newAdminContext);

  it('lets the demo admin log in through the login form and shows the home page', async () => {
    const { page } = session;
    await loginToAdmin(page);

    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/?$/);
    await page.getByRole('heading', { name: `Hello ${DEMO_ADMIN.firstname}` }).waitFor();
    // The main navigation lists the Content Manager, where the plugin's content types live.
    await page.getByRole('link', { name: 'Content Manager' }).waitFor();

    // Let the home page's widgets load before taking the picture.
    await page.waitForLoadState('networkidle');
    const file = await screenshot(page, 'admin-home');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });

  // The harness itself: what the Helpdesk page specs build on.
  it('makes a staff user holding only the queue permission, and shows them the panel in their language', async () => {
    const { page } = session;
    const staff = await createStaffUser(await adminClient(), { permissions: ['plugin::helpdesk.queue.read'], firstname: 'Quinn' });
    await staff.client.get('/helpdesk/tickets');
    await staff.client.get('/helpdesk/settings', { expectStatus: 403 });
    await setInterfaceLanguage(staff.client, 'nl');

    await loginToAdmin(page, staff);
    await waitForAdminLanguage(page, 'nl');
    await page.getByRole('heading', { name: 'Hallo Quinn' }).waitFor();

    const alice = await customerClient();
    expect((await alice.get('/api/helpdesk/tickets')).body.data.length).toBeGreaterThan(0);
  });
});
