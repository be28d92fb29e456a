import type { Core } from '@strapi/strapi';
import { CREDIT_ACCOUNT_UID, CREDIT_TRANSACTION_UID } from '../../uids';
import { newDocumentId } from '../../utils';

/** Knex as Strapi hands it out: the plugin takes its types from Strapi rather than depending on knex itself. */
type Knex = Core.Strapi['db']['connection'];
type Transaction = Parameters<Parameters<Core.Strapi['db']['transaction']>[0]>[0]['trx'];

export interface NewLedgerRow {
  accountId: number;
  delta: number;
  balanceAfter: number;
  kind: string;
  externalRef: string | null;
  ticketId: number | null;
  actor: string | null;
  note: string | null;
  at: Date;
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

/**
 * The ledger's two hot statements, written to the tables directly. Every charge, purchase and
 * adjustment of one customer queues on one account row, so what runs while that row is locked
 * decides how many a busy account takes per second: the entity manager's create and update read
 * rows back and number relation links (a dozen statements under the lock); these are the fewest
 * each database allows. Everything else about the ledger goes through Strapi's query API.
 */
export function ledgerStatements(strapi: Core.Strapi) {
  const meta = (uid: string) => strapi.db.metadata.get(uid as any) as unknown as {
    tableName: string;
    attributes: Record<string, { columnName?: string; joinTable?: JoinTable; default?: unknown }>;
  };
  const column = (uid: string, attribute: string) => meta(uid).attributes[attribute].columnName ?? attribute;
  const from = (trx: Knex | Transaction, table: string) => {
    const schema = strapi.db.getSchemaName();
    return schema ? trx(table).withSchema(schema) : trx(table);
  };
  // MySQL has no RETURNING: its statements are followed by a read of what they wrote.
  const returns = () => strapi.db.dialect.client !== 'mysql';

  const documentId = () => newDocumentId(strapi, CREDIT_TRANSACTION_UID);

  return {
    /**
     * Adds `delta` to the customer's balance unless that would take it below zero, in one UPDATE
     * that also takes the row lock until the transaction ends. Null when the balance is too low or
     * there is no account (the caller tells which).
     */
    async moveBalance(trx: Transaction, customerId: number, delta: number, at: Date): Promise<{ id: number; balance: number } | null> {
      const account = meta(CREDIT_ACCOUNT_UID);
      const balance = column(CREDIT_ACCOUNT_UID, 'balance');
      const key = column(CREDIT_ACCOUNT_UID, 'customerKey');
      const update = from(trx, account.tableName)
        .where(key, customerId)
        .andWhereRaw('?? + ? >= 0', [balance, delta])
        .update({ [balance]: trx.raw('?? + ?', [balance, delta]), [column(CREDIT_ACCOUNT_UID, 'updatedAt')]: at });
      if (returns()) {
        const [row] = (await update.returning(['id', balance])) as Array<Record<string, number>>;
        return row ? { id: Number(row.id), balance: Number(row[balance]) } : null;
      }
      if ((await update) !== 1) return null;
      // The row is ours until commit; a locking read sees it as it is, not as the transaction's snapshot.
      const row = await from(trx, account.tableName).select('id', balance).where(key, customerId).forUpdate().first();
      return { id: Number(row.id), balance: Number(row[balance]) };
    },

    /** Appends a ledger row with its links; null when its external reference is already in the ledger. */
    async insertEntry(trx: Transaction, row: NewLedgerRow): Promise<number | null> {
      const uid = CREDIT_TRANSACTION_UID;
      const model = meta(uid);
      const insert = from(trx, model.tableName)
        .insert({
          [column(uid, 'documentId')]: documentId(),
          [column(uid, 'delta')]: row.delta,
          [column(uid, 'balanceAfter')]: row.balanceAfter,
          [column(uid, 'kind')]: row.kind,
          [column(uid, 'externalRef')]: row.externalRef,
          [column(uid, 'actor')]: row.actor,
          [column(uid, 'note')]: row.note,
          [column(uid, 'createdAt')]: row.at,
          [column(uid, 'updatedAt')]: row.at,
          // Without draft & publish, every entry counts as published from the start, as the document service writes it.
          [column(uid, 'publishedAt')]: row.at,
        })
        .onConflict(column(uid, 'externalRef'))
        .ignore();
      let id: number;
      if (returns()) {
        const [inserted] = (await insert.returning('id')) as Array<{ id: number }>;
        if (!inserted) return null;
        id = Number(inserted.id);
      } else {
        const [insertId] = (await insert) as unknown as number[];
        if (!insertId) return null;
        id = Number(insertId);
      }
      await this.link(trx, 'account', id, row.accountId);
      if (row.ticketId !== null) await this.link(trx, 'ticket', id, row.ticketId);
      return id;
    },

    /**
     * PostgreSQL runs the whole post as one statement: the balance move (taking the row lock), the
     * ledger row and its links, chained by data-modifying CTEs, so the lock is held for one round
     * trip and the commit. `entryId` is null when the reference was already taken (the balance
     * has then moved and the caller moves it back); null altogether when the move was refused.
     */
    async postOnPostgres(
      trx: Transaction,
      customerId: number,
      row: Omit<NewLedgerRow, 'accountId' | 'balanceAfter'>
    ): Promise<{ accountId: number; balance: number; entryId: number | null } | null> {
      const account = meta(CREDIT_ACCOUNT_UID);
      const uid = CREDIT_TRANSACTION_UID;
      const accountLink = meta(uid).attributes.account.joinTable!;
      const ticketLink = meta(uid).attributes.ticket.joinTable!;
      const schema = strapi.db.getSchemaName();
      const table = (name: string) => (schema ? `${schema}.${name}` : name);
      const balance = column(CREDIT_ACCOUNT_UID, 'balance');
      // Typed parameters: in INSERT … SELECT, PostgreSQL cannot infer them from the target columns.
      // `::timestamp` keeps Strapi's own convention for its zone-less datetime columns.
      const sql = `
        WITH moved AS (
          UPDATE ?? SET ?? = ?? + ?::integer, ?? = ?::timestamp
          WHERE ?? = ?::integer AND ?? + ?::integer >= 0
          RETURNING id, ?? AS balance
        ), entry AS (
          INSERT INTO ?? (??, ??, ??, ??, ??, ??, ??, ??, ??, ??)
          SELECT ?::varchar, ?::integer, moved.balance, ?::varchar, ?::varchar, ?::varchar, ?::text, ?::timestamp, ?::timestamp, ?::timestamp FROM moved
          ON CONFLICT (??) DO NOTHING
          RETURNING id
        ), account_link AS (
          INSERT INTO ?? (??, ??, ??) SELECT entry.id, moved.id, entry.id FROM entry, moved
        )${
          row.ticketId !== null
            ? `, ticket_link AS (
          INSERT INTO ?? (??, ??) SELECT entry.id, ?::integer FROM entry
        )`
            : ''
        }
        SELECT moved.id AS account_id, moved.balance AS balance, entry.id AS entry_id FROM moved LEFT JOIN entry ON true`;
      const bindings: unknown[] = [
        table(account.tableName), balance, balance, row.delta, column(CREDIT_ACCOUNT_UID, 'updatedAt'), row.at,
        column(CREDIT_ACCOUNT_UID, 'customerKey'), customerId, balance, row.delta,
        balance,
        table(meta(uid).tableName),
        column(uid, 'documentId'), column(uid, 'delta'), column(uid, 'balanceAfter'), column(uid, 'kind'), column(uid, 'externalRef'),
        column(uid, 'actor'), column(uid, 'note'), column(uid, 'createdAt'), column(uid, 'updatedAt'), column(uid, 'publishedAt'),
        documentId(), row.delta, row.kind, row.externalRef, row.actor, row.note, row.at, row.at, row.at,
        column(uid, 'externalRef'),
        table(accountLink.name), accountLink.joinColumn.name, accountLink.inverseJoinColumn.name, accountLink.inverseOrderColumnName ?? 'id',
        ...(row.ticketId !== null ? [table(ticketLink.name), ticketLink.joinColumn.name, ticketLink.inverseJoinColumn.name, row.ticketId] : []),
      ];
      const result = await trx.raw(sql, bindings);
      const [answer] = result.rows as Array<{ account_id: number; balance: number; entry_id: number | null }>;
      if (!answer) return null;
      return { accountId: Number(answer.account_id), balance: Number(answer.balance), entryId: answer.entry_id === null ? null : Number(answer.entry_id) };
    },

    /** A relation link of a new ledger row; its place in the account's list is its id, which only grows. */
    async link(trx: Transaction, attribute: 'account' | 'ticket', id: number, targetId: number) {
      const joinTable = meta(CREDIT_TRANSACTION_UID).attributes[attribute].joinTable!;
      await from(trx, joinTable.name).insert({
        [joinTable.joinColumn.name]: id,
        [joinTable.inverseJoinColumn.name]: targetId,
        ...(joinTable.orderColumnName ? { [joinTable.orderColumnName]: 1 } : {}),
        ...(joinTable.inverseOrderColumnName ? { [joinTable.inverseOrderColumnName]: id } : {}),
      });
    },
  };
}
