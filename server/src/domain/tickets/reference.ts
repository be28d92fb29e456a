/**
 * Ticket references (`HD-000123`) come from the ticket's database id: unique without a counter to
 * contend on, and gaps (a rolled-back insert) are harmless. Six digits at least, more when needed.
 */
export const formatTicketReference = (id: number): string => `HD-${String(id).padStart(6, '0')}`;
