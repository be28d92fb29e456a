/**
 * Fair-use thresholds and weights (CONTRACT §1), runtime settings staff can change. A signal
 * fires when its figure passes its threshold and then adds its weight to the score.
 */
export interface FairUseSettings {
  /** Customer messages (new tickets and replies) counted over this many hours. */
  windowHours: number;
  thresholds: {
    /** More messages than this in the window is excessive. */
    messages: number;
    /** More open tickets than this at once is excessive. */
    openTickets: number;
    /** This share (0–1) or more of the recent tickets had a strong FAQ match when filed. */
    faqAnsweredShare: number;
  };
  /** How many of the latest tickets the FAQ share is taken over. */
  recentTickets: number;
  weights: {
    messages: number;
    openTickets: number;
    faqAnswered: number;
    unreadAnswer: number;
  };
  /** From this score on, the customer's tickets go behind the other tickets of their tier. */
  penaltyFrom: number;
}

export const defaultFairUseSettings = (): FairUseSettings => ({
  windowHours: 24,
  thresholds: { messages: 10, openTickets: 5, faqAnsweredShare: 0.5 },
  recentTickets: 10,
  // Excessive messages or open tickets each penalise on their own; the milder signals need company.
  weights: { messages: 35, openTickets: 30, faqAnswered: 20, unreadAnswer: 15 },
  penaltyFrom: 30,
});
