import type { Core } from '@strapi/strapi';
import { activeTargets, dueField, isPausingStatus, preBreachAt, type TargetName } from '../domain/sla';
import { ticketSlaState } from './sla';
import { getPluginConfig, getPluginService } from '../utils';
import { MAIL_OUTBOX_UID, SLA_EVENT_UID, TICKET_UID } from '../uids';

const LEASE_NAME = 'sla-sweeper';
const LEASE_MS = 5 * 60 * 1000;
const BATCH = 500;

type EventKind = 'preBreach' | 'breach';

interface DueEvent {
  key: string;
  ticket: Record<string, any>;
  target: TargetName;
  kind: EventKind;
  dueAt: Date;
  /** Alert staff for this event (a pre-breach discovered together with its breach is not). */
  alert: boolean;
}

/** One key per ticket, target, kind and due instant: a target that restarts (a new customer message) can breach again. */
const eventKey = (documentId: string, target: TargetName, kind: EventKind, dueAt: Date) =>
  `${documentId}:${target}:${kind}:${dueAt.toISOString()}`;

const isUniqueViolation = (error: unknown) => /unique|duplicate/i.test(String((error as Error)?.message ?? error));

/**
 * The breach sweeper: finds targets past their pre-breach point or due instant and records each
 * event once — the event row, the ticket's badge stamps and the staff alerts in one transaction.
 * Runs under a lease so one instance sweeps at a time; the unique event key keeps it exactly-once
 * even if two sweeps overlap.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const findDueEvents = async (now: Date): Promise<DueEvent[]> => {
    const context = await getPluginService(strapi, 'sla').context();
    const events: DueEvent[] = [];
    for (let offset = 0; ; offset += BATCH) {
      const rows = await strapi.db.query(TICKET_UID as any).findMany({
        where: {
          status: { $notIn: ['resolved', 'closed'] },
          $or: [
            { firstResponseDueAt: { $notNull: true }, firstRespondedAt: { $null: true } },
            { nextResponseDueAt: { $notNull: true } },
            { resolutionDueAt: { $notNull: true } },
          ],
        },
        orderBy: { id: 'asc' },
        offset,
        limit: BATCH,
      });
      for (const row of rows) {
        if (isPausingStatus(row.status)) continue;
        const state = ticketSlaState(row);
        const calendar = context.calendarFor(state.tier);
        for (const target of activeTargets(state)) {
          const dueAt = state[dueField[target]];
          if (!dueAt) continue;
          const startedAt = new Date(state.slaClock?.[target]?.startedAt ?? row.createdAt);
          const breached = now.getTime() >= dueAt.getTime();
          if (now.getTime() >= preBreachAt(calendar, startedAt, dueAt, context.settings.preBreachRatio).getTime()) {
            const key = eventKey(row.documentId, target, 'preBreach', dueAt);
            events.push({ key, ticket: row, target, kind: 'preBreach', dueAt, alert: !breached });
          }
          if (breached) {
            events.push({ key: eventKey(row.documentId, target, 'breach', dueAt), ticket: row, target, kind: 'breach', dueAt, alert: true });
          }
        }
      }
      if (rows.length < BATCH) return events;
    }
  };

  const record = async (event: DueEvent, now: Date, alertAt: Date): Promise<boolean> => {
    const { mail } = getPluginConfig(strapi);
    const recipients = event.alert && mail.enabled ? mail.staffRecipients : [];
    try {
      await strapi.db.transaction(async () => {
        await strapi.db.query(SLA_EVENT_UID as any).create({
          data: {
            eventKey: event.key,
            ticket: event.ticket.id,
            target: event.target,
            kind: event.kind,
            dueAt: event.dueAt,
            occurredAt: now,
            alertedAt: recipients.length > 0 ? now : null,
          },
        });
        const stamp = event.kind === 'breach' ? 'breachedAt' : 'preBreachedAt';
        if (!event.ticket[stamp]) {
          await strapi.db.query(TICKET_UID as any).update({ where: { id: event.ticket.id }, data: { [stamp]: now } });
          event.ticket[stamp] = now;
        }
        for (const to of recipients) {
          await strapi.db.query(MAIL_OUTBOX_UID as any).create({
            data: {
              dedupeKey: `${event.key}:${to}`,
              ticketDocumentId: event.ticket.documentId,
              to,
              template: event.kind === 'breach' ? 'sla-breach' : 'sla-pre-breach',
              language: 'en',
              notBefore: alertAt,
              // An alert that waits for staffed hours counts its days of retries from then.
              queuedAt: alertAt,
              payload: {
                ticketDocumentId: event.ticket.documentId,
                reference: event.ticket.reference,
                subject: event.ticket.subject,
                tier: event.ticket.tier,
                target: event.target,
                dueAt: event.dueAt.toISOString(),
              },
            },
          });
        }
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  };

  return {
    /** Records what is due now. `holder` names the sweeping instance (tests play two instances). */
    async sweep({ holder }: { holder?: string } = {}): Promise<{ ran: boolean; recorded: string[] }> {
      const lease = getPluginService(strapi, 'job-lease');
      if (!(await lease.acquire(LEASE_NAME, LEASE_MS, holder))) return { ran: false, recorded: [] };
      try {
        const recorded = await this.recordDueEvents();
        // Fair-use windows age with time: re-score the customers whose score time alone changed.
        await getPluginService(strapi, 'fair-use').recheckDue();
        return { ran: true, recorded };
      } finally {
        await lease.release(LEASE_NAME, holder);
      }
    },

    /** The sweep itself, without the lease. Safe to run concurrently: each event is recorded once. */
    async recordDueEvents(): Promise<string[]> {
      const now = getPluginService(strapi, 'clock').now();
      const candidates = await findDueEvents(now);
      if (candidates.length === 0) return [];

      const known = await strapi.db.query(SLA_EVENT_UID as any).findMany({
        where: { eventKey: { $in: candidates.map((event) => event.key) } },
        select: ['eventKey'],
      });
      const seen = new Set(known.map((row: { eventKey: string }) => row.eventKey));
      const { staffed } = await getPluginService(strapi, 'sla').context();
      // Standard-tier alerts wait for the staff's opening hours instead of going out at midnight.
      const standardAlertAt = staffed.nextOpening(now) ?? now;

      const recorded: string[] = [];
      for (const event of candidates) {
        if (seen.has(event.key)) continue;
        const alertAt = event.ticket.tier === 'priority' ? now : standardAlertAt;
        if (await record(event, now, alertAt)) recorded.push(event.key);
      }
      return recorded;
    },
  };
};
