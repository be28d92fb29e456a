import type { Core } from '@strapi/strapi';
import { resolveConfig, type HelpdeskConfig } from './config/schema';
import type { Services } from './services';
import { PLUGIN_ID } from './permissions';

/** How staff are named to each other: first and last name, else the e-mail address. */
export const adminName = (user: { firstname?: string | null; lastname?: string | null; email?: string }) =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email;

/** Typed access to the plugin's own services. */
export const getPluginService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name) =>
  strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[Name]>;

const resolvedConfigs = new WeakMap<object, HelpdeskConfig>();

/** The effective plugin config: the site admin's `config/plugins` with defaults filled in. */
export const getPluginConfig = (strapi: Core.Strapi): HelpdeskConfig => {
  const raw = (strapi.config.get(`plugin::${PLUGIN_ID}`) ?? {}) as object;
  let resolved = resolvedConfigs.get(raw);
  if (!resolved) {
    resolved = resolveConfig(raw);
    resolvedConfigs.set(raw, resolved);
  }
  return resolved;
};
