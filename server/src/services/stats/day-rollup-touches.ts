import type { Core } from '@strapi/strapi';
import { utcDayOf } from '../../domain/stats';
import { CREDIT_TRANSACTION_UID, DEFLECTION_UID, SLA_EVENT_UID, TICKET_MESSAGE_UID, TICKET_UID } from '../../uids';
import { toDate } from '../../utils';
import type { DayRollups } from './day-rollups';

interface Watched {
  /** The instants whose UTC days the row counts in. */
  instants: string[];
  /** The attributes whose change moves a figure; an update of none of them touches nothing. */
  figures: string[];
}

const WATCHED: Record<string, Watched> = {
  [TICKET_UID]: {
    instants: ['createdAt', 'resolvedAt', 'firstRespondedAt'],
    figures: ['tier', 'createdAt', 'resolvedAt', 'firstRespondedAt', 'firstResponseDueAt', 'firstResponseMinutes', 'firstResponseBusinessMinutes'],
  },
  [TICKET_MESSAGE_UID]: { instants: ['createdAt'], figures: ['createdAt', 'answeredDueAt', 'ticket'] },
  [SLA_EVENT_UID]: { instants: ['occurredAt'], figures: ['occurredAt', 'target', 'kind', 'ticket'] },
  [DEFLECTION_UID]: { instants: ['createdAt'], figures: ['createdAt', 'source', 'sourceDocumentId'] },
  [CREDIT_TRANSACTION_UID]: { instants: ['createdAt'], figures: ['createdAt', 'kind', 'delta'] },
};

/** The rows of a ticket's thread and SLA record count under the ticket's tier. */
const UNDER_TICKET: Array<{ uid: string; instant: string }> = [
  { uid: TICKET_MESSAGE_UID, instant: 'createdAt' },
  { uid: SLA_EVENT_UID, instant: 'occurredAt' },
];

/** A written or stored instant; anything that is not one (a relation, a bad value the write refuses) touches no day. */
const asInstant = (value: unknown): Date | null => {
  const instant = toDate(value);
  return instant && !Number.isNaN(instant.getTime()) ? instant : null;
};

/**
 * Keeps the day rollups honest about writes made through Strapi (document service, query engine,
 * Content Manager): after a write that moves a figure, the UTC days the row counted in before and
 * after it are touched. The day's normal writes (a ticket filed, answered, resolved today) touch only
 * days not kept yet; editing an old ticket, changing its tier or deleting it touches the old days.
 * Writes below Strapi are not seen: `recount()` is for those.
 */
export function watchDayRollupWrites(strapi: Core.Strapi, rollups: DayRollups): void {
  const daysOf = (rows: any[], instants: string[]) => {
    const days: number[] = [];
    for (const row of rows) {
      for (const name of instants) {
        const instant = asInstant(row?.[name]);
        if (instant) days.push(utcDayOf(instant));
      }
    }
    return days;
  };
  const rowsOf = (uid: string, where: unknown, instants: string[]) =>
    strapi.db.query(uid as any).findMany({ where: where as any, select: ['id', ...instants] as any });
  const idsOf = (rows: any[]) => rows.map((row) => row.id).filter((id) => id !== undefined && id !== null);

  /** The days of the messages and SLA events of these tickets: they move with the ticket's tier. */
  const underTicketDays = async (ticketIds: unknown[]) => {
    if (!ticketIds.length) return [];
    const days: number[] = [];
    for (const { uid, instant } of UNDER_TICKET) {
      days.push(...daysOf(await rowsOf(uid, { ticket: { id: { $in: ticketIds } } }, [instant]), [instant]));
    }
    return days;
  };

  for (const [uid, watched] of Object.entries(WATCHED)) {
    const movesFigures = (data: unknown) => !!data && typeof data === 'object' && watched.figures.some((name) => name in (data as object));
    const movesTier = (data: unknown) => uid === TICKET_UID && !!data && typeof data === 'object' && 'tier' in (data as object);

    /** Before an update or delete: the rows it is about to change and the days they count in now. */
    const before = (deleting: boolean) => async (event: any) => {
      if (!deleting && !movesFigures(event.params?.data)) return;
      const rows = await rowsOf(uid, event.params?.where ?? {}, watched.instants);
      const ids = idsOf(rows);
      const days = daysOf(rows, watched.instants);
      if (deleting || movesTier(event.params?.data)) days.push(...(await underTicketDays(ids)));
      event.state.statsDays = days;
      event.state.statsIds = ids;
    };
    /** After it: those days, and the days of the instants it wrote (a tier change moves none). */
    const after = (deleting: boolean) => async (event: any) => {
      const days: number[] | undefined = event.state?.statsDays;
      if (!days) return;
      if (!deleting && event.state.statsIds?.length) days.push(...daysOf([event.params.data], watched.instants));
      await rollups.touch(days);
    };

    strapi.db.lifecycles.subscribe({
      models: [uid],
      async afterCreate(event: any) {
        const row = event.result ?? {};
        const complete = watched.instants.every((name) => name in row);
        await rollups.touch(daysOf(complete ? [row] : await rowsOf(uid, { id: row.id }, watched.instants), watched.instants));
      },
      async afterCreateMany(event: any) {
        const ids: unknown[] = event.result?.ids ?? [];
        if (ids.length) await rollups.touch(daysOf(await rowsOf(uid, { id: { $in: ids } }, watched.instants), watched.instants));
      },
      beforeUpdate: before(false),
      beforeUpdateMany: before(false),
      afterUpdate: after(false),
      afterUpdateMany: after(false),
      beforeDelete: before(true),
      beforeDeleteMany: before(true),
      afterDelete: after(true),
      afterDeleteMany: after(true),
    } as any);
  }
}
