import type { MailTemplate } from '../mail';

/** A ticket's mail as staff see it in the ticket view. */
export interface TicketMail {
  id: number;
  template: MailTemplate;
  to: string;
  /** `queued` until it is sent or given up. */
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  queuedAt: string;
}
