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
  ],
};
