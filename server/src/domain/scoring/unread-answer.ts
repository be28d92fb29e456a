/** One non-internal message of a ticket's thread. */
export interface ThreadMessage {
  authorKind: 'customer' | 'staff' | 'system' | string;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * Has the customer written again after a staff answer they still have not opened? That is the
 * fair-use signal "steps of a previous solution not read". Opening the answer before writing does
 * not count, and opening it afterwards ends the signal: the steps have been read by then.
 */
export function wroteBeforeReadingAnswer(thread: ThreadMessage[]): boolean {
  const ordered = [...thread].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lastCustomer = ordered.map((message) => message.authorKind).lastIndexOf('customer');
  if (lastCustomer < 0) return false;
  const answer = ordered.slice(0, lastCustomer).reverse().find((message) => message.authorKind === 'staff');
  return Boolean(answer && !answer.readAt);
}
