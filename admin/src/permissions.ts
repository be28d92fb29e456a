/**
 * The plugin's RBAC actions as the admin panel checks them. The names come from the one file the
 * server's routes are guarded with, so a button and the route behind it can never disagree.
 */
import { adminActions, adminPermission } from '../../server/src/permissions';

export const permissions = {
  readQueue: [{ action: adminPermission(adminActions.readQueue), subject: null }],
  reply: [{ action: adminPermission(adminActions.reply), subject: null }],
  manageTickets: [{ action: adminPermission(adminActions.manageTickets), subject: null }],
  adjustCredits: [{ action: adminPermission(adminActions.adjustCredits), subject: null }],
};

export const settingsPermissions = {
  read: [{ action: adminPermission(adminActions.readSettings), subject: null }],
  manage: [{ action: adminPermission(adminActions.manageSettings), subject: null }],
};
