import type { FetchClient } from '@strapi/strapi/admin';
import type {
  HolidayCountry,
  Assignee,
  CreditAdjustment,
  CustomerCredits,
  CustomerLedgerPage,
  FairUseStanding,
  LedgerPage,
  LedgerRow,
  QueuePage,
  QueueTicket,
  Stats,
  TicketCreditsView,
  TicketDetail,
  TicketMail,
  TicketStatus,
  TicketTier,
  ThreadMessage,
  CalendarSettings,
  DuePreview,
  FairUseSettings,
  HelpdeskSettings,
  HolidayPreviewDay,
  SettingsStatus,
  SlaSettings,
} from './types';

/**
 * One typed client over the admin's fetch client for every staff route the pages use. The fetch
 * client sends the admin's token, refreshes it, and throws Strapi's error (with the server's
 * message) on any non-2xx answer.
 */
export const helpdeskApi = (client: FetchClient) => {
  const ticket = (documentId: string) => `/helpdesk/tickets/${encodeURIComponent(documentId)}`;
  const customer = (id: number) => `/helpdesk/customers/${id}/fair-use`;
  const credits = (id: number) => `/helpdesk/customers/${id}/credits`;
  /** Minutes are sent only when given: the routes refuse 0. */
  const message = (body: string, minutes?: number) => ({ data: minutes ? { body, minutes } : { body } });
  return {
    /** `query` is a ready URL query (see queueApiQuery): the fetch client does not encode objects. */
    queue: async (query: string) => (await client.get<QueuePage>('/helpdesk/tickets', { params: query })).data,
    ticket: async (documentId: string) => (await client.get<{ data: TicketDetail }>(ticket(documentId))).data.data,
    assignees: async () => (await client.get<{ data: Assignee[] }>('/helpdesk/assignees')).data.data,
    reply: async (documentId: string, body: string, minutes?: number) =>
      (await client.post<{ data: ThreadMessage }>(`${ticket(documentId)}/reply`, message(body, minutes))).data.data,
    note: async (documentId: string, body: string, minutes?: number) =>
      (await client.post<{ data: ThreadMessage }>(`${ticket(documentId)}/notes`, message(body, minutes))).data.data,
    setStatus: async (documentId: string, status: TicketStatus) =>
      (await client.put<{ data: QueueTicket }>(`${ticket(documentId)}/status`, { data: { status } })).data.data,
    assign: async (documentId: string, assignee: number | null) =>
      (await client.put<{ data: QueueTicket }>(`${ticket(documentId)}/assignee`, { data: { assignee } })).data.data,
    setTier: async (documentId: string, tier: TicketTier) =>
      (await client.put<{ data: QueueTicket }>(`${ticket(documentId)}/tier`, { data: { tier } })).data.data,
    overrideFairUse: async (customerId: number, data: { mode: 'clear' | 'pin'; score?: number; reason: string }) =>
      (await client.put<{ data: FairUseStanding }>(customer(customerId), { data })).data.data,
    mails: async (documentId: string) => (await client.get<{ data: TicketMail[] }>(`${ticket(documentId)}/mails`)).data.data,
    resendMail: async (documentId: string, mailId: number) =>
      (await client.post<{ data: TicketMail[] }>(`${ticket(documentId)}/mails/${mailId}/resend`)).data.data,
    liftFairUse: async (customerId: number) => (await client.del<{ data: FairUseStanding }>(customer(customerId))).data.data,
    setEstimate: async (documentId: string, creditsEstimated: number) =>
      (await client.put<{ data: TicketCreditsView }>(`${ticket(documentId)}/estimate`, { data: { credits: creditsEstimated } })).data.data,
    logTime: async (documentId: string, minutes: number) =>
      (await client.post<{ data: TicketCreditsView }>(`${ticket(documentId)}/time`, { data: { minutes } })).data.data,
    /** `query` is a ready URL query (see ledgerApiQuery). */
    customerCredits: async (customerId: number, query: string) => (await client.get<CustomerLedgerPage>(credits(customerId), { params: query })).data,
    adjustCredits: async (customerId: number, data: CreditAdjustment) =>
      (await client.post<{ data: LedgerRow; meta: { balance: number; duplicate: boolean } }>(credits(customerId), { data })).data,
    setSupportFrom: async (customerId: number, supportFrom: string) =>
      (await client.put<{ data: CustomerCredits }>(`/helpdesk/customers/${customerId}/support-from`, { data: { supportFrom } })).data.data,
    /** `query` is a ready URL query (see ledgerApiQuery). */
    ledger: async (query: string) => (await client.get<LedgerPage>('/helpdesk/credits/transactions', { params: query })).data,
    /** `query` is a ready URL query (see statsApiQuery). */
    stats: async (query: string) => (await client.get<{ data: Stats }>('/helpdesk/stats', { params: query })).data.data,
    /** The same figures' daily rows as CSV, fetched with the admin's token (a plain link would not send it). */
    statsCsv: async (query: string) => (await client.get<Blob>('/helpdesk/stats', { params: `${query}&format=csv`, responseType: 'blob' })).data,
    settings: async () => (await client.get<{ data: HelpdeskSettings }>('/helpdesk/settings')).data.data,
    /** Replaces the given sections whole. */
    saveSettings: async (data: Partial<HelpdeskSettings>) => (await client.put<{ data: HelpdeskSettings }>('/helpdesk/settings', { data })).data.data,
    previewHolidays: async (calendar: CalendarSettings) =>
      (await client.post<{ data: HolidayPreviewDay[]; meta: { timezone: string; from: string; to: string } }>('/helpdesk/settings/preview/holidays', { data: { calendar, months: 12 } })).data,
    previewDue: async (receivedAt: string, sla: SlaSettings) =>
      (await client.post<{ data: DuePreview }>('/helpdesk/settings/preview/due', { data: { receivedAt, sla } })).data.data,
    holidayRegions: async (locale: string) =>
      (await client.get<{ data: HolidayCountry[] }>('/helpdesk/settings/holiday-regions', { params: { locale } })).data.data,
    previewFairUse: async (fairUse: FairUseSettings) =>
      (await client.post<{ data: { penalizedNow: number; penalizedWith: number; customers: number } }>('/helpdesk/settings/preview/fair-use', { data: { fairUse } })).data.data,
    settingsStatus: async () => (await client.get<{ data: SettingsStatus }>('/helpdesk/settings/status')).data.data,
    testMail: async () => (await client.post<{ data: { sent: true; to: string } }>('/helpdesk/settings/test-mail', { data: {} })).data.data,
  };
};

export type HelpdeskApi = ReturnType<typeof helpdeskApi>;
