import type { Core } from '@strapi/strapi';
import { FAQ_UID } from '../../../server/src/uids';

/**
 * The requests each side needs for one suggest-as-you-type query, over the same published English
 * entries with the same limit of 5.
 *
 * Ours: one request, FAQ and documentation together.
 *
 * The baseline is what a site does without the plugin: Strapi's `$containsi` filter on the FAQ and
 * on the documentation. Doc pages have their REST route; the FAQ (a plugin content type) has none,
 * so the bench adds one that makes the same document-service call a custom route would. A site's
 * suggest box would send both requests at once, so one baseline query is both requests in parallel,
 * done when both have answered. The added FAQ route is the cheap kind: no users-permissions lookup
 * (`auth: false`), no sanitising; the doc-pages route is Strapi's core one with the count that its
 * pagination does. Every shortcut taken favours the baseline.
 */
export type RequestPlan = string[];

export const FAQ_CONTAINS_ROUTE = '/api/bench/faq-containsi';
/** A route that does nothing, to show what Strapi's HTTP stack alone costs per request. */
export const EMPTY_ROUTE = '/api/bench/empty';

export const oursPlan = (q: string): RequestPlan => [`/api/helpdesk/faq/search?${new URLSearchParams({ q, locale: 'en', limit: '5' })}`];

export const baselinePlan = (q: string): RequestPlan => [
  `/api/doc-pages?${new URLSearchParams({
    'filters[$or][0][title][$containsi]': q,
    'filters[$or][1][body][$containsi]': q,
    'pagination[pageSize]': '5',
    status: 'published',
    locale: 'en',
  })}`,
  `${FAQ_CONTAINS_ROUTE}?${new URLSearchParams({ q })}`,
];

export const emptyPlan = (): RequestPlan => [EMPTY_ROUTE];

/**
 * The FAQ half of the baseline and the empty route, on the booted Strapi's router (after mounting is
 * fine: koa-router matches at request time), behind the same global middlewares as every route.
 */
export function registerBenchRoutes(strapi: Core.Strapi): void {
  strapi.server.routes([
    {
      method: 'GET',
      path: EMPTY_ROUTE,
      config: { auth: false },
      handler: async (ctx: any) => {
        ctx.body = { data: [] };
      },
    },
    {
      method: 'GET',
      path: FAQ_CONTAINS_ROUTE,
      config: { auth: false },
      handler: async (ctx: any) => {
        const q = String(ctx.query.q ?? '').trim();
        const data = await strapi.documents(FAQ_UID as any).findMany({
          filters: { $or: [{ question: { $containsi: q } }, { answer: { $containsi: q } }] },
          status: 'published',
          locale: 'en',
          limit: 5,
        });
        ctx.body = { data };
      },
    },
  ] as any);
}
