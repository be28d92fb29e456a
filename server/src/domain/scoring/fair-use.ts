import type { FairUseSettings } from './settings';

/** What a customer did, as the database tells it at one instant. */
export interface FairUseFacts {
  /** When each of the customer's messages in the window was written (new tickets and replies). */
  messagesInWindow: Date[];
  /** Tickets not resolved or closed. */
  openTickets: number;
  /** The latest tickets, newest first, at most `recentTickets` of them: did the FAQ answer them? */
  recentTickets: Array<{ faqStrongMatch: boolean }>;
  /** Open tickets on which the customer wrote again before opening the staff answer before it. */
  unreadAnswerTickets: number;
}

export type FairUseSignal = 'messages' | 'openTickets' | 'faqAnswered' | 'unreadAnswer';

/** One fired signal, with the figures that fired it, for staff to read. */
export interface FairUseReason {
  signal: FairUseSignal;
  figure: number;
  threshold: number;
  weight: number;
  text: string;
}

/** Staff's word on a customer, which stands until it is lifted. */
export interface FairUseOverride {
  /** `clear`: no penalty whatever the signals say; `pin`: this score whatever they say. */
  mode: 'clear' | 'pin';
  score: number;
  reason: string;
  by: { id: number; name: string };
  at: string;
}

export interface FairUseScore {
  /** What the signals add up to, 0–100. */
  computed: number;
  /** What the queue uses: the computed score unless an override says otherwise. */
  score: number;
  reasons: FairUseReason[];
  penalized: boolean;
  override: FairUseOverride | null;
  /** When time alone will change the computed score (a message leaves the window); null if never. */
  recheckAt: Date | null;
}

const HOUR = 60 * 60 * 1000;
const percent = (share: number) => `${Math.round(share * 100)} %`;

export function fairUseReasons(facts: FairUseFacts, settings: FairUseSettings): FairUseReason[] {
  const { thresholds, weights } = settings;
  const reasons: FairUseReason[] = [];

  const messages = facts.messagesInWindow.length;
  if (messages > thresholds.messages) {
    reasons.push({
      signal: 'messages',
      figure: messages,
      threshold: thresholds.messages,
      weight: weights.messages,
      text: `${messages} messages in the last ${settings.windowHours} h (more than ${thresholds.messages})`,
    });
  }

  if (facts.openTickets > thresholds.openTickets) {
    reasons.push({
      signal: 'openTickets',
      figure: facts.openTickets,
      threshold: thresholds.openTickets,
      weight: weights.openTickets,
      text: `${facts.openTickets} open tickets (more than ${thresholds.openTickets})`,
    });
  }

  const recent = facts.recentTickets.slice(0, settings.recentTickets);
  // A share of two tickets says little: the signal waits for a full set of recent tickets.
  if (recent.length >= settings.recentTickets) {
    const answered = recent.filter((ticket) => ticket.faqStrongMatch).length;
    const share = answered / recent.length;
    if (share >= thresholds.faqAnsweredShare) {
      reasons.push({
        signal: 'faqAnswered',
        figure: share,
        threshold: thresholds.faqAnsweredShare,
        weight: weights.faqAnswered,
        text: `${answered} of the last ${recent.length} tickets were answered by the FAQ (${percent(share)}, threshold ${percent(thresholds.faqAnsweredShare)})`,
      });
    }
  }

  if (facts.unreadAnswerTickets > 0) {
    reasons.push({
      signal: 'unreadAnswer',
      figure: facts.unreadAnswerTickets,
      threshold: 0,
      weight: weights.unreadAnswer,
      text: `wrote again without opening the last staff answer on ${facts.unreadAnswerTickets} open ticket${facts.unreadAnswerTickets === 1 ? '' : 's'}`,
    });
  }
  return reasons;
}

/**
 * When the message count drops back to the threshold as messages age out of the window: the moment
 * the oldest excess message is `windowHours` old. Only that signal changes with time alone.
 */
function messagesRecheckAt(facts: FairUseFacts, settings: FairUseSettings): Date | null {
  const times = facts.messagesInWindow.map((at) => at.getTime()).sort((a, b) => a - b);
  const excess = times.length - settings.thresholds.messages;
  if (excess <= 0) return null;
  return new Date(times[excess - 1] + settings.windowHours * HOUR);
}

export function scoreFairUse(facts: FairUseFacts, settings: FairUseSettings, override: FairUseOverride | null = null): FairUseScore {
  const reasons = fairUseReasons(facts, settings);
  const computed = Math.min(100, reasons.reduce((sum, reason) => sum + reason.weight, 0));
  const score = override ? (override.mode === 'clear' ? 0 : override.score) : computed;
  return {
    computed,
    score,
    reasons,
    penalized: score >= settings.penaltyFrom,
    override,
    recheckAt: messagesRecheckAt(facts, settings),
  };
}
