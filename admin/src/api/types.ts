/**
 * The staff API's answers as the admin pages use them (see the README's "Staff API"). Statuses,
 * tiers and sorts are the server's own lists: plain constants with no runtime beyond them.
 */
import type { TicketStatus, TicketTier } from '../../../server/src/domain/tickets/statuses';
import type { QueueSort } from '../../../server/src/domain/tickets/queue-sorts';
import type { FairUseOverride, FairUseReason } from '../../../server/src/domain/scoring/fair-use';
import type { TicketMail } from '../../../server/src/domain/outbox/ticket-mail';
import type { Billing } from '../../../server/src/domain/credits/entitlement';
import type { CreditTransactionKind } from '../../../server/src/domain/credits/ledger';

export type { TicketStatus, TicketTier, QueueSort, FairUseOverride, FairUseReason, TicketMail, Billing, CreditTransactionKind };

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
  /** The estimates staff may set on a paid ticket, as the server checks them; null on a free one. */
  estimateRange?: { min: number; max: number | null } | null;
  body: string;
  language: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  priorityPaidAt: string | null;
  /** How the ticket is paid for, decided when it was filed; null for tickets from before credits. */
  billing: Billing | null;
  creditEstimate: number | null;
  creditEstimateConfirmedAt: string | null;
  /** The cap the customer agreed to; null while nothing is confirmed. */
  creditsConfirmed: number | null;
  creditsCharged: number | null;
  minutesSpent: number | null;
  customerCredits: (CustomerEntitlement & { recentTransactions: LedgerRow[] }) | null;
  timezone: string;
  allowedStatuses: TicketStatus[];
  attachments: Attachment[];
  incidentClass: IncidentClass | null;
  messages: ThreadMessage[];
  customerFairUse: FairUseStanding | null;
  customerTickets: Array<{ documentId: string; reference: string | null; subject: string; status: TicketStatus; createdAt: string }>;
}

export interface Assignee {
  id: number;
  name: string;
  email: string;
}

/** `creditsMax` null: priced on request. */
export interface IncidentClass {
  documentId: string;
  name: string;
  creditsMin: number;
  creditsMax: number | null;
  alwaysFree: boolean;
}

/** One movement of a customer's credit balance, newest first in every list. */
export interface LedgerRow {
  id: number;
  delta: number;
  balanceAfter: number;
  kind: CreditTransactionKind;
  externalRef: string | null;
  /** `staff:<id> <name>`, `stripe`, `system`, or null. */
  actor: string | null;
  note: string | null;
  ticket: { documentId: string; reference: string | null; subject: string } | null;
  createdAt: string;
}

export interface LedgerRowWithCustomer extends LedgerRow {
  customer: { id: number; email: string | null; username: string | null } | null;
}

/** The customer's balance and free period. */
export interface CustomerEntitlement {
  balance: number;
  supportFrom: string;
  freeUntil: string;
  inFreePeriod: boolean;
}

export interface CustomerCredits extends CustomerEntitlement {
  customerId: number;
}

export interface CustomerLedgerPage {
  data: CustomerCredits & { transactions: LedgerRow[] };
  meta: { pagination: Pagination };
}

export interface LedgerPage {
  data: LedgerRowWithCustomer[];
  meta: { pagination: Pagination };
}

/** A ticket's credit figures after an estimate or a time log. */
export interface TicketCreditsView {
  billing: Billing | null;
  estimate: number | null;
  confirmed: number | null;
  charged: number;
  balance: number;
  /** Credits the customer must buy before they can confirm. */
  missing: number;
  awaitingConfirmation: boolean;
  minutesSpent: number;
}

export type CreditAdjustmentKind = 'grant' | 'refund' | 'adjustment';

export interface CreditAdjustment {
  kind: CreditAdjustmentKind;
  credits: number;
  reason: string;
  requestId?: string;
}

/** `GET /helpdesk/stats` (see README, "Dashboard figures"). */
export interface Spread {
  median: number | null;
  p90: number | null;
}

export interface TierFigures {
  filed: number;
  resolved: number;
  firstResponse: { answered: number; onTime: number; breached: number; compliance: number | null; calendarHours: Spread; businessHours: Spread };
  nextResponse: { answered: number; onTime: number; breached: number; compliance: number | null; breaches: number };
}

export interface StatsDailyRow {
  day: string;
  tier: TicketTier;
  opened: number;
  resolved: number;
  firstResponses: number;
  onTime: number;
}

export interface Stats {
  from: string;
  to: string;
  timezone: string;
  tiers: TicketTier[];
  byTier: Partial<Record<TicketTier, TierFigures>>;
  totals: TierFigures;
  heatmap: { weekdays: string[]; byTier: Partial<Record<TicketTier, number[][]>>; total: number[][] };
  daily: StatsDailyRow[];
  deflection: { deflections: number; ticketsFiled: number; rate: number | null; top: Array<{ source: string; documentId: string; title: string | null; count: number }> };
  fairUse: { penalizedCustomers: number };
  credits: { weeks: Array<{ week: string; sold: number; used: number }>; totals: { sold: number; used: number } };
}

export type { SlaSettings, CalendarSettings, TargetRule } from '../../../server/src/domain/sla/types';
export type { FairUseSettings } from '../../../server/src/domain/scoring/settings';
export type { CreditSettings } from '../../../server/src/domain/credits/settings';
import type { SlaSettings as Sla } from '../../../server/src/domain/sla/types';
import type { FairUseSettings as FairUse } from '../../../server/src/domain/scoring/settings';
import type { CreditSettings as Credit } from '../../../server/src/domain/credits/settings';

export interface HelpdeskSettings {
  sla: Sla;
  fairUse: FairUse;
  credits: Credit;
}

export interface HolidayPreviewDay {
  date: string;
  name: string | null;
  type: string | null;
  source: 'holiday' | 'closedDate';
}

/** A country of the holiday data, with the regions a calendar can narrow its holidays to. */
export interface HolidayCountry {
  code: string;
  name: string;
  regions: Array<{ code: string; name: string }>;
}

export interface DuePreview {
  standard: { firstResponseDueAt: string | null; resolutionDueAt: string | null };
  priority: { firstResponseDueAt: string | null; resolutionDueAt: string | null };
  staffed: boolean;
  timezone: string;
}

export interface SettingsStatus {
  mail: { enabled: boolean; providerConfigured: string | null; lastSentAt: string | null; failed: number; pending: number };
  payments: { configured: boolean; currency: string; lastWebhookAt: string | null; keys: { secret: boolean; webhook: boolean } };
}
