import { TicketConflictError } from '../services/customer-tickets';

/**
 * Runs a controller action and answers a TicketConflictError as 409 in Strapi's error shape.
 * Anything else propagates to Strapi's error middleware as usual.
 */
export async function answerConflicts(ctx: any, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof TicketConflictError)) throw error;
    ctx.status = 409;
    ctx.body = { data: null, error: { status: 409, name: error.name, message: error.message, details: {} } };
  }
}
