import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { getPluginService } from '../utils';
import { noFieldsSchema, parseInput } from '../validation';

const testMailBody = z
  .object({ data: z.object({ to: z.string().trim().email('must be an e-mail address').max(254).optional() }).strict().default({}) })
  .strict();

/** How the site's mail and payments are set up and doing, and a test mail to prove the mail side. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /helpdesk/settings/status */
  async status(ctx: any) {
    parseInput(noFieldsSchema, ctx.query, 'query');
    ctx.body = { data: await getPluginService(strapi, 'settings-status').status() };
  },

  /** POST /helpdesk/settings/test-mail — `{ data: { to? } }`, to the admin's own address by default. */
  async testMail(ctx: any) {
    const { to } = parseInput(testMailBody, ctx.request.body, 'body').data;
    const admin = ctx.state.user as { id: number; email: string };
    ctx.body = { data: await getPluginService(strapi, 'settings-status').sendTestMail(to ?? admin.email, admin.id) };
  },
});
