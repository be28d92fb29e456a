/**
 * Raised when a calendar has no opening time within its search horizon. Callers that can live without
 * an answer (availability) catch it; everything else should treat it as a misconfigured calendar.
 */
export class NoOpeningWithinHorizonError extends Error {
  constructor(what: string) {
    super(`${what}: the calendar has no opening hours within its ~3 year horizon`);
    this.name = 'NoOpeningWithinHorizonError';
  }
}
