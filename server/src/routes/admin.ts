import { adminActions, adminPermission, type AdminAction } from '../permissions';

/** Every admin route checks the plugin's RBAC action on the server, whatever the panel shows. */
const requires = (action: AdminAction) => ({
  policies: [{ name: 'admin::hasPermissions', config: { actions: [adminPermission(action)] } }],
});

/** Admin-panel routes, served under `/helpdesk` with the admin's JWT. */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/settings', handler: 'settings.find', config: requires(adminActions.readSettings) },
    { method: 'PUT', path: '/settings', handler: 'settings.update', config: requires(adminActions.manageSettings) },
    { method: 'GET', path: '/settings/status', handler: 'settings-status.status', config: requires(adminActions.readSettings) },
    { method: 'POST', path: '/settings/test-mail', handler: 'settings-status.testMail', config: requires(adminActions.manageSettings) },
    { method: 'GET', path: '/settings/holiday-regions', handler: 'settings-previews.holidayRegions', config: requires(adminActions.readSettings) },
    { method: 'POST', path: '/settings/preview/holidays', handler: 'settings-previews.holidays', config: requires(adminActions.readSettings) },
    { method: 'POST', path: '/settings/preview/due', handler: 'settings-previews.due', config: requires(adminActions.readSettings) },
    { method: 'POST', path: '/settings/preview/fair-use', handler: 'settings-previews.fairUse', config: requires(adminActions.readSettings) },

    { method: 'GET', path: '/tickets', handler: 'admin-ticket.find', config: requires(adminActions.readQueue) },
    { method: 'GET', path: '/tickets/:documentId', handler: 'admin-ticket.findOne', config: requires(adminActions.readQueue) },
    { method: 'GET', path: '/tickets/:documentId/events', handler: 'admin-ticket.events', config: requires(adminActions.readQueue) },
    { method: 'POST', path: '/tickets/:documentId/typing', handler: 'admin-ticket.typing', config: requires(adminActions.reply) },
    { method: 'POST', path: '/tickets/:documentId/reply', handler: 'admin-ticket.reply', config: requires(adminActions.reply) },
    { method: 'POST', path: '/tickets/:documentId/notes', handler: 'admin-ticket.note', config: requires(adminActions.reply) },
    { method: 'PUT', path: '/tickets/:documentId/status', handler: 'admin-ticket.setStatus', config: requires(adminActions.manageTickets) },
    { method: 'PUT', path: '/tickets/:documentId/assignee', handler: 'admin-ticket.assign', config: requires(adminActions.manageTickets) },
    { method: 'PUT', path: '/tickets/:documentId/tier', handler: 'admin-ticket.setTier', config: requires(adminActions.manageTickets) },

    { method: 'GET', path: '/tickets/:documentId/mails', handler: 'admin-ticket.mails', config: requires(adminActions.readQueue) },
    { method: 'POST', path: '/tickets/:documentId/mails/:mailId/resend', handler: 'admin-ticket.resendMail', config: requires(adminActions.manageTickets) },

    { method: 'PUT', path: '/tickets/:documentId/estimate', handler: 'admin-credits.estimate', config: requires(adminActions.manageTickets) },
    { method: 'POST', path: '/tickets/:documentId/time', handler: 'admin-credits.logTime', config: requires(adminActions.reply) },

    { method: 'GET', path: '/stats', handler: 'stats.find', config: requires(adminActions.readQueue) },

    { method: 'GET', path: '/assignees', handler: 'admin-ticket.assignees', config: requires(adminActions.readQueue) },

    { method: 'GET', path: '/customers/:customerId/fair-use', handler: 'fair-use.find', config: requires(adminActions.readQueue) },
    { method: 'PUT', path: '/customers/:customerId/fair-use', handler: 'fair-use.override', config: requires(adminActions.manageTickets) },
    { method: 'DELETE', path: '/customers/:customerId/fair-use', handler: 'fair-use.lift', config: requires(adminActions.manageTickets) },

    { method: 'GET', path: '/customers/:customerId/credits', handler: 'admin-credits.customer', config: requires(adminActions.readQueue) },
    { method: 'POST', path: '/customers/:customerId/credits', handler: 'admin-credits.adjust', config: requires(adminActions.adjustCredits) },
    { method: 'PUT', path: '/customers/:customerId/support-from', handler: 'admin-credits.setSupportFrom', config: requires(adminActions.adjustCredits) },
    { method: 'GET', path: '/credits/transactions', handler: 'admin-credits.transactions', config: requires(adminActions.readQueue) },
  ],
};
