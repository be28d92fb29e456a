import type { Page } from 'playwright-core';
import { e2eBaseUrl } from './env';
import { AuthenticatedClient, RestClient } from './rest';

export interface Credentials {
  email: string;
  password: string;
}

/** The playground's demo super admin (playground/src/seed/data/people.js). */
export const DEMO_ADMIN: Credentials & { firstname: string } = {
  email: 'admin@helpdesk.local',
  password: 'Helpdesk123!',
  firstname: 'Dana',
};

/** The interface languages the playground's admin panel offers besides English (playground/src/admin/app.js). */
export const ADMIN_LOCALES = ['en', 'nl', 'fr', 'de', 'es', 'it', 'ru'] as const;

/**
 * Logs in to the admin API (POST /admin/login) and returns a client that sends the access token as
 * `Authorization: Bearer`. The token is good for 30 minutes (Strapi's default access-token lifespan).
 * Use it for the staff API: `client.get('/helpdesk/tickets')`.
 */
export async function adminClient(credentials: Credentials = DEMO_ADMIN, baseUrl = e2eBaseUrl()): Promise<AuthenticatedClient> {
  const response = await new RestClient(baseUrl).post('/admin/login', credentials, { expectStatus: 'any' });
  const token = response.body?.data?.token;
  if (response.status !== 200 || !token) {
    throw new Error(`admin login as ${credentials.email} failed: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
  }
  return new AuthenticatedClient(baseUrl, token, response.body.data.user);
}

/**
 * Logs in through the admin panel's real login form (/admin/auth/login) and waits for the panel
 * to show. The form's fields are labelled "Email*" and "Password*" (the asterisk marks them required),
 * with a "Remember me" checkbox and a "Login" button; they are found by their name attributes here,
 * so this works in any interface language. Without "remember me" the panel keeps its token in a
 * session cookie of the context, with it in localStorage.
 */
export async function loginToAdmin(
  page: Page,
  credentials: Credentials = DEMO_ADMIN,
  options: { baseUrl?: string; rememberMe?: boolean; timeoutMs?: number } = {}
): Promise<void> {
  const baseUrl = options.baseUrl ?? e2eBaseUrl();
  const timeout = options.timeoutMs ?? 30_000;
  await page.goto(`${baseUrl}/admin/auth/login`);
  const email = page.locator('form input[name="email"]');
  await email.waitFor({ timeout });
  await email.fill(credentials.email);
  await page.locator('form input[name="password"]').fill(credentials.password);
  // The checkbox is a Radix button with role=checkbox (its hidden input has no name).
  if (options.rememberMe) await page.locator('form').getByRole('checkbox').check();
  await page.locator('form button[type="submit"]').click();
  try {
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/auth'), { timeout });
    await page.locator('main#main-content').waitFor({ timeout });
  } catch (error) {
    const text = await page.locator('body').innerText().catch(() => '');
    throw new Error(`admin login as ${credentials.email} did not reach the panel (${page.url()}): ${text.slice(0, 300)}\n${error}`);
  }
}

export interface StaffUser extends Credentials {
  id: number;
  firstname: string;
  lastname: string;
  roleId: number;
  /** Logged in already, through the registration. */
  client: AuthenticatedClient;
}

export type PermissionSpec = string | { action: string; subject?: string | null; properties?: Record<string, unknown>; conditions?: string[] };

let staffCounter = 0;

/**
 * An admin role holding exactly the given actions (e.g. `['plugin::helpdesk.queue.read']`), and an
 * active admin user in it with a password, made through the admin API as `superAdmin` would in
 * the panel: POST /admin/roles, PUT /admin/roles/:id/permissions (which replaces the role's whole
 * permission list), POST /admin/users (an inactive user with a registration token), then
 * POST /admin/register with that token and a password, which activates the user and logs in.
 */
export async function createStaffUser(
  superAdmin: RestClient,
  options: { permissions: PermissionSpec[]; email?: string; password?: string; firstname?: string; lastname?: string; roleName?: string }
): Promise<StaffUser> {
  staffCounter += 1;
  const unique = `${Date.now().toString(36)}${process.pid}${staffCounter}`;
  const email = options.email ?? `staff-${unique}@example.com`;
  const password = options.password ?? 'Staff1234!';
  const firstname = options.firstname ?? 'Staff';
  const lastname = options.lastname ?? `Member ${staffCounter}`;

  // Role names must be unique.
  const role = await superAdmin.post('/admin/roles', {
    name: options.roleName ?? `E2E role ${unique}`,
    description: `e2e: ${options.permissions.map((p) => (typeof p === 'string' ? p : p.action)).join(', ') || 'no permissions'}`,
  });
  const roleId: number = role.body.data.id;
  await superAdmin.put(`/admin/roles/${roleId}/permissions`, {
    permissions: options.permissions.map((permission) => {
      const spec = typeof permission === 'string' ? { action: permission } : permission;
      return { subject: null, properties: {}, conditions: [], ...spec };
    }),
  });

  const created = await superAdmin.post('/admin/users', { firstname, lastname, email, roles: [roleId] });
  const { id, registrationToken } = created.body.data;
  const registered = await new RestClient(superAdmin.baseUrl).post('/admin/register', {
    registrationToken,
    userInfo: { firstname, lastname, password },
  });
  const client = new AuthenticatedClient(superAdmin.baseUrl, registered.body.data.token, registered.body.data.user);
  return { id, email, password, firstname, lastname, roleId, client };
}

/**
 * Sets a user's interface language (the `preferedLanguage` field, spelt so by Strapi) through
 * PUT /admin/users/me; `null` clears it. The panel applies it whenever it loads the user: after
 * logging in, or on the next page load of a logged-in page. A cleared preference does not switch
 * the panel back: it keeps the last language in localStorage (`strapi-admin-language`), so set
 * 'en' to go back to English. The server accepts any string; only the languages in
 * ADMIN_LOCALES have translations.
 */
export async function setInterfaceLanguage(client: RestClient, locale: string | null): Promise<void> {
  await client.put('/admin/users/me', { preferedLanguage: locale });
}

/** Waits until the panel runs in the given language (it sets `<html lang>` when it switches). */
export async function waitForAdminLanguage(page: Page, locale: string, timeoutMs = 15_000): Promise<void> {
  // (globalThis: this file type-checks without the DOM typings too, for the bench.)
  await page.waitForFunction((expected) => (globalThis as any).document.documentElement.lang === expected, locale, { timeout: timeoutMs });
}
