import type { Core } from '@strapi/strapi';
import type { Tier } from '../../domain/sla';
import { CREDIT_TRANSACTION_UID, DEFLECTION_UID, FAIR_USE_STANDING_UID, FAQ_UID, SLA_EVENT_UID, TICKET_MESSAGE_UID, TICKET_UID } from '../../uids';
import { hourIndexSql, num, tableOf } from './sql';

export interface Period {
  from: Date;
  to: Date;
  /** Only this tier's tickets; both when unset. */
  tier?: Tier;
}

export interface TierHourRow {
  tier: Tier;
  hour: number;
  count: number;
}

export interface ResponseHourRow extends TierHourRow {
  onTime: number;
  breached: number;
}

/**
 * The statistics' SQL: every figure is a GROUP BY in the database, bucketed by UTC hour (at most
 * 24 × 366 rows per tier), except the answered tickets' two timestamps the percentiles need.
 * Periods are half-open: `from` included, `to` excluded.
 */
export function createStatsQueries(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  const client = strapi.db.dialect.client;
  const hourOf = (column: string) => {
    const { sql, bindings } = hourIndexSql(client, column);
    return knex.raw(sql, bindings);
  };
  /** The same expression named `hour` in the select list. */
  const hourAs = (column: string) => {
    const { sql, bindings } = hourIndexSql(client, column);
    return knex.raw(`${sql} as ??`, [...bindings, 'hour']);
  };
  const sumAs = (sql: string, bindings: string[], alias: string) => knex.raw(`sum(${sql}) as ??`, [...bindings, alias]);
  const tickets = () => tableOf(strapi, TICKET_UID, 't');

  const inPeriod = (query: any, column: string, period: Period) => query.where(column, '>=', period.from).where(column, '<', period.to);
  const ofTier = (query: any, period: Period) => (period.tier ? query.where(tickets().column('tier'), period.tier) : query);

  /** Tickets counted by tier and the UTC hour of one of their instants. */
  const ticketsByHour = async (field: 'createdAt' | 'resolvedAt', period: Period): Promise<TierHourRow[]> => {
    const t = tickets();
    const hour = hourOf(t.column(field));
    const query = strapi.db
      .getConnection(t.from)
      .select({ tier: t.column('tier') })
      .select(hourAs(t.column(field)))
      .count({ count: t.column('id') })
      .groupBy(t.column('tier'))
      .groupBy(hour);
    const rows = await ofTier(inPeriod(query, t.column(field), period), period);
    return rows.map((row: any) => ({ tier: row.tier, hour: num(row.hour), count: num(row.count) }));
  };

  return {
    opened: (period: Period) => ticketsByHour('createdAt', period),
    resolved: (period: Period) => ticketsByHour('resolvedAt', period),

    /** First responses by tier and UTC hour, with how many met and missed their due instant (tickets without one are neither). */
    async firstResponses(period: Period): Promise<ResponseHourRow[]> {
      const t = tickets();
      const [answered, due] = [t.column('firstRespondedAt'), t.column('firstResponseDueAt')];
      const hour = hourOf(answered);
      const query = strapi.db
        .getConnection(t.from)
        .select({ tier: t.column('tier') })
        .select(hourAs(answered))
        .count({ count: t.column('id') })
        .select(sumAs('case when ?? <= ?? then 1 else 0 end', [answered, due], 'onTime'))
        .select(sumAs('case when ?? > ?? then 1 else 0 end', [answered, due], 'breached'))
        .groupBy(t.column('tier'))
        .groupBy(hour);
      const rows = await ofTier(inPeriod(query, answered, period), period);
      return rows.map((row: any) => ({
        tier: row.tier,
        hour: num(row.hour),
        count: num(row.count),
        onTime: num(row.onTime),
        breached: num(row.breached),
      }));
    },

    /**
     * The first-response minutes stamped on the tickets first answered in the period, counted per
     * tier and value: one GROUP BY per measure, a few thousand rows however many tickets.
     */
    async storedResponseMinutes(period: Period): Promise<Array<{ tier: Tier; measure: 'calendar' | 'business'; minutes: number; count: number }>> {
      const measure = async (name: 'calendar' | 'business', field: 'firstResponseMinutes' | 'firstResponseBusinessMinutes') => {
        const t = tickets();
        const query = strapi.db
          .getConnection(t.from)
          .select({ tier: t.column('tier'), minutes: t.column(field) })
          .count({ count: t.column('id') })
          .whereNotNull(t.column(field))
          .groupBy(t.column('tier'))
          .groupBy(t.column(field));
        const rows = await ofTier(inPeriod(query, t.column('firstRespondedAt'), period), period);
        return rows.map((row: any) => ({ tier: row.tier, measure: name, minutes: num(row.minutes), count: num(row.count) }));
      };
      return [...(await measure('calendar', 'firstResponseMinutes')), ...(await measure('business', 'firstResponseBusinessMinutes'))];
    },

    /** Filing and first-answer instants of the tickets first answered in the period without stamped minutes (written around the stamps). */
    async unstampedAnsweredTimes(period: Period): Promise<Array<{ tier: Tier; createdAt: Date; firstRespondedAt: Date }>> {
      const t = tickets();
      const query = strapi.db
        .getConnection(t.from)
        .select({ tier: t.column('tier'), createdAt: t.column('createdAt'), firstRespondedAt: t.column('firstRespondedAt') })
        .where((unstamped: any) => unstamped.whereNull(t.column('firstResponseMinutes')).orWhereNull(t.column('firstResponseBusinessMinutes')))
        .orderBy(t.column('firstRespondedAt'));
      const rows = await ofTier(inPeriod(query, t.column('firstRespondedAt'), period), period);
      return rows.map((row: any) => ({ tier: row.tier, createdAt: asDate(row.createdAt), firstRespondedAt: asDate(row.firstRespondedAt) }));
    },

    /**
     * Next responses in the period by tier: public staff replies that answered a waiting customer,
     * with how many came by the due instant they answered (the reply keeps it, see sla-stamping).
     */
    async nextResponses(period: Period): Promise<Array<{ tier: Tier; count: number; onTime: number; breached: number }>> {
      const m = tableOf(strapi, TICKET_MESSAGE_UID, 'm');
      const t = tickets();
      const link = m.link('ticket');
      const [sent, due] = [m.column('createdAt'), m.column('answeredDueAt')];
      const query = strapi.db
        .getConnection(m.from)
        .join(`${link.name} as l`, `l.${link.own}`, m.column('id'))
        .join(t.from, t.column('id'), `l.${link.target}`)
        .whereNotNull(due)
        .select({ tier: t.column('tier') })
        .count({ count: m.column('id') })
        .select(sumAs('case when ?? <= ?? then 1 else 0 end', [sent, due], 'onTime'))
        .select(sumAs('case when ?? > ?? then 1 else 0 end', [sent, due], 'breached'))
        .groupBy(t.column('tier'));
      const rows = await ofTier(inPeriod(query, sent, period), period);
      return rows.map((row: any) => ({ tier: row.tier, count: num(row.count), onTime: num(row.onTime), breached: num(row.breached) }));
    },

    /** Recorded next-response breaches in the period, by the ticket's tier. */
    async nextResponseBreaches(period: Period): Promise<Array<{ tier: Tier; count: number }>> {
      const e = tableOf(strapi, SLA_EVENT_UID, 'e');
      const t = tickets();
      const link = e.link('ticket');
      const query = strapi.db
        .getConnection(e.from)
        .join(`${link.name} as l`, `l.${link.own}`, e.column('id'))
        .join(t.from, t.column('id'), `l.${link.target}`)
        .where(e.column('target'), 'nextResponse')
        .where(e.column('kind'), 'breach')
        .select({ tier: t.column('tier') })
        .count({ count: e.column('id') })
        .groupBy(t.column('tier'));
      const rows = await ofTier(inPeriod(query, e.column('occurredAt'), period), period);
      return rows.map((row: any) => ({ tier: row.tier, count: num(row.count) }));
    },

    async deflectionCount(period: Period): Promise<number> {
      const d = tableOf(strapi, DEFLECTION_UID, 'd');
      const [row] = await inPeriod(strapi.db.getConnection(d.from).count({ count: d.column('id') }), d.column('createdAt'), period);
      return num((row as any)?.count);
    },

    /** The entries that deflected most in the period, most first (ties by source and id, so the list is stable). */
    async topDeflections(period: Period, limit: number): Promise<Array<{ source: string; documentId: string; count: number }>> {
      const d = tableOf(strapi, DEFLECTION_UID, 'd');
      const [source, documentId] = [d.column('source'), d.column('sourceDocumentId')];
      const query = strapi.db
        .getConnection(d.from)
        .select({ source, documentId })
        .count({ count: d.column('id') })
        .groupBy(source)
        .groupBy(documentId)
        .orderBy([{ column: 'count', order: 'desc' }, { column: source }, { column: documentId }])
        .limit(limit);
      const rows = await inPeriod(query, d.column('createdAt'), period);
      return rows.map((row: any) => ({ source: row.source, documentId: row.documentId, count: num(row.count) }));
    },

    /** FAQ questions by document id (any locale; the first found per document). */
    async faqTitles(documentIds: string[]): Promise<Map<string, string>> {
      if (!documentIds.length) return new Map();
      const f = tableOf(strapi, FAQ_UID, 'f');
      const rows = await strapi.db
        .getConnection(f.from)
        .select({ documentId: f.column('documentId'), question: f.column('question') })
        .whereIn(f.column('documentId'), documentIds)
        .orderBy(f.column('id'));
      const titles = new Map<string, string>();
      for (const row of rows as any[]) if (!titles.has(row.documentId)) titles.set(row.documentId, row.question);
      return titles;
    },

    /** Customers whose standing is penalised now (the score's verdict or staff's override, as stored). */
    async penalizedCustomers(): Promise<number> {
      const s = tableOf(strapi, FAIR_USE_STANDING_UID, 's');
      const [row] = await strapi.db.getConnection(s.from).where(s.column('penalized'), true).count({ count: s.column('id') });
      return num((row as any)?.count);
    },

    /** Credits sold (purchases) and used (debits, as positive numbers) by UTC hour. */
    async creditsByHour(period: Period): Promise<Array<{ hour: number; sold: number; used: number }>> {
      const c = tableOf(strapi, CREDIT_TRANSACTION_UID, 'c');
      const [kind, delta] = [c.column('kind'), c.column('delta')];
      const hour = hourOf(c.column('createdAt'));
      const query = strapi.db
        .getConnection(c.from)
        .select(hourAs(c.column('createdAt')))
        .select(sumAs("case when ?? = 'purchase' then ?? else 0 end", [kind, delta], 'sold'))
        .select(sumAs("case when ?? = 'debit' then -?? else 0 end", [kind, delta], 'used'))
        .whereIn(kind, ['purchase', 'debit'])
        .groupBy(hour);
      const rows = await inPeriod(query, c.column('createdAt'), period);
      return rows.map((row: any) => ({ hour: num(row.hour), sold: num(row.sold), used: num(row.used) }));
    },
  };
}

const asDate = (value: unknown) => new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string));
