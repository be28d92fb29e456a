import type { Core } from '@strapi/strapi';
import type { Tier } from '../../domain/sla';
import { CREDIT_TRANSACTION_UID, DEFLECTION_UID, FAIR_USE_STANDING_UID, FAQ_UID, SLA_EVENT_UID, TICKET_MESSAGE_UID, TICKET_UID } from '../../uids';
import type { Tally, CreditHourCount, DayResponseCount, DayTierCount, DeflectionCount, ResponseHourCount, StoredMinutesCount, TierHourCount, UnstampedAnswer } from '../../domain/stats/tally';
import { toDate } from '../../utils';
import { epochIndexSql, num, tableOf } from './sql';

export interface Period {
  from: Date;
  to: Date;
  /** Only this tier's tickets; both when unset. */
  tier?: Tier;
}

/** A half-open span of time: `from` included, `to` excluded. */
export interface Span {
  from: Date;
  to: Date;
}

/**
 * The statistics' SQL: every figure is a GROUP BY in the database, bucketed by UTC hour or UTC day
 * (so a span's rows split into days, see domain/stats/tally.ts), for every tier; the figures pick
 * their tiers in JavaScript.
 */
export function createStatsQueries(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  const client = strapi.db.dialect.client;
  const indexOf = (column: string, unit: 'hour' | 'day') => {
    const { sql, bindings } = epochIndexSql(client, column, unit);
    return knex.raw(sql, bindings);
  };
  /** The same expression named `alias` in the select list. */
  const indexAs = (column: string, unit: 'hour' | 'day', alias: string) => {
    const { sql, bindings } = epochIndexSql(client, column, unit);
    return knex.raw(`${sql} as ??`, [...bindings, alias]);
  };
  const sumAs = (sql: string, bindings: string[], alias: string) => knex.raw(`sum(${sql}) as ??`, [...bindings, alias]);
  const tickets = () => tableOf(strapi, TICKET_UID, 't');

  const inSpan = (query: any, column: string, span: Span) => query.where(column, '>=', span.from).where(column, '<', span.to);

  /** Tickets counted by tier and the UTC hour of one of their instants. */
  const ticketsByHour = async (field: 'createdAt' | 'resolvedAt', span: Span): Promise<TierHourCount[]> => {
    const t = tickets();
    const query = strapi.db
      .getConnection(t.from)
      .select({ tier: t.column('tier') })
      .select(indexAs(t.column(field), 'hour', 'hour'))
      .count({ count: t.column('id') })
      .groupBy(t.column('tier'))
      .groupBy(indexOf(t.column(field), 'hour'));
    const rows = await inSpan(query, t.column(field), span);
    return rows.map((row: any) => ({ tier: row.tier, hour: num(row.hour), count: num(row.count) }));
  };

  const queries = {
    opened: (span: Span) => ticketsByHour('createdAt', span),
    resolved: (span: Span) => ticketsByHour('resolvedAt', span),

    /** First responses by tier and UTC hour, with how many met and missed their due instant (tickets without one are neither). */
    async firstResponses(span: Span): Promise<ResponseHourCount[]> {
      const t = tickets();
      const [answered, due] = [t.column('firstRespondedAt'), t.column('firstResponseDueAt')];
      const query = strapi.db
        .getConnection(t.from)
        .select({ tier: t.column('tier') })
        .select(indexAs(answered, 'hour', 'hour'))
        .count({ count: t.column('id') })
        .select(sumAs('case when ?? <= ?? then 1 else 0 end', [answered, due], 'onTime'))
        .select(sumAs('case when ?? > ?? then 1 else 0 end', [answered, due], 'breached'))
        .groupBy(t.column('tier'))
        .groupBy(indexOf(answered, 'hour'));
      const rows = await inSpan(query, answered, span);
      return rows.map((row: any) => ({
        tier: row.tier,
        hour: num(row.hour),
        count: num(row.count),
        onTime: num(row.onTime),
        breached: num(row.breached),
      }));
    },

    /**
     * The first-response minutes stamped on the tickets first answered in the span, counted per
     * UTC day, tier and value: one GROUP BY per measure, a few hundred rows a day however many tickets.
     */
    async storedResponseMinutes(span: Span): Promise<StoredMinutesCount[]> {
      const measure = async (name: 'calendar' | 'business', field: 'firstResponseMinutes' | 'firstResponseBusinessMinutes') => {
        const t = tickets();
        const answered = t.column('firstRespondedAt');
        const query = strapi.db
          .getConnection(t.from)
          .select({ tier: t.column('tier'), minutes: t.column(field) })
          .select(indexAs(answered, 'day', 'day'))
          .count({ count: t.column('id') })
          .whereNotNull(t.column(field))
          .groupBy(indexOf(answered, 'day'))
          .groupBy(t.column('tier'))
          .groupBy(t.column(field));
        const rows = await inSpan(query, answered, span);
        return rows.map((row: any) => ({ day: num(row.day), tier: row.tier, measure: name, minutes: num(row.minutes), count: num(row.count) }));
      };
      return [...(await measure('calendar', 'firstResponseMinutes')), ...(await measure('business', 'firstResponseBusinessMinutes'))];
    },

    /** Filing and first-answer instants of the tickets first answered in the span without stamped minutes (written around the stamps). */
    async unstampedAnsweredTimes(span: Span): Promise<UnstampedAnswer[]> {
      const t = tickets();
      const query = strapi.db
        .getConnection(t.from)
        .select({ tier: t.column('tier'), createdAt: t.column('createdAt'), firstRespondedAt: t.column('firstRespondedAt') })
        .where((unstamped: any) => unstamped.whereNull(t.column('firstResponseMinutes')).orWhereNull(t.column('firstResponseBusinessMinutes')))
        .orderBy(t.column('firstRespondedAt'));
      const rows = await inSpan(query, t.column('firstRespondedAt'), span);
      return rows.map((row: any) => ({ tier: row.tier, createdAt: asDate(row.createdAt), firstRespondedAt: asDate(row.firstRespondedAt) }));
    },

    /**
     * Next responses in the span by UTC day and tier: public staff replies that answered a waiting
     * customer, with how many came by the due instant they answered (the reply keeps it, see sla-stamping).
     */
    async nextResponses(span: Span): Promise<DayResponseCount[]> {
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
        .select(indexAs(sent, 'day', 'day'))
        .count({ count: m.column('id') })
        .select(sumAs('case when ?? <= ?? then 1 else 0 end', [sent, due], 'onTime'))
        .select(sumAs('case when ?? > ?? then 1 else 0 end', [sent, due], 'breached'))
        .groupBy(indexOf(sent, 'day'))
        .groupBy(t.column('tier'));
      const rows = await inSpan(query, sent, span);
      return rows.map((row: any) => ({ day: num(row.day), tier: row.tier, count: num(row.count), onTime: num(row.onTime), breached: num(row.breached) }));
    },

    /** Recorded next-response breaches in the span, by UTC day and the ticket's tier. */
    async nextResponseBreaches(span: Span): Promise<DayTierCount[]> {
      const e = tableOf(strapi, SLA_EVENT_UID, 'e');
      const t = tickets();
      const link = e.link('ticket');
      const occurred = e.column('occurredAt');
      const query = strapi.db
        .getConnection(e.from)
        .join(`${link.name} as l`, `l.${link.own}`, e.column('id'))
        .join(t.from, t.column('id'), `l.${link.target}`)
        .where(e.column('target'), 'nextResponse')
        .where(e.column('kind'), 'breach')
        .select({ tier: t.column('tier') })
        .select(indexAs(occurred, 'day', 'day'))
        .count({ count: e.column('id') })
        .groupBy(indexOf(occurred, 'day'))
        .groupBy(t.column('tier'));
      const rows = await inSpan(query, occurred, span);
      return rows.map((row: any) => ({ day: num(row.day), tier: row.tier, count: num(row.count) }));
    },

    /** Deflections in the span per UTC day and answer. */
    async deflections(span: Span): Promise<DeflectionCount[]> {
      const d = tableOf(strapi, DEFLECTION_UID, 'd');
      const [source, documentId, created] = [d.column('source'), d.column('sourceDocumentId'), d.column('createdAt')];
      const query = strapi.db
        .getConnection(d.from)
        .select({ source, documentId })
        .select(indexAs(created, 'day', 'day'))
        .count({ count: d.column('id') })
        .groupBy(indexOf(created, 'day'))
        .groupBy(source)
        .groupBy(documentId);
      const rows = await inSpan(query, created, span);
      return rows.map((row: any) => ({ day: num(row.day), source: row.source, documentId: row.documentId, count: num(row.count) }));
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
    async creditsByHour(span: Span): Promise<CreditHourCount[]> {
      const c = tableOf(strapi, CREDIT_TRANSACTION_UID, 'c');
      const [kind, delta, created] = [c.column('kind'), c.column('delta'), c.column('createdAt')];
      const query = strapi.db
        .getConnection(c.from)
        .select(indexAs(created, 'hour', 'hour'))
        .select(sumAs("case when ?? = 'purchase' then ?? else 0 end", [kind, delta], 'sold'))
        .select(sumAs("case when ?? = 'debit' then -?? else 0 end", [kind, delta], 'used'))
        .whereIn(kind, ['purchase', 'debit'])
        .groupBy(indexOf(created, 'hour'));
      const rows = await inSpan(query, created, span);
      return rows.map((row: any) => ({ hour: num(row.hour), sold: num(row.sold), used: num(row.used) }));
    },

    /** Everything the dashboard counts over one span, for every tier. */
    async tally(span: Span): Promise<Tally> {
      const [opened, resolved, firstResponses, storedMinutes, unstamped, nextResponses, nextBreaches, deflections, credits] = await Promise.all([
        queries.opened(span),
        queries.resolved(span),
        queries.firstResponses(span),
        queries.storedResponseMinutes(span),
        queries.unstampedAnsweredTimes(span),
        queries.nextResponses(span),
        queries.nextResponseBreaches(span),
        queries.deflections(span),
        queries.creditsByHour(span),
      ]);
      return { opened, resolved, firstResponses, storedMinutes, unstamped, nextResponses, nextBreaches, deflections, credits };
    },
  };
  return queries;
}

const asDate = (value: unknown) => toDate(value) as Date;
