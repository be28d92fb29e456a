import type { Core } from '@strapi/strapi';
import { contentApiActions, contentApiPermission } from '../permissions';
import { PERMISSION_UID, ROLE_UID } from '../uids';

const STORE_KEY = 'granted-default-permissions';

type RoleType = 'public' | 'authenticated';

/** The content-API permissions each users-permissions role gets on a fresh install. */
export const defaultGrants = (): Record<RoleType, string[]> => ({
  public: contentApiActions.public.map(contentApiPermission),
  authenticated: [...contentApiActions.public, ...contentApiActions.authenticated].map(contentApiPermission),
});

/**
 * Grants the plugin's customer and public actions so a fresh install does not answer 403 to its
 * own customers. Each action is granted once: the actions already granted are remembered in the
 * plugin store, so a permission a site admin removed later stays removed, while an action added by
 * a plugin upgrade is still granted.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async grant(): Promise<Record<RoleType, string[]>> {
    const roleQuery = strapi.db.query(ROLE_UID);
    const permissionQuery = strapi.db.query(PERMISSION_UID);

    // The users-permissions plugin boots after this one and creates its roles on first start.
    // Its initialize() is idempotent (roles only when none exist, then a permission sync), so
    // running it first lets this grant land on a brand-new database too.
    if ((await roleQuery.count({ where: { type: { $in: ['public', 'authenticated'] } } })) < 2) {
      await strapi.plugin('users-permissions').service('users-permissions').initialize();
    }

    const store = strapi.store({ type: 'plugin', name: 'helpdesk', key: STORE_KEY });
    const alreadyGranted = ((await store.get({})) as Partial<Record<RoleType, string[]>> | null) ?? {};
    const granted: Record<RoleType, string[]> = { public: [], authenticated: [] };

    for (const [type, actions] of Object.entries(defaultGrants()) as Array<[RoleType, string[]]>) {
      const role = await roleQuery.findOne({ where: { type } });
      if (!role) continue;
      const remembered = new Set(alreadyGranted[type] ?? []);
      const toGrant = actions.filter((action) => !remembered.has(action));
      if (toGrant.length > 0) {
        const existing = await permissionQuery.findMany({ where: { role: role.id, action: { $in: toGrant } } });
        const present = new Set(existing.map((permission: { action: string }) => permission.action));
        for (const action of toGrant.filter((candidate) => !present.has(candidate))) {
          await permissionQuery.create({ data: { action, role: role.id } });
        }
      }
      granted[type] = [...remembered, ...toGrant];
    }

    await store.set({ value: granted });
    return granted;
  },
});
