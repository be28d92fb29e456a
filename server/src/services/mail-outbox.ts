import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { afterFailure, classifySendError } from '../domain/outbox/delivery';
import type { MailTemplate } from '../domain/mail';
import type { TicketMail } from '../domain/outbox/ticket-mail';
import { MAIL_OUTBOX_UID, TICKET_UID } from '../uids';
import { getPluginConfig, getPluginService, toIso } from '../utils';

/** The SQLite claim: one instance at a time takes the batch, under this job lease. */
export const MAIL_OUTBOX_JOB = 'helpdesk-mail-outbox';

/**
 * How long a claimed row is left to the instance that claimed it. One that crashed between sending
 * and marking leaves the row `sending`; after this it is claimed again and sent a second time at
 * most, never lost.
 */
const SENDING_LEASE_MS = 5 * 60_000;

export interface OutboxRow {
  id: number;
  dedupeKey: string;
  /** The ticket the mail is about, if any: a mail whose ticket is gone is dropped. */
  ticketDocumentId: string | null;
  to: string;
  template: string;
  language: string | null;
  payload: Record<string, any> | null;
  attempts: number;
  /** When it was queued, or queued again by staff; the three days before giving up count from here. */
  queuedAt: Date | null;
  createdAt: Date;
}

/** Writes a row's mail (subject, text and HTML); made once per batch, so what it reads is read once. */
export type Renderer = () => Promise<(row: OutboxRow) => { subject: string; text: string; html: string }>;

/**
 * Sends the mail outbox through Strapi's email plugin. Rows are claimed in a batch so that with
 * several instances each row goes to one of them: `FOR UPDATE SKIP LOCKED` on PostgreSQL and
 * MySQL/MariaDB, the job lease on SQLite (which has one writer anyway). A claimed row is marked
 * `sending` with a lease; each is then sent and marked `sent` with the provider's answer, retried
 * later on a temporary failure, or `failed` with the reason.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const meta = () => strapi.db.metadata.get(MAIL_OUTBOX_UID);
  const column = (name: string) => ((meta().attributes[name] as { columnName?: string } | undefined)?.columnName ?? name);
  const now = () => getPluginService(strapi, 'clock').now();
  const rows = () => strapi.db.query(MAIL_OUTBOX_UID as any);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | null = null;
  let renderer: Renderer | null = null;
  /**
   * Rows this instance claimed and never handed to the provider, because the run broke off first
   * (the database went away while it read them, say). Sending them can not double anything, so the
   * next run gives them back at once instead of leaving them to their five-minute lease.
   */
  let interrupted: number[] = [];

  /** Due rows: waiting and due, or claimed by an instance whose lease ran out. */
  const dueRows = (query: any, at: Date) =>
    query
      .whereIn(column('status'), ['pending', 'sending'])
      .where((due: any) => due.whereNull(column('notBefore')).orWhere(column('notBefore'), '<=', at))
      .orderBy('id', 'asc');

  const markClaimed = (query: any, ids: number[], at: Date) =>
    query.whereIn('id', ids).update({
      [column('status')]: 'sending',
      [column('notBefore')]: new Date(at.getTime() + SENDING_LEASE_MS),
      [column('attempts')]: strapi.db.connection.raw('?? + 1', [column('attempts')]),
      [column('updatedAt')]: at,
    });

  /** Claims up to `limit` due rows for this instance and returns their ids. */
  const claim = async (limit: number): Promise<number[]> => {
    const at = now();
    const table = meta().tableName;
    if (strapi.db.dialect.client === 'sqlite') {
      const lease = getPluginService(strapi, 'job-lease');
      if (!(await lease.acquire(MAIL_OUTBOX_JOB, SENDING_LEASE_MS))) return [];
      try {
        const found = await dueRows(strapi.db.connection(table).select('id'), at).limit(limit);
        const ids = found.map((row: { id: number }) => Number(row.id));
        if (ids.length) await markClaimed(strapi.db.connection(table), ids, at);
        return ids;
      } finally {
        await lease.release(MAIL_OUTBOX_JOB);
      }
    }
    // READ COMMITTED: under MySQL's default REPEATABLE READ the scan would also lock the gaps of
    // the status index, and a ticket filed meanwhile, inserting its receipt into such a gap, would
    // deadlock with the claim.
    return strapi.db.connection.transaction(
      async (trx) => {
        const found = await dueRows(trx(table).select('id'), at).limit(limit).forUpdate().skipLocked();
        const ids = found.map((row: { id: number }) => Number(row.id));
        if (ids.length) await markClaimed(trx(table), ids, at);
        return ids;
      },
      { isolationLevel: 'read committed' }
    );
  };

  const senderDomain = () => getPluginConfig(strapi).mail.from.split('@')[1] ?? 'helpdesk.invalid';
  const ticketOf = (row: OutboxRow): string | null => {
    const documentId = row.ticketDocumentId ?? row.payload?.ticketDocumentId;
    return typeof documentId === 'string' ? documentId : null;
  };

  /** A Message-ID that stays the same across retries, so a receiving server can tell a duplicate. */
  const messageIdOf = (row: OutboxRow) => {
    const digest = createHash('sha256').update(row.dedupeKey).digest('hex').slice(0, 24);
    return `<helpdesk.${row.id}.${digest}@${senderDomain()}>`;
  };

  /** All mails of one ticket name the same thread, so mail clients show them as one conversation. */
  const threadOf = (row: OutboxRow) => {
    const documentId = ticketOf(row);
    if (!documentId) return {};
    const thread = `<helpdesk.ticket.${documentId}@${senderDomain()}>`;
    return { inReplyTo: thread, references: [thread] };
  };

  const ticketGone = async (row: OutboxRow) => {
    const documentId = ticketOf(row);
    if (!documentId) return false;
    return !(await strapi.db.query(TICKET_UID as any).findOne({ where: { documentId }, select: ['id'] }));
  };

  const deliver = async (row: OutboxRow, render: (row: OutboxRow) => { subject: string; text: string; html: string }) => {
    const messageId = messageIdOf(row);
    if (await ticketGone(row)) {
      strapi.log.info(`[helpdesk] mail ${row.dedupeKey} dropped: its ticket was deleted`);
      await rows().update({ where: { id: row.id }, data: { status: 'failed', lastError: 'dropped: the ticket was deleted', messageId } });
      return;
    }
    const { mail } = getPluginConfig(strapi);
    try {
      const mailContent = render(row);
      const answer = await strapi
        .plugin('email')
        .service('email')
        .send({ to: row.to, from: mail.from, replyTo: mail.replyTo ?? undefined, messageId, ...threadOf(row), ...mailContent });
      await rows().update({
        where: { id: row.id },
        data: { status: 'sent', sentAt: now(), messageId, lastError: null, providerResponse: describeAnswer(answer) },
      });
    } catch (error) {
      const queuedAt = new Date(row.queuedAt ?? row.createdAt);
      const outcome = afterFailure(classifySendError(error as any), { attempts: row.attempts, queuedAt }, now(), mail.outbox);
      await rows().update({ where: { id: row.id }, data: { ...outcome, messageId } });
      if (outcome.status === 'failed') strapi.log.warn(`[helpdesk] mail ${row.dedupeKey} to ${row.to} failed: ${outcome.lastError}`);
    }
  };

  return {
    /** The function that writes each template's mail (domain/mail), set at bootstrap. */
    useRenderer(render: Renderer) {
      renderer = render;
    },

    /** Claims and sends one batch; returns how many rows it took. Runs never overlap on one instance. */
    async runOnce(): Promise<number> {
      while (running) await running.catch(() => undefined);
      const work = (async () => {
        // Nothing is claimed that could not be written.
        const makeRender = renderer;
        if (!makeRender) throw new Error('the mail outbox has no renderer');
        if (interrupted.length) {
          await rows().updateMany({ where: { id: { $in: interrupted }, status: 'sending' }, data: { status: 'pending', notBefore: null } });
          interrupted = [];
        }
        const ids = await claim(getPluginConfig(strapi).mail.outbox.batchSize);
        if (ids.length === 0) return 0;
        const untried = new Set(ids);
        try {
          const render = await makeRender();
          const claimed: OutboxRow[] = await rows().findMany({ where: { id: { $in: ids } }, orderBy: { id: 'asc' } });
          // A few at a time: each send waits on the SMTP server, which a pooled transport serves in parallel.
          const waiting = [...claimed];
          const lanes = Array.from({ length: Math.min(getPluginConfig(strapi).mail.outbox.concurrency, waiting.length) }, async () => {
            for (let row = waiting.shift(); row; row = waiting.shift()) {
              untried.delete(row.id);
              try {
                await deliver(row, render);
              } catch (error) {
                // The others stop taking rows: what is left is given back with the untried ones.
                waiting.length = 0;
                throw error;
              }
            }
          });
          const outcomes = await Promise.allSettled(lanes);
          const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
          if (failed) throw failed.reason;
          return claimed.length;
        } catch (error) {
          // A row whose send was tried keeps its lease: it may have gone out before the run broke off.
          interrupted.push(...untried);
          throw error;
        }
      })();
      running = work;
      try {
        return await work;
      } finally {
        running = null;
      }
    },

    /**
     * Queues one mail, in the caller's transaction, unless one with the same key was queued before
     * or the site turned the plugin's mails off. The key makes a retried write queue it once.
     * `keyIsNew`: the key names a document this transaction created, so the lookup is skipped (the
     * unique key still refuses a second row).
     */
    async enqueue(
      mail: { dedupeKey: string; to: string; template: MailTemplate; language: string | null; payload: Record<string, unknown>; ticketDocumentId?: string | null },
      { keyIsNew = false }: { keyIsNew?: boolean } = {}
    ) {
      if (!getPluginConfig(strapi).mail.enabled) return;
      if (!keyIsNew && (await rows().findOne({ where: { dedupeKey: mail.dedupeKey }, select: ['id'] }))) return;
      // createMany: one INSERT, where create() would read the row back.
      await rows().createMany({
        data: [
          {
            dedupeKey: mail.dedupeKey,
            ticketDocumentId: mail.ticketDocumentId ?? null,
            to: mail.to,
            template: mail.template,
            language: mail.language ?? 'en',
            status: 'pending',
            attempts: 0,
            queuedAt: now(),
            payload: mail.payload,
          },
        ],
      });
    },

    /** The mails of a ticket, oldest first. */
    async ofTicket(ticketDocumentId: string): Promise<TicketMail[]> {
      const found = await rows().findMany({ where: { ticketDocumentId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      return found.map((row: Record<string, any>) => ({
        id: row.id,
        template: row.template,
        to: row.to,
        status: row.status === 'sent' || row.status === 'failed' ? row.status : 'queued',
        attempts: row.attempts ?? 0,
        lastError: row.lastError ?? null,
        nextAttemptAt: row.status === 'pending' ? toIso(row.notBefore) : null,
        sentAt: toIso(row.sentAt),
        queuedAt: toIso(row.queuedAt ?? row.createdAt)!,
      }));
    },

    /**
     * Queues a failed mail of the ticket again, to be sent on the next run; returns false when the
     * ticket has no such failed mail. Its three days before giving up start again.
     */
    async resend(ticketDocumentId: string, id: number): Promise<boolean> {
      const { count } = await rows().updateMany({
        where: { id, ticketDocumentId, status: 'failed' },
        data: { status: 'pending', notBefore: null, queuedAt: now(), lastError: null },
      });
      return count === 1;
    },

    /** Sends until nothing is due (tests, and a drain before shutdown). */
    async drain(): Promise<number> {
      let total = 0;
      for (let sent = await this.runOnce(); sent > 0; sent = await this.runOnce()) total += sent;
      return total;
    },

    start(intervalMs: number): void {
      this.stop();
      timer = setInterval(() => {
        this.runOnce().catch((error: Error) => strapi.log.error(`[helpdesk] Sending the mail outbox failed: ${error.message}`));
      }, intervalMs);
      // The worker must never keep a process alive that is otherwise done.
      timer.unref();
    },

    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
};

/** What the provider said, for staff who look into a delivery: nodemailer's answer line and ids. */
function describeAnswer(answer: unknown): string | null {
  if (!answer || typeof answer !== 'object') return null;
  const { response, messageId, accepted, rejected } = answer as Record<string, unknown>;
  return JSON.stringify({ response, messageId, accepted, rejected }).slice(0, 2000);
}
