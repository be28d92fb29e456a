import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { resolveConfig, type HelpdeskConfig } from './config/schema';
import type { Services } from './services';
import { PLUGIN_ID } from './permissions';

export { adminName } from './names';

/**
 * A datetime as the databases hand it back (Date, ISO string, epoch milliseconds as a number or, from
 * SQLite's raw queries, as a string of digits), or null when unset.
 */
export const toDate = (value: unknown): Date | null =>
  value ? new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string)) : null;

/** The same as an ISO string: what the API and stored payloads always carry. */
export const toIso = (value: unknown): string | null => toDate(value)?.toISOString() ?? null;

/** A new document id for a row written below the document service, made by the model's own generator. */
export const newDocumentId = (strapi: Core.Strapi, uid: string): string => {
  const generate = (strapi.db.metadata.get(uid as any).attributes.documentId as { default?: unknown } | undefined)?.default;
  return typeof generate === 'function' ? String(generate()) : randomBytes(12).toString('hex');
};

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
