import type { Core } from '@strapi/strapi';
import {
  balanceAfter,
  clawback,
  freeUntil,
  inFreePeriod,
  InsufficientCreditsError,
  type CreditTransactionKind,
} from '../../domain/credits';
import { CREDIT_ACCOUNT_UID, CREDIT_TRANSACTION_UID, TICKET_UID, USER_UID } from '../../uids';
import { ledgerStatements } from './ledger-sql';
import { getPluginService, toDate, toIso } from '../../utils';

export { InsufficientCreditsError };

/** One movement of a balance, as callers ask for it. */
export interface LedgerEntry {
  customerId: number;
  /** Signed: a debit is negative. A balance never goes below zero: such an entry is refused whole. */
  delta: number;
  kind: CreditTransactionKind;
  /** Unique over the whole ledger: posting the same reference twice posts it once. */
  externalRef?: string | null;
  ticketId?: number | null;
  /** Who caused it: `staff:<id> <name>`, `stripe`, `system`. */
  actor?: string | null;
  note?: string | null;
}

export interface LedgerRow {
  id: number;
  delta: number;
  balanceAfter: number;
  kind: CreditTransactionKind;
  externalRef: string | null;
  actor: string | null;
  note: string | null;
  ticket: { documentId: string; reference: string | null; subject: string } | null;
  createdAt: string;
}

export interface PostResult {
  transaction: LedgerRow;
  balance: number;
  /** The reference had been posted before: nothing changed this time. */
  duplicate: boolean;
}

/** `post` found no account to post to. */
const NO_ACCOUNT = Symbol('no credit account');

const TRANSACTION_FIELDS = ['id', 'delta', 'balanceAfter', 'kind', 'externalRef', 'actor', 'note', 'createdAt'];

const ledgerRow = (row: Record<string, any>): LedgerRow => ({
  id: row.id,
  delta: row.delta,
  balanceAfter: row.balanceAfter,
  kind: row.kind,
  externalRef: row.externalRef ?? null,
  actor: row.actor ?? null,
  note: row.note ?? null,
  ticket: row.ticket ? { documentId: row.ticket.documentId, reference: row.ticket.reference ?? null, subject: row.ticket.subject } : null,
  createdAt: toIso(row.createdAt)!,
});

/**
 * The prepaid-credit ledger. A balance only changes together with its append-only ledger row, in
 * one transaction, under a row lock on the account: concurrent purchases, charges and adjustments
 * of one customer queue up, so none is lost and the balance always equals the sum of its rows.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const accounts = () => strapi.db.query(CREDIT_ACCOUNT_UID as any);
  const transactions = () => strapi.db.query(CREDIT_TRANSACTION_UID as any);
  const now = () => getPluginService(strapi, 'clock').now();
  const sql = ledgerStatements(strapi);

  const readAccount = (customerId: number) =>
    accounts().findOne({ where: { customerKey: customerId }, select: ['id', 'balance', 'supportFrom', 'createdAt'] });

  /**
   * The customer's account, created on first use with support counted from their registration.
   * Two first uses at once both try to create it; the unique customer key lets one win and the
   * other read the winner's row. Outside a transaction, so a lost race aborts nothing.
   */
  const ensureAccount = async (customerId: number) => {
    const existing = await readAccount(customerId);
    if (existing) return existing;
    const user = await strapi.db.query(USER_UID as any).findOne({ where: { id: customerId }, select: ['id', 'createdAt'] });
    if (!user) throw new Error(`No customer with id ${customerId}`);
    try {
      await accounts().create({
        data: { customer: customerId, customerKey: customerId, balance: 0, supportFrom: toDate(user.createdAt) ?? now() },
      });
    } catch (error) {
      if (!(await readAccount(customerId))) throw error;
    }
    return (await readAccount(customerId))!;
  };

  /** Reads the account inside the caller's transaction and locks its row until the transaction ends; null when there is none. */
  const lockedAccount = (customerId: number) =>
    strapi.db.entityManager
      .createQueryBuilder(CREDIT_ACCOUNT_UID as any)
      .select(['id', 'balance'])
      .where({ customerKey: customerId })
      .forUpdate()
      .first()
      .execute<{ id: number; balance: number } | null>();

  const lockAccount = async (customerId: number) => {
    const row = await lockedAccount(customerId);
    if (!row) throw new Error(`Customer ${customerId} has no credit account`);
    return row;
  };

  const findByRefLocked = (externalRef: string) =>
    strapi.db.entityManager
      .createQueryBuilder(CREDIT_TRANSACTION_UID as any)
      .select(TRANSACTION_FIELDS)
      .where({ externalRef })
      .forUpdate()
      .first()
      .execute<Record<string, any> | null>();

  type Transaction = Parameters<Parameters<Core.Strapi['db']['transaction']>[0]>[0]['trx'];

  /** The entry already posted under this reference, as a duplicate's answer. */
  const duplicateOf = async (externalRef: string, balance: number): Promise<PostResult> => {
    // A locking read: MySQL would otherwise show the ledger as it was when the transaction began.
    const existing = await findByRefLocked(externalRef);
    if (!existing) throw new Error(`Ledger reference ${externalRef} was taken but cannot be read`);
    return { transaction: ledgerRow(existing), balance, duplicate: true };
  };

  /**
   * One post inside a transaction. The balance moves first, in the statement that takes the row
   * lock (refused there if it would go below zero); then the row is appended, unless its reference
   * is taken, when the move is undone under the same lock. Every concurrent post of one account
   * waits on that lock, so each sees the balance the one before left.
   */
  const postWithin = async (trx: Transaction, entry: LedgerEntry): Promise<PostResult | typeof NO_ACCOUNT> => {
    const at = new Date();
    const fields = {
      delta: entry.delta,
      kind: entry.kind,
      externalRef: entry.externalRef ?? null,
      ticketId: entry.ticketId ?? null,
      actor: entry.actor ?? null,
      note: entry.note ?? null,
      at,
    };
    const ticketOf = async (ticketId: number | null) =>
      ticketId ? strapi.db.query(TICKET_UID as any).findOne({ where: { id: ticketId }, select: ['documentId', 'reference', 'subject'] }) : null;
    const posted = (entryId: number, balance: number): Promise<PostResult> =>
      ticketOf(fields.ticketId).then((ticket) => ({
        transaction: ledgerRow({ ...fields, id: entryId, balanceAfter: balance, ticket, createdAt: at }),
        balance,
        duplicate: false,
      }));

    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (strapi.db.dialect.client === 'postgres') {
        const result = await sql.postOnPostgres(trx, entry.customerId, fields);
        if (result?.entryId) return posted(result.entryId, result.balance);
        if (result) {
          const undone = await sql.moveBalance(trx, entry.customerId, -entry.delta, at);
          return duplicateOf(fields.externalRef!, undone?.balance ?? result.balance - entry.delta);
        }
      } else {
        const moved = await sql.moveBalance(trx, entry.customerId, entry.delta, at);
        if (moved) {
          const id = await sql.insertEntry(trx, { ...fields, accountId: moved.id, balanceAfter: moved.balance });
          if (id !== null) return posted(id, moved.balance);
          const undone = await sql.moveBalance(trx, entry.customerId, -entry.delta, at);
          return duplicateOf(fields.externalRef!, undone?.balance ?? moved.balance - entry.delta);
        }
      }
      // Refused: no account, a reference already posted (a retried charge), or too low a balance —
      // unless a purchase raised it in between, then once more.
      const account = await lockedAccount(entry.customerId);
      if (!account) return NO_ACCOUNT;
      if (fields.externalRef && (await findByRefLocked(fields.externalRef))) return duplicateOf(fields.externalRef, account.balance);
      balanceAfter(account.balance, entry.delta); // throws InsufficientCreditsError with what is missing
    }
    throw new Error(`The balance of customer ${entry.customerId} kept changing while it was posted to`);
  };

  return {
    ensureAccount,

    /**
     * Posts one entry, or nothing when its reference is already in the ledger. Refuses (throws
     * InsufficientCreditsError, changing nothing) an entry that would take the balance below zero.
     * Joins the caller's transaction when there is one, so a charge commits with the status change
     * that causes it.
     */
    async post(entry: LedgerEntry): Promise<PostResult> {
      if (!Number.isInteger(entry.delta)) throw new RangeError('delta: must be a whole number of credits');
      const attempt = () => strapi.db.transaction(({ trx }) => postWithin(trx, entry));
      let result = await attempt();
      // A customer's first entry creates the account, outside any transaction (see ensureAccount).
      if (result === NO_ACCOUNT && !strapi.db.inTransaction()) {
        await ensureAccount(entry.customerId);
        result = await attempt();
      }
      if (result === NO_ACCOUNT) throw new Error(`Customer ${entry.customerId} has no credit account`);
      return result;
    },

    /**
     * Takes bought credits back (a refunded purchase), as many as the balance holds. A shortfall —
     * credits already spent — is written as a zero adjustment beside it, so staff see what could
     * not be taken back. Posting the same reference twice takes them once.
     */
    async clawback(entry: { customerId: number; credits: number; externalRef: string; actor: string; note: string }) {
      if (!strapi.db.inTransaction()) await ensureAccount(entry.customerId);
      return strapi.db.transaction(async () => {
        const account = await lockAccount(entry.customerId);
        const { taken, shortfall } = clawback(account.balance, entry.credits);
        const result = await this.post({ customerId: entry.customerId, delta: -taken, kind: 'refund', externalRef: entry.externalRef, actor: entry.actor, note: entry.note });
        if (!result.duplicate && shortfall > 0) {
          await this.post({
            customerId: entry.customerId,
            delta: 0,
            kind: 'adjustment',
            externalRef: `${entry.externalRef}:shortfall`,
            actor: entry.actor,
            note: `${shortfall} refunded credit${shortfall === 1 ? ' was' : 's were'} already spent and could not be taken back`,
          });
        }
        return { ...result, taken: result.duplicate ? 0 : taken, shortfall: result.duplicate ? 0 : shortfall };
      });
    },

    /**
     * Debits as many of `credits` as the balance holds, read and taken under the account's lock, so
     * a debit racing it cannot leave the amount above the balance (which post would refuse). The
     * note is written once the amount is known. Posting the same reference twice debits once.
     */
    async debitUpTo(entry: {
      customerId: number;
      credits: number;
      externalRef: string;
      ticketId?: number;
      actor: string;
      note: (charged: number, short: number) => string;
    }) {
      if (!strapi.db.inTransaction()) await ensureAccount(entry.customerId);
      return strapi.db.transaction(async () => {
        const account = await lockAccount(entry.customerId);
        const charged = Math.min(entry.credits, Math.max(0, account.balance));
        const short = entry.credits - charged;
        const result = await this.post({
          customerId: entry.customerId,
          delta: -charged,
          kind: 'debit',
          externalRef: entry.externalRef,
          ticketId: entry.ticketId,
          actor: entry.actor,
          note: entry.note(charged, short),
        });
        return { ...result, charged: result.duplicate ? 0 : charged, short: result.duplicate ? 0 : short };
      });
    },

    /** The balance right now (0 for a customer who never had an account). */
    async balanceOf(customerId: number): Promise<number> {
      return (await readAccount(customerId))?.balance ?? 0;
    },

    /**
     * Balance and entitlement: when support started to count, and until when it is free.
     * `registeredAt` is the customer's registration when the caller has their user row already
     * (the authenticated request does), which spares reading it for a customer without an account.
     */
    async entitlement(customerId: number, at: Date = now(), registeredAt?: string | Date | null) {
      // A read creates nothing: a customer without an account has none of its credits yet, and
      // support counting from their registration, as the account will say once it is made.
      const registration = async () =>
        registeredAt ?? (await strapi.db.query(USER_UID as any).findOne({ where: { id: customerId }, select: ['createdAt'] }))?.createdAt ?? now();
      const account = (await readAccount(customerId)) ?? { balance: 0, supportFrom: null, createdAt: await registration() };
      const { credits: settings } = await getPluginService(strapi, 'settings').get();
      const supportFrom = toDate(account.supportFrom) ?? toDate(account.createdAt)!;
      return {
        balance: account.balance as number,
        supportFrom: supportFrom.toISOString(),
        freeUntil: freeUntil(supportFrom, settings.freeDays).toISOString(),
        inFreePeriod: inFreePeriod(supportFrom, settings.freeDays, at),
      };
    },

    /** Sets the date support counts from (say, the purchase date the host app knows). */
    async setSupportFrom(customerId: number, supportFrom: Date) {
      const account = await ensureAccount(customerId);
      await accounts().update({ where: { id: account.id }, data: { supportFrom } });
      return this.entitlement(customerId);
    },

    /** Ledger rows, newest first, of one customer or of everyone. */
    async transactions({ customerId, kind, page, pageSize }: { customerId?: number; kind?: CreditTransactionKind; page: number; pageSize: number }) {
      const where: Record<string, unknown> = {};
      if (customerId !== undefined) where.account = { customerKey: customerId };
      if (kind !== undefined) where.kind = kind;
      const [rows, total] = await Promise.all([
        transactions().findMany({
          where,
          select: TRANSACTION_FIELDS,
          populate: {
            ticket: { select: ['documentId', 'reference', 'subject'] },
            account: { select: ['customerKey'], populate: { customer: { select: ['id', 'email', 'username'] } } },
          },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        transactions().count({ where }),
      ]);
      return {
        results: rows.map((row: Record<string, any>) => ({
          ...ledgerRow(row),
          customer: row.account?.customer
            ? { id: row.account.customer.id, email: row.account.customer.email, username: row.account.customer.username }
            : row.account
              ? { id: row.account.customerKey, email: null, username: null }
              : null,
        })),
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
      };
    },
  };
};
