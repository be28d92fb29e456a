/**
 * The staff API's answers as the admin pages use them (see the README's "Staff API"). Statuses,
 * tiers and sorts are the server's own lists: plain constants with no runtime beyond them.
 */
import type { TicketStatus, TicketTier } from '../../../server/src/domain/tickets/statuses';
import type { QueueSort } from '../../../server/src/domain/tickets/queue-sorts';
import type { FairUseOverride, FairUseReason } from '../../../server/src/domain/scoring/fair-use';
import type { TicketMail } from '../../../server/src/domain/outbox/ticket-mail';

export type { TicketStatus, TicketTier, QueueSort, FairUseOverride, FairUseReason, TicketMail };

export interface Person {
  id: number;
  email: string;
}
export interface Customer extends Person {
  username: string;
}
export interface AdminUser extends Person {
  firstname: string | null;
  lastname: string | null;
}


export interface QueueTicket {
  documentId: string;
  reference: string | null;
  subject: string;
  status: TicketStatus;
  tier: TicketTier;
  firstResponseDueAt: string | null;
  nextResponseDueAt: string | null;
  resolutionDueAt: string | null;
  firstRespondedAt: string | null;
  pausedAt: string | null;
  preBreachedAt: string | null;
  breachedAt: string | null;
  createdAt: string;
  updatedAt: string;
  dueAt: string | null;
  customer: Customer | null;
  assignee: AdminUser | null;
  fairUse: { score: number; penalized: boolean; reasons: FairUseReason[] };
  queueOrder: { key: string | null; done: boolean; tier: TicketTier; penalized: boolean; dueAt: string | null; createdAt: string };
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface QueuePage {
  data: QueueTicket[];
  meta: { pagination: Pagination };
}

export interface Attachment {
  id: number;
  name: string;
  mime: string;
  sizeBytes: number;
  url: string;
}

export interface ThreadMessage {
  documentId: string;
  authorKind: 'customer' | 'staff' | 'system';
  internal: boolean;
  body: string;
  createdAt: string;
  readAt: string | null;
  attachments: Attachment[];
  author: { id: number; name?: string; email?: string } | null;
}


export interface FairUseStanding {
  score: number;
  computedScore: number;
  reasons: FairUseReason[];
  penalized: boolean;
  override: FairUseOverride | null;
}

export interface TicketDetail extends QueueTicket {
  body: string;
  language: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  timezone: string;
  allowedStatuses: TicketStatus[];
  attachments: Attachment[];
  incidentClass: { documentId: string; name: string; creditsMin: number; creditsMax: number | null; alwaysFree: boolean } | null;
  messages: ThreadMessage[];
  customerFairUse: FairUseStanding | null;
  customerTickets: Array<{ documentId: string; reference: string | null; subject: string; status: TicketStatus; createdAt: string }>;
}

export interface Assignee {
  id: number;
  name: string;
  email: string;
}
