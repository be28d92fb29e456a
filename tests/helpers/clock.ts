import type { Core } from '@strapi/strapi';

/**
 * Pins the plugin's clock service to an instant, so behaviour that depends on the hour of the day
 * (due dates, breaches) can be checked against the calendar. Returns a function that moves it.
 */
export function pinClock(strapi: Core.Strapi, iso: string) {
  const clock = strapi.plugin('helpdesk').service('clock') as { now: () => Date };
  let current = new Date(iso);
  clock.now = () => new Date(current.getTime());
  return (next: string) => {
    current = new Date(next);
  };
}
