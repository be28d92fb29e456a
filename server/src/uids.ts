/**
 * The content-type UIDs the server code queries, in one place, so a typo cannot hide in a single
 * query and a renamed type is one edit. The schemas' relation targets stay literal: they are JSON.
 */

// The plugin's own types: Strapi names them `plugin::helpdesk.<key in content-types/index.ts>`.

/** A customer's support request. */
export const TICKET_UID = 'plugin::helpdesk.ticket';
/** One message in a ticket's thread (customer, staff, system, internal note). */
export const TICKET_MESSAGE_UID = 'plugin::helpdesk.ticket-message';
/** A kind of incident with its credit range. */
export const INCIDENT_CLASS_UID = 'plugin::helpdesk.incident-class';
/** The FAQ the editors keep in the Content Manager. */
export const FAQ_UID = 'plugin::helpdesk.faq';
/** A customer's prepaid credit balance. */
export const CREDIT_ACCOUNT_UID = 'plugin::helpdesk.credit-account';
/** One entry in the append-only credit ledger. */
export const CREDIT_TRANSACTION_UID = 'plugin::helpdesk.credit-transaction';
/** Internal: a customer's fair-use score and staff's override. */
export const FAIR_USE_STANDING_UID = 'plugin::helpdesk.fair-use-standing';
/** Internal: e-mails waiting to be sent. */
export const MAIL_OUTBOX_UID = 'plugin::helpdesk.mail-outbox';
/** Internal: payment provider events already processed. */
export const PAYMENT_EVENT_UID = 'plugin::helpdesk.payment-event';
/** Internal: a recorded pre-breach or breach of a ticket's target. */
export const SLA_EVENT_UID = 'plugin::helpdesk.sla-event';
/** Internal: which instance runs a periodic job right now. */
export const JOB_LEASE_UID = 'plugin::helpdesk.job-lease';
/** Internal: the change feed every instance's search index follows. */
export const SEARCH_CHANGE_UID = 'plugin::helpdesk.search-change';
/** Internal: a suggested answer that solved a question before a ticket was filed. */
export const DEFLECTION_UID = 'plugin::helpdesk.deflection';
/** Internal: the dashboard's figures of one closed UTC day. */
export const STATS_DAY_UID = 'plugin::helpdesk.stats-day';

// Other plugins' types the helpdesk reads or links to.

/** A site user: the customers. */
export const USER_UID = 'plugin::users-permissions.user';
/** A users-permissions role (public, authenticated, ...). */
export const ROLE_UID = 'plugin::users-permissions.role';
/** A permission granted to a users-permissions role. */
export const PERMISSION_UID = 'plugin::users-permissions.permission';
/** An admin-panel user: the support staff. */
export const ADMIN_USER_UID = 'admin::user';
