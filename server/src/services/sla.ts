import type { Core } from '@strapi/strapi';
import {
  availabilityAt,
  calendarsFor,
  stampsOnChange,
  stampsOnCreate,
  stampsOnMessage,
  type BusinessCalendar,
  type SlaContext,
  type SlaSettings,
  type SlaStamps,
  type TicketSlaState,
  type Tier,
} from '../domain/sla';
import { getPluginService, toDate } from '../utils';

export interface CompiledSla extends SlaContext {
  staffed: BusinessCalendar;
}


/** The stored ticket row as the domain sees it. */
export const ticketSlaState = (row: Record<string, any>): TicketSlaState => ({
  status: row.status,
  tier: row.tier,
  firstResponseDueAt: toDate(row.firstResponseDueAt),
  nextResponseDueAt: toDate(row.nextResponseDueAt),
  resolutionDueAt: toDate(row.resolutionDueAt),
  firstRespondedAt: toDate(row.firstRespondedAt),
  pausedAt: toDate(row.pausedAt),
  resolvedAt: toDate(row.resolvedAt),
  closedAt: toDate(row.closedAt),
  slaClock: row.slaClock ?? null,
  createdAt: toDate(row.createdAt),
});

/**
 * SLA use cases bound to Strapi: the settings in force (calendars compiled once per version of the
 * settings), the public availability answer, and the stamps ticket writes carry.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let compiled: { key: string; value: CompiledSla } | null = null;

  const compile = (settings: SlaSettings): CompiledSla => {
    const key = JSON.stringify(settings);
    if (compiled?.key !== key) {
      // Keeping the first object of an unchanged version also keeps calendarsFor's cache warm.
      const calendars = calendarsFor(settings);
      compiled = {
        key,
        value: { settings, calendarFor: (tier: Tier) => calendars.tiers[tier], staffed: calendars.staffedHours },
      };
    }
    return compiled.value;
  };

  const now = () => getPluginService(strapi, 'clock').now();

  return {
    async context(): Promise<CompiledSla> {
      return compile((await getPluginService(strapi, 'settings').get()).sla);
    },

    async availability(at: Date, tier: Tier) {
      const { settings } = await this.context();
      return availabilityAt(settings, at, tier);
    },

    /** Stamps for a ticket being created with these fields. */
    async stampsForNewTicket(data: { tier?: Tier; status?: string }): Promise<SlaStamps> {
      return stampsOnCreate(await this.context(), { tier: data.tier ?? 'standard', status: data.status ?? 'new' }, now());
    },

    /** Stamps for an update of a stored ticket that may change its status or tier. */
    async stampsForTicketChange(current: Record<string, any>, change: { status?: string; tier?: Tier }): Promise<SlaStamps> {
      return stampsOnChange(await this.context(), ticketSlaState(current), change, now());
    },

    /** Stamps the ticket gets when a message is added to its thread. */
    async stampsForMessage(
      current: Record<string, any>,
      message: { authorKind: 'customer' | 'staff' | 'system'; internal: boolean }
    ): Promise<SlaStamps> {
      return stampsOnMessage(await this.context(), ticketSlaState(current), message, now());
    },
  };
};
