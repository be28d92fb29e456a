import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CREDIT_ACCOUNT_UID, CREDIT_TRANSACTION_UID } from '../uids';

const LEDGER_WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

/**
 * Keeps the ledger whole against writes from outside it, such as the Content Manager: ledger rows
 * are append-only and only the ledger appends them, and a balance moves only with one of them.
 * The ledger itself writes below the document service, so these rules never stand in its way.
 */
export function registerLedgerGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    const { uid, action, params } = context;
    if (uid === CREDIT_TRANSACTION_UID && LEDGER_WRITES.has(action)) {
      throw new errors.ForbiddenError(
        'The credit ledger is append-only: grant, refund or adjust credits from the customer’s credits page in the helpdesk, with a reason.'
      );
    }
    if (uid === CREDIT_ACCOUNT_UID && (action === 'create' || action === 'update' || action === 'clone')) {
      const balance = params?.data?.balance;
      if (balance !== undefined && !(action === 'create' && Number(balance) === 0)) {
        const current =
          action === 'update' ? await strapi.db.query(CREDIT_ACCOUNT_UID as any).findOne({ where: { documentId: params.documentId }, select: ['balance'] }) : null;
        if (!current || Number(current.balance) !== Number(balance)) {
          throw new errors.ValidationError('balance: changes only with a ledger entry; grant, refund or adjust credits from the customer’s credits page', {
            errors: [{ path: 'balance', message: 'changes only with a ledger entry' }],
          });
        }
      }
    }
    if (uid === CREDIT_ACCOUNT_UID && action === 'delete') {
      throw new errors.ForbiddenError('A credit account keeps its ledger: it cannot be deleted.');
    }
    return next();
  });
}
