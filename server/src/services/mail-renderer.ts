import type { Core } from '@strapi/strapi';
import { renderMail, type MailTemplate } from '../domain/mail';
import { getPluginConfig, getPluginService } from '../utils';
import type { OutboxRow, Renderer } from './mail-outbox';

/** `mail.ticketUrl` with the ticket's document id and reference filled in, or null when not configured. */
export const ticketLink = (pattern: string | null, payload: Record<string, any>): string | null => {
  if (!pattern || typeof payload.ticketDocumentId !== 'string') return null;
  return pattern
    .split('{documentId}')
    .join(encodeURIComponent(payload.ticketDocumentId))
    .split('{reference}')
    .join(encodeURIComponent(String(payload.reference ?? '')));
};

/**
 * Writes an outbox row's mail from its template and payload, in the row's language and the
 * service time zone of the ticket's tier. Staff alerts link to the ticket's page in the admin panel
 * when the admin panel's address is known. The settings are read once per batch, not per mail.
 */
export const mailRenderer =
  (strapi: Core.Strapi): Renderer =>
  async () => {
    const { mail } = getPluginConfig(strapi);
    const { sla } = await getPluginService(strapi, 'settings').get();
    const adminBase = String(strapi.config.get('admin.absoluteUrl', '') ?? '');
    const siteName = mail.siteName ?? mail.from.split('@')[1];
    return (row: OutboxRow) => {
      const payload = row.payload ?? {};
      const tier = payload.tier === 'priority' ? 'priority' : 'standard';
      const adminTicketUrl =
        /^https?:\/\//.test(adminBase) && typeof payload.ticketDocumentId === 'string'
          ? `${adminBase.replace(/\/$/, '')}/plugins/helpdesk/tickets/${encodeURIComponent(payload.ticketDocumentId)}`
          : null;
      return renderMail(row.template as MailTemplate, row.language, { ...payload, adminTicketUrl } as any, {
        siteName,
        timezone: sla.tiers[tier].calendar.timezone,
        ticketUrl: ticketLink(mail.ticketUrl, payload),
      });
    };
  };
