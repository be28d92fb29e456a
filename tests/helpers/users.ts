import type { Core } from '@strapi/strapi';
import request from 'supertest';

let counter = 0;
const nextId = () => `${process.pid}${Date.now()}${(counter += 1)}`;

export interface Customer {
  id: number;
  documentId: string;
  email: string;
  jwt: string;
}

/** A confirmed users-permissions customer in the Authenticated role, with a JWT for the content API. */
export async function createCustomer(strapi: Core.Strapi, overrides: { email?: string } = {}): Promise<Customer> {
  const id = nextId();
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const email = overrides.email ?? `customer${id}@example.com`;
  const user = await strapi.plugin('users-permissions').service('user').add({
    username: `customer${id}`,
    email,
    password: 'Customer123!',
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  const jwt = strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  return { id: user.id, documentId: user.documentId, email, jwt };
}

export interface StaffMember {
  id: number;
  email: string;
  token: string;
}

/**
 * An admin-panel user holding exactly the given permissions (action ids such as
 * `plugin::helpdesk.queue.read`), or a super admin with `{ superAdmin: true }`. Logs in over HTTP
 * so the token is the one the admin panel would hold.
 */
export async function createStaff(
  strapi: Core.Strapi,
  server: any,
  options: { permissions?: string[]; superAdmin?: boolean } = {}
): Promise<StaffMember> {
  const id = nextId();
  const email = `staff${id}@example.com`;
  const password = 'Staff123!';
  let roleId: number;
  if (options.superAdmin) {
    roleId = (await strapi.service('admin::role').getSuperAdmin()).id;
  } else {
    const role = await strapi.service('admin::role').create({ name: `Role ${id}`, description: 'test role' });
    await strapi
      .service('admin::role')
      .assignPermissions(role.id, (options.permissions ?? []).map((action) => ({ action, subject: null, properties: {}, conditions: [] })));
    roleId = role.id;
  }
  const user = await strapi.service('admin::user').create({
    email,
    firstname: 'Staff',
    lastname: id,
    password,
    registrationToken: null,
    isActive: true,
    roles: [roleId],
  });
  const response = await request(server).post('/admin/login').send({ email, password });
  const token = response.body?.data?.token ?? response.body?.data?.accessToken;
  if (!token) {
    throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return { id: user.id, email, token };
}
