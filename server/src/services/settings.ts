import type { Core } from '@strapi/strapi';
import { defaultCreditSettings } from '../domain/credits';
import { defaultFairUseSettings } from '../domain/scoring';
import { defaultSlaSettings } from '../domain/sla';
import { settingsSchema, type Settings } from '../settings/schema';

const STORE_KEY = 'settings';
/** How long another instance's saved change may take to be seen here. */
export const SETTINGS_CACHE_MS = 1000;

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};

const defaults = (): Settings => ({ sla: defaultSlaSettings(), fairUse: defaultFairUseSettings(), credits: defaultCreditSettings() });

/**
 * Runtime settings in the plugin store. Each section falls back to its default until staff save
 * it; a stored section that no longer validates (say, after an upgrade) is ignored with a warning
 * rather than taking the desk down.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'helpdesk', key: STORE_KEY });
  /**
   * The settings as last read, for a second: a filing asks for them four times, and each read is a
   * query and a validation of every calendar. A change saved here is seen here at once, one saved
   * on another instance within SETTINGS_CACHE_MS. Every caller gets the same object, frozen (a
   * copy per call was a twentieth of a filing's work): a caller that needs to change one copies it.
   */
  let cached: { readAt: number; settings: Settings } | null = null;

  return {
    async get(): Promise<Settings> {
      if (cached && performance.now() - cached.readAt < SETTINGS_CACHE_MS) return cached.settings;
      const readAt = performance.now();
      const stored = ((await store().get({})) ?? {}) as Record<string, unknown>;
      const settings = defaults();
      for (const section of Object.keys(settings) as Array<keyof Settings>) {
        if (stored[section] === undefined) continue;
        const parsed = settingsSchema.shape[section].safeParse(stored[section]);
        if (parsed.success) (settings as Record<string, unknown>)[section] = parsed.data;
        else strapi.log.warn(`[helpdesk] stored "${section}" settings are invalid and were ignored: ${parsed.error.message}`);
      }
      cached = { readAt, settings: deepFreeze(settings) };
      return settings;
    },

    /** Replaces the given (already validated) sections and returns the settings now in force. */
    async update(sections: Partial<Settings>): Promise<Settings> {
      const stored = ((await store().get({})) ?? {}) as Record<string, unknown>;
      await store().set({ value: { ...stored, ...sections } });
      cached = null;
      return this.get();
    },
  };
};
