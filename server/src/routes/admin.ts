/**
 * Admin-panel routes, served under `/helpdesk`. Every route carries `admin::hasPermissions` with
 * the plugin's RBAC action, so the server refuses what the panel hides.
 */
export default {
  type: 'admin',
  routes: [] as Array<Record<string, unknown>>,
};
