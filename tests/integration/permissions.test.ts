import request from 'supertest';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer, createStaff } from '../helpers/users';
import { adminActionDefinitions, contentApiActions } from '../../server/src/permissions';

const permissionsOf = async (app: TestApp, type: 'public' | 'authenticated'): Promise<string[]> => {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
  const rows = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } });
  return rows.map((row: { action: string }) => row.action);
};

/** Every content-API route the plugin serves, as the action users-permissions checks. */
const routedActions = (app: TestApp): string[] => {
  const routes = (app.strapi.plugin('helpdesk').routes as any)['content-api'].routes as Array<{ handler: string; config?: { auth?: unknown } }>;
  // The Stripe webhook has no caller role: its signature, checked over the raw body, authenticates it.
  return routes.filter((route) => route.config?.auth !== false).map((route) => `plugin::helpdesk.${route.handler}`);
};

const declared = {
  public: contentApiActions.public.map((action) => `plugin::helpdesk.${action}`),
  authenticated: contentApiActions.authenticated.map((action) => `plugin::helpdesk.${action}`),
};

describe('default permissions on a fresh install', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootStrapi();
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('declares an audience for every customer route, and only for real routes', () => {
    expect([...declared.public, ...declared.authenticated].sort()).toEqual([...routedActions(app)].sort());
  });

  it('gives the Public role every public action', async () => {
    expect(declared.public.length).toBeGreaterThan(0);
    expect(await permissionsOf(app, 'public')).toEqual(expect.arrayContaining(declared.public));
  });

  it('gives the Authenticated role every public and customer action', async () => {
    expect(await permissionsOf(app, 'authenticated')).toEqual(
      expect.arrayContaining([...declared.public, ...declared.authenticated])
    );
  });

  it('keeps the users-permissions defaults, so customers can still register and log in', async () => {
    expect(await permissionsOf(app, 'public')).toEqual(
      expect.arrayContaining(['plugin::users-permissions.auth.callback', 'plugin::users-permissions.auth.register'])
    );
    const customer = await createCustomer(app.strapi);
    const login = await request(app.server)
      .post('/api/auth/local')
      .send({ identifier: customer.email, password: 'Customer123!' });
    expect(login.status).toBe(200);
    expect(login.body.jwt).toEqual(expect.any(String));
  });

  it('answers a logged-in customer instead of refusing with 403', async () => {
    const customer = await createCustomer(app.strapi);
    const response = await request(app.server)
      .get('/api/helpdesk/incident-classes')
      .set('Authorization', `Bearer ${customer.jwt}`);
    expect(response.status).toBe(200);
  });

  it('registers the staff RBAC actions', () => {
    const provider = app.strapi.service('admin::permission').actionProvider;
    for (const { uid } of adminActionDefinitions) {
      expect(provider.get(`plugin::helpdesk.${uid}`)).toMatchObject({ pluginName: 'helpdesk', section: 'plugins' });
    }
    expect(adminActionDefinitions.map(({ uid }) => uid)).toEqual(
      expect.arrayContaining(['queue.read', 'tickets.reply', 'tickets.manage', 'settings.manage', 'credits.adjust'])
    );
  });

  it('lets a role hold a helpdesk action, and a staff member carries exactly what the role grants', async () => {
    const staff = await createStaff(app.strapi, app.server, { permissions: ['plugin::helpdesk.queue.read'] });
    const response = await request(app.server).get('/admin/users/me/permissions').set('Authorization', `Bearer ${staff.token}`);
    expect(response.status).toBe(200);
    const actions = response.body.data.map((permission: { action: string }) => permission.action);
    expect(actions).toContain('plugin::helpdesk.queue.read');
    expect(actions).not.toContain('plugin::helpdesk.settings.manage');
  });
});

describe('a permission the site admin took away', () => {
  it('stays away after a restart', async () => {
    const first = await bootStrapi();
    const action = 'plugin::helpdesk.incident-class.find';
    const role = await first.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await first.strapi.db.query('plugin::users-permissions.permission').delete({ where: { role: role.id, action } });
    await first.stop({ keepDatabase: true });

    const second = await bootStrapi({ database: first.database });
    try {
      expect(await permissionsOf(second, 'public')).not.toContain(action);
      expect((await request(second.server).get('/api/helpdesk/incident-classes')).status).toBe(403);
    } finally {
      await second.stop();
    }
  });
});

describe('with grantDefaultPermissions: false', () => {
  it('grants nothing, and the routes stay closed until the site admin opens them', async () => {
    const app = await bootStrapi({ pluginConfig: { grantDefaultPermissions: false } });
    try {
      const granted = [...(await permissionsOf(app, 'public')), ...(await permissionsOf(app, 'authenticated'))];
      expect(granted.filter((action) => action.startsWith('plugin::helpdesk.'))).toEqual([]);
      expect((await request(app.server).get('/api/helpdesk/incident-classes')).status).toBe(403);
    } finally {
      await app.stop();
    }
  });
});

describe('public routes, which read the Public role from memory', () => {
  let app: TestApp;
  const search = () => request(app.server).get('/api/helpdesk/faq/search').query({ q: 'invoice' });

  beforeAll(async () => {
    app = await bootStrapi();
  });

  afterAll(async () => {
    await app?.stop();
  });

  /** What the Roles page does: read the role's permission tree, change one tick, save the whole tree. */
  const setPublicSearch = async (enabled: boolean) => {
    const admin = await createStaff(app.strapi, app.server, { superAdmin: true });
    const publicRole = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const current = await request(app.server).get(`/users-permissions/roles/${publicRole.id}`).set('Authorization', `Bearer ${admin.token}`);
    expect(current.status).toBe(200);
    const { name, description, permissions } = current.body.role;
    permissions['plugin::helpdesk'].controllers.faq.search.enabled = enabled;
    const saved = await request(app.server)
      .put(`/users-permissions/roles/${publicRole.id}`)
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ name, description, permissions });
    expect(saved.status).toBe(200);
  };

  it('follows the Roles page at once: unticked, anonymous search is refused while a customer whose role has it still searches', async () => {
    expect((await search()).status).toBe(200);

    await setPublicSearch(false);
    expect((await search()).status).toBe(403);
    const customer = await createCustomer(app.strapi);
    expect((await search().set('Authorization', `Bearer ${customer.jwt}`)).status).toBe(200);

    await setPublicSearch(true);
    expect((await search()).status).toBe(200);
  });

  it('follows a change made through another instance within 5 seconds', async () => {
    expect((await search()).status).toBe(200);
    const publicRole = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    // Straight in the database, as another instance's write looks from here: no lifecycle event on this one.
    const deleted = await app.strapi.db
      .connection('up_permissions')
      .whereIn('id', app.strapi.db.connection('up_permissions_role_lnk').select('permission_id').where('role_id', publicRole.id))
      .andWhere('action', 'plugin::helpdesk.faq.search')
      .delete();
    expect(deleted).toBe(1);

    const started = Date.now();
    let status = (await search()).status;
    while (status !== 403 && Date.now() - started < 7000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = (await search()).status;
    }
    expect(status).toBe(403);
    expect(Date.now() - started).toBeLessThan(5500);
  });
});
