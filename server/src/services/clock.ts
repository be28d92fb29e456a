/**
 * The one place the plugin reads the wall clock. Domain code takes time as a parameter; services
 * ask this service, so an instant can be pinned where behaviour depends on the hour of the day.
 */
export default () => ({
  now(): Date {
    return new Date();
  },
});
