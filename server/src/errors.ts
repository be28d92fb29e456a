import { errors } from '@strapi/utils';

/**
 * The request is well-formed but the ticket's state does not allow it (a reply on a closed ticket,
 * an illegal status change). Strapi maps its own error classes to statuses and has no 409 among
 * them, so controllers answer this one through `answerConflicts`; should it escape, it still
 * surfaces as Strapi's 400 rather than a 500.
 */
export class ConflictError extends errors.ApplicationError<'ConflictError', string, Record<string, unknown>> {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, details);
    this.name = 'ConflictError';
  }
}

/** Runs a controller action and answers a ConflictError with a 409 in Strapi's error shape. */
export async function answerConflicts(ctx: any, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    ctx.status = 409;
    ctx.body = { data: null, error: { status: 409, name: error.name, message: error.message, details: error.details } };
  }
}
