/** Every status a ticket can have, in the order a ticket usually goes through them. */
export const TICKET_STATUSES = [
  'new',
  'open',
  'waiting_on_customer',
  'awaiting_payment',
  'awaiting_credit_confirmation',
  'resolved',
  'closed',
] as const;

export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_TIERS = ['standard', 'priority'] as const;

export type TicketTier = (typeof TICKET_TIERS)[number];

/** Statuses the queue leaves out unless asked for: nothing is left to do on them. */
export const DONE_STATUSES: readonly TicketStatus[] = ['resolved', 'closed'];

/** The others: the tickets the queue shows by default. */
export const OPEN_STATUSES: readonly TicketStatus[] = TICKET_STATUSES.filter((status) => !DONE_STATUSES.includes(status));

export const isTicketStatus = (value: string): value is TicketStatus => (TICKET_STATUSES as readonly string[]).includes(value);
