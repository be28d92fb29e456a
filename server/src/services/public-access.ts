import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PERMISSION_UID, ROLE_UID } from '../uids';

/**
 * How long the Public role's permissions are trusted before they are read again. A change made
 * through this instance (the Roles page, a script) applies at once; one made through another
 * instance on the same database applies here within this time.
 */
export const PUBLIC_PERMISSIONS_TTL_MS = 5000;

/** The part of the content-API permission ability that route scopes use (an action, no subject). */
interface Ability {
  can(action: string): boolean;
}

export interface AuthResult {
  authenticated: boolean;
  credentials?: null;
  ability?: Ability;
}

/**
 * The Public role's permissions, kept in memory, for the plugin's public routes (FAQ search,
 * deflections, availability, incident classes).
 *
 * Users-permissions reads the Public role's permissions from the database and builds a permission
 * ability from them on every anonymous request; on the suggest-as-you-type route that costs more
 * than the search itself. This strategy answers the same question from memory: an anonymous
 * request is let through when the Public role grants the route's action, exactly as users-permissions
 * would. Anything else (a bearer token, an action the cached role does not grant) falls through to
 * Strapi's own strategies, which read the database as usual: a logged-in customer is still
 * identified, and a permission granted a moment ago is honoured at once. Only a revocation waits for
 * the cache: immediately on this instance, within `PUBLIC_PERMISSIONS_TTL_MS` on the others.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { ability: Promise<Ability | null>; readAt: number } | null = null;
  let watching = false;

  const readAbility = async (): Promise<Ability | null> => {
    const usersPermissions = strapi.plugin('users-permissions');
    if (!usersPermissions) return null;
    const permissionService = usersPermissions.service('permission');
    const permissions = (await permissionService.findPublicPermissions()).map(permissionService.toContentAPIPermission);
    // Typed with a subject argument, which content-API scopes never pass (users-permissions calls it the same way).
    return (await strapi.contentAPI.permissions.engine.generateAbility(permissions)) as unknown as Ability;
  };

  const publicAbility = (): Promise<Ability | null> => {
    const now = Date.now();
    if (!cached || now - cached.readAt >= PUBLIC_PERMISSIONS_TTL_MS) {
      const ability = readAbility();
      cached = { ability, readAt: now };
      // A failed read is not kept: the next request tries again.
      ability.catch(() => {
        if (cached?.ability === ability) cached = null;
      });
    }
    return cached.ability;
  };

  const routeScope = (ctx: any): string[] => ctx.state?.route?.config?.auth?.scope ?? [];
  /** Whether the ability grants every action of a route's scope (an empty scope grants nothing). */
  const allows = (ability: Ability | null | undefined, scope: string[]) =>
    Boolean(ability) && scope.length > 0 && scope.every((action) => ability!.can(action));

  /** A Strapi content-API auth strategy (`{ name, authenticate, verify }`), for a route's `config.auth.strategies`. */
  const strategy = {
    name: 'helpdesk-public-access',

    async authenticate(ctx: any): Promise<AuthResult> {
      // Whoever sends credentials is identified by the strategies that read them.
      if (ctx.request.header.authorization) return { authenticated: false };
      const scope = routeScope(ctx);
      let ability: Ability | null;
      try {
        ability = await publicAbility();
      } catch {
        return { authenticated: false };
      }
      if (!allows(ability, scope)) return { authenticated: false };
      return { authenticated: true, credentials: null, ability: ability! };
    },

    verify(auth: AuthResult, config: { scope?: string[] } = {}): void {
      if (!allows(auth.ability, config.scope ?? [])) throw new errors.ForbiddenError();
    },
  };

  return {
    strategy,

    /** How the plugin's public routes authenticate: from memory first, then as every content-API route does. */
    routeAuth(): { strategies: Array<typeof strategy | string> } {
      return { strategies: [strategy, 'api-token', 'users-permissions'] };
    },

    /** Forgets the cached permissions when a role or permission is written through this instance. */
    watchRoles(): void {
      if (watching) return;
      watching = true;
      const forget = () => {
        cached = null;
      };
      strapi.db.lifecycles.subscribe({
        models: [ROLE_UID, PERMISSION_UID],
        afterCreate: forget,
        afterCreateMany: forget,
        afterUpdate: forget,
        afterUpdateMany: forget,
        afterDelete: forget,
        afterDeleteMany: forget,
      });
    },
  };
};
